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
}

export type FilterKey = keyof Filters;

export const FILTER_KEYS: readonly FilterKey[] = ['agency', 'province', 'city', 'year', 'grade', 'rule'];

export const EMPTY_FILTERS: Readonly<Filters> = Object.freeze({
  agency: null,
  province: null,
  city: null,
  year: null,
  grade: null,
  rule: null,
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
