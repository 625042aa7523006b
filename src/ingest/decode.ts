/**
 * Bytes → text with the encoding recorded. Pure and browser-runnable (TextDecoder + chardet).
 *
 * Order: BOM → UTF-16 without BOM (NUL-byte pattern) → valid UTF-8 → GBK family (decoded as
 * GB18030, its superset) or Big5, whichever decodes to a report's hanzi → what chardet says. A
 * UTF-8 BOM before bytes that are not UTF-8 is dropped and the rest detected; in a legacy-encoded
 * text, lines that are UTF-8 CJK text stay UTF-8 (mixed files). Line breaks are normalised to LF and the BOM is dropped; nothing else
 * changes, so line numbers are those of the source file.
 */
import { analyse } from 'chardet';
import { commonHanziShare } from './hanzi.ts';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | (string & {});

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Bytes inspected by the statistical checks; enough for a verdict, cheap on big files. */
const SAMPLE_BYTES = 64 * 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  const { detected, raw } = decodeOnce(bytes);
  return { text: normalizeNewlines(raw), encoding: detected.encoding };
}

interface Decoding {
  detected: Detected;
  /** The bytes after the BOM, decoded (line breaks as in the file). */
  raw: string;
}

/**
 * The pipeline sniffs a file (looksBinary, on a sample that is the whole file for files under
 * SAMPLE_BYTES) before it decodes it: both reuse one detection and one decode per byte array.
 */
const decodings = new WeakMap<Uint8Array, Decoding>();

function decodeOnce(bytes: Uint8Array): Decoding {
  const cached = decodings.get(bytes);
  if (cached) return cached;
  const detected = detectEncoding(bytes);
  const raw = detected.text ?? decoderFor(detected.label).decode(bytes.subarray(detected.offset));
  const decoding = { detected, raw };
  decodings.set(bytes, decoding);
  return decoding;
}

const decoders = new Map<string, TextDecoder>();

/**
 * One TextDecoder per label (BOM kept, as the caller skipped it): creating one looks up a
 * converter each time. A non-streaming decode() starts from a fresh state, so reuse is safe.
 */
function decoderFor(label: string, fatal = false): TextDecoder {
  const key = `${label}\u0000${fatal}`;
  let decoder = decoders.get(key);
  if (!decoder) decoders.set(key, (decoder = new TextDecoder(label, { fatal, ignoreBOM: true })));
  return decoder;
}

/** True for data that is not text in any supported encoding; such files get status "error". */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0 || bomOf(bytes) !== null || utf16WithoutBom(bytes) !== null) return false;
  // No BOM here, so decoding the sample reads exactly what decodeText will read.
  const sample = bytes.length <= SAMPLE_BYTES ? bytes : bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b < 0x20 || b === 0x7f) {
      if (b === 0) return true;
      if (isControlByte(b)) controls++;
    }
  }
  if (controls > sample.length * 0.05) return true;
  // Bytes that no candidate encoding decodes cleanly (compressed or encrypted data).
  const text = decodeOnce(sample).raw;
  return countChar(text, '\uFFFD') > text.length * 0.05;
}

/** CRLF and lone CR → LF, one line break for one line break, so line numbers stay. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Canonical name of the encoding a TextDecoder label stands for (gbk/gb2312 → gb18030). */
export function canonicalEncoding(label: string): string | null {
  let name: string;
  try {
    name = new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
  return name === 'gbk' ? 'gb18030' : name;
}

interface Detected {
  encoding: TextEncodingName;
  /** TextDecoder label to decode with. */
  label: string;
  /** Bytes to skip (the BOM). */
  offset: number;
  /** The whole input already decoded while detecting (valid UTF-8), if it was. */
  text?: string;
}

function detectEncoding(bytes: Uint8Array): Detected {
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8-bom') return bom;
  const body = bom ? bytes.subarray(bom.offset) : bytes;
  if (!bom) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return { encoding: utf16, label: utf16, offset: 0 };
  }
  const utf8 = mostlyUtf8(body);
  if (utf8 !== false) {
    const encoding = bom ? 'utf-8-bom' : 'utf-8';
    return { encoding, label: 'utf-8', offset: bom?.offset ?? 0, ...(utf8 === true ? {} : { text: utf8 }) };
  }
  // Not UTF-8 (a UTF-8 BOM notwithstanding: a GBK file whose first line was pasted from, or
  // saved by, a UTF-8 editor): a legacy encoding, lines that are UTF-8 kept as UTF-8.
  const sample = body.subarray(0, SAMPLE_BYTES);
  const label = legacyLabel(sample, sample.length < body.length);
  const offset = bom?.offset ?? 0;
  const mixed = decodeMixedLines(body, label);
  return { encoding: label, label, offset, ...(mixed === null ? {} : { text: mixed }) };
}

