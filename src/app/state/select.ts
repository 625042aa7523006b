/** Cross-filtering: what a click on a chart element or table row does to the shared state. */
import type { ChartRef } from '../charts/options.ts';
import { router } from './router.svelte.ts';

export function applyRef(ref: ChartRef | null): void {
  if (ref === null) return;
  switch (ref.kind) {
    case 'agency':
      router.toggleFilter('agency', ref.agency);
      break;
    case 'year':
      router.toggleFilter('year', ref.year);
      break;
    case 'band':
      router.toggleFilter('grade', ref.band);
      break;
    case 'rule':
      router.toggleFilter('rule', ref.rule);
      break;
    case 'category':
      router.toggleFilter('category', ref.category);
      break;
    case 'cell':
      router.toggleFilters({ agency: ref.agency, category: ref.category });
      break;
    case 'project':
      router.focusProject(ref.projectId, ref.agency);
      break;
  }
}
