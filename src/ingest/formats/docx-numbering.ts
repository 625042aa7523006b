/**
 * Word automatic numbering → text. A paragraph numbered by Word (w:numPr, directly or through its
 * style) shows "三、" or "（一）" or "1." that is not in its text: the label lives in numbering.xml
 * (a level's w:numFmt and w:lvlText) and the counters run through the document. mammoth drops
 * the label (it renders a list item), so "三、存在的问题" would reach the parser as "存在的问题" and
 * "（一）××项目" as a bare name. numberParagraphs computes each label as Word does and writes it
 * as a run at the start of its paragraph.
 *
 * Rules (ECMA-376 §17.9): a w:num points at a w:abstractNum; nums sharing an abstractNum continue
 * one list unless the num overrides a level's start (then it is a list of its own). A level's
 * counter starts at w:start, counts up, and restarts when a lower level (a parent) is used again.
 * "%n" in w:lvlText is level n's counter in level n's w:numFmt. numId 0 = numbering removed;
 * bullets add nothing. The label is followed by nothing when it ends in punctuation ("一、",
 * "（一）", "1.") or w:suff is "nothing", else by a space.
 */
import { decodeXml } from './xml-scan.ts';

interface Level {
  start: number;
  fmt: string;
  text: string;
  suff: string;
  pStyle: string | undefined;
}

interface Num {
  abstractId: string;
  /** Level overrides: a new start (own list) or a whole level definition. */
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

export interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, Num>;
  /** Paragraph style → its numbering (numId, ilvl), inherited through w:basedOn. */
  styles: Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;
}

const ABSTRACT = /<w:abstractNum\b[^>]*\bw:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g;
const LEVEL = /<w:lvl\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g;
const NUM = /<w:num\b[^>]*\bw:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g;
const OVERRIDE = /<w:lvlOverride\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g;
const STYLE = /<w:style\b[^>]*\bw:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g;

const VAL_PATTERNS = new Map<string, RegExp>();

