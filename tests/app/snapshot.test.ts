/**
 * The first view's build-time snapshot (src/app/db/snapshot.ts, src/app/build/snapshot-build.ts)
 * against the real ingest of data/reports: the same rows the live queries give, keyed as the app
 * keys its result cache, and refused for any other data.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotFor } from '../../src/app/build/snapshot-build.ts';
import { runQuery, type Engine } from '../../src/app/db/database.ts';
import type { QueryArgs, QueryName } from '../../src/app/db/queries.ts';
import { SNAPSHOT_QUERIES, acceptSnapshot, resultKey, type Snapshot } from '../../src/app/db/snapshot.ts';
import { seedEngine } from './seed-ingest.ts';

const work = mkdtempSync(join(tmpdir(), 'jixiao-snapshot-'));
let engine: Engine;
let snapshot: Snapshot;
let manifestText: string;

beforeAll(async () => {
  engine = await seedEngine('data/reports', work);
  // Through JSON, as the browser receives it.
  snapshot = JSON.parse(JSON.stringify(await snapshotFor(work))) as Snapshot;
  manifestText = readFileSync(join(work, 'manifest.json'), 'utf8');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('snapshot', () => {
  it('holds, for each call of the first view, exactly the rows the live query returns', async () => {
    for (const call of SNAPSHOT_QUERIES) {
      const live = await runQuery(engine, call.name as QueryName, ...(call.args as QueryArgs<QueryName>));
      const rows = snapshot.results[resultKey(call.name, call.args)];
      expect(rows, call.name).toEqual(live);
      expect(live.length, call.name).toBeGreaterThan(0);
    }
  });

  it('is accepted for its own manifest and refused for other data or another version', () => {
    expect(acceptSnapshot(snapshot, manifestText)?.size).toBe(SNAPSHOT_QUERIES.length);
    const other = manifestText.replace('"rows":', '"rows": ');
    expect(acceptSnapshot(snapshot, other)).toBeNull();
    expect(acceptSnapshot({ ...snapshot, version: 0 }, manifestText)).toBeNull();
    expect(acceptSnapshot('<html>', manifestText)).toBeNull();
    expect(acceptSnapshot(null, manifestText)).toBeNull();
  });

  it('keys calls by their arguments, whatever the order of object keys', () => {
    expect(resultKey('kpis', [{ year: 2021, agency: null }])).toBe(
      resultKey('kpis', [{ agency: null, year: 2021 }]),
    );
    expect(resultKey('kpis', [{ year: 2021 }])).not.toBe(resultKey('kpis', [{ year: 2022 }]));
  });
});
