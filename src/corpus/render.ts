/**
 * A report as blocks (headings, lines, tables with row/col spans), rendered in the layouts the
 * parser meets: tab-separated text, one cell per line, Markdown pipe tables, HTML tables with
 * rowspan/colspan, and CSV. XLSX lives in xlsx.ts (it is async).
 *
 * Flat layouts write a merged cell as its value in the top-left position and empty cells
 * elsewhere, as Word/WPS text exports do.
 */

export interface Cell {
  text: string;
  colspan?: number;
  rowspan?: number;
  /** A numeric value for spreadsheets (the text is what other layouts print). */
  num?: { value: number; format?: string };
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'line'; text: string }
  | {
      kind: 'table';
      rows: Cell[][];
      /** Page furniture printed after the row with this index, in the flat text layouts. */
      footers?: ReadonlyMap<number, string>;
      /** After a page footer the header row (row 0) is printed again, as multi-page tables do. */
      repeatHeader?: boolean;
    };

export const cell = (text: string, colspan = 1, rowspan = 1): Cell => ({ text, colspan, rowspan });

/** Spans laid out on a grid: every row as wide as the table, merged positions empty. */
export function flatten(rows: readonly Cell[][]): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r] as (string | undefined)[];
    let col = 0;
    for (const c of cells) {
      while (line[col] !== undefined) col++;
      const colspan = c.colspan ?? 1;
      const last = Math.min(rows.length - 1, r + (c.rowspan ?? 1) - 1);
      for (let rr = r; rr <= last; rr++) {
        const target = grid[rr] as (string | undefined)[];
        for (let cc = col; cc < col + colspan; cc++) target[cc] = rr === r && cc === col ? c.text : '';
      }
      col += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  return grid.map((g) => Array.from({ length: width }, (_, k) => g[k] ?? ''));
}

/** Width of a table in columns. */
export function tableWidth(rows: readonly Cell[][]): number {
  return flatten(rows)[0]?.length ?? 0;
}

export interface TextOptions {
  /** One cell per line ("\t<cell>", a blank line ends a row) instead of tab-separated rows. */
  cellPerLine: boolean;
  /** A blank line between non-table blocks (table documents); prose runs line after line. */
  spacing: boolean;
}

/** Plain text: the tab-separated or one-cell-per-line export of a document. */
export function renderText(blocks: readonly Block[], opts: TextOptions): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind !== 'table') {
      out.push(block.text);
      if (opts.spacing) out.push('');
      continue;
    }
    const rows = flatten(block.rows);
    const emit = (row: readonly string[]) => {
      if (opts.cellPerLine) out.push(...row.map((c) => `\t${c}`), '');
      else out.push(row.join('\t'));
    };
    rows.forEach((row, r) => {
      emit(row);
      const footer = block.footers?.get(r);
      if (footer === undefined) return;
      out.push(...(opts.cellPerLine ? [footer, ''] : ['', footer, '']));
      if (block.repeatHeader && rows[0]) emit(rows[0]);
    });
    if (!opts.cellPerLine) out.push('');
  }
  return `${out.join('\n')}\n`;
}

const mdCell = (text: string): string =>
  text === '' ? ' ' : text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

/** Markdown: headings with #, tables as GFM pipe tables (first row as header). */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`# ${block.text}`, '');
    else if (block.kind === 'line') out.push(block.text, '');
    else {
      const rows = flatten(block.rows);
      rows.forEach((row, r) => {
        out.push(`| ${row.map(mdCell).join(' | ')} |`);
        if (r === 0) out.push(`|${row.map(() => ' --- ').join('|')}|`);
      });
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

/** HTML with real rowspan/colspan; `charset` is declared in a meta tag. */
export function renderHtml(blocks: readonly Block[], title: string, charset: string): string {
  const out = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    `<meta charset="${charset}">`,
    `<title>${escapeHtml(title)}</title>`,
    '<style>table { border-collapse: collapse; } td { border: 1px solid #333; padding: 4px; }</style>',
    '</head>',
    '<body>',
  ];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`<h1>${escapeHtml(block.text)}</h1>`);
    else if (block.kind === 'line') out.push(`<p>${escapeHtml(block.text)}</p>`);
    else {
      out.push('<table>');
      for (const row of block.rows) {
        const tds = row.map((c) => {
          const span = `${(c.colspan ?? 1) > 1 ? ` colspan="${c.colspan}"` : ''}${(c.rowspan ?? 1) > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
          return `<td${span}>${escapeHtml(c.text)}</td>`;
        });
        out.push(`  <tr>${tds.join('')}</tr>`);
      }
      out.push('</table>');
    }
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}

/** Rows of a sheet-like export: lines become one-cell rows, tables their flat rows. */
export function sheetRows(blocks: readonly Block[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const block of blocks) {
    if (block.kind !== 'table') {
      rows.push([{ text: block.text }]);
      continue;
    }
    // Numeric values survive flattening: they sit on single cells (summary tables have no spans).
    const flat = flatten(block.rows);
    flat.forEach((row, r) => {
      const source = block.rows[r] ?? [];
      rows.push(
        row.map((text, k) => ({ text, num: source.length === row.length ? source[k]?.num : undefined })),
      );
    });
  }
  return rows;
}

export type CsvQuoting = 'all' | 'minimal';

/** CSV (comma-separated, CRLF) with every field or only the fields that need it quoted. */
export function renderCsv(blocks: readonly Block[], quoting: CsvQuoting): string {
  const rows = sheetRows(blocks).map((r) => r.map((c) => c.text));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const quote = (field: string): string =>
    quoting === 'all' || /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
  return `${rows.map((r) => Array.from({ length: width }, (_, k) => quote(r[k] ?? '')).join(',')).join('\r\n')}\r\n`;
}
