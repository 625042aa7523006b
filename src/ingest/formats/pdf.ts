/**
 * PDF (with a text layer) → text form. Per page, text items are grouped into lines by their
 * baseline (tolerance: a third of the font size), ordered by x, and joined with "\t" where the
 * gap is wider than a cell gap (or, in a table row, the item starts at a column edge other rows
 * share), so a table row stays one tab row. Pages are separated by a blank line unless a table
 * runs over the break. A row whose centred cells have odd and even numbers of lines prints them
 * interleaved half a line pitch apart and is joined back into one row, as is a row cut in two by
 * a page break. Radical code points the font's ToUnicode map put in place of hanzi are folded back
 * (cjk.ts). A PDF has no empty-cell markers: where a table's cells start at column edges its rows
 * share (left-aligned cells), they are placed by position and skipped columns become empty
 * cells, as in a tab export; elsewhere (centred cells) a row keeps its filled cells in order.
 * unpdf bundles a serverless PDF.js build with the worker inlined: no worker file is needed.
 */
import type { StructuredTextItem } from 'unpdf';
import { foldCjkRadicals } from './cjk.ts';

/** Gap (in font sizes) above which two items are separate cells: ~1.5 Latin character widths. */
const CELL_GAP_EM = 0.75;
/** Gap (in font sizes) above which two items of one cell are separate words. */
const WORD_GAP_EM = 0.15;

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  return pagesText((await pageItems(bytes)).map(uprightItems));
}

/** The text form of pages of upright items. */
export function pagesText(pageItems: readonly (readonly StructuredTextItem[])[]): string {
  const pages = pageItems.map(groupLines);
  // Columns from the page and the pages beside it (a table may run on across a break), not
  // from the whole report: its many tables of one form would repeat a header's wrapped words
  // at one x often enough to look like a column.
  const columns = pages.map((_, k) => columnStarts(pages.slice(Math.max(0, k - 1), k + 2).flat()));
  const measured = pages.map((lines, k) => inCellPitch(lines, columns[k] ?? []));
  // A page all of whose rows interleave their lines (see joinInterleavedRows) shows no two
  // consecutive lines of one cell: its table's line pitch is measured on the pages beside it.
  const pitches = measured.map((pitch, k) => pitch ?? measured[k - 1] ?? measured[k + 1]);
  let carried: Placement | undefined;
  return joinPages(
    joinRowsCutByBreaks(pages, pitches, columns).map((lines, k) => {
      const page = finishLines(lines, columns[k] ?? [], carried, pitches[k]);
      carried = page.trailing;
      return page.text;
    }),
  );
}

/** A text item as PDF.js gives it: its text and its matrix [a, b, c, d, e, f] (origin e, f). */
export interface RawTextItem {
  str: string;
  dir: string;
  width: number;
  height: number;
  transform: number[];
  hasEOL: boolean;
}

/** Each page's text items. */
async function pageItems(bytes: Uint8Array): Promise<RawTextItem[][]> {
  const { getDocumentProxy } = await import('unpdf');
  // PDF.js may transfer (detach) the buffer it is given; keep the caller's bytes intact.
  const pdf = await getDocumentProxy(bytes.slice());
  try {
    return await Promise.all(
      Array.from({ length: pdf.numPages }, async (_, i) => {
        const content = await (await pdf.getPage(i + 1)).getTextContent();
        return content.items.filter((item): item is RawTextItem & typeof item => 'transform' in item);
      }),
    );
  } finally {
    await pdf.destroy();
  }
}

/**
 * Items placed in the frame their text reads in: x along the lines, y up the page. Most pages
 * read in the page's own frame. A page whose text mostly runs another way (a landscape table
 * printed sideways on a portrait page, or drawn rotated under a /Rotate page so a viewer shows it
 * upright) is turned so that direction reads left to right, as a reader turns the paper; grouping
 * by baseline would otherwise cut every line into its characters.
 */
export function uprightItems(items: readonly RawTextItem[]): StructuredTextItem[] {
  const [dx, dy] = readingDirection(items);
  return items.map((item) => {
    const [, , c = 0, d = 0, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d);
    return {
      str: item.str,
      // Coordinates along the reading direction and along its left normal (-dy, dx): "up".
      x: e * dx + f * dy,
      y: f * dx - e * dy,
      width: item.width,
      height: item.height,
      fontSize: size,
      fontFamily: '',
      dir: item.dir,
      hasEOL: item.hasEOL,
    };
  });
}

/** The direction (a unit axis) most of the page's characters run in; (1, 0) for upright text. */
function readingDirection(items: readonly RawTextItem[]): [number, number] {
  const weight = [0, 0, 0, 0]; // right, up, left, down
  for (const item of items) {
    const [a = 0, b = 0] = item.transform;
    if (a === 0 && b === 0) continue;
    const quadrant = Math.round(Math.atan2(b, a) / (Math.PI / 2));
    weight[(quadrant + 4) % 4] = (weight[(quadrant + 4) % 4] ?? 0) + item.str.length;
  }
  const best = weight.indexOf(Math.max(...weight));
  // Upright text wins ties: a page read in its own frame is the common case.
  if (best <= 0 || (weight[best] ?? 0) <= (weight[0] ?? 0)) return [1, 0];
  return (
    [
      [0, 1],
      [-1, 0],
      [0, -1],
    ] as const
  )[best - 1] as [number, number];
}

/**
 * A page's lines as text, and the placement of the table it ends with (page numbers aside), which
 * a table at the top of the next page continues (`carried`).
 */
function finishLines(
  lines: readonly Line[],
  columns: readonly number[],
  carried?: Placement,
  // The in-cell line pitch, measured on the lines as printed (a joined row has lines of its own).
  pitch = inCellPitch(lines, columns),
): { text: string[]; trailing?: Placement } {
  // Interleaved rows are joined first: the other joins would pair their lines up wrongly.
  const merged = placeMergedLabels(
    mergeWrappedCells(
      mergeCentredCells(joinTwoLineRows(joinInterleavedRows(lines, columns, pitch), columns, pitch), columns),
      columns,
    ),
    columns,
  );
  const placed = placements(merged, columns, carried);
  const text = joinWrappedProse(
    merged,
    merged.map((line, k) => lineText(line, columns, placed[k])),
  );
  const last = merged.findLastIndex((line) => !PAGE_NUMBER.test(plainText(line)));
  return { text, trailing: placed[last] };
}

