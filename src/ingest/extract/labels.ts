/**
 * Header and label vocabulary of 绩效自评 tables, with synonyms. Matching is done on compacted
 * text (no whitespace) because OCR splits words ("年度 指标值", "分 值").
 */
import { memoizeText } from '../memo.ts';
import { compact } from '../normalize.ts';
import type { Row } from '../segment.ts';

export type FundField =
  'budget_initial' | 'budget_adjusted' | 'executed' | 'weight' | 'rate' | 'score' | 'amount_any';

/** Ordered: the first pattern that matches a header wins, so specific ones come first. */
const FUND_HEADERS: [RegExp, FundField][] = [
  // "年度预算执行情况" names a block, not the column of 年度预算数.
  [
    /^(?:年初预算数?|年初预算资金|年度预算数?(?!执行)|预算数|预算安排(?:数|资金|金额)?$|年初数|预算金额|年初预算\(万元\))/,
    'budget_initial',
  ],
  [
    /^(?:全年预算数?|调整后预算数?|调整预算数?|全年预算资金|预算调整数|全年数|(?:资金|实际)?到位(?:资金|数|金额)|实际到位资金)/,
    'budget_adjusted',
  ],
  [
    /^(?:全年执行数?|执行数|实际支出(?:数|金额)?|实际执行数?|支出数|决算数|支出决算数?|决算支出(?:数)?|实际使用|实际支付|累计支出|已支出)/,
    'executed',
  ],
  [/^(?:预算执行得分|执行得分|执行率得分)/, 'score'],
  [/^(?:预算执行分值|执行分值|执行率分值)/, 'weight'],
  [/^(?:执行率|预算执行率|资金执行率|完成率|(?:预算|资金)?执行进度|支出进度)/, 'rate'],
  [/^(?:分值|权重|标准分)/, 'weight'],
  [/^(?:得分|自评得分|评分|自评分)/, 'score'],
  [/^(?:资金|金额|项目资金|项目金额|资金总额|资金数)(?:\(.*\))?$/, 'amount_any'],
];

/** Full header names, for headers that OCR cut short ("全年执" for 全年执行数). */
const FUND_HEADER_NAMES: [string, FundField][] = [
  ['年初预算数', 'budget_initial'],
  ['全年预算数', 'budget_adjusted'],
  ['调整后预算数', 'budget_adjusted'],
  ['全年执行数', 'executed'],
  ['实际支出数', 'executed'],
];

/**
 * Every header and label word is Chinese: a cell without a hanzi (an amount, a dash, an empty
 * cell) names no column. Most cells of a table are amounts, nearly all distinct: they are ruled
 * out before the memo, which they would only fill.
 */
const HAN = /[\u4e00-\u9fa5]/;

/**
 * Header lookups run on every cell of every row scanned for a table header; the cells repeat
 * across rows and reports, so the answers are memoised.
 */
const fundFieldMemo = memoizeText(fundFieldOfText);

export function fundFieldOf(header: string): FundField | null {
  return HAN.test(header) ? fundFieldMemo(header) : null;
}

/** A year opening a header ("2023年预算数", "2022年度执行数"): the column of that year's figure. */
const HEADER_YEAR = /^((?:19|20)\d{2})年度?/;

/** A year closing a header: a year group's label after its child ("全年执行数" under "2024年度"). */
const HEADER_YEAR_END = /((?:19|20)\d{2})年度?$/;

/** The year a header cell opens or (a year group's child) closes with, or null. */
export function headerYear(header: string): number | null {
  const c = compact(header);
  const m = HEADER_YEAR.exec(c) ?? HEADER_YEAR_END.exec(c);
  return m ? Number(m[1]) : null;
}

function fundFieldOfText(header: string): FundField | null {
  const c = compact(header)
    .replace(/[（(][^)）]*[)）]$/, '')
    .replace(HEADER_YEAR, '');
  for (const [re, field] of FUND_HEADERS) if (re.test(c)) return field;
  if (c.length >= 3) for (const [name, field] of FUND_HEADER_NAMES) if (name.startsWith(c)) return field;
  return null;
}

export type SummaryField = FundField | 'name' | 'code' | 'grade' | 'unit' | 'seq' | 'fund_source' | 'year';

