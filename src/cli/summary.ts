/** The one-screen summary printed on stderr at the end of a run (pure: data in, text out). */
import { DOC_STATUSES, FLAG_RULES, type DocStatus, type FlagRule, type TableName } from '../data/schema.ts';

export const STATUS_LABELS: Record<DocStatus, string> = {
  ok: '正常',
  partial: '部分识别',
  unrecognized: '未识别',
  error: '错误',
};

export const RULE_LABELS: Record<FlagRule, string> = {
  executed_exceeds_budget: '执行数超过预算',
  execution_rate_mismatch: '填报执行率与计算不符',
  execution_score_mismatch: '执行率得分与权重不符',
  weights_not_100: '指标权重合计不为 100',
  total_not_sum: '总分不等于指标得分之和',
  grade_score_mismatch: '等级与分数不符',
  high_score_low_execution: '高分低执行',
  amount_conflict: '同一项目金额前后不一',
  score_conflict: '同一项目分数前后不一',
};

export interface SummaryInput {
  outDir: string;
  statuses: readonly DocStatus[];
  /** Rows written per table (valid rows only). */
  rows: Readonly<Record<TableName, number>>;
  /** The rule of every flag written. */
  flagRules: readonly FlagRule[];
  invalidRows: number;
  filesWritten: number;
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>(keys.map((key) => [key, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function formatSummary(input: SummaryInput): string {
  const { rows } = input;
  const statuses = countBy(DOC_STATUSES, input.statuses);
  const rules = countBy(FLAG_RULES, input.flagRules);
  const ruleWidth = Math.max(...FLAG_RULES.map((rule) => rule.length));
  const lines = [
    `完成：${input.statuses.length} 个文件 → ${input.outDir}（写出 ${input.filesWritten} 个文件）`,
    `  文件状态  ${DOC_STATUSES.map((status) => `${STATUS_LABELS[status]} ${statuses.get(status)}`).join(' · ')}`,
    `  单位 ${rows.agencies} · 项目 ${rows.projects} · 部门 ${rows.departments}` +
      ` · 指标 ${rows.indicators} · 问题 ${rows.problems}`,
    `  可信度标记 ${rows.flags}`,
    ...FLAG_RULES.filter((rule) => (rules.get(rule) ?? 0) > 0).map(
      (rule) => `    ${rule.padEnd(ruleWidth)}  ${String(rules.get(rule)).padStart(5)}  ${RULE_LABELS[rule]}`,
    ),
    `  无效行（未写出）${input.invalidRows}`,
  ];
  return `${lines.join('\n')}\n`;
}
