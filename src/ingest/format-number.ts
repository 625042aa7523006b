/**
 * Number formatting for flag messages (zh-CN). Figures we compute are shown with a fixed 2 decimals;
 * figures a report states are echoed without trailing zeros ("报告执行率 100%", "3.2%"), the way
 * the report wrote them.
 */

/** "11799.60 万元" */
export function formatAmount(value: number): string {
  return `${fixed2(value)} 万元`;
}

/** A rate we computed: fraction → "3.20%". */
export function formatRate(rate: number): string {
  return `${fixed2(rate * 100)}%`;
}

/** A rate a report states: fraction → "100%", "3.2%", "74.38%". */
export function formatStatedRate(rate: number): string {
  return `${trimmed(rate * 100)}%`;
}

/** A score or weight: "91", "97.5", "6.67" (scores are stated at most to 2 decimals). */
export function formatScore(score: number): string {
  return trimmed(score);
}

/** Difference of two fractions in percentage points: "5.27 个百分点". */
export function formatPoints(fractionDiff: number): string {
  return `${fixed2(Math.abs(fractionDiff) * 100)} 个百分点`;
}

function fixed2(value: number): string {
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

function trimmed(value: number): string {
  return fixed2(value).replace(/\.?0+$/, '');
}
