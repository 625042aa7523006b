/**
 * Credibility checks (DESIGN.md "Credibility rules"): pure functions from contract rows to flag
 * drafts. A missing figure (null) never raises a flag: a rule only fires on numbers it can compare.
 *
 * Severity: `error` when the figures contradict each other in a way that changes the verdict on the
 * money (spending more than the budget; an 优 score for a project that spent < 60 %). `warning` for
 * arithmetic slips in the report (rates, sub-scores, weights, totals, grade words) and for values
 * that disagree between places, which may be a typo or a parsing ambiguity worth a human look.
 */
import type { DepartmentRow, FlagRule, IndicatorRow, ProjectRow, Severity, Source } from '../data/schema.ts';
import { BAND_RANGES, bandOfStatedGrade, gradeBand } from './grade.ts';
import { formatAmount, formatPoints, formatRate, formatScore, formatStatedRate } from './format-number.ts';
import type { FlagDraft, Sourced } from './types.ts';
import { roundTo } from './normalize.ts';

/** 万元: below this an overspend is rounding noise. */
export const AMOUNT_TOLERANCE = 1e-6;
/** Fraction: 1 percentage point between a reported and a computed rate. */
export const RATE_TOLERANCE = 0.01;
/** Points: reports round sub-scores and totals to one decimal or to integers. */
export const SCORE_TOLERANCE = 0.5;
/** Points: indicator weights must sum to 100. */
export const WEIGHT_TOLERANCE = 0.5;
/** A total at or above this is an 优 self-assessment … */
export const HIGH_SCORE = 90;
/** … which is not credible below this execution rate. */
export const LOW_EXECUTION_RATE = 0.6;
/** Absorbs binary floating-point error so that a difference exactly at a tolerance does not fire. */
const FLOAT_EPS = 1e-9;

type Evidence = FlagDraft['evidence'];

/** The figures projects and departments share. */
type Funding = Pick<
  ProjectRow & DepartmentRow,
  'budget_initial' | 'budget_adjusted' | 'executed' | 'execution_rate_reported' | 'total_score'
> & { sources: Source[] };

interface Budget {
  value: number;
  field: 'budget_adjusted' | 'budget_initial';
}

interface Rate {
  value: number;
  /** computed = executed ÷ budget; reported = as stated in the report. */
  kind: 'computed' | 'reported';
}

function exceeds(difference: number, tolerance: number): boolean {
  return Math.abs(difference) > tolerance + FLOAT_EPS;
}

function draft(
  rule: FlagRule,
  severity: Severity,
  message: string,
  evidence: Evidence,
  sources: Source[],
): FlagDraft {
  return { rule, severity, message, evidence, sources };
}

/**
 * The budget executed is measured against: adjusted (全年/调整后) when known, else initial. A zero
 * or negative budget is a blank or a correction line, not a limit: it is skipped, so "年初 0,
 * 全年 —, 执行 45" (money allotted during the year) is not an overspend of 0.
 */
function budgetOf(row: Funding): Budget | null {
  if (row.budget_adjusted !== null && row.budget_adjusted > 0)
    return { value: row.budget_adjusted, field: 'budget_adjusted' };
  if (row.budget_initial !== null && row.budget_initial > 0)
    return { value: row.budget_initial, field: 'budget_initial' };
  return null;
}

/** executed ÷ budget; null when either is missing or the budget is not positive. */
export function computedRate(row: Funding): number | null {
  const budget = budgetOf(row);
  if (budget === null || row.executed === null) return null;
  // Rounded past any digit a report states: 96.5 / 100 is 0.965, not 0.9650000000000001.
  return roundTo(row.executed / budget.value, 12);
}

/** The rate a rule should judge by: ours when computable, else the report's. */
function bestRate(row: Funding): Rate | null {
  const computed = computedRate(row);
  if (computed !== null) return { value: computed, kind: 'computed' };
  if (row.execution_rate_reported !== null) return { value: row.execution_rate_reported, kind: 'reported' };
  return null;
}

/** "执行率 3.20%" for ours, "报告执行率 3.2%" for the report's. */
function describeRate(rate: Rate): string {
  return rate.kind === 'computed'
    ? `执行率 ${formatRate(rate.value)}`
    : `报告执行率 ${formatStatedRate(rate.value)}`;
}

function checkExecutedExceedsBudget(row: Funding): FlagDraft[] {
  const budget = budgetOf(row);
  if (budget === null || row.executed === null) return [];
  if (!(row.executed - budget.value > AMOUNT_TOLERANCE + FLOAT_EPS)) return [];
  const reported = row.execution_rate_reported;
  // "但" only when the report's own rate hides the overspend.
  const admission =
    reported !== null && reported <= 1 + FLOAT_EPS ? `，但报告执行率 ${formatStatedRate(reported)}` : '';
  return [
    draft(
      'executed_exceeds_budget',
      'error',
      `执行数 ${formatAmount(row.executed)}超过预算 ${formatAmount(budget.value)}${admission}`,
      {
        executed: row.executed,
        budget: budget.value,
        budget_field: budget.field,
        excess: row.executed - budget.value,
        execution_rate_reported: reported,
      },
      row.sources,
    ),
  ];
}

