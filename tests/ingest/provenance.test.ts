/**
 * Every figure traces back: for every amount and score extracted from the seeds, one of the
 * record's cited lines contains that number; indicators and problems cite a line holding their text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/schema.ts';
import { cleanCell, compact, toHalfWidth } from '../../src/ingest/normalize.ts';
import { ingestSeeds, SEED_DIR } from '../helpers/seeds.ts';

const linesOf = new Map<string, string[]>();
function fileLines(file: string): string[] {
  let lines = linesOf.get(file);
  if (!lines) {
    lines = readFileSync(join(SEED_DIR, file), 'utf8').split('\n');
    linesOf.set(file, lines);
  }
  return lines;
}

function cited(source: Source): string {
  return compact(
    toHalfWidth(
      fileLines(source.file)
        .slice(source.line_start - 1, source.line_end)
        .join('\n'),
    ),
  );
}

/** Numbers as a report may write them: 100, 100.0, 100.00; rates as percentages. */
function spellings(value: number, asPercent = false): string[] {
  const v = asPercent ? Math.round(value * 1e6) / 1e4 : value;
  const plain = String(v);
  return [plain, v.toFixed(1), v.toFixed(2)].filter((s, i, all) => all.indexOf(s) === i);
}

function citedByAny(sources: readonly Source[], value: number, asPercent = false): boolean {
  return sources.some((s) => spellings(value, asPercent).some((n) => cited(s).includes(n)));
}

describe('provenance of the seed extraction', () => {
  const { tables } = ingestSeeds();

  it('has sources on every project, department, indicator, problem and flag row', () => {
    for (const p of tables.projects) expect(p.sources.length, p.name).toBeGreaterThan(0);
    for (const d of tables.departments) expect(d.sources.length, d.doc_id).toBeGreaterThan(0);
    for (const f of tables.flags) expect(f.sources.length, f.message).toBeGreaterThan(0);
    for (const i of tables.indicators) expect(i.line).toBeGreaterThan(0);
    for (const q of tables.problems) expect(q.line).toBeGreaterThan(0);
  });

  it('cites a line containing every project amount, rate and score', () => {
    const missing: string[] = [];
    for (const p of tables.projects) {
      for (const field of [
        'budget_initial',
        'budget_adjusted',
        'executed',
        'execution_score',
        'total_score',
      ] as const) {
        const value = p[field];
        if (value !== null && !citedByAny(p.sources, value)) missing.push(`${p.name}.${field}=${value}`);
      }
      const rate = p.execution_rate_reported;
      if (rate !== null && !citedByAny(p.sources, rate, true))
        missing.push(`${p.name}.execution_rate_reported=${rate}`);
    }
    expect(missing).toEqual([]);
    expect(tables.projects.length).toBeGreaterThan(20);
  });

  it('cites a line containing every department figure', () => {
    const missing: string[] = [];
    for (const d of tables.departments) {
      for (const field of [
        'budget_initial',
        'budget_adjusted',
        'executed',
        'total_score',
        'average_score',
      ] as const) {
        const value = d[field];
        if (value !== null && !citedByAny(d.sources, value)) missing.push(`${d.doc_id}.${field}=${value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('cites the line of every indicator and problem statement', () => {
    const wrong: string[] = [];
    for (const i of tables.indicators) {
      const line = compact(cleanCell(fileLines(i.file)[i.line - 1] ?? ''));
      if (!line.includes(compact(i.name))) wrong.push(`${i.indicator_id} ${i.name} @${i.line}`);
    }
    for (const q of tables.problems) {
      const line = compact(cleanCell(fileLines(q.file)[q.line - 1] ?? ''));
      const probe = compact(q.text).slice(0, 6);
      if (!line.includes(probe)) wrong.push(`${q.problem_id} ${q.text.slice(0, 20)} @${q.line}`);
    }
    expect(wrong).toEqual([]);
  });

  it('ships the text of every cited line in source_lines, exactly as in the file', () => {
    const text = new Map(tables.source_lines.map((l) => [`${l.file}:${l.line}`, l.text]));
    const cites: Source[] = [
      ...tables.projects.flatMap((p) => p.sources),
      ...tables.departments.flatMap((d) => d.sources),
      ...tables.flags.flatMap((f) => f.sources),
      ...tables.indicators.map((i) => ({ file: i.file, line_start: i.line, line_end: i.line })),
      ...tables.problems.map((q) => ({ file: q.file, line_start: q.line, line_end: q.line })),
    ];
    expect(cites.length).toBeGreaterThan(100);
    for (const c of cites) {
      const key = `${c.file}:${c.line_start}`;
      expect(text.get(key), key).toBe(fileLines(c.file)[c.line_start - 1]);
    }
  });
});
