/**
 * Which converter a file needs: magic bytes first (zip → word/ or xl/ inside, %PDF, OLE2, images),
 * then HTML content sniffing (".xls"/".doc"/".txt" web exports), then the extension; text formats
 * must not look binary.
 */
import { decodeText, looksBinary } from '../decode.ts';
import { isMht } from './mht.ts';
import { ENCRYPTED_MESSAGE } from './format-error.ts';

export type FileFormat = 'txt' | 'md' | 'html' | 'docx' | 'xlsx' | 'doc' | 'xls' | 'csv' | 'pdf' | 'unknown';

const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  txt: 'txt',
  text: 'txt',
  tsv: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  mht: 'html',
  mhtml: 'html',
  docx: 'docx',
  docm: 'docx',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  csv: 'csv',
  pdf: 'pdf',
};

type Magic = 'docx' | 'xlsx' | 'doc' | 'xls' | 'pdf' | 'zip' | 'ole' | 'image' | 'rtf';

/** The pipeline asks for a file's format more than once; sniffing a large text is not free. */
const detected = new WeakMap<Uint8Array, { file: string; format: FileFormat }>();

export function detectFormat(file: string, bytes: Uint8Array): FileFormat {
  const cached = detected.get(bytes);
  if (cached?.file === file) return cached.format;
  const format = sniffFormat(file, bytes);
  detected.set(bytes, { file, format });
  return format;
}

function sniffFormat(file: string, bytes: Uint8Array): FileFormat {
  const magic = magicOf(bytes, extensionOf(file));
  if (magic === 'docx' || magic === 'xlsx' || magic === 'doc' || magic === 'xls' || magic === 'pdf')
    return magic;
  const byExtension = BY_EXTENSION[extensionOf(file)];
  // A zip named .docx/.xlsx whose part names were not found (e.g. truncated): let the converter
  // try, and fail with "damaged" rather than "unsupported".
  if (magic === 'zip' && (byExtension === 'docx' || byExtension === 'xlsx')) return byExtension;
  if (magic !== null || looksBinary(bytes)) return 'unknown';
  // A web page, or one saved as a single file (MHT: also .doc/.xls exports of OA systems).
  if (byExtension !== 'md' && byExtension !== 'csv' && (startsLikeHtml(bytes) || isMht(bytes))) return 'html';
  if (byExtension === undefined) return 'txt'; // unknown extension, but readable text
  // A binary format's extension on bytes that are not that format: damaged or mislabelled.
  return BINARY_FORMATS.has(byExtension) ? 'unknown' : byExtension;
}

/** Extensions that claim a format whose bytes have a signature (text under them is not that format). */
const BINARY_FORMATS: ReadonlySet<FileFormat> = new Set(['docx', 'xlsx', 'pdf']);
/**
 * Word/Excel 97–2003 and WPS files are detected by their OLE streams only: a ".xls"/".doc" is as
 * often a text or HTML export, read as such.
 */
const LEGACY_EXTENSIONS: ReadonlySet<string> = new Set(['doc', 'wps', 'xls', 'et']);

/** Why a file detected as 'unknown' cannot be read (shown to the user in documents.message). */
export function unsupportedReason(file: string, bytes: Uint8Array): string {
  const ext = extensionOf(file);
  switch (magicOf(bytes)) {
    case 'ole':
      return containsUtf16(bytes, 'EncryptedPackage')
        ? ENCRYPTED_MESSAGE
        : LEGACY_EXTENSIONS.has(ext)
          ? `.${ext} 文件中找不到 Word 文档或 Excel 工作簿数据（文件可能已损坏）`
          : 'Office 二进制文件中没有 Word 文档或 Excel 工作簿（如 .ppt 演示文稿），不是受支持的格式';
    case 'zip':
      return '压缩包或不支持的文档格式（如 .zip/.odt/.ods），未找到 Word 或 Excel 内容';
    case 'image':
      return '图片文件没有文字层，需先进行文字识别（OCR）';
    case 'rtf':
      return 'RTF 格式暂不支持，请另存为 .docx 后再导入';
    default:
      break;
  }
  const claimed = BY_EXTENSION[ext];
  if (claimed !== undefined && BINARY_FORMATS.has(claimed)) {
    return `扩展名为 .${ext}，但文件内容不是该格式（文件可能已损坏或扩展名有误）`;
  }
  return '无法识别的二进制文件，不是受支持的文本或文档格式';
}

