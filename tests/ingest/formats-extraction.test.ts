/**
 * Field-by-field extraction from the same report in every format and encoding (fixtures and
 * answer key by tests/fixtures/formats/expected.json): what comes out must not depend on how
 * the report was saved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Tables } from '../../src/data/schema.ts';
import { ingestFiles, readFixture } from '../helpers/ingest.ts';

const DIR = join(import.meta.dirname, '../fixtures/formats');
interface Expected {
  agency: string;
  year: number;
  files: { project_table: string[]; summary_table: string[] };
  encodings: Record<string, string | null>;
  formats: Record<string, string>;
  project: Record<string, unknown> & { indicators: Record<string, unknown>[]; problems: string[] };
  summary: { rows: (Record<string, unknown> & { name: string })[] };
}
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Expected;

const PROJECT_FIELDS = [
  'name',
  'managing_dept',
  'implementing_unit',
  'budget_initial',
  'budget_adjusted',
  'executed',
  'execution_rate_reported',
  'execution_weight',
  'execution_score',
  'total_score',
  'grade',
  'grade_band',
] as const;
const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score'] as const;

async function ingestOne(file: string): Promise<Tables> {
  return ingestFiles([readFixture(DIR, file)]);
}

const single = expected.files.project_table.filter((f) => !expected.files.summary_table.includes(f));

describe.each(single)('project table saved as %s', (file) => {
  it('extracts every field of the answer key', async () => {
    const t = await ingestOne(file);
    const doc = t.documents[0];
    expect(doc).toMatchObject({
      format: expected.formats[file],
      encoding: expected.encodings[file],
      doc_kind: 'project_table',
      agency: expected.agency,
      year: expected.year,
      status: 'ok',
    });
    expect(t.projects).toHaveLength(1);
    const p = t.projects[0] as unknown as Record<string, unknown>;
    for (const field of PROJECT_FIELDS) expect(p[field], `${file} ${field}`).toEqual(expected.project[field]);
    const inds = t.indicators;
    expect(inds.map((i) => i.name)).toEqual(expected.project.indicators.map((i) => i.name));
    inds.forEach((ind, k) => {
      const want = expected.project.indicators[k] as Record<string, unknown>;
      for (const field of INDICATOR_FIELDS)
        expect(ind[field], `${file} indicator ${k} ${field}`).toEqual(want[field]);
    });
    const texts = t.problems.map((q) => q.text).join('\n');
    for (const problem of expected.project.problems) expect(texts).toContain(problem.slice(0, 12));
    expect(t.flags).toEqual([]);
  });
});

describe.each(expected.files.summary_table)('summary table saved as %s', (file) => {
  it('extracts every row', async () => {
    const t = await ingestOne(file);
    expect(t.documents[0]).toMatchObject({
      format: expected.formats[file],
      encoding: expected.encodings[file],
    });
    for (const row of expected.summary.rows) {
      const p = t.projects.find((x) => x.name === row.name || x.aliases.includes(row.name));
      expect(p, `${file}: ${row.name}`).toBeDefined();
      for (const field of [
        'budget_initial',
        'budget_adjusted',
        'executed',
        'total_score',
        'grade',
      ] as const) {
        expect(p?.[field], `${file} ${row.name} ${field}`).toEqual(row[field]);
      }
      expect(p?.execution_rate_reported).toBeCloseTo(row.execution_rate_reported as number, 3);
    }
  });
});
