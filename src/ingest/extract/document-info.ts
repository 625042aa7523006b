/**
 * Document-level facts: title, agency (with the other names the document uses for itself) and
 * report year. Read from the title lines first, then labelled cells, then the most frequent
 * mention in the text.
 */
import { agencyKey } from '../agency.ts';
import { compact, joinHanSpacing, parseYear, toHalfWidth } from '../normalize.ts';
import { filled, rowText, type Row } from '../segment.ts';

/**
 * A bureau, optionally with the unit under it that reports on its own budget: a branch bureau
 * (…公安局开发区分局) or a police detachment (…公安局交通警察支队, …交警大队).
 */
const AGENCY_NAME = String.raw`[\u4e00-\u9fa5]{2,24}?(?:公安局|公安系统|公安处)(?:[\u4e00-\u9fa5]{2,14}?(?:分局|支队|大队))?|[\u4e00-\u9fa5]{2,14}?公安分局`;
const AGENCY_RE = new RegExp(AGENCY_NAME, 'g');
/** An agency opening a text: "锡林浩特市公安局交通警察大队道路交通…" (see stripAgencyPrefix). */
const AGENCY_PREFIX = new RegExp(`^(?:${AGENCY_NAME})`);

/** The text without the agency name it opens with (a title naming the agency, then a project). */
export function stripAgencyPrefix(text: string): string {
  return text.replace(AGENCY_PREFIX, '');
}
/** Words that cannot open an agency name; a match starting with them is trimmed. */
/** Only words no place name starts with (本溪, 向阳区, 经济开发区 do exist). */
const LEADING_NOISE =
  /^(?:年度?|关于|根据|按照|依据|对|由|我|项目名称|(?:项目)?(?:主管|实施)(?:部门|单位)|预算(?:部门|单位)|(?:单位|部门)名称|填报单位)+/;
const LABEL_HINT = /预算|主管|单位|部门|填报/;
const AGENCY_LABEL =
  /^(?:预算部门|预算单位|主管部门|单位名称|部门名称|填报单位|实施单位)(?:\(盖章\)|（盖章）)?[:：]?(.*)$/;

/** Trims leading words the greedy scan swallowed: "2021年大厂回族自治县公安系统" → "大厂回族自治县公安系统". */
export function trimAgency(candidate: string): string {
  const trimmed = candidate.replace(LEADING_NOISE, '');
  return trimmed.length >= 4 ? trimmed : candidate;
}

export function agencyMentions(text: string): string[] {
  if (!text.includes('公安') && !text.includes('分局')) return [];
  return [...compact(text).matchAll(AGENCY_RE)].map((m) => trimAgency(m[0])).filter((a) => a.length >= 4);
}

/** Number of leading rows considered the document's title block. */
export const TITLE_ROWS = 5;

export interface DocumentFacts {
  title: string | null;
  agency: string | null;
  agencyAliases: string[];
  year: number | null;
}

interface LabelledAgency {
  name: string;
  /** Named as the 实施单位: a unit doing the project, which may be under the agency, not the agency. */
  implementing: boolean;
}

function labelledAgencies(rows: readonly Row[]): LabelledAgency[] {
  const found: LabelledAgency[] = [];
  for (const row of rows) {
    const cells = filled(row);
    cells.forEach((cell, k) => {
      if (!LABEL_HINT.test(cell)) return;
      const label = compact(cell);
      const m = AGENCY_LABEL.exec(label);
      if (!m) return;
      const value = m[1] !== '' ? (m[1] as string) : compact(cells[k + 1] ?? '');
      if (!/公安|分局/.test(value)) return;
      const implementing = label.startsWith('实施单位');
      const names = agencyMentions(value).length ? agencyMentions(value) : [value];
      for (const name of names) found.push({ name, implementing });
    });
  }
  return found;
}

function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** OCR spaces out single hanzi ("绩 效 自 评 报 告"); such a run is read without the spaces. */
function titleText(row: Row): string {
  const text = rowText(row);
  return /(?:\p{Script=Han}\s+){3}\p{Script=Han}/u.test(text) ? joinHanSpacing(text) : text;
}