const SUMMARY_HEADERS: [RegExp, SummaryField][] = [
  [/^(?:序号|编号)$/, 'seq'],
  // A table of several years states each row's year ("年度 | 项目名称 | …").
  [/^(?:年度|年份|预算年度|评价年度|实施年度)$/, 'year'],
  // A project funded from several levels is written once per source ("中央 | 省级 | 市县").
  [/^(?:资金来源|资金性质|资金类别|资金级次|来源)$/, 'fund_source'],
  [/^(?:项目编码|项目代码|项目编号)/, 'code'],
  [/^(?:项目名称|项目)$/, 'name'],
  // Under a 一级项目 (a programme, its row a subtotal) the 二级项目 are the projects.
  [/^(?:二级项目|子项目)(?:名称)?$/, 'name'],
  // "评价结果" states the grade, often with the score: "优秀（94分）".
  [/(?:自评等级|评价等级|等级|等次|评级|自评结论|评价结论)/, 'grade'],
  [/(?:自评|评价|评定|考评)结果(?:[(（][^)）]*[)）])?$/, 'grade'],
  [/(?:自评得分|得分|评分|自评分|总分)/, 'score'],
  [/(?:单位|科室)/, 'unit'],
];

const summaryFieldMemo = memoizeText(summaryFieldOfText);

export function summaryFieldOf(header: string): SummaryField | null {
  return HAN.test(header) ? summaryFieldMemo(header) : null;
}

function summaryFieldOfText(header: string): SummaryField | null {
  const c = compact(header);
  for (const [re, field] of SUMMARY_HEADERS) if (re.test(c)) return field;
  return fundFieldOfText(c);
}

const LEVEL1 = /^(?:产出指标|效益指标|满意度指标|成本指标|项目完成指标|效果指标|过程指标|投入指标|管理指标)/;
const LEVEL2 =
  /^(?:数量指标|质量指标|时效指标|进度指标|成本指标|经济成本指标|社会成本指标|生态环境成本指标|经济效益(?:指标)?|社会效益(?:指标)?|生态效益(?:指标)?|可持续影响(?:指标)?|服务对象满意度(?:指标)?|满意度(?:指标)?)/;

/** What may follow a level label: its weight, "50分", "（50分）", "(权重20)", full-width brackets too. */
const WEIGHT_SUFFIX = /^(?:[（(]?(?:权重|分值)?[:：]?\d+(?:\.\d+)?分?[)）]?)?$/;

/**
 * A character every level label holds (指标; 效益, 影响, 满意度 for the level-2 labels that may
 * leave off 指标): most cells hold none and are no label.
 */
const LEVEL1_CHAR = '标';
const LEVEL2_CHAR = /[标益响意]/;

/** "产出指标 50分" → "产出指标"; null when the cell is not a level-1 indicator label. */
export function level1Of(cell: string): string | null {
  if (!cell.includes(LEVEL1_CHAR)) return null;
  const c = compact(cell);
  const m = LEVEL1.exec(c);
  if (!m) return null;
  return WEIGHT_SUFFIX.test(c.slice(m[0].length)) ? m[0] : null;
}

export function level2Of(cell: string): string | null {
  if (!LEVEL2_CHAR.test(cell)) return null;
  const c = compact(cell);
  const m = LEVEL2.exec(c);
  if (!m) return null;
  if (!WEIGHT_SUFFIX.test(c.slice(m[0].length).replace(/^指标/, ''))) return null;
  return m[0].endsWith('指标') ? m[0] : `${m[0]}指标`;
}

/**
 * One cell holding both levels, as some templates merge the two columns ("产出指标-数量指标",
 * "效益指标/社会效益指标"): [level1, level2], or null.
 */
export function levelPairOf(cell: string): [string, string] | null {
  if (!cell.includes('指标')) return null;
  const m = /^(.+?指标)\s*[-—－–/／·、|｜:：]\s*(.+)$/.exec(cell.trim());
  if (!m) return null;
  const l1 = level1Of(m[1] as string);
  const l2 = level2Of(m[2] as string);
  return l1 !== null && l2 !== null ? [l1, l2] : null;
}

/**
 * A target that states its own comparison: a sign ("≥95%", "≤3起") or words ("不高于3%",
 * "不超过500元", "控制在1%以内", "5%以下"). A 指标性质 column or a 反向指标 mark adds no sign to it.
 */
const COMPARISON =
  /^(?:[≥≤=<>＝＞＜≧≦]|不(?:超过|高于|低于|少于|多于|大于|小于)|(?:高|低|大|小|少|多)于|至少|最多|控制在)|(?:以内|以下|以上|之内)$/;

export function statesComparison(target: string): boolean {
  return COMPARISON.test(target.trim());
}

/** Other labels of a table's total-score row, naming the points earned: "实得总分", "考核总得分", "评分结果". */
export const TOTAL_SCORE_LABEL = /(?:实得(?:总得?分|分合计)|考核总?得分|考核总分|评分结果|总体得分|合计得分)/;

/**
 * The label of a project table's total-score row: "总分", "总分（100分）", "合计", or a form's line
 * "自评总分：85.9分" / "自评得分：96.49分" carrying its value; "实得总分", "考核得分", "评分结果" of
 * forms naming the points earned so (TOTAL_SCORE_LABEL).
 */
