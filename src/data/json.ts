/**
 * JSON output of a contract table for people and other tools: an array of row objects whose keys
 * are exactly the schema's columns, in schema order, one row per line (diff-friendly, still valid JSON).
 */
import { TABLE_SCHEMAS, type TableName } from './schema.ts';

/** Column names of a table, in schema order. */
export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLE_SCHEMAS[table].shape);
}

/** Copies a row with exactly the table's columns, in schema order; absent values become null. */
export function projectRow(columns: readonly string[], row: object): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  return Object.fromEntries(columns.map((column) => [column, source[column] ?? null]));
}

export function encodeJson(table: TableName, rows: readonly object[]): string {
  if (rows.length === 0) return '[]\n';
  const columns = columnsOf(table);
  const lines = rows.map((row) => JSON.stringify(projectRow(columns, row)));
  return `[\n${lines.join(',\n')}\n]\n`;
}
