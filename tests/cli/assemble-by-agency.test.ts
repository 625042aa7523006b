/**
 * Assembly one part of whole agencies at a time (what the CLI does, for flat memory) must give
 * exactly the rows of assembling the whole corpus at once: no project merged across agencies,
 * none missed within one, the same ids, clusters and categories.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assembleByAgency,
  assemblyParts,
  indexDocument,
  type IndexedDocument,
} from '../../src/cli/assemble-by-agency.ts';
import { Spill } from '../../src/cli/spill.ts';
import { generateCorpus } from '../../src/corpus/corpus.ts';
import { TABLE_NAMES, type ProblemRow, type TableName } from '../../src/data/schema.ts';
import {
  assembleTables,
  categorizeProblems,
  parseDocumentAsync,
  ProblemCategorizer,
  ROW_ORDER,
} from '../../src/ingest/pipeline.ts';
import { initSegmenter } from '../../src/ingest/problems/index.ts';
import type { ParsedDocument } from '../../src/ingest/types.ts';
import { readFixture, TAXONOMY } from '../helpers/ingest.ts';
import { readSeedFiles } from '../helpers/seeds.ts';

const entry = (offset: number) => ({ offset, length: 1 });
const LAYOUTS = join(import.meta.dirname, '../fixtures/layouts');
/** An index entry named by its file, so a test can say which documents went into which part. */
type Named = IndexedDocument & { file: string };
const doc = (file: string, key: string | null, links?: string[]): Named => ({
  file,
  key,
  ...(links ? { links } : {}),
  entry: entry(0),
});
const files = (parts: Named[][]) => parts.map((part) => part.map((d) => d.file));

describe('assemblyParts', () => {
  it('keeps each agency whole, in first-appearance order, and packs agencies up to the part size', () => {
    const docs = [doc('1', 'A'), doc('2', 'B'), doc('3', null), doc('4', 'A'), doc('5', 'C'), doc('6', null)];
    expect(files(assemblyParts(docs, 3))).toEqual([['1', '4', '2'], ['5'], ['3', '6']]);
    expect(files(assemblyParts(docs, 1))).toEqual([['1', '4'], ['2'], ['5'], ['3'], ['6']]);
  });

  it('gives an agency larger than a part a part of its own, and chunks documents without an agency', () => {
    const docs = [
      doc('a', 'X'),
      ...['1', '2', '3'].map((f) => doc(f, 'BIG')),
      doc('n1', null),
      doc('n2', null),
      doc('n3', null),
    ];
    expect(files(assemblyParts(docs, 2))).toEqual([['a'], ['1', '2', '3'], ['n1', 'n2'], ['n3']]);
    expect(assemblyParts([], 4)).toEqual([]);
  });

  it("puts the agencies a document's rows name in one part with it, however far apart in the file list", () => {
    const docs = [
      doc('1', 'A'),
      doc('2', 'B'),
      doc('3', 'C', ['A']), // a summary by C with rows of A
      doc('4', 'D'),
      doc('5', null, ['D', 'E']), // no agency of its own, rows of D and E
      doc('6', 'E'),
      doc('7', null),
      doc('8', 'F', ['B', 'C']), // links B to A and C
    ];
    expect(files(assemblyParts(docs, 1))).toEqual([['1', '2', '3', '8'], ['4', '5', '6'], ['7']]);
  });
});

/** Rows of every table as sorted JSON lines: equal when the tables hold the same rows in any order. */
function rowSets(tables: Record<TableName, readonly object[]>): Record<string, string[]> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].map((row) => JSON.stringify(row)).sort()]));
}

