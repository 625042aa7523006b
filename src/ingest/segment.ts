/**
 * Segmentation: decoded text → lines → rows of cells, each with its source line numbers.
 *
 * Two table layouts reach us as text:
 *  - tab-separated rows (one line per row, merged cells left empty);
 *  - one cell per line (web text export): each line is "\t<cell>", a blank line ends the row;
 *    the same export without the tab is read only inside a table that a header of known labels
 *    opens (see bareCellRows), so paragraphs set apart by blank lines are never glued into rows.
 * Both become the same Row shape so extractors need not care which layout they read.
 */
import { fundFieldOf, GRADE_WORD, indicatorFieldOf, TITLE_RE, TOTAL_SCORE_ROW } from './extract/labels.ts';
import { memoizeText } from './memo.ts';
import { cleanCell, compact } from './normalize.ts';

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

/** Page furniture that exports leave between table rows: "第 3 页 共 7 页", "- 3 -", "3/7". */
const PAGE_FOOTER =
  /^\s*(?:第\s*\d+\s*页\s*(?:[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|[-—–]\s*\d+\s*[-—–]|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)\s*$/i;

/** Every footer opens (after spaces) with 第, 共, a dash, a digit or "page": most lines do not. */
const FOOTER_START = /^\s*[第共\-—–\dpP]/;

export function isPageFooter(line: string): boolean {
  return FOOTER_START.test(line) && PAGE_FOOTER.test(line.replace(/\t/g, ' '));
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
 * A header written over two lines ("年初" / "预算数") read as one: cells concatenated column by
 * column. Source lines span both rows.
 */
export function mergeRows(top: Row, bottom: Row): Row {
  const width = Math.max(top.cells.length, bottom.cells.length);
  const cells: string[] = [];
  const cellLines: number[] = [];
  for (let k = 0; k < width; k++) {
    cells.push(`${top.cells[k] ?? ''}${bottom.cells[k] ?? ''}`);
    cellLines.push(top.cellLines[k] ?? bottom.cellLines[k] ?? top.line);
  }
  return { cells, line: top.line, lineEnd: bottom.lineEnd, cellLines };
}

/** Whether the filled top cell at k spans the next column (its top empty, a child under it). */
function spansRight(top: Row, bottom: Row, k: number): boolean {
  return (
    (bottom.cells[k] ?? '') !== '' && (top.cells[k + 1] ?? '') === '' && (bottom.cells[k + 1] ?? '') !== ''
  );
}

/**
 * For each column of a two-row header, the column of the top cell spanning it ("预算数" over
 * "年初 | 全年"), itself for the span's first column; -1 for a column no parent spans.
 */
function parentColumns(top: Row, bottom: Row): number[] {
  const width = Math.max(top.cells.length, bottom.cells.length);
  const parents: number[] = [];
  for (let k = 0; k < width; k++) {
    if ((bottom.cells[k] ?? '') === '') parents.push(-1);
    else if ((top.cells[k] ?? '') !== '') parents.push(spansRight(top, bottom, k) ? k : -1);
    else parents.push(parents[k - 1] ?? -1);
  }
  return parents;
}

/**
 * Whether the lower row of a two-row header holds only children of spanning parents ("年初 | 全年"
 * under "预算数"), so that it belongs to the header even when it names no new field.
 */
export function isSubHeader(top: Row, bottom: Row): boolean {
  const parents = parentColumns(top, bottom);
  return (
    bottom.cells.some((c) => c !== '') && bottom.cells.every((c, k) => c === '' || (parents[k] ?? -1) >= 0)
  );
}

const TOTAL_CHILD = /^(?:合计|小计|总计)$/;

/**
 * A header written over two rows, each column's label the first reading `known` accepts:
 *  - under a parent spanning children ("预算数" over "年初 | 全年"), the child qualifying the
 *    parent ("全年" + "预算数" = 全年预算数, "年初" + "项目预算" = 年初预算), else the parent
 *    then the child for the child holding the parent's figure (its 合计, else its first column),
 *    else the child alone; a part ("上年结转", "财政拨款") does not take the parent's field;
 *  - else the two halves of one label broken over lines ("全年" / "预算数"), else the lower one.
 * Unknown columns keep the halves joined, as mergeRows does.
 */
export function mergeHeaderRows(top: Row, bottom: Row, known: (label: string) => boolean): Row {
  const merged = mergeRows(top, bottom);
  const parents = parentColumns(top, bottom);
  const withTotal = new Set(parents.filter((p, k) => p >= 0 && TOTAL_CHILD.test(bottom.cells[k] ?? '')));
  const cells = merged.cells.map((joined, k) => {
    const child = bottom.cells[k] ?? '';
    const p = parents[k] ?? -1;
    if (p < 0) return [joined, child].find((c) => c !== '' && known(c)) ?? joined;
    const parent = top.cells[p] ?? '';
    const holdsFigure = withTotal.has(p) ? TOTAL_CHILD.test(child) : k === p;
    const candidates = [
      `${child}${parent.replace(/^项目/, '')}`,
      holdsFigure ? `${parent}${child}` : '',
      child,
    ];
    return candidates.find((c) => c !== '' && known(c)) ?? joined;
  });
  return { ...merged, cells };
}

/**
 * Cleaned cells of a line, and the cleaned cell of a one-cell-per-line line. Lines repeat (labels,
 * headings, boilerplate), so each distinct line is cleaned once; rows read from equal lines share
 * the cells array, which is never mutated.
 */
const lineCells = memoizeText((line) => splitCells(line).map(cleanCell));
const cellLineText = memoizeText(cleanCell);

/**
 * Cells of a line in a space-aligned export (pdftotext -layout): columns are set apart by runs of
 * spaces, and a single space between two Chinese characters is a column gap squeezed to one
 * (Chinese text has no spaces between words).
 */
const spacedCells = memoizeText((line) =>
  line
    .trim()
    .split(/\s{2,}|(?<=[\u4e00-\u9fa5])\s(?=[\u4e00-\u9fa5])/)
    .map(cleanCell),
);

/** Two inner runs of 2+ spaces: a line of three or more space-aligned columns. */
function hasSpacedColumns(line: string): boolean {
  const gaps = line.trim().match(/\s{2,}/g);
  return gaps !== null && gaps.length >= 2;
}

/** A tab or a pipe-table row anywhere: the document's tables are delimited, not set by spaces or lines. */
function hasDelimitedRows(lines: readonly string[]): boolean {
  return lines.some((line) => line.includes('\t') || line.trimStart().startsWith('|'));
}

/**
 * A space-aligned export (a document without delimited rows): at least three lines of three or
 * more columns set apart by spaces.
 */
function isSpaceAligned(lines: readonly string[]): boolean {
  let columnLines = 0;
  for (const line of lines) {
    if (hasSpacedColumns(line) && ++columnLines >= 3) return true;
  }
  return false;
}

/**
 * Rows of the whole document. A plain text line becomes a one-cell row; blank lines produce no
 * row. Markdown pipe rows are split on "|"; space-aligned exports on their column gaps.
 */
export function toRows(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  // Scanned once: a document without delimited rows is either space-aligned or, inside its
  // table regions, the one-cell-per-line export without tabs.
  const delimited = hasDelimitedRows(lines);
  const cellsOf = !delimited && isSpaceAligned(lines) ? spacedCells : lineCells;
  const bare = !delimited && cellsOf === lineCells ? bareCellRows(lines) : null;
  let i = 0;
  while (i < lines.length) {
    const bareRow = bare?.get(i);
    if (bareRow) {
      rows.push(bareRow);
      i = bareRow.lineEnd;
      continue;
    }
    const raw = lines[i] ?? '';
    if ((!raw.includes('\t') && raw.trim() === '') || isPageFooter(raw)) {
      i++;
      continue;
    }
    if (isCellLine(raw)) {
      // Gather the run of cell lines up to the next truly blank line into one row.
      const start = i;
      const cells: string[] = [];
      const cellLines: number[] = [];
      while (i < lines.length && isCellLine(lines[i] ?? '')) {
        cells.push(cellLineText(lines[i] ?? ''));
        cellLines.push(i + 1);
        i++;
      }
      if (cells.some((c) => c !== '')) rows.push({ cells, line: start + 1, lineEnd: i, cellLines });
      continue;
    }
    const cells = cellsOf(raw);
    if (cells.some((c) => c !== ''))
      rows.push({ cells, line: i + 1, lineEnd: i + 1, cellLines: cells.map(() => i + 1) });
    i++;
  }
  return rows;
}

/**
 * A cell naming a column of an indicator or funds table, or a label of the project form. A label
 * with its value after a colon ("得分：95", "全年预算：120万元") is a line of prose, no column.
 */
const FORM_LABEL = /^(?:项目名称|预算单位|主管部门|实施单位|项目单位|项目负责人|主管单位|预算部门)[:：]?$/;
const HEADER_FIELDS = new Set(['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score']);
function isHeaderLabel(line: string): boolean {
  const c = compact(line).replace(/[:：]$/, '');
  if (c.length < 2 || c.length > 14 || /[:：]/.test(c)) return false;
  const field = indicatorFieldOf(c);
  return (field !== null && HEADER_FIELDS.has(field)) || fundFieldOf(c) !== null || FORM_LABEL.test(c);
}

/** A heading or an indented paragraph: what follows a table, never one of its rows. */
const HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|第[一二三四五六七八九十\d]+[部章节]|[ \u3000]{2,}\S)/;

/**
 * The one-cell-per-line export without its leading tab: each cell a line, a blank line between
 * rows, an empty cell a blank line of its own (so a row after two blank lines opens with an empty
 * cell). Such runs look like paragraphs, so they are read as rows only in a document with no tab
 * and no pipe table (the caller checks), inside a table region: it opens at a run of lines holding two or more
 * column labels (一级指标 · 二级指标 …, 预算数 · 执行数 …) or at a run opening with a form label
 * (项目名称, 预算单位 …), and ends before a table title, a heading or an indented paragraph.
 * Row starts (0-based line index) → rows; lines outside regions are left to the caller.
 */
function bareCellRows(lines: readonly string[]): Map<number, Row> | null {
  const rows = new Map<number, Row>();
  let inside = false;
  let blanks = 0;
  let i = 0;
  while (i < lines.length) {
    const first = lines[i] ?? '';
    if (first.trim() === '') {
      blanks++;
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
    const block = lines.slice(i, end);
    const headingLike = HEADING.test(first) || (first.includes('表') && TITLE_RE.test(first));
    if (headingLike) inside = false;
    else if (!inside && block.length >= 2) {
      inside =
        FORM_LABEL.test(compact(first)) ||
        block.filter((l) => l.length <= 20 && isHeaderLabel(l)).length >= 2;
    }
    const total = inside && block.length === 1 ? totalRowAcrossBlanks(lines, i) : null;
    if (total) {
      rows.set(i, total);
      blanks = 0;
      i = total.lineEnd;
      continue;
    }
    if (inside && block.length >= 2) {
      const cells = block.map(cellLineText);
      const cellLines = block.map((_, k) => i + k + 1);
      if (blanks >= 2) {
        cells.unshift('');
        cellLines.unshift(i + 1);
      }
      rows.set(i, { cells, line: i + 1, lineEnd: end, cellLines });
    }
    blanks = 0;
    i = end;
  }
  return rows.size > 0 ? rows : null;
}

/** A number a total row may carry after its label: "100", "96.5分", "95%" (or a grade, GRADE_WORD). */
const TOTAL_NUMBER = /^[-+]?\d+(?:\.\d+)?[%分]?$/;
const isTotalValue = (cell: string): boolean => TOTAL_NUMBER.test(cell) || GRADE_WORD.test(cell);

/**
 * A total-score label alone on its line ("总分") whose row goes on after blank lines with its
 * numbers ("100", "96.5"): the blank lines are the row's empty middle cells, not a row break, as a
 * label is never a row by itself. Null unless the next block holds only numbers and grades.
 */
function totalRowAcrossBlanks(lines: readonly string[], at: number): Row | null {
  const label = lines[at] ?? '';
  if (!TOTAL_SCORE_ROW.test(compact(label))) return null;
  let start = at + 1;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start++;
  let end = start;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
  const values = lines.slice(start, end).map(cellLineText);
  if (start === at + 1 || values.length === 0 || !values.every((v) => isTotalValue(compact(v)))) return null;
  const cellLines = Array.from({ length: end - at }, (_, k) => at + k + 1);
  const empties = Array.from({ length: start - at - 1 }, () => '');
  return { cells: [cellLineText(label), ...empties, ...values], line: at + 1, lineEnd: end, cellLines };
}

function splitCells(line: string): string[] {
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 2) {
    if (/^\|[\s:|-]+\|$/.test(trimmed)) return [''];
    return trimmed.slice(1, -1).split('|');
  }
  return line.split('\t');
}
