/**
 * XLSX → text form: each worksheet → its name on a line (after its title row, if it opens with
 * one), then its rows as tab rows (empty rows
 * around the data and leading empty columns dropped, rows padded, an inner empty row → a blank
 * line, a blank line after the sheet).
 * Merged ranges: the value in the top-left cell only. Values: numbers in full precision (float
 * noise removed), percent-formatted numbers as displayed ("95.00%", the figure the agency
 * reported), formulas → their cached result, dates → yyyy-mm-dd, rich text → its plain text.
 *
 * The package is read directly (zip.ts + a small XML tokenizer) instead of through exceljs, which
 * built a full styled object model and cost ~5× more per file. The rules follow exceljs' reader
 * (its cell typing, which cells count towards the sheet's width, sheet order and naming), so
 * the text form is the one exceljs gave; xlsx-parts.ts holds the workbook-level parts.
 */
import { gridLines, joinCjkBreaks } from './table.ts';
import { readWorkbookParts, unescapeOoxml, xmlDecodeAgain, type WorkbookParts } from './xlsx-parts.ts';
import { attr, decodeXml, scanXml } from './xml-scan.ts';
import { openWithJsZip, openZip, type ZipArchive } from './zip.ts';

export async function xlsxToText(bytes: Uint8Array): Promise<string> {
  try {
    return await workbookText(await openZip(bytes));
  } catch {
    // The fast zip reader misread something, or the file is damaged: JSZip decides (and words the error).
    return workbookText(await openWithJsZip(bytes));
  }
}

async function workbookText(zip: ZipArchive): Promise<string> {
  const parts = await readWorkbookParts((name) => zip.text(name), zip.names);
  const lines: string[] = [];
  for (const sheet of parts.sheets) {
    const xml = await zip.text(sheet.path);
    if (xml !== null) lines.push(...sheetLines(sheet.name, readSheet(xml, parts)));
  }
  return `${lines.join('\n')}\n`;
}

/** One sheet's text-form lines (shared with the .xls reader, xls.ts). */
export function sheetLines(name: string, sheet: Sheet): string[] {
  const rows = sheetRows(sheet).map((row) => row.map(joinCjkBreaks));
  const grid = gridLines(rows);
  // A title row opens the sheet as the reader sees it; the tab's name comes after it.
  if (rows.length > 1 && isTitleRow(rows[0])) return [grid[0] ?? '', name, ...grid.slice(1)];
  return [name, ...grid];
}

/** A row of one text cell (a title merged across the sheet, "单位：万元"), not a figure. */
function isTitleRow(row: readonly string[] | undefined): boolean {
  const filled = (row ?? []).filter((c) => c.trim() !== '');
  return filled.length === 1 && /[^\d\s.,%-]/.test(filled[0] ?? '');
}

/** A cell that exists in the sheet model: 'null' cells (styled, no value) do not widen the sheet. */
export interface SheetCell {
  text: string;
  kind: 'value' | 'null';
}

export interface Sheet {
  /** Row number → cells by column index (0-based), sparse. */
  rows: Map<number, (SheetCell | undefined)[]>;
  merges: Range[];
  /**
   * Hidden rows and columns (1-based numbers): a draft row, an indicator "not applicable", a helper
   * column of codes — neither shown nor printed, so left out like a hidden sheet.
   */
  hiddenRows?: Set<number>;
  hiddenCols?: Set<number>;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Plain rows of a sheet: merges applied, width as exceljs counted it, hidden rows and columns
 * left out, outer empties trimmed.
 */
function sheetRows(sheet: Sheet): string[][] {
  applyMerges(sheet);
  const hiddenRows = sheet.hiddenRows ?? new Set<number>();
  const hiddenCols = sheet.hiddenCols ?? new Set<number>();
  let rowCount = 0;
  let columnCount = 0;
  for (const [r, cells] of sheet.rows) {
    rowCount = Math.max(rowCount, r);
    if (cells.some((c) => c?.kind === 'value')) columnCount = Math.max(columnCount, cells.length);
  }
  const rows: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    if (hiddenRows.has(r)) continue;
    const cells = sheet.rows.get(r);
    const row: string[] = [];
    for (let c = 0; c < columnCount; c++) if (!hiddenCols.has(c + 1)) row.push(cells?.[c]?.text ?? '');
    rows.push(row);
  }
  const isEmpty = (r: readonly string[] | undefined): boolean => (r ?? []).every((c) => c === '');
  while (rows.length > 0 && isEmpty(rows[rows.length - 1])) rows.pop();
  while (rows.length > 0 && isEmpty(rows[0])) rows.shift();
  const firstCol = Math.min(...rows.map((r) => r.findIndex((c) => c !== '')).filter((i) => i >= 0));
  return Number.isFinite(firstCol) ? rows.map((r) => r.slice(firstCol)) : [];
}

