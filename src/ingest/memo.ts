/**
 * Memoisation for pure per-text helpers. Report lines repeat heavily (table labels, headings,
 * boilerplate sentences), within a report and across a corpus; the cache forgets everything once
 * it holds `limit` entries, so memory stays bounded however many files are ingested.
 */
export function memoizeText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
