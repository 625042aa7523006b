/**
 * A small LRU cache of query results. The data never changes after loading, so a result is valid
 * for as long as the page lives; toggling a cross-filter off and on again is answered instantly.
 */
export class ResultCache<V> {
  readonly #entries = new Map<string, Promise<V>>();

  constructor(readonly capacity: number) {}

  /** The cached promise for key, or the one `load` returns (dropped again if it fails). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const promise = load();
    this.#entries.set(key, promise);
    promise.catch(() => this.#entries.delete(key));
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return promise;
  }

  /** Stores a known result (the build-time snapshot). */
  set(key: string, value: V): void {
    this.get(key, () => Promise.resolve(value));
  }

  /** The cached promise for key, if any (without loading). */
  peek(key: string): Promise<V> | undefined {
    return this.#entries.get(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