function plainText(line: Line): string {
  return line.items
    .map((it) => it.str)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a table row's cells go: its table's column grid and the column of its leftmost cell. */
interface Placement {
  grid: readonly number[];
  base: number;
  /** How far from a grid column a cell may start and still be in it. */
  tol: number;
}

/** Cells of one column start this close (left-aligned text starts at the same x in every row). */
const ALIGN_TOLERANCE_EM = 0.2;
/** Share of a table's cells that must start at a grid column for its rows to be placed. */
const MIN_PLACED_SHARE = 0.8;

/**
 * A PDF draws no empty cell, so a table row's cells are placed by position where they can be:
 * each table (a run of consecutive rows with a cell gap) gets a grid of the left edges that at
 * least MIN_ALIGNED of its rows share a cell start at (within ¼ em); a cell starting at a grid
 * column goes into that column and the columns a row skips become empty cells, as a tab export
 * keeps them ("⇥上年结转资金⇥⇥⇥⇥—⇥—⇥—" stays under 分值/执行率/得分, not under 年初预算数).
 * A row whose first cell starts right of the table's leftmost column (that column merged and
 * printed on another row) gets leading empty cells. Cells that start elsewhere (centred text)
 * just follow the previous cell; a table none of whose rows starts at a grid column is left as
 * it is. A table at the top of a page (page numbers aside) continues the table the page before
 * ended with (`carried`): it keeps that table's columns, so rows whose first column is empty on
 * this page still get their leading empty cells. Undefined for lines outside tables.
 */
function placements(
  lines: readonly Line[],
  columns: readonly number[],
  carried?: Placement,
): (Placement | undefined)[] {
  const out: (Placement | undefined)[] = lines.map(() => undefined);
  const row = (k: number): boolean => k < lines.length && isTableRow(lines[k] as Line);
  for (let i = 0; i < lines.length;) {
    if (!row(i)) {
      i++;
      continue;
    }
    // A line of one cell between two rows (a row whose other cells are empty) is the table's too.
    let j = i;
    while (row(j) || (row(j - 1) && row(j + 1))) j++;
    const rows = lines.slice(i, j);
    const tol = ALIGN_TOLERANCE_EM * medianSize(rows);
    const starts = rows.map((r) => cellsOf(r, columns).map((cell) => (cell[0] as StructuredTextItem).x));
    const atTop = lines.slice(0, i).every((line) => PAGE_NUMBER.test(plainText(line)));
    for (const [from, to] of tableRuns(starts, tol)) {
      const continued = atTop && from === 0 ? carried : undefined;
      const placement = placementOf(starts.slice(from, to), continued?.tol ?? tol, continued);
      if (placement) for (let k = from; k < to; k++) out[i + k] = placement;
    }
    i = j;
  }
  return out;
}

/**
 * Consecutive rows split where one table ends and another starts right below it: a row that
 * shares under half of its cell starts (or of the other side's, if fewer) both with the row above
 * and with all the rows above since the last split. Rows of one table share their starts even
 * where cells are merged (a merged row's are a subset) or a header brings more columns.
 */
function tableRuns(starts: readonly (readonly number[])[], tol: number): [from: number, to: number][] {
  const near = (x: number, xs: readonly number[]): boolean => xs.some((o) => Math.abs(o - x) <= tol);
  const distinct = (xs: readonly number[]): number[] =>
    xs.reduce<number[]>((out, x) => (near(x, out) ? out : [...out, x]), []);
  const sharesHalf = (here: readonly number[], above: readonly number[]): boolean =>
    2 * here.filter((x) => near(x, above)).length >= Math.min(here.length, above.length);
  const runs: [number, number][] = [];
  let from = 0;
  // The distinct cell starts of the rows since the last split.
  let seen: number[] = [];
  starts.forEach((here, k) => {
    if (k > from && !sharesHalf(here, distinct(starts[k - 1] ?? [])) && !sharesHalf(here, seen)) {
      runs.push([from, k]);
      from = k;
      seen = [];
    }
    for (const x of here) if (!near(x, seen)) seen.push(x);
  });
  runs.push([from, starts.length]);
  return runs;
}

/**
 * The grid of one table's rows, if most of its cells start at one of its columns (centred cells
 * start anywhere and are left unplaced): the left edges that at least MIN_ALIGNED rows start a
 * cell at, and the table's left edge, where any row starting a cell there starts its first
 * column (a first column filled in one row only still leads the other rows with an empty cell).
 * A table continued from the page before keeps that table's columns and first column too.
 */
function placementOf(
  starts: readonly (readonly number[])[],
  tol: number,
  continued?: Placement,
): Placement | undefined {
  const grid: number[] = [...(continued?.grid ?? [])];
  const edge = Math.min(...starts.map((row) => row[0] ?? Infinity));
  for (const x of starts.flat().sort((a, b) => a - b)) {
    if (gridColumn(x, grid, tol) >= 0) continue;
    const support = starts.filter((row) => row.some((o) => Math.abs(o - x) <= tol)).length;
    if (support >= MIN_ALIGNED || x === edge) grid.push(x);
  }
  grid.sort((a, b) => a - b);
  const cells = starts.flat();
  const onGrid = cells.filter((x) => gridColumn(x, grid, tol) >= 0).length;
  const firsts = starts.map((row) => gridColumn(row[0] ?? 0, grid, tol)).filter((k) => k >= 0);
  if (firsts.length === 0 || onGrid < MIN_PLACED_SHARE * cells.length) return undefined;
  const first = continued ? [gridColumn(continued.grid[continued.base] ?? 0, grid, tol)] : [];
  return { grid, base: Math.min(...first.filter((k) => k >= 0), ...firsts), tol };
}

function medianSize(lines: readonly Line[]): number {
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  return sizes[sizes.length >> 1] ?? 10;
}

/** Index of the grid column starting at `x` (within tol), or −1. */
function gridColumn(x: number, grid: readonly number[], tol: number): number {
  return grid.findIndex((c) => Math.abs(c - x) <= tol);
}

function isTableRow(line: Line): boolean {
  return gaps(line).some((g) => g.gap === 'cell');
}

/** Page-number lines ("- 3 -", "第 3 页 共 9 页", "3/9") printed in a page's margin. */
const PAGE_NUMBER = /^(?:[-—–]+ ?\d+ ?[-—–]+|第 ?\d+ ?页(?: ?[,，]? ?共 ?\d+ ?页)?|\d+ ?\/ ?\d+)$/;

/**
 * Pages separated by a blank line, except where a table runs on across the break: then the
 * page-number lines between its rows are dropped and the rows stay one table. A table printed
 * with its header repeated on every page (Word's 标题行重复, a browser's <thead>) starts the new
 * page with the same header row(s): they are dropped, else they read as a data row.
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
        lines.splice(0, head + repeatedHeader(out, lines.slice(head)));
      } else out.push('');
    }
    out.push(...lines);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** Header rows a table may repeat at the top of each page. */
const MAX_HEADER_ROWS = 3;

/**
 * How many of the new page's first lines repeat the first rows of the table the text so far
 * ends with (its lines back to the last line without a tab), leaving at least one row.
 */
function repeatedHeader(out: readonly string[], next: readonly string[]): number {
  let start = out.length;
  while (start > 0 && (out[start - 1] ?? '').includes('\t')) start--;
  let n = 0;
  while (
    n < MAX_HEADER_ROWS &&
    n < next.length - 1 &&
    start + n < out.length - 1 &&
    next[n] === out[start + n] &&
    (next[n] ?? '').includes('\t')
  )
    n++;
  return n;
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
  /** The text column (textColumns block) the line belongs to on its page. */
  block?: number;
  /** A cell joined into this row from midway between it and the next row (joinMergedDown). */
  midway?: StructuredTextItem[];
  /** Lines above and below joined into this row (joinCentred): its table centres cells vertically. */
  centred?: boolean;
  /** The outermost lines joined into this row from above and below (joinCentred). */
  stack?: { up: Line; down: Line };
  /** Lines joined into this row that interleave at half a line pitch (joinInterleavedRows). */
  interleaved?: boolean;
}

export function pageLines(items: readonly StructuredTextItem[]): string[] {
  const lines = groupLines(items);
  return finishLines(lines, columnStarts(lines)).text;
}

/** A line that ends a sentence or a clause list, or starts a heading or a list item. */
const ENDS_SENTENCE = /[。！？；：:;!?]$/;
const STARTS_ITEM =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|第[一二三四五六七八九十\d]+[章节条部分])/;

/**
 * Lines of a paragraph the PDF wrapped at the text column's width, joined back into one line:
 * "…全年预算数96万" + "元，全年执行数91.2万元…" (a figure and its unit, a sentence, cut by the
 * wrap). A line is joined onto the one above when neither is a table row (no tab), both are in
 * the same text column at the same font size and line pitch (≤ 2 em), the line above holds at
 * least 12 characters (a column narrower than that is a table cell) and runs to the column's right edge (within 1.5 em of the widest line of that size) and does not end a
 * sentence, and the line starts no further right than the one above (no new indented paragraph)
 * and no heading or list item. Hanzi join without a space; two Latin letters or digits with one.
 */
