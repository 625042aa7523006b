/**
 * The figures of one synthetic report, before any rendering: projects (funds, indicators, scores,
 * grade) and department totals, with credibility problems planted on purpose. Amounts are integers
 * in 元 so that every unit (元, 万元, 亿元) renders exactly; rates are kept as the printed percent
 * text so the truth is the number a reader sees.
 *
 * A clean entity never trips a credibility rule; a planted one trips exactly the planted rule.
 */
import type { FlagRule } from '../data/schema.ts';
import type { Random } from './random.ts';
import {
  ANALYSIS,
  DEVIATION_REASONS,
  GOALS,
  INDICATORS,
  PROBLEMS,
  type IndicatorTemplate,
} from './vocabulary.ts';

export interface IndicatorModel {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: number;
  score: number;
  reason: string | null;
}

export interface FundsModel {
  /** 元, integers; null when the report does not state the figure. */
  budgetInitial: number | null;
  budgetAdjusted: number | null;
  executed: number;
  /** The reported execution rate as printed, in percent ("95.00"); null when not stated. */
  ratePercent: string | null;
  plants: FlagRule[];
}

export interface ProjectModel extends FundsModel {
  name: string;
  implementingUnit: string;
  /** 分值 and 得分 of the budget-execution line; null when the layout has none. */
  execWeight: number | null;
  execScore: number | null;
  indicators: IndicatorModel[];
  total: number | null;
  /** The grade word as written (优, 良好 …); null when not stated. */
  grade: string | null;
  goal: string;
  problem: string;
}

export interface DepartmentModel extends FundsModel {
  total: number | null;
  projectCount: number | null;
}

/** Share of projects and departments that carry one planted credibility problem. */
export const PLANT_RATE = 0.25;

const GRADE_WORDS = [
  { 优: '优', 良: '良', 中: '中', 差: '差' },
  { 优: '优秀', 良: '良好', 中: '中等', 差: '较差' },
] as const;
type Band = keyof (typeof GRADE_WORDS)[0];

