/**
 * PDF (with a text layer) → text form. Per page, text items are grouped into lines by their
 * baseline (tolerance: a third of the font size), ordered by x, and joined with "\t" where the
 * gap is wider than a cell gap (or, in a table row, the item starts at a column edge other rows
 * share), so a table row stays one tab row. Pages are separated by a blank line unless a table
 * runs over the break. Radical code points the font's ToUnicode map put in place of hanzi are folded back
 * (cjk.ts). A PDF has no empty-cell markers: an empty cell only widens a gap, so rows keep their
 * filled cells in order but not their column positions.
 * unpdf bundles a serverless PDF.js build with the worker inlined: no worker file is needed.
 */
import type { StructuredTextItem } from 'unpdf';
import { foldCjkRadicals } from './cjk.ts';

/** Gap (in font sizes) above which two items are separate cells: ~1.5 Latin character widths. */
const CELL_GAP_EM = 0.75;
/** Gap (in font sizes) above which two items of one cell are separate words. */
const WORD_GAP_EM = 0.15;

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { extractTextItems } = await import('unpdf');
  // PDF.js may transfer (detach) the buffer it is given; keep the caller's bytes intact.
  const { items } = await extractTextItems(bytes.slice());
  const pages = items.map(groupLines);
  // Columns from every page: a table continued on the next page keeps the first page's columns.
  const columns = columnStarts(pages.flat());
  return joinPages(pages.map((lines) => lines.map((line) => lineText(line, columns))));
}

/** Page-number lines ("- 3 -", "第 3 页 共 9 页", "3/9") printed in a page's margin. */
const PAGE_NUMBER = /^(?:[-—–]+ ?\d+ ?[-—–]+|第 ?\d+ ?页(?: ?[,，]? ?共 ?\d+ ?页)?|\d+ ?\/ ?\d+)$/;

/**
 * Pages separated by a blank line, except where a table runs on across the break: then the
 * page-number lines between its rows are dropped and the rows stay one table.
 */
export function joinPages(pages: readonly (readonly string[])[]): string {
  const out: string[] = [];
  for (const page of pages) {
    const lines = [...page];
    if (out.length > 0) {
      const tail = trimPageNumbers(out);
      const head = lines.findIndex((l) => !PAGE_NUMBER.test(l));
      if (tail.includes('\t') && (lines[head] ?? '').includes('\t')) {
        while (out.length > 0 && PAGE_NUMBER.test(out[out.length - 1] ?? '')) out.pop();
        lines.splice(0, head);
      } else out.push('');
    }
    out.push(...lines);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** The last line of the text so far that is not a page number. */
function trimPageNumbers(lines: readonly string[]): string {
  for (let i = lines.length - 1; i >= 0; i--) if (!PAGE_NUMBER.test(lines[i] ?? '')) return lines[i] ?? '';
  return '';
}

interface Line {
  y: number;
  size: number;
  items: StructuredTextItem[];
}

export function pageLines(items: readonly StructuredTextItem[]): string[] {
  const lines = groupLines(items);
  const columns = columnStarts(lines);
  return lines.map((line) => lineText(line, columns));
}

/** Items grouped into lines by baseline, top to bottom, each line's items left to right. */
function groupLines(items: readonly StructuredTextItem[]): Line[] {
  const visible = items.filter((it) => it.str.trim() !== '' && it.dir !== 'ttb');
  const byY = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of byY) {
    const size = fontSize(item);
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) <= Math.min(last.size, size) / 3) last.items.push(item);
    else lines.push({ y: item.y, size, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

type Gap = 'cell' | 'word' | 'none';

function gapKind(gap: number, em: number): Gap {
  return gap > CELL_GAP_EM * em ? 'cell' : gap > WORD_GAP_EM * em ? 'word' : 'none';
}

/** Each item with the gap before it (the first item: 'none'). */
function gaps(line: Line): { item: StructuredTextItem; gap: Gap }[] {
  let end = Number.NEGATIVE_INFINITY;
  return line.items.map((item, i) => {
    const gap = i === 0 ? 'none' : gapKind(item.x - end, fontSize(item));
    end = Math.max(end, item.x + item.width);
    return { item, gap };
  });
}

/**
 * Left edges shared by items after a gap in at least MIN_ALIGNED table rows (lines with a cell
 * gap): table columns. Tight cell padding leaves less than a cell gap between two cells, but the
 * cells of one column start at the same x in every row, which words of a sentence do not.
 */
const MIN_ALIGNED = 3;

function columnStarts(lines: readonly Line[]): number[] {
  const starts: { x: number; line: number }[] = [];
  lines.forEach((line, n) => {
    const g = gaps(line);
    if (!g.some((x) => x.gap === 'cell')) return;
    for (const { item, gap } of g) if (gap !== 'none') starts.push({ x: item.x, line: n });
  });
  return starts
    .filter((s) => {
      const tol = 0.25 * (lines[s.line]?.size ?? 10);
      const rows = new Set(starts.filter((o) => Math.abs(o.x - s.x) <= tol).map((o) => o.line));
      return rows.size >= MIN_ALIGNED;
    })
    .map((s) => s.x);
}

function lineText(line: Line, columns: readonly number[]): string {
  const g = gaps(line);
  const isRow = g.some((x) => x.gap === 'cell');
  let text = '';
  for (const { item, gap } of g) {
    const tol = 0.25 * fontSize(item);
    const column = isRow && gap === 'word' && columns.some((x) => Math.abs(x - item.x) <= tol);
    if (text !== '') text += gap === 'cell' || column ? '\t' : gap === 'word' && !/\s$/.test(text) ? ' ' : '';
    text += foldCjkRadicals(item.str.replace(/\s+/g, ' '));
  }
  return text
    .split('\t')
    .map((cell) => cell.trim())
    .join('\t');
}

function fontSize(item: StructuredTextItem): number {
  return item.fontSize > 0 ? item.fontSize : item.height > 0 ? item.height : 10;
}
