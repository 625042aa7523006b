/**
 * Word 97–2003 (.doc, WPS .wps) → text form, read from the binary format ([MS-DOC]) directly:
 * the piece table gives the main document's text, the paragraph properties (PAPX FKPs) tell which
 * paragraph marks end a table cell or a table row, and a row's cell boundaries (sprmTDefTable)
 * give each cell's column span, so merged cells become empty cells as the docx converter writes
 * them. Paragraphs → lines (whitespace collapsed); table rows → tab rows (a cell's paragraphs
 * joined as the docx converter joins them: a break between hanzi dropped, else a space); a blank
 * line after each table. Fields keep their shown result; pictures, notes' marks and the like are
 * dropped. A nested table's text stays inside its outer cell.
 */
import { ENCRYPTED_MESSAGE, FormatError } from './format-error.ts';
import { openCompoundFile, requireStream } from './ole.ts';
import { joinCjkBreaks, layoutTable, tableLines, type SpanCell } from './table.ts';

export async function docToText(bytes: Uint8Array): Promise<string> {
  const file = await openCompoundFile(bytes);
  const word = requireStream(file, 'WordDocument');
  const fib = view(word);
  if (word.length < 0x1aa || fib.getUint16(0, true) !== 0xa5ec)
    throw new FormatError('文件已损坏：WordDocument 数据流不是 Word 97–2003 格式');
  const flags = fib.getUint16(0x0a, true);
  if (flags & 0x0100) throw new FormatError(ENCRYPTED_MESSAGE);
  const table = requireStream(file, flags & 0x0200 ? '1Table' : '0Table');
  const ccpText = fib.getUint32(0x4c, true);
  const pieces = readPieces(table, fib.getUint32(0x01a2, true), fib.getUint32(0x01a6, true));
  const paragraphs = readParagraphRuns(
    { word, data: file.stream('Data') },
    table,
    fib.getUint32(0x0102, true),
    fib.getUint32(0x0106, true),
  );
  return documentLines(mainText(word, pieces, ccpText), paragraphs).join('\n');
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's text in the WordDocument stream. */
  fc: number;
  /** 8-bit (cp1252) text, else UTF-16LE. */
  compressed: boolean;
}

/** The piece table (Clx → Pcdt → PlcPcd): where each run of the document's text is stored. */
function readPieces(table: Uint8Array, fcClx: number, lcbClx: number): Piece[] {
  const clx = table.subarray(fcClx, fcClx + lcbClx);
  const dv = view(clx);
  let pos = 0;
  while (pos < clx.length && clx[pos] === 0x01) pos += 3 + dv.getUint16(pos + 1, true); // Prc: skipped
  if (clx[pos] !== 0x02) throw new FormatError('文件已损坏：找不到 Word 文档的文本索引（piece table）');
  const lcb = dv.getUint32(pos + 1, true);
  const plc = view(clx.subarray(pos + 5, pos + 5 + lcb));
  const count = (lcb - 4) / 12;
  if (!Number.isInteger(count) || count < 1) throw new FormatError('文件已损坏：Word 文档的文本索引无效');
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const raw = plc.getUint32((count + 1) * 4 + i * 8 + 2, true);
    const compressed = (raw & 0x40000000) !== 0;
    pieces.push({
      cpStart: plc.getUint32(i * 4, true),
      cpEnd: plc.getUint32((i + 1) * 4, true),
      fc: compressed ? (raw & ~0x40000000) / 2 : raw,
      compressed,
    });
  }
  return pieces;
}

/** One character of the main document with the stream offset its paragraph properties are keyed by. */
interface Char {
  code: number;
  fc: number;
}

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The main document's characters (CP 0 … ccpText), in order. */
function mainText(word: Uint8Array, pieces: readonly Piece[], ccpText: number): Char[] {
  const chars: Char[] = [];
  const dv = view(word);
  for (const piece of [...pieces].sort((a, b) => a.cpStart - b.cpStart)) {
    const end = Math.min(piece.cpEnd, ccpText);
    for (let cp = piece.cpStart; cp < end; cp++) {
      const at = piece.compressed ? piece.fc + (cp - piece.cpStart) : piece.fc + 2 * (cp - piece.cpStart);
      if (at + (piece.compressed ? 1 : 2) > word.length)
        throw new FormatError('文件已损坏：Word 文档的文本超出文件末尾');
      let code = piece.compressed ? (word[at] as number) : dv.getUint16(at, true);
      if (piece.compressed && code >= 0x80 && code < 0xa0) code = CP1252_HIGH.charCodeAt(code - 0x80);
      chars.push({ code, fc: at });
    }
  }
  return chars;
}