export const TOTAL_SCORE_ROW = new RegExp(
  String.raw`^(?:自评总分|总分|总得分|综合得分|综合评分|得分合计|合计|总计|自评得分|项目自评得分|${TOTAL_SCORE_LABEL.source})(?:[（(][^)）]*[)）])?(?:[:：](.*))?$`,
);

/** OCR placeholders and fillers that are not indicators: "指标 2:", "不涉及", "无". */
export function isPlaceholder(cell: string): boolean {
  const c = compact(cell);
  return c === '' || /^指标\d*[:：]?$/.test(c) || /^(?:不涉及|无|\/|—+|-+|绩效指标)$/.test(c);
}

export const TITLE_RE =
  /(?:项目支出绩效(?:自评|目标完成情况|评价)表|项目绩效(?:自评|目标完成情况)表|绩效自评表|绩效目标完成情况表)/;

export type IndicatorField =
  | 'level1'
  | 'level2'
  | 'name'
  | 'nature'
  | 'unit'
  | 'explain'
  | 'target'
  | 'actual'
  | 'weight'
  | 'score'
  | 'score_rate'
  | 'reason';

/** Indicator table header names with their synonyms; the first pattern that matches wins. */
const INDICATOR_HEADERS: [RegExp, IndicatorField][] = [
  [/^一级指标/, 'level1'],
  [/^二级指标/, 'level2'],
  [/^(?:三级指标|指标名称|绩效指标名称|具体指标)/, 'name'],
  // Some templates put the unit of 指标值 and 实际完成值 in a column of its own.
  [/^(?:计量单位|指标单位|度量单位|单位)$/, 'unit'],
  // The budget system's export states the comparison of 指标值 in a column of its own ("≥" | 95 | %).
  [/^(?:指标性质|指标方向)$/, 'nature'],
  // What the indicator means or how it is scored: neither a value nor a deviation reason.
  [
    /^(?:指标解释|指标说明|指标内涵|指标定义|评分标准|评分规则|计分方法|计算方法|计算公式|评价标准)$/,
    'explain',
  ],
  [/^(?:(?:年度|全年)?(?:绩效)?(?:指标值|目标值)|预期指标值|计划指标值|预期值|计划值)/, 'target'],
  [/^(?:全年|年度)?(?:实际完成值|完成值|实际值|实际完成(?:情况|指标值)?|实际(?:达到|达成)值)/, 'actual'],
  [/^(?:分值|权重|标准分|指标分值|指标权重|满分)/, 'weight'],
  // "得分率 100%": the share of the weight earned, not the points.
  [/^得分率$/, 'score_rate'],
  // "实得分": the points earned.
  [/^(?:得分|评分|自评得分|自评分|实际得分|实得分?|(?:考评|考核|评价|评估|评定|核定)得分)/, 'score'],
  [
    /^(?:偏差(?:原因|情况|说明)|原因分析|未完成原因|改进措施|备注|扣分原因|扣分理由|扣分说明|扣分情况)/,
    'reason',
  ],
];

const indicatorFieldMemo = memoizeText(indicatorFieldOfText);

export function indicatorFieldOf(header: string): IndicatorField | null {
  return HAN.test(header) ? indicatorFieldMemo(header) : null;
}

function indicatorFieldOfText(header: string): IndicatorField | null {
  const c = compact(header).replace(/[（(][^)）]*[)）]$/, '');
  for (const [re, field] of INDICATOR_HEADERS) if (re.test(c)) return field;
  return null;
}

/**
 * The budget-execution line some templates put inside the indicator table ("预算执行率 | — |
 * 预算执行率 | 100% | 95.5% | 10 | 9.5"): it carries the execution weight and score.
 */
export const EXECUTION_ROW_RE =
  /^(?:预算|资金|项目资金)?执行(?:率|情况|进度)(?:指标)?(?:[（(][^)）]*[)）])?$/;

/**
 * A line stating the unit of the amounts below it: "金额单位：元", "单位：万元", "（单位：万元）".
 * Matched on a compacted cell; the unit word must close the cell, so "填报单位：…局" never matches.
 */
const UNIT_LINE_RE = /^[（(]?(?:金额|资金|计量)?单位[:：](亿元|万元|元)[)）]?$/;
/**
 * The same statement closing a line after other text, past a space: a caption or header line
 * "填报单位：商南县公安局　　金额单位：元" (Word/WPS put both on one line).
 */
const TRAILING_UNIT_RE = /\s[（(]?(?:金额|资金)?单位\s?[:：]\s?(亿元|万元|元)\s?[)）]?$/;

/**
 * The statement in brackets closing a cell of other text: a form's name cell "禁毒专项经费（金额
 * 单位：元）" states the unit of the table's amounts. Matched on a compacted cell.
 */
export const BRACKETED_UNIT_TAIL = /[（(](?:金额|资金)?单位[:：](亿元|万元|元)[)）]$/;

