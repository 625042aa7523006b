/**
 * HTML → text form (see README.md): block elements and <br> → one line each; tables → tab rows
 * with rowspan/colspan laid out by table.ts; entities decoded; <script>, <style>, <head> … dropped.
 * Only htmlparser2's tokenizer runs: markup is data here, nothing is rendered or executed.
 */
import { Parser } from 'htmlparser2';
import { canonicalEncoding, decodeText, normalizeNewlines, type DecodedText } from '../decode.ts';
import { cellText, joinCjkBreaks, layoutTable, tableLines, type SpanCell } from './table.ts';

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

/** A table nested in a cell, already rendered; `block` = more than one row (a table of its own). */
interface Nested {
  lines: string[];
  block: boolean;
}

/** A cell's content in order: text (a block boundary inside it = "\n") and nested tables. */
type Content = string | Nested;

interface Cell extends SpanCell {
  content: Content[];
}

interface TableState {
  rows: Cell[][];
  /** Rows of a <tfoot>: shown below the body wherever the source puts them (HTML 4 put it first). */
  foot: Cell[][];
  inFoot: boolean;
  row: Cell[] | null;
  cell: { content: Content[]; colspan: number; rowspan: number } | null;
  caption: string[];
  inCaption: boolean;
  /** Text inside the table but outside any cell; browsers move it before the table. */
  stray: string[];
  /**
   * A page-layout table (a portal's frame, a Word text frame): a cell holds a table of several
   * rows and text besides it. Its cells are rendered as blocks, one after the other.
   */
  layout: boolean;
}

/** An element hidden by its inline style (Excel's hidden rows and columns, Word's hidden text). */
const HIDDEN_STYLE = /display\s*:\s*none/i;

/**
 * Classes a <style> sheet hides on screen (`.x { display: none }`, at top level or in an
 * `@media screen` block; `@media print` rules left out): WPS and report generators put a print copy
 * of the content in such a block, and Word's HTML hides text by class. Only simple selectors
 * (`.x`, `div.x`) count; the sheet is scanned once, brace by brace.
 */
export function screenHiddenClasses(html: string): Set<string> {
  const out = new Set<string>();
  if (!html.includes('<style') && !html.includes('<STYLE')) return out;
  if (!/display\s*:\s*none/i.test(html)) return out;
  for (const [, css = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi))
    collectHiddenClasses(css.replace(/\/\*[\s\S]*?\*\/|<!--|-->/g, ' '), out);
  return out;
}

function collectHiddenClasses(css: string, out: Set<string>): void {
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    if (open < 0) return;
    let depth = 1;
    let close = open + 1;
    for (; close < css.length && depth > 0; close++) {
      const ch = css[close];
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
    const prelude = css.slice(at, open).trim();
    const body = css.slice(open + 1, close - 1);
    at = close;
    if (prelude.startsWith('@')) {
      const media = /^@media\b(.*)$/is.exec(prelude)?.[1] ?? null;
      if (media !== null && !printOnly(media)) collectHiddenClasses(body, out);
      continue;
    }
    if (!HIDDEN_STYLE.test(body)) continue;
    for (const selector of prelude.split(',')) {
      const cls = /^(?:[a-z][\w-]*)?\.([\w-]+)$/i.exec(selector.trim())?.[1];
      if (cls) out.add(cls);
    }
  }
}

/** A media query that applies to print only ("print", "only print and …"). */
function printOnly(query: string): boolean {
  return /\bprint\b/i.test(query) && !/\b(screen|all|not)\b/i.test(query);
}

function hasHiddenClass(classes: string, hidden: ReadonlySet<string>): boolean {
  for (const c of classes.split(/\s+/)) if (hidden.has(c)) return true;
  return false;
}

/**
 * A line break in the source between two wide (CJK) characters, tags in between allowed: Word's
 * HTML export wraps long lines inside Chinese text ("资金支付进度\r\n滞后于计划"). CSS drops such a
 * segment break instead of rendering it as a space (CSS Text 3, segment break transformation).
 */
const CJK_SEGMENT_BREAK =
  /([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])((?:<[^<>]*>)*)[ \t]*\n[ \t]*((?:<[^<>]*>)*)(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])/g;
const PRE_BLOCK = /(<pre[\s>][\s\S]*?<\/pre\s*>)/i;

