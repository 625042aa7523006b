/**
 * Segmentation: decoded text → lines → rows of cells, each with its source line numbers.
 *
 * Two table layouts reach us as text:
 *  - tab-separated rows (one line per row, merged cells left empty);
 *  - one cell per line (web text export): each line is "\t<cell>", a blank line ends the row.
 * Both become the same Row shape so extractors need not care which layout they read.
 */
import { cleanCell } from './normalize.ts';

export interface Row {
  /** Cleaned cells in column order; empty strings are kept so column positions survive. */
  cells: string[];
  /** 1-based first and last source line of the row. */
  line: number;
  lineEnd: number;
  /** 1-based source line of each cell (they differ in the one-cell-per-line layout). */
  cellLines: number[];
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** A line of the one-cell-per-line layout: a single leading tab and no other tab. */
function isCellLine(line: string): boolean {
  return /^\t[^\t]*$/.test(line);
}

/** Non-empty cells of a row. */
export function filled(row: Row): string[] {
  return row.cells.filter((c) => c !== '');
}

/** Source lines of the non-empty cells, parallel to filled(row). */
export function filledLines(row: Row): number[] {
  return row.cellLines.filter((_, k) => row.cells[k] !== '');
}

export function rowText(row: Row): string {
  return filled(row).join(' ');
}

/**
 * Rows of the whole document. A plain text line becomes a one-cell row; blank lines produce no
 * row. Markdown pipe rows are split on "|".
 */
export function toRows(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' && !raw.includes('\t')) {
      i++;
      continue;
    }
    if (isCellLine(raw)) {
      // Gather the run of cell lines up to the next truly blank line into one row.
      const start = i;
      const cells: string[] = [];
      const cellLines: number[] = [];
      while (i < lines.length && isCellLine(lines[i] ?? '')) {
        cells.push(cleanCell(lines[i] ?? ''));
        cellLines.push(i + 1);
        i++;
      }
      if (cells.some((c) => c !== '')) rows.push({ cells, line: start + 1, lineEnd: i, cellLines });
      continue;
    }
    const cells = splitCells(raw).map(cleanCell);
    if (cells.some((c) => c !== '')) rows.push({ cells, line: i + 1, lineEnd: i + 1, cellLines: cells.map(() => i + 1) });
    i++;
  }
  return rows;
}

function splitCells(line: string): string[] {
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 2) {
    if (/^\|[\s:|-]+\|$/.test(trimmed)) return [''];
    return trimmed.slice(1, -1).split('|');
  }
  return line.split('\t');
}
