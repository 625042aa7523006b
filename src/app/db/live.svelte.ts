/**
 * Reactive query results for components. `live(initial, () => store.run(...))` re-runs whenever the
 * state read while building the call changes (filters, sort, page …) and keeps only the latest
 * answer. Must be created during component initialisation (it owns an $effect).
 */
export interface Live<T> {
  readonly value: T;
  readonly loading: boolean;
  readonly error: string | null;
}

export function live<T>(initial: T, load: () => Promise<T>): Live<T> {
  // Rows are replaced wholesale, never mutated: raw state avoids deep proxies of large results.
  let value = $state.raw(initial);
  let loading = $state(true);
  let error = $state<string | null>(null);
  let latest = 0;
  $effect(() => {
    const ticket = ++latest;
    const promise = load();
    loading = true;
    promise.then(
      (result) => {
        if (ticket !== latest) return;
        value = result;
        error = null;
        loading = false;
      },
      (failure: unknown) => {
        if (ticket !== latest) return;
        error = failure instanceof Error ? failure.message : String(failure);
        loading = false;
      },
    );
  });
  return {
    get value() {
      return value;
    },
    get loading() {
      return loading;
    },
    get error() {
      return error;
    },
  };
}
