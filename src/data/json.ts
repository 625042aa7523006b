/**
 * JSON output of a contract table for people and other tools: an array of row objects whose keys
 * are exactly the schema's columns, in schema order, one row per line (diff-friendly, still valid JSON).
 */
import type { TableEncoder } from './encoder.ts';
import { TABLE_SCHEMAS, type TableName } from './schema.ts';

/** Column names of a table, in schema order. */
export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLE_SCHEMAS[table].shape);
}

/** Copies a row with exactly the table's columns, in schema order; absent values become null. */
export function projectRow(columns: readonly string[], row: object): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  const projected: Record<string, unknown> = {};
  for (const column of columns) projected[column] = source[column] ?? null;
  return projected;
}

/** The JSON array in parts: "[" before the first row, "," between rows, "]" at the end. */
export function jsonEncoder(table: TableName): TableEncoder<string> {
  const columns = columnsOf(table);
  let written = 0;
  return {
    batch: (rows) =>
      rows
        .map((row) => `${written++ === 0 ? '[\n' : ',\n'}${JSON.stringify(projectRow(columns, row))}`)
        .join(''),
    end: () => (written === 0 ? '[]\n' : '\n]\n'),
  };
}

export function encodeJson(table: TableName, rows: readonly object[]): string {
  const encoder = jsonEncoder(table);
  return encoder.batch(rows) + encoder.end();
}