/** Table properties of a paragraph mark, from its PAPX sprms. */
interface ParagraphProps {
  inTable: boolean;
  /** The mark ends a table row (TTP). */
  rowEnd: boolean;
  /** Nesting depth (itap): 1 = an outer table. */
  depth: number;
  /** A row end's cell boundaries (twips). */
  cells?: { edges: number[] };
}

interface ParagraphRun {
  fcStart: number;
  fcEnd: number;
  props: ParagraphProps;
}

const PLAIN: ParagraphProps = { inTable: false, rowEnd: false, depth: 0 };
const FKP_SIZE = 512;

/** Paragraph properties by stream offset: the PlcBtePapx's FKP pages, each a list of runs. */
function readParagraphRuns(streams: Streams, table: Uint8Array, fc: number, lcb: number): ParagraphRun[] {
  const { word } = streams;
  const plc = view(table.subarray(fc, fc + lcb));
  const count = (lcb - 4) / 8;
  const runs: ParagraphRun[] = [];
  if (!Number.isInteger(count)) return runs;
  for (let i = 0; i < count; i++) {
    const page = (plc.getUint32((count + 1) * 4 + i * 4, true) & 0x3fffff) * FKP_SIZE;
    if (page + FKP_SIZE > word.length) throw new FormatError('文件已损坏：Word 段落属性超出文件末尾');
    const fkp = word.subarray(page, page + FKP_SIZE);
    const dv = view(fkp);
    const crun = fkp[FKP_SIZE - 1] as number;
    for (let k = 0; k < crun; k++) {
      const offset = (fkp[4 * (crun + 1) + 13 * k] as number) * 2;
      runs.push({
        fcStart: dv.getUint32(4 * k, true),
        fcEnd: dv.getUint32(4 * (k + 1), true),
        props: offset === 0 ? PLAIN : papxProps(fkp, offset, streams.data),
      });
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart);
}

const SPRM_P_FIN_TABLE = 0x2416;
const SPRM_P_FTTP = 0x2417;
const SPRM_P_ITAP = 0x6649;
const SPRM_P_FINNER_TTP = 0x244c;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_HUGE_PAPX = 0x6646;

interface Streams {
  word: Uint8Array;
  /** The Data stream, which holds paragraph properties too large for an FKP (sprmPHugePapx). */
  data: Uint8Array | null;
}

/** PapxInFkp at `offset`: its sprms → the table properties. */
function papxProps(fkp: Uint8Array, offset: number, data: Uint8Array | null): ParagraphProps {
  let cb = fkp[offset] as number;
  let start = offset + 1;
  let size = 2 * cb - 1;
  if (cb === 0) {
    cb = fkp[offset + 1] as number;
    start = offset + 2;
    size = 2 * cb;
  }
  const props: ParagraphProps = { inTable: false, rowEnd: false, depth: 0 };
  const innerRowEnd = readSprms(fkp.subarray(start + 2, Math.min(fkp.length, start + size)), props, data); // after the istd
  if (props.inTable && props.depth === 0) props.depth = 1;
  if (innerRowEnd) props.rowEnd = false; // a nested table's row: its text stays in the outer cell
  return props;
}

/** A grpprl's table sprms into `props`; whether it marks a nested table's row end. */
function readSprms(grpprl: Uint8Array, props: ParagraphProps, data: Uint8Array | null): boolean {
  const dv = view(grpprl);
  let innerRowEnd = false;
  for (let pos = 0; pos + 2 <= grpprl.length;) {
    const sprm = dv.getUint16(pos, true);
    pos += 2;
    const length = operandLength(sprm, grpprl, pos);
    if (pos + length > grpprl.length) break;
    const operand = grpprl.subarray(pos, pos + length);
    if (sprm === SPRM_P_FIN_TABLE) props.inTable = operand[0] === 1;
    else if (sprm === SPRM_P_FTTP) props.rowEnd = operand[0] === 1;
    else if (sprm === SPRM_P_FINNER_TTP) innerRowEnd = operand[0] === 1;
    else if (sprm === SPRM_P_ITAP && length >= 4) props.depth = view(operand).getInt32(0, true);
    else if (sprm === SPRM_T_DEF_TABLE) props.cells = tableDefinition(operand);
    else if (sprm === SPRM_P_HUGE_PAPX && data && length === 4) {
      const at = view(operand).getUint32(0, true);
      if (at + 2 <= data.length) {
        const huge = data.subarray(at + 2, at + 2 + view(data).getUint16(at, true));
        innerRowEnd = readSprms(huge, props, null) || innerRowEnd;
      }
    }
    pos += length;
  }
  return innerRowEnd;
}

/** Operand size of a sprm (its spra bits; variable-size operands carry their length). */
function operandLength(sprm: number, grpprl: Uint8Array, pos: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // sprmTDefTable's length is two bytes (and counts itself plus one); others' one byte.
      if (sprm === SPRM_T_DEF_TABLE) return 2 + view(grpprl).getUint16(pos, true) - 1;
      return 1 + (grpprl[pos] ?? 0);
  }
}

