/**
 * Text and number normalisation shared by every extractor: full-width characters, OCR/LaTeX
 * remnants, amounts in 元/万元/亿元 → 万元, percentages → fractions, scores.
 */
import { capitalAmountCell } from './chinese-numerals.ts';

const FULL_WIDTH_OFFSET = 0xfee0;
/** Any full-width ASCII form or ideographic space: most text has none, and skips the replacing. */
const HAS_FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII (１２３．５％，：) → half-width; ideographic space → space. */
export function toHalfWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, halfWidthOf);
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

function halfWidthOf(ch: string): string {
  return ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET);
}

const LATEX_SYMBOLS: Record<string, string> = {
  geq: '≥',
  ge: '≥',
  leq: '≤',
  le: '≤',
  neq: '≠',
  times: '×',
  '%': '%',
};

/** OCR exports carry inline LaTeX: "$\geq 10\%$" → "≥10%". */
export function stripLatex(text: string): string {
  if (!text.includes('$') && !text.includes('\\')) return text;
  return text
    .replace(/\$([^$]*)\$/g, (_m, inner: string) =>
      inner.replace(/\\([a-z]+|%)\s*/gi, (_s, name: string) => LATEX_SYMBOLS[name] ?? '').replace(/\s+/g, ''),
    )
    .replace(/\\%/g, '%');
}

const MARKUP_CHAR = /[<[&]/;

/** Removes markup remnants that exports leave in cells: <p>, [bookmark: …], [image: …]. */
export function stripMarkup(text: string): string {
  if (!MARKUP_CHAR.test(text)) return text;
  return text
    .replace(/<\/?(?:p|br|span|div|b|strong|i|em)\b[^>]*>/gi, ' ')
    .replace(/\[(?:bookmark|image):[^\]]*\]/gi, '')
    .replace(/&nbsp;/g, ' ');
}

/**
 * Full-width digits, Latin letters and number punctuation (１２３．５％) → half-width. Chinese
 * punctuation （，：） is kept: it is part of names as the report writes them.
 */
export function toHalfWidthAlnum(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\uff05\uff0b\uff0d\uff1d\uff1c\uff1e]/g, (ch) =>
      String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET),
    )
    .replace(/\u3000/g, ' ');
}

/**
 * What any rule of cleanCell could change: markup or LaTeX characters, the full-width forms
 * toHalfWidthAlnum folds, whitespace other than single inner spaces.
 */