export function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function magicOf(bytes: Uint8Array, extension = ''): Magic | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // Part names are stored uncompressed in the zip headers.
    if (containsAscii(bytes, 'word/document')) return 'docx';
    if (containsAscii(bytes, 'xl/workbook')) return 'xlsx';
    return 'zip';
  }
  if (containsAscii(bytes.subarray(0, 1024), '%PDF-')) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Stream names are stored in UTF-16LE in the compound file's directory. Both kinds of stream
    // (a document with an embedded sheet, or the reverse): the extension decides.
    const word = containsUtf16(bytes, 'WordDocument');
    const excel = containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book\0');
    if (word && excel) return extension === 'xls' || extension === 'et' ? 'xls' : 'doc';
    return word ? 'doc' : excel ? 'xls' : 'ole';
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  const images = [
    [0x89, 0x50, 0x4e, 0x47],
    [0xff, 0xd8, 0xff],
    [0x47, 0x49, 0x46, 0x38],
    [0x49, 0x49, 0x2a, 0x00],
    [0x4d, 0x4d, 0x00, 0x2a],
  ];
  if (images.some((sig) => startsWith(bytes, sig))) return 'image';
  return null;
}

/** The first markup (after a BOM, blanks and comments) is an HTML document or table. */
function startsLikeHtml(bytes: Uint8Array): boolean {
  if (startsWithPlainText(bytes.subarray(0, HTML_HEAD))) return false;
  const head = decodeText(bytes.subarray(0, HTML_HEAD)).text.replace(/^(\s|<!--[\s\S]*?-->)+/, '');
  return /^(<\?xml[^>]*>\s*)?<(!doctype\s+html|html|head|body|meta|table)\b/i.test(head);
}

const HTML_HEAD = 2048;

/**
 * Bytes that can start a whitespace character in some encoding decodeText may pick: UTF-8
 * (C2 A0, E1 9A 80, E2 80 8x…, E3 80 80, EF BB BF), GB18030 (A1 A1, four-byte 81–84 …), Big5 and
 * EUC (A1 …), Shift_JIS (81 40), single-byte Latin/Cyrillic NBSP (A0, KOI8-R 9A).
 */
const MAYBE_SPACE_LEAD = new Set([0x81, 0x82, 0x83, 0x84, 0x9a, 0xa0, 0xa1, 0xc2, 0xe1, 0xe2, 0xe3, 0xef]);

/**
 * Whether the text surely does not start with markup, decided on the bytes: the first character
 * after ASCII blanks (and a UTF-8 BOM) is printable ASCII other than "<", or a non-ASCII byte that
 * starts no whitespace character in any candidate encoding (a hanzi, say) — no ASCII-compatible
 * encoding decodes a byte ≥ 0x80 to "<". Heads with NUL bytes (UTF-16) are left to decoding.
 */
function startsWithPlainText(head: Uint8Array): boolean {
  if (head.indexOf(0) >= 0) return false;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (
    i < head.length &&
    (head[i] === 0x20 || ((head[i] as number) >= 0x09 && (head[i] as number) <= 0x0d))
  )
    i++;
  const b = head[i];
  if (b === undefined) return false;
  return b >= 0x80 ? !MAYBE_SPACE_LEAD.has(b) : b > 0x20 && b < 0x7f && b !== 0x3c;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The name as UTF-16LE bytes (an OLE directory entry's name). */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  return containsCodes(bytes, Array.from(name, (ch) => [ch.charCodeAt(0), 0]).flat());
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return containsCodes(
    bytes,
    Array.from(needle, (ch) => ch.charCodeAt(0)),
  );
}

function containsCodes(bytes: Uint8Array, codes: readonly number[]): boolean {
  const first = codes[0];
  for (
    let i = bytes.indexOf(first ?? 0);
    i !== -1 && i + codes.length <= bytes.length;
    i = bytes.indexOf(first ?? 0, i + 1)
  ) {
    if (codes.every((c, k) => bytes[i + k] === c)) return true;
  }
  return false;
}
