/**
 * The points of a project scatter in two steps: how many projects qualify (from the cube), then
 * the sample — the count picks the smaller prefiltered table when the sample allows it.
 */
import type { Filters } from '../filters.ts';
import type { ProjectPointRow, ScatterKind } from './queries.ts';
import { store } from './store.svelte.ts';

export async function scatterPoints(
  kind: ScatterKind,
  filters: Filters,
  limit: number,
): Promise<ProjectPointRow[]> {
  const fixed = { ...filters }; // read now: the second step must use the same filters
  const [count] = await store.run('scatterTotal', fixed, kind);
  const total = count?.total ?? 0;
  if (total === 0) return [];
  return kind === 'budget'
    ? store.run('budgetScatter', fixed, limit, total)
    : store.run('scoreScatter', fixed, limit, total);
}
