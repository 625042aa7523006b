import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { categorize } from '../../../src/ingest/problems/categorize.ts';
import { evaluate, type LabelledStatement } from '../../../src/ingest/problems/evaluate.ts';
import { initSegmenter } from '../../../src/ingest/problems/segment-words.ts';
import { parseTaxonomy } from '../../../src/ingest/problems/taxonomy.ts';
import { readText } from './helpers.ts';

const MIN_MICRO_F1 = 0.85;
const taxonomy = parseTaxonomy(readText('data/taxonomy.yaml'));
const sets = parse(readText('tests/fixtures/problems/labelled.yaml')) as Record<string, LabelledStatement[]>;

beforeAll(async () => {
  await initSegmenter();
});

describe('categorisation quality (npm run eval)', () => {
  it('has a labelled set of at least 80 statements with known categories', () => {
    const all = Object.values(sets).flat();
    expect(all.length).toBeGreaterThanOrEqual(80);
    const names = new Set([...taxonomy.categories.map((c) => c.name), taxonomy.fallback]);
    for (const item of all) for (const c of item.categories) expect(names, `${item.text}: ${c}`).toContain(c);
  });

  it.each(Object.keys(sets))(`keeps micro-F1 ≥ ${MIN_MICRO_F1} on the %s set`, (name) => {
    const report = evaluate(sets[name] ?? [], (t) => categorize(t, taxonomy));
    expect(report.microF1).toBeGreaterThanOrEqual(MIN_MICRO_F1);
  });

  it('scores a perfect and a useless classifier as such', () => {
    const items: LabelledStatement[] = [
      { text: 'a', categories: ['X'] },
      { text: 'b', categories: ['Y', 'Z'] },
    ];
    expect(evaluate(items, (t) => (t === 'a' ? ['X'] : ['Y', 'Z'])).microF1).toBe(1);
    const bad = evaluate(items, () => ['W']);
    expect(bad.microF1).toBe(0);
    expect(bad.perCategory.find((c) => c.category === 'W')).toMatchObject({
      tp: 0,
      fp: 2,
      precision: 0,
      recall: null,
    });
  });
});
