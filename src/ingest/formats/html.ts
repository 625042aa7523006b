/**
 * HTML → text form (see README.md): block elements and <br> → one line each; tables → tab rows
 * with rowspan/colspan laid out by table.ts; entities decoded; <script>, <style>, <head> … dropped.
 * Only htmlparser2's tokenizer runs: markup is data here, nothing is rendered or executed.
 */
import { Parser } from 'htmlparser2';
import { canonicalEncoding, decodeText, normalizeNewlines, type DecodedText } from '../decode.ts';
import { cellText, layoutTable, tableLines, type SpanCell } from './table.ts';

/** Elements whose content is never document text. */
const DROPPED = new Set(
  'head title script style template noscript iframe object embed svg math select textarea button'.split(' '),
);

/** Elements that start and end a line. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body br center dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre ' +
    'section summary table tbody td tfoot th thead tr ul caption'
  ).split(' '),
);

interface TableState {
  rows: SpanCell[][];
  row: SpanCell[] | null;
  cell: { parts: string[]; colspan: number; rowspan: number } | null;
  caption: string[];
  inCaption: boolean;
  /** Text inside the table but outside any cell; browsers move it before the table. */
  stray: string[];
  /** Tables nested inside the current cell: flattened into the cell's text. */
  nested: number;
}

/** Convert an HTML document (already decoded) to the text form. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let paragraph: string[] = [];
  let table: TableState | null = null;
  const outer: TableState[] = []; // tables opened while another table had no open cell
  let dropped = 0;
  let pre = 0;

  const flushParagraph = (): void => {
    if (pre > 0) {
      lines.push(
        ...paragraph
          .join('')
          .replace(/^\n/, '') // HTML ignores a line break right after <pre>
          .split('\n')
          .map((l) => l.replace(/\s+$/, '')),
      );
    } else {
      const line = cellText(paragraph.join(''));
      if (line) lines.push(line);
    }
    paragraph = [];
  };
  const inCell = (t: TableState | null): t is TableState & { cell: NonNullable<TableState['cell']> } =>
    t?.cell != null;
  const closeCell = (t: TableState): void => {
    if (!t.cell) return;
    (t.row ??= []).push({ text: t.cell.parts.join(''), colspan: t.cell.colspan, rowspan: t.cell.rowspan });
    t.cell = null;
  };
  const closeRow = (t: TableState): void => {
    closeCell(t);
    if (t.row) t.rows.push(t.row);
    t.row = null;
  };
  const closeTable = (): void => {
    if (!table) return;
    closeRow(table);
    const done = table;
    table = outer.pop() ?? null;
    const before = [done.caption, done.stray].map((parts) => cellText(parts.join(''))).filter(Boolean);
    const rendered = [...before, ...(done.rows.length > 0 ? tableLines(layoutTable(done.rows)) : [])];
    if (table && inCell(table)) table.cell.parts.push(' ', rendered.join(' '), ' ');
    else lines.push(...rendered);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (DROPPED.has(name)) {
          dropped++;
          return;
        }
        if (dropped > 0) return;
        if (table && inCell(table) && table.nested > 0) {
          if (name === 'table') table.nested++;
          if (BLOCKS.has(name)) table.cell.parts.push(' ');
          return;
        }
        switch (name) {
          case 'table':
            if (table && inCell(table)) {
              table.nested++;
              table.cell.parts.push(' ');
              return;
            }
            if (!table) flushParagraph();
            if (table) outer.push(table);
            table = { rows: [], row: null, cell: null, caption: [], inCaption: false, stray: [], nested: 0 };
            return;
          case 'tr':
            if (table) {
              closeRow(table);
              table.row = [];
              return;
            }
            break;
          case 'td':
          case 'th':
            if (table) {
              closeCell(table);
              table.row ??= [];
              table.cell = {
                parts: [],
                colspan: spanOf(attribs.colspan),
                rowspan: spanOf(attribs.rowspan, true),
              };
              return;
            }
            break;
          case 'caption':
            if (table) {
              table.inCaption = true;
              return;
            }
            break;
          case 'pre':
            if (table) break; // inside a table a <pre> is just a block of the cell
            flushParagraph();
            pre++;
            return;
        }
        if (BLOCKS.has(name)) {
          if (table && inCell(table)) table.cell.parts.push(' ');
          else if (!table) flushParagraph();
        }
      },
      onclosetag(name) {
        if (DROPPED.has(name)) {
          dropped = Math.max(0, dropped - 1);
          return;
        }
        if (dropped > 0) return;
        if (table && inCell(table) && table.nested > 0) {
          if (name === 'table') table.nested--;
          if (BLOCKS.has(name)) table.cell.parts.push(' ');
          return;
        }
        if (table) {
          if (name === 'table') closeTable();
          else if (name === 'tr') closeRow(table);
          else if (name === 'td' || name === 'th') closeCell(table);
          else if (name === 'caption') table.inCaption = false;
          else if (BLOCKS.has(name) && table.cell) table.cell.parts.push(' ');
          return;
        }
        if (name === 'pre') {
          flushParagraph();
          pre = Math.max(0, pre - 1);
          return;
        }
        if (BLOCKS.has(name)) flushParagraph();
      },
      ontext(text) {
        if (dropped > 0) return;
        if (!table) paragraph.push(text);
        else if (table.cell) table.cell.parts.push(text);
        else if (table.inCaption) table.caption.push(text);
        else table.stray.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(normalizeNewlines(html));
  parser.end();
  while (table) closeTable();
  flushParagraph();
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * Decode an HTML file's bytes. BOM, UTF-16 pattern and valid UTF-8 win (a page re-saved as UTF-8
 * often keeps its old <meta charset=gbk>); otherwise the declared charset; otherwise byte heuristics.
 */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const byBytes = decodeText(bytes);
  if (byBytes.encoding.startsWith('utf-')) return byBytes;
  const declared = declaredCharset(bytes);
  if (!declared || declared.startsWith('utf-')) return byBytes;
  return { text: normalizeNewlines(new TextDecoder(declared).decode(bytes)), encoding: declared };
}

/** The charset named by <meta charset>, <meta http-equiv content="…charset=…"> or <?xml encoding>. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match =
    /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return match?.[1] ? canonicalEncoding(match[1]) : null;
}

function spanOf(value: string | undefined, zeroAllowed = false): number {
  const n = Number.parseInt(value ?? '', 10);
  if (Number.isNaN(n) || n < 0) return 1;
  return n === 0 && !zeroAllowed ? 1 : n;
}