export function documentFacts(rows: readonly Row[]): DocumentFacts {
  const titleRows = rows.slice(0, TITLE_ROWS).filter((r) => filled(r).length <= 2);
  const title =
    titleRows.map(titleText).find((t) => /报告|表|说明|情况|决算/.test(t)) ??
    (titleRows[0] ? titleText(titleRows[0]) : null);
  // Cell by cell: a label cell joined to its value would read as part of the name.
  const fromTitle = titleRows.flatMap((r) => filled(r).flatMap(agencyMentions));
  const fromLabels = labelledAgencies(rows);
  // The most frequent mention in the text is the last resort (and the costliest scan).
  const labelled = [
    ...fromLabels.filter((a) => !a.implementing),
    ...fromLabels.filter((a) => a.implementing),
  ];
  const agency =
    fromTitle[0] ??
    labelled.find((a) => /公安局|公安系统|分局/.test(a.name))?.name ??
    mostFrequent(rows.flatMap((r) => agencyMentions(rowText(r))));
  const aliases = [
    ...new Set(
      fromLabels
        .filter((a) => !a.implementing && a.name !== agency && /公安局|公安分局|公安系统/.test(a.name))
        .filter((a) => !agency || !otherDivision(a.name, agency))
        .map((a) => a.name),
    ),
  ];

  return { title, agency: agency ?? null, agencyAliases: aliases, year: reportYear(rows) };
}

/**
 * Whether two bureau names belong to different divisions: a county bureau's 主管部门 is often its
 * city's bureau ("填报单位：湄潭县公安局", "主管部门：遵义市公安局"), which is not another name of it.
 * Names whose division is not resolved ("高新区公安分局") are not told apart.
 */
function otherDivision(a: string, b: string): boolean {
  const ka = agencyKey(a);
  const kb = agencyKey(b);
  if (ka.startsWith('?') || kb.startsWith('?')) return false;
  // province|city|county|unit: the division is all but the unit.
  return ka.slice(0, ka.lastIndexOf('|')) !== kb.slice(0, kb.lastIndexOf('|'));
}

/** "二〇二三年", "二零二二年度": a year written in Chinese numerals (〇 also written 零 or ○). */
const HAN_YEAR = /[一二][〇零○][〇零○一二三四五六七八九]{2}(?=\s*年)/g;
const HAN_DIGITS = '〇一二三四五六七八九';

/** The text with years in Chinese numerals written in digits ("二〇二三年度" → "2023年度"). */
export function arabicYears(text: string): string {
  if (!text.includes('〇') && !text.includes('零') && !text.includes('○')) return text;
  return text.replace(HAN_YEAR, (y) =>
    [...y.replace(/[零○]/g, '〇')].map((c) => HAN_DIGITS.indexOf(c)).join(''),
  );
}

/** A calendar date ("2024年3月15日"): when a report was signed or filled in, not what it covers. */
const DATE_RE = /(20\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?/g;
/** The fiscal year a report covers: "2023年度", "（2023年度）", "评价年度：2023". */
const FISCAL_YEAR_RE = /(20\d{2})\s*年度|年度[:：]\s*(20\d{2})/;
/** A head row longer than this is prose ("平台于2019年建成…"), not a title or a label. */
const MAX_HEAD_ROW_LENGTH = 40;

/**
 * The year the report covers, in order of trust: a fiscal-year mention in the head rows ("2023年度",
 * "评价年度：2023"); a year in a short head row that is not a date ("2023年项目支出绩效自评报告");
 * the most frequent "20xx年度" in the text; else the signing date — self-evaluations are written
 * in the first half of the following year, so a date up to June stands for the year before.
 */
function reportYear(rows: readonly Row[]): number | null {
  const head = rows.slice(0, TITLE_ROWS + 3).map((r) => arabicYears(toHalfWidth(rowText(r))));
  for (const text of head) {
    const m = FISCAL_YEAR_RE.exec(text);
    if (m) return Number(m[1] ?? m[2]);
  }
  for (const text of head) {
    if (text.length > MAX_HEAD_ROW_LENGTH) continue;
    const year = parseYear(text.replace(DATE_RE, ''));
    if (year !== null) return year;
  }
  const texts = rows
    .map(rowText)
    .filter((t) => t.includes('年'))
    .map(toHalfWidth);
  const fiscal = mostFrequent(
    texts.flatMap((t) => [...t.matchAll(/(20\d{2})\s*年度/g)].map((m) => m[1] as string)),
  );
  if (fiscal !== null) return Number(fiscal);
  return yearOfSigning(texts);
}

function yearOfSigning(texts: readonly string[]): number | null {
  let last: RegExpMatchArray | null = null;
  for (const text of texts) for (const m of text.matchAll(DATE_RE)) last = m;
  if (last === null) return null;
  const year = Number(last[1]);
  return Number(last[2]) <= 6 ? year - 1 : year;
}
