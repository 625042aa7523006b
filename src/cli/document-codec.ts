/**
 * How a parsed document waits in the spill. Its cited lines are half its serialised bytes and most
 * of the time spent reading it back: one small object per line, each repeating the file name. They
 * are stored as one string of every line's text and the line numbers and text lengths, and made
 * into rows again when read back: the same rows, at a fraction of the cost.
 */
import type { SourceLineRow } from '../data/schema.ts';
import type { ParsedDocument } from '../ingest/types.ts';
import type { SpillCodec } from './spill.ts';

/** Cited lines of one file: [line, length of text] per row, and the texts back to back. */
interface PackedLines {
  lines: Int32Array;
  text: string;
}

type StoredDocument = Omit<ParsedDocument, 'cited_lines'> & {
  cited_lines: SourceLineRow[] | PackedLines;
};

const isInt32 = (n: unknown): n is number => typeof n === 'number' && (n | 0) === n && !Object.is(n, -0);

/**
 * The packed form of the rows, when it gives them back exactly: every row of the document's own
 * file, with a string text and an integer line (anything else is stored as it is, so a bad row is
 * still reported as it was). Keys outside the schema are not kept: validation drops them anyway.
 */
function packLines(file: string, rows: readonly SourceLineRow[]): PackedLines | null {
  const lines = new Int32Array(rows.length * 2);
  const texts: string[] = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SourceLineRow;
    if (row.file !== file || !isInt32(row.line) || typeof row.text !== 'string') return null;
    lines[2 * i] = row.line;
    lines[2 * i + 1] = row.text.length;
    texts[i] = row.text;
  }
  return { lines, text: texts.join('') };
}

function unpackLines(file: string, packed: PackedLines): SourceLineRow[] {
  const rows: SourceLineRow[] = new Array<SourceLineRow>(packed.lines.length / 2);
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    const end = at + (packed.lines[2 * i + 1] as number);
    rows[i] = { file, line: packed.lines[2 * i] as number, text: packed.text.slice(at, end) };
    at = end;
  }
  return rows;
}

export const documentCodec: SpillCodec<ParsedDocument> = {
  pack(doc): StoredDocument {
    const packed = packLines(doc.info.file, doc.cited_lines);
    return packed === null ? doc : { ...doc, cited_lines: packed };
  },
  unpack(stored): ParsedDocument {
    const doc = stored as StoredDocument;
    if (Array.isArray(doc.cited_lines)) return doc as ParsedDocument;
    return { ...doc, cited_lines: unpackLines(doc.info.file, doc.cited_lines) };
  },
};
