/**
 * CSV output of a contract table for spreadsheet users. UTF-8 with a BOM so Excel shows Chinese
 * correctly; list/struct columns are JSON text; cells that Excel would run as formulas are escaped
 * (report text is data, never code).
 */
import Papa from 'papaparse';
import type { TableEncoder } from './encoder.ts';
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

const OPTIONS = { newline: '\r\n', escapeFormulae: true } as const;

/** The CSV in parts: BOM and header first (an empty table is just these), then rows, CRLF after each. */
export function csvEncoder(table: TableName): TableEncoder<string> {
  const columns = columnsOf(table);
  let started = false;
  const head = (): string => {
    if (started) return '';
    started = true;
    return `${BOM}${Papa.unparse([columns], OPTIONS)}\r\n`;
  };
  return {
    batch(rows) {
      if (rows.length === 0) return head();
      const data = rows.map((row) => Object.values(projectRow(columns, row)).map(cell));
      return `${head()}${Papa.unparse(data, OPTIONS)}\r\n`;
    },
    end: head,
  };
}

export function encodeCsv(table: TableName, rows: readonly object[]): string {
  const encoder = csvEncoder(table);
  return encoder.batch(rows) + encoder.end();
}
