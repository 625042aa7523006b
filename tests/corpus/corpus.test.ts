/**
 * The real ingest (parseDocumentAsync + assembleTables) against a synthetic corpus with a known
 * truth: 120 reports, twelve per layout, covering every layout × encoding, unit and numeral
 * variant, with credibility problems planted. Prints per-layout and per-variant accuracy and
 * lists every mismatch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, LAYOUTS, type CorpusFile, type Layout } from '../../src/corpus/corpus.ts';
import { ENCODING_VARIANTS } from '../../src/corpus/encode.ts';
import { NUMERAL_VARIANTS, UNIT_VARIANTS } from '../../src/corpus/numbers.ts';
import type { ReportTruth } from '../../src/corpus/truth.ts';
import { FLAG_RULES } from '../../src/data/schema.ts';
import { assembleTables, parseDocumentAsync } from '../../src/ingest/pipeline.ts';
import { accuracyTable } from './accuracy.ts';
import { compareReport, type Check } from './compare.ts';

const SEED = 7;
const REPORTS = 120;

let corpus: CorpusFile[] = [];
let checks: Check[] = [];
const truths = new Map<string, ReportTruth>();

beforeAll(async () => {
  corpus = await generateCorpus({ reports: REPORTS, seed: SEED });
  const docs = [];
  for (const f of corpus) {
    truths.set(f.file, f.truth);
    docs.push(await parseDocumentAsync({ file: f.file, bytes: f.bytes }));
  }
  // One assembly for the whole corpus, as the CLI does: reports must not bleed into each other.
  const tables = assembleTables(docs);
  checks = corpus.flatMap((f) => compareReport(f.truth, tables));
}, 60_000);

function mismatches(layout: Layout): string[] {
  return checks
    .filter((c) => c.layout === layout && !c.ok)
    .map((c) => {
      const t = truths.get(c.file) as ReportTruth;
      return `${c.file} [${t.variants.encoding ?? 'xlsx'} ${t.variants.unit} ${t.variants.numerals} missing="${t.variants.missing}"] ${c.field}: ${c.detail}`;
    });
}

describe('synthetic corpus generator', () => {
  it('is deterministic: same seed → byte-identical files and truth; another seed → other files', async () => {
    const a = await generateCorpus({ reports: 20, seed: SEED });
    const b = await generateCorpus({ reports: 20, seed: SEED });
    const c = await generateCorpus({ reports: 20, seed: SEED + 1 });
    expect(b.map((f) => f.file)).toEqual(a.map((f) => f.file));
    a.forEach((f, k) => {
      expect(Buffer.from(b[k]?.bytes ?? []).equals(Buffer.from(f.bytes))).toBe(true);
      expect(b[k]?.truth).toEqual(f.truth);
    });
    expect(c.filter((f, k) => Buffer.from(f.bytes).equals(Buffer.from(a[k]?.bytes ?? []))).length).toBe(0);
  });

  it('is prefix-stable: report k is the same in a corpus of 20 and of 120', () => {
    const small = corpus.slice(0, 20);
    expect(small.length).toBe(20);
    return generateCorpus({ reports: 20, seed: SEED }).then((again) => {
      again.forEach((f, k) =>
        expect(Buffer.from(f.bytes).equals(Buffer.from(small[k]?.bytes ?? []))).toBe(true),
      );
    });
  });

  it('covers every layout × encoding, unit and numeral variant, and plants every credibility rule', () => {
    for (const layout of LAYOUTS) {
      const mine = corpus.map((f) => f.truth).filter((t) => t.layout === layout);
      const encodings = new Set(mine.map((t) => t.variants.encoding));
      if (layout === 'summary_xlsx') expect([...encodings]).toEqual([null]);
      else expect([...encodings].sort()).toEqual([...ENCODING_VARIANTS].sort());
      expect(new Set(mine.map((t) => t.variants.unit)).size).toBe(UNIT_VARIANTS.length);
      expect(new Set(mine.map((t) => t.variants.numerals)).size).toBe(NUMERAL_VARIANTS.length);
    }
    const planted = new Set(corpus.flatMap((f) => f.truth.flags));
    const plantable = FLAG_RULES.filter((r) => r !== 'amount_conflict' && r !== 'score_conflict');
    expect([...planted].sort()).toEqual([...plantable].sort());
  });
});

describe('ingest of the synthetic corpus', () => {
  it('prints the accuracy table (fields correct / fields expected)', () => {
    const byLayout = accuracyTable('layout', checks, truths, (t) => t.layout);
    const byEncoding = accuracyTable('encoding', checks, truths, (t) => t.variants.encoding ?? 'xlsx');
    const byUnit = accuracyTable('unit', checks, truths, (t) => t.variants.unit);
    const byNumerals = accuracyTable('numerals', checks, truths, (t) => t.variants.numerals);
    const wrong = checks.filter((c) => !c.ok);
    console.log(
      [byLayout, byEncoding, byUnit, byNumerals].join('\n\n') +
        `\n\n${wrong.length} mismatching fields:\n${LAYOUTS.flatMap((l) => mismatches(l)).join('\n')}`,
    );
    expect(checks.length).toBeGreaterThan(REPORTS * 5);
  });

  for (const layout of LAYOUTS) {
    it(`${layout}: every report matches the truth field by field`, () => {
      expect(checks.some((c) => c.layout === layout)).toBe(true);
      expect(mismatches(layout)).toEqual([]);
    });
  }
});
