/**
 * Amounts, rates and counts stated in running text ("项目全年预算数319.67万元，执行数为319.67万元，
 * 完成预算的100%"). The role of an amount is read from the words just before it.
 */
import { roundTo, toHalfWidth } from '../normalize.ts';

export type AmountRole = 'budget_initial' | 'budget_adjusted' | 'executed' | 'amount_any';

export interface TextAmount {
  role: AmountRole;
  value: number;
  /** Offset of the number in the text, to tell which statement it belongs to. */
  index: number;
}

/**
 * Words that make an amount approximate: "约120万元", "近118万元", "120余万元", "120多万元". The
 * amount is read as the figure written — it is the report's own statement, the only one it makes,
 * and the output has no place for a precision mark; dropping it would leave the report without
 * figures (status partial) though it states them, which a supervisor would miss in every view.
 */
export const APPROX_BEFORE = '约|大约|近|将近|接近|逾';
export const APPROX_AFTER = '(?:余|多)?';

const AMOUNT_RE = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)${APPROX_AFTER}\s*(亿元|万元|元|万)(?![\u4e00-\u9fa5]{0,2}\/)(?!\/)`,
  'g',
);

/** Cue words ending right before the number, first match wins (specific before generic). */
const ROLE_CUES: [RegExp, AmountRole][] = [
  [
    /(?:年初预算(?:数|资金|金额)?|年初预算安排(?:资金)?|年初(?:安排|批复)(?:预算)?(?:资金)?)$/,
    'budget_initial',
  ],
  [
    /(?:全年预算数?|调整后预算数?|调整后的预算|实际到位资金|到位资金|批复金额|申报预算|资金计划|项目预算|预算资金|预算数|预算安排(?:资金)?|预算)$/,
    'budget_adjusted',
  ],
  [
    /(?:全年执行数?|实际执行数?|执行数|实际(?:支出|支付|使用)(?:资金|金额|经费)?|累计支出|已支出|支出|支付|执行金额|拨付)$/,
    'executed',
  ],
  [/(?:总金额|投入资金|投资|资金总额|总投资|资金|金额|经费)$/, 'amount_any'],
];

const FILLER = new RegExp(String.raw`(?:为|是|了|共|共计|合计|总计|${APPROX_BEFORE}|达|达到|：|:|\s)*$`);

function roleBefore(prefix: string): AmountRole | null {
  const stripped = prefix.replace(FILLER, '');
  for (const [re, role] of ROLE_CUES) if (re.test(stripped)) return role;
  return null;
}

function unitFactor(unit: string): number {
  if (unit === '亿元') return 1e4;
  if (unit === '元') return 1e-4;
  return 1;
}

/** Every amount in the text whose role the preceding words name; amounts without a cue are skipped. */
export function amountsIn(text: string): TextAmount[] {
  const t = toHalfWidth(text);
  const found: TextAmount[] = [];
  for (const m of t.matchAll(AMOUNT_RE)) {
    const index = m.index ?? 0;
    const prefix = t.slice(Math.max(0, index - 14), index);
    const role = roleBefore(prefix);
    if (!role) continue;
    const value = Number((m[1] as string).replace(/,/g, '')) * unitFactor(m[2] as string);
    found.push({ role, value: roundTo(value), index });
  }
  return found;
}

const RATE_RE =
  /(?:执行率|完成(?:年初|全年)?预算的?|预算执行进度|执行进度|预算完成率)(?:为|是|达到|达|了|：|:|\s)*[(（]?(\d+(?:\.\d+)?)\s*%/;

/** A reported execution rate as a fraction, e.g. "实际执行率100%" → 1, "执行率（98.5%）" → 0.985. */
export function rateIn(text: string): number | null {
  const m = RATE_RE.exec(toHalfWidth(text));
  return m ? roundTo(Number(m[1]) / 100, 10) : null;
}
