/**
 * Vocabulary of the output contract with no runtime dependency, so the browser bundle can use
 * it without pulling in zod (schema.ts builds the zod schemas from these lists).
 */
export const DOC_KINDS = [
  'project_table',
  'summary_table',
  'narrative',
  'department_overall',
  'final_accounts',
  'unrelated',
] as const;
export const DOC_STATUSES = ['ok', 'partial', 'unrecognized', 'error'] as const;
export const GRADE_BANDS = ['优', '良', '中', '差'] as const;
export const FLAG_RULES = [
  'executed_exceeds_budget',
  'execution_rate_mismatch',
  'execution_score_mismatch',
  'weights_not_100',
  'total_not_sum',
  'grade_score_mismatch',
  'high_score_low_execution',
  'amount_conflict',
  'score_conflict',
] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;

export type DocKind = (typeof DOC_KINDS)[number];
export type DocStatus = (typeof DOC_STATUSES)[number];
export type GradeBand = (typeof GRADE_BANDS)[number];
export type FlagRule = (typeof FLAG_RULES)[number];
export type Severity = (typeof SEVERITIES)[number];

/** Score bands of 财预〔2020〕10号: [min, max), except 优 which includes 100. */
export const GRADE_RANGES: readonly { band: GradeBand; min: number; max: number }[] = [
  { band: '差', min: 0, max: 60 },
  { band: '中', min: 60, max: 80 },
  { band: '良', min: 80, max: 90 },
  { band: '优', min: 90, max: 100 },
];

/** The band a score falls in (scores above 100 or below 0 clamp to 优 / 差). */
export function bandOfScore(score: number): GradeBand {
  const range = GRADE_RANGES.find((r) => score >= r.min && score < r.max);
  return range?.band ?? (score >= 100 ? '优' : '差');
}