/** 财预〔2020〕10号 bands. */
export function bandOf(score: number): Band {
  if (score >= 90) return '优';
  if (score >= 80) return '良';
  if (score >= 60) return '中';
  return '差';
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** A planted rule from those the entity can show, or null (clean) most of the time. */
export function choosePlant(rng: Random, applicable: readonly FlagRule[]): FlagRule | null {
  return applicable.length > 0 && rng.chance(PLANT_RATE) ? rng.pick(applicable) : null;
}

export interface FundsOptions {
  initial: boolean;
  adjusted: boolean;
  rate: boolean;
  /** Range of the budget in 万元 (drawn log-uniformly). */
  scale: readonly [number, number];
}

/** Budget, execution and reported rate. The execution ratio follows the plant. */
export function buildFunds(
  rng: Random,
  opts: FundsOptions,
  plant: FlagRule | null,
): FundsModel & { ratio: number } {
  const [lo, hi] = opts.scale;
  const wan = Math.exp(rng.float(Math.log(lo), Math.log(hi)));
  const grain = rng.chance(0.8) ? 100 : 1; // 0.01 万元, or to the 元 (four decimals in 万元)
  const budget = Math.max(grain, Math.round((wan * 1e4) / grain) * grain);
  let budgetInitial: number | null = budget;
  let budgetAdjusted: number | null = null;
  if (opts.adjusted) {
    budgetAdjusted = budget;
    budgetInitial = !opts.initial
      ? null
      : rng.chance(0.6)
        ? budget
        : Math.round((budget * rng.float(0.8, 1.15)) / grain) * grain;
  }
  let ratio: number;
  if (plant === 'executed_exceeds_budget') ratio = rng.float(1.03, 1.25);
  else if (plant === 'high_score_low_execution') ratio = rng.float(0.2, 0.55);
  else if (plant === 'execution_rate_mismatch' || plant === 'execution_score_mismatch')
    ratio = rng.float(0.62, 0.88);
  else ratio = rng.chance(0.4) ? 1 : rng.float(0.62, 0.995);
  const executed = ratio === 1 ? budget : Math.round((budget * ratio) / grain) * grain;
  const computed = executed / budget;
  let ratePercent: string | null = null;
  if (opts.rate) {
    const decimals = rng.pick([0, 2, 2]);
    const shown =
      plant === 'execution_rate_mismatch' ? Math.min(100, computed * 100 + rng.float(6, 25)) : computed * 100;
    ratePercent = shown.toFixed(decimals);
  }
  return {
    budgetInitial,
    budgetAdjusted,
    executed,
    ratePercent,
    plants: plant ? [plant] : [],
    ratio: computed,
  };
}

function partition(rng: Random, total: number, parts: number): number[] {
  // Integer weights ≥ 2 that sum to `total`.
  const weights = Array<number>(parts).fill(2);
  for (let left = total - 2 * parts; left > 0; left--) {
    const k = rng.int(0, parts - 1);
    weights[k] = (weights[k] as number) + 1;
  }
  return weights;
}

function fillTemplate(text: string, n: number, year: number): string {
  return text.replace('{n}', String(n)).replace('{y}', String(year));
}

/** Indicators grouped by level 1 then level 2 (merged cells need contiguous groups). */
function buildIndicators(
  rng: Random,
  execWeight: number,
  year: number,
  fullMarks: boolean,
): IndicatorModel[] {
  const shares: [IndicatorTemplate['level1'], number, number, number][] = [
    ['产出指标', 60 - execWeight, 3, 6],
    ['效益指标', 30, 1, 3],
    ['满意度指标', 10, 1, 2],
  ];
  const out: IndicatorModel[] = [];
  for (const [level1, share, min, max] of shares) {
    const pool = INDICATORS.filter((t) => t.level1 === level1);
    const chosen = rng.sample(pool, rng.int(min, Math.min(max, pool.length)));
    chosen.sort((a, b) => pool.indexOf(a) - pool.indexOf(b));
    const weights = partition(rng, share, chosen.length);
    chosen.forEach((t, k) => {
      const weight = weights[k] as number;
      const n = rng.int(3, 60);
      const deduct = !fullMarks && rng.chance(0.25) ? Math.min(weight - 1, rng.pick([0.5, 1, 2, 3])) : 0;
      out.push({
        level1,
        level2: t.level2,
        name: t.name,
        target: fillTemplate(t.target, n, year),
        actual: fillTemplate(t.actual, n, year),
        weight,
        score: weight - deduct,
        reason: deduct > 0 ? rng.pick(DEVIATION_REASONS) : '无偏差',
      });
    });
  }
  return out;
}

export function gradeWord(rng: Random, total: number, plant: FlagRule | null): string {
  const words = rng.pick(GRADE_WORDS);
  let band = bandOf(total);
  if (plant === 'grade_score_mismatch') band = band === '优' ? '良' : '优';
  return words[band];
}

export interface ProjectOptions {
  name: string;
  implementingUnit: string;
  year: number;
  /** Detail tables carry indicators and the execution sub-score; summary rows and prose do not. */
  detail: boolean;
  funds: Omit<FundsOptions, 'scale'>;
  /** A total score is stated (always in detail tables and summary rows). */
  scored: boolean;
  gradeStated: boolean;
  /** Keep the project clean (its figures cannot show a problem, e.g. a lone stated amount). */
  clean?: boolean;
}

export function projectRules(opts: ProjectOptions): FlagRule[] {
  const rules: FlagRule[] = ['executed_exceeds_budget'];
  if (opts.funds.rate) rules.push('execution_rate_mismatch');
  if (opts.detail) rules.push('execution_score_mismatch', 'weights_not_100', 'total_not_sum');
  if (opts.gradeStated) rules.push('grade_score_mismatch');
  if (opts.scored) rules.push('high_score_low_execution');
  return rules;
}

export function buildProject(rng: Random, opts: ProjectOptions): ProjectModel {
  const plant = opts.clean ? null : choosePlant(rng, projectRules(opts));
  const funds = buildFunds(rng, { ...opts.funds, scale: [5, 3000] }, plant);
  const { ratio, ...fundsModel } = funds;
  let execWeight: number | null = null;
  let execScore: number | null = null;
  let indicators: IndicatorModel[] = [];
  let total: number | null = null;
  if (opts.detail) {
    execWeight = plant === 'high_score_low_execution' ? 10 : rng.pick([10, 10, 10, 20]);
    execScore = plant === 'execution_score_mismatch' ? execWeight : round1(Math.min(ratio, 1) * execWeight);
    indicators = buildIndicators(rng, execWeight, opts.year, plant === 'high_score_low_execution');
    if (plant === 'weights_not_100') {
      const k = rng.int(0, indicators.length - 1);
      (indicators[k] as IndicatorModel).weight += 10;
    }
    total = round1(execScore + indicators.reduce((s, i) => s + i.score, 0));
    if (plant === 'total_not_sum') {
      const d = rng.int(2, 6);
      total = total + d <= 100 ? total + d : total - d;
    }
  } else if (opts.scored) {
    total = plant === 'high_score_low_execution' ? round1(rng.float(90, 99.5)) : round1(rng.float(60, 99.4));
    if (rng.chance(0.5)) total = Math.round(total);
  }
  const grade = opts.gradeStated && total !== null ? gradeWord(rng, total, plant) : null;
  return {
    ...fundsModel,
    name: opts.name,
    implementingUnit: opts.implementingUnit,
    execWeight,
    execScore,
    indicators,
    total,
    grade,
    goal: rng.pick(GOALS),
    problem: rng.pick(PROBLEMS),
  };
}

export interface DepartmentOptions {
  adjusted: boolean;
  total: boolean;
  projectCount: boolean;
}

export function buildDepartment(rng: Random, opts: DepartmentOptions): DepartmentModel {
  const rules: FlagRule[] = ['executed_exceeds_budget', 'execution_rate_mismatch'];
  if (opts.total) rules.push('high_score_low_execution');
  const plant = choosePlant(rng, rules);
  const { ratio: _ratio, ...funds } = buildFunds(
    rng,
    { initial: true, adjusted: opts.adjusted, rate: true, scale: [800, 20000] },
    plant,
  );
  const total = !opts.total ? null : plant === 'high_score_low_execution' ? rng.int(90, 99) : rng.int(70, 99);
  return { ...funds, total, projectCount: opts.projectCount ? rng.int(12, 120) : null };
}

/** A paragraph of 3–8 analysis sentences. */
export function analysisParagraph(rng: Random): string {
  return rng.sample(ANALYSIS, rng.int(3, 8)).join('');
}
