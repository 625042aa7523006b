/**
 * The first view, answered at build time. `vite build` runs the very same named queries as the
 * browser — in DuckDB-WASM's Node bundle, over the same data/ — for the default state of 总览 and
 * writes their rows to data/snapshot.json. The app shows them while DuckDB-WASM starts (compiling
 * its 34 MB wasm is most of a cold start), then answers everything live. The snapshot names the
 * manifest it was computed from: for any other data/ it is ignored.
 */
import { shortHash } from '../../ingest/hash.ts';
import { EMPTY_FILTERS } from '../filters.ts';
import { AGENCY_SUMMARY_SORT, PAGE_SIZE, type QueryArgs, type QueryName } from './queries.ts';

export const SNAPSHOT_FILE = 'snapshot.json';
const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  version: number;
  /** manifestKey() of the manifest.json the results were computed from. */
  manifest: string;
  /** resultKey(name, args) → rows. */
  results: Record<string, unknown[]>;
}

/** One named query with its arguments. */
export type QueryCall = { [N in QueryName]: { name: N; args: QueryArgs<N> } }[QueryName];

/** The queries 总览 sends without filters (the default landing view), and the filter options. */
export const SNAPSHOT_QUERIES: readonly QueryCall[] = [
  { name: 'budgetByYear', args: [EMPTY_FILTERS] },
  { name: 'kpis', args: [EMPTY_FILTERS] },
  { name: 'agencySummary', args: [EMPTY_FILTERS, AGENCY_SUMMARY_SORT, { limit: PAGE_SIZE, offset: 0 }] },
  { name: 'filterOptions', args: [] },
];

/** JSON with object keys sorted, so equal arguments give equal keys whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The cache key of a query call (the app's result cache uses the same keys). */
export function resultKey(name: string, args: readonly unknown[]): string {
  return `${name}:${canonicalJson(args)}`;
}

/** Identifies a manifest.json by its text (not a security check: data and snapshot share an origin). */
export function manifestKey(manifestText: string): string {
  return `${manifestText.length}-${shortHash(manifestText)}`;
}

/** The snapshot's results when it belongs to this manifest and this app version, else null. */
export function acceptSnapshot(json: unknown, manifestText: string): Map<string, unknown[]> | null {
  if (json === null || typeof json !== 'object') return null;
  const snapshot = json as Partial<Snapshot>;
  if (snapshot.version !== SNAPSHOT_VERSION || snapshot.manifest !== manifestKey(manifestText)) return null;
  const results = snapshot.results;
  if (results === null || typeof results !== 'object') return null;
  const accepted = new Map<string, unknown[]>();
  for (const call of SNAPSHOT_QUERIES) {
    const key = resultKey(call.name, call.args);
    const rows = results[key];
    if (Array.isArray(rows)) accepted.set(key, rows);
  }
  return accepted;
}

/** Builds the snapshot with `run` (a query runner over the loaded data). */
export async function buildSnapshot(
  manifestText: string,
  run: (call: QueryCall) => Promise<unknown[]>,
): Promise<Snapshot> {
  const results: Record<string, unknown[]> = {};
  for (const call of SNAPSHOT_QUERIES) results[resultKey(call.name, call.args)] = await run(call);
  return { version: SNAPSHOT_VERSION, manifest: manifestKey(manifestText), results };
}
