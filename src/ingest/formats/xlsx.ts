/**
 * XLSX → text form: each worksheet → its name on a line, then its rows as tab rows (empty rows
 * around the data and leading empty columns dropped, rows padded, an inner empty row → a blank
 * line, a blank line after the sheet).
 * Merged ranges: the value in the top-left cell only. Values: numbers in full precision (float
 * noise removed), percent-formatted numbers as displayed ("95.00%", the figure the agency
 * reported), formulas → their cached result, dates → yyyy-mm-dd, rich text → its plain text.
 */
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { gridLines } from './table.ts';

export async function xlsxToText(bytes: Uint8Array): Promise<string> {
  const workbook = await loadWorkbook(bytes);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => lines.push(sheet.name, ...gridLines(sheetRows(sheet))));
  return `${lines.join('\n')}\n`;
}

async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  // exceljs is CommonJS: the namespace sits on `default` under Node ESM and bundlers alike.
  const mod = (await import('exceljs')) as unknown as {
    default?: typeof import('exceljs');
  } & typeof import('exceljs');
  const ExcelJS = mod.default ?? mod;
  const workbook = new ExcelJS.Workbook();
  // exceljs hands the data to JSZip, which accepts any Uint8Array (its typings say Buffer).
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function sheetRows(sheet: Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellString(row.getCell(c)));
    rows.push(cells);
  }
  const isEmpty = (r: readonly string[] | undefined): boolean => (r ?? []).every((c) => c === '');
  while (rows.length > 0 && isEmpty(rows[rows.length - 1])) rows.pop();
  while (rows.length > 0 && isEmpty(rows[0])) rows.shift();
  const firstCol = Math.min(...rows.map((r) => r.findIndex((c) => c !== '')).filter((i) => i >= 0));
  return Number.isFinite(firstCol) ? rows.map((r) => r.slice(firstCol)) : [];
}

function cellString(cell: Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return valueString(cell.value, cell.numFmt);
}

function valueString(value: CellValue | undefined, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberString(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateString(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return valueString(value.result as CellValue | undefined, numFmt);
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : valueString(value.text as CellValue, numFmt);
  if ('error' in value) return value.error;
  return '';
}

/** Percent formats as displayed; other numbers in full precision (a "0.00" format is display only). */
function numberString(n: number, numFmt: string | undefined): string {
  const format = (numFmt ?? '').split(';')[0]?.replace(/"[^"]*"/g, '') ?? '';
  if (format.includes('%')) {
    const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
    return `${(n * 100).toFixed(decimals)}%`;
  }
  return String(Number(n.toPrecision(15)));
}

function dateString(d: Date): string {
  const iso = d.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
