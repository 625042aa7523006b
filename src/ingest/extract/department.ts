/**
 * Department-level figures stated in prose: 年初预算, 全年预算 / 实际到位资金, 实际支出 / 本年支出合计,
 * 执行率, 部门整体自评得分, number of projects and their average score.
 * Only specific phrasings are read: reports are full of other amounts (基本支出, 人员经费 …).
 */
import type { Source } from '../../data/schema.ts';
import { joinHanSpacing, roundTo, toHalfWidth } from '../normalize.ts';
import { proseNumbers, withoutRateFormula } from './prose-numbers.ts';
import { arabicYears } from './document-info.ts';
import { APPROX_AFTER, APPROX_BEFORE } from './amounts.ts';
import type { DepartmentDraft } from '../types.ts';

type Field = Exclude<keyof DepartmentDraft, 'sources'>;

/** Approximate amounts ("约5200万元", "5200余万元") are read as written, as in project prose (amounts.ts). */
const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)${APPROX_AFTER}\s*(万元|亿元|元)`;
const SEP = String.raw`(?:为|是|共计|合计|总计|总额|达|${APPROX_BEFORE}|:|：|\s)*`;

const PATTERNS: [Field, RegExp][] = [
  [
    'budget_initial',
    new RegExp(
      String.raw`(?:年初预算(?:数|资金|金额)?|资金预算|预算安排(?:资金)?|(?:部门)?预算收入(?:合计|总计)|(?:部门)?收入预算(?:合计|总计))${SEP}${AMOUNT}`,
    ),
  ],
  [
    'budget_adjusted',
    new RegExp(
      String.raw`(?:全年预算数?|调整后(?:的)?预算(?:数)?|实际到位(?:资金)?|全年到位资金|预算调整为|(?:部门)?预算(?:资金|支出)?总额)${SEP}${AMOUNT}`,
    ),
  ],
  [
    'executed',
    new RegExp(
      String.raw`(?:实际支出|本年支出合计|全年支出合计|支出合计|(?:全年|本年度?)支出|全年实际执行|实际执行数?|全年执行数?|支出决算数?|(?<!预算|年初)决算数|(?:全年)?累计支出)${SEP}${AMOUNT}`,
    ),
  ],
  [
    'execution_rate_reported',
    /(?:执行率|(?<!上半年|季度|月底|月末)支出进度|完成(?:年初|全年)?预算的?)(?:为|是|达到|达|了|:|：|\s)*[(（]?(\d+(?:\.\d+)?)\s*%/,
  ],
  [
    'total_score',
    /(?:绩效自评得分|自评得分|自评总分|评价得分|综合得分|综合评分)(?:为|是|:|：|\s)*(\d+(?:\.\d+)?)\s*分/,
  ],
  ['average_score', /平均(?:得)?分(?:为|是|:|：|\s)*(\d+(?:\.\d+)?)\s*分?/],
  [
    'project_count',
    /(?:预算项目|专项项目|项目支出项目|项目)(?:共)?(\d+)\s*个|共(?:涉及|有)?(?:预算)?项目(\d+)\s*个|(\d+)\s*个(?:预算|专项)?项目/,
  ],
];

const EXECUTED_PATTERN = (PATTERNS.find(([field]) => field === 'executed') as [Field, RegExp])[1];

/** The total score is a department figure only when the sentence says it is the department's. */
const DEPARTMENT_SCOPE = /部门|整体|本年度|本单位|全局/;

function unitFactor(unit: string | undefined): number {
  if (unit === '亿元') return 1e4;
  if (unit === '元') return 1e-4;
  return 1;
}

/** An explicit point inside the year: "上半年", "三季度", "截至6月底", "9月30日". */
const IN_YEAR_POINT = /上半年|季度|(?<![\d.])(?:[1-9]|1[01])月(?:底|末|份|\d{1,2}日)/g;
/** Words dating a figure to the whole year. */
const WHOLE_YEAR = /全年|本年|年度|年底|年末|12月(?:31日|底|末)/g;

/** Where the last match of a global pattern starts; -1 for none. */
function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index ?? last;
  return last;
}

/**
 * Whether the sentence before `index` dates what follows to a month before December that no later
 * "全年" / "截至12月31日" takes back ("截至6月底支出进度45%，全年实际支出96万元" dates neither).
 */
export function inYearPointBefore(text: string, index: number): boolean {
  const sentence =
    text
      .slice(0, index)
      .split(/[。；;]/)
      .pop() ?? '';
  return lastIndex(IN_YEAR_POINT, sentence) > lastIndex(WHOLE_YEAR, sentence);
}

/** "上年全年支出…", "去年同期…", "较上年度…": a figure of the year before, set beside this year's. */
const PREVIOUS_YEAR = /上一?年(?!结转|结余)|去年/;
/** A year named as a period ("2022年", "2022年度"); a date ("2024年3月") is when, not which year's. */
const YEAR_MENTION = /(20\d{2})\s*年(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)/g;

/**
 * Whether the figure at `index` is another year's: its clause names the year before ("上年全年支出
 * 9,031.42万元"), or its sentence last names a year other than the report's ("2022年全年支出…，执行率
 * 为99.03%").
 */
export function otherYearAt(text: string, index: number, year: number | null): boolean {
  const sentence =
    text
      .slice(0, index)
      .split(/[。；;]/)
      .pop() ?? '';
  if (PREVIOUS_YEAR.test(sentence.split(/[，,]/).pop() ?? '')) return true;
  if (year === null || !sentence.includes('年')) return false;
  let last: string | undefined;
  for (const m of sentence.matchAll(YEAR_MENTION)) last = m[1];
  return last !== undefined && Number(last) !== year;
}

/** Whether a text may date a figure to another year: the cheap test before otherYearAt. */
function mentionsOtherYear(text: string, year: number | null): boolean {
  if (PREVIOUS_YEAR.test(text)) return true;
  if (year === null) return false;
  for (const m of text.matchAll(YEAR_MENTION)) if (Number(m[1]) !== year) return true;
  return false;
}

const globals = new Map<RegExp, RegExp>();

/** The pattern with the g flag, compiled once (matchAll needs it). */
function globalOf(re: RegExp): RegExp {
  let global = globals.get(re);
  if (global === undefined) globals.set(re, (global = new RegExp(re.source, `${re.flags}g`)));
  return global;
}

/**
 * The first score of the line said to be the department's; project scores may come before it. In
 * a department's own report (`departmentReport`) a score no project is named beside is its score
 * ("经综合评价，自评得分为88.6分，等级为良").
 */
function departmentScore(re: RegExp, line: LineText): number | null {
  const { text, departmentReport, year, dated } = line;
  for (const m of text.matchAll(globalOf(re))) {
    const index = m.index ?? 0;
    if (dated && otherYearAt(text, index, year)) continue;
    const before = text.slice(Math.max(0, index - 30), index + 5);
    // Only the clause of the score: a project named earlier in the sentence owns its score.
    const clause = before.split(/[，,。；;]/).pop() ?? '';
    if (DEPARTMENT_SCOPE.test(clause)) return Number(m[1]);
    if (!/项目/.test(clause) && (DEPARTMENT_SCOPE.test(before) || (departmentReport && !/项目/.test(before))))
      return Number(m[1]);
  }
  return null;
}

/**
 * What the sentence of a 决算 figure of a part of the spending says before it ("基本支出决算为…", "公共安全支出
 * （类）公安（款）行政运行（项）：支出决算为…", "其中：…"): the part's, not the department's.
 */
const SPENDING_PART = /[(（][类款项][)）]|基本支出|项目支出|人员经费|公用经费|其中/;

/**
 * The first match of an amount pattern that is the department's this year: a 决算 of a part, the
 * spending up to a point of the year and another year's figure are skipped.
 */
function departmentAmount(field: Field, re: RegExp, line: LineText): RegExpExecArray | null {
  const { text, year, dated } = line;
  const inYear =
    (field === 'executed' || field === 'execution_rate_reported') &&
    (text.includes('决算') || text.includes('月') || text.includes('季度') || text.includes('上半年'));
  const wider = text.includes('全') && WIDER_BODY.test(text);
  if (!inYear && !dated && !wider) return re.exec(text);
  for (const m of text.matchAll(globalOf(re))) {
    const index = m.index ?? 0;
    if (dated && otherYearAt(text, index, year)) continue;
    if (wider && widerBodyAt(text, index)) continue;
    if (!inYear) return m;
    // "截至6月底，累计支出…": the spending up to a point of the year, not the year's.
    if (inYearPointBefore(text, index)) continue;
    if (!m[0].includes('决算')) return m;
    const sentence =
      text
        .slice(Math.max(0, index - 60), index)
        .split(/[。；;]/)
        .pop() ?? '';
    if (!SPENDING_PART.test(sentence)) return m;
  }
  return null;
}

/** A wider body than the reporting agency: "全市公安机关", "全省", "全县公安系统". */
const WIDER_BODY = /全(?:省|市|州|盟|县|区|国)(?:公安|各级|范围)?/;

/**
 * Whether the figure at `index` is a wider body's ("全市公安机关部门预算总额8.62亿元" in a 分局's
 * report): its clause, or the sentence it opens, names the wider body first.
 */
function widerBodyAt(text: string, index: number): boolean {
  const sentence =
    text
      .slice(Math.max(0, index - 60), index)
      .split(/[。；;]/)
      .pop() ?? '';
  const clause = sentence.split(/[，,]/).pop() ?? '';
  return WIDER_BODY.test(clause) || WIDER_BODY.exec(sentence)?.index === 0;
}

/** A prose line as the patterns read it, with what dates its figures. */
interface LineText {
  text: string;
  departmentReport: boolean;
  /** The report's year, from its title; null when the title names none. */
  year: number | null;
  /** The line names another year than the report's: each figure's own year is checked. */
  dated: boolean;
}

function matchField(field: Field, re: RegExp, line: LineText): number | null {
  if (field === 'total_score') return departmentScore(re, line);
  const m = departmentAmount(field, re, line);
  if (!m) return null;
  if (field === 'project_count') {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    return Number.isInteger(n) && n > 0 && n < 10000 ? n : null;
  }
  if (field === 'execution_rate_reported') return roundTo(Number(m[1]) / 100, 10);
  if (field === 'average_score') return Number(m[1]);
  return roundTo(Number((m[1] as string).replace(/,/g, '')) * unitFactor(m[2]));
}

export interface ProseLine {
  text: string;
  source: Source;
}

/**
 * Reads department figures from prose lines; the first statement of each figure wins. A rate is
 * taken only from a line that also states the department's executed amount or budget, so a
 * project's rate is not mistaken for the department's.
 */
export function emptyDepartment(): DepartmentDraft {
  return {
    budget_initial: null,
    budget_adjusted: null,
    executed: null,
    execution_rate_reported: null,
    total_score: null,
    project_count: null,
    average_score: null,
    sources: [],
  };
}

/**
 * A line reporting the self-evaluation of one named project (not "对23个项目", "对各项目") ("本部门对交通管理设施维护项目开展了
 * 绩效自评，项目全年预算数120万元…"): its amounts and rate are the project's, not the department's.
 */
const PROJECT_EVALUATION =
  /对(?!各|所有|全部)[^，,。；;\d]{2,40}(?<![个类])项目(?:开展|进行)了?(?:绩效)?(?:自评|评价)/;
const DEPARTMENT_WIDE = /部门整体|整体支出/;

/**
 * The line without its sentences about the “三公”经费: a part of the budget whose 年初预算, 支出决算
 * and 完成预算的% are stated like the department's ("“三公”经费财政拨款支出年初预算为52.00万元").
 */
function withoutBudgetParts(text: string): string {
  if (!text.includes('三公')) return text;
  return text
    .split(/(?<=[。；;])/)
    .filter((s) => !s.includes('三公'))
    .join('');
}

export function extractDepartment(
  lines: readonly ProseLine[],
  departmentReport = false,
): DepartmentDraft | null {
  const draft = emptyDepartment();
  const year = titleYear(lines);
  const setBy = new Map<Field, ProseLine>();
  for (const line of lines) {
    // OCR spaces out words ("预 算 执 行 率"); a space between two hanzi is no part of a phrase.
    const text = withoutBudgetParts(withoutRateFormula(proseNumbers(joinHanSpacing(toHalfWidth(line.text)))));
    const read: LineText = { text, departmentReport, year, dated: mentionsOtherYear(text, year) };
    let statesAmount = false;
    const projectOnly = PROJECT_EVALUATION.test(text) && !DEPARTMENT_WIDE.test(text);
    for (const [field, re] of PATTERNS) {
      if (draft[field] !== null) continue;
      if (projectOnly && field !== 'project_count') continue;
      if (field === 'execution_rate_reported' && !statesAmount) continue;
      const value = matchField(field, re, read);
      if (value === null) continue;
      draft[field] = value;
      setBy.set(field, line);
      if (field === 'budget_initial' || field === 'budget_adjusted' || field === 'executed')
        statesAmount = true;
    }
    const rateHere = setBy.get('execution_rate_reported') === line;
    if (rateHere && setBy.get('executed') !== line && withRateLineExecuted(draft, read))
      setBy.set('executed', line);
  }
  if (setBy.size === 0) return null;
  const used = new Set(setBy.values());
  draft.sources = lines.filter((l) => used.has(l)).map((l) => l.source);
  return draft;
}

/**
 * The rate just read states its own executed amount beside its budget ("年初预算为3,650.00万元，支出
 * 决算为3,980.20万元，完成年初预算的109.05%"): that pair is what the rate is of, so its executed amount
 * replaces one an earlier line stated alone ("本年支出合计4,052.16万元", all sources of funds).
 */
function withRateLineExecuted(draft: DepartmentDraft, line: LineText): boolean {
  const executed = matchField('executed', EXECUTED_PATTERN, line);
  if (executed === null || executed === draft.executed) return false;
  draft.executed = executed;
  return true;
}

/** The year a report's title names ("长葛市公安局2023年度部门整体…", "（2023年度）" under it). */
const TITLE_YEAR = /(20\d{2})\s*年/;
const TITLE_LINES = 3;

function titleYear(lines: readonly ProseLine[]): number | null {
  for (const line of lines.slice(0, TITLE_LINES)) {
    const m = TITLE_YEAR.exec(arabicYears(toHalfWidth(line.text)));
    if (m) return Number(m[1]);
  }
  return null;
}

const INCOME_TOTAL = new RegExp(String.raw`本年收入合计${SEP}${AMOUNT}`);

/**
 * "本年收入合计9,124.86万元": the funds the department received in the year, its full-year budget
 * in a self-evaluation (实际到位资金). Not read in a 部门决算, whose income is accounting income set
 * against the 年初预算 its own sentences compare with ("完成年初预算的111.8%").
 */
export function extractIncomeTotal(lines: readonly ProseLine[]): { value: number; source: Source } | null {
  for (const line of lines) {
    if (!line.text.includes('收入合计')) continue;
    const m = INCOME_TOTAL.exec(toHalfWidth(line.text));
    if (m)
      return {
        value: roundTo(Number((m[1] as string).replace(/,/g, '')) * unitFactor(m[2])),
        source: line.source,
      };
  }
  return null;
}
