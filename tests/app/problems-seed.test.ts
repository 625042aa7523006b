/**
 * The 共性问题 queries against the real ingest of data/reports: expected figures are recomputed in
 * plain TypeScript from the same run's problems.json, never typed in — except the one fact the
 * seeds are known for: 001 repeats "从事预算绩效管理的专业人员缺乏" seven times.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProblemRow } from '../../src/data/schema.ts';
import { runQuery, type Engine } from '../../src/app/db/database.ts';
import { EXPORT_LIMIT, type QueryArgs, type QueryName, type QueryRow } from '../../src/app/db/queries.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/app/filters.ts';
import { readRows, seedEngine } from './seed-ingest.ts';

const REPEATED = '从事预算绩效管理的专业人员缺乏';
const all: Filters = { ...EMPTY_FILTERS };
const everything = { limit: EXPORT_LIMIT, offset: 0 };

const work = mkdtempSync(join(tmpdir(), 'jixiao-seed-'));
let engine: Engine;
let problems: ProblemRow[];
const run = <N extends QueryName>(name: N, ...args: QueryArgs<N>): Promise<QueryRow<N>[]> =>
  runQuery(engine, name, ...args);

beforeAll(async () => {
  engine = await seedEngine('data/reports', work);
  problems = readRows<ProblemRow>(work, 'problems');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const distinct = <T>(values: Iterable<T>): T[] => [...new Set(values)].sort();
/** file:line of each row, by file then line number (the list's order). */
const sourcesOf = (rows: readonly ProblemRow[]): string[] =>
  [...rows]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
    .map((p) => `${p.file}:${p.line}`);
const inCell = (agency: string, category: string) =>
  problems.filter((p) => p.agency === agency && p.categories.includes(category));

describe('共性问题 on the seed reports', () => {
  it('lists the statement 001 repeats seven times once, with count 7 and its seven lines', async () => {
    const repeated = problems.filter((p) => p.file.startsWith('001_') && p.text === REPEATED);
    expect(repeated).toHaveLength(7);
    const { agency, cluster_id: cluster, categories } = repeated[0] as ProblemRow;
    const category = categories[0] ?? '';
    const behind = inCell(agency, category).filter((p) => p.cluster_id === cluster);

    const rows = await run('problemStatements', { ...all, agency, category }, '', null, everything);
    const listed = rows.filter((r) => r.cluster_id === cluster);
    expect(listed).toHaveLength(1);
    expect(rows.filter((r) => r.text === REPEATED)).toHaveLength(1);
    expect(listed[0]).toMatchObject({ text: REPEATED, occurrences: 7, agencies: [agency], agency_count: 1 });
    expect(behind).toHaveLength(7);
    expect(listed[0]?.sources.map((s) => `${s.file}:${s.line_start}`)).toEqual(sourcesOf(behind));

    // Unfiltered, the same statement (all agencies that copied it) is still one row.
    const whole = problems.filter((p) => p.cluster_id === cluster);
    const [wide] = (await run('problemStatements', all, '', null, everything)).filter(
      (r) => r.cluster_id === cluster,
    );
    expect(wide).toMatchObject({
      occurrences: whole.length,
      agencies: distinct(whole.map((p) => p.agency)),
      all_agencies: new Set(whole.map((p) => p.agency)).size,
    });
    expect(wide?.occurrences).toBeGreaterThan(7);
  });

  it('lists every statement once; counts, agencies, categories and sources add up to the problems', async () => {
    const rows = await run('problemStatements', all, '', null, everything);
    const clusters = new Map<string, ProblemRow[]>();
    for (const p of problems) clusters.set(p.cluster_id, [...(clusters.get(p.cluster_id) ?? []), p]);
    expect(rows).toHaveLength(clusters.size);
    expect(rows[0]).toMatchObject({ total: clusters.size, total_occurrences: problems.length });
    for (const row of rows) {
      const members = clusters.get(row.cluster_id) ?? [];
      expect(row.occurrences, row.text).toBe(members.length);
      expect(row.agencies).toEqual(distinct(members.map((p) => p.agency)));
      expect(row.categories).toEqual(distinct(members.flatMap((p) => p.categories)));
      expect(row.sources.map((s) => `${s.file}:${s.line_start}`)).toEqual(sourcesOf(members));
      expect(members.map((p) => p.text)).toContain(row.text);
    }
    const counts = rows.map((r) => r.occurrences);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('ranks categories by reporting agencies, then by statements', async () => {
    const names = distinct(problems.flatMap((p) => p.categories));
    const expected = names
      .map((category) => {
        const rows = problems.filter((p) => p.categories.includes(category));
        return {
          category,
          agencies: new Set(rows.map((p) => p.agency)).size,
          count: rows.length,
          statements: new Set(rows.map((p) => p.cluster_id)).size,
        };
      })
      .sort((a, b) => b.agencies - a.agencies || b.count - a.count || (a.category < b.category ? -1 : 1));
    expect(await run('problemCategories', all)).toEqual(expected);
  });

  it('each heatmap cell lists exactly the statements behind it', async () => {
    const cells = await run('problemHeatmap', all, 1000);
    const pairs = new Set(problems.flatMap((p) => p.categories.map((c) => `${p.agency}|${c}`)));
    expect(cells).toHaveLength(pairs.size);
    for (const cell of cells) {
      const behind = inCell(cell.agency, cell.category);
      expect(cell.count).toBe(behind.length);
      expect(cell.statements).toBe(new Set(behind.map((p) => p.cluster_id)).size);
      const filters = { ...all, agency: cell.agency, category: cell.category };
      const rows = await run('problemStatements', filters, '', null, everything);
      expect(rows.map((r) => r.cluster_id).sort()).toEqual(distinct(behind.map((p) => p.cluster_id)));
      expect(rows.reduce((sum, r) => sum + r.occurrences, 0)).toBe(cell.count);
      for (const row of rows) {
        expect(row.agencies).toEqual([cell.agency]);
        expect(row.categories).toContain(cell.category);
      }
    }
  });

  it('narrows every problem count, and only problem counts, to the category', async () => {
    const [base] = await run('kpis', all);
    for (const category of distinct(problems.flatMap((p) => p.categories))) {
      const [k] = await run('kpis', { ...all, category });
      expect(k?.problems, category).toBe(problems.filter((p) => p.categories.includes(category)).length);
      expect(k?.projects).toBe(base?.projects);
      expect(k?.flags).toBe(base?.flags);
    }
  });
});
