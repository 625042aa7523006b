/**
 * MHT (MHTML, "单个文件网页"): a web page and its files in one MIME multipart/related message,
 * as Word and Excel save it (.mht, .mhtml — and .doc/.xls files that OA systems export this way),
 * and as the HTML chunk of a docx built from a web page (w:altChunk). The HTML parts are taken
 * out of the message, their transfer encoding (quoted-printable, base64) undone and their
 * charset applied; images and style sheets are left out.
 */
import { canonicalEncoding, normalizeNewlines } from '../decode.ts';
import { decodeHtml, htmlToText } from './html.ts';

export interface MhtPage {
  html: string;
  encoding: string;
}

const latin1 = new TextDecoder('latin1');
/** The head of a MIME message (header lines, folded lines indented) naming a multipart/related body. */
const MIME_HEAD = /^(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:\s*multipart\/related\b/i;

/** Whether the bytes are a MIME multipart/related message (an MHT file). */
export function isMht(bytes: Uint8Array): boolean {
  // A header name comes first: any other start (a hanzi, '<', a BOM) ends the test on 64 bytes.
  if (!/^[A-Za-z]/.test(latin1.decode(bytes.subarray(0, 64)).trimStart())) return false;
  const head = latin1.decode(bytes.subarray(0, 2048)).replace(/\r\n?/g, '\n').trimStart();
  return MIME_HEAD.test(head);
}

/** The HTML parts of an MHT message, in order; null when the bytes are not one. */
export function mhtPages(bytes: Uint8Array): MhtPage[] | null {
  if (!isMht(bytes)) return null;
  const message = latin1.decode(bytes).replace(/\r\n?/g, '\n');
  const [head = '', body = ''] = splitHead(message);
  const boundary = parameter(head, 'boundary');
  if (!boundary) return null;
  const pages: MhtPage[] = [];
  for (const part of body.split(`--${boundary}`).slice(1)) {
    if (part.startsWith('--')) break; // the closing delimiter
    const [headers = '', content = ''] = splitHead(part.replace(/^[ \t]*\n/, ''));
    const type = /^content-type:\s*([\w/+.-]+)/im.exec(headers)?.[1]?.toLowerCase();
    if (type !== 'text/html') continue;
    const encoding = /^content-transfer-encoding:\s*([\w-]+)/im.exec(headers)?.[1]?.toLowerCase();
    const data = transferDecode(content, encoding);
    const charset = canonicalEncoding(parameter(headers, 'charset') ?? '');
    if (charset)
      pages.push({ html: normalizeNewlines(new TextDecoder(charset).decode(data)), encoding: charset });
    else {
      const decoded = decodeHtml(data);
      pages.push({ html: decoded.text, encoding: decoded.encoding });
    }
  }
  return pages;
}

/** Header block and body, split at the first empty line. */
function splitHead(text: string): [string, string] {
  const end = text.indexOf('\n\n');
  return end < 0 ? [text, ''] : [text.slice(0, end), text.slice(end + 2)];
}

/** A header parameter (`boundary="…"`, `charset=gb2312`) anywhere in a header block. */
function parameter(headers: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|([^\\s;]+))`, 'i').exec(headers);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The part's bytes: quoted-printable and base64 undone, 7bit/8bit/binary as they are (latin1 = bytes). */
function transferDecode(content: string, encoding: string | undefined): Uint8Array {
  if (encoding === 'base64') return bytesOf(atob(content.replace(/[^A-Za-z0-9+/=]/g, '')));
  const text =
    encoding === 'quoted-printable'
      ? content
          .replace(/=[ \t]*\n/g, '')
          .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      : content;
  return bytesOf(text);
}

/** A binary string's bytes (every character ≤ U+00FF). */
const bytesOf = (binary: string): Uint8Array => Uint8Array.from(binary, (ch) => ch.charCodeAt(0) & 0xff);

/**
 * The text form of a web page file: each HTML part of an MHT message, else the page itself; with
 * the encoding it was read in (the first part's, for an MHT).
 */
export function webPageText(bytes: Uint8Array): { text: string; encoding: string | null } {
  const pages = mhtPages(bytes);
  if (pages)
    return { text: pages.map((p) => htmlToText(p.html)).join(''), encoding: pages[0]?.encoding ?? null };
  const { text, encoding } = decodeHtml(bytes);
  return { text: htmlToText(text), encoding };
}
