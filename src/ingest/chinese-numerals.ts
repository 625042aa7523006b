/**
 * Numbers written in Chinese numerals: plain ("九十五") and capital ("壹拾贰万伍仟"), the latter
 * as amounts are written on financial forms. No imports: read by normalize.ts and the prose readers.
 */

export const CAPITAL_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CAPITAL_UNIT: Readonly<Record<string, number>> = {
  拾: 10,
  十: 10,
  佰: 100,
  百: 100,
  仟: 1000,
  千: 1000,
};

/** "叁拾万" → 300000, "九十五" → 95, "一百" → 100: a number written in (capital) Chinese numerals. */
export function chineseNumber(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = CAPITAL_DIGIT[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = CAPITAL_UNIT[ch];
    if (unit !== undefined) {
      section += (digit ?? 1) * unit;
      digit = null;
    } else if (ch === '万' || ch === '亿') {
      // "壹亿贰仟万": the 万 part adds to the 亿 part before it.
      total = ch === '亿' ? (total + section + (digit ?? 0)) * 1e8 : total + (section + (digit ?? 0)) * 1e4;
      section = 0;
      digit = null;
    } else return null;
  }
  const value = total + section + (digit ?? 0);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/**
 * A whole cell stating an amount in capital numerals: "壹拾贰万伍仟元整", "人民币壹佰万元",
 * "贰拾万元整（小写：200000元）". The unit is the 元 written after the numerals (万 and 亿 are
 * part of the number).
 */
const CAPITAL_CELL =
  /^(?:人民币)?([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)元(?:([零壹贰叁肆伍陆柒捌玖])角)?(?:([零壹贰叁肆伍陆柒捌玖])分)?整?(?:\((?:小写[:：]?)?(?:人民币)?[¥￥]?(\d[\d,]*(?:\.\d+)?)(万元|元)?\))?$/;
/** Capital numerals only: a cell of plain numerals ("五十万元") is not an amount form's. */
const CAPITAL_ONLY = /[壹贰叁肆伍陆柒捌玖]/;

/**
 * Whether capital numerals are written as a number is: within each 万/亿 section the places fall
 * (仟 before 佰 before 拾), every 佰/仟 has its digit, two digits stand together only after 零.
 * A misread or partial number ("壹壹元", "佰拾元") is no amount.
 */
function wellFormed(numerals: string): boolean {
  if (
    /[壹贰叁肆伍陆柒捌玖][零壹贰叁肆伍陆柒捌玖]|(?:^|[^壹贰叁肆伍陆柒捌玖])[佰仟]|[万亿]{2}|^[万亿]/.test(
      numerals,
    )
  )
    return false;
  return numerals.split(/[万亿]/).every((section) => {
    const places = [...section].map((c) => CAPITAL_UNIT[c]).filter((p) => p !== undefined);
    return places.every((p, k) => k === 0 || p < (places[k - 1] as number));
  });
}

/**
 * A cell that is only an amount in capital numerals, in 元 (jiao and fen included); null for any
 * other text. A figure in brackets after it must agree with it.
 */
export function capitalAmountCell(cell: string): number | null {
  if (!CAPITAL_ONLY.test(cell)) return null;
  const m = CAPITAL_CELL.exec(cell);
  if (m === null || !wellFormed(m[1] as string)) return null;
  const yuan = chineseNumber(m[1] as string);
  if (yuan === null) return null;
  const value = yuan + (CAPITAL_DIGIT[m[2] ?? ''] ?? 0) / 10 + (CAPITAL_DIGIT[m[3] ?? ''] ?? 0) / 100;
  const figure = m[4];
  if (figure === undefined) return value;
  const stated = Number(figure.replace(/,/g, '')) * (m[5] === '万元' ? 1e4 : 1);
  return Math.abs(stated - value) < 0.005 ? value : null;
}
