/**
 * Excel 97–2003 (.xls, WPS .et; BIFF8, and BIFF5 "Book" streams) → the text form xlsx.ts writes:
 * each visible worksheet under its name, cells rendered by the same rules (numbers in full
 * precision, percent formats as displayed, dates as yyyy-mm-dd, formulas → their cached result,
 * merged ranges → the value in the top-left cell). The records are read directly: BOF/EOF,
 * BOUNDSHEET, SST (+CONTINUE), LABELSST, LABEL, NUMBER, RK, MULRK, BOOLERR, BLANK, MULBLANK,
 * FORMULA (+STRING), MERGEDCELLS, ROW/COLINFO (hidden rows and columns left out, as in xlsx.ts),
 * FORMAT, XF, DATEMODE, CODEPAGE; FILEPASS → "encrypted".
 */
import { ENCRYPTED_MESSAGE, FormatError } from './format-error.ts';
import { openCompoundFile } from './ole.ts';
import { BUILT_IN_FORMATS } from './xlsx-parts.ts';
import { cellsOf, numberText, sheetLines, type Sheet, type SheetCell } from './xlsx.ts';

export async function xlsToText(bytes: Uint8Array): Promise<string> {
  const file = await openCompoundFile(bytes);
  const stream = file.stream('Workbook') ?? file.stream('Book');
  if (!stream) throw new FormatError('文件已损坏：缺少 Workbook 数据流');
  const book = readGlobals(stream);
  const visible = book.sheets.filter((s) => !s.hidden);
  const lines: string[] = [];
  for (const sheet of visible.length > 0 ? visible : book.sheets)
    lines.push(...sheetLines(sheet.name, readSheet(stream, sheet.offset, book)));
  return `${lines.join('\n')}\n`;
}

const BOF = 0x0809;
const EOF = 0x000a;
const FILEPASS = 0x002f;
const CODEPAGE = 0x0042;
const DATEMODE = 0x0022;
const BOUNDSHEET = 0x0085;
const SST = 0x00fc;
const CONTINUE = 0x003c;
const FORMAT = 0x041e;
const XF = 0x00e0;
const LABELSST = 0x00fd;
const LABEL = 0x0204;
const NUMBER = 0x0203;
const RK = 0x027e;
const MULRK = 0x00bd;
const BOOLERR = 0x0205;
const BLANK = 0x0201;
const MULBLANK = 0x00be;
const FORMULA = 0x0006;
const STRING = 0x0207;
const MERGEDCELLS = 0x00e5;
const ROW = 0x0208;
const COLINFO = 0x007d;
/** ROW option fDyZero and COLINFO option fHidden: the row or columns are hidden. */
const ROW_HIDDEN = 0x0020;
const COLUMNS_HIDDEN = 0x0001;

interface BiffRecord {
  type: number;
  data: Uint8Array;
  dv: DataView;
}

/** The records from `offset` up to the matching EOF (a substream's records). */
function* records(stream: Uint8Array, offset: number): Generator<BiffRecord> {
  const dv = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  for (let pos = offset; pos + 4 <= stream.length;) {
    const type = dv.getUint16(pos, true);
    const length = dv.getUint16(pos + 2, true);
    if (pos + 4 + length > stream.length) throw new FormatError('文件已损坏：Excel 记录超出文件末尾');
    const data = stream.subarray(pos + 4, pos + 4 + length);
    yield { type, data, dv: new DataView(data.buffer, data.byteOffset, data.byteLength) };
    if (type === EOF) return;
    pos += 4 + length;
  }
}

interface Book {
  biff8: boolean;
  /** 8-bit text (BIFF5 strings, BIFF8 compressed strings are Latin-1). */
  decoder: TextDecoder;
  sheets: { name: string; offset: number; hidden: boolean }[];
  strings: string[];
  /** XF index → number format code. */
  numFmts: (string | undefined)[];
  date1904: boolean;
}