function checkExecutionRateMismatch(row: Funding): FlagDraft[] {
  const budget = budgetOf(row);
  const computed = computedRate(row);
  const reported = row.execution_rate_reported;
  if (budget === null || computed === null || reported === null || row.executed === null) return [];
  if (!exceeds(reported - computed, RATE_TOLERANCE)) return [];
  return [
    draft(
      'execution_rate_mismatch',
      'warning',
      `报告执行率 ${formatStatedRate(reported)}，按执行数 ${formatAmount(row.executed)} ÷ 预算 ${formatAmount(budget.value)}` +
        `计算为 ${formatRate(computed)}（相差 ${formatPoints(reported - computed)}）`,
      {
        execution_rate_reported: reported,
        execution_rate: computed,
        executed: row.executed,
        budget: budget.value,
        budget_field: budget.field,
      },
      row.sources,
    ),
  ];
}

function checkHighScoreLowExecution(row: Funding): FlagDraft[] {
  const rate = bestRate(row);
  const total = row.total_score;
  if (rate === null || total === null) return [];
  if (!(total >= HIGH_SCORE && rate.value < LOW_EXECUTION_RATE - FLOAT_EPS)) return [];
  return [
    draft(
      'high_score_low_execution',
      'error',
      `${describeRate(rate)}，自评总分 ${formatScore(total)} 分（≥${HIGH_SCORE}）`,
      { total_score: total, execution_rate: rate.value, rate_kind: rate.kind },
      row.sources,
    ),
  ];
}

/** Expected execution sub-score: rate (capped at 100 %) × weight. */
function expectedExecutionScore(rate: number, weight: number): number {
  return Math.min(rate, 1) * weight;
}

function checkExecutionScore(p: ProjectRow): FlagDraft[] {
  const weight = p.execution_weight;
  const score = p.execution_score;
  if (weight === null || score === null) return [];
  const computed = computedRate(p);
  const reported = p.execution_rate_reported;
  const rates: Rate[] = [];
  if (computed !== null) rates.push({ value: computed, kind: 'computed' });
  if (reported !== null) rates.push({ value: reported, kind: 'reported' });
  if (rates.length === 0) return [];
  // Reports round rates and scores: either rate explaining the score is enough.
  const explained = rates.some(
    (r) => !exceeds(score - expectedExecutionScore(r.value, weight), SCORE_TOLERANCE),
  );
  if (explained) return [];
  const expectations = rates
    .map(
      (r) =>
        `按${describeRate(r)} × 权重 ${formatScore(weight)} 分应为 ${formatScore(expectedExecutionScore(r.value, weight))} 分`,
    )
    .join('；');
  return [
    draft(
      'execution_score_mismatch',
      'warning',
      `预算执行得分 ${formatScore(score)} 分，${expectations}`,
      {
        execution_score: score,
        execution_weight: weight,
        execution_rate: computed,
        execution_rate_reported: reported,
        expected_from_rate: computed === null ? null : expectedExecutionScore(computed, weight),
        expected_from_reported: reported === null ? null : expectedExecutionScore(reported, weight),
      },
      p.sources,
    ),
  ];
}