/** The w:val of the first <w:tag> in xml. */
function val(xml: string, tag: string): string | undefined {
  let re = VAL_PATTERNS.get(tag);
  if (!re) VAL_PATTERNS.set(tag, (re = new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`)));
  return re.exec(xml)?.[1];
}

function readLevel(xml: string): Level {
  const start = Number.parseInt(val(xml, 'start') ?? '1', 10);
  return {
    start: Number.isFinite(start) ? start : 1,
    fmt: val(xml, 'numFmt') ?? 'decimal',
    text: decodeXml(val(xml, 'lvlText') ?? ''),
    suff: val(xml, 'suff') ?? 'tab',
    pStyle: val(xml, 'pStyle'),
  };
}

/** numbering.xml and styles.xml (either may be missing) → the numbering model. */
export function readNumbering(numberingXml: string | null, stylesXml: string | null): Numbering {
  const numbering: Numbering = { abstracts: new Map(), nums: new Map(), styles: new Map() };
  if (numberingXml) {
    for (const [, id, body] of numberingXml.matchAll(ABSTRACT)) {
      const levels = new Map<number, Level>();
      for (const [, ilvl, lvl] of (body ?? '').matchAll(LEVEL))
        levels.set(Number(ilvl), readLevel(lvl ?? ''));
      numbering.abstracts.set(id ?? '', levels);
    }
    for (const [, id, body = ''] of numberingXml.matchAll(NUM)) {
      const num: Num = { abstractId: val(body, 'abstractNumId') ?? '', starts: new Map(), levels: new Map() };
      for (const [, ilvl, override = ''] of body.matchAll(OVERRIDE)) {
        const start = val(override, 'startOverride');
        if (start !== undefined) num.starts.set(Number(ilvl), Number.parseInt(start, 10) || 0);
        const lvl = /<w:lvl\b[\s\S]*?<\/w:lvl>/.exec(override)?.[0];
        if (lvl) num.levels.set(Number(ilvl), readLevel(lvl));
      }
      numbering.nums.set(id ?? '', num);
    }
  }
  if (stylesXml?.includes('<w:numPr')) {
    for (const [, id, body = ''] of stylesXml.matchAll(STYLE)) {
      const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1];
      const basedOn = val(body, 'basedOn');
      const ilvl = numPr === undefined ? undefined : val(numPr, 'ilvl');
      numbering.styles.set(id ?? '', {
        ...(numPr === undefined ? {} : { numId: val(numPr, 'numId') }),
        ...(ilvl === undefined ? {} : { ilvl: Number.parseInt(ilvl, 10) }),
        ...(basedOn === undefined ? {} : { basedOn }),
      });
    }
  }
  return numbering;
}

/** A paragraph's start tag directly followed by its properties. */
const PARAGRAPH_PROPS = /<w:p(?:\s[^>]*)?>\s*<w:pPr>/g;

/** Write each numbered paragraph's label into its text (document.xml). */
export function numberParagraphs(xml: string, numbering: Numbering): string {
  if (numbering.nums.size === 0) return xml;
  const counters = new Map<string, number[]>();
  const out: string[] = [];
  let done = 0;
  for (const m of xml.matchAll(PARAGRAPH_PROPS)) {
    const from = (m.index ?? 0) + m[0].length;
    if (from <= done) continue;
    let end = xml.indexOf('</w:pPr>', from);
    if (end < 0) break;
    // w:pPrChange (the last child) holds the old properties in a w:pPr of its own.
    const change = xml.indexOf('<w:pPrChange', from);
    let own = xml.slice(from, end);
    if (change >= 0 && change < end) {
      own = xml.slice(from, change);
      const closed = xml.indexOf('</w:pPrChange>', change);
      end = closed < 0 ? -1 : xml.indexOf('</w:pPr>', closed);
      if (end < 0) break;
    }
    end += '</w:pPr>'.length;
    const label = labelOf(own, numbering, counters);
    if (label) {
      out.push(xml.slice(done, end), `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`);
      done = end;
    }
  }
  out.push(xml.slice(done));
  return out.join('');
}

function labelOf(props: string, numbering: Numbering, counters: Map<string, number[]>): string {
  const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(props)?.[1];
  const styleId = val(props, 'pStyle');
  let numId = numPr === undefined ? undefined : val(numPr, 'numId');
  const ilvlText = numPr === undefined ? undefined : val(numPr, 'ilvl');
  let ilvl = ilvlText === undefined ? undefined : Number.parseInt(ilvlText, 10);
  // Numbering from the paragraph's style chain.
  for (
    let id = styleId, seen = 0;
    id !== undefined && seen < 20 && (numId === undefined || ilvl === undefined);
    seen++
  ) {
    const style = numbering.styles.get(id);
    if (!style) break;
    numId ??= style.numId;
    ilvl ??= style.ilvl;
    id = style.basedOn;
  }
  if (numId === undefined || numId === '0') return '';
  const num = numbering.nums.get(numId);
  const abstract = num && numbering.abstracts.get(num.abstractId);
  if (!num || !abstract) return '';
  if (ilvl === undefined) {
    // A style linked to a level (w:pStyle in the level) numbers at that level.
    ilvl = 0;
    for (const [k, level] of abstract) if (styleId !== undefined && level.pStyle === styleId) ilvl = k;
  }
  const level = (k: number): Level | undefined => num.levels.get(k) ?? abstract.get(k);
  const current = level(ilvl);
  if (!current || current.fmt === 'bullet' || current.fmt === 'none') return '';
  const key = num.starts.size > 0 ? `n${numId}` : `a${num.abstractId}`;
  let state = counters.get(key);
  if (!state) counters.set(key, (state = []));
  const startOf = (k: number): number => num.starts.get(k) ?? level(k)?.start ?? 1;
  state[ilvl] = state[ilvl] === undefined ? startOf(ilvl) : (state[ilvl] ?? 0) + 1;
  state.length = ilvl + 1; // deeper levels restart
  const text = current.text.replace(/%([1-9])/g, (_, d: string) => {
    const k = Number(d) - 1;
    return formatNumber(state[k] ?? startOf(k), level(k)?.fmt ?? 'decimal');
  });
  if (text.trim() === '') return '';
  const bare = current.suff === 'nothing' || /[、.．)）:：,，]$/.test(text);
  return bare ? text : `${text} `;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const HAN_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

/** 1 → "一", 10 → "十", 21 → "二十一", 105 → "一百零五" (Word's chineseCounting up to 9999). */
function chineseCounting(n: number, digits: string, units: readonly string[], zero: string): string {
  if (n <= 0 || n > 9999) return String(n);
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let gap = false;
  parts.forEach((d, k) => {
    if (d === 0) {
      gap = out !== '';
      return;
    }
    if (gap) out += zero;
    gap = false;
    // "十一", not "一十一", for 10–19.
    if (!(k === 2 && d === 1 && out === '' && units[2] === '十')) out += digits[d];
    out += units[k] ?? '';
  });
  return out;
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: 27 → "aa".
  const k = (n - 1) % 26;
  return String.fromCharCode(97 + k).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return fmt === 'ideographDigital'
        ? [...String(n)].map((d) => HAN_DIGITS[Number(d)]).join('')
        : chineseCounting(n, HAN_DIGITS, ['千', '百', '十', ''], fmt.endsWith('Thousand') ? '〇' : '零');
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_DIGITS, ['仟', '佰', '拾', ''], '零');
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}
