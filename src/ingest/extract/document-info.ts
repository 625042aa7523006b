/**
 * Document-level facts: title, agency (with the other names the document uses for itself) and
 * report year. Read from the title lines first, then labelled cells, then the most frequent
 * mention in the text.
 */
import { abbreviates, agencyKey, POLICE_UNIT_WORDS, unitOfDivision } from '../agency.ts';
import { compact, joinHanSpacing, parseYear, toHalfWidth } from '../normalize.ts';
import { filled, rowText, type Row } from '../segment.ts';
import { chineseNumber } from '../chinese-numerals.ts';

/** A hanzi of a place name, rare ones included (CJK Extension A: 䶮 in 䶮阳县). */
const HAN = String.raw`[\u3400-\u4dbf\u4e00-\u9fff]`;
/**
 * A hanzi of a unit's name under a 分局 or 支队: not a word of the sentence naming it in passing
 * ("…分局组织各派出所和交警大队开展…" names no unit "组织各派出所和交警大队").
 */
const UNIT_HAN = String.raw`(?![和与及各的对由在将为是了等并以]|组织|开展|负责|协助|联合|配合|会同|指导)${HAN}`;
/** A detachment or brigade under a 分局 or 支队: "交警大队", "高速公路大队". */
const SUB_UNIT = String.raw`(?:${UNIT_HAN}){2,12}?(?:支队|大队)`;
/**
 * A bureau, optionally with the unit under it that reports on its own budget: a branch bureau
 * (…公安局开发区分局) or a police detachment (…公安局交通警察支队, …交警大队), and a brigade or
 * detachment under either of those (…公安局YY分局交警大队, …公安局交警支队高速公路大队, …区公安分局
 * 刑侦大队): each is an agency of its own, as the bureau's 分局 and 支队 are.
 */
const AGENCY_NAME = String.raw`${HAN}{2,24}?(?:公安局|公安系统|公安处)(?:${HAN}{2,14}?(?:(?:分局|支队)(?:${SUB_UNIT})?|大队))?|${HAN}{2,14}?公安分局(?:${SUB_UNIT})?`;
const AGENCY_RE = new RegExp(AGENCY_NAME, 'g');
/**
 * An agency opening a text: "锡林浩特市公安局交通警察大队道路交通…", with a station under it that
 * the title names ("义乌市公安局稠城派出所2023年度…", see stripAgencyPrefix).
 */
const AGENCY_PREFIX = new RegExp(
  `^(?:${AGENCY_NAME})(?:[\u4e00-\u9fa5]{2,8}?(?:派出所|看守所|拘留所|检查站|警务站))?`,
);

/** The text without the agency name it opens with (a title naming the agency, then a project). */
export function stripAgencyPrefix(text: string): string {
  const stripped = text.replace(AGENCY_PREFIX, '');
  return stripped === text ? stripDivisionUnit(text) : stripped;
}
/** Words that cannot open an agency name; a match starting with them is trimmed. */
/** Only words no place name starts with (本溪, 向阳区, 经济开发区 do exist). */
const LEADING_NOISE =
  /^(?:年度?|关于|根据|按照|依据|对|由|我|项目名称|(?:项目)?(?:主管|实施)(?:部门|单位)|预算(?:部门|单位)|(?:单位|部门)名称|填报单位)+/;
const LABEL_HINT = /预算|主管|单位|部门|填报|报送/;
/** A label naming the agency; a bare 单位 only as the seal line "单位（盖章）：". */
const AGENCY_LABEL =
  /^(?:(?:预算部门|预算单位|主管部门|单位名称|部门名称|填报单位|编报单位|报送单位|被评价单位|被评价部门|实施单位)(?:\(盖章\)|（盖章）)?|单位(?:\(盖章\)|（盖章）))[:：]?(.*)$/;

/**
 * Another body's report about the bureau: "桐乡市财政局关于桐乡市公安局…", "…事务所对XX县公安局…".
 * The scan reads from the first hanzi, so the writer and its 关于/对 open the match.
 */
const WRITER_ABOUT = /^.*(?:关于|对于|[局厅委府所司]对)/;

