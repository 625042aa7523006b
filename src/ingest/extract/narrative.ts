/**
 * Projects stated in running text:
 *  - project sections: a heading "X绩效自评报告" / "X项目2020年绩效评价报告" and the text under it,
 *    else numbered sub-headings "（一）警用无人机购置项目" with figures under them, else the whole
 *    document when its own title names one project ("2023年度“智慧安防小区”建设项目绩效自评报告");
 *  - project paragraphs: a paragraph opening with a project name ("智慧平安社区项目是…投入资金595万元");
 *  - enumerations: "分别为A 60万元；B 82.73万元；…共计481.149665万元".
 */
import type { Source } from '../../data/schema.ts';
import { compact, roundTo, toHalfWidth } from '../normalize.ts';
import { filled, rowText, type Row } from '../segment.ts';
import type { ObservationOrigin, ProjectObservation, Sourced } from '../types.ts';
import { amountsIn, rateIn, type TextAmount } from './amounts.ts';
import { inYearPointBefore, otherYearAt } from './department.ts';
import { proseNumbers, withoutRateFormula } from './prose-numbers.ts';
import { arabicYears, isTitleHead, stripAgencyPrefix } from './document-info.ts';
import { isIndicatorHeader, readIndicators, type IndicatorBlock } from './indicator-table.ts';
import { cleanProjectName, emptyObservation, nameCore, nameSimilarity } from './observation.ts';
import { agencyHeading } from './summary-table.ts';

export interface ProjectSection {
  name: string;
  origin: ObservationOrigin;
  /** Row indices [start, end). */
  start: number;
  end: number;
}

const SECTION_HEADING =
  /^(?:附件?\d*[:：]?)?(?:关于)?(.{2,40}?)(?:项目)?(?:\d{4}年度?)?(?:项目)?(?:绩效)?(?:自评|评价)(?:工作)?(?:情况)?的?报告$/;
/** Words that make a heading the document's own title rather than one project's. */
const NOT_A_PROJECT = /公安局|公安分局|公安系统|部门|整体|单位|年度项目|项目支出/;
/**
 * A name made only of words for funds ("省级专项资金", "财政支出", "第三方"): the kind of money a
 * title evaluates, no project. "禁毒专项资金" names one.
 */
const GENERIC_FUNDS =
  /^(?:中央|省|市|县|区|省级|市级|县级|区级|本级|各级|财政|转移支付|补助|专项|资金|项目|支出|经费|预算|绩效|第三方|一般公共预算|政府性基金)+$/;

/**
 * Sections of the document's projects: per-project report headings, else numbered project
 * sub-headings, else the whole document when its title names one project (not when it lists
 * several projects in a summary table: `wholeDocument` false).
 */
export function findProjectSections(
  rows: readonly Row[],
  firstContentRow: number,
  wholeDocument = true,
): ProjectSection[] {
  const reports = findReportSections(rows, firstContentRow);
  if (reports.length > 0) return reports;
  // A numbered heading is never a title: the title rows are searched too.
  const numbered = findNumberedSections(rows);
  if (numbered.length > 0) return numbered;
  const title = wholeDocument ? findTitleSection(rows, firstContentRow) : null;
  return title ? [title] : [];
}

