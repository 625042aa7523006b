/**
 * Text → file bytes in the encodings reports arrive in: UTF-8, UTF-8 with BOM, GBK (iconv-lite;
 * characters outside GBK fall back to their GB18030 four-byte form, as GB18030 is GBK's
 * superset) and UTF-16LE with BOM.
 */
import iconv from 'iconv-lite';

export type EncodingVariant = 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le';
export const ENCODING_VARIANTS: readonly EncodingVariant[] = ['utf-8', 'utf-8-bom', 'gbk', 'utf-16le'];

/** The encoding name the ingest records in documents.encoding for each variant. */
export const DECODED_AS: Readonly<Record<EncodingVariant, string>> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8-bom',
  gbk: 'gb18030',
  'utf-16le': 'utf-16le',
};

/** The charset an HTML page of this encoding declares. */
export const HTML_CHARSET: Readonly<Record<EncodingVariant, string>> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  gbk: 'gbk',
  'utf-16le': 'utf-16',
};

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];

function withPrefix(prefix: readonly number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  return out;
}

function gbk(text: string): Uint8Array {
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') === text) return new Uint8Array(bytes);
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

export function encodeText(text: string, encoding: EncodingVariant): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return withPrefix(UTF8_BOM, new TextEncoder().encode(text));
    case 'gbk':
      return gbk(text);
    case 'utf-16le':
      return withPrefix(UTF16LE_BOM, new Uint8Array(iconv.encode(text, 'utf16le')));
  }
}
