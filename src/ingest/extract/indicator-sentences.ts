/**
 * Indicators a report states in sentences rather than a table, one indicator a line, as narrative
 * reports and their 附表 do:
 *   "（1）数量指标：购置执法记录仪，年度指标值为200台，实际完成值为200台，分值20分，得分20分。"
 *   "指标1：案件查处率，目标值≥90%，实际完成值95%，分值10分，得分10分；偏差原因：无"
 *   "一级指标：产出指标；二级指标：质量指标；三级指标：设备完好率；指标值：≥95%；完成值：97%；…"
 * A line is read clause by clause: a clause opening with a label (年度指标值, 实际完成值, 分值,
 * 得分, 偏差原因 …) gives that field, the first clause without one is the indicator's name. A level
 * label before the colon ("数量指标：") is its level 2 (level 1 when it can only be one:
 * "产出指标："), and a line that is only a level-1 label ("（一）产出指标（50分）") sets level 1 for
 * the lines under it. The rows are what indicator-table.ts gives for a table: the unit of a
 * "计量单位" clause appended to a bare number ("200" + "台"), a reverse indicator's target (反向指标)
 * written with "≤", a deviation reason of "无" missing.
 */
import { compact, isMissing, parseNumericCell, parseRate, toHalfWidthAlnum } from '../normalize.ts';
import { filled, rowText, type Row } from '../segment.ts';
import type { IndicatorDraft } from '../types.ts';
import {
  EXECUTION_ROW_RE,
  isPlaceholder,
  level1Of,
  level2Of,
  levelPairOf,
  statesComparison,
} from './labels.ts';

/**
 * Whether a document may state indicators in sentences at all: a target and an achieved value
 * named in words. A cheap check before any line is looked at.
 */
export function mayStateIndicatorSentences(text: string): boolean {
  return (
    (text.includes('指标值') || text.includes('目标值') || /目标[:：]/.test(text)) &&
    (text.includes('完成值') ||
      text.includes('实际值') ||
      text.includes('实际完成') ||
      /完成[:：]/.test(text))
  );
}

type Field =
  'level1' | 'level2' | 'name' | 'unit' | 'nature' | 'target' | 'actual' | 'weight' | 'score' | 'reason';

/**
 * Clause labels, longest first where one opens another; "为", "是", a colon or "达到" may follow.
 * "得分率" is no score, "指标值" inside "年度指标值" is the same target; "实得18分" is a score. A
 * bare "目标" or "完成" is a label only as a clause of its own before a colon ("目标：≥10场；完成：
 * 12场", "购置车辆：目标：12辆"), as a name may hold either word ("目标任务完成率", "培训任务完成：").
 */
const LABEL = String.raw`(一级指标|二级指标|三级指标|指标名称|具体指标|计量单位|指标单位|指标性质|指标方向|(?:年度|全年)?(?:指标值|目标值)|预期(?:指标)?值|计划(?:指标)?值|(?:全年|年度)?(?:实际完成值|实际完成情况|实际完成|完成值|实际值)|指标分值|指标权重|分值|权重|满分|标准分|(?:自评|实际|考评|考核|评价|评定|核定)?得分(?!率)|实得分?(?=[:：为\d])|评分结果|评分|(?:偏差|扣分|未完成)原因(?:分析)?(?:及改进措施)?|原因分析|(?<=^|[:：])(?:(?:年度)?目标|完成)(?=[:：]))(?:为|是|[:：]|达到|达)?`;
const CLAUSE_LABEL = new RegExp(`^${LABEL}`);
/** A label inside a clause: "预算执行率指标值为100%" names the indicator before its target. */
const INNER_LABEL = new RegExp(LABEL);

function fieldOf(label: string): Field {
  if (label === '一级指标') return 'level1';
  if (label === '二级指标') return 'level2';
  if (/^(?:三级指标|指标名称|具体指标)$/.test(label)) return 'name';
  if (label.endsWith('单位')) return 'unit';
  if (label.startsWith('指标性质') || label.startsWith('指标方向')) return 'nature';
  if (/指标值|目标|预期|计划/.test(label)) return 'target';
  if (/完成|实际值/.test(label)) return 'actual';
  if (/分值|权重|满分|标准分/.test(label)) return 'weight';
  if (/原因/.test(label)) return 'reason';
  return 'score';
}

/** What numbers a line: "（1）", "1.", "1、", "①", "指标1：", "第1项：". */
const ITEM_NUMBER =
  /^(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳]|指标\s*\d{1,2}\s*[:：]|第[\d一二三四五六七八九十]{1,3}项[:：]?)\s*/;
