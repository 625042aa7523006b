/**
 * Markdown → text form, line for line: output line N comes from source line N, so provenance
 * line numbers of a .md file are its own. Pipe-table rows → tab rows (padded to the table's
 * width), the |---| delimiter row → an empty line; heading marks, emphasis, link syntax, inline
 * HTML and list bullets are removed; entities are decoded; fenced code is kept verbatim. An HTML
 * <table> block → tab rows, each on the line of its <tr>.
 */
import { htmlToText } from './html.ts';
import { joinCjkBreaks, padRows, tabRow } from './table.ts';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const RULE_OR_UNDERLINE = /^\s{0,3}(?:(?:[-*_]\s*){3,}|=+|-+)\s*$/;

export function markdownToText(markdown: string): string {
  const source = markdown.split('\n');
  const out: string[] = new Array<string>(source.length).fill('');
  let fence: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const line = source[i] ?? '';
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
      else out[i] = line;
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1].slice(0, 3);
      continue;
    }
    if (line.includes('<') && HTML_TABLE_START.test(line)) {
      const end = htmlTableEnd(source, i);
      placeHtmlTable(source, i, end, out);
      i = end - 1;
      continue;
    }
    const tableEnd = pipeTableEnd(source, i);
    if (tableEnd > i) {
      const rows: { index: number; cells: string[] }[] = [];
      for (let j = i; j < tableEnd; j++) {
        const row = source[j] ?? '';
        if (!DELIMITER_ROW.test(row) || !row.includes('-'))
          rows.push({ index: j, cells: splitPipeRow(row).map(inlineText) });
      }
      const padded = padRows(rows.map((r) => r.cells));
      rows.forEach((r, k) => (out[r.index] = tabRow(padded[k] ?? [])));
      i = tableEnd - 1;
      continue;
    }
    out[i] = blockText(line);
  }
  return out.join('\n');
}

/** An HTML table as a block of its own (GitHub renders it; editors paste tables as HTML). */
const HTML_TABLE_START = /^\s{0,3}<table[\s>]/i;
const TABLE_TAG = /<(\/?)table[\s>]/gi;
const ROW_TAG = /<tr[\s>]/gi;

/** End (exclusive) of the HTML table starting at `start`: the line closing it, else the next blank line. */
function htmlTableEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  let blank = -1;
  for (let j = start; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (blank < 0 && line.trim() === '') blank = j;
    if (!line.includes('table')) continue;
    for (const m of line.matchAll(TABLE_TAG)) depth += m[1] ? -1 : 1;
    if (depth <= 0) return j + 1;
  }
  return blank > start ? blank : lines.length;
}

/**
 * The HTML table of source lines [start, end) rendered by the HTML converter: each row on the
 * line its <tr> starts on (line numbers stay those of the source); rows that do not map one to one
 * onto <tr> lines fill the block's lines from its first; a table with more rows than source lines
 * (written on one line) puts its rows on the first line, shifting the lines after it.
 */
function placeHtmlTable(source: readonly string[], start: number, end: number, out: string[]): void {
  const rendered = htmlToText(source.slice(start, end).join('\n')).split('\n');
  while (rendered.length > 0 && rendered[rendered.length - 1] === '') rendered.pop();
  const rowLines: number[] = [];
  for (let j = start; j < end; j++) {
    const line = source[j] ?? '';
    const rows = line.includes('<') ? (line.match(ROW_TAG)?.length ?? 0) : 0;
    for (let k = 0; k < rows; k++) rowLines.push(j);
  }
  const oneToOne =
    rowLines.length === rendered.length && rowLines.every((j, k) => k === 0 || j > (rowLines[k - 1] ?? 0));
  if (oneToOne) rendered.forEach((l, k) => (out[rowLines[k] ?? start] = l));
  else if (rendered.length <= end - start) rendered.forEach((l, k) => (out[start + k] = l));
  else out[start] = rendered.join('\n');
}

/** End (exclusive) of a pipe table starting at `start`, or `start` when none starts there. */
function pipeTableEnd(lines: readonly string[], start: number): number {
  const first = lines[start] ?? '';
  if (!first.includes('|')) return start;
  const next = lines[start + 1] ?? '';
  const gfmHeader = next.includes('-') && next.includes('|') && DELIMITER_ROW.test(next);
  // Without a delimiter row, accept rows fenced by pipes on both sides (some exporters omit it).
  const fenced = (l: string): boolean => /^\s*\|.*\|\s*$/.test(l) && splitPipeRow(l).length >= 2;
  if (!gfmHeader && !fenced(first)) return start;
  let end = start + (gfmHeader ? 2 : 1);
  while (
    end < lines.length &&
    (lines[end] ?? '').trim() !== '' &&
    (gfmHeader ? (lines[end] ?? '').includes('|') : fenced(lines[end] ?? ''))
  )
    end++;
  return end;
}

/** Cells of a pipe row; "\|" is a literal pipe, outer pipes are optional. */
function splitPipeRow(line: string): string[] {
  const cells: string[] = [];
  let start = 0;
  for (let i = line.indexOf('|'); i !== -1; i = line.indexOf('|', i + 1)) {
    if (i > 0 && line.charCodeAt(i - 1) === 0x5c /* \\ */) continue; // "\|" stays in the cell
    cells.push(line.slice(start, i));
    start = i + 1;
  }
  cells.push(line.slice(start));
  if (cells.length > 1 && (cells[0] ?? '').trim() === '') cells.shift();
  if (cells.length > 1 && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
  return cells;
}

/** How every rule, heading, quote or bullet line starts (after indentation). */
const BLOCK_MARK = /^\s*[-*_=#>+]/;

/** A non-table line: heading marks, rules, quote marks and bullets removed, then inline markup. */
function blockText(line: string): string {
  if (!BLOCK_MARK.test(line)) return inlineText(line);
  if (RULE_OR_UNDERLINE.test(line)) return '';
  const heading = HEADING.exec(line);
  let text = heading ? (heading[1] ?? '') : line;
  text = text.replace(/^(\s{0,3}>\s?)+/, '').replace(/^\s*[-*+]\s+/, '');
  return inlineText(text);
}

/** Characters some inline rule needs (\uE000 is the placeholder the rules use themselves). */
const INLINE_MARK = /[\\`[<*_~&\uE000]/;

/** Inline markup → plain text. Escaped characters and code spans are protected from the rules. */
export function inlineText(text: string): string {
  if (!INLINE_MARK.test(text)) return text.trim();
  const kept: string[] = [];
  const keep = (s: string): string => `\uE000${kept.push(s) - 1}\uE001`;
  let s = text
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<&])/g, (_m, ch: string) => keep(ch))
    .replace(/(`+)(.+?)\1/g, (_m, _ticks: string, code: string) => keep(code.trim()));
  s = s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}])/gu, '$1$2');
  if (/[<&]/.test(s)) s = joinCjkBreaks(htmlToText(s)).split('\n').filter(Boolean).join(' ');
  return s.replace(/\uE000(\d+)\uE001/g, (_m, n: string) => kept[Number(n)] ?? '').trim();
}
