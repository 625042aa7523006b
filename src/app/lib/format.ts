/** Number formatting for the UI: thousands separators, 万元, percentages; null shows as “—”. */
export const MISSING = '—';

const amount = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const score = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

const ok = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** An amount in 万元 with two decimals, e.g. 11,799.60 (the unit goes into headers and axis names). */
export function formatAmount(value: number | null | undefined): string {
  return ok(value) ? amount.format(value) : MISSING;
}

/** A large total for KPI cards: whole 万元 once it has four digits. */
export function formatTotal(value: number | null | undefined): string {
  if (!ok(value)) return MISSING;
  return Math.abs(value) >= 1000 ? integer.format(value) : amount.format(value);
}

export function formatInt(value: number | null | undefined): string {
  return ok(value) ? integer.format(value) : MISSING;
}

/** A fraction as a percentage: 0.956 → 95.6%. */
export function formatRate(value: number | null | undefined, digits = 1): string {
  return ok(value) ? `${(value * 100).toFixed(digits)}%` : MISSING;
}

export function formatScore(value: number | null | undefined): string {
  return ok(value) ? score.format(value) : MISSING;
}

/** Axis ticks: whole numbers with separators (the unit 万元 is in the axis name). */
export function formatAxis(value: number): string {
  return integer.format(value);
}

export function formatYear(value: number | null | undefined): string {
  return ok(value) ? `${value}年` : MISSING;
}

/** "file 第 3–5 行" for a source reference. */
export function formatSource(source: { file: string; line_start: number; line_end: number }): string {
  const lines =
    source.line_start === source.line_end
      ? `${source.line_start}`
      : `${source.line_start}–${source.line_end}`;
  return `${source.file} 第 ${lines} 行`;
}

/** Years compactly, consecutive runs as ranges: [2019, 2020, 2021, 2023] → "2019–2021、2023年". */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years.filter(ok))].sort((a, b) => a - b);
  if (sorted.length === 0) return MISSING;
  const runs: string[] = [];
  let start = sorted[0] as number;
  sorted.forEach((year, i) => {
    const next = sorted[i + 1];
    if (next === year + 1) return;
    runs.push(start === year ? `${year}` : `${start}–${year}`);
    if (next !== undefined) start = next;
  });
  return `${runs.join('、')}年`;
}