const MIN_WRAPPED_CHARS = 12;

/**
 * A centred title wrapped onto a second, shorter line centred on the same axis (± 1 em), of no
 * larger a font: "…项目支出绩效自评" + "报告". Not a complete title ("…自评表", "…报告") followed
 * by a centred subtitle ("（2024年度）").
 */
const TITLE_END = /(?:报告|表|书|说明|通知|函)$/;
const SUBTITLE_START = /^[（(〔【[]/;

function centredWrap(prev: Line, line: Line, above: string, text: string): boolean {
  if (TITLE_END.test(above) || SUBTITLE_START.test(text)) return false;
  const l0 = prev.items[0]?.x ?? 0;
  const l1 = line.items[0]?.x ?? 0;
  const r0 = Math.max(...prev.items.map((it) => it.x + Math.max(0, it.width)));
  const r1 = Math.max(...line.items.map((it) => it.x + Math.max(0, it.width)));
  return (
    prev.size >= line.size - 0.5 &&
    l1 > l0 + 2 * line.size &&
    r1 - l1 < r0 - l0 &&
    Math.abs((l0 + r0) / 2 - (l1 + r1) / 2) <= line.size
  );
}

/**
 * Width of what a line starts with that the wrap could not split: a run of Latin letters, digits
 * and their signs ("100%", "11208.52万元" up to the hanzi) and a closing punctuation mark after it
 * (a line may not start with "。"), so a line above that stops that far short of the right edge
 * still ran to it. Measured on the line's first item, assuming even character widths.
 */
const UNSPLIT_LEAD = /^[\w.%％,:/+\-－．]+[，。、；：！？）」』”]?/;

function leadWidth(line: Line): number {
  const first = line.items[0];
  if (!first || first.str.length === 0) return 0;
  const lead = UNSPLIT_LEAD.exec(first.str)?.[0].length ?? 0;
  return (first.width * lead) / first.str.length;
}

function joinWrappedProse(lines: readonly Line[], texts: readonly string[]): string[] {
  const right = (l: Line): number => Math.max(...l.items.map((it) => it.x + Math.max(0, it.width)));
  const left = (l: Line): number => l.items[0]?.x ?? 0;
  const edge = new Map<string, number>();
  const key = (l: Line): string => `${l.block ?? 0}:${Math.round(l.size * 2)}`;
  lines.forEach((l, k) => {
    if (!(texts[k] ?? '').includes('\t')) edge.set(key(l), Math.max(edge.get(key(l)) ?? -Infinity, right(l)));
  });
  const out: string[] = [];
  let prev: Line | null = null;
  lines.forEach((line, k) => {
    const text = texts[k] ?? '';
    const last = out[out.length - 1];
    const join =
      prev !== null &&
      last !== undefined &&
      [...last].length >= MIN_WRAPPED_CHARS &&
      !last.includes('\t') &&
      !text.includes('\t') &&
      text !== '' &&
      (prev.block ?? 0) === (line.block ?? 0) &&
      Math.abs(prev.size - line.size) <= 0.5 &&
      prev.y - line.y > 0 &&
      prev.y - line.y <= 2 * line.size &&
      (centredWrap(prev, line, last, text) ||
        (right(prev) + Math.max(1.5 * line.size, leadWidth(line) + 0.5 * line.size) >=
          (edge.get(key(prev)) ?? Infinity) &&
          left(line) <= left(prev) + 0.5 * line.size)) &&
      !ENDS_SENTENCE.test(last) &&
      !STARTS_ITEM.test(text) &&
      !PAGE_NUMBER.test(text);
    if (join)
      out[out.length - 1] =
        /[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]/.test(text) ? `${last} ${text}` : last + text;
    else out.push(text);
    prev = line;
  });
  return out;
}

/**
 * Items grouped into lines by baseline, top to bottom, each line's items left to right; a page
 * set in two text columns is read column by column (see textColumns).
 */
function groupLines(items: readonly StructuredTextItem[]): Line[] {
  const visible = items.filter((it) => it.str.trim() !== '' && it.dir !== 'ttb');
  return textColumns(visible).flatMap((block, k) =>
    baselineLines(block).map((line) => ({ ...line, block: k })),
  );
}

/** Fewest lines on each side of a gutter for a page to be set in two columns. */
const MIN_COLUMN_LINES = 5;

/**
 * A page whose body is set in two columns (a narrative in a two-column layout): grouping by
 * baseline alone would join a line of the left column with the line of the right column beside
 * it. The gutter is the widest vertical strip in the middle of the page (30–70 % of the text's
 * width, ≥ 1 em) that few items cross (≤ 15 % of the most any strip has); the page is two columns when each side has at least five
 * lines, most lines of the left column run up to the gutter (justified text) and start without a
 * cell gap inside them (not a table's columns), and the right column's lines start at its left
 * edge (± 2.5 em for a first-line indent). Items crossing the gutter (a title, a heading over both
 * columns) cut the columns into bands; each band is read left column, right column, then the
 * crossing line. Other pages come back as one block.
 */
export function textColumns(items: readonly StructuredTextItem[]): StructuredTextItem[][] {
  if (items.length < 2 * MIN_COLUMN_LINES) return [[...items]];
  let minX = Infinity;
  let maxX = -Infinity;
  for (const it of items) {
    minX = Math.min(minX, it.x);
    maxX = Math.max(maxX, it.x + Math.max(0, it.width));
  }
  const span = Math.ceil(maxX - minX);
  if (!(span > 0) || span > 20000) return [[...items]];
  const sizes = items.map(fontSize).sort((a, b) => a - b);
  const em = sizes[sizes.length >> 1] ?? 10;
  // Items covering each 1-unit strip of x (a difference array: linear in items and page width).
  const diff = new Int32Array(span + 2);
  for (const it of items) {
    const a = Math.max(0, Math.floor(it.x - minX) + 1);
    const b = Math.min(span + 1, Math.ceil(it.x + Math.max(0, it.width) - minX));
    if (b > a) {
      diff[a] = (diff[a] ?? 0) + 1;
      diff[b] = (diff[b] ?? 0) - 1;
    }
  }
  const cover = new Int32Array(span + 1);
  for (let i = 0, c = 0; i <= span; i++) cover[i] = c += diff[i] ?? 0;
  const lo = Math.floor(span * 0.3);
  const hi = Math.ceil(span * 0.7);
  let peak = 0;
  for (let i = 0; i <= span; i++) peak = Math.max(peak, cover[i] ?? 0);
  // A strip crossed by a few lines only (a title, a centred heading over both columns).
  const few = Math.max(2, Math.floor(peak * 0.15));
  let best: [number, number] | null = null;
  for (let i = lo; i <= hi; i++) {
    if ((cover[i] ?? 0) > few) continue;
    let j = i;
    while (j + 1 <= hi && (cover[j + 1] ?? 0) <= few) j++;
    if (!best || j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  if (!best || best[1] - best[0] + 1 < em) return [[...items]];
  const g0 = minX + best[0];
  const g1 = minX + best[1];
  const left: StructuredTextItem[] = [];
  const right: StructuredTextItem[] = [];
  // A line with an item over the gutter crosses it whole (a title's other items lie beside it).
  const crossing: Line[] = [];
  for (const line of baselineLines(items)) {
    const isLeft = (it: StructuredTextItem): boolean => it.x + Math.max(0, it.width) <= g0 + 1;
    if (line.items.some((it) => !isLeft(it) && it.x < g1 - 1)) crossing.push(line);
    else for (const it of line.items) (isLeft(it) ? left : right).push(it);
  }
  const leftLines = baselineLines(left);
  const rightLines = baselineLines(right);
  if (leftLines.length < MIN_COLUMN_LINES || rightLines.length < MIN_COLUMN_LINES) return [[...items]];
  const end = (l: Line): number => Math.max(...l.items.map((it) => it.x + Math.max(0, it.width)));
  const full = leftLines.filter((l) => g0 - end(l) <= 2 * em).length;
  const split = leftLines.filter((l) => gaps(l).some((g) => g.gap === 'cell')).length;
  const rightStart = Math.min(...rightLines.map((l) => l.items[0]?.x ?? Infinity));
  const aligned = rightLines.filter((l) => (l.items[0]?.x ?? Infinity) - rightStart <= 2.5 * em).length;
  if (full < Math.max(4, leftLines.length * 0.4) || split > leftLines.length * 0.2) return [[...items]];
  if (aligned < rightLines.length * 0.8) return [[...items]];
  // Bands cut by the lines crossing the gutter, top to bottom.
  const blocks: StructuredTextItem[][] = [];
  const l = [...left].sort((a, b) => b.y - a.y);
  const r = [...right].sort((a, b) => b.y - a.y);
  let li = 0;
  let ri = 0;
  let crossingBlock: StructuredTextItem[] | null = null;
  for (const line of crossing) {
    const top = line.y + line.size / 3;
    const l0 = li;
    const r0 = ri;
    while (li < l.length && (l[li]?.y ?? 0) > top) li++;
    while (ri < r.length && (r[ri]?.y ?? 0) > top) ri++;
    const last = blocks[blocks.length - 1];
    // Consecutive crossing lines (a title over two lines) stay one block.
    if (li === l0 && ri === r0 && last && crossingBlock === last) last.push(...line.items);
    else blocks.push(l.slice(l0, li), r.slice(r0, ri), (crossingBlock = [...line.items]));
  }
  blocks.push(l.slice(li), r.slice(ri));
  return blocks.filter((b) => b.length > 0);
}

/** Items grouped into lines by baseline, top to bottom, each line's items left to right. */
function baselineLines(visible: readonly StructuredTextItem[]): Line[] {
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

/**
 * A cell whose text wraps puts its second line on a text line of its own just below the row. Such
 * a line is joined back into the row when it sits at line spacing (≤ 1.6 em) below a table row,
 * has fewer cells than the row, and each of its cells is text (not a figure) starting at the left
 * edge of a text cell of the row other than the first (a paragraph after the table starts at the
 * first column; a new row of the table has its figures).
 */
const WRAP_PITCH_EM = 1.6;

function mergeWrappedCells(lines: readonly Line[], columns: readonly number[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const row = out[out.length - 1];
    if (row && joinWrapped(row, line, columns)) row.y = line.y;
    else out.push(line);
  }
  return out;
}

/**
 * A row all of whose cells wrap onto exactly two lines has nothing on its baseline: its two lines
 * read as two rows ("看守所内部226个⇥226个监控点位的" over "监控点位⇥正常使用"). They are joined
 * when they lie one in-cell line pitch apart while the rows around them lie clearly further off
 * (cell padding and borders lie between rows, not between a cell's lines). The page's line pitch
 * is the least distance between consecutive lines that start a cell at the same x (a cell's
 * second line below its first); the lines just above and below the pair lie at least
 * ROW_PITCH_MARGIN_EM more than that away, and a table row lies within two line pitches of it
 * (two rows of a table without cell padding, on their own, lie one line pitch apart too). Both
 * lines have the same number (≥ 2) of cells, of words, pairing up column by column (each pair
 * overlapping in x): cells are only joined, nothing is added.
 */
const ROW_PITCH_MARGIN_EM = 0.2;
const PITCH_TOLERANCE_EM = 0.05;

function joinTwoLineRows(
  lines: readonly Line[],
  columns: readonly number[],
  pitch: number | undefined,
): Line[] {
  if (pitch === undefined) return [...lines];
  return joinRows(lines, (i) => {
    const a = lines[i] as Line;
    const b = lines[i + 1];
    if (!b || !twoLineRow(lines, i, pitch, columns)) return null;
    const cellsA = cellsOf(a, columns);
    const cellsB = cellsOf(b, columns);
    return { line: { ...a, items: cellsA.flatMap((c, k) => [...c, ...(cellsB[k] ?? [])]) }, end: i + 2 };
  });
}

/**
 * The lines with each run that `rowAt` reads as one row (the row and the index after its last
 * line; null or undefined where no row starts) replaced by that row.
 */
function joinRows(
  lines: readonly Line[],
  rowAt: (i: number) => { line: Line; end: number } | null | undefined,
): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const row = rowAt(i);
    if (row) {
      out.push(row.line);
      i = row.end - 1;
    } else out.push(lines[i] as Line);
  }
  return out;
}

/**
 * A row whose cells, centred, have odd and even numbers of lines (a cell of four lines beside
 * cells of three, or of six beside three and one) prints their lines half a line pitch apart,
 * interleaved, few or none on a shared baseline: each of its lines would read as a row of
 * fragments. A run of consecutive lines is one row when some two of them lie at most
 * HALF_PITCH_SHARE of the page's in-cell line pitch apart (nothing else prints lines that
 * close), every pair of consecutive lines is at most a line pitch apart and some cell runs across
 * it (its lines above and below; two rows of a table without padding share no cell), and the run
 * is clearly apart from the lines around it. Its cells are the runs of items of its lines that
 * overlap in x, each read top to bottom, whose lines lie a full line pitch apart (one cell's
 * lines); there must be two or more.
 */
const HALF_PITCH_SHARE = 0.75;

function joinInterleavedRows(
  lines: readonly Line[],
  columns: readonly number[],
  pitch: number | undefined,
): Line[] {
  if (pitch === undefined) return [...lines];
  return joinRows(lines, (i) => interleavedRow(lines, i, pitch, columns));
}

function top(line: Line): number {
  return Math.max(...line.items.map((it) => it.y));
}

function bottom(line: Line): number {
  return Math.min(...line.items.map((it) => it.y));
}

function interleavedRow(
  lines: readonly Line[],
  from: number,
  pitch: number,
  columns: readonly number[],
): { line: Line; end: number } | undefined {
  const first = lines[from] as Line;
  const size = first.size;
  const tol = PITCH_TOLERANCE_EM * size;
  const apart = (upper: Line, lower: Line): number => bottom(upper) - top(lower);
  const sameText = (l: Line): boolean =>
    (l.block ?? 0) === (first.block ?? 0) && Math.abs(l.size - size) <= 0.5;
  let end = from + 1;
  let half = false;
  while (end < lines.length) {
    const next = lines[end] as Line;
    const d = apart(lines[end - 1] as Line, next);
    if (!sameText(next) || d <= 0 || d > pitch + tol) break;
    if (d <= HALF_PITCH_SHARE * pitch) half = true;
    end++;
  }
  if (!half || end - from < 2) return undefined;
  const margin = pitch + ROW_PITCH_MARGIN_EM * size;
  const above = lines[from - 1];
  const below = lines[end];
  if ((above && apart(above, first) < margin) || (below && apart(lines[end - 1] as Line, below) < margin))
    return undefined;
  const run = lines.slice(from, end);
  const cells = runCells(run, columns);
  if (cells.length < 2) return undefined;
  for (const cell of cells) {
    const tops = cell.pieces.map((p) => Math.max(...p.map((it) => it.y))).sort((a, b) => b - a);
    if (tops.some((y, k) => k > 0 && (tops[k - 1] as number) - y < pitch - tol)) return undefined;
  }
  // Every break between two consecutive lines lies inside some cell.
  for (let r = 0; r + 1 < run.length; r++)
    if (!cells.some((c) => c.rows.some((x) => x <= r) && c.rows.some((x) => x > r))) return undefined;
  const items = cellItems(cells);
  const centre = (top(first) + bottom(run[run.length - 1] as Line)) / 2;
  const middle = run.reduce((best, l) => (Math.abs(l.y - centre) < Math.abs(best.y - centre) ? l : best));
  return {
    line: {
      ...middle,
      items,
      centred: true,
      interleaved: true,
      stack: { up: first, down: run[run.length - 1] as Line },
    },
    end,
  };
}

interface RunCell {
  /** Runs of items of one line each, top to bottom. */
  pieces: StructuredTextItem[][];
  /** The lines of the run the pieces are on. */
  rows: number[];
}

/** The cells of a run of lines read as one row: the runs of items of its lines that overlap in x. */
function runCells(run: readonly Line[], columns: readonly number[]): RunCell[] {
  const cells: RunCell[] = [];
  run.forEach((line, r) => {
    for (const piece of cellsOf(line, columns)) {
      const hit = cells.filter((c) => c.pieces.some((p) => overlaps(p, piece)));
      const cell = {
        pieces: [...hit.flatMap((c) => c.pieces), piece],
        rows: [...hit.flatMap((c) => c.rows), r],
      };
      for (const c of hit) cells.splice(cells.indexOf(c), 1);
      cells.push(cell);
    }
  });
  return cells;
}

/** The items of a row's cells, cell by cell left to right, each cell's lines top to bottom. */
function cellItems(cells: readonly RunCell[]): StructuredTextItem[] {
  return [...cells]
    .sort((a, b) => left(a.pieces.flat()) - left(b.pieces.flat()))
    .flatMap((c) =>
      [...c.pieces]
        .sort((a, b) => Math.max(...b.map((it) => it.y)) - Math.max(...a.map((it) => it.y)))
        .flat(),
    );
}

/**
 * A table row too tall for what is left of its page is cut by the break: the first half fills
 * the page's foot, the rest of its cells' lines go on at the top of the next page. The halves
 * are runs of lines one in-cell line pitch apart (rows lie further apart: cell padding and
 * borders), page numbers aside, and they are one row when
 * - the first half is a table row whose cells all start on its first line although they differ
 *   in line count: a row of centred cells that ends on its page centres its shorter cells, a cut
 *   one sets them from the top;
 * - every cell of the second half starts where a cell of the first half does (it only continues
 *   the first half's cells), none in the table's first column (where a new row starts).
 * The halves are joined on the first page, the second half's lines going on one pitch below.
 */
function joinRowsCutByBreaks(
  pages: readonly (readonly Line[])[],
  pitches: readonly (number | undefined)[],
  columns: readonly (readonly number[])[],
): Line[][] {
  const out = pages.map((lines) => [...lines]);
  for (let k = 0; k + 1 < out.length; k++) {
    const pitch = pitches[k];
    const page = out[k] as Line[];
    const next = out[k + 1] as Line[];
    if (pitch === undefined) continue;
    const end = page.findLastIndex((line) => !PAGE_NUMBER.test(plainText(line)));
    const start = next.findIndex((line) => !PAGE_NUMBER.test(plainText(line)));
    if (end < 0 || start < 0) continue;
    const tail = pitchRun(page, end, -1, pitch).reverse();
    const head = pitchRun(next, start, 1, pitch);
    const first = tail[0];
    if (
      !first ||
      !head[0] ||
      tail.length < 2 ||
      !isTableRow(first) ||
      Math.abs(first.size - head[0].size) > 0.5
    )
      continue;
    const cells = runCells(tail, columns[k] ?? []);
    const lineCounts = new Set(cells.map((c) => new Set(c.rows).size));
    if (cells.some((c) => Math.min(...c.rows) > 0) || lineCounts.size < 2) continue;
    const tol = ALIGN_TOLERANCE_EM * first.size;
    const starts = cells.flatMap((c) => c.pieces.map((p) => left(p)));
    const tableEdge = Math.min(
      ...page.filter(isTableRow).flatMap((l) => cellsOf(l, columns[k] ?? []).map(left)),
    );
    const headStarts = head.flatMap((l) => cellsOf(l, columns[k + 1] ?? []).map(left));
    if (headStarts.some((x) => x - tableEdge <= tol || !starts.some((o) => Math.abs(o - x) <= tol))) continue;
    // The second half goes on one line pitch below the first.
    const shift = (tail[tail.length - 1] as Line).y - pitch - (head[0] as Line).y;
    const moved = head.map((l) => ({
      ...l,
      y: l.y + shift,
      items: l.items.map((it) => ({ ...it, y: it.y + shift })),
    }));
    const run = [...tail, ...moved];
    const row: Line = { ...first, items: cellItems(runCells(run, columns[k] ?? [])) };
    page.splice(end - tail.length + 1, tail.length, row);
    next.splice(start, head.length);
  }
  return out;
}

/**
 * The lines from `from` on (step −1: up, 1: down) each one line pitch from the one before, up to
 * a row border (a wider gap) or the page's edge; none if the next line is neither.
 */
function pitchRun(lines: readonly Line[], from: number, step: 1 | -1, pitch: number): Line[] {
  const run = [lines[from] as Line];
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i] as Line;
    const prev = run[run.length - 1] as Line;
    const gap = Math.abs(prev.y - line.y);
    if (Math.abs(line.size - prev.size) > 0.5 || (line.block ?? 0) !== (prev.block ?? 0)) break;
    if (gap > pitch + PITCH_TOLERANCE_EM * line.size) {
      // The run ends at a row's border, clearly further off than a line pitch; else it is no row.
      return gap >= pitch + ROW_PITCH_MARGIN_EM * line.size ? run : [];
    }
    run.push(line);
  }
  return run;
}

/** The least distance between consecutive lines of one size that start a cell at the same x. */
function inCellPitch(lines: readonly Line[], columns: readonly number[]): number | undefined {
  let best: number | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] as Line;
    const b = lines[i + 1] as Line;
    const dy = a.y - b.y;
    if (Math.abs(a.size - b.size) > 0.5 || dy <= 0 || dy > WRAP_PITCH_EM * b.size) continue;
    const tol = COLUMN_EDGE_EM * b.size;
    const starts = cellsOf(a, columns).map((c) => left(c));
    if (!cellsOf(b, columns).some((c) => starts.some((x) => Math.abs(x - left(c)) <= tol))) continue;
    if (best === undefined || dy < best) best = dy;
  }
  return best;
}

