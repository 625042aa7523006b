/**
 * The shared, URL-backed state (view, filters, selected project) as Svelte runes. Views read
 * `router.filters`; setters push a new hash so back/forward, reload and shared links all work.
 */
import { EMPTY_FILTERS, type FilterKey, type Filters } from '../filters.ts';
import { formatHash, parseHash, sameFilters, type UrlState, type ViewId } from './url.ts';

class Router {
  view = $state<ViewId>('overview');
  filters = $state<Filters>({ ...EMPTY_FILTERS });
  project = $state<string | null>(null);

  constructor() {
    this.#apply(parseHash(window.location.hash));
    const sync = (): void => this.#apply(parseHash(window.location.hash));
    window.addEventListener('hashchange', sync);
    window.addEventListener('popstate', sync);
  }

  /** Updates only what changed, so views depending on filters do not re-query on a view switch. */
  #apply(next: UrlState): void {
    if (next.view !== this.view) this.view = next.view;
    if (!sameFilters(next.filters, this.filters)) this.filters = next.filters;
    if (next.project !== this.project) this.project = next.project;
  }

  #navigate(patch: Partial<UrlState>): void {
    const next: UrlState = {
      view: patch.view ?? this.view,
      filters: patch.filters ?? { ...this.filters },
      project: patch.project === undefined ? this.project : patch.project,
    };
    const hash = formatHash(next);
    if (hash !== window.location.hash) window.history.pushState(null, '', hash);
    this.#apply(next);
  }

  setView(view: ViewId): void {
    this.#navigate({ view });
  }

  setFilter<K extends FilterKey>(key: K, value: Filters[K]): void {
    this.setFilters({ [key]: value } as Partial<Filters>);
  }

  /** Sets several filters at once; a new province clears a city of another province. */
  setFilters(patch: Partial<Filters>): void {
    const filters = { ...this.filters, ...patch };
    if (
      patch.province !== undefined &&
      patch.city === undefined &&
      patch.province !== this.filters.province
    ) {
      filters.city = null;
    }
    this.#navigate({ filters });
  }

  /** Toggles a filter: clicking the value already set clears it (cross-filter clicks). */
  toggleFilter<K extends FilterKey>(key: K, value: Filters[K]): void {
    this.toggleFilters({ [key]: value } as Partial<Filters>);
  }

  /**
   * Toggles several filters as one selection (a heatmap cell = agency + category): when all of them
   * already hold these values they are cleared together, otherwise they are all set.
   */
  toggleFilters(patch: Partial<Filters>): void {
    const keys = Object.keys(patch) as FilterKey[];
    const same = keys.every((key) => this.filters[key] === patch[key]);
    this.setFilters(same ? Object.fromEntries(keys.map((key) => [key, null])) : patch);
  }

  clearFilters(): void {
    this.#navigate({ filters: { ...EMPTY_FILTERS } });
  }

  /** A clicked project point: filter to its agency and open the project, in one history entry. */
  focusProject(projectId: string, agency: string): void {
    this.#navigate({ filters: { ...this.filters, agency }, project: projectId });
  }

  selectProject(projectId: string | null): void {
    this.#navigate({ project: projectId });
  }
}

export const router = new Router();