/**
 * A legacy-encoded text some of whose lines are UTF-8 (a title typed in a UTF-8 editor, files
 * concatenated): those lines decoded as UTF-8, the others with `label`. Null when no line is
 * UTF-8 CJK text (the common case: one decode of the whole input). A line counts as UTF-8 only
 * when its non-ASCII characters are all well-formed U+2000 or above (CJK, punctuation) and there
 * are at least two: legacy double-byte text almost never forms such sequences line-long.
 */
function decodeMixedLines(bytes: Uint8Array, label: string): string | null {
  if (!/^(gb18030|gbk|big5|euc-|shift_jis|iso-2022)/.test(label)) return null;
  const utf8Lines: [start: number, end: number][] = [];
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    if (isUtf8CjkLine(bytes, start, end)) utf8Lines.push([start, end]);
    start = end + 1;
  }
  if (utf8Lines.length === 0) return null;
  const legacy = decoderFor(label);
  const utf8 = decoderFor('utf-8');
  let text = '';
  let at = 0;
  for (const [start, end] of utf8Lines) {
    text += legacy.decode(bytes.subarray(at, start)) + utf8.decode(bytes.subarray(start, end));
    at = end;
  }
  return text + legacy.decode(bytes.subarray(at));
}

function isUtf8CjkLine(bytes: Uint8Array, start: number, end: number): boolean {
  let wide = 0;
  for (let i = start; i < end;) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Only three- and four-byte sequences (U+0800 and up; U+2000 and up checked below).
    const n = b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > end) return false;
    for (let k = 1; k < n; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return false;
    const second = bytes[i + 1] as number;
    if (n === 3) {
      const code = ((b & 0x0f) << 12) | ((second & 0x3f) << 6) | ((bytes[i + 2] as number) & 0x3f);
      if (code < 0x2000 || (code >= 0xd800 && code <= 0xdfff)) return false;
    } else if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return false;
    wide++;
    i += n;
  }
  return wide >= 2;
}

function bomOf(bytes: Uint8Array): Detected | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8-bom', label: 'utf-8', offset: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', label: 'utf-16le', offset: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', label: 'utf-16be', offset: 2 };
  return null;
}

/**
 * UTF-16 without BOM: ASCII characters (digits, tabs, line breaks) leave a NUL in every other
 * byte. Chinese characters rarely do (U+xx00 only), so the NUL parity tells LE from BE; a line
 * feed in the same parity and a clean decode confirm it.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  // Without a NUL byte there is no UTF-16 pattern (the common case: one native scan).
  if (bytes.subarray(0, n).indexOf(0) < 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  let lfLe = 0;
  let lfBe = 0;
  for (let i = 0; i < n; i += 2) {
    const lo = bytes[i] ?? 0;
    const hi = bytes[i + 1] ?? 0;
    if (lo === 0) evenZeros++;
    if (hi === 0) oddZeros++;
    if (lo === 0x0a && hi === 0) lfLe++;
    if (lo === 0 && hi === 0x0a) lfBe++;
  }
  const pairs = n / 2;
  if (pairs === 0 || oddZeros + evenZeros === 0) return null;
  const minZeros = Math.max(1, pairs * 0.01);
  let candidate: 'utf-16le' | 'utf-16be' | null = null;
  if (oddZeros >= minZeros && oddZeros >= 2 * evenZeros && (lfLe > 0 || oddZeros >= pairs * 0.2))
    candidate = 'utf-16le';
  else if (evenZeros >= minZeros && evenZeros >= 2 * oddZeros && (lfBe > 0 || evenZeros >= pairs * 0.2))
    candidate = 'utf-16be';
  if (!candidate) return null;
  const text = new TextDecoder(candidate).decode(bytes.subarray(0, n));
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControlByte(text.charCodeAt(i))) controls++;
  return controls + countChar(text, '\uFFFD') <= text.length * 0.02 ? candidate : null;
}

/**
 * Valid UTF-8, or UTF-8 with a few damaged bytes (a truncated or patched copy). GBK text read
 * as UTF-8 yields almost no valid multi-byte characters, only U+FFFD, so few U+FFFD per valid
 * non-ASCII character cannot be GBK. Returns the decoded text when the input is valid UTF-8 (so
 * it is not decoded twice), true when it is damaged UTF-8, false when it is not UTF-8.
 */
