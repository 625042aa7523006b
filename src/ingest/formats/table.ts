/**
 * The one table convention of the text form (shared by every converter):
 *   a row = its cells joined by "\t"; colspan=N → value + N-1 empty cells; rowspan=N → value in
 *   the first row, an empty cell at that column in the next N-1 rows; rows padded to the table's
 *   width; line breaks and tabs inside a cell → one space.
 */

export interface SpanCell {
  text: string;
  colspan: number;
  /** 0 = to the end of the table (HTML semantics). */
  rowspan: number;
}

/** HTML caps colspan at 1000; the cap also keeps a hostile file from exhausting memory. */
const MAX_COLSPAN = 1000;

/** A cell's text on one line: whitespace runs (incl. line breaks, tabs, NBSP) → one space. */
export function cellText(text: string): string {
  return NEEDS_SPACING.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Whitespace that cellText changes: any but a single inner space. */
const NEEDS_SPACING = /[^\S ]| {2}|^ | $/;

/** Wide (CJK) characters: hanzi, CJK punctuation, full-width forms. */
const CJK = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const CJK_BREAK = new RegExp(`(${CJK})\\s*\\n\\s*(?=${CJK})`, 'g');

/**
 * Line breaks inside a cell between two CJK characters dropped: a cell's text wrapped by hand
 * (Alt+Enter in Excel, <br> or a second paragraph in Word or HTML: "年初⏎预算数", "项目资金⏎（万元）")
 * reads as one word, as the eye reads it; no space is put between hanzi. Other breaks stay (cellText
 * makes them a space).
 */
export function joinCjkBreaks(cell: string): string {
  return cell.includes('\n') ? cell.replace(CJK_BREAK, '$1') : cell;
}

/** Cells → one text-form row. */
export function tabRow(cells: readonly string[]): string {
  return cells.map(cellText).join('\t');
}

/** Pad every row with empty cells to the widest row, so columns line up. */
export function padRows(rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

/** Place cells with spans on a grid (the HTML table model) and return plain rows of cells. */
export function layoutTable(rows: readonly (readonly SpanCell[])[]): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r] ?? [];
    let col = 0;
    for (const cell of cells) {
      while (line[col] !== undefined) col++;
      const colspan = clamp(cell.colspan, 1, MAX_COLSPAN);
      const lastRow =
        cell.rowspan === 0
          ? rows.length - 1
          : Math.min(rows.length - 1, r + clamp(cell.rowspan, 1, rows.length) - 1);
      for (let rr = r; rr <= lastRow; rr++) {
        const target = grid[rr] ?? [];
        for (let cc = col; cc < col + colspan; cc++)
          target[cc] = rr === r && cc === col ? cellText(cell.text) : '';
      }
      col += colspan;
    }
  });
  return padRows(grid.map((line) => Array.from(line, (v) => v ?? '')));
}

/** Text-form lines of a table: one tab row per row, then the blank line that ends every table. */
export function tableLines(rows: readonly (readonly string[])[]): string[] {
  return [...padRows(rows).map(tabRow), ''];
}

/**
 * Text-form lines of a sheet-like grid (CSV, a worksheet): rows padded to the widest row, an
 * all-empty row → a blank line (the gap the user sees), a blank line at the end.
 */
export function gridLines(rows: readonly (readonly string[])[]): string[] {
  const isEmpty = (r: readonly string[]): boolean => r.every((c) => cellText(c) === '');
  const padded = padRows(rows);
  return [...padded.map((r) => (isEmpty(r) ? '' : tabRow(r))), ''];
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}