/** Headings of per-project reports inside a document; the document title itself is excluded. */
function findReportSections(rows: readonly Row[], firstContentRow: number): ProjectSection[] {
  const heads: { name: string; origin: ObservationOrigin; row: number }[] = [];
  rows.forEach((row, i) => {
    if (i <= firstContentRow || filled(row).length !== 1) return;
    const text = compact(rowText(row));
    const m = SECTION_HEADING.exec(text);
    if (!m || NOT_A_PROJECT.test(m[1] as string) || GENERIC_FUNDS.test(projectName(m[1] as string))) return;
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

/** "2023年度", "（2023年）", "2023年1-12月", "2022-2023年度": a period before a name, not part of it. */
const YEAR_PREFIX = /^[(（]?(?:\d{4}\s*[-—~至]\s*)?\d{4}年度?(?:\d{1,2}\s*[-—~至]\s*\d{1,2}月份?)?[)）]?/;

/** A project's name as a title or heading writes it: no agency, year or quotes around words. */
function projectName(raw: string): string {
  // The year comes before or after the agency ("2023年度合江县公安局X项目", "X局2023年X项目").
  const bare = arabicYears(compact(raw)).replace(/^#+/, '').replace(YEAR_PREFIX, '');
  const name = stripAgencyPrefix(bare).replace(YEAR_PREFIX, '');
  return cleanProjectName(name.replace(/[“”"「」『』]/g, ''));
}

/** Parts of a department's budget that headings name like projects ("（二）基本支出经费"). */
const BUDGET_PART = /^(?:项目|专项|重点)|基本支出|人员经费|公用经费|三公/;

/** A name that is one project's, not the document's or a budget category's. */
function isProjectName(name: string): boolean {
  return (
    name.length >= 4 && !NOT_A_PROJECT.test(name) && !BUDGET_PART.test(name) && !GENERIC_FUNDS.test(name)
  );
}

/**
 * The project a title names: "X项目支出" and "X财政支出" name X, a "第三方" report is about X, and
 * another body's title names the bureau after its own name ("XX财政局关于XX县公安局…").
 */
function titleProjectName(raw: string): string {
  return projectName(raw.replace(/(?:第三方|(?:财政|项目)?支出)$/, ''));
}

/**
 * The line above a title's last line that begins it ("乐山市市中区公安分局2023年度禁毒专项资金" over
 * "第三方绩效评价报告"), or null when the title is one line.
 */
function titleHeadAbove(rows: readonly Row[], i: number): string | null {
  const above = rows[i - 1];
  if (!above || (rows[i] as Row).line - above.lineEnd > 2 || filled(above).length !== 1) return null;
  const text = compact(rowText(above)).replace(/^#+/, '');
  return isTitleHead(text) ? text : null;
}

/** The document's title naming one project: the whole document is that project's section. */
function findTitleSection(rows: readonly Row[], lastTitleRow: number): ProjectSection | null {
  for (let i = 0; i <= lastTitleRow && i < rows.length; i++) {
    const row = rows[i] as Row;
    if (filled(row).length !== 1) continue;
    const text = compact(rowText(row)).replace(/^#+/, '');
    const m = SECTION_HEADING.exec(text);
    if (!m) continue;
    // "X项目支出绩效自评报告" names project X; "2023年度项目支出…" names none (empty once stripped).
    const name = titleProjectName(m[1] as string);
    if (isProjectName(name)) return { name, origin: 'narrative', start: i, end: rows.length };
    // A title over two lines names the project on the first ("…禁毒专项资金" / "第三方绩效评价报告").
    const head = titleHeadAbove(rows, i);
    const whole = head === null ? null : SECTION_HEADING.exec(head + text);
    const wrapped = whole ? titleProjectName(whole[1] as string) : '';
    if (whole && !DEPARTMENT_TITLE.test(whole[1] as string) && isProjectName(wrapped))
      return { name: wrapped, origin: 'narrative', start: i - 1, end: rows.length };
    // A department's report is no one project's, even when an annex names one.
    return DEPARTMENT_TITLE.test(m[1] as string) ? null : labelledSection(rows, i);
  }
  return null;
}

const DEPARTMENT_TITLE = /部门|整体|单位/;
const NAME_LABEL = /^(?:[一二三四五六七八九十]+[、.．])?项目名称[:：](.{4,40})$/;
const NAME_LABEL_CELL = /^(?:[一二三四五六七八九十]+[、.．])?项目名称[:：]?$/;

/** The name a row labels as the project's: "项目名称：X" in one cell, or "项目名称 | X" in two. */
function nameLabelled(rows: readonly Row[], i: number): string | null {
  const cells = filled(rows[i] as Row);
  if (cells.length === 1) return NAME_LABEL.exec(compact(cells[0] as string))?.[1] ?? null;
  if (cells.length !== 2 || !(cells[0] as string).includes('项目名称')) return null;
  // A label row over rows of three or more cells heads a project table, which is read as one.
  for (let k = i + 1; k <= i + 3 && k < rows.length; k++) if (filled(rows[k] as Row).length > 2) return null;
  const value = compact(cells[1] as string);
  return NAME_LABEL_CELL.test(compact(cells[0] as string)) && value.length >= 4 && value.length <= 40
    ? value
    : null;
}

/**
 * A generic title ("2024年度项目支出绩效自评报告") over a report that names its one project in a
 * line of its own ("一、项目名称：城区视频监控扩容项目", "项目名称 | 执法执勤车辆购置项目"): the
 * document is that project's section.
 * Several such lines are several projects, which this fallback does not split.
 */
function labelledSection(rows: readonly Row[], titleRow: number): ProjectSection | null {
  let found: ProjectSection | null = null;
  for (let i = titleRow + 1; i < rows.length; i++) {
    const label = nameLabelled(rows, i);
    if (label === null) continue;
    if (found) return null;
    const name = projectName(label);
    if (!isProjectName(name)) return null;
    found = { name, origin: 'narrative', start: titleRow, end: rows.length };
  }
  return found ?? openingSection(rows, titleRow);
}

/** "X项目由…组织实施" / "X项目是…": a sentence opening with the project it describes (no figures). */
const OPENING_PROJECT = /^([^，,。；;：:（(“"]{4,30}?)项目(?:由|是|系|为|于|自(?!评)|主要)/;
/** Rows after the title searched for that sentence: the first section of the report. */
const OPENING_ROWS = 12;

/**
 * A generic title whose report opens by naming its project ("一、项目基本情况" / "禁毒宣传教育及
 * 戒毒康复经费项目由叙州区公安分局禁毒大队组织实施。"): the first body line that opens with a
 * project name makes the document that project's section.
 */
function openingSection(rows: readonly Row[], titleRow: number): ProjectSection | null {
  for (let i = titleRow + 1; i < rows.length && i <= titleRow + OPENING_ROWS; i++) {
    const cells = filled(rows[i] as Row);
    if (cells.length !== 1 || !(cells[0] as string).includes('项目')) continue;
    const text = compact(cells[0] as string);
    // "X项目，年初预算…" lines are items of a list of projects, each read on its own.
    if (amountsIn(text).length > 0) continue;
    const m = OPENING_PROJECT.exec(text);
    if (m) {
      const name = projectName(m[1] as string);
      return isProjectName(name) ? { name, origin: 'narrative', start: titleRow, end: rows.length } : null;
    }
    const carried = carriedOutProject(text);
    if (carried !== null) return { name: carried, origin: 'narrative', start: titleRow, end: rows.length };
  }
  return null;
}

/** "为提升…，我局实施了社会治安视频监控补点项目，…": the project the bureau says it carried out. */
const CARRIED_OUT =
  /(?:我|本)(?:局|单位|部门|队|大队|支队|分局)(?:组织)?(?:实施|建设|开展)了([^，,。；;：:（(“"]{4,30}?)项目/;

function carriedOutProject(text: string): string | null {
  const m = CARRIED_OUT.exec(text);
  if (!m || /\d|个|各|等/.test(m[1] as string)) return null;
  const name = projectName(m[1] as string);
  return isProjectName(name) ? name : null;
}

/**
 * Level of a numbered heading: "第一部分" and Markdown "#" 0, "一、" and "项目一：" 1, "（一）" 2,
 * "1." 3, "（1）" 4; null for a line without a marker.
 */
function headingLevel(text: string): number | null {
  const t = text.replace(/^#+\s*/, '');
  if (/^第[一二三四五六七八九十]+部分/.test(t)) return 0;
  if (/^[一二三四五六七八九十]+[、.．]/.test(t) || PROJECT_ORDINAL.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]+[)）]/.test(t)) return 2;
  if (/^\d{1,2}[、.．](?!\d)/.test(t)) return 3;
  if (/^[（(]\d{1,2}[)）]/.test(t)) return 4;
  return t === text ? null : 0;
}

/**
 * The bureau a numbered heading of its own line names ("（一）于都县公安局"), for each row up to the
 * next heading at its level or above: a city's report on its county bureaus' projects, each
 * bureau's in its own part. The report's own bureau (`own`) heading a part names no other.
 */
export function bureauOfRows(rows: readonly Row[], own: readonly string[]): (string | null)[] {
  let bureau: { name: string; level: number } | null = null;
  return rows.map((row) => {
    const text = filled(row).length === 1 ? compact(rowText(row)) : '';
    const level = text === '' ? null : headingLevel(text);
    if (level !== null) {
      if (bureau && level <= bureau.level) bureau = null;
      const name = text.includes('公安') ? agencyHeading(row) : null;
      if (name !== null && !own.includes(name)) bureau = { name, level };
    }
    return bureau?.name ?? null;
  });
}

/** "项目一：X项目", "项目2:X项目": a project's heading numbered by the word 项目. */
const PROJECT_ORDINAL_MARK = String.raw`项目(?:[一二三四五六七八九十]+|\d{1,2})[：:]`;
const PROJECT_ORDINAL = new RegExp(`^${PROJECT_ORDINAL_MARK}`);

/** "（一）X项目", "一、X项目绩效自评情况", "项目一：X项目": the heading of one project's part of the report. */
const NUMBERED_PROJECT = new RegExp(
  String.raw`^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[、.．](?!\d)|${PROJECT_ORDINAL_MARK})([^，,。；;：:！？!?]{4,30}?(?:项目|经费|工程|专项))(?:(?:绩效)?(?:自评|评价)(?:情况|结果)?|绩效(?:情况|结果))?$`,
);

/** Whether a section's own text (up to `end`) states an amount or a project score. */
function statesFigures(rows: readonly Row[], start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const text = rowText(rows[i] as Row);
    if (amountsIn(text).length > 0 || projectScoreIn(text) !== null) return true;
  }
  return false;
}

/** Numbered sub-headings naming a project ("（一）警用无人机购置项目") with figures under them. */
function findNumberedSections(rows: readonly Row[]): ProjectSection[] {
  const sections: ProjectSection[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (filled(row).length !== 1) continue;
    const text = compact(rowText(row)).replace(/^#+/, '');
    const m = NUMBERED_PROJECT.exec(text);
    const level = headingLevel(text);
    if (!m || level === null) continue;
    const name = projectName(m[1] as string);
    if (!isProjectName(name)) continue;
    let end = i + 1;
    while (end < rows.length && !endsSection(rows[end] as Row, level)) end++;
    if (statesFigures(rows, i, end)) sections.push({ name, origin: 'narrative', start: i, end });
  }
  return sections;
}

/** A one-cell row numbered at the section's level or above ends it. */
function endsSection(row: Row, level: number): boolean {
  if (filled(row).length !== 1) return false;
  const l = headingLevel(compact(rowText(row)));
  return l !== null && l <= level;
}

/** "实得96分", "实得分96分", "评分结果：96分", "考核得分96分": the points the project earned. */
const EARNED = String.raw`(?:实得分?|评分结果|考核得分)`;
const PROJECT_SCORE = new RegExp(
  String.raw`(?:(?:该|本|此)?项目(?:绩效)?(?:自评|最终)(?:总)?(?:得分|分数)|(?:该|本|此)?项目(?:综合)?(?:评分|得分)|(?:该|本|此)?项目(?:绩效)?(?:自评|考核)?${EARNED}|综合评分|综合得分)(?:为|是|:)?(\d+(?:\.\d+)?)分`,
);
/** The grade words of the prose patterns, longest first ("优秀" before "优"), captured. */
const GRADE_ALTERNATIVES = '(优秀|良好|中等|合格|及格|一般|较差|优|良|中|差)';

/** A grade after its word ("等级为优", "评定为“优秀”等次"); quotes it may stand in: "“良”", "'良'", "‘良’", "「良」". */
const STATED_GRADE = new RegExp(String.raw`(?:等级|等次|评定为)(?:为|是|:)?["“'‘「『]?${GRADE_ALTERNATIVES}`);

/**
 * The project's own score and grade stated in a sentence ("该项目自评得分91分，等级为优"). Only
 * "项目自评得分" counts: per-project reports also carry boilerplate like "进行自查考评，得分 100 分"
 * or "各项指标自评总得分 100 分" that disagrees with their own tables.
 */
function projectScoreIn(text: string): { score: number; grade: string | null } | null {
  const t = repairProseDigits(compact(toHalfWidth(text)));
  const m = PROJECT_SCORE.exec(t);
  if (!m) {
    const graded = t.includes('等级')
      ? (gradeFirstScoreIn(t) ?? gradedScoreIn(t) ?? gradeParenScoreIn(t))
      : t.includes('结论') || t.includes('结果')
        ? gradeParenScoreIn(t)
        : null;
    if (graded) return graded;
    const own = t.includes('分') ? statementOfItsOwn(t, SENTENCE_END, SCORE_LINE) : null;
    return own ? { score: Number(own[1] ?? own[2]), grade: null } : null;
  }
  const sentence = t.slice(m.index).split(/[。；;]/)[0] as string;
  const grade = STATED_GRADE.exec(sentence);
  return { score: Number(m[1]), grade: grade ? (grade[1] as string) : null };
}

/**
 * "评价得分：92分", "得分：95" in a line of its own under a project's heading: the line says nothing
 * else, so the score is the section's project's (an indicator's score is written beside its
 * indicator). A bare "得分" needs its colon, and a score without "分" its label's colon.
 */
const SCORE_LINE = new RegExp(
  String.raw`^(?:(?:项目)?(?:绩效)?(?:(?:自评|评价|综合)(?:总)?(?:得分|评分)|(?:自评|评价|考核)?${EARNED})[:：]?(\d+(?:\.\d+)?)分|(?:项目)?(?:(?:自评|评价|综合)(?:总)?)?得分[:：](\d+(?:\.\d+)?)分?)[。]?$`,
);
/**
 * "评价等级：优", "经综合评价，本项目自评等级为“良”。", "评价结果为优秀。" in a line of its own: the
 * grade of the section's project, stated without a score.
 */
const GRADE_LINE = new RegExp(
  String.raw`^(?:经(?:综合)?(?:评价|评定|自评)[，,])?(?:(?:该|本|此)?项目)?(?:绩效)?(?:自评|评价|综合)(?:(?:结果|结论)(?:等级)?|等级)(?:为|是|[:：])?["“'‘「『]?${GRADE_ALTERNATIVES}["”'’」』]?[。]?$`,
);

/** The grade a line or a clause of its own states ("评价等级：优", "…基本完成，自评等级为“良”。"), or null. */
function gradeLineIn(text: string): string | null {
  if (!/等级|结果|结论/.test(text)) return null;
  return statementOfItsOwn(compact(toHalfWidth(text)), CLAUSE_END, GRADE_LINE)?.[1] ?? null;
}

const SENTENCE_END = /。/;
const CLAUSE_END = /[，,。；;]/;

/**
 * The text, or else the first of its parts (split at `end`), that `pattern`, anchored at both ends, matches:
 * "自评得分95分。自评等级：优。" states its score and its grade each in a sentence of its own. A score
 * is read from a whole sentence only ("其中产出指标30分，得分：28分。" is an indicator's); a grade
 * also from a clause, as indicators are scored, not graded.
 */
function statementOfItsOwn(text: string, end: RegExp, pattern: RegExp): RegExpExecArray | null {
  const whole = pattern.exec(text);
  if (whole || !end.test(text)) return whole;
  for (const part of text.split(end)) {
    const m = part === '' ? null : pattern.exec(part);
    if (m) return m;
  }
  return null;
}

/** "该项目自评等级为“良”，得分86.5分": the grade stated first, the score right after it. */
const GRADE_FIRST = new RegExp(
  String.raw`项目(?:绩效)?自评(?:结果)?等级(?:为|是|:)?["“'‘「『]?${GRADE_ALTERNATIVES}["”'’」』]?(?:[，,](?:自评)?(?:总)?得分(?:为|是|:)?|[（(](?:得分)?)(\d+(?:\.\d+)?)分`,
);

function gradeFirstScoreIn(t: string): { score: number; grade: string | null } | null {
  const m = GRADE_FIRST.exec(t);
  return m ? { score: Number(m[2]), grade: m[1] as string } : null;
}

/** "自评结论：良（87分）", "评价结果为“优”（得分92分）": the grade, then the score in brackets. */
const GRADE_PAREN_SCORE = new RegExp(
  String.raw`(?:自评|评价|绩效)(?:结论|结果|等级)(?:为|是|:)?["“'‘「『]?${GRADE_ALTERNATIVES}["”'’」』]?[(（](?:自评)?(?:得分|总分)?(?:为|:)?(\d+(?:\.\d+)?)分[)）]`,
);

/** "自评结果为“优”等次，总分96分": the grade, then the total score in a clause of its own. */
const GRADE_THEN_TOTAL = new RegExp(
  String.raw`(?:自评|评价|绩效)(?:结论|结果|等级)(?:为|是|:)?["“'‘「『]?${GRADE_ALTERNATIVES}["”'’」』]?(?:等次|等级)?[，,](?:自评)?(?:总分|总得分)(?:为|是|:)?(\d+(?:\.\d+)?)分`,
);

function gradeParenScoreIn(t: string): { score: number; grade: string | null } | null {
  return (
    scoreUnlessNotProject(t, GRADE_PAREN_SCORE, 2, 1) ?? scoreUnlessNotProject(t, GRADE_THEN_TOTAL, 2, 1)
  );
}

/**
 * "自评得分93.5分，评价等级为优": a self-score the sentence grades at once is the overall score of the
 * section's project, with no 项目 before it. Not an indicator's or the department's score.
 */
const GRADED_SCORE = new RegExp(
  String.raw`(?:(?:自评|评价|综合)(?:总)?得分|(?:自评|评价|考核)(?:实得分?|评分结果)|考核得分)(?:为|是|:)?(\d+(?:\.\d+)?)分[，,]?(?:自评|评价|绩效|综合)?(?:结果)?等级(?:为|是|:)?["“'‘「『]?${GRADE_ALTERNATIVES}`,
);
const NOT_PROJECT_SCORE = /指标|部门|整体|单位/;

function gradedScoreIn(t: string): { score: number; grade: string | null } | null {
  return scoreUnlessNotProject(t, GRADED_SCORE, 1, 2);
}

/**
 * The score and grade `pattern` finds (in the groups numbered `score` and `grade`), unless the
 * clause before it names an indicator, the department or the unit: then it is not the project's.
 */
function scoreUnlessNotProject(
  t: string,
  pattern: RegExp,
  score: number,
  grade: number,
): { score: number; grade: string | null } | null {
  const m = pattern.exec(t);
  if (!m) return null;
  const clause =
    t
      .slice(0, m.index)
      .split(/[，,。；;]/)
      .pop() ?? '';
  return NOT_PROJECT_SCORE.test(clause) ? null : { score: Number(m[score]), grade: m[grade] as string };
}

/** A number OCR misread with letters for digits ("9l分", "1OO%"): a token of digits and O/o/I/l before a unit. */
const OCR_NUMBER = /(?<![A-Za-z])[\dOoIl]*\d[\dOoIl]*(?=(?:\.\d+)?(?:分|%|万元|亿元|元))/g;

/** Prose with Chinese numerals as digits (proseNumbers) and OCR letter-for-digit slips repaired; other letters stay. */
function repairProseDigits(raw: string): string {
  const text = proseNumbers(raw);
  if (!/\d[OoIl]|[OoIl]\d/.test(text)) return text;
  return text.replace(OCR_NUMBER, (n) => n.replace(/[Oo]/g, '0').replace(/[Il]/g, '1'));
}

/** Fills the observation's score and grade from a sentence stating them, if still empty. */
function applyScore(obs: ProjectObservation, text: string, source: Source): boolean {
  const found = obs.total_score === null ? projectScoreIn(text) : null;
  if (!found) return false;
  obs.total_score = { value: found.score, source };
  obs.grade ??= found.grade;
  return true;
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

/** "实际到位300万元": the funds received in the year, the full-year budget (实际到位资金). */
const IN_PLACE =
  /到位(?:资金|金额|数)?(?:为|是|了|共计|合计|:)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万元|亿元|元)/;
const UNIT_FACTOR: Record<string, number> = { 万元: 1, 亿元: 1e4, 元: 1e-4 };

/**
 * Amounts of a prose text with its 到位 amount as the full-year budget: "项目预算资金320万元，实际
 * 到位300万元" plans 320 and receives 300 — the 预算 stated beside it, with no 年初预算 stated, is
 * then the initial budget. A line stating 全年预算 and 年初预算 keeps them.
 */
function proseAmounts(raw: string): TextAmount[] {
  const text = proseNumbers(raw);
  const found = withoutPartOfYear(text, withFundParts(text, amountsIn(text)));
  if (!text.includes('到位')) return found;
  const t = toHalfWidth(text);
  const m = IN_PLACE.exec(t);
  if (!m) return found;
  const index = m.index + m[0].length - (m[2] as string).length - (m[1] as string).length;
  const value = roundTo(Number((m[1] as string).replace(/,/g, '')) * (UNIT_FACTOR[m[2] as string] ?? 1));
  const rest = found.filter((a) => a.index !== index);
  const planned = rest.find((a) => a.role === 'budget_adjusted');
  if (planned && (rest.some((a) => a.role === 'budget_initial') || Math.abs(planned.value - value) < 1e-6))
    return found;
  const inPlace: TextAmount = { role: 'budget_adjusted', value, index };
  return [...rest.map((a) => (a === planned ? { ...a, role: 'budget_initial' as const } : a)), inPlace].sort(
    (a, b) => a.index - b.index,
  );
}

/**
 * "资金总额150万元，其中中央资金100万元、地方配套50万元": an untyped amount the sentence then splits
 * "其中" into parts is the project's funds — its budget; the parts (untyped) are no figure of it.
 */
function withFundParts(text: string, found: TextAmount[]): TextAmount[] {
  if (!text.includes('其中') || found.length < 2) return found;
  const t = toHalfWidth(text);
  const result: TextAmount[] = [];
  let partsUntil = -1;
  for (const a of found) {
    if (a.index < partsUntil && a.role === 'amount_any') continue;
    const after = t.slice(a.index).replace(/^[\d,.]+(?:余|多)?\s*(?:万元|亿元|元)/, '');
    const parts = /^[，,]?其中/.exec(after);
    if (a.role === 'amount_any' && parts) {
      const open = t.length - after.length;
      const close = t.slice(open).search(/[。；;]/);
      partsUntil = close < 0 ? t.length : open + close;
      result.push({ ...a, role: isInvestment(t, a.index) ? 'amount_any' : 'budget_adjusted' });
    } else result.push(a);
  }
  return result;
}

/** "支出进度98.5%", "支出进度（98.5%）" (执行率 and 执行进度, bracketed or not, are rateIn's). */
const SPENDING_PROGRESS = /(?:资金|预算|全年)?支出进度(?:为|是|达到|达|了|:)?[(（]?(\d+(?:\.\d+)?)[%％]/;
/** A progress at a point of the year ("截至6月底，累计支出…，支出进度45%") is not the year's execution rate. */
const PART_OF_YEAR = /上半年|季度|月底|月末|截至|截止/;
/** "截至12月31日", "截至年底": the point is the year's end, so the progress is the year's. */
const YEAR_END = /截[至止](?:\d{4}年)?(?:12月(?:31日|底|末)|年底|年末)/g;

/**
 * Whether the sentence before `index` dates what follows to a point inside the year ("截至6月底，…").
 * A rate is also no year's when its own clause says "截至…" (`rate`); an amount "截止评价时点…实际
 * 支出" is the year's.
 */
function partOfYearAt(text: string, index: number, rate: boolean): boolean {
  const sentence =
    text
      .slice(0, index)
      .split(/[。；;]/)
      .pop() ?? '';
  // The clause itself ("截至目前支出进度98%"), or an earlier clause naming a month before December
  // that no later "全年" / "截至12月31日" takes back ("截至6月底支出进度45%，全年实际支出96万元").
  const clause = sentence.split(/[，,]/).pop() ?? '';
  if (rate && PART_OF_YEAR.test(clause.replace(YEAR_END, ''))) return true;
  return inYearPointBefore(text, index);
}

/**
 * The amounts without the spending up to a point of the year ("截至6月底，累计支出0.45亿元"): not
 * the year's executed amount, which a later sentence states.
 */
function withoutPartOfYear(text: string, found: TextAmount[]): TextAmount[] {
  if (!text.includes('月') && !text.includes('季度') && !text.includes('上半年')) return found;
  const t = toHalfWidth(text);
  return found.filter((a) => a.role !== 'executed' || !partOfYearAt(t, a.index, false));
}

/** The execution rate a prose text reports, as a fraction. */
function proseRate(raw: string): number | null {
  const text = withoutRateFormula(raw);
  const rate = rateIn(text);
  if (rate !== null || !text.includes('进度')) return rate;
  const m = SPENDING_PROGRESS.exec(text);
  if (!m) return null;
  // The point of the year may open the sentence, clauses before the progress.
  return partOfYearAt(text, m.index, true) ? null : roundTo(Number(m[1]) / 100, 10);
}

const CODE_LINE = /^项目(?:编码|代码|编号)[:：]\s*[[【(（]?([0-9A-Za-z-]{6,})[\]】)）]?$/;

/** The project's code on a line of its own ("项目编码：13082223000012"). */
function codeIn(text: string): string | null {
  return CODE_LINE.exec(compact(toHalfWidth(text)))?.[1] ?? null;
}

/** How the name of a unit ends: a bureau, a brigade, a station, an office. */
const UNIT_END = String.raw`(?:公安局|分局|支队|大队|中队|派出所|看守所|拘留所|戒毒所|警务站|中心|办公室|科|室|处|队|所)`;
/**
 * "X由青峰县公安局科技信息化大队组织实施", "项目实施单位为…大队", "实施单位：…": the unit that carries
 * the project out. "由我局组织实施" names none (the agency is the document's).
 */
const IMPLEMENTED_BY = new RegExp(
  String.raw`由([^，,。；;由（(“"]{2,30}?${UNIT_END})(?:负责)?(?:牵头)?(?:组织)?(?:具体)?(?:实施|执行|承办)|实施单位(?:为|是|[:：])([^，,。；;（(“"]{2,30}?${UNIT_END})(?=[，,。；;（(]|$)`,
);
const NOT_A_UNIT = /^(?:我|本|该|各|相关|有关)/;

/** The implementing unit a prose line names, or null. */
function implementingUnitIn(text: string): string | null {
  if (!text.includes('实施') && !text.includes('执行') && !text.includes('承办')) return null;
  const m = IMPLEMENTED_BY.exec(compact(text));
  const unit = m?.[1] ?? m?.[2];
  return unit === undefined || NOT_A_UNIT.test(unit) ? null : unit;
}

/** "含预算执行10分中得9.6分", "预算执行率指标（10分）得9.6分": the execution part stated in prose. */
const EXECUTION_PART =
  /预算执行(?:率|情况)?(?:指标)?(?:分值|权重)?[(（]?(\d+(?:\.\d+)?)分[)）]?(?:中|，|,)?(?:实际)?得(?:分)?(\d+(?:\.\d+)?)分/;

function applyExecutionPart(obs: ProjectObservation, text: string, source: Source): boolean {
  if (obs.execution_score !== null || !text.includes('预算执行')) return false;
  const m = EXECUTION_PART.exec(compact(toHalfWidth(text)));
  if (!m) return false;
  obs.execution_weight = Number(m[1]);
  obs.execution_score = { value: Number(m[2]), source };
  return true;
}

/**
 * Amounts, rate, score and grade stated in a section's text lines (tables excluded: they are read
 * by the table extractors). Scores are read only as "项目自评得分" (see projectScoreIn).
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
  const investments: Sourced<number>[] = [];
  const year = sectionYear(rows, section);
  for (let i = section.start + 1; i < section.end; i++) {
    if (isTableRow(i)) continue;
    const row = rows[i] as Row;
    const text = repairProseDigits(toHalfWidth(rowText(row)));
    const source = { file, line_start: row.line, line_end: row.lineEnd };
    const rate = obs.execution_rate_reported === null ? proseRate(text) : null;
    if (rate !== null) obs.execution_rate_reported = { value: rate, source };
    const code = obs.code === null ? codeIn(text) : null;
    if (code !== null) obs.code = code;
    const found = thisYearAmounts(text, proseAmounts(text), year);
    const investment = found.filter((a) => a.role === 'amount_any' && isInvestment(text, a.index));
    if (investment.length > 0) investments.push(...investment.map((a) => ({ value: a.value, source })));
    const amounts = applyAmounts(
      obs,
      investment.length > 0 ? found.filter((a) => !investment.includes(a)) : found,
      source,
    );
    const execution = applyExecutionPart(obs, text, source);
    const grade = obs.grade === null ? gradeLineIn(text) : null;
    if (grade !== null) obs.grade = grade;
    obs.implementing_unit ??= implementingUnitIn(text);
    const scored =
      applyScore(obs, text, source) ||
      (!execution && found.some((a) => a.role !== 'amount_any') && applyFiguresScore(obs, text, source));
    if (scored || amounts || execution || rate !== null || code !== null || grade !== null)
      obs.sources.push(source);
  }
  // A 总投资 spans the project's years: it stands for the budget only when no year's figure is stated.
  const first = investments[0];
  if (first && obs.amount_any === null && !statesTypedAmount(obs)) {
    obs.amount_any = first;
    obs.sources.push(first.source);
  }
  return obs;
}

const HEADING_YEAR = /(20\d{2})\s*年/g;

/** The year a section's heading names ("泸水市公安局2023年度X项目…", over two lines too): its last one. */
function sectionYear(rows: readonly Row[], section: ProjectSection): number | null {
  const head = rows
    .slice(section.start, Math.min(section.start + 2, section.end))
    .filter((r) => filled(r).length === 1)
    .map((r) => arabicYears(toHalfWidth(rowText(r))))
    .join('');
  let last: string | undefined;
  for (const m of head.matchAll(HEADING_YEAR)) last = m[1];
  return last === undefined ? null : Number(last);
}

/**
 * The amounts of the section's own year: "2022年安排资金200万元，实际支出198.5万元" and "上年实际支出…"
 * in a 2023 report are other years' (a rolling project's history, a comparison).
 */
function thisYearAmounts(text: string, found: TextAmount[], year: number | null): TextAmount[] {
  if (!text.includes('年') || found.length === 0) return found;
  return found.filter((a) => !otherYearAt(text, a.index, year));
}

/** "项目总投资2.4亿元", "计划投资": the untyped amount at `index` is an investment total. */
function isInvestment(text: string, index: number): boolean {
  return text.slice(Math.max(0, index - 8), index).includes('投资');
}

function statesTypedAmount(obs: ProjectObservation): boolean {
  return obs.budget_initial !== null || obs.budget_adjusted !== null || obs.executed !== null;
}

/**
 * An indicator table inside a project's section that no 项目名称 row opens (a narrative report's
 * "一级指标 | 二级指标 | 三级指标 | …"): its indicators and budget-execution line are the section's
 * project's. Returns the rows [start, end) it spans, or null when there is none.
 */
export function readSectionIndicators(
  rows: readonly Row[],
  section: ProjectSection,
  isTableRow: (i: number) => boolean,
): { block: IndicatorBlock; start: number } | null {
  for (let i = section.start + 1; i < section.end; i++) {
    if (isTableRow(i) || !isIndicatorHeader(rows[i] as Row)) continue;
    const block = readIndicators(rows, i, section.end);
    return block.indicators.length > 0 ? { block, start: i } : null;
  }
  return null;
}

const PARAGRAPH_HEAD =
  /^([\u4e00-\u9fa5A-Za-z0-9（）()“”、·-]{4,40}?)项目(?=用|是|的|绩效|于|自|通过|主要|总|资金|实施|全年|年初|实际|当年|本年|预算|\d|[，,。])/;
/** Sentence openings that are not project names ("本部门…", "2021年…", "经评价…", "一是…"). */
const NOT_A_NAME_START =
  /^(?:\d{4}年|\d+[、.个)]|本(?!溪)|该|我|各|对|全年|全局|全县|全市|在|根据|按照|为|通过|经(?:评价|研究|审核|核查|过|批准)|截至|其中|此|年度|部门|项目|专项|以上|上述|所有|[一二三四五六七八九十]+[、是]|（|\()/;

/** A paragraph that opens with a project name and states at least one amount. */
export function extractParagraphObservation(row: Row, file: string): ProjectObservation | null {
  if (filled(row).length !== 1) return null;
  const text = rowText(row);
  // "其中，反电诈宣传项目年初预算…": the project opens the paragraph after the connective.
  const m = PARAGRAPH_HEAD.exec(compact(text).replace(/^其中[，,:：]/, ''));
  if (!m) return null;
  const name = m[1] as string;
  if (NOT_A_NAME_START.test(name) || /[，。；：]/.test(name)) return null;
  const amounts = proseAmounts(text);
  if (amounts.length === 0) return null;
  const obs = emptyObservation('narrative', projectName(name));
  obs.aliases.push(`${obs.name}项目`);
  const source = { file, line_start: row.line, line_end: row.lineEnd };
  applyAmounts(obs, amounts, source);
  applyScore(obs, text, source);
  const rate = proseRate(text);
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

/**
 * "1.X项目：…", "（二）X经费。…"; "5.110指挥中心…" is item 5 of a name opening with digits (a
 * decimal is followed by a unit, not by a name).
 */
const LIST_ITEM =
  /^(?:\d{1,2}[、.．](?!\d)|\d{1,2}[.．](?=\d{2,}[\u4e00-\u9fa5])(?!\d+[万亿元个分])|[（(](?:\d{1,2}|[一二三四五六七八九十]+)[)）])([^，,。；;：:、]{4,30}?)(?:[：:]|(?<=项目|经费|工程|专项)。)(.+)$/;
const LIST_ITEM_START = /^\s*(?:[\d０-９]|[（(])/;
/** Budget lines listed like projects ("1.财政拨款收入：…", "2.项目支出合计：…"). */
const BUDGET_LINE = /(?:收入|支出|预算|决算|合计|总计|结转|结余|拨款|资金)$/;

/**
 * A numbered list item naming a project and its figures ("1.禁毒宣传教育项目：年初预算50万元，
 * 实际支出48万元，执行率96%，自评得分95分"; "（二）禁毒宣传教育项目。该项目年初预算…": a name
 * ending in 项目 / 经费 / 工程 / 专项 may close with 。). It must state a typed budget or executed amount.
 */
export function extractListedProject(row: Row, file: string): ProjectObservation | null {
  if (filled(row).length !== 1) return null;
  const text = rowText(row);
  // Every prose row is asked: only a numbered item with a colon (or a 。 after its name) can be one.
  if (!LIST_ITEM_START.test(text) || !/[：:。]/.test(text)) return null;
  const m = LIST_ITEM.exec(compact(toHalfWidth(text)));
  if (!m) return null;
  const name = projectName(m[1] as string);
  if (!isProjectName(name) || BUDGET_LINE.test(name)) return null;
  const body = m[2] as string;
  const amounts = proseAmounts(body);
  if (!amounts.some((a) => a.role !== 'amount_any')) return null;
  return itemObservation(name, body, amounts, row, file);
}

const EVALUATED_PROJECT =
  /对(?:\d{4}年度?)?(?!各|所有|全部|部门|本|我)([^，,。；;\d]{2,40}?)(?<![个类])项目(?:开展|进行)了?(?:绩效)?(?:自评|评价)[^，,。；;]{0,12}[，,：:]/;

/**
 * A sentence reporting the self-evaluation of one named project with its figures ("本部门对交通
 * 管理设施维护项目开展了绩效自评，项目全年预算数120万元，执行数118.5万元，执行率98.75%，自评得分
 * 95分"): the figures up to the sentence's end are that project's. It must state a typed budget or
 * executed amount; "对…项目开展了绩效评价，报告见附件" is none.
 */
export function extractEvaluatedProject(row: Row, file: string): ProjectObservation | null {
  if (filled(row).length !== 1) return null;
  const raw = rowText(row);
  if (!raw.includes('项目') || !raw.includes('对') || !/自评|评价/.test(raw)) return null;
  const text = repairProseDigits(compact(toHalfWidth(raw)));
  const m = EVALUATED_PROJECT.exec(text);
  if (!m) return null;
  const name = projectName(m[1] as string);
  if (!isProjectName(name)) return null;
  const body = text.slice((m.index ?? 0) + m[0].length).split('。')[0] as string;
  if (/部门整体|整体支出/.test(body)) return null;
  const amounts = proseAmounts(body);
  if (!amounts.some((a) => a.role !== 'amount_any')) return null;
  const obs = itemObservation(name, body, amounts, row, file);
  obs.aliases.push(`${name}项目`);
  return obs;
}

/** A project stated in one row of prose: its amounts, and the rate, score and grade of `body`. */
function itemObservation(
  name: string,
  body: string,
  amounts: readonly TextAmount[],
  row: Row,
  file: string,
): ProjectObservation {
  const obs = emptyObservation('narrative', name);
  const source = { file, line_start: row.line, line_end: row.lineEnd };
  applyAmounts(obs, amounts, source);
  const rate = proseRate(body);
  if (rate !== null) obs.execution_rate_reported = { value: rate, source };
  applyItemScore(obs, body, source);
  obs.sources.push(source);
  return obs;
}

/** In a project's own list item any score is the project's ("自评得分95分", "得分95分"). */
const ITEM_SCORE = /(?:自评|评价|综合)?(?:总)?(?:得分|评分)(?:为|是|:)?(\d+(?:\.\d+)?)分/;

/** Fills the score (and a grade beside it) an item's compacted `body` states; returns whether it did. */
function applyItemScore(obs: ProjectObservation, body: string, source: Source): boolean {
  const score = ITEM_SCORE.exec(body);
  if (!score) return false;
  obs.total_score = { value: Number(score[1]), source };
  obs.grade = STATED_GRADE.exec(body)?.[1] ?? null;
  return true;
}

/**
 * "预算：120万元；支出：115.2万元；得分：95分" under a project's heading: a score in the sentence
 * stating the project's budget or spending is the project's, as in a list item. Not when the
 * sentence weighs a part (分值, 权重): then the score is that part's.
 */
function applyFiguresScore(obs: ProjectObservation, text: string, source: Source): boolean {
  if (obs.total_score !== null) return false;
  const sentence = compact(text)
    .split('。')
    .find((s) => ITEM_SCORE.test(s));
  if (sentence === undefined || /分值|权重|满分/.test(sentence)) return false;
  if (!proseAmounts(sentence).some((a) => a.role !== 'amount_any')) return false;
  return applyItemScore(obs, sentence, source);
}

/**
 * "天网工程运行维护项目自评得分96分", "禁毒宣传教育经费得分81分": a named project's score. The name
 * must be a listed project's (knownName); "该项目得分…" names none.
 */
const SCORE_MENTION =
  /(?![该本此])([\u4e00-\u9fa5A-Za-z0-9“”"·-]{2,30}?(?:项目|经费|资金|工程|专项))(?:的)?(?:绩效)?(?:自评|评价)?(?:总)?得分(?:为|是|:)?(\d+(?:\.\d+)?)分/g;

/** "该项目自评得分95分": the score of the one project the report is about. */
const THIS_PROJECT_SCORE =
  /(?:^|[，,。；;])(?:该|本|此)项目(?:的)?(?:绩效)?(?:自评|综合|评价)?(?:总)?(?:得分|评分)(?:为|是|:)?(\d+(?:\.\d+)?)分/;

/** Words that join a mention to what came before ("其中天网工程运维项目", "以及禁毒宣传经费"). */
const MENTION_LEAD = /^(?:其中|另外|此外|同时|以及|包括|及|和|与)/;

/**
 * A score mention in a report where no table or section lists the projects ("其中，天网工程运维
 * 项目自评得分95分"): the mention is a project's when its name says so (a project name, not the
 * department's, a budget part or a kind of funds). Merge keeps it only under a project-like name.
 */
function unlistedMention(
  m: RegExpMatchArray,
  next: RegExpMatchArray | undefined,
  text: string,
  source: Source,
): ProjectObservation[] {
  const mention = cleanProjectName((m[1] as string).replace(/[“”"]/g, '').replace(MENTION_LEAD, ''));
  const name = projectName(mention.replace(/项目$/, ''));
  if (!isProjectName(name) || THIS_PROJECT.test(mention) || NO_NAME.test(name)) return [];
  const after = text.slice((m.index ?? 0) + m[0].length, next?.index ?? text.length);
  const obs = emptyObservation('narrative', name);
  if (mention.endsWith('项目')) obs.aliases.push(`${name}项目`);
  obs.total_score = { value: Number(m[2]), source };
  obs.grade = STATED_GRADE.exec(after.split(/[。；;]/)[0] as string)?.[1] ?? null;
  obs.sources.push(source);
  return [obs];
}

/** "共12个项目", "3个重点项目": a count of projects; "第三方评价项目": an evaluation. No name. */
const NO_NAME = /[\d一二三四五六七八九十两]+个|个$|(?:评价|自评|考核|评审)$/;

/** "该项目", "本项目", "各项目": no name of its own. */
const THIS_PROJECT = /^(?:该|本|此|各|每个?|上述|所有|全部|其他|其余)/;

/** The known project a mention names: "其中天网工程运行维护" ends with the name's core. */
function knownName(mention: string, names: readonly string[]): string | null {
  const bare = mention.replace(/[“”"]/g, '');
  let best: { name: string; sim: number } | null = null;
  for (const name of names) {
    const core = nameCore(name);
    const sim = core.length >= 3 && bare.endsWith(core) ? 1 : nameSimilarity(bare, name);
    if (sim >= 0.8 && (!best || sim > best.sim)) best = { name, sim };
  }
  return best?.name ?? null;
}

/**
 * Scores of already listed projects stated together in a sentence ("天网工程运行维护项目自评得分
 * 96分，执法执勤车辆购置项目自评得分94分，警用装备购置项目自评得分88分，等级为良"). A name no
 * table or section lists is skipped: prose is full of other "…项目" phrases.
 */
export function extractScoreMentions(
  row: Row,
  file: string,
  namesOf: () => readonly string[],
): ProjectObservation[] {
  if (filled(row).length !== 1) return [];
  const raw = rowText(row);
  if (!raw.includes('得分')) return [];
  // The names are looked up only for a line that states a score.
  const names = namesOf();
  const text = proseNumbers(compact(toHalfWidth(raw)));
  const source = { file, line_start: row.line, line_end: row.lineEnd };
  const matches = [...text.matchAll(SCORE_MENTION)];
  if (names.length === 0) return matches.flatMap((m, k) => unlistedMention(m, matches[k + 1], text, source));
  const known = matches.map((m) => knownName(m[1] as string, names));
  const found: ProjectObservation[] = [];
  // "该项目自评得分95分，等级为优" in a report of one project: that project's.
  const same = names.length === 1 && !known.some(Boolean) ? THIS_PROJECT_SCORE.exec(text) : null;
  if (same) {
    const obs = emptyObservation('narrative', names[0] as string);
    obs.total_score = { value: Number(same[1]), source };
    obs.grade =
      STATED_GRADE.exec(text.slice(same.index + same[0].length).split(/[。；;]/)[0] as string)?.[1] ?? null;
    obs.sources.push(source);
    return [obs];
  }
  matches.forEach((m, k) => {
    const name = known[k];
    if (!name) return;
    const after = text.slice((m.index ?? 0) + m[0].length, matches[k + 1]?.index ?? text.length);
    const obs = emptyObservation('narrative', name);
    obs.total_score = { value: Number(m[2]), source };
    obs.grade = STATED_GRADE.exec(after.split(/[。；;]/)[0] as string)?.[1] ?? null;
    obs.sources.push(source);
    found.push(obs);
  });
  return found;
}

/** "项目自评得分90分，等级为优" opening a clause: a score stated with no project named. */
const UNNAMED_SCORE =
  /(?:^|[，,。；;：:])(?:(?:该|本|此)?项目)(?:的)?(?:绩效)?(?:自评|综合|评价)?(?:总)?(?:得分|评分)(?:为|是|:)?(\d+(?:\.\d+)?)分/;

/**
 * The score (and the grade after it in its sentence) a line states without naming its project: the
 * caller gives it to the report's one project.
 */
export function unnamedProjectScore(line: string): { score: number; grade: string | null } | null {
  if (!line.includes('项目')) return null;
  const text = proseNumbers(compact(toHalfWidth(line)));
  const m = UNNAMED_SCORE.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length).split(/[。；;]/)[0] as string;
  return { score: Number(m[1]), grade: STATED_GRADE.exec(after)?.[1] ?? null };
}

/**
 * A sentence opening with a project's name and its budget ("视频监控联网运维项目全年预算数为860.00万元，…";
 * "二是警务保障项目，预算30万元，…" in a list of "一是…；二是…").
 */
const PROJECT_SENTENCE =
  /^(?:其中[，,:：]?|[一二三四五六七八九十]+是)?([\u4e00-\u9fa5A-Za-z0-9（）()“”·-]{4,40}?)项目(?:的)?(?:(?=年初预算|全年预算|预算(?:数|资金|金额)|调整后预算)|(?<=^[一二三四五六七八九十]+是.*)[，,](?=(?:年初|全年)?预算))/;
/** Where a row's sentences split: after each full stop, and before "一是…" after a colon ("共2个：一是…"). */
const SENTENCE_SPLIT = /(?<=[。；;])|(?<=[:：])(?=[一二三四五六七八九十]+是)/;
/** A sentence going on about the project just named ("该项目自评得分95分"). */
const SAME_PROJECT = /^(?:该|本|此)?项目/;

export interface ProjectSentences {
  items: ProjectObservation[];
  /** The row's text without the projects' sentences: what else it says is the department's. */
  rest: string;
}

/**
 * Projects a paragraph reports one after another in its middle ("2.项目绩效自评结果。…反映A项目、B
 * 项目绩效自评结果。A项目全年预算数为860.00万元，执行数为842.60万元，完成预算的98.0%，自评得分
 * 95分。B项目全年预算数为…"): each sentence opening with a project and its budget, with the
 * sentences about "该项目" after it, is that project's; each must state a typed amount. Null when
 * the paragraph itself opens with its one project (a project paragraph, read as a whole).
 */
export function extractProjectSentences(row: Row, file: string): ProjectSentences | null {
  if (filled(row).length !== 1) return null;
  const raw = rowText(row);
  if (!raw.includes('项目') || !raw.includes('预算')) return null;
  const text = repairProseDigits(compact(toHalfWidth(raw)));
  const source = { file, line_start: row.line, line_end: row.lineEnd };
  const items: ProjectObservation[] = [];
  const rest: string[] = [];
  let current: { name: string; body: string } | null = null;
  let firstAt = -1;
  const close = () => {
    if (!current) return;
    const amounts = proseAmounts(current.body);
    if (!amounts.some((a) => a.role !== 'amount_any')) {
      rest.push(current.body);
      return;
    }
    const obs = emptyObservation('narrative', current.name);
    obs.aliases.push(`${current.name}项目`);
    applyAmounts(obs, amounts, source);
    const rate = proseRate(current.body);
    if (rate !== null) obs.execution_rate_reported = { value: rate, source };
    const score = ITEM_SCORE.exec(current.body);
    if (score) {
      obs.total_score = { value: Number(score[1]), source };
      obs.grade = STATED_GRADE.exec(current.body)?.[1] ?? null;
    }
    obs.sources.push(source);
    items.push(obs);
  };
  text.split(SENTENCE_SPLIT).forEach((sentence, k) => {
    const m = PROJECT_SENTENCE.exec(sentence);
    const name = m && !NOT_A_NAME_START.test(m[1] as string) ? projectName(m[1] as string) : null;
    if (name !== null && isProjectName(name)) {
      close();
      current = { name, body: sentence };
      if (firstAt < 0) firstAt = k;
    } else if (current && SAME_PROJECT.test(sentence)) current.body += sentence;
    else {
      close();
      current = null;
      rest.push(sentence);
    }
  });
  close();
  if (items.length === 0 || (items.length === 1 && firstAt === 0)) return null;
  return { items, rest: rest.join('') };
}