/** A level label before the indicator's name: "数量指标：", "产出指标-数量指标：", "产出指标数量指标：". */
const LEVEL_LABEL =
  /^([\u4e00-\u9fa5]{2,10}指标(?:\s*[-—－–/／·、]?\s*[\u4e00-\u9fa5]{2,8}指标)?(?:[(（](?:分值|权重)?[:：]?\d+(?:\.\d+)?分[)）])?)\s*[:：]/;
/** A line that is only a level-1 label, maybe numbered and weighted: "（一）产出指标（50分）". */
const LEVEL1_LINE =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d))?(.{4,20})$/;

/**
 * A first clause that is no indicator's name: a heading or a summary of the indicators
 * ("绩效指标完成情况：年度目标值为…"), or text with a colon left inside.
 */
const NOT_A_NAME = /[:：]|^(?:项目)?绩效(?:指标|目标)|(?:完成|实现|执行)情况$/;

/** A reverse indicator (lower is better): its target is a ceiling. */
const REVERSE = /反向指标|[(（]反向[)）]|指标性质[:：为]?反向/;

/** "（20分）", "(权重20分)" after a level label or a name: the indicator's weight. */
const BRACKET_WEIGHT = /[(（](?:分值|权重)?[:：]?(\d+(?:\.\d+)?)分[)）]$/;

interface Parsed {
  fields: Partial<Record<Field, string>>;
  levelLabel: string | null;
}

/** Splits a line into its clauses and reads their labels; null when it is no indicator. */
function parseLine(text: string): Parsed | null {
  let t = compact(text).replace(ITEM_NUMBER, '');
  let levelLabel: string | null = null;
  const fields: Partial<Record<Field, string>> = {};
  const level = LEVEL_LABEL.exec(t);
  if (level && !CLAUSE_LABEL.test(t)) {
    levelLabel = level[1] as string;
    t = t.slice(level[0].length);
    const weight = BRACKET_WEIGHT.exec(levelLabel);
    if (weight) {
      fields.weight = weight[1] as string;
      levelLabel = levelLabel.slice(0, weight.index);
    }
  }
  // The reason runs to the end of the line: its own commas are no clause breaks.
  const clauses = t.split(/[，,；;。]/);
  // The name comes before the values: a clause without a label after them is a remark.
  let valuesBegun = false;
  for (let k = 0; k < clauses.length; k++) {
    let clause = clauses[k] as string;
    if (clause === '') continue;
    let m = CLAUSE_LABEL.exec(clause);
    if (!m && fields.name === undefined && !valuesBegun) {
      // The name, maybe with the first value after it ("案件查处率：目标值≥90%").
      const inner = INNER_LABEL.exec(clause);
      const at = inner?.index ?? clause.length;
      let name = clause.slice(0, at).replace(/[:：]$/, '');
      const weight = BRACKET_WEIGHT.exec(name);
      if (weight) {
        fields.weight ??= weight[1] as string;
        name = name.slice(0, weight.index);
      }
      fields.name = name;
      clause = clause.slice(at);
      m = inner;
    }
    if (!m) continue;
    const field = fieldOf(m[1] as string);
    if (field !== 'level1' && field !== 'level2' && field !== 'name') valuesBegun = true;
    const value = clause.slice(m[0].length);
    if (field === 'reason') {
      fields.reason = [value, ...clauses.slice(k + 1)].filter((c) => c !== '').join('，');
      break;
    }
    if (value !== '' && fields[field] === undefined) fields[field] = value;
  }
  return fields.name === undefined || fields.name === '' ? null : { fields, levelLabel };
}

/** "≥240" with the unit "台" → "≥240台"; text values and values already carrying a unit stay. */
function withUnit(value: string, unit: string | undefined): string {
  if (unit === undefined || isMissing(unit) || !/\d$/.test(value)) return value;
  return `${value}${unit}`;
}

function numberOf(value: string | undefined): number | null {
  return value === undefined ? null : parseNumericCell(value);
}

/** The levels a label names: [level1, level2], either null. */
function levelsOf(label: string): [string | null, string | null] {
  const pair = levelPairOf(label);
  if (pair) return pair;
  // "产出指标数量指标" written without a separator.
  const joined = /^(.+?指标)(.+指标)$/.exec(label);
  if (joined) {
    const l1 = level1Of(joined[1] as string);
    const l2 = level2Of(joined[2] as string);
    if (l1 !== null && l2 !== null) return [l1, l2];
  }
  // 成本指标 and 满意度指标 are level 2 in a list of 数量指标, 质量指标 … (level 1 in a heading line).
  const l2 = level2Of(label);
  if (l2 !== null) return [null, l2];
  return [level1Of(label), null];
}