function sumOf(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

/** "（含预算执行 10 分）" when the execution part was added to the indicators. */
function executionPart(value: number | null): string {
  return value === null ? '' : `（含预算执行 ${formatScore(value)} 分）`;
}

/** The stated values of one indicator column (explicit loop: flatMap costs an array per indicator). */
function statedValues(indicators: readonly IndicatorRow[], column: 'weight' | 'score'): number[] {
  const values: number[] = [];
  for (const indicator of indicators) {
    const value = indicator[column];
    if (value !== null) values.push(value);
  }
  return values;
}

/**
 * Indicator weights summing to 90 with no execution weight read: the standard 10-point budget
 * execution part is outside the table (a narrative's prose, or not stated), not missing.
 */
function executionOutside(p: ProjectRow, indicators: readonly IndicatorRow[]): boolean {
  const weights = statedValues(indicators, 'weight');
  return p.execution_weight === null && weights.length > 0 && !exceeds(sumOf(weights) - 90, WEIGHT_TOLERANCE);
}

function checkWeights(p: ProjectRow, indicators: readonly IndicatorRow[]): FlagDraft[] {
  const weights = statedValues(indicators, 'weight');
  if (weights.length === 0 || executionOutside(p, indicators)) return [];
  const indicatorSum = sumOf(weights);
  const total = indicatorSum + (p.execution_weight ?? 0);
  if (!exceeds(total - 100, WEIGHT_TOLERANCE)) return [];
  return [
    draft(
      'weights_not_100',
      'warning',
      `指标权重合计 ${formatScore(total)} 分${executionPart(p.execution_weight)}，应为 100 分`,
      {
        weight_sum: total,
        indicator_weight_sum: indicatorSum,
        execution_weight: p.execution_weight,
        weighted_indicators: weights.length,
      },
      p.sources,
    ),
  ];
}

function checkTotal(p: ProjectRow, indicators: readonly IndicatorRow[]): FlagDraft[] {
  const scores = statedValues(indicators, 'score');
  const total = p.total_score;
  if (scores.length === 0 || total === null) return [];
  const indicatorSum = sumOf(scores);
  const sum = indicatorSum + (p.execution_score ?? 0);
  if (!exceeds(total - sum, SCORE_TOLERANCE)) return [];
  // The unread execution part may hold up to its 10 points.
  const gap = total - indicatorSum;
  if (
    p.execution_score === null &&
    executionOutside(p, indicators) &&
    gap >= -SCORE_TOLERANCE &&
    gap <= 10 + SCORE_TOLERANCE
  )
    return [];
  return [
    draft(
      'total_not_sum',
      'warning',
      `自评总分 ${formatScore(total)} 分，但各项得分合计 ${formatScore(sum)} 分${executionPart(p.execution_score)}`,
      {
        total_score: total,
        score_sum: sum,
        indicator_score_sum: indicatorSum,
        execution_score: p.execution_score,
        scored_indicators: scores.length,
      },
      p.sources,
    ),
  ];
}

function checkGrade(p: ProjectRow): FlagDraft[] {
  const stated = bandOfStatedGrade(p.grade);
  const actual = gradeBand(p.total_score);
  if (stated === null || actual === null || p.total_score === null || stated === actual) return [];
  return [
    draft(
      'grade_score_mismatch',
      'warning',
      `自评等级为“${p.grade}”（${stated}），但总分 ${formatScore(p.total_score)} 分属于“${actual}”（${BAND_RANGES[actual]}）`,
      { grade: p.grade, grade_band_stated: stated, total_score: p.total_score, grade_band: actual },
      p.sources,
    ),
  ];
}

/**
 * All rules for one project. `indicators` may be the project's own or the whole table: only rows
 * whose project_id matches are used.
 */
export function checkProject(p: ProjectRow, indicators: readonly IndicatorRow[]): FlagDraft[] {
  const own = indicators.filter((i) => i.project_id === p.project_id);
  return [
    ...checkExecutedExceedsBudget(p),
    ...checkExecutionRateMismatch(p),
    ...checkExecutionScore(p),
    ...checkWeights(p, own),
    ...checkTotal(p, own),
    ...checkGrade(p),
    ...checkHighScoreLowExecution(p),
  ];
}

/** The rules that apply to a department's overall figures. */
export function checkDepartment(d: DepartmentRow): FlagDraft[] {
  return [
    ...checkExecutedExceedsBudget(d),
    ...checkExecutionRateMismatch(d),
    ...checkHighScoreLowExecution(d),
  ];
}

function formatConflictValue(
  rule: 'amount_conflict' | 'score_conflict',
  field: string,
  value: number,
): string {
  if (field.includes('rate')) return formatStatedRate(value);
  return rule === 'amount_conflict' ? formatAmount(value) : `${formatScore(value)} 分`;
}

function formatSource(source: Source): string {
  const lines =
    source.line_start === source.line_end
      ? `第 ${source.line_start} 行`
      : `第 ${source.line_start}–${source.line_end} 行`;
  return `${source.file} ${lines}`;
}

function sourceKey(source: Source): string {
  return `${source.file}:${source.line_start}-${source.line_end}`;
}

/**
 * The same project's figure differs between places in the files (table vs annex vs narrative).
 * The caller passes every observed value with its source; all are listed, none is picked.
 */
export function conflictFlag(
  rule: 'amount_conflict' | 'score_conflict',
  field: string,
  label: string,
  values: Sourced<number>[],
): FlagDraft {
  const listed = values
    .map((v) => `${formatConflictValue(rule, field, v.value)}（${formatSource(v.source)}）`)
    .join('、');
  const evidence: Evidence = { field, label };
  values.forEach((v, index) => {
    evidence[`value_${index + 1}`] = v.value;
    evidence[`source_${index + 1}`] = sourceKey(v.source);
  });
  const numbers = values.map((v) => v.value);
  if (numbers.length > 0) evidence.spread = Math.max(...numbers) - Math.min(...numbers);
  const seen = new Set<string>();
  const sources = values
    .map((v) => v.source)
    .filter((s) => {
      const key = sourceKey(s);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return draft(rule, 'warning', `${label}在不同位置不一致：${listed}`, evidence, sources);
}