function twoLineRow(around: readonly Line[], k: number, pitch: number, columns: readonly number[]): boolean {
  const [above, a, b, below] = [around[k - 1], around[k] as Line, around[k + 1] as Line, around[k + 2]];
  if (!b) return false;
  const size = Math.min(a.size, b.size);
  if (Math.abs(a.size - b.size) > 0.5 || Math.abs(a.y - b.y - pitch) > PITCH_TOLERANCE_EM * size)
    return false;
  const apart = (upper: Line | undefined, lower: Line | undefined): boolean =>
    !upper || !lower || upper.y - lower.y >= pitch + ROW_PITCH_MARGIN_EM * size;
  if (!apart(above, a) || !apart(b, below)) return false;
  // Inside a table: a row of it lies within two line pitches of the pair (two rows of a table
  // without cell padding, on their own, lie one line pitch apart too).
  const near = (line: Line): boolean => line.y < a.y + 2 * pitch && line.y > b.y - 2 * pitch;
  const nearby = around.slice(Math.max(0, k - 4), k + 6);
  if (!nearby.some((line) => line !== a && line !== b && near(line) && isTableRow(line))) return false;
  const cellsA = cellsOf(a, columns);
  const cellsB = cellsOf(b, columns);
  if (cellsA.length < 2 || cellsA.length !== cellsB.length) return false;
  return cellsA.every((c, k) => {
    const d = cellsB[k] as StructuredTextItem[];
    return isWords(c) && isWords(d) && overlaps(c, d);
  });
}