export function joinCjkSegmentBreaks(html: string): string {
  if (!html.includes('\n')) return html;
  const join = (part: string): string => part.replace(CJK_SEGMENT_BREAK, '$1$2$3');
  if (!/<pre[\s>]/i.test(html)) return join(html);
  // Inside <pre> a line break is a line break.
  return html
    .split(PRE_BLOCK)
    .map((part, k) => (k % 2 === 1 ? part : join(part)))
    .join('');
}

/**
 * Word's "save as web page" writes a list item's number in a block only older browsers show
 * (<![if !supportLists]> … <![endif]>, or the same as comments): the label ("一、", "1.") then
 * &nbsp; padding. The label is kept without the padding; a one-character label that is no digit
 * or hanzi is a bullet glyph (Wingdings "l", Symbol "·") and left out.
 */
const LIST_LABEL_START = /^\[if !supportLists\]$/i;
const LIST_LABEL_END = /^\[endif\]$/i;

function listLabel(parts: readonly string[]): string {
  const label = parts.join('').replace(/\s+/g, '');
  return [...label].length === 1 && !/[0-9\u3400-\u9fff]/.test(label) ? '' : label;
}

/** Convert an HTML document (already decoded) to the text form. */
export function htmlToText(source: string): string {
  const html = joinCjkSegmentBreaks(normalizeNewlines(source));
  const hiddenClasses = screenHiddenClasses(html);
  const lines: string[] = [];
  let paragraph: string[] = [];
  let table: TableState | null = null;
  const outer: TableState[] = []; // the tables enclosing the current one
  let dropped = 0;
  /** The element hidden by display:none and how deep it nests in itself. */
  let hidden: { name: string; depth: number } | null = null;
  let pre = 0;
  /** Inside a Word list label block: its text so far. */
  let label: string[] | null = null;

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
    const { content, colspan, rowspan } = t.cell;
    const blocks = content.some((c) => typeof c !== 'string' && c.block);
    // A cell holding a table of several rows and text besides: the whole table is page layout.
    if (blocks && cellText(content.filter((c) => typeof c === 'string').join('')) !== '') t.layout = true;
    (t.row ??= []).push({ text: joinCjkBreaks(inlineText(content)), colspan, rowspan, content });
    t.cell = null;
  };
  const closeRow = (t: TableState): void => {
    closeCell(t);
    if (t.row) (t.inFoot ? t.foot : t.rows).push(t.row);
    t.row = null;
  };
  const closeTable = (): void => {
    if (!table) return;
    closeRow(table);
    const done = table;
    done.rows.push(...done.foot.splice(0));
    table = outer.pop() ?? null;
    const before = [done.caption, done.stray].map((parts) => cellText(parts.join(''))).filter(Boolean);
    const rendered = renderTable(done);
    if (table && inCell(table))
      table.cell.content.push({ lines: [...before, ...rendered.lines], block: rendered.block });
    else lines.push(...before, ...rendered.lines);
  };
  const cellPart = (t: TableState & { cell: NonNullable<TableState['cell']> }, text: string): void => {
    t.cell.content.push(text);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (hidden) {
          if (name === hidden.name) hidden.depth++;
          return;
        }
        if (DROPPED.has(name)) {
          dropped++;
          return;
        }
        if (dropped > 0) return;
        if (
          (attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style)) ||
          (hiddenClasses.size > 0 &&
            attribs.class !== undefined &&
            hasHiddenClass(attribs.class, hiddenClasses))
        ) {
          hidden = { name, depth: 1 };
          return;
        }
        switch (name) {
          case 'table':
            if (table) outer.push(table);
            else flushParagraph();
            table = {
              rows: [],
              foot: [],
              inFoot: false,
              row: null,
              cell: null,
              caption: [],
              inCaption: false,
              stray: [],
              layout: false,
            };
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
                content: [],
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
          case 'thead':
          case 'tbody':
          case 'tfoot':
            if (table) {
              closeRow(table);
              table.inFoot = name === 'tfoot';
              return;
            }
            break;
          case 'input': {
            const glyph = checkGlyph(attribs);
            if (glyph) this.ontext?.(glyph);
            return;
          }
          case 'pre':
            if (table) break; // inside a table a <pre> is just a block of the cell
            flushParagraph();
            pre++;
            return;
        }
        if (BLOCKS.has(name)) {
          if (table && inCell(table)) cellPart(table, '\n');
          else if (!table) flushParagraph();
        }
      },
      onclosetag(name) {
        if (hidden) {
          if (name === hidden.name && --hidden.depth === 0) hidden = null;
          return;
        }
        if (DROPPED.has(name)) {
          dropped = Math.max(0, dropped - 1);
          return;
        }
        if (dropped > 0) return;
        if (table) {
          if (name === 'table') closeTable();
          else if (name === 'tr') closeRow(table);
          else if (name === 'td' || name === 'th') closeCell(table);
          else if (name === 'caption') table.inCaption = false;
          else if (name === 'tfoot') {
            closeRow(table);
            table.inFoot = false;
          } else if (BLOCKS.has(name) && inCell(table)) cellPart(table, '\n');
          return;
        }
        if (name === 'pre') {
          flushParagraph();
          pre = Math.max(0, pre - 1);
          return;
        }
        if (BLOCKS.has(name)) flushParagraph();
      },
      oncomment(comment) {
        if (LIST_LABEL_START.test(comment)) label = [];
        else if (label && LIST_LABEL_END.test(comment)) {
          const text = listLabel(label);
          label = null;
          if (text) this.ontext?.(text);
        }
      },
      ontext(text) {
        if (dropped > 0 || hidden) return;
        if (label) {
          label.push(text);
          return;
        }
        if (!table) paragraph.push(text);
        // Line breaks in the source are spaces; "\n" in a cell marks a block boundary.
        else if (inCell(table)) cellPart(table, text.includes('\n') ? text.replace(/\n/g, ' ') : text);
        else if (table.inCaption) table.caption.push(text);
        else table.stray.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  while (table) closeTable();
  flushParagraph();
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * A checkbox or radio button (a form saved as a web page; mammoth's rendering of Word's checkbox
 * content controls and FORMCHECKBOX fields) as the box a reader sees, ticked or not: in a
 * "☑优 ☐良 ☐中 ☐差" cell the tick is the answer.
 */
function checkGlyph(attribs: Readonly<Record<string, string>>): string | null {
  const type = attribs.type?.toLowerCase();
  const checked = attribs.checked !== undefined;
  if (type === 'checkbox') return checked ? '☑' : '☐';
  if (type === 'radio') return checked ? '◉' : '○';
  return null;
}

/** A cell's text on one line: its text, small nested tables flattened into it, tables of several rows left out. */
function inlineText(content: readonly Content[]): string {
  let text = '';
  for (const c of content) {
    if (typeof c === 'string') text += c;
    else if (!c.block) text += ` ${c.lines.join(' ')} `;
  }
  return text;
}

/** A cell of a layout table as lines: each block of text on its line, nested tables as tables. */
function blockLines(content: readonly Content[], out: string[]): void {
  let text = '';
  const flush = (): void => {
    for (const line of text.split('\n')) {
      const t = cellText(line);
      if (t) out.push(t);
    }
    text = '';
  };
  for (const c of content) {
    if (typeof c === 'string') text += c;
    else {
      flush();
      out.push(...c.lines);
    }
  }
  flush();
}

/**
 * A table's text-form lines. A layout table → its cells' blocks in order. Otherwise tab rows; a
 * table of several rows nested alone in a cell (a sub-table of a form) follows the row of its
 * cell as a table of its own, the outer table continuing after it.
 */
function renderTable(t: TableState): { lines: string[]; block: boolean } {
  if (t.layout) {
    const out: string[] = [];
    for (const row of t.rows) for (const cell of row) blockLines(cell.content, out);
    return { lines: out, block: true };
  }
  if (t.rows.length === 0) return { lines: [], block: false };
  const grid = layoutTable(t.rows);
  const out: string[] = [];
  let segment: string[][] = [];
  let hoisted = false;
  t.rows.forEach((cells, r) => {
    segment.push(grid[r] ?? []);
    const nested = cells.flatMap((c) =>
      c.content.filter((x): x is Nested => typeof x !== 'string' && x.block),
    );
    if (nested.length === 0) return;
    hoisted = true;
    out.push(...tableLines(segment));
    for (const n of nested) out.push(...n.lines);
    segment = [];
  });
  if (segment.length > 0) out.push(...tableLines(segment));
  return { lines: out, block: hoisted || t.rows.length > 1 };
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