/** Trims leading words the greedy scan swallowed: "2021年大厂回族自治县公安系统" → "大厂回族自治县公安系统". */
export function trimAgency(candidate: string): string {
  const about =
    candidate.includes('关于') || candidate.includes('对') ? candidate.replace(WRITER_ABOUT, '') : '';
  const trimmed = (about.length >= 4 ? about : candidate).replace(LEADING_NOISE, '');
  return trimmed.length >= 4 ? trimmed : candidate;
}

export function agencyMentions(text: string): string[] {
  if (!text.includes('公安') && !text.includes('分局')) return [];
  return [...compact(text).matchAll(AGENCY_RE)].map((m) => trimAgency(m[0])).filter((a) => a.length >= 4);
}

/**
 * A police unit named right under its city or county, without its bureau: "宁都县交警大队",
 * "XX市公安交通管理支队". Such a name is an agency of its own, kept apart from the bureau's unit
 * ("宁都县公安局交通警察大队"): a name that leaves the bureau out is not read as that bureau's.
 * Only these words: a 看守所 or 派出所 is named in passing as a project's site, and any other
 * unit ("县财政局") is no police agency.
 */
const DIVISION_UNIT_WORDS = `(?:(?:${POLICE_UNIT_WORDS.join('|')})(?:大队|支队)|公安交通管理(?:支队|大队))`;
const DIVISION_UNIT = new RegExp(`^${DIVISION_UNIT_WORDS}$`);
const DIVISION_UNIT_NAME = String.raw`${HAN}{2,14}?${DIVISION_UNIT_WORDS}`;
const DIVISION_UNIT_RE = new RegExp(DIVISION_UNIT_NAME, 'g');
const DIVISION_UNIT_PREFIX = new RegExp(`^${DIVISION_UNIT_NAME}`);

/** The text without the police unit it opens with ("宁都县交警大队2023年度…" → "2023年度…"). */
export function stripDivisionUnit(text: string): string {
  const unit = text.includes('队') ? DIVISION_UNIT_PREFIX.exec(text)?.[0] : undefined;
  return unit !== undefined && isDivisionUnit(unit) ? text.slice(unit.length) : text;
}

/** Whether the name is a police unit right under its city or county (see DIVISION_UNIT). */
export function isDivisionUnit(name: string): boolean {
  const unit = unitOfDivision(name);
  return unit !== null && DIVISION_UNIT.test(unit);
}

/** The police units named right under their division in the text ("宁都县交警大队"). */
export function divisionUnitMentions(text: string): string[] {
  if (!text.includes('队')) return [];
  return [...compact(text).matchAll(DIVISION_UNIT_RE)].map((m) => trimAgency(m[0])).filter(isDivisionUnit);
}

/** The agencies a text names: its bureaus and their units, else the units named without a bureau. */
function namedAgencies(text: string): string[] {
  const bureaus = agencyMentions(text);
  return bureaus.length > 0 ? bureaus : divisionUnitMentions(text);
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
      const police = /公安|分局/.test(value);
      if (!police && !value.includes('队')) return;
      const implementing = label.startsWith('实施单位');
      const mentions = namedAgencies(value);
      const names = mentions.length > 0 ? mentions : police ? [value] : [];
      for (const name of names) found.push({ name, implementing });
      for (const name of organNames(value, names)) found.push({ name, implementing });
    });
  }
  return found;
}

/**
 * "鞍山市公安局机关": the bureau's own organ (its 本级 budget unit), the agency itself under the name
 * its budget is kept in — read as the bureau, the written form kept as another name of it.
 */
function organNames(text: string, names: readonly string[]): string[] {
  if (!text.includes('机关')) return [];
  const written = compact(text);
  return names.filter((n) => written.includes(`${n}机关`)).map((n) => `${n}机关`);
}

/** A prose line (a sentence), which names agencies in passing ("根据XX市公安局统一部署，…"). */
function isProse(text: string): boolean {
  return text.length > MAX_HEAD_ROW_LENGTH || /[，。；]/.test(text);
}

/** Rows at the end of a report where it is signed: the agency's name alone, then the date. */
const SIGNATURE_ROWS = 6;
/** What may follow the name on its signature line: nothing, 机关, the seal or 本级 in brackets. */
const SIGNATURE_REST = /^(?:机关)?(?:[(（](?:盖章|本级)[)）])?$/;

/**
 * The agency a report is signed by: a row of the last ones that is only an agency's name
 * ("盖州市公安局交通管理大队" above "2024年2月26日"), read from the bottom.
 */
