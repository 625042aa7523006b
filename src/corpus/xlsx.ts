/**
 * Sheet rows → .xlsx bytes with exceljs, byte-identical for the same input: the workbook dates
 * are fixed and the zip entries' DOS timestamps (JSZip stamps "now") are rewritten.
 */
import type { Workbook } from 'exceljs';
import type { Cell } from './render.ts';

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

async function newWorkbook(): Promise<Workbook> {
  // exceljs is CommonJS: the namespace sits on `default` under Node ESM.
  const mod = (await import('exceljs')) as unknown as {
    default?: typeof import('exceljs');
  } & typeof import('exceljs');
  const ExcelJS = mod.default ?? mod;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gen-corpus';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

/** One worksheet; a single-cell row wider tables follow is merged across (a title row). */
export async function renderXlsx(sheetName: string, rows: readonly Cell[][]): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(sheetName);
  const width = Math.max(1, ...rows.map((r) => r.length));
  rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((c, k) => {
      const target = row.getCell(k + 1);
      if (c.num) {
        target.value = c.num.value;
        if (c.num.format) target.numFmt = c.num.format;
      } else if (c.text !== '') target.value = c.text;
    });
    if (cells.length === 1 && width > 1) sheet.mergeCells(r + 1, 1, r + 1, width);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer as ArrayBuffer));
}

/**
 * Sets the DOS time/date of every zip entry to 2024-01-01 00:00, walking the central directory
 * (found from the end-of-central-directory record) and each entry's local header.
 */
export function fixZipTimestamps(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 1;
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`bad local header at ${local}`);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}
