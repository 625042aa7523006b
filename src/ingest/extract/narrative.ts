/**
 * Projects stated in running text:
 *  - project sections: a heading "X绩效自评报告" / "X项目2020年绩效评价报告" and the text under it;
 *  - project paragraphs: a paragraph opening with a project name ("智慧平安社区项目是…投入资金595万元");
 *  - enumerations: "分别为A 60万元；B 82.73万元；…共计481.149665万元".
 */
import type { Source } from '../../data/schema.ts';
import { compact } from '../normalize.ts';
import { filled, rowText, type Row } from '../segment.ts';
import type { ObservationOrigin, ProjectObservation } from '../types.ts';
import { amountsIn, rateIn, type TextAmount } from './amounts.ts';
import { cleanProjectName, emptyObservation } from './observation.ts';

export interface ProjectSection {
  name: string;
  origin: ObservationOrigin;
  /** Row indices [start, end). */
  start: number;
  end: number;
}

const SECTION_HEADING =
  /^(?:附件?\d*[:：]?)?(.{2,40}?)(?:项目)?(?:\d{4}年度?)?(?:项目)?(?:绩效)?(?:自评|评价)(?:工作)?报告$/;
/** Words that make a heading the document's own title rather than one project's. */
const NOT_A_PROJECT = /公安局|公安分局|公安系统|部门|整体|单位|年度项目|项目支出|专项资金|财政/;

/** Headings of per-project reports inside a document; the document title itself is excluded. */
export function findProjectSections(rows: readonly Row[], firstContentRow: number): ProjectSection[] {
  const heads: { name: string; origin: ObservationOrigin; row: number }[] = [];
  rows.forEach((row, i) => {
    if (i <= firstContentRow || filled(row).length !== 1) return;
    const text = compact(rowText(row));
    const m = SECTION_HEADING.exec(text);
    if (!m || NOT_A_PROJECT.test(m[1] as string)) return;
    const origin: ObservationOrigin = /评价报告$/.test(text) && !/自评/.test(text) ? 'annex' : 'narrative';
    heads.push({ name: cleanProjectName(m[1] as string), origin, row: i });
  });
  return heads.map((h, k) => ({
    name: h.name,
    origin: h.origin,
    start: h.row,
    end: heads[k + 1]?.row ?? rows.length,
  }));
}

/** Fills the observation's empty amount slots; returns whether any was filled. */
function applyAmounts(obs: ProjectObservation, amounts: readonly TextAmount[], source: Source): boolean {
  let filledAny = false;
  for (const a of amounts) {
    if (obs[a.role] !== null) continue;
    obs[a.role] = { value: a.value, source };
    filledAny = true;
  }
  return filledAny;
}

/**
 * Amounts stated in a section's text lines (tables excluded: they are read by the table
 * extractors). Scores in prose are not read: per-project reports repeat boilerplate like
 * "得分 100 分" that disagrees with their own tables.
 */
export function extractSectionObservation(
  rows: readonly Row[],
  section: ProjectSection,
  file: string,
  isTableRow: (i: number) => boolean,
): ProjectObservation {
  const obs = emptyObservation(section.origin, section.name);
  const head = rows[section.start] as Row;
  obs.sources.push({ file, line_start: head.line, line_end: head.lineEnd });
  for (let i = section.start + 1; i < section.end; i++) {
    if (isTableRow(i)) continue;
    const row = rows[i] as Row;
    const text = rowText(row);
    const source = { file, line_start: row.line, line_end: row.lineEnd };
    const rate = rateIn(text);
    if (rate !== null && obs.execution_rate_reported === null)
      obs.execution_rate_reported = { value: rate, source };
    if (applyAmounts(obs, amountsIn(text), source)) obs.sources.push(source);
  }
  return obs;
}

const PARAGRAPH_HEAD =
  /^([\u4e00-\u9fa5A-Za-z0-9（）()“”、·-]{4,40}?)项目(?=用|是|的|绩效|于|自|通过|主要|总|资金|实施|\d|[，,。])/;
/** Sentence openings that are not project names ("本部门…", "2021年…", "经评价…", "一是…"). */
const NOT_A_NAME_START =
  /^(?:\d{4}年|\d+[、.个)]|本(?!溪)|该|我|各|对|全年|全局|全县|全市|在|根据|按照|为|通过|经(?:评价|研究|审核|核查|过|批准)|截至|其中|此|年度|部门|项目|专项|以上|上述|所有|[一二三四五六七八九十]+[、是]|（|\()/;

/** A paragraph that opens with a project name and states at least one amount. */
export function extractParagraphObservation(row: Row, file: string): ProjectObservation | null {
  if (filled(row).length !== 1) return null;
  const text = rowText(row);
  const m = PARAGRAPH_HEAD.exec(compact(text));
  if (!m) return null;
  const name = m[1] as string;
  if (NOT_A_NAME_START.test(name) || /[，。；：]/.test(name)) return null;
  const amounts = amountsIn(text);
  if (amounts.length === 0) return null;
  const obs = emptyObservation('narrative', cleanProjectName(name));
  obs.aliases.push(`${obs.name}项目`);
  const source = { file, line_start: row.line, line_end: row.lineEnd };
  applyAmounts(obs, amounts, source);
  const rate = rateIn(text);
  if (rate !== null) obs.execution_rate_reported = { value: rate, source };
  obs.sources.push(source);
  return obs;
}

export interface Enumeration {
  items: ProjectObservation[];
  /** The stated total of the listed amounts ("共计481.149665万元"), if any. */
  total: number | null;
  source: Source;
}

const ENUM_RE =
  /(?:分别为|分别是|具体为|包括)[:：]?(.+?)(?:[，,；;。]\s*(?:共计|合计|总计)\s*(\d+(?:\.\d+)?)\s*万元)/;

/** "分别为反诈骗专项项目60万元；刑事侦查、勘察设备项目82.73万元；…共计481.149665万元". */
export function extractEnumeration(row: Row, file: string): Enumeration | null {
  const text = compact(rowText(row));
  const m = ENUM_RE.exec(text);
  if (!m) return null;
  const source = { file, line_start: row.line, line_end: row.lineEnd };
  const items: ProjectObservation[] = [];
  for (const part of (m[1] as string).split(/[；;]/)) {
    const item = /^(.{2,40}?)(\d+(?:\.\d+)?)万元$/.exec(part.trim());
    if (!item) continue;
    const obs = emptyObservation('narrative', cleanProjectName(item[1] as string));
    obs.amount_any = { value: Number(item[2]), source };
    obs.sources.push(source);
    items.push(obs);
  }
  if (items.length < 2) return null;
  return { items, total: m[2] ? Number(m[2]) : null, source };
}