function mostlyUtf8(bytes: Uint8Array): string | boolean {
  try {
    return decoderFor('utf-8', true).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(0, SAMPLE_BYTES));
    let damaged = 0;
    let nonAscii = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        nonAscii++;
        if (code === 0xfffd) damaged++;
      }
    }
    return damaged <= (nonAscii - damaged) * 0.02;
  }
}

/** Double-byte characters a text needs before its GB2312 share alone says it is GBK. */
const GB2312_VERDICT_CHARS = 64;

/**
 * The legacy encoding of bytes that are not UTF-8. A text of simplified hanzi is almost all in the
 * GB2312 area: with enough characters that settles it (the common case, no decoding). Otherwise the
 * two double-byte Chinese encodings, GBK (as GB18030) and Big5, are both decoded and the one whose
 * text is the vocabulary of a report wins: Big5 bytes decode as GBK without error, but to rare
 * hanzi, and GBK bytes decode as Big5 the same way (or with errors). Short texts, GBK text outside
 * GB2312 (traditional hanzi, rare names) and Big5 text are told apart so. When neither reads as
 * Chinese, chardet's best guess that decodes cleanly (Shift_JIS, windows-1252 …).
 */
function legacyLabel(sample: Uint8Array, partial: boolean): string {
  const { share, chars } = gb2312Share(sample);
  if (share >= 0.75 && chars >= GB2312_VERDICT_CHARS) return 'gb18030';
  const chinese = bestChineseDecoding(sample, partial);
  if (chinese !== null) return chinese;
  if (share >= 0.75) return 'gb18030';
  return guessWithChardet(sample, partial) ?? 'gb18030';
}

/** Below this share of frequent report hanzi a decoding is not read as Chinese text. */
const MIN_COMMON_SHARE = 0.3;

/** GB18030 or Big5, whichever decodes the sample cleanly to more of the reports' frequent hanzi. */
function bestChineseDecoding(sample: Uint8Array, partial: boolean): string | null {
  let best: string | null = null;
  let bestShare = MIN_COMMON_SHARE;
  for (const label of ['gb18030', 'big5']) {
    if (!decodesCleanly(label, sample, partial)) continue;
    const share = commonHanziShare(decoderFor(label).decode(sample));
    if (share > bestShare) {
      best = label;
      bestShare = share;
    }
  }
  return best;
}

/**
 * Share of double-byte characters in the GB2312 area (symbols A1–A9, hanzi B0–F7, trail A1–FE).
 * Simplified-Chinese GBK text is almost all GB2312; Big5 text has trail bytes below A1 and lead
 * bytes AA–AF, so it scores low.
 */
function gb2312Share(bytes: Uint8Array): { share: number; chars: number } {
  let inArea = 0;
  let outside = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = bytes[i + 1] ?? 0;
    if (t >= 0x30 && t <= 0x39) {
      outside++; // GB18030 four-byte sequence
      i += 4;
      continue;
    }
    const gbRow = (b >= 0xa1 && b <= 0xa9) || (b >= 0xb0 && b <= 0xf7);
    if (gbRow && t >= 0xa1 && t <= 0xfe) inArea++;
    else outside++;
    i += 2;
  }
  const chars = inArea + outside;
  return { share: chars === 0 ? 0 : inArea / chars, chars };
}

/** chardet's best guess that TextDecoder supports and decodes without errors. */
function guessWithChardet(sample: Uint8Array, partial: boolean): string | null {
  for (const match of analyse(sample)) {
    const label = canonicalEncoding(match.name);
    if (label && !label.startsWith('utf-') && decodesCleanly(label, sample, partial)) return label;
  }
  return null;
}

/** A sample cut from a longer file may end inside a multi-byte character: allow dropping ≤ 3 bytes. */
function decodesCleanly(label: string, sample: Uint8Array, partial: boolean): boolean {
  const decoder = new TextDecoder(label, { fatal: true });
  for (let cut = 0; cut <= (partial ? 3 : 0); cut++) {
    try {
      decoder.decode(sample.subarray(0, sample.length - cut));
      return true;
    } catch {
      continue;
    }
  }
  return false;
}

/** C0 controls other than tab, LF, VT, FF, CR and ESC (seen in terminal logs), plus DEL. */
function isControlByte(code: number): boolean {
  return (
    (code < 0x20 && code !== 9 && code !== 10 && code !== 11 && code !== 12 && code !== 13 && code !== 27) ||
    code === 0x7f
  );
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