/**
 * A cell whose text wraps in a table with vertically centred cells puts its lines around the
 * row's baseline: "派出所办公" above the row "1⇥20.00⇥…", "设备购置" below it (a third line,
 * if any, on the baseline itself). Such a line above and a line below are joined into the row
 * when they sit at the same distance from its baseline (± ¼ em, each ≤ 1.6 em), the row has at
 * least two cells, and the lines' cells pair up column by column (overlapping in x, words, not
 * figures), each pair over no cell of the row or over one (the middle line). A cell of four or
 * more lines ("绩效/指标/完成/情况" beside a one-line header row) has further pairs of lines
 * around those: the stack grows outward by one pair at a time while each new line continues a
 * cell the previous pair joined (it lies in the same column, one line pitch further out).
 */
function mergeCentredCells(lines: readonly Line[], columns: readonly number[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const up = lines[i] as Line;
    const row = lines[i + 1];
    const down = lines[i + 2];
    if (row && down && joinCentred(up, row, down, columns)) {
      i += 2;
      while (
        out.length > 0 &&
        lines[i + 1] &&
        joinCentred(out[out.length - 1] as Line, row, lines[i + 1] as Line, columns)
      ) {
        out.pop();
        i++;
      }
      out.push(row);
    } else if (row && down && joinMergedDown(up, row, down, columns)) {
      out.push(up);
      i += 1;
    } else out.push(up);
  }
  return out;
}

