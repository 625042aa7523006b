/**
 * Sorting, paging and search of one paged table. The page offset belongs to a "key" (filters +
 * search + sort): when the key changes, the table is back on page one without writing state from
 * inside an effect.
 */
import { PAGE_SIZE, type Page, type Sort } from './queries.ts';

export class TableState {
  sort = $state<Sort>({ key: '', dir: 'asc' });
  search = $state('');
  #page = $state({ key: '', offset: 0 });
  readonly limit: number;

  constructor(sort: Sort, limit = PAGE_SIZE) {
    this.sort = sort;
    this.limit = limit;
  }

  page(key: string): Page {
    return { limit: this.limit, offset: this.#page.key === key ? this.#page.offset : 0 };
  }

  goto(key: string, offset: number): void {
    this.#page = { key, offset: Math.max(0, offset) };
  }
}