/**
 * Merged ranges: the top-left cell keeps its value, every other cell becomes an empty merged cell.
 * A range whose first row or column is hidden still shows its value: it moves to the range's
 * first visible cell.
 */
function applyMerges(sheet: Sheet): void {
  const done: Range[] = [];
  for (const m of sheet.merges) {
    if (done.some((d) => d.left <= m.right && m.left <= d.right && d.top <= m.bottom && m.top <= d.bottom))
      throw new Error('Cannot merge already merged cells');
    done.push(m);
    const anchor = cellsOf(sheet, m.top)[m.left - 1];
    cellsOf(sheet, m.top)[m.left - 1] ??= { text: '', kind: 'null' };
    const top = firstVisible(m.top, m.bottom, sheet.hiddenRows);
    const left = firstVisible(m.left, m.right, sheet.hiddenCols);
    for (let r = m.top; r <= m.bottom; r++) {
      const cells = cellsOf(sheet, r);
      for (let c = m.left; c <= m.right; c++) {
        if (r > m.top || c > m.left) cells[c - 1] = { text: '', kind: 'value' };
      }
    }
    if (anchor && (top !== m.top || left !== m.left)) cellsOf(sheet, top)[left - 1] = anchor;
  }
}

/** The first number from `from` to `to` not hidden (`from` when all are). */
function firstVisible(from: number, to: number, hidden: ReadonlySet<number> | undefined): number {
  if (!hidden || hidden.size === 0) return from;
  for (let k = from; k <= to; k++) if (!hidden.has(k)) return k;
  return from;
}

export function cellsOf(sheet: Sheet, row: number): (SheetCell | undefined)[] {
  let cells = sheet.rows.get(row);
  if (!cells) sheet.rows.set(row, (cells = []));
  return cells;
}

/** "B12" → { col: 2 }; "$B$12" too. Null for anything else. */
function decodeAddress(address: string): { col: number; row: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { col, row: Number(m[2]) };
}