function signatureAgency(rows: readonly Row[]): string | null {
  for (let i = rows.length - 1; i >= Math.max(0, rows.length - SIGNATURE_ROWS); i--) {
    const cells = filled(rows[i] as Row);
    if (cells.length !== 1) continue;
    const text = compact(cells[0] as string);
    if (!text.includes('公安') && !text.includes('分局') && !text.includes('队')) continue;
    const [name, ...others] = namedAgencies(text);
    if (name === undefined || others.length > 0 || !text.startsWith(name)) continue;
    if (SIGNATURE_REST.test(text.slice(name.length))) return name;
  }
  return null;
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

/**
 * OCR spaces out single hanzi ("绩 效 自 评 报 告"); such a run is read without the spaces, and so
 * are the spaces it puts between a hanzi and a number ("2023 年 1-12 月").
 */
function titleText(row: Row): string {
  const text = rowText(row);
  if (!/(?:\p{Script=Han}\s+){3}\p{Script=Han}/u.test(text)) return text;
  return joinHanSpacing(text).replace(/(?<=\p{Script=Han})\s+(?=\d)|(?<=\d)\s+(?=\p{Script=Han})/gu, '');
}

/**
 * Words a title names its genre with; a 部门预算 names only itself ("XX县公安局2023年部门预算"), a
 * notice ends in 公告 (a procurement notice is read only to be told unrelated, under its own title).
 */
const TITLE_WORD = /报告|表|说明|情况|决算|预算$|公告$/;
/** What the first line of a title printed over two lines is about: the agency, the year, the funds. */
const TITLE_HEAD_WORD = /公安|分局|年度?$|绩效|项目|支出/;
/** A numbered heading or a label opens the body, never a title. */
const NOT_TITLE_HEAD =
  /[:：]|^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|附件)/;
const MAX_TITLE_HEAD_LENGTH = 30;

/** A short line that begins a title printed over two lines (the agency, year or funds, no genre word). */
export function isTitleHead(text: string): boolean {
  return (
    text.length <= MAX_TITLE_HEAD_LENGTH &&
    TITLE_HEAD_WORD.test(text) &&
    !TITLE_WORD.test(text) &&
    !NOT_TITLE_HEAD.test(text)
  );
}

/**
 * The title: the first head row naming a report, table or budget, with the short lines right above
 * it that begin it — a title printed over two lines ("安吉县公安局" / "2022年度项目支出绩效自评表",
 * "湖州市公安局2023年度" / "部门整体支出绩效自评报告") is one title.
 */
