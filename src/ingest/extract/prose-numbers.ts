/**
 * Numbers a report writes in words, as digits: amounts in capital numerals ("人民币叁拾万元整"),
 * scores in Chinese numerals ("得分九十二点五分"); and rate formulas ("=实际支出/全年预算×100%=")
 * taken out so that their "100%" is not read as a rate. Shared by the project and department
 * readers of prose.
 */
import { CAPITAL_DIGIT, chineseNumber } from '../chinese-numerals.ts';
import { roundTo } from '../normalize.ts';

/**
 * "人民币叁拾万元整（30万元）": an amount in capital numerals, with the figure in brackets after it or
 * alone ("人民币壹佰贰拾万元整").
 */
const CAPITAL_AMOUNT =
  /(?:人民币)?([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[壹贰叁肆伍陆柒捌玖][零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*)元(?:([零壹贰叁肆伍陆柒捌玖])角)?(?:([零壹贰叁肆伍陆柒捌玖])分)?整?(?:[(（](?:小写[:：]?)?[¥￥]?(\d[\d,]*(?:\.\d+)?)(万元|亿元|元)[)）])?/g;
const CAPITAL_CHAR = /[壹贰叁肆伍陆柒捌玖拾佰仟]/;
/** "得分：九十五分", "评分为八十七点五分": a score written in Chinese numerals. */
const NUMERAL_SCORE =
  /((?:得分|评分|总分)(?:为|是|:|：)?)([一二两三四五六七八九十百零〇]+)(?:点([零〇一二三四五六七八九]+))?分/g;
const NUMERAL_DIGIT = '〇一二三四五六七八九';
/** "自评得分：95/100", "得分95/100分": a score written over its full marks, read as the score. */
const SCORE_OUT_OF = /((?:得分|评分|总分)(?:为|是|:|：)?)(\d+(?:\.\d+)?)分?[/／]100(?![\d.])分?/g;

/**
 * Prose numbers written in Chinese numerals as digits: an amount in capital numerals (its bracketed
 * figure, else its value in 万元) and a score after 得分 / 评分; a score over its full marks
 * ("得分95/100") as the score alone.
 */
export function proseNumbers(text: string): string {
  let t = text;
  if (CAPITAL_CHAR.test(t) && t.includes('元'))
    t = t.replace(
      CAPITAL_AMOUNT,
      (whole, num: string, jiao?: string, fen?: string, figure?: string, unit?: string) => {
        if (figure !== undefined && unit !== undefined) return `${figure}${unit}`;
        const yuan = chineseNumber(num);
        if (yuan === null) return whole;
        const cents = (CAPITAL_DIGIT[jiao ?? ''] ?? 0) / 10 + (CAPITAL_DIGIT[fen ?? ''] ?? 0) / 100;
        return `${roundTo((yuan + cents) / 1e4)}万元`;
      },
    );
  if (t.includes('分') && /[一二三四五六七八九十百]分/.test(t))
    t = t.replace(NUMERAL_SCORE, (whole, cue: string, num: string, decimals?: string) => {
      const n = chineseNumber(num);
      if (n === null || n > 100) return whole;
      const frac = decimals
        ? `.${[...decimals].map((c) => NUMERAL_DIGIT.indexOf(c === '零' ? '〇' : c)).join('')}`
        : '';
      return `${cue}${n}${frac}分`;
    });
  if (t.includes('100') && /[/／]100/.test(t)) t = t.replace(SCORE_OUT_OF, '$1$2分');
  if (t.includes('分别')) t = withRespectiveValues(t);
  return t;
}

/** "年初预算、调整后预算和实际支出分别为120万元、126万元和118.44万元": labels, then their values. */
const RESPECTIVELY =
  /([^，,。；;：:、和及与]{1,20}(?:(?:、|和|及|以及|与)[^，,。；;：:、和及与]{1,20}){1,5})分别(?:为|是|达到|达)?((?:\d[\d,]*(?:\.\d+)?(?:万元|亿元|元|%|分)?(?:、|和|及|以及|与|，|,)){1,5}\d[\d,]*(?:\.\d+)?(?:万元|亿元|元|%|分))/g;
const LIST_JOINER = /、|以及|和|及|与|，|,/;
const VALUE = /^(\d[\d,]*(?:\.\d+)?)(万元|亿元|元|%|分)?$/;

/**
 * Figures stated "respectively" as each label's own ("年初预算120万元，调整后预算126万元，实际支出
 * 118.44万元"); a value without a unit takes the last value's ("分别为120、126和118.44万元"). Left as
 * written unless there are as many labels as values.
 */
function withRespectiveValues(text: string): string {
  return text.replace(RESPECTIVELY, (whole, rawLabels: string, rawValues: string) => {
    const labels = rawLabels.split(LIST_JOINER).filter((l) => l !== '');
    const values = rawValues.split(LIST_JOINER).map((v) => VALUE.exec(v));
    if (labels.length !== values.length || values.some((v) => v === null)) return whole;
    const unit = (values[values.length - 1] as RegExpExecArray)[2] ?? '';
    if (values.some((v) => (v as RegExpExecArray)[2] !== undefined && v?.[2] !== unit)) {
      // Mixed units are each stated: keep each value's own.
      return labels.map((l, k) => `${l}为${(values[k] as RegExpExecArray)[0]}`).join('，');
    }
    return labels.map((l, k) => `${l}为${(values[k] as RegExpExecArray)[1]}${unit}`).join('，');
  });
}

/**
 * "（执行数/预算数×100%）", "=实际支出/全年预算×100%=": how a rate is computed, with the "=" or "为"
 * after it; its "100%" is no rate.
 */
const RATE_FORMULA =
  /[=＝]?\s*[(（]?[^，,。；;=＝()（）]{1,20}[/÷][^，,。；;=＝()（）]{1,20}[×*xX]\s*100\s*[%％][)）]?\s*(?:[=＝]|为)?/g;

/** The text without rate formulas ("预算执行率=实际支出/全年预算×100%=96.5%" → "预算执行率96.5%"). */
export function withoutRateFormula(text: string): string {
  if (!text.includes('100') || !/[×*xX]\s*100/.test(text)) return text;
  return text.replace(RATE_FORMULA, '');
}