/**
 * A cell merged over two rows, centred, prints midway between their baselines on a line of its
 * own ("产出指标" between two indicator rows): one cell of words at the same distance (± ¼ em,
 * ≤ 1.6 em) from both rows, over no cell of either. It goes into the upper row, where the text
 * form puts a merged cell's value.
 */
function joinMergedDown(row: Line, mid: Line, next: Line, columns: readonly number[]): boolean {
  const size = Math.min(row.size, mid.size, next.size);
  const above = row.y - mid.y;
  const below = mid.y - next.y;
  if (above <= 0 || below <= 0 || above > WRAP_PITCH_EM * size || below > WRAP_PITCH_EM * size) return false;
  if (Math.abs(above - below) > CENTRE_TOLERANCE_EM * size) return false;
  const cells = cellsOf(mid, columns);
  const rowCells = cellsOf(row, columns);
  const nextCells = cellsOf(next, columns);
  const cell = cells[0];
  if (cells.length !== 1 || !cell || !isWords(cell) || rowCells.length < 2 || nextCells.length < 2)
    return false;
  if ([...rowCells, ...nextCells].some((c) => overlaps(c, cell))) return false;
  row.items = [...rowCells, cell].sort((a, b) => left(a) - left(b)).flat();
  row.midway = cell;
  return true;
}

/** A label merged over rows s..e, centred: its row position p (a half for midway) and span. */
interface MergedLabel {
  cell: StructuredTextItem[];
  row: number;
  first: number;
  last: number;
}

/**
 * A vertically centred cell merged over three or more rows prints at the middle of its span: on
 * the middle row's baseline ("产出指标" beside the second of three indicators) or midway between
 * the two middle rows. The text form puts a merged cell's value on the span's first row, where a
 * reader attaches it. The span is found column by column, top to bottom: it starts below the
 * nearest row above with a cell in the label's column (or below the span of a label above it in
 * that column, or at the table's first row) and ends as far below the label as it starts above.
 * The label is moved to the first row when that span has no other cell in its column, lies inside
 * the table (consecutive rows of cells), its rows have nothing left of the label but merged labels
 * of their own (a cell alone in its column between the rows above and below), and the label has
 * cells to its right in its own row (a row label; a lone note in the last column is no merged
 * label). Spans of two rows are recorded too: they bound the spans below them. Only pages that
 * show vertical centring (a label midway between two rows, a cell wrapped around its row's
 * baseline) are read so: a top-aligned table prints every label on its first row already.
 */
function placeMergedLabels(lines: Line[], columns: readonly number[]): Line[] {
  if (!lines.some((line) => line.midway !== undefined || line.centred === true)) return lines;
  const cells = lines.map((line) => cellsOf(line, columns));
  const isRow = lines.map((line) => gaps(line).some((g) => g.gap === 'cell'));
  const placed: MergedLabel[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isRow[i]) continue;
    const line = lines[i] as Line;
    for (const cell of [...(cells[i] ?? [])]) {
      const midway = line.midway?.[0] === cell[0];
      const label = mergedSpan(cell, i, midway ? i + 0.5 : i, cells, isRow, placed);
      if (!label || !centredOnSpan(label, lines)) continue;
      placed.push(label);
      if (label.first !== i) moveCell(cells, i, label.first, cell);
    }
  }
  if (placed.every((l) => l.first === l.row)) return lines;
  return lines.map((line, k) => (isRow[k] ? { ...line, items: (cells[k] ?? []).flat() } : line));
}

/**
 * A merged label is centred on its span: halfway between the top line of the span's first row
 * and the bottom line of its last (± ½ em). A cell of several lines centred on its own row
 * ("年度/目标/完成/情况" beside "预期目标") is that row's, though rows above and below it have
 * nothing in its column.
 */
function centredOnSpan(label: MergedLabel, lines: readonly Line[]): boolean {
  const first = lines[label.first] as Line;
  const last = lines[label.last] as Line;
  const ys = label.cell.map((it) => it.y);
  const centre = (Math.max(...ys) + Math.min(...ys)) / 2;
  const size = fontSize(label.cell[0] as StructuredTextItem);
  // One line on the baseline of a row whose other cells wrap around it: centred on its own row.
  const own = lines[label.row] as Line;
  if (
    own.stack &&
    ys.every((y) => Math.abs(y - own.y) <= size / 3) &&
    Math.abs(centre - (own.stack.up.y + own.stack.down.y) / 2) <= CENTRE_TOLERANCE_EM * size
  )
    return false;
  // A cell as tall as its interleaved row (lines clearly apart from the rows around it) is its own.
  if (
    own.interleaved &&
    own.stack &&
    top(own.stack.up) <= Math.max(...ys) &&
    bottom(own.stack.down) >= Math.min(...ys)
  )
    return false;
  const spanCentre = ((first.stack?.up ?? first).y + (last.stack?.down ?? last).y) / 2;
  return Math.abs(centre - spanCentre) <= 0.5 * size;
}

function mergedSpan(
  cell: StructuredTextItem[],
  row: number,
  position: number,
  cells: readonly StructuredTextItem[][][],
  isRow: readonly boolean[],
  placed: readonly MergedLabel[],
): MergedLabel | null {
  const own = cells[row] ?? [];
  if (!isWords(cell) || own.indexOf(cell) === own.length - 1) return null;
  const inSpan = (r: number, c: StructuredTextItem[]): boolean =>
    placed.some((l) => l.first <= r && r <= l.last && l.cell[0] === c[0]);
  const inColumn = (r: number): boolean =>
    (cells[r] ?? []).some((c) => c !== cell && overlaps(c, cell)) ||
    placed.some((l) => l.first <= r && r <= l.last && overlaps(l.cell, cell));
  let first = row;
  while (first - 1 >= 0 && isRow[first - 1] && !inColumn(first - 1)) first--;
  const last = 2 * position - first;
  if (last <= row || !Number.isInteger(last)) return null;
  for (let r = first; r <= last; r++) {
    if (r === row) continue;
    if (!isRow[r] || inColumn(r)) return null;
    const before = (cells[r] ?? []).filter((c) => left(c) < left(cell));
    if (before.some((c) => !inSpan(r, c) && !standsAlone(c, r, cells, isRow))) return null;
  }
  return { cell, row, first, last };
}

