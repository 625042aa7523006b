/** Chinese labels and colours for the codes of the output contract. */
import type { DocKind, DocStatus, FlagRule, GradeBand, Severity } from '../../data/constants.ts';

export const RULE_LABELS: Record<FlagRule, string> = {
  executed_exceeds_budget: '执行数超预算',
  execution_rate_mismatch: '执行率填报不符',
  execution_score_mismatch: '执行得分不符',
  weights_not_100: '指标分值合计≠100',
  total_not_sum: '总分≠分项之和',
  grade_score_mismatch: '等级与得分不符',
  high_score_low_execution: '高分低执行',
  amount_conflict: '金额前后不一致',
  score_conflict: '得分前后不一致',
};

export const RULE_HINTS: Record<FlagRule, string> = {
  executed_exceeds_budget: '执行数大于预算数（调整后预算，无则年初预算）',
  execution_rate_mismatch: '填报执行率与 执行数÷预算数 相差超过 1 个百分点',
  execution_score_mismatch: '预算执行得分与 执行率×分值 相差超过 0.5 分',
  weights_not_100: '各指标分值合计不等于 100',
  total_not_sum: '总分与各指标得分之和相差超过 0.5 分',
  grade_score_mismatch: '自评等级与总分所在等级不符（财预〔2020〕10号）',
  high_score_low_execution: '总分 ≥ 90 但执行率 < 60%',
  amount_conflict: '同一项目在文件不同位置的金额不一致',
  score_conflict: '同一项目在文件不同位置的得分不一致',
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: '严重', warning: '警告', info: '提示' };
export const SEVERITY_COLORS: Record<Severity, string> = {
  error: '#c62828',
  warning: '#ef8f00',
  info: '#607d8b',
};

export const DOC_KIND_LABELS: Record<DocKind, string> = {
  project_table: '项目自评表',
  summary_table: '汇总表',
  narrative: '文字报告',
  department_overall: '部门整体自评',
  final_accounts: '部门决算',
  unrelated: '无关文件',
};

export const STATUS_LABELS: Record<DocStatus, string> = {
  ok: '正常',
  partial: '部分识别',
  unrecognized: '未识别',
  error: '读取失败',
};

export { GRADE_RANGES, bandOfScore as bandOf } from '../../data/constants.ts';

export const BAND_COLORS: Record<GradeBand, string> = {
  优: '#2e7d32',
  良: '#1e88e5',
  中: '#f9a825',
  差: '#c62828',
};
export const NO_BAND_LABEL = '未评分';
export const NO_BAND_COLOR = '#9e9e9e';

export function ruleLabel(rule: string): string {
  return (RULE_LABELS as Record<string, string>)[rule] ?? rule;
}
export function docKindLabel(kind: string | null): string {
  return kind === null ? '—' : ((DOC_KIND_LABELS as Record<string, string>)[kind] ?? kind);
}
export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}
export function severityLabel(severity: string): string {
  return (SEVERITY_LABELS as Record<string, string>)[severity] ?? severity;
}
