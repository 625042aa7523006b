/**
 * Text helpers for problem statements: cleaning report lines, sentence splitting, and the
 * normalised form used to compare statements.
 */
import { stripLatex, stripMarkup } from '../normalize.ts';

/**
 * What any cleaning rule below could change: markup/LaTeX/emphasis characters, whitespace other
 * than single inner spaces, a leading heading mark or bullet. Most cells have none of it.
 */
const NEEDS_CLEANING = /[<[&$\\*_]|[^\S ]| {2}|^[ #\-+>•·●○■□◆◇▪▶►]| $/;

/**
 * Cleans one cell or line for reading: HTML/bookmark remnants, LaTeX, Markdown heading/bullet/bold
 * marks and collapsed spaces; keeps the original punctuation.
 */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return stripLatex(stripMarkup(text))
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:#{1,6}\s+|[-*+>•·]\s+|[●○■□◆◇▪▶►]\s*)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A Markdown table row "| a | b |" (separator rows "|---|" included). */
const PIPE_ROW = /^\s*\|.*\|\s*$/;

/**
 * Cells of a line: tab-separated, or a Markdown pipe row; any other line is one cell. Cells are
 * cleaned; empty cells are kept so column positions survive.
 */
export function splitCells(rawLine: string): string[] {
  if (rawLine.includes('|') && PIPE_ROW.test(rawLine)) {
    if (/^\s*\|[\s:|-]+\|\s*$/.test(rawLine)) return [];
    return rawLine.trim().slice(1, -1).split('|').map(cleanText);
  }
  return rawLine.split('\t').map(cleanText);
}

const SENTENCE_END = /[。！？!?；;]/g;
const CLAUSE_END = /[，,。！？!?；;]/g;

/** Splits text after 。！？；, keeping the terminator with its sentence. */
export function splitSentences(text: string): string[] {
  return splitAfter(text, SENTENCE_END);
}

/** Splits text into clauses at commas (and sentence ends), keeping each delimiter with its clause. */
export function splitClauses(text: string): string[] {
  return splitAfter(text, CLAUSE_END);
}

/** Pieces of text ending at each delimiter (kept), trimmed, empty pieces dropped. */
function splitAfter(text: string, delimiter: RegExp): string[] {
  const out: string[] = [];
  let start = 0;
  delimiter.lastIndex = 0;
  for (let m = delimiter.exec(text); m !== null; m = delimiter.exec(text)) {
    push(out, text.slice(start, m.index + 1));
    start = m.index + 1;
  }
  push(out, text.slice(start));
  return out;
}

function push(out: string[], piece: string): void {
  const t = piece.trim();
  if (t !== '') out.push(t);
}

const EDGE_PUNCT = /^[\s，,。、；;：:！？!?…·.\-—_]+|[\s，,。、；;：:！？!?…·\-—_]+$/g;

/** Removes punctuation and spaces at both ends of a statement. */
export function trimPunct(text: string): string {
  return text.replace(EDGE_PUNCT, '');
}

/**
 * Comparison form of a statement: full-width ASCII folded, spaces and punctuation removed,
 * lower case. Two statements that differ only in punctuation or spacing normalise alike.
 */
export function normalizeStatement(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** True when the text has at least one CJK ideograph. */
export function hasCjk(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
