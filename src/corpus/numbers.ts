/**
 * How a report writes its numbers: the amount unit (万元, 元 in the header or as a cell suffix,
 * 亿元), the numerals (plain, full-width １２３．５％, thousands separators) and the marker of a
 * missing value. Amounts arrive as integers in 元 and are shifted as decimal strings, so no
 * floating-point noise reaches the text.
 */

export type UnitVariant = 'wan' | 'yuan-header' | 'yuan-suffix' | 'yi-suffix';
export type NumeralVariant = 'plain' | 'fullwidth' | 'thousands';
export type MissingMarker = '—' | '/' | '';

export const UNIT_VARIANTS: readonly UnitVariant[] = ['wan', 'yuan-header', 'yuan-suffix', 'yi-suffix'];
export const NUMERAL_VARIANTS: readonly NumeralVariant[] = ['plain', 'fullwidth', 'thousands'];
export const MISSING_MARKERS: readonly MissingMarker[] = ['—', '/', ''];

type UnitWord = '元' | '万元' | '亿元';
const SHIFT: Record<UnitWord, number> = { 元: 0, 万元: 4, 亿元: 8 };

/** 元 (integer) → decimal string in the unit, trailing zeros dropped, at least `minDecimals`. */
export function shiftYuan(yuan: number, unit: UnitWord, minDecimals = 0): string {
  const shift = SHIFT[unit];
  const digits = String(Math.abs(Math.round(yuan))).padStart(shift + 1, '0');
  const int = digits.slice(0, digits.length - shift);
  let frac = digits.slice(digits.length - shift).replace(/0+$/, '');
  if (frac.length < minDecimals) frac = frac.padEnd(minDecimals, '0');
  return `${yuan < 0 ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

function groupThousands(decimal: string): string {
  const [int = '', frac] = decimal.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Digits, the decimal point and % in full width (１２３．５％); separators stay half-width. */
export function fullWidth(text: string): string {
  return text.replace(/[0-9.%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** Number formatting of one report, fixed by its variants. */
export class NumberStyle {
  constructor(
    readonly unit: UnitVariant,
    readonly numerals: NumeralVariant,
    readonly missing: MissingMarker,
    /** Whether amounts are padded to two decimals ("150.00"). */
    readonly pad: boolean,
  ) {}

  /** The unit word amounts are written in. */
  get unitWord(): UnitWord {
    if (this.unit === 'wan') return '万元';
    return this.unit === 'yi-suffix' ? '亿元' : '元';
  }

  /** "（万元）" / "（元）" for a header; empty when cells carry their own unit. */
  get headerUnit(): string {
    return this.unit === 'wan' || this.unit === 'yuan-header' ? `（${this.unitWord}）` : '';
  }

  private styled(decimal: string): string {
    if (this.numerals === 'thousands') return groupThousands(decimal);
    if (this.numerals === 'fullwidth') return fullWidth(decimal);
    return decimal;
  }

  /** A bare number (scores, weights, counts). */
  number(value: number): string {
    return this.styled(String(Math.round(value * 100) / 100));
  }

  /** An amount as a table cell: suffixed only in the *-suffix variants; missing → the marker. */
  amountCell(yuan: number | null): string {
    if (yuan === null) return this.missing;
    const text = this.styled(shiftYuan(yuan, this.unitWord, this.pad && this.unitWord !== '亿元' ? 2 : 0));
    return this.unit === 'yuan-suffix' || this.unit === 'yi-suffix' ? `${text}${this.unitWord}` : text;
  }

  /** An amount in running text, always with its unit word. */
  amountText(yuan: number): string {
    return `${this.styled(shiftYuan(yuan, this.unitWord))}${this.unitWord}`;
  }

  /** A rate from its printed percent text ("95.00" → "95.00%"). */
  rate(percent: string | null): string {
    return percent === null ? this.missing : this.styled(`${percent}%`);
  }

  score(value: number | null): string {
    return value === null ? this.missing : this.number(value);
  }
}