const CELL_NEEDS_CLEANING =
  /[<[&$\\\uff05\uff0b\uff0d\uff0e\uff10-\uff19\uff1c-\uff1e\uff21-\uff3a\uff41-\uff5a]|[^\S ]| {2}|^ | $/;

/** Cleans one table cell or line: markup, LaTeX, full-width digits, collapsed spaces. */
export function cleanCell(text: string): string {
  if (!CELL_NEEDS_CLEANING.test(text)) return text;
  return toHalfWidthAlnum(stripLatex(stripMarkup(text)))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The order of `a.localeCompare(b)` (default locale and options, which the spec defines as
 * this collator's), without building the collation on every call of a sort.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;

const HAS_SPACE = /\s/;

/** Removes all whitespace: OCR splits words ("年度 指标值", "开发 区分局"). */
export function compact(text: string): string {
  return HAS_SPACE.test(text) ? text.replace(/\s+/g, '') : text;
}

const MISSING = /^(?:—+|-+|–+|\/|／|无|空|null|n\/a|不适用)$/i;

/** True for cells that mean "no value": empty, "—", "/", "无". */
export function isMissing(cell: string): boolean {
  const c = compact(cell);
  return c === '' || MISSING.test(c);
}

export type AmountUnit = '元' | '万元' | '亿元';

const UNIT_FACTOR: Record<AmountUnit, number> = { 元: 1e-4, 万元: 1, 亿元: 1e4 };

/** Rounds away binary noise so 58.762315 stays 58.762315 after unit conversion. */
export function roundTo(value: number, digits = 8): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const NUMBER_RE = /[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+/;

/** A cell of digits where OCR read some as letters ("1OO%", "9O分", "l0"): letters O/o/I/l among digits. */
const OCR_DIGITS = /^[-+]?[\dOoIl]+(?:[.,][\dOoIl]+)*(?:万元|亿元|元|万|亿|分|%|个|项)?$/;

/**
 * Compact text with OCR letter-for-digit slips repaired, only when the whole cell is a number
 * with at least one real digit: "9O" → "90", "l00%" → "100%"; words and codes stay as they are.
 */
export function repairOcrDigits(compacted: string): string {
  if (!/[OoIl]/.test(compacted) || !/\d/.test(compacted) || !OCR_DIGITS.test(compacted)) return compacted;
  return compacted.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
}

/**
 * A cell of ASCII digits, points, commas and signs with an optional "%": already in the form the
 * number parsers read (nothing to fold, compact or repair), and never a missing value. Most
 * amount, score and rate cells are such.
 */
const PLAIN_NUMBER = /^[-+]?[\d.,]+%?$/;

/** A cell compacted to half-width with OCR digit slips repaired: what the number parsers read. */
function numericText(cell: string): string {
  return PLAIN_NUMBER.test(cell) ? cell : foldNumber(cell);
}

/** The numeric text of a cell that states a value; null for a missing one ("—", "无", blank). */
function statedNumber(cell: string): string | null {
  if (PLAIN_NUMBER.test(cell)) return cell;
  return isMissing(cell) ? null : foldNumber(cell);
}

/** A currency sign before an amount ("￥80.00", "-¥10.2"): it states no more than the header's 元/万元. */
const CURRENCY_SIGN = /^([-+]?)[¥￥](?=[\d.])/;

function foldNumber(cell: string): string {
  return repairOcrDigits(compact(toHalfWidth(cell)).replace(CURRENCY_SIGN, '$1'));
}

/** The first number in a cell, thousands separators removed; null when none. */
export function firstNumber(cell: string): number | null {
  const m = NUMBER_RE.exec(toHalfWidth(cell));
  if (!m) return null;
  const value = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/**
 * A cell that is just a number with an optional unit or "分"/"%" suffix ("82.73", "10分",
 * "1,234.5万元"); null for text that merely contains a number ("全年50-70次").
 */
export function parseNumericCell(cell: string): number | null {
  const c = numericText(cell);
  if (!/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|亿元|元|万|分|%|个|项)?$/.test(c)) return null;
  return firstNumber(c);
}

/** The unit an amount cell or header states, if any ("(万元)", "单位：元"). */
export function unitIn(text: string): AmountUnit | null {
  // Every unit is written with 元 or 万 (a bare "万" too); most cells hold neither.
  if (!text.includes('元') && !text.includes('万')) return null;
  const c = compact(toHalfWidth(text));
  // "元)" with no "(" before it is the tail of a "(万元)" wrapped after "万" (a PDF cell's second
  // line, or a header row joined column by column): it states no unit.
  const tail = c.indexOf('元)');
  if (tail >= 0 && !c.slice(0, tail).includes('(')) return null;
  if (/亿元/.test(c)) return '亿元';
  if (/万元|万(?![\u4e00-\u9fa5])/.test(c)) return '万元';
  if (/(?:^|[^万亿])元/.test(c)) return '元';
  return null;
}

/**
 * An amount cell in 万元. The cell's own unit wins over the header's (`defaultUnit`), which
 * defaults to 万元 as in the standard tables.
 */
export function parseAmount(cell: string, defaultUnit: AmountUnit = '万元'): number | null {
  const c = statedNumber(cell);
  if (c === null) return null;
  const m = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(c);
  if (!m) return capitalAmountInWan(c);
  const rest = c.slice(m[0].length);
  if (rest !== '' && !/^(?:万元|亿元|元|万|亿)?$/.test(rest)) return null;
  const unit: AmountUnit = rest.startsWith('亿')
    ? '亿元'
    : rest.startsWith('万')
      ? '万元'
      : rest === '元'
        ? '元'
        : defaultUnit;
  const value = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(value) ? roundTo(value * UNIT_FACTOR[unit]) : null;
}

/** A cell written as a form writes an amount ("壹拾贰万伍仟元整"), in 万元; its 元 beats the header's unit. */
function capitalAmountInWan(c: string): number | null {
  const yuan = capitalAmountCell(c);
  return yuan === null ? null : roundTo(yuan * UNIT_FACTOR['元']);
}

const NOT_EXECUTED = /^(?:未执行|尚未执行|未支出|尚未支出|未使用|未拨付)$/;

/**
 * An executed-amount cell in 万元. "未执行" / "未支出" states that nothing was spent: a real 0,
 * not a missing value (which stays null).
 */
export function parseExecuted(cell: string, defaultUnit: AmountUnit = '万元'): number | null {
  const value = parseAmount(cell, defaultUnit);
  if (value !== null || !cell.includes('未')) return value;
  return NOT_EXECUTED.test(compact(cell)) ? 0 : null;
}

/**
 * A rate as a fraction: "66%" → 0.66, "100.00%" → 1, "0.95" → 0.95, "95" → 0.95 (a bare
 * number above 1.5 is a percentage). Null when missing or not a rate.
 */
export function parseRate(cell: string): number | null {
  const c = statedNumber(cell);
  if (c === null) return null;
  const m = /^([-+]?\d+(?:\.\d+)?)(%)?$/.exec(c);
  if (!m) return null;
  const value = Number(m[1]);
  if (m[2] || value > 1.5) return roundTo(value / 100, 10);
  return value;
}

/** A score cell: "92", "2分", "97.5"; null when missing. */
export function parseScore(cell: string): number | null {
  const c = statedNumber(cell);
  if (c === null) return null;
  const m = /^(\d+(?:\.\d+)?)分?$/.exec(c);
  return m ? Number(m[1]) : null;
}

const SPACE_BETWEEN_HAN = /(\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/**
 * Text without whitespace between two hanzi: Chinese puts no spaces between words, so such a
 * space is a Word cell's line break or OCR spacing ("预 算 执 行 率").
 */
export function joinHanSpacing(text: string): string {
  return text.replace(SPACE_BETWEEN_HAN, '$1');
}

/** A 4-digit report year in a plausible range, from text like "(2021 年度)" or "2021年". */
export function parseYear(text: string): number | null {
  const m = /(20\d{2}|19\d{2})\s*年/.exec(toHalfWidth(text));
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 1990 && y <= 2100 ? y : null;
}