/** TDefTableOperand: the row's cell boundaries (rgdxaCenter). */
function tableDefinition(operand: Uint8Array): { edges: number[] } {
  const dv = view(operand);
  const columns = operand[2] ?? 0;
  const edges: number[] = [];
  for (let i = 0; i <= columns && 3 + 2 * i + 2 <= operand.length; i++)
    edges.push(dv.getInt16(3 + 2 * i, true));
  return { edges };
}

function propsAt(runs: readonly ParagraphRun[], fc: number): ParagraphProps {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid] as ParagraphRun;
    if (fc < run.fcStart) hi = mid - 1;
    else if (fc >= run.fcEnd) lo = mid + 1;
    else return run.props;
  }
  return PLAIN;
}

const PARAGRAPH_END = 0x0d;
const CELL_MARK = 0x07;
const PAGE_BREAK = 0x0c;
const LINE_BREAK = 0x0b;
const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;

/** Characters → text-form lines: paragraphs, and tables gathered row by row. */
function documentLines(chars: readonly Char[], runs: readonly ParagraphRun[]): string[] {
  const lines: string[] = [];
  let paragraph: string[] = [];
  let cell: string[] = [];
  let row: string[] = [];
  let tableRows: { texts: string[]; edges: number[] }[] = [];
  /** Per open field: whether its result (after the separator) is being read. */
  const fields: boolean[] = [];
  const flushTable = (): void => {
    if (tableRows.length === 0) return;
    lines.push(...tableLines(layoutTable(spanRows(tableRows))));
    tableRows = [];
  };
  for (const { code, fc } of chars) {
    if (code === FIELD_BEGIN) fields.push(false);
    else if (code === FIELD_SEPARATOR) fields[fields.length - 1] = true;
    else if (code === FIELD_END) fields.pop();
    else if (fields.length > 0 && !fields.every(Boolean))
      continue; // a field's instruction
    else if (code === PARAGRAPH_END || code === CELL_MARK || code === PAGE_BREAK) {
      const text = paragraph.join('');
      paragraph = [];
      const props = propsAt(runs, fc);
      if (!props.inTable || code === PAGE_BREAK) {
        flushTable();
        lines.push(...paragraphLines(text));
      } else if (props.rowEnd) {
        tableRows.push({ texts: row, edges: props.cells?.edges ?? [] });
        row = [];
        cell = [];
      } else if (code === CELL_MARK && props.depth <= 1) {
        cell.push(text);
        row.push(joinCjkBreaks(cell.join('\n')));
        cell = [];
      } else cell.push(text); // a paragraph of a cell (or of a nested table's cell)
    } else if (code === LINE_BREAK) paragraph.push('\n');
    else if (code === 0x1e)
      paragraph.push('-'); // non-breaking hyphen
    else if (code >= 0x20 || code === 0x09) paragraph.push(String.fromCharCode(code));
    // other control characters (pictures 0x01/0x08, note marks 0x02, annotation 0x05, soft hyphen 0x1f) dropped
  }
  flushTable();
  if (paragraph.length > 0) lines.push(...paragraphLines(paragraph.join('')));
  return [...lines, ''];
}

/** A paragraph's lines (a manual line break starts one), whitespace collapsed; empty ones dropped. */
function paragraphLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** Cell boundaries closer than this (twips) are the same column edge (rows drawn by hand). */
const EDGE_TOLERANCE = 30;

/**
 * Rows of cell texts with their boundaries → cells with column spans on the table's common grid
 * of edges: a cell spanning two grid columns is a merged cell (the docx converter's gridSpan).
 */
function spanRows(rows: readonly { texts: string[]; edges: number[] }[]): SpanCell[][] {
  const grid: number[] = [];
  for (const edge of rows.flatMap((r) => r.edges).sort((a, b) => a - b))
    if (grid.length === 0 || edge - (grid[grid.length - 1] as number) > EDGE_TOLERANCE) grid.push(edge);
  const column = (edge: number): number => {
    let best = 0;
    grid.forEach((g, i) => {
      if (Math.abs(g - edge) < Math.abs((grid[best] as number) - edge)) best = i;
    });
    return best;
  };
  return rows.map(({ texts, edges }) => {
    const cells: SpanCell[] = [];
    if (edges.length === texts.length + 1 && column(edges[0] as number) > 0)
      cells.push({ text: '', colspan: column(edges[0] as number), rowspan: 1 });
    texts.forEach((text, i) => {
      const left = edges[i];
      const right = edges[i + 1];
      const colspan =
        left === undefined || right === undefined || edges.length !== texts.length + 1
          ? 1
          : Math.max(1, column(right) - column(left));
      cells.push({ text, colspan, rowspan: 1 });
    });
    return cells;
  });
}
