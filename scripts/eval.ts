/**
 * `npm run eval`: categorisation quality on tests/fixtures/problems/labelled.yaml — per-category
 * precision/recall and micro-F1 for the dev and held-out sets, with data/taxonomy.yaml.
 * Options: --errors  list the statements whose labels differ from the gold labels.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { categorize } from '../src/ingest/problems/categorize.ts';
import { evaluate, type EvalReport, type LabelledStatement } from '../src/ingest/problems/evaluate.ts';
import { initSegmenter, segmenterName } from '../src/ingest/problems/segment-words.ts';
import { parseTaxonomy } from '../src/ingest/problems/taxonomy.ts';

const pct = (v: number | null): string => (v === null ? '   —  ' : `${(v * 100).toFixed(1).padStart(5)}%`);

function print(name: string, report: EvalReport, showErrors: boolean): void {
  console.log(`\n${name}: ${report.items} statements`);
  console.log('precision  recall   tp  fp  fn  category');
  for (const c of report.perCategory) {
    const n = (v: number): string => String(v).padStart(3);
    console.log(`   ${pct(c.precision)}  ${pct(c.recall)}  ${n(c.tp)} ${n(c.fp)} ${n(c.fn)}  ${c.category}`);
  }
  console.log(
    `micro: precision ${pct(report.microPrecision)}  recall ${pct(report.microRecall)}  F1 ${pct(report.microF1)}`,
  );
  if (showErrors) {
    for (const e of report.errors) {
      console.log(`  ✗ ${e.text}\n      expected ${e.expected.join('、')}  got ${e.got.join('、')}`);
    }
  }
}

const jieba = await initSegmenter();
const taxonomy = parseTaxonomy(readFileSync(new URL('../data/taxonomy.yaml', import.meta.url), 'utf8'));
const sets = parse(
  readFileSync(new URL('../tests/fixtures/problems/labelled.yaml', import.meta.url), 'utf8'),
) as Record<string, LabelledStatement[]>;
console.log(`segmenter: ${jieba ? segmenterName() : 'bigram (jieba-wasm failed to load)'}`);
const showErrors = process.argv.includes('--errors');
const all: LabelledStatement[] = [];
for (const [name, items] of Object.entries(sets)) {
  all.push(...items);
  print(
    name,
    evaluate(items, (t) => categorize(t, taxonomy)),
    showErrors,
  );
}
print(
  'all',
  evaluate(all, (t) => categorize(t, taxonomy)),
  false,
);