function readGlobals(stream: Uint8Array): Book {
  const book: Book = {
    biff8: true,
    decoder: new TextDecoder('latin1'),
    sheets: [],
    strings: [],
    numFmts: [],
    date1904: false,
  };
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let sst: Uint8Array[] | null = null;
  let first = true;
  for (const { type, data, dv } of records(stream, 0)) {
    if (first) {
      if (type !== BOF && type !== 0x0209 && type !== 0x0409)
        throw new FormatError('文件已损坏：Workbook 数据流不是 Excel 97–2003 格式');
      book.biff8 = type === BOF && dv.getUint16(0, true) === 0x0600;
      first = false;
      continue;
    }
    if (type !== CONTINUE && sst) {
      book.strings = readSst(sst);
      sst = null;
    }
    switch (type) {
      case FILEPASS:
        throw new FormatError(ENCRYPTED_MESSAGE);
      case CODEPAGE:
        book.decoder = codepageDecoder(dv.getUint16(0, true)) ?? book.decoder;
        break;
      case DATEMODE:
        book.date1904 = dv.getUint16(0, true) === 1;
        break;
      case BOUNDSHEET:
        // Worksheets only (dt 0), not chart or macro sheets.
        if (data[5] === 0)
          book.sheets.push({
            offset: dv.getUint32(0, true),
            hidden: (data[4] ?? 0) !== 0,
            name: readString(data, 6, book, 1).text.slice(0, 31),
          });
        break;
      case FORMAT:
        formats.set(dv.getUint16(0, true), readString(data, 2, book, book.biff8 ? 2 : 1).text);
        break;
      case XF:
        xfFormats.push(dv.getUint16(2, true));
        break;
      case SST:
        sst = [data];
        break;
      case CONTINUE:
        sst?.push(data);
        break;
    }
  }
  if (sst) book.strings = readSst(sst);
  // XF 0 is the Normal style: like xlsx's style 0, it formats nothing.
  book.numFmts = xfFormats.map((id) => (id ? (formats.get(id) ?? BUILT_IN_FORMATS[id]) : undefined));
  return book;
}

