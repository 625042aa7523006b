/**
 * The app state that lives in the URL hash, so a reload or a shared link shows the same view:
 *   #/<view>?agency=…&province=…&city=…&year=2021&grade=优&rule=…&category=…&project=…
 * Parsing is defensive: unknown views, bad years, unknown bands or rules are dropped.
 */
import { EMPTY_FILTERS, FILTER_KEYS, isFlagRule, isGradeBand, type Filters } from '../filters.ts';

export const VIEWS = ['overview', 'budget', 'scores', 'problems', 'quality', 'projects'] as const;
export type ViewId = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<ViewId, string> = {
  overview: '总览',
  budget: '预算执行',
  scores: '评分分布',
  problems: '共性问题',
  quality: '数据质量',
  projects: '项目',
};

export interface UrlState {
  view: ViewId;
  filters: Filters;
  /** The project open in the detail panel of 项目. */
  project: string | null;
}

const MAX_TEXT = 200;

function text(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.length > MAX_TEXT ? null : trimmed;
}

function year(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const parsed = Number(value);
  return parsed >= 1990 && parsed <= 2100 ? parsed : null;
}

export function parseHash(hash: string): UrlState {
  const body = hash.replace(/^#/, '');
  const [path = '', query = ''] = body.split(/\?(.*)/s, 2);
  const name = path.replace(/^\//, '');
  const view = (VIEWS as readonly string[]).includes(name) ? (name as ViewId) : 'overview';
  const params = new URLSearchParams(query);
  const grade = text(params.get('grade'));
  const rule = text(params.get('rule'));
  return {
    view,
    filters: {
      agency: text(params.get('agency')),
      province: text(params.get('province')),
      city: text(params.get('city')),
      year: year(params.get('year')),
      grade: grade !== null && isGradeBand(grade) ? grade : null,
      rule: rule !== null && isFlagRule(rule) ? rule : null,
      category: text(params.get('category')),
    },
    project: text(params.get('project')),
  };
}

export function formatHash(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value !== null) params.set(key, String(value));
  }
  if (state.project !== null) params.set('project', state.project);
  const query = params.toString();
  return `#/${state.view}${query === '' ? '' : `?${query}`}`;
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_KEYS.every((key) => a[key] === b[key]);
}

export const INITIAL_STATE: UrlState = { view: 'overview', filters: { ...EMPTY_FILTERS }, project: null };
