import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TABLE_NAMES, TABLE_SCHEMAS, type ProjectRow } from '../../src/data/schema.ts';
import { formatInvalidRow, validateRows, validateTables } from '../../src/data/validate.ts';
import { sampleTables } from './sample-tables.ts';

describe('validateTables', () => {
  it('keeps every row of valid tables', () => {
    const tables = sampleTables();
    const result = validateTables(tables);
    expect(result.invalid).toEqual([]);
    for (const table of TABLE_NAMES) expect(result.tables[table]).toEqual(tables[table]);
  });

  it('drops a bad row, keeps the others and says which row and why', () => {
    const tables = sampleTables();
    const good = tables.projects[0]!;
    const bad = { ...good, project_id: 'p-bad', budget_initial: '150', sources: [] } as unknown as ProjectRow;
    tables.projects.push(bad);
    tables.documents[0] = { ...tables.documents[0]!, status: 'done' as never };

    const { tables: valid, invalid } = validateTables(tables);

    expect(valid.projects.map((row) => row.project_id)).toEqual(['p-004-1']);
    expect(valid.documents.map((row) => row.doc_id)).toEqual(['doc-bad']);
    expect(invalid.map(({ table, key }) => `${table}[${key}]`)).toEqual([
      'documents[doc-004]',
      'projects[p-bad]',
    ]);
    const projectIssues = invalid[1]!.issues;
    expect(projectIssues.some((issue) => issue.startsWith('budget_initial:'))).toBe(true);
    expect(projectIssues.some((issue) => issue.startsWith('sources:'))).toBe(true);
    expect(formatInvalidRow(invalid[1]!)).toContain('projects[p-bad]');
    expect(formatInvalidRow(invalid[1]!)).toContain('budget_initial');
  });

  it('rejects rows that break the units contract (0 would be a lie, NaN is not a number)', () => {
    const tables = sampleTables();
    tables.projects[0] = { ...tables.projects[0]!, executed: Number.NaN };
    const { invalid } = validateTables(tables);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.issues[0]).toMatch(/^executed:/);
  });

  it('names a row by index when its key is missing, and drops columns outside the schema', () => {
    const tables = sampleTables();
    const { flag_id: _drop, ...noKey } = tables.flags[0]!;
    tables.flags = [noKey as never];
    tables.agencies = [{ ...tables.agencies[0]!, extra: 1 } as never];
    const { tables: valid, invalid } = validateTables(tables);
    expect(invalid.map((row) => row.key)).toEqual(['#0']);
    expect(Object.keys(valid.agencies[0]!)).toEqual(['name', 'aliases', 'province', 'city', 'county']);
  });
});

describe('validateRows', () => {
  it('has every table schema compiled by zod (the fast path is in use, not the fallback)', () => {
    for (const table of TABLE_NAMES)
      expect(() => z.compile(TABLE_SCHEMAS[table] as z.ZodType, { strict: true })).not.toThrow();
  });

  it('answers as the schema itself does: the same rows kept, the same issues for the rest', () => {
    const tables = sampleTables();
    const bad: unknown[] = [null, 'x', -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, [], {}, ''];
    for (const table of TABLE_NAMES) {
      const base = tables[table][0] as Record<string, unknown> | undefined;
      if (base === undefined) continue;
      const rows: unknown[] = [base, { ...base, extra: 1 }];
      for (const key of Object.keys(base)) {
        const { [key]: _absent, ...without } = base;
        rows.push(without, ...bad.map((value) => ({ ...base, [key]: value })));
      }
      const expected = rows.map((row) => TABLE_SCHEMAS[table].safeParse(row));
      const { valid, invalid } = validateRows(table, rows);
      expect(valid).toEqual(expected.filter((r) => r.success).map((r) => r.data));
      expect(invalid.map((row) => row.issues)).toEqual(
        expected
          .filter((r) => !r.success)
          .map((r) =>
            r.error!.issues.map((issue) => {
              const path = issue.path.map(String).join('.');
              return path === '' ? issue.message : `${path}: ${issue.message}`;
            }),
          ),
      );
    }
  });
});
