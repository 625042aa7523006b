/**
 * PDF (with a text layer) → text form. Per page, text items are grouped into lines by their
 * baseline (tolerance: a third of the font size), ordered by x, and joined with "\t" where the
 * gap is wider than a cell gap, so a table row stays one tab row. Pages are separated by a blank
 * line. Radical code points the font's ToUnicode map put in place of hanzi are folded back
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
  const pages = items.map(pageLines);
  return pages.map((lines) => `${lines.join('\n')}\n`).join('\n');
}

interface Line {
  y: number;
  size: number;
  items: StructuredTextItem[];
}

export function pageLines(items: readonly StructuredTextItem[]): string[] {
  const visible = items.filter((it) => it.str.trim() !== '' && it.dir !== 'ttb');
  const byY = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of byY) {
    const size = fontSize(item);
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) <= Math.min(last.size, size) / 3) last.items.push(item);
    else lines.push({ y: item.y, size, items: [item] });
  }
  return lines.map(lineText);
}

function lineText(line: Line): string {
  const items = [...line.items].sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - end;
    const em = fontSize(item);
    if (text !== '')
      text += gap > CELL_GAP_EM * em ? '\t' : gap > WORD_GAP_EM * em && !/\s$/.test(text) ? ' ' : '';
    text += foldCjkRadicals(item.str.replace(/\s+/g, ' '));
    end = Math.max(end, item.x + item.width);
  }
  return text
    .split('\t')
    .map((cell) => cell.trim())
    .join('\t');
}

function fontSize(item: StructuredTextItem): number {
  return item.fontSize > 0 ? item.fontSize : item.height > 0 ? item.height : 10;
}