/** A cell with no cell of the rows just above and below in its column (a merged label's look). */
function standsAlone(
  cell: StructuredTextItem[],
  row: number,
  cells: readonly StructuredTextItem[][][],
  isRow: readonly boolean[],
): boolean {
  const clear = (r: number): boolean => !isRow[r] || !(cells[r] ?? []).some((c) => overlaps(c, cell));
  return isWords(cell) && clear(row - 1) && clear(row + 1);
}

function moveCell(
  cells: StructuredTextItem[][][],
  from: number,
  to: number,
  cell: StructuredTextItem[],
): void {
  cells[from] = (cells[from] ?? []).filter((c) => c !== cell);
  cells[to] = [...(cells[to] ?? []), cell].sort((a, b) => left(a) - left(b));
}

const CENTRE_TOLERANCE_EM = 0.25;

function joinCentred(up: Line, row: Line, down: Line, columns: readonly number[]): boolean {
  const size = Math.min(up.size, row.size, down.size);
  const top = row.stack?.up ?? row;
  const bottom = row.stack?.down ?? row;
  const pitchUp = up.y - top.y;
  const pitchDown = bottom.y - down.y;
  if (pitchUp <= 0 || pitchDown <= 0 || pitchUp > WRAP_PITCH_EM * size || pitchDown > WRAP_PITCH_EM * size)
    return false;
  if (Math.abs(up.y - row.y - (row.y - down.y)) > CENTRE_TOLERANCE_EM * size) return false;
  const rowCells = cellsOf(row, columns);
  const ups = cellsOf(up, columns);
  const downs = cellsOf(down, columns);
  if (ups.length !== downs.length) return false;
  if (row.stack) {
    // Growing a stack: each new line continues a cell of the lines joined last, or (the outer
    // lines of a cell of three, one line pitch off the baseline) a cell on the baseline.
    const baseline = row.items.filter((it) => Math.abs(it.y - row.y) <= size / 3);
    const continues = (cells: StructuredTextItem[][], last: Line, line: Line): boolean =>
      cells.every(
        (c) =>
          last.items.some((it) => overlaps([it], c)) ||
          (Math.abs(line.y - row.y) <= WRAP_PITCH_EM * size && baseline.some((it) => overlaps([it], c))),
      );
    if (!continues(ups, row.stack.up, up) || !continues(downs, row.stack.down, down)) return false;
  } else if (rowCells.length < 2 && !labelBesideWrap(rowCells, ups, downs)) return false;
  const before = new Map<number, StructuredTextItem[]>();
  const after = new Map<number, StructuredTextItem[]>();
  const added: StructuredTextItem[][] = [];
  for (let k = 0; k < ups.length; k++) {
    const a = ups[k] as StructuredTextItem[];
    const b = downs[k] as StructuredTextItem[];
    if (!overlaps(a, b) || !isWords(a) || !isWords(b)) return false;
    const under = rowCells.flatMap((c, j) => (overlaps(c, a) || overlaps(c, b) ? [j] : []));
    if (under.length > 1) return false;
    const j = under[0];
    if (j === undefined) added.push([...a, ...b]);
    else {
      if (before.has(j)) return false;
      before.set(j, a);
      after.set(j, b);
    }
  }
  const cells = [
    ...rowCells.map((c, j) => [...(before.get(j) ?? []), ...c, ...(after.get(j) ?? [])]),
    ...added,
  ];
  row.items = cells.sort((a, b) => left(a) - left(b)).flat();
  row.centred = true;
  row.stack = { up, down };
  return true;
}

/**
 * A row of one cell beside a cell wrapped onto a line above and a line below it is a row when
 * those two lines are one cell each, of words, in one column (they overlap), that lies wholly
 * right of the row's cell (a label "项目名称" whose value wraps) or wholly left of it (a label
 * "项目/名称" wrapped in a narrow first column beside its one-line value). Prose lines all start
 * at the margin.
 */
function labelBesideWrap(
  rowCells: readonly StructuredTextItem[][],
  ups: readonly StructuredTextItem[][],
  downs: readonly StructuredTextItem[][],
): boolean {
  const cell = rowCells[0];
  const a = ups[0];
  const b = downs[0];
  if (rowCells.length !== 1 || ups.length !== 1 || !cell || !a || !b || !isWords(cell)) return false;
  return (left(a) > right(cell) && left(b) > right(cell)) || (right(a) < left(cell) && right(b) < left(cell));
}

function left(cell: readonly StructuredTextItem[]): number {
  return Math.min(...cell.map((it) => it.x));
}

function right(cell: readonly StructuredTextItem[]): number {
  return Math.max(...cell.map((it) => it.x + it.width));
}

/** Two runs of items share some x (the same column). */
function overlaps(a: readonly StructuredTextItem[], b: readonly StructuredTextItem[]): boolean {
  return left(a) < right(b) && left(b) < right(a);
}

/** Cells of a line as runs of items, split where lineText puts a tab. */
function cellsOf(line: Line, columns: readonly number[]): StructuredTextItem[][] {
  const g = gaps(line);
  const isRow = g.some((x) => x.gap === 'cell');
  const cells: StructuredTextItem[][] = [];
  for (const ig of g) {
    const last = cells[cells.length - 1];
    if (last && ig.gap !== 'cell' && !tightCellGap(ig, isRow, columns)) last.push(ig.item);
    else cells.push([ig.item]);
  }
  return cells;
}

function atColumn(item: StructuredTextItem, columns: readonly number[]): boolean {
  const tol = COLUMN_EDGE_EM * fontSize(item);
  return columns.some((x) => Math.abs(x - item.x) <= tol);
}

function joinWrapped(row: Line, line: Line, columns: readonly number[]): boolean {
  const size = Math.min(row.size, line.size);
  const dy = row.y - line.y;
  if (dy <= 0 || dy > WRAP_PITCH_EM * size) return false;
  const rowCells = cellsOf(row, columns);
  const tails = cellsOf(line, columns);
  if (rowCells.length < 2 || tails.length >= rowCells.length) return false;
  const targets: number[] = [];
  for (const tail of tails) {
    const x = (tail[0] as StructuredTextItem).x;
    const k = rowCells.findIndex(
      (c, i) => i > 0 && Math.abs((c[0] as StructuredTextItem).x - x) <= 0.25 * size,
    );
    const cell = rowCells[k];
    if (!cell || k <= (targets[targets.length - 1] ?? 0) || !isWords(tail) || !isWords(cell)) return false;
    targets.push(k);
  }
  row.items = rowCells.flatMap((cell, k) => {
    const t = targets.indexOf(k);
    return t < 0 ? cell : [...cell, ...(tails[t] ?? [])];
  });
  return true;
}

