/** Accuracy tables (fields correct / fields expected) of corpus checks, grouped by any key. */
import type { ReportTruth } from '../../src/corpus/truth.ts';
import type { Check } from './compare.ts';

interface Tally {
  reports: Set<string>;
  ok: number;
  total: number;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/** One line per group: reports, fields ok / expected, %. */
export function accuracyTable(
  title: string,
  checks: readonly Check[],
  truths: ReadonlyMap<string, ReportTruth>,
  keyOf: (truth: ReportTruth) => string,
): string {
  const groups = new Map<string, Tally>();
  for (const c of checks) {
    const truth = truths.get(c.file);
    if (!truth) continue;
    const key = keyOf(truth);
    const t = groups.get(key) ?? { reports: new Set(), ok: 0, total: 0 };
    t.reports.add(c.file);
    t.total++;
    if (c.ok) t.ok++;
    groups.set(key, t);
  }
  const lines = [`${pad(title, 16)} reports  fields ok/expected   accuracy`];
  let ok = 0;
  let total = 0;
  for (const [key, t] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    ok += t.ok;
    total += t.total;
    const pct = ((100 * t.ok) / t.total).toFixed(1);
    lines.push(`${pad(key, 16)} ${pad(String(t.reports.size), 8)} ${pad(`${t.ok}/${t.total}`, 20)} ${pct}%`);
  }
  lines.push(
    `${pad('all', 16)} ${pad('', 8)} ${pad(`${ok}/${total}`, 20)} ${((100 * ok) / Math.max(1, total)).toFixed(1)}%`,
  );
  return lines.join('\n');
}
