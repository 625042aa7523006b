/**
 * Any received file → the text form the parser reads (conventions in README.md).
 *   toTextSync: txt, md, html, csv (no await needed)
 *   toText:     every supported format (docx, xlsx, doc, xls, pdf load their reader on demand)
 * Unreadable input throws a FormatError whose message (zh-CN) becomes documents.message.
 */
import { decodeText } from '../decode.ts';
import { csvToText } from './csv.ts';
import { detectFormat, unsupportedReason, type FileFormat } from './detect.ts';
import { FormatError } from './format-error.ts';
import { markdownToText } from './markdown.ts';
import { webPageText } from './mht.ts';
import { joinQuotedTabFields } from './tab-text.ts';

export { detectFormat, unsupportedReason, type FileFormat } from './detect.ts';

export interface TextForm {
  text: string;
  /** Encoding of the source bytes; null for container formats (docx, xlsx, doc, xls, pdf). */
  encoding: string | null;
  format: FileFormat;
}

export { FormatError };

export type SyncFormat = 'txt' | 'md' | 'html' | 'csv';

export function isSyncFormat(format: FileFormat): format is SyncFormat {
  return format === 'txt' || format === 'md' || format === 'html' || format === 'csv';
}

export function toTextSync(file: string, bytes: Uint8Array): TextForm {
  const format = detectFormat(file, bytes);
  if (format === 'unknown') throw new FormatError(unsupportedReason(file, bytes));
  if (!isSyncFormat(format)) throw new FormatError(`${format} 文件需要异步转换（toText）`);
  return convertSync(format, bytes);
}

export async function toText(file: string, bytes: Uint8Array): Promise<TextForm> {
  const format = detectFormat(file, bytes);
  if (format === 'unknown') throw new FormatError(unsupportedReason(file, bytes));
  if (isSyncFormat(format)) return convertSync(format, bytes);
  let text: string;
  try {
    text = await ASYNC_CONVERTERS[format](bytes);
  } catch (error) {
    if (error instanceof FormatError) throw error; // the converter's own reason (encrypted, damaged)
    throw new FormatError(
      `无法读取 ${format} 文件（可能已损坏）：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (format === 'pdf' && text.trim() === '')
    throw new FormatError('PDF 没有文字层（可能是扫描件），需先进行文字识别（OCR）');
  return { text, encoding: null, format };
}

/**
 * A converter module loaded on first use. The promise is kept: every import() call goes through
 * the module loader (under tsx a round trip to its hook thread), which cost more than converting
 * a small xlsx.
 */
function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let module: Promise<T> | undefined;
  return () => (module ??= load());
}

const docx = lazy(() => import('./docx.ts'));
const xlsx = lazy(() => import('./xlsx.ts'));
const pdf = lazy(() => import('./pdf.ts'));
const doc = lazy(() => import('./doc.ts'));
const xls = lazy(() => import('./xls.ts'));

const ASYNC_CONVERTERS: Readonly<
  Record<Exclude<FileFormat, SyncFormat | 'unknown'>, (bytes: Uint8Array) => Promise<string>>
> = {
  docx: async (bytes) => (await docx()).docxToText(bytes),
  xlsx: async (bytes) => (await xlsx()).xlsxToText(bytes),
  pdf: async (bytes) => (await pdf()).pdfToText(bytes),
  doc: async (bytes) => (await doc()).docToText(bytes),
  xls: async (bytes) => (await xls()).xlsToText(bytes),
};

function convertSync(format: SyncFormat, bytes: Uint8Array): TextForm {
  switch (format) {
    case 'txt': {
      const { text, encoding } = decodeText(bytes);
      return { text: joinQuotedTabFields(text), encoding, format };
    }
    case 'md': {
      const { text, encoding } = decodeText(bytes);
      return { text: markdownToText(text), encoding, format };
    }
    case 'html':
      return { ...webPageText(bytes), format };
    case 'csv':
      return { ...csvToText(bytes), format };
  }
}
