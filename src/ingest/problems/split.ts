/**
 * Numbered-list splitting: "一是…二是…", "（一）…（二）…", "1、…2、…", "1. 2.", "(1)(2)", "①②",
 * "第一，第二，". A run counts only when it starts at 1 and counts up by one, so numbers inside
 * the text ("1-6月", "28.09万", "2021年") are never taken for list markers.
 */

const CN_DIGITS = '一二三四五六七八九十';

/** 一…九十, 十一…九十九 → number; null for anything else. */
export function chineseNumeral(text: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return null;
  const d = (ch: string): number => CN_DIGITS.indexOf(ch) + 1;
  if (text.length === 1) return d(text);
  const tenAt = text.indexOf('十');
  if (tenAt < 0) return null;
  const tens = tenAt === 0 ? 1 : d(text[0] ?? '');
  const ones = tenAt === text.length - 1 ? 0 : d(text[text.length - 1] ?? '');
  return tens > 9 || ones > 9 ? null : tens * 10 + ones;
}

interface MarkerFamily {
  name: string;
  /** Global regex; group 1 is a boundary prefix, group 2 the ordinal text. */
  re: RegExp;
  ordinal: (s: string) => number | null;
}

// A marker must follow the start, a space or punctuation, so "唯一是" or "2021年" never match.
const B = '(^|[\\s：:；;。，,！？!?、）)”"])';
const CN = '[一二三四五六七八九十]{1,3}';
const arabic = (s: string): number => Number(s);
const circled = (s: string): number => s.charCodeAt(0) - 0x2460 + 1;

const FAMILIES: readonly MarkerFamily[] = [
  { name: 'shi', re: new RegExp(`${B}(${CN})是`, 'g'), ordinal: chineseNumeral },
  { name: 'di', re: new RegExp(`${B}第(${CN})[，,、：:]`, 'g'), ordinal: chineseNumeral },
  // Bracketed markers delimit themselves, so they need no boundary: "…明确（二）部分…".
  { name: 'paren-cn', re: new RegExp(`()[（(](${CN})[）)]`, 'g'), ordinal: chineseNumeral },
  { name: 'cn-dun', re: new RegExp(`${B}(${CN})[、．.]`, 'g'), ordinal: chineseNumeral },
  { name: 'paren-num', re: new RegExp(`()[（(](\\d{1,2})[）)]`, 'g'), ordinal: arabic },
  { name: 'num', re: new RegExp(`${B}(\\d{1,2})(?:[、．]|\\.(?!\\d)|[)）](?!\\d))`, 'g'), ordinal: arabic },
  { name: 'circled', re: /()([\u2460-\u2473])/g, ordinal: circled },
];

interface Marker {
  ordinal: number;
  /** Index where the marker (after its boundary prefix) starts. */
  start: number;
  /** Index just after the marker. */
  end: number;
}

function markersOf(text: string, family: MarkerFamily): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(family.re)) {
    const ordinal = family.ordinal(m[2] ?? '');
    if (ordinal === null) continue;
    const start = (m.index ?? 0) + (m[1] ?? '').length;
    out.push({ ordinal, start, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** The longest run 1, 2, 3… among the markers (in text order). */
function countingRun(markers: readonly Marker[]): Marker[] {
  let best: Marker[] = [];
  for (let i = 0; i < markers.length; i++) {
    if (markers[i]?.ordinal !== 1) continue;
    const run: Marker[] = [markers[i] as Marker];
    for (let j = i + 1; j < markers.length; j++) {
      const m = markers[j] as Marker;
      if (m.ordinal === run.length + 1) run.push(m);
    }
    if (run.length > best.length) best = run;
  }
  return best;
}

export interface NumberedSplit {
  /** Text before the first marker (an intro such as "存在以下问题："), trimmed. */
  head: string;
  /** Item texts, markers removed, in order. Empty when the text holds no list of two or more. */
  items: string[];
}

/** Splits text at the markers of its longest counting list (two items at least). */
export function splitNumbered(text: string): NumberedSplit {
  let best: Marker[] = [];
  for (const family of FAMILIES) {
    const run = countingRun(markersOf(text, family));
    if (
      run.length > best.length ||
      (run.length === best.length && run.length > 0 && (run[0]?.start ?? 0) < (best[0]?.start ?? 0))
    ) {
      best = run;
    }
  }
  if (best.length < 2) return { head: text.trim(), items: [] };
  const items = best.map((m, k) => text.slice(m.end, best[k + 1]?.start ?? text.length).trim());
  return { head: text.slice(0, best[0]?.start ?? 0).trim(), items };
}

/** Numbering level of a line's leading marker: 0 第X部分, 1 一、, 2 （一）, 3 1、, 4 （1）, 5 ①; null when unnumbered. */
const LEADING_MARKERS: readonly [number, RegExp][] = [
  [0, /^第[一二三四五六七八九十]+部分\s*/],
  [1, /^[一二三四五六七八九十]{1,3}\s*[、．.]\s*/],
  [2, /^[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]\s*[、．.]?\s*/],
  [3, /^\d{1,2}\s*(?:[、．]|\.(?!\d)|[)）])\s*/],
  [4, /^[（(]\s*\d{1,2}\s*[）)]\s*/],
  [5, /^[\u2460-\u2473]\s*/],
  [6, /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、：:])\s*/],
];
/** The first character every leading marker starts with (most lines start with none of them). */
const MARKER_START = /^[第一二三四五六七八九十（(\d\u2460-\u2473]/;

export function leadingMarker(text: string): { level: number; rest: string } | null {
  if (!MARKER_START.test(text)) return null;
  for (const [level, re] of LEADING_MARKERS) {
    const m = re.exec(text);
    if (m) return { level, rest: text.slice(m[0].length) };
  }
  return null;
}

/** The text without its leading list marker. */
export function stripMarker(text: string): string {
  return leadingMarker(text)?.rest ?? text;
}
