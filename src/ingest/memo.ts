/**
 * Texts longer than this are not cached: short lines repeat (labels, headings, boilerplate;
 * nearly all lines up to 20 characters, half of those up to 80), longer ones hardly ever do, and
 * caching them would only churn the cache and leave garbage for the old generation.
 */
const MAX_CACHED_LENGTH = 80;

/**
 * Memoisation for pure per-text helpers. Report lines repeat heavily (table labels, headings,
 * boilerplate sentences), within a report and across a corpus. The cache keeps the first `limit`
 * distinct texts and then stops growing, so memory stays bounded however many files are ingested;
 * it is never cleared, since dropping thousands of long-lived entries at once leaves garbage that
 * raises the heap's peak (the texts that repeat most are met early anyway). 5,000 texts per cache
 * measured as fast as 20,000 (alternating runs over 2,000 reports) with a quarter of the memory.
 *
 * A lookup hashes the text: a cheap test that rules a text out (no hanzi in a header cell, one
 * cell on a line) belongs before the memo, not inside it.
 */
export function memoizeText<T>(fn: (text: string) => T, limit = 5_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (text.length > MAX_CACHED_LENGTH) return fn(text);
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    // A full cache answers misses directly; only a cached undefined needs the second lookup.
    if (cache.size >= limit) return fn(text);
    if (cache.has(text)) return hit as T;
    // The key (and any slice of it in the value) must not pin the document the text was cut from.
    const own = ownCopy(text);
    const value = fn(own);
    cache.set(own, value);
    return value;
  };
}

/**
 * The text in storage of its own. V8 keeps a substring of a long string (a line of a document,
 * a cell of a line) as a view on its parent, so holding the substring holds the whole parent:
 * a cache entry or a parsed record would pin the entire decoded document. Concatenating and
 * slicing again flattens into a fresh string just one character longer than the text.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** Strings `keep` shares between documents: the short ones, which repeat (longer ones rarely do). */
const SHARED_MAX_LENGTH = 80;
/** The shared set stops growing here, so its memory stays bounded. */
const SHARED_LIMIT = 10_000;
const shared = new Map<string, string>();

/**
 * A string to keep beyond its document (parsed records wait for the cross-document merge): in
 * storage of its own (see ownCopy), and one copy of equal short strings (boilerplate lines).
 */
export function keep(text: string): string {
  if (text.length > SHARED_MAX_LENGTH) return ownCopy(text);
  const hit = shared.get(text);
  if (hit !== undefined) return hit;
  const own = ownCopy(text);
  if (shared.size < SHARED_LIMIT) shared.set(own, own);
  return own;
}