/** A cell of words (a hanzi or a letter in it), not a figure such as "20", "95.00%", "—". */
function isWords(cell: readonly StructuredTextItem[]): boolean {
  return cell.some((item) => {
    for (let i = 0; i < item.str.length; i++) {
      const code = item.str.charCodeAt(i);
      if (isHanzi(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return true;
    }
    return false;
  });
}

type Gap = 'cell' | 'word' | 'none';

function gapKind(gap: number, em: number): Gap {
  return gap > CELL_GAP_EM * em ? 'cell' : gap > WORD_GAP_EM * em ? 'word' : 'none';
}

/**
 * A word gap this wide (in font sizes) is no space between words of a sentence (a space is
 * about ¼ em): a cell filled up to its border leaves only the cell padding before the next.
 */
const PADDING_GAP_EM = 0.4;

interface ItemGap {
  item: StructuredTextItem;
  gap: Gap;
  /** A word gap as wide as cell padding. */
  padded: boolean;
}

/** Each item with the gap before it (the first item: 'none'). */
function gaps(line: Line): ItemGap[] {
  let end = Number.NEGATIVE_INFINITY;
  return line.items.map((item, i) => {
    const em = fontSize(item);
    const gap = i === 0 ? 'none' : gapKind(item.x - end, em);
    const padded = gap === 'word' && item.x - end > PADDING_GAP_EM * em;
    end = Math.max(end, item.x + item.width);
    return { item, gap, padded };
  });
}

/**
 * Tight cell padding: in a table row, a word gap before a column edge (of any table on the page)
 * or as wide as cell padding ends a cell ("100 90.6" under 分值 and 得分 of a total row whose
 * columns too few rows of the page fill to be found); in any other line, a gap as wide as cell
 * padding before a column edge does (a line of a row whose cells wrap, every cell on it filled up
 * to its border, has no cell gap to show it is a row).
 */
function tightCellGap({ item, gap, padded }: ItemGap, isRow: boolean, columns: readonly number[]): boolean {
  return gap === 'word' && (isRow ? padded || atColumn(item, columns) : padded && atColumn(item, columns));
}

/**
 * Left edges shared by items after a gap in at least MIN_ALIGNED table rows (lines with a cell
 * gap): table columns. Tight cell padding leaves less than a cell gap between two cells, but the
 * cells of one column start at the same x in every row, which words of a sentence do not. The
 * rows must differ: a report of many tables of one form repeats a header row with a cell's
 * wrapped words ("项目资金 (万" …) at the same x in every table.
 */
const MIN_ALIGNED = 3;
/**
 * How close (in font sizes) items must start to share a column edge: left-aligned cells start at
 * one x to a fraction of a point; a word after a space in another row's cell is no column.
 */
const COLUMN_EDGE_EM = 0.1;

function columnStarts(lines: readonly Line[]): number[] {
  const starts: { x: number; line: number; row: string }[] = [];
  lines.forEach((line, n) => {
    const g = gaps(line);
    if (!g.some((x) => x.gap === 'cell')) return;
    const row = plainText(line);
    for (const { item, gap } of g) if (gap !== 'none') starts.push({ x: item.x, line: n, row });
  });
  starts.sort((a, b) => a.x - b.x);
  const xs = starts.map((s) => s.x);
  return starts
    .filter((s) => {
      const tol = COLUMN_EDGE_EM * (lines[s.line]?.size ?? 10);
      const near = starts.slice(lowerBound(xs, s.x - tol), lowerBound(xs, s.x + tol + 1e-9));
      return new Set(near.map((o) => o.row)).size >= MIN_ALIGNED;
    })
    .map((s) => s.x);
}

/** The index of the first of the sorted `xs` not below `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lineText(line: Line, columns: readonly number[], placement?: Placement): string {
  const g = gaps(line);
  const isRow = g.some((x) => x.gap === 'cell');
  const spaced = letterSpaced(line.items);
  // The grid column of the cell being written (rows of a placed table only).
  const columnOf = (x: number, after: number): number =>
    placement ? Math.max(after + 1, gridColumn(x, placement.grid, placement.tol)) : after + 1;
  let at = placement ? columnOf(line.items[0]?.x ?? 0, placement.base - 1) : 0;
  let text = placement ? '\t'.repeat(at - placement.base) : '';
  let started = false;
  g.forEach((ig, k) => {
    const { item, gap } = ig;
    // Tight cell padding: a word gap before a column edge of the table (or any table) is a cell gap.
    const column =
      tightCellGap(ig, isRow, columns) ||
      (isRow &&
        gap === 'word' &&
        placement !== undefined &&
        gridColumn(item.x, placement.grid, placement.tol) >= 0);
    // Inside a letter-spaced run: no separator, and the spaces of "出 绩 效" dropped.
    if (started && spaced[k] !== true) {
      if (gap === 'cell' || column) {
        const next = columnOf(item.x, at);
        text += '\t'.repeat(next - at);
        at = next;
      } else if (gap === 'word' && !/\s$/.test(text)) text += ' ';
    }
    started = true;
    const str = spaced[k] === false ? item.str.replace(/\s+/g, ' ') : item.str.replace(/\s+/g, '');
    text += foldCjkRadicals(str);
  });
  return text
    .split('\t')
    .map((cell) => cell.trim())
    .join('\t');
}

/**
 * Letter-spaced text: a label set in distributed alignment (分散对齐, "项　目　名　称" across a
 * wide cell) or a title with letter spacing comes as one item per character (or "出 绩 效") at
 * equal gaps, often wider than a cell gap. A run of at least 3 such items at equal gaps, mostly
 * hanzi — or 2 hanzi opening the line (a justified label like "总　分") — is one word: its items
 * are joined without separators; so are the spaces of one item of 3 or more spaced hanzi.
 * Marks: 'start' on the run's first item, true on the others.
 */
function letterSpaced(items: readonly StructuredTextItem[]): (boolean | 'start')[] {
  const marks: (boolean | 'start')[] = items.map(() => false);
  let k = 0;
  while (k < items.length) {
    const first = items[k] as StructuredTextItem;
    if (!isSpacedChars(first.str)) {
      k++;
      continue;
    }
    let end = k;
    const next = items[k + 1];
    const gap = next === undefined ? 0 : next.x - (first.x + first.width);
    const tol = 0.05 * fontSize(first);
    while (end + 1 < items.length) {
      const a = items[end] as StructuredTextItem;
      const b = items[end + 1] as StructuredTextItem;
      if (!isSpacedChars(b.str) || Math.abs(b.x - (a.x + a.width) - gap) > tol) break;
      end++;
    }
    const run = items.slice(k, end + 1);
    const chars = run.reduce((n, it) => n + it.str.replace(/ /g, '').length, 0);
    const hanzi = run.reduce((n, it) => n + countHanzi(it.str), 0);
    const justifiedLabel =
      k === 0 &&
      run.length === 2 &&
      run.every((it) => it.str.trim().length === 1 && countHanzi(it.str) === 1);
    // One item "满 意 度 指 标": spaces between every hanzi are letter spacing too.
    const spacedItem = run.length === 1 && hanzi >= 3 && hanzi === chars;
    if (spacedItem) marks[k] = 'start';
    else if (gap > 0 && ((run.length >= 3 && 2 * hanzi > chars) || justifiedLabel)) {
      marks[k] = 'start';
      for (let i = k + 1; i <= end; i++) marks[i] = true;
    }
    k = end + 1;
  }
  return marks;
}

/** One character, or characters each followed by one space ("出 绩 效"): a letter-spaced piece. */
function isSpacedChars(str: string): boolean {
  const s = str.trim();
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) === 0x20;
    if (i % 2 === 1 ? !space : space) return false;
  }
  return s.length === 1 || isHanzi(s.charCodeAt(0));
}

function countHanzi(str: string): number {
  let n = 0;
  for (let i = 0; i < str.length; i++) if (isHanzi(str.charCodeAt(i))) n++;
  return n;
}

/** Hanzi, CJK punctuation and full-width forms, and the radicals fonts put in place of hanzi. */
function isHanzi(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

function fontSize(item: StructuredTextItem): number {
  return item.fontSize > 0 ? item.fontSize : item.height > 0 ? item.height : 10;
}
