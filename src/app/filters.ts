/**
 * The one filter state every view shares. It lives in the URL (see state/url.ts) and is the only
 * input, besides paging/sorting, of the named SQL queries (db/queries.ts).
 */
import { FLAG_RULES, GRADE_BANDS, type FlagRule, type GradeBand } from '../data/constants.ts';

export interface Filters {
  agency: string | null;
  province: string | null;
  city: string | null;
  year: number | null;
  grade: GradeBand | null;
  rule: FlagRule | null;
  /**
   * A problem category (problems.categories, from data/taxonomy.yaml). It narrows problem rows only
   * — the 共性问题 list and every problem count (总览 KPI, per-agency problem count) — and no other
   * table: a budget or a score is not "of a category", and narrowing projects to agencies that
   * report the category would hide most of the data behind a filter set on another tab.
   */
  category: string | null;
}

export type FilterKey = keyof Filters;

export const FILTER_KEYS: readonly FilterKey[] = [
  'agency',
  'province',
  'city',
  'year',
  'grade',
  'rule',
  'category',
];

export const EMPTY_FILTERS: Readonly<Filters> = Object.freeze({
  agency: null,
  province: null,
  city: null,
  year: null,
  grade: null,
  rule: null,
  category: null,
});

export function isGradeBand(value: string): value is GradeBand {
  return (GRADE_BANDS as readonly string[]).includes(value);
}

export function isFlagRule(value: string): value is FlagRule {
  return (FLAG_RULES as readonly string[]).includes(value);
}

export function activeFilterCount(filters: Filters): number {
  return FILTER_KEYS.filter((key) => filters[key] !== null).length;
}
