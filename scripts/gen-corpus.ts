/**
 * Writes a synthetic corpus of 绩效自评 reports (src/corpus) into a folder: only the reports go into
 * the folder; the answer key goes to --truth if asked for.
 *
 *   npm run gen:corpus -- --reports N --out DIR [--seed S] [--truth FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles, DEFAULT_SEED, type ReportTruth } from '../src/corpus/corpus.ts';

const USAGE = 'usage: npm run gen:corpus -- --reports N --out DIR [--seed S] [--truth FILE]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function positiveInt(text: string | undefined, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a non-negative integer, got ${text}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      truth: { type: 'string' },
    },
  });
  if (values.reports === undefined || values.out === undefined) fail('--reports and --out are required');
  const reports = positiveInt(values.reports, 'reports');
  const seed = values.seed === undefined ? DEFAULT_SEED : positiveInt(values.seed, 'seed');
  const out = resolve(values.out);
  const truthPath = values.truth === undefined ? null : resolve(values.truth);
  if (truthPath && !relative(out, truthPath).startsWith('..'))
    fail('--truth must be outside --out (the folder holds reports only)');

  mkdirSync(out, { recursive: true });
  const truths: ReportTruth[] = [];
  const perLayout = new Map<string, number>();
  let bytes = 0;
  for await (const f of corpusFiles({ reports, seed })) {
    writeFileSync(resolve(out, f.file), f.bytes);
    bytes += f.bytes.length;
    truths.push(f.truth);
    perLayout.set(f.truth.layout, (perLayout.get(f.truth.layout) ?? 0) + 1);
  }
  if (truthPath) {
    mkdirSync(dirname(truthPath), { recursive: true });
    writeFileSync(truthPath, `${JSON.stringify({ seed, reports: truths }, null, 1)}\n`);
  }
  const layouts = [...perLayout].map(([l, n]) => `${l} ${n}`).join(', ');
  console.log(`${reports} reports (${(bytes / 1e6).toFixed(2)} MB, seed ${seed}) → ${out}\n${layouts}`);
  if (truthPath) console.log(`truth → ${truthPath}`);
}

await main();
