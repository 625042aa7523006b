/**
 * Row validation against the output contract: every row of every table is parsed with its zod
 * schema before it is written. Invalid rows are dropped (never written half-right) and returned
 * with a key and the zod issues so the caller can report and count them.
 */
import { z } from 'zod';
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName, type Tables } from './schema.ts';

/** The column that names a row in reports about it (falls back to the row index). */
export const ROW_KEYS: Record<TableName, string> = {
  documents: 'doc_id',
  agencies: 'name',
  projects: 'project_id',
  departments: 'doc_id',
  indicators: 'indicator_id',
  problems: 'problem_id',
  flags: 'flag_id',
  source_lines: 'line',
};

export interface InvalidRow {
  table: TableName;
  /** Value of the table's key column, or `#<index>` when the key itself is missing. */
  key: string;
  /** One entry per zod issue: `path: message`. */
  issues: string[];
}

export interface ValidationResult {
  tables: Tables;
  invalid: InvalidRow[];
}

function rowKey(table: TableName, row: unknown, index: number): string {
  const value =
    typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[ROW_KEYS[table]] : null;
  return typeof value === 'string' && value !== '' ? value : `#${index}`;
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/**
 * The table schemas compiled by zod itself (z.compile): a generated parser per schema, several times
 * faster than the interpreted one on the rows a run writes. It answers exactly as the schema does:
 * a row it does not accept is parsed again by the schema's own runtime, which reports the issues;
 * a schema zod cannot compile is returned as it is.
 */
const compiled = new Map<TableName, z.ZodType>();

function compiledSchema(table: TableName): z.ZodType {
  let schema = compiled.get(table);
  if (schema === undefined) {
    schema = z.compile(TABLE_SCHEMAS[table] as z.ZodType);
    compiled.set(table, schema);
  }
  return schema;
}

/** Validates one table's rows: the valid ones as parsed (unknown keys dropped), and the invalid ones. */
export function validateRows(
  table: TableName,
  rows: readonly unknown[],
): { valid: unknown[]; invalid: InvalidRow[] } {
  const schema = compiledSchema(table);
  const valid: unknown[] = [];
  const invalid: InvalidRow[] = [];
  rows.forEach((row, index) => {
    const result = schema.safeParse(row);
    if (result.success) valid.push(result.data);
    else
      invalid.push({ table, key: rowKey(table, row, index), issues: result.error.issues.map(formatIssue) });
  });
  return { valid, invalid };
}

/** Validates all rows; the returned tables hold only the valid rows, as parsed (unknown keys dropped). */
export function validateTables(tables: Tables): ValidationResult {
  const invalid: InvalidRow[] = [];
  const valid: Record<string, unknown[]> = {};
  for (const table of TABLE_NAMES) {
    const result = validateRows(table, tables[table] ?? []);
    valid[table] = result.valid;
    invalid.push(...result.invalid);
  }
  return { tables: valid as unknown as Tables, invalid };
}

/** One stderr line per invalid row. */
export function formatInvalidRow(row: InvalidRow): string {
  return `无效行 ${row.table}[${row.key}]（未写出）：${row.issues.join('；')}`;
}
