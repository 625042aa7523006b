/**
 * CSV output of a contract table for spreadsheet users. UTF-8 with a BOM so Excel shows Chinese
 * correctly; list/struct columns are JSON text; cells that Excel would run as formulas are escaped
 * (report text is data, never code).
 */
import Papa from 'papaparse';
import { columnsOf, projectRow } from './json.ts';
import type { TableName } from './schema.ts';

const BOM = '\uFEFF';

function cell(value: unknown): string | number | boolean | null {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  return JSON.stringify(value);
}

export function encodeCsv(table: TableName, rows: readonly object[]): string {
  const columns = columnsOf(table);
  const data = rows.map((row) => Object.values(projectRow(columns, row)).map(cell));
  const body = Papa.unparse({ fields: columns, data }, { newline: '\r\n', escapeFormulae: true });
  return `${BOM}${body}\r\n`;
}