/** The indicator a line states, with the level 1 in force; null when the line states none. */
function indicatorOf(row: Row, level1: string | null): IndicatorDraft | null {
  const text = rowText(row);
  const parsed = parseLine(text);
  if (!parsed) return null;
  const { fields } = parsed;
  const name = fields.name;
  if (name === undefined || isPlaceholder(name) || name.length > 40 || NOT_A_NAME.test(name)) return null;
  const target = fields.target;
  const actual = fields.actual;
  const weight = numberOf(fields.weight);
  const score = numberOf(fields.score);
  // A value and the indicator's points (分值): a line of the indicator list. Lines giving only a
  // score ("目标值≥10个，实际完成12个，得分10分") describe a few results in prose; read as rows, a
  // partial list without weights would fail the weight and total checks of a complete one.
  if ((target === undefined && actual === undefined) || weight === null) return null;
  const [labelLevel1, labelLevel2] = parsed.levelLabel === null ? [null, null] : levelsOf(parsed.levelLabel);
  if (parsed.levelLabel !== null && labelLevel1 === null && labelLevel2 === null) return null;
  const value = (v: string | undefined) =>
    v === undefined || isMissing(v) ? null : withUnit(toHalfWidthAlnum(v), fields.unit);
  let targetValue = value(target);
  const reverse = REVERSE.test(compact(text)) || /反向/.test(fields.nature ?? '');
  if (targetValue !== null && reverse && !statesComparison(targetValue)) targetValue = `≤${targetValue}`;
  const reason = fields.reason?.replace(/[。.]$/, '');
  return {
    level1: fields.level1 ?? labelLevel1 ?? level1,
    level2: fields.level2 ?? labelLevel2,
    name: name.replace(/[(（](?:反向|正向)(?:指标)?[)）]$/, ''),
    target: targetValue,
    actual: value(actual),
    weight,
    score,
    deviation_reason: reason === undefined || isMissing(reason) ? null : reason,
    line: row.line,
  };
}

/** A line that is only a level-1 label ("一、产出指标", "（二）效益指标（30分）"), as that label. */
function level1Line(text: string): string | null {
  const m = LEVEL1_LINE.exec(compact(text));
  return m ? level1Of(m[1] as string) : null;
}

/** The budget-execution line among them ("预算执行率：年度指标值100%，实际完成值98%，分值10分，得分9.8分"). */
export interface SentenceExecution {
  weight: number | null;
  score: number | null;
  rate: number | null;
  line: number;
}

export interface SentenceIndicators {
  indicators: IndicatorDraft[];
  /** The row index of each indicator. */
  indicatorRows: number[];
  execution: SentenceExecution | null;
  /** Row indices of the indicator lines (and the level-1 lines over them). */
  rows: number[];
}

/**
 * The indicators stated one a line in rows [start, end) that are not table rows; none when no line
 * states one. Only one-cell rows (prose lines) are read, and only those naming a value in words. A
 * budget-execution line is the execution's weight, score and rate, as in a table, not an indicator.
 */
export function readIndicatorSentences(
  rows: readonly Row[],
  start: number,
  end: number,
  isTableRow: (i: number) => boolean,
): SentenceIndicators {
  const indicators: IndicatorDraft[] = [];
  const indicatorRows: number[] = [];
  let execution: SentenceExecution | null = null;
  const used: number[] = [];
  let level1: string | null = null;
  let level1Row = -1;
  for (let i = start; i < end; i++) {
    if (isTableRow(i)) continue;
    const row = rows[i] as Row;
    if (filled(row).length !== 1) continue;
    const text = rowText(row);
    if (!text.includes('指标') && !text.includes('值')) continue;
    if (text.length <= 24) {
      const l1 = level1Line(text);
      if (l1 !== null) {
        level1 = l1;
        level1Row = i;
        continue;
      }
    }
    if (!text.includes('值') || !/[分完实目]/.test(text)) continue;
    const indicator = indicatorOf(row, level1);
    if (!indicator) continue;
    used.push(i);
    if (EXECUTION_ROW_RE.test(indicator.name.replace(/^(?:全年|年度|本年)/, ''))) {
      execution ??= {
        weight: indicator.weight,
        score: indicator.score,
        rate: indicator.actual === null ? null : parseRate(indicator.actual),
        line: indicator.line,
      };
      continue;
    }
    if (level1Row >= 0 && indicator.level1 === level1) {
      used.push(level1Row);
      level1Row = -1;
    }
    indicators.push(indicator);
    indicatorRows.push(i);
  }
  return { indicators, indicatorRows, execution, rows: used.sort((a, b) => a - b) };
}
