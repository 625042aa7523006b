/**
 * The source-text query (sourceText) against the real ingest of data/reports: every source a
 * project cites resolves to the very lines the ingest recorded in source_lines; long ranges are
 * capped; a line the table lacks comes back as null. The one fact typed in is the seed's known
 * figure: project 新建潇河派出所业务用房建设资金 of 004 cites line 10 (年度资金总额 … 150).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectRow, Source, SourceLineRow } from '../../src/data/schema.ts';
import { runQuery, type Engine } from '../../src/app/db/database.ts';
import { SOURCE_TEXT_MAX_LINES, buildQuery, onDemandStep, sourceSpan } from '../../src/app/db/queries.ts';
import { ROOT, readRows, seedEngine } from './seed-ingest.ts';

const FILE = '004_14bdfe115d2c50b3.txt';
const PROJECT = '新建潇河派出所业务用房建设资金';

const work = mkdtempSync(join(tmpdir(), 'jixiao-source-'));
let engine: Engine;
let projects: ProjectRow[];
let recorded: Map<string, string>;
const text = (source: Source) => runQuery(engine, 'sourceText', source);

beforeAll(async () => {
  engine = await seedEngine('data/reports', work);
  projects = readRows<ProjectRow>(work, 'projects');
  recorded = new Map(
    readRows<SourceLineRow>(work, 'source_lines').map((l) => [`${l.file}:${l.line}`, l.text]),
  );
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sourceText on the seed reports', () => {
  it('shows the cited line of 004 with its figures, exactly as in the report file', async () => {
    const project = projects.find((p) => p.name === PROJECT && p.sources.some((s) => s.file === FILE));
    expect(project, `${PROJECT} in ${FILE}`).toBeDefined();
    const source = project?.sources.find((s) => s.file === FILE && s.line_start <= 10 && s.line_end >= 10);
    expect(source, 'a source covering line 10').toBeDefined();
    const rows = await text(source ?? { file: FILE, line_start: 10, line_end: 10 });
    const line10 = rows.find((r) => r.line === 10)?.text ?? '';
    expect(line10).toContain('年度资金总额');
    expect(line10.split('\t')).toContain('150');
    const file = readFileSync(join(ROOT, 'data/reports', FILE), 'utf8').split(/\r?\n/);
    expect(line10).toBe(file[9]);
  });

  it('resolves every source of every project to the lines the ingest recorded, none missing', async () => {
    let lines = 0;
    for (const project of projects) {
      for (const source of project.sources) {
        const rows = await text(source);
        const span = sourceSpan(source);
        expect(rows.map((r) => r.line)).toEqual(
          Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i),
        );
        for (const row of rows) {
          expect(row.text, `${source.file}:${row.line}`).toBe(recorded.get(`${source.file}:${row.line}`));
          expect(row.text).not.toBeNull();
        }
        lines += rows.length;
      }
    }
    expect(lines).toBeGreaterThan(projects.length);
  });

  it('caps a long range at the first lines and says how many there are', async () => {
    const long = { file: FILE, line_start: 5, line_end: 5 + 3 * SOURCE_TEXT_MAX_LINES };
    const span = sourceSpan(long);
    expect(span).toEqual({
      first: 5,
      last: 4 + SOURCE_TEXT_MAX_LINES,
      total: 3 * SOURCE_TEXT_MAX_LINES + 1,
      capped: true,
    });
    const rows = await text(long);
    expect(rows).toHaveLength(SOURCE_TEXT_MAX_LINES);
    expect(rows[0]?.line).toBe(5);
    expect(rows.at(-1)?.line).toBe(span.last);
    expect(sourceSpan({ file: FILE, line_start: 7, line_end: 9 })).toMatchObject({ total: 3, capped: false });
  });

  it('returns null for a line or a file that source_lines does not hold', async () => {
    expect(await text({ file: FILE, line_start: 99_999, line_end: 99_999 })).toEqual([
      { line: 99_999, text: null },
    ]);
    expect(await text({ file: `x' OR '1'='1`, line_start: 10, line_end: 10 })).toEqual([
      { line: 10, text: null },
    ]);
  });

  it('binds the file as a parameter and needs the lazy source_lines table first', () => {
    const hostile = `x'; DROP TABLE source_lines; --`;
    const query = buildQuery('sourceText', { file: hostile, line_start: 1, line_end: 2 });
    expect(query.sql).not.toContain('DROP');
    expect(query.params).toContain(hostile);
    expect(onDemandStep('sourceText', [{ file: FILE, line_start: 1, line_end: 1 }])).toBe('source_lines');
    expect(() => buildQuery('sourceText', { file: FILE, line_start: 0, line_end: 1 })).toThrow(RangeError);
  });
});