function documentTitle(titleRows: readonly Row[]): string | null {
  const texts = titleRows.map((r) => titleText(r).replace(/^#+\s*/, ''));
  const k = texts.findIndex((t) => TITLE_WORD.test(t));
  if (k < 0) return texts[0] ?? null;
  let first = k;
  // Lines of one title follow each other (a blank line at most between them), one cell each: a
  // label and its value ("单位名称 | XX县公安局") are not part of the title.
  while (
    first > 0 &&
    k - first < 2 &&
    (titleRows[first] as Row).line - (titleRows[first - 1] as Row).lineEnd <= 2 &&
    filled(titleRows[first - 1] as Row).length === 1 &&
    isTitleHead(compact(texts[first - 1] as string))
  ) {
    first--;
  }
  if (first === k) return texts[k] as string;
  return texts
    .slice(first, k + 1)
    .map(compact)
    .join('');
}

/** A cover letter's title: "关于报送2023年度部门整体支出绩效自评报告的函". */
const LETTER_TITLE = /(?:的)?函$|^关于(?:报送|上报|呈报)/;
/** Rows searched for the report a cover letter sends: the letter is a few short paragraphs. */
const LETTER_ROWS = 20;

/**
 * The title of the report that follows a cover letter (函): the first title after the letter's own
 * head, when it is a report or table of its own ("东阿县公安局2023年度部门整体支出绩效自评报告"). A
 * reader takes that title, not the letter's. Null when no report title follows.
 */
function reportAfterLetter(rows: readonly Row[]): string | null {
  for (let k = TITLE_ROWS; k < Math.min(rows.length, TITLE_ROWS + LETTER_ROWS); k++) {
    const row = rows[k] as Row;
    if (filled(row).length !== 1) continue;
    const text = compact(titleText(row)).replace(/^#+/, '');
    if (isProse(text) || NOT_TITLE_HEAD.test(text) || !REPORT_TITLE_END.test(text)) continue;
    return documentTitle(rows.slice(Math.max(0, k - 2), k + 1).filter((r) => filled(r).length === 1));
  }
  return null;
}
/** How the title of a report or table ends. */
const REPORT_TITLE_END = /(?:报告|表|说明)$/;

/** The document's title; a cover letter's gives way to that of the report it sends. */
function titleOf(titleRows: readonly Row[], rows: readonly Row[]): string | null {
  const title = documentTitle(titleRows);
  if (title === null || !LETTER_TITLE.test(compact(title))) return title;
  return reportAfterLetter(rows) ?? title;
}

export function documentFacts(rows: readonly Row[]): DocumentFacts {
  const titleRows = rows.slice(0, TITLE_ROWS).filter((r) => filled(r).length <= 2);
  const title = titleOf(titleRows, rows);
  // Cell by cell: a label cell joined to its value would read as part of the name.
  const fromTitle = titleRows
    .filter((r) => !isProse(compact(rowText(r))))
    .flatMap((r) => filled(r).flatMap(namedAgencies));
  const fromLabels = labelledAgencies(rows);
  // The most frequent mention in the text is the last resort (and the costliest scan).
  const labelled = [
    ...fromLabels.filter((a) => !a.implementing),
    ...fromLabels.filter((a) => a.implementing),
  ];
  const found = reportingUnit(
    fromTitle[0] ??
      labelled.find((a) => /公安局|公安系统|分局/.test(a.name) || isDivisionUnit(a.name))?.name ??
      signatureAgency(rows) ??
      mostFrequent(rows.flatMap((r) => agencyMentions(rowText(r)))) ??
      mostFrequent(rows.flatMap((r) => divisionUnitMentions(rowText(r)))),
    rows,
  );
  const agency = found && fullNameOf(found, [...fromTitle, ...labelled.map((a) => a.name)], rows);
  const named = [
    ...(found && found !== agency ? [found] : []),
    ...(agency && title ? organNames(title, [agency]) : []),
    ...fromLabels.filter((a) => !a.implementing).map((a) => a.name),
  ];
  const aliases = [
    ...new Set(
      named
        .filter((name) => name !== agency && (/公安局|公安分局|公安系统/.test(name) || isDivisionUnit(name)))
        .filter((name) => !agency || (!otherDivision(name, agency) && !unitAbove(name, agency))),
    ),
  ];

  return { title, agency: agency ?? null, agencyAliases: aliases, year: reportYear(rows) };
}

/** A brigade or detachment within a bureau or branch: "…公安局交警大队", "…分局刑事侦查大队". */
const UNIT_OF_BUREAU = /(?:公安局|分局|支队).*(?:大队|支队)$/;

/**
 * The agency that reports: a unit named by the title (a 分局's 大队, a 公安局's 支队) is an agency
 * of its own, unless the bureau or branch it belongs to signs the report ("郑州市公安局金水分局" under
 * a "…金水分局刑事侦查大队…报告"): the unit's project is then the signer's, reported as its own.
 */
function reportingUnit(found: string | null | undefined, rows: readonly Row[]): string | null | undefined {
  if (!found || !UNIT_OF_BUREAU.test(found)) return found;
  const signer = signatureAgency(rows);
  return signer !== null && unitAbove(signer, found) ? signer : found;
}

/**
 * The full name of an agency the report calls by a local abbreviation ("莫旗公安局" in its title,
 * "莫力达瓦达斡尔族自治旗公安局" as its 主管部门 or in the text); the name itself otherwise. Only
 * a name whose division the gazetteer does not know is looked up.
 */
function fullNameOf(name: string, named: readonly string[], rows: readonly Row[]): string {
  if (!agencyKey(name).startsWith('?')) return name;
  const fits = (candidate: string) => candidate !== name && abbreviates(name, candidate);
  return named.find(fits) ?? rows.flatMap((r) => agencyMentions(rowText(r))).find(fits) ?? name;
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

/**
 * Whether `name` is the bureau or branch `agency` is a unit of ("宜宾市公安局叙州区分局" over its
 * "…分局交警大队", "XX县公安局" over its "…交警大队"): its 主管部门, not another name of it.
 */
function unitAbove(name: string, agency: string): boolean {
  const kn = agencyKey(name);
  const ka = agencyKey(agency);
  if (kn.startsWith('?') || ka.startsWith('?')) return agency.length > name.length && agency.startsWith(name);
  const cut = (k: string) => k.lastIndexOf('|');
  if (kn.slice(0, cut(kn)) !== ka.slice(0, cut(ka))) return false;
  const unitOfName = kn.slice(cut(kn) + 1);
  // A unit named without its bureau ("宁都县交警大队") is still under that division's 公安局.
  const unitOfAgency = (isDivisionUnit(agency) ? '公安局' : '') + ka.slice(cut(ka) + 1);
  return unitOfAgency.length > unitOfName.length && unitOfAgency.startsWith(unitOfName);
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

/**
 * A calendar date ("2024年3月15日", "二〇二四年三月十五日" once its year is in digits): when a report
 * was signed or filled in, not what it covers.
 */
const DATE_RE =
  /(20\d{2})\s*年\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?/g;

/** A month in digits or Chinese numerals ("3", "三", "十二"). */
function monthNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (chineseNumber(text) ?? 0);
}
/** The fiscal year a report covers: "2023年度", "（2023年度）", "评价年度：2023". */
/** The label may stand in its own cell ("评价年度 | 2023"). */
const FISCAL_YEAR_RE = /(20\d{2})\s*年度|年度(?:[:：]\s*|\s+)(20\d{2})(?![\d年])/;
/** A head row longer than this is prose ("平台于2019年建成…"), not a title or a label. */
const MAX_HEAD_ROW_LENGTH = 40;

/**
 * The year the report covers, in order of trust: a fiscal-year mention in the head rows ("2023年度",
 * "评价年度：2023"); a year in a short head row that is not a date ("2023年项目支出绩效自评报告");
 * the most frequent "20xx年度" in the text; else the signing date — self-evaluations are written
 * in the first half of the following year, so a date up to June stands for the year before.
 */
function reportYear(rows: readonly Row[]): number | null {
  const headRows = rows.slice(0, TITLE_ROWS + 3);
  const head = headRows.map((r) => arabicYears(toHalfWidth(rowText(r))));
  // A title or label states the year; a sentence of the body may name another ("公开2022年度部门
  // 决算" under "XX市公安局2023年政府信息公开工作年度报告").
  const shortRows = headRows.flatMap((row, k) =>
    isProse(compact(rowText(row))) ? [] : [{ row, text: head[k] as string }],
  );
  for (const { row, text } of shortRows) {
    const m = FISCAL_YEAR_RE.exec(text);
    if (m) return latestOfColumns(row, text) ?? Number(m[1] ?? m[2]);
  }
  for (const { text } of shortRows) {
    const year = parseYear(text.replace(DATE_RE, ''));
    if (year !== null) return year;
  }
  for (const text of head) {
    const m = FISCAL_YEAR_RE.exec(text);
    if (m) return Number(m[1] ?? m[2]);
  }
  const texts = rows
    .map(rowText)
    .filter((t) => t.includes('年'))
    .map((t) => arabicYears(toHalfWidth(t)));
  const fiscal = mostFrequent(
    texts.flatMap((t) => [...t.matchAll(/(20\d{2})\s*年度/g)].map((m) => m[1] as string)),
  );
  if (fiscal !== null) return Number(fiscal);
  return yearOfSigning(texts);
}

/**
 * A table header with a group of columns per year ("2023年度 | … | 2024年度 | …") compares the
 * years: the report is the latest's. Null for a row of one cell (a title) or naming one year.
 */
function latestOfColumns(row: Row, text: string): number | null {
  if (filled(row).length < 2) return null;
  const years = [...text.matchAll(/(20\d{2})\s*年度/g)].map((m) => Number(m[1]));
  return new Set(years).size > 1 ? Math.max(...years) : null;
}

function yearOfSigning(texts: readonly string[]): number | null {
  let last: RegExpMatchArray | null = null;
  for (const text of texts) for (const m of text.matchAll(DATE_RE)) last = m;
  if (last === null) return null;
  const year = Number(last[1]);
  return monthNumber(last[2] as string) <= 6 ? year - 1 : year;
}