function decodeRange(ref: string): Range | null {
  const [a, b = a] = ref.split(':');
  const tl = decodeAddress(a ?? '');
  const br = decodeAddress(b ?? '');
  if (!tl || !br) return null;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

/** A hidden column run reaching to XFD (16384, "hide the rest of the sheet") is capped: nothing lies there. */
const MAX_HIDDEN_RUN = 1024;
const isTrue = (value: string | undefined): boolean => value === '1' || value === 'true';

/** One worksheet part → its cells (rendered as text), merged ranges, hidden rows and columns. */
function readSheet(xml: string, parts: WorkbookParts): Sheet {
  const sheet: Sheet = { rows: new Map(), merges: [] };
  const linked = new Set<string>();
  let cells: (SheetCell | undefined)[] | null = null;
  let previousRow = 0;
  let previousCol = 0;
  let cell: CellState | null = null;
  /** Inside <r> (a rich-text run) of an inline string: its <t> text, null outside a run. */
  let run: string[] | null = null;
  let runText: string[] | null = null;
  let node: 'v' | 't' | 'f' | null = null;
  scanXml(xml, {
    open(name, attrs) {
      if (cell) {
        if (run) {
          if (name === 't') runText = [];
          return;
        }
        if (name === 'v' || name === 't' || name === 'f') {
          node = name;
          if (name === 'f') cell.shareType = attr(attrs, 't');
        } else if (name === 'r') run = [];
        return;
      }
      switch (name) {
        case 'row': {
          // A <row> without r is the row after the previous one (exceljs failed on it).
          const r = attr(attrs, 'r');
          const number = r === undefined ? previousRow + 1 : Number.parseInt(r, 10);
          cells = [];
          previousCol = 0;
          if (number >= 1) {
            sheet.rows.set(number, cells);
            previousRow = number;
            if (isTrue(attr(attrs, 'hidden'))) (sheet.hiddenRows ??= new Set()).add(number);
          }
          return;
        }
        case 'col': {
          // <col min max hidden>: a run of columns sharing width and style, perhaps hidden.
          if (!isTrue(attr(attrs, 'hidden'))) return;
          const min = Number.parseInt(attr(attrs, 'min') ?? '', 10);
          const max = Math.min(Number.parseInt(attr(attrs, 'max') ?? '', 10), min + MAX_HIDDEN_RUN);
          for (let c = min; c <= max; c++) (sheet.hiddenCols ??= new Set()).add(c);
          return;
        }
        case 'c':
          cell = {
            address: attr(attrs, 'r'),
            t: attr(attrs, 't'),
            s: attr(attrs, 's'),
            formula: '',
            value: null,
          };
          return;
        case 'mergeCell': {
          const range = decodeRange(attr(attrs, 'ref') ?? '');
          if (range) sheet.merges.push(range);
          return;
        }
        case 'hyperlink': {
          const ref = attr(attrs, 'ref');
          if (ref !== undefined && attr(attrs, 'r:id')) linked.add(ref);
          return;
        }
      }
    },
    text(raw) {
      if (!cell) return;
      if (run) {
        runText?.push(raw);
        return;
      }
      if (node === 'f') cell.formula += raw;
      else if (node === 'v' || node === 't') (cell.value ??= []).push(raw);
    },
    close(name) {
      if (cell && run) {
        if (name === 't' && runText) {
          run.push(unescapeOoxml(decodeXml(runText.join(''))));
          runText = null;
        } else if (name === 'r') {
          (cell.rich ??= []).push(run.join(''));
          run = null;
        }
        return;
      }
      if (name === 'v' || name === 't' || name === 'f' || name === 'is') node = null;
      else if (name === 'c' && cell) {
        const rendered = renderCell(cell, parts, linked);
        // A <c> without r is the cell after the previous one, an empty <c/> included (writers
        // that leave out references write every cell of the row, the merged-away ones empty).
        const at = cell.address ? decodeAddress(cell.address)?.col : previousCol + 1;
        if (rendered && cells) {
          if (at === undefined) throw new Error(`无效的单元格地址：${cell.address ?? ''}`);
          cells[at - 1] = rendered;
        }
        if (at !== undefined) previousCol = at;
        cell = null;
      } else if (name === 'row') cells = null;
    },
  });
  return sheet;
}

interface CellState {
  address: string | undefined;
  t: string | undefined;
  s: string | undefined;
  shareType?: string | undefined;
  formula: string;
  /** Raw text of <v> / inline <t>; null when the cell has none. */
  value: string[] | null;
  /** Rich-text runs of an inline string. */
  rich?: string[];
}

/**
 * A cell's text as exceljs typed it; null for a cell exceljs dropped (no value, no style — a
 * "merge" placeholder), which neither holds text nor widens the sheet.
 */
function renderCell(cell: CellState, parts: WorkbookParts, linked: ReadonlySet<string>): SheetCell | null {
  const styleId = Number.parseInt(cell.s ?? '', 10);
  const numFmt = styleId ? parts.numFmts[styleId] : undefined;
  const raw = cell.rich
    ? cell.rich.join('')
    : cell.value === null
      ? undefined
      : decodeXml(cell.value.join(''));
  const value = (text: string): SheetCell => ({ text, kind: 'value' });
  if (cell.formula !== '' || cell.shareType) {
    if (!raw) return value('');
    const result: number | boolean | string =
      cell.t === 'str'
        ? xmlDecodeAgain(raw)
        : cell.t === 'b'
          ? Number.parseInt(raw, 10) !== 0
          : cell.t === 'e'
            ? raw
            : Number.parseFloat(raw);
    // exceljs turns any cached result of a date-formatted formula into a date (NaN → invalid → error).
    if (isDateFmt(numFmt))
      return value(dateString(excelToDate(coerceNumber(result, cell.t === 'e'), parts.date1904)));
    if (typeof result === 'boolean') return value(result ? 'TRUE' : 'FALSE');
    return value(typeof result === 'string' ? result : numberString(result, numFmt));
  }
  if (raw !== undefined) {
    switch (cell.t) {
      case 's': {
        const index = Number.parseInt(raw, 10);
        if (!parts.sharedStrings) return value(numberString(index, numFmt));
        const text = parts.sharedStrings[index];
        if (text === undefined) throw new Error(`共享字符串 ${raw} 不存在`);
        return value(text);
      }
      case 'str':
        return value(xmlDecodeAgain(raw));
      case 'inlineStr':
        return value(raw);
      case 'b':
        return value(Number.parseInt(raw, 10) !== 0 ? 'TRUE' : 'FALSE');
      case 'e':
        return value(raw);
      default:
        return value(numberText(Number.parseFloat(raw), numFmt, parts.date1904));
    }
  }
  // A hyperlink turns even an empty cell into a value (exceljs' Hyperlink type).
  if (cell.address !== undefined && linked.has(cell.address)) return value('');
  return styleId ? { text: '', kind: 'null' } : null;
}

/** A number cell as shown: a date under a date format, else numberString's rules. */
export function numberText(n: number, numFmt: string | undefined, date1904: boolean): string {
  return isDateFmt(numFmt) ? dateString(excelToDate(n, date1904)) : numberString(n, numFmt);
}

function coerceNumber(result: number | boolean | string, isError: boolean): number {
  if (isError) return Number.NaN;
  return typeof result === 'number' ? result : Number(result);
}

/** A number format that shows a date or time (exceljs' rule: y m d h s b outside quotes/brackets). */
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/**
 * Percent formats as displayed; other numbers in full precision (a "0.00" format is display only).
 * Text a format adds around the number ('0"个"', '0.0"小时"', '"≥"0') is shown with it: the
 * figure the agency entered is "46个", not "46".
 */
function numberString(n: number, numFmt: string | undefined): string {
  const section = (numFmt ?? '').split(';')[0] ?? '';
  const format = section.replace(/"[^"]*"/g, '');
  const number = format.includes('%')
    ? `${(n * 100).toFixed(/\.(0+)/.exec(format)?.[1]?.length ?? 0)}%`
    : String(Number(n.toPrecision(15)));
  return section.includes('"') || section.includes('\\') ? withLiterals(number, section) : number;
}

/** Quoted ("个") and escaped (\个) text of a number format before its first and after its last digit placeholder. */
function withLiterals(number: string, section: string): string {
  const parts = section.replace(/\[[^\]]*]/g, '').split(/("[^"]*"|\\.)/);
  const isLiteral = (p: string): boolean => p.startsWith('"') || p.startsWith('\\');
  const text = (p: string): string => (p.startsWith('"') ? p.slice(1, -1) : p.slice(1));
  const first = parts.findIndex((p) => !isLiteral(p) && /[0#?]/.test(p));
  if (first < 0) return number;
  let last = first;
  parts.forEach((p, k) => {
    if (!isLiteral(p) && /[0#?]/.test(p)) last = k;
  });
  const around = (from: number, to: number): string =>
    parts.slice(from, to).filter(isLiteral).map(text).join('').trim();
  return `${around(0, first)}${number}${around(last + 1, parts.length)}`;
}

export function dateString(d: Date): string {
  const iso = d.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