function codepageDecoder(codepage: number): TextDecoder | null {
  const label = codepage === 1200 ? 'utf-16le' : codepage === 936 ? 'gb18030' : `windows-${codepage}`;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * A string at `pos`: its length (`lengthBytes` wide) then, in BIFF8, a flags byte (16-bit
 * characters, rich-text runs, phonetic data) before the characters and the runs after them.
 */
function readString(
  data: Uint8Array,
  pos: number,
  book: Pick<Book, 'biff8' | 'decoder'>,
  lengthBytes: 1 | 2,
): { text: string; end: number } {
  const count = lengthBytes === 1 ? (data[pos] ?? 0) : (data[pos] ?? 0) | ((data[pos + 1] ?? 0) << 8);
  let at = pos + lengthBytes;
  if (!book.biff8) return { text: book.decoder.decode(data.subarray(at, at + count)), end: at + count };
  const flags = data[at++] ?? 0;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const runs = flags & 0x08 && at + 2 <= data.length ? dv.getUint16(at, true) : 0;
  if (flags & 0x08) at += 2;
  const phonetic = flags & 0x04 && at + 4 <= data.length ? dv.getUint32(at, true) : 0;
  if (flags & 0x04) at += 4;
  const bytes = flags & 0x01 ? count * 2 : count;
  const raw = data.subarray(at, at + bytes);
  const text = flags & 0x01 ? new TextDecoder('utf-16le').decode(raw) : LATIN1.decode(raw);
  return { text, end: at + bytes + runs * 4 + phonetic };
}

const LATIN1 = new TextDecoder('latin1');

/**
 * The shared strings. A string may run over into the next CONTINUE record; there its remaining
 * characters restart with a flags byte of their own (8- or 16-bit).
 */
function readSst(parts: readonly Uint8Array[]): string[] {
  const out: string[] = [];
  const first = parts[0] as Uint8Array;
  const unique = new DataView(first.buffer, first.byteOffset, first.byteLength).getUint32(4, true);
  let part = 0;
  let data = first;
  let pos = 8;
  const byte = (): number => {
    if (pos >= data.length) next();
    return data[pos++] ?? 0;
  };
  const next = (): void => {
    part++;
    if (part >= parts.length) throw new FormatError('文件已损坏：Excel 共享字符串表不完整');
    data = parts[part] as Uint8Array;
    pos = 0;
  };
  const skip = (n: number): void => {
    for (let left = n; left > 0;) {
      if (pos >= data.length) next();
      const step = Math.min(left, data.length - pos);
      pos += step;
      left -= step;
    }
  };
  for (let i = 0; i < unique; i++) {
    if (part >= parts.length - 1 && pos >= data.length) break;
    const count = byte() | (byte() << 8);
    const flags = byte();
    const runs = flags & 0x08 ? byte() | (byte() << 8) : 0;
    const phonetic = flags & 0x04 ? (byte() | (byte() << 8) | (byte() << 16) | (byte() << 24)) >>> 0 : 0;
    let wide = (flags & 0x01) !== 0;
    const chars: number[] = [];
    while (chars.length < count) {
      if (pos >= data.length) {
        next();
        wide = ((data[pos++] ?? 0) & 0x01) !== 0; // a continued string's own flags byte
      }
      chars.push(wide ? (data[pos++] ?? 0) | ((data[pos++] ?? 0) << 8) : (data[pos++] ?? 0));
    }
    out.push(String.fromCharCode(...chars));
    skip(runs * 4 + phonetic);
  }
  return out;
}

const ERRORS: Readonly<Partial<Record<number, string>>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

/** A worksheet substream → the sheet model xlsx.ts renders. */
function readSheet(stream: Uint8Array, offset: number, book: Book): Sheet {
  const sheet: Sheet = { rows: new Map(), merges: [] };
  const put = (row: number, col: number, cell: SheetCell): void => {
    cellsOf(sheet, row + 1)[col] = cell;
  };
  const value = (text: string): SheetCell => ({ text, kind: 'value' });
  const number = (n: number, xf: number): SheetCell => value(numberText(n, book.numFmts[xf], book.date1904));
  /** A formula whose string result follows in a STRING record. */
  let pendingString: { row: number; col: number } | null = null;
  let first = true;
  for (const { type, data, dv } of records(stream, offset)) {
    if (first) {
      if (type !== BOF && type !== 0x0209 && type !== 0x0409)
        throw new FormatError('文件已损坏：找不到 Excel 工作表的开头');
      first = false;
      continue;
    }
    if (data.length < 6 && type !== STRING && type !== MERGEDCELLS) continue;
    const row = data.length >= 2 ? dv.getUint16(0, true) : 0;
    const col = data.length >= 4 ? dv.getUint16(2, true) : 0;
    const xf = data.length >= 6 ? dv.getUint16(4, true) : 0;
    switch (type) {
      case LABELSST: {
        const text = book.strings[dv.getUint32(6, true)];
        if (text === undefined) throw new FormatError('文件已损坏：Excel 共享字符串不存在');
        put(row, col, value(text));
        break;
      }
      case LABEL:
        put(row, col, value(readString(data, 6, book, 2).text));
        break;
      case NUMBER:
        put(row, col, number(dv.getFloat64(6, true), xf));
        break;
      case RK:
        put(row, col, number(rkNumber(dv.getUint32(6, true)), xf));
        break;
      case MULRK:
        for (let at = 4, c = col; at + 6 <= data.length - 2; at += 6, c++)
          put(row, c, number(rkNumber(dv.getUint32(at + 2, true)), dv.getUint16(at, true)));
        break;
      case BOOLERR:
        put(row, col, value(data[7] ? (ERRORS[data[6] ?? 0] ?? '#ERR') : data[6] ? 'TRUE' : 'FALSE'));
        break;
      case BLANK:
        if (xf) cellsOf(sheet, row + 1)[col] ??= { text: '', kind: 'null' };
        break;
      case MULBLANK:
        for (let at = 4, c = col; at + 2 <= data.length - 2; at += 2, c++)
          if (dv.getUint16(at, true)) cellsOf(sheet, row + 1)[c] ??= { text: '', kind: 'null' };
        break;
      case FORMULA: {
        if (data.length < 14) break;
        if (dv.getUint16(12, true) !== 0xffff) {
          put(row, col, number(dv.getFloat64(6, true), xf));
          break;
        }
        const kind = data[6];
        if (kind === 0) pendingString = { row, col };
        else if (kind === 1) put(row, col, value(data[8] ? 'TRUE' : 'FALSE'));
        else if (kind === 2) put(row, col, value(ERRORS[data[8] ?? 0] ?? '#ERR'));
        else put(row, col, value(''));
        break;
      }
      case STRING:
        if (pendingString)
          put(pendingString.row, pendingString.col, value(readString(data, 0, book, 2).text));
        pendingString = null;
        break;
      case ROW:
        // A hidden row (a draft, an indicator set aside) is left out, as xlsx.ts leaves it out.
        if (data.length >= 16 && dv.getUint16(12, true) & ROW_HIDDEN)
          (sheet.hiddenRows ??= new Set()).add(row + 1);
        break;
      case COLINFO:
        // Columns row..col (first..last, 0-based) sharing a width, perhaps hidden (BIFF8 stops at IV).
        if (data.length >= 10 && dv.getUint16(8, true) & COLUMNS_HIDDEN)
          for (let c = row; c <= Math.min(col, 255); c++) (sheet.hiddenCols ??= new Set()).add(c + 1);
        break;
      case MERGEDCELLS:
        for (let at = 2; at + 8 <= data.length; at += 8)
          sheet.merges.push({
            top: dv.getUint16(at, true) + 1,
            bottom: dv.getUint16(at + 2, true) + 1,
            left: dv.getUint16(at + 4, true) + 1,
            right: dv.getUint16(at + 6, true) + 1,
          });
        break;
    }
  }
  return sheet;
}

/** An RK value: a 30-bit integer or the high 30 bits of a double, optionally divided by 100. */
function rkNumber(rk: number): number {
  let n: number;
  if (rk & 0x02) n = rk >> 2;
  else {
    const buffer = new DataView(new ArrayBuffer(8));
    buffer.setUint32(4, rk & 0xfffffffc, true);
    n = buffer.getFloat64(0, true);
  }
  return rk & 0x01 ? n / 100 : n;
}
