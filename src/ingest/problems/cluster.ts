/**
 * De-duplication of problem statements across and within documents. Statements that are identical
 * after normalisation (punctuation, spaces, full-width forms, list markers), or near-identical
 * (character-bigram Dice similarity ≥ NEAR), share a cluster. Leader clustering over the distinct
 * normalised texts, most frequent first, so the result does not depend on input order; the cluster
 * id is a hash of the leader's normalised text.
 */
import { shortHash } from '../hash.ts';
import { memoizeText } from '../memo.ts';
import { stripMarker } from './split.ts';
import { normalizeStatement } from './text.ts';

/** Dice similarity of character bigrams at or above which two statements are the same problem. */
export const NEAR = 0.7;

/**
 * Normalised comparison key of a statement. Statements repeat across reports (boilerplate), and
 * each is keyed several times (per document, when counted, when filled): memoised.
 */
export const clusterKey: (text: string) => string = memoizeText((text) =>
  normalizeStatement(stripMarker(text.trim())),
);

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  if (text.length === 1) out.add(text);
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/** Dice coefficient of the two texts' character-bigram sets (0…1). */
export function bigramDice(a: string, b: string): number {
  const A = bigrams(clusterKey(a));
  const B = bigrams(clusterKey(b));
  if (A.size + B.size === 0) return 1;
  let shared = 0;
  for (const g of A) if (B.has(g)) shared++;
  return (2 * shared) / (A.size + B.size);
}

interface Leader {
  id: string;
  grams: Set<string>;
}

/** key → cluster_id ("c" + 12 hex digits of the leader's SHA-256). Deterministic for the same multiset of texts. */
export function clusterProblems(items: readonly { key: string; text: string }[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const item of items) countClusterKey(counts, item.text);
  const clusterOf = clusterIds(counts);
  return new Map(items.map((item) => [item.key, clusterOf.get(clusterKey(item.text)) ?? '']));
}

/** Counts a statement's comparison key: clusters depend only on these counts. */
export function countClusterKey(counts: Map<string, number>, text: string): void {
  const k = clusterKey(text);
  counts.set(k, (counts.get(k) ?? 0) + 1);
}

/** clusterKey → cluster_id, from the count of every statement's key. */
export function clusterIds(count: ReadonlyMap<string, number>): Map<string, string> {
  const distinct = [...count.keys()].sort(
    (a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );

  const leaders: Leader[] = [];
  /** bigram → indexes of leaders that contain it. */
  const index = new Map<string, number[]>();
  const usedIds = new Set<string>();
  const clusterOf = new Map<string, string>();

  for (const text of distinct) {
    const grams = bigrams(text);
    const shared = new Map<number, number>();
    for (const g of grams) for (const li of index.get(g) ?? []) shared.set(li, (shared.get(li) ?? 0) + 1);
    let best = -1;
    let bestScore = NEAR;
    for (const [li, n] of shared) {
      const dice = (2 * n) / (grams.size + (leaders[li]?.grams.size ?? 0));
      if (dice > bestScore || (dice === bestScore && (best < 0 || li < best))) {
        best = li;
        bestScore = dice;
      }
    }
    if (best >= 0) {
      clusterOf.set(text, leaders[best]?.id ?? '');
      continue;
    }
    let id = `c${shortHash(text)}`;
    for (let n = 2; usedIds.has(id); n++) id = `c${shortHash(text)}-${n}`;
    usedIds.add(id);
    leaders.push({ id, grams });
    for (const g of grams) {
      const list = index.get(g);
      if (list) list.push(leaders.length - 1);
      else index.set(g, [leaders.length - 1]);
    }
    clusterOf.set(text, id);
  }
  return clusterOf;
}
