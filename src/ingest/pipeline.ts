/**
 * The parser core's entry points (pure: bytes in, records out; no I/O).
 *   parseDocument / parseDocumentAsync: one file → a ParsedDocument (never throws: failures become
 *     a status and a message)
 *   assembleTables: all parsed documents → the contract tables (or one agency's documents at a
 *     time, keyed by assemblyKey, with one ProblemCategorizer over every part's problems)
 */
import { parseText } from './document.ts';
import {
  detectFormat,
  FormatError,
  isSyncFormat,
  toText,
  toTextSync,
  unsupportedReason,
  type TextForm,
} from './formats/index.ts';
import { sha256Hex, shortHash } from './hash.ts';
import type { DocumentInfo, InputFile, ParsedDocument } from './types.ts';

export { assembleTables, assemblyKey, rowAgencyKeys, ROW_ORDER, type AssembleOptions } from './assemble.ts';
export { categorizeProblems, ProblemCategorizer } from './problem-categories.ts';

type Base = Omit<
  DocumentInfo,
  'doc_kind' | 'title' | 'agency' | 'agency_aliases' | 'year' | 'status' | 'message'
>;

function baseInfo(input: InputFile): Base {
  const bytes = 'bytes' in input ? input.bytes : new Uint8Array();
  return {
    doc_id: `d${shortHash(input.file)}`,
    file: input.file,
    sha256: 'bytes' in input ? (input.sha256 ?? sha256Hex(bytes)) : '',
    bytes: bytes.length,
    encoding: null,
    format: 'bytes' in input ? detectFormat(input.file, bytes) : 'unknown',
  };
}

function failed(base: Base, status: 'error' | 'unrecognized', message: string): ParsedDocument {
  return {
    info: {
      ...base,
      doc_kind: null,
      title: null,
      agency: null,
      agency_aliases: [],
      year: null,
      status,
      message,
    },
    projects: [],
    department: null,
    problems: [],
    cited_lines: [],
  };
}

/** Checks that need no conversion; null when the file should be converted and parsed. */
function precheck(input: InputFile, base: Base): ParsedDocument | null {
  if ('readError' in input) return failed(base, 'error', `无法读取文件：${input.readError}`);
  if (input.bytes.length === 0) return failed(base, 'unrecognized', '空文件（0 字节），没有可提取的内容');
  if (base.format === 'unknown') {
    // The reason names what the file is (an encrypted or damaged Office file, an archive, an
    // image…) when it can.
    return failed(base, 'error', unsupportedReason(input.file, input.bytes));
  }
  return null;
}

function fromText(base: Base, form: TextForm): ParsedDocument {
  if (form.text.trim() === '')
    return failed({ ...base, encoding: form.encoding }, 'unrecognized', '文件没有文字内容');
  return parseText({ ...base, encoding: form.encoding, format: form.format }, form.text);
}

function fromError(base: Base, error: unknown): ParsedDocument {
  if (error instanceof FormatError) return failed(base, 'error', error.message);
  return failed(base, 'error', `解析失败：${error instanceof Error ? error.message : String(error)}`);
}

/** Text formats (txt, md, html, csv) synchronously; docx/xlsx/pdf need parseDocumentAsync. */
export function parseDocument(input: InputFile): ParsedDocument {
  const base = baseInfo(input);
  const early = precheck(input, base);
  if (early) return early;
  if (!isSyncFormat(base.format as never))
    return failed(base, 'error', `${base.format} 文件需用异步解析（parseDocumentAsync）`);
  try {
    return fromText(base, toTextSync(input.file, (input as { bytes: Uint8Array }).bytes));
  } catch (error) {
    return fromError(base, error);
  }
}

/** Every supported format, including docx, xlsx and PDF with a text layer. */
export async function parseDocumentAsync(input: InputFile): Promise<ParsedDocument> {
  const base = baseInfo(input);
  const early = precheck(input, base);
  if (early) return early;
  try {
    return fromText(base, await toText(input.file, (input as { bytes: Uint8Array }).bytes));
  } catch (error) {
    return fromError(base, error);
  }
}