export function unitLineOf(cell: string): '元' | '万元' | '亿元' | null {
  // Every row is asked; nearly none states a unit.
  if (!cell.includes('单位')) return null;
  const c = compact(cell);
  const m = UNIT_LINE_RE.exec(c) ?? TRAILING_UNIT_RE.exec(cell.trim()) ?? BRACKETED_UNIT_TAIL.exec(c);
  return m ? (m[1] as '元' | '万元' | '亿元') : null;
}

/**
 * A note under a table stating its unit: "注：本表金额单位为元。", "说明：表中金额单位均为万元",
 * "备注：金额单位：元", also with more after it ("…为元，执行率为执行数占全年预算数之比").
 */
const UNIT_NOTE_RE =
  /^(?:注|备注|说明)\d?[:：]?.{0,12}?单位(?:均?为|是|[:：])(亿元|万元|元)(?:[。.；;，,]|$)/;

export function unitNoteOf(text: string): '元' | '万元' | '亿元' | null {
  if (!text.includes('单位')) return null;
  const m = UNIT_NOTE_RE.exec(compact(text));
  return m ? (m[1] as '元' | '万元' | '亿元') : null;
}

/** The unit the first note among rows from..to-1 states (unitNoteOf), if any. */
export function unitNoteIn(rows: readonly Row[], from: number, to: number): '元' | '万元' | '亿元' | null {
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const unit = unitNoteOf((rows[i] as Row).cells.join(''));
    if (unit !== null) return unit;
  }
  return null;
}

const GRADE_WORDS = '优秀?|良好?|中等?|一般|合格|及格|差|较差|不合格';
/** A cell that is only a self-evaluation grade: "优", "良好", "合格", "较差". */
export const GRADE_WORD = /^(?:优秀?|良好?|中等?|合格|差|较差|不合格)$/;
/** "91分（优）", "91（优秀）", "优（92分）", "良好 86.5分": a score and a grade word in one cell. */
const SCORE_THEN_GRADE = new RegExp(
  `^(\\d+(?:\\.\\d+)?)分?[（(]?(?:等级[:：]?)?(${GRADE_WORDS})(?:等级)?[)）]?$`,
);
const GRADE_THEN_SCORE = new RegExp(`^(${GRADE_WORDS})[（(]?(\\d+(?:\\.\\d+)?)分?[)）]?$`);

/**
 * The score and the grade of a cell stating both ("91分（优）", "优（92分）"); null for a cell
 * stating one of them only. Cheap to call: cells without a digit return at once.
 */
export function scoreWithGrade(cell: string): { score: number; grade: string } | null {
  if (!/\d/.test(cell)) return null;
  const c = compact(cell);
  const m = SCORE_THEN_GRADE.exec(c);
  if (m) return { score: Number(m[1]), grade: m[2] as string };
  const n = GRADE_THEN_SCORE.exec(c);
  return n ? { score: Number(n[2]), grade: n[1] as string } : null;
}

/** Ticked and unticked boxes of a form's options ("☑优 ☐良", "■优 □良", "优√ 良 中 差", "优（√）"). */
const TICKED = '☑☒✅■▣◉√✓✔';
const BOXES = `${TICKED}☐□`;
const OPTION = new RegExp(`(${GRADE_WORDS})`, 'g');
const FIRST_VISIBLE = /[^\s（(]/;

/**
 * The option a cell of checkboxes ticks ("☑优 ☐良 ☐中 ☐差" → 优, "优√ 良 中 差" → 优); the cell
 * itself when it has no box. A box opening the cell precedes its option, else it follows it.
 * Null when no option, or more than one, is ticked.
 */
export function tickedOption(cell: string): string | null {
  if (![...cell].some((ch) => BOXES.includes(ch))) return cell;
  const boxFirst = BOXES.includes(FIRST_VISIBLE.exec(cell)?.[0] ?? '\n');
  const ticked = new Set<string>();
  for (const m of cell.matchAll(OPTION)) {
    const mark = boxFirst ? markBefore(cell, m.index) : markAfter(cell, m.index + m[0].length);
    if (mark !== '' && TICKED.includes(mark)) ticked.add(m[0]);
  }
  return ticked.size === 1 ? ([...ticked][0] as string) : null;
}

/** The character before `at`, past spaces and a closing bracket ("☑ 优", "（√）优"). */
function markBefore(cell: string, at: number): string {
  return cell
    .slice(0, at)
    .replace(/[\s）)]+$/, '')
    .slice(-1);
}

/** The character from `at` on, past spaces and an opening bracket ("优 √", "优（√）"). */
function markAfter(cell: string, at: number): string {
  return cell
    .slice(at)
    .replace(/^[\s（(]+/, '')
    .charAt(0);
}
