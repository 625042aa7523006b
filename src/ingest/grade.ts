/**
 * Grade bands of budget performance self-evaluations (财预〔2020〕10号):
 * 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60.
 */
import { bandOfScore, type GradeBand } from '../data/constants.ts';

/** The band a total score falls in; null when the score is unknown. */
export function gradeBand(score: number | null): GradeBand | null {
  if (score === null || !Number.isFinite(score)) return null;
  return bandOfScore(score);
}

/** Lower bound (inclusive) and upper bound (exclusive) of each band, for messages. */
export const BAND_RANGES: Readonly<Record<GradeBand, string>> = {
  优: '≥90 分',
  良: '80–90 分',
  中: '60–80 分',
  差: '<60 分',
};

/**
 * Words reports use for a grade. 一般 is the 中 of the common four-tier wording
 * (优秀/良好/一般/较差); 及格/合格 sit in the 中 band of the same scheme.
 */
const STATED_GRADES: ReadonlyMap<string, GradeBand> = new Map([
  ['优', '优'],
  ['优秀', '优'],
  ['良', '良'],
  ['良好', '良'],
  ['中', '中'],
  ['中等', '中'],
  ['一般', '中'],
  ['合格', '中'],
  ['及格', '中'],
  ['差', '差'],
  ['较差', '差'],
  ['不合格', '差'],
  ['不及格', '差'],
]);

/** Whitespace (incl. full-width space) and punctuation that wrap a grade in reports: “优秀”、（良）、等级：中. */
const NOISE = /[\s\u3000"'“”‘’「」『』《》〈〉()（）[\]【】:：;；,，.。、*＊]/g;
/** Labels in front of the grade and the 等/级 suffix ("优等", "良级"). */
const LABEL_PREFIX = /^(?:自评|评价|绩效|综合)*(?:等级|等次|评级|结果|结论)(?:为|是)?/;
const LEVEL_SUFFIX = /(?:等级|等次|等|级)$/;

/** The band a grade word states ("优秀" → 优, "不合格" → 差); null when the word is not a known grade. */
export function bandOfStatedGrade(text: string | null): GradeBand | null {
  if (text === null) return null;
  const bare = text.replace(NOISE, '').replace(LABEL_PREFIX, '');
  return STATED_GRADES.get(bare) ?? STATED_GRADES.get(bare.replace(LEVEL_SUFFIX, '')) ?? null;
}