describe('assembleByAgency', () => {
  const docs: ParsedDocument[] = [];

  beforeAll(async () => {
    await initSegmenter();
    const corpus = await generateCorpus({ reports: 60, seed: 11 });
    const inputs = [...readSeedFiles(), ...corpus];
    // The same reports again under other names: one agency's documents spread over the file list,
    // so merging (and its conflicts) must find them in one part.
    inputs.push(...inputs.slice(0, 12).map((f) => ({ file: `zz-copy-${f.file}`, bytes: f.bytes })));
    // A city's summary whose rows are its counties' projects, and one county's own table for one of
    // them, at both ends of the file list: the row and the table must meet in one part.
    inputs.unshift({
      ...readFixture(LAYOUTS, 'r6t-city-summary-counties.txt'),
      file: '000-city-summary.txt',
    });
    inputs.push({
      ...readFixture(LAYOUTS, 'r6t-county-detail-of-city-row.txt'),
      file: 'zzz-county-detail.txt',
    });
    for (const f of inputs) docs.push(await parseDocumentAsync(f));
  }, 60_000);

  it('gives every table in its ROW_ORDER (ids sorted by code units only where the collator agrees)', () => {
    const tables = assembleTables(docs, { taxonomy: TAXONOMY });
    for (const table of ['projects', 'departments', 'indicators', 'problems', 'flags'] as const) {
      const rows = tables[table] as object[];
      const order = ROW_ORDER[table] as (a: object, b: object) => number;
      expect(rows.length).toBeGreaterThan(0);
      expect([...rows].reverse().sort(order)).toEqual(rows);
    }
  });

  it.each([1, 3, 256])('gives the rows of assembling everything at once (%i documents per part)', (size) => {
    const whole = assembleTables(docs, { taxonomy: TAXONOMY });
    expect(whole.projects.length).toBeGreaterThan(50);
    expect(whole.flags.some((f) => f.rule === 'amount_conflict' || f.rule === 'score_conflict')).toBe(true);
    // The county's table met the city summary's row for it (their scores differ).
    expect(whole.flags.some((f) => f.rule === 'score_conflict' && f.agency === '城固县公安局')).toBe(true);

    const spill = new Spill<ParsedDocument>();
    const written = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as object[]])) as Record<
      TableName,
      object[]
    >;
    try {
      const indexed = [...docs]
        .sort((a, b) => (a.info.file < b.info.file ? -1 : 1))
        .map((d) => indexDocument(d, spill.add(d)));
      const invalid = assembleByAgency(
        assemblyParts(indexed, size),
        (at) => spill.read(at),
        {
          assembleTables: (part, options) => assembleTables(part, { ...options, taxonomy: TAXONOMY }),
          problemCategorizer: () => new ProblemCategorizer(TAXONOMY),
        },
        (table, rows) => written[table].push(...rows),
      );
      expect(invalid).toEqual([]);
    } finally {
      spill.close();
    }
    expect(rowSets(written)).toEqual(rowSets(whole));
    // The agencies table is sorted by name, as in one assembly.
    expect(written.agencies).toEqual(whole.agencies);
  });
});

describe('ProblemCategorizer', () => {
  const row = (k: number, text: string): ProblemRow => ({
    problem_id: `d1-q${String(k).padStart(3, '0')}`,
    doc_id: 'd1',
    project_id: null,
    agency: '某县公安局',
    year: 2023,
    text,
    categories: [],
    cluster_id: '',
    file: 'a.txt',
    line: k,
  });
  const texts = [
    '预算执行进度滞后',
    '预算执行进度滞后。',
    '绩效目标设置不够细化',
    '资金支付进度缓慢',
    '绩效目标设置不够细化、量化',
  ];

  it('filled in batches after counting every statement, gives what categorizing all rows at once gives', () => {
    const once = texts.map((t, k) => row(k + 1, t));
    categorizeProblems(once, TAXONOMY);
    const batched = texts.map((t, k) => row(k + 1, t));
    const categorizer = new ProblemCategorizer(TAXONOMY);
    for (const r of batched) categorizer.count(r.text);
    categorizer.fill(batched.slice(3));
    categorizer.fill(batched.slice(0, 3));
    expect(batched).toEqual(once);
    // Near-identical statements share a cluster across batches.
    expect(batched[0]!.cluster_id).toBe(batched[1]!.cluster_id);
    expect(batched[0]!.categories.length).toBeGreaterThan(0);
  });

  it('refuses a statement counted after rows were filled (its clusters are already fixed)', () => {
    const categorizer = new ProblemCategorizer();
    categorizer.count('预算执行进度滞后');
    categorizer.fill([row(1, '预算执行进度滞后')]);
    expect(() => categorizer.count('资金支付进度缓慢')).toThrow(/counted before fill/);
  });
});

describe('Spill', () => {
  it('gives back every value as it was set aside, and removes its file when closed', async () => {
    const { existsSync } = await import('node:fs');
    const spill = new Spill<{ text: string; n: number | null; list: string[] }>();
    const values = [
      { text: '公安局 <script>', n: 1.5, list: ['a'] },
      { text: '', n: null, list: [] },
      { text: '𠀋'.repeat(5000), n: -0, list: ['x', 'y'] },
    ];
    const entries = values.map((v) => spill.add(v));
    expect(entries.reverse().map((e) => spill.read(e))).toEqual([...values].reverse());
    const dir = (spill as unknown as { dir: string }).dir;
    expect(existsSync(dir)).toBe(true);
    spill.close();
    spill.close(); // twice is harmless
    expect(existsSync(dir)).toBe(false);
  });
});
