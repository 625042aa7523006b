/**
 * Computes data/snapshot.json (see src/app/db/snapshot.ts) for a data folder: loads the core tables
 * into DuckDB-WASM's Node bundle exactly as the browser does, builds the fact tables and runs the
 * snapshot's named queries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySettings, buildFacts, runQuery } from '../db/database.ts';
import { MANIFEST_FILE, loadTables, parseManifest } from '../db/loader.ts';
import { CORE_TABLES, type QueryArgs, type QueryName } from '../db/queries.ts';
import { buildSnapshot, type QueryCall, type Snapshot } from '../db/snapshot.ts';
import { createNodeEngine } from './node-engine.ts';

export async function snapshotFor(dir: string): Promise<Snapshot> {
  const manifestText = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
  const manifest = parseManifest(manifestText);
  const engine = await createNodeEngine();
  await applySettings(engine);
  await loadTables(engine, CORE_TABLES, manifest, async (file) => readFileSync(join(dir, file)));
  await buildFacts(engine);
  return buildSnapshot(manifestText, (call: QueryCall) =>
    // QueryCall pairs each name with its own arguments; TypeScript cannot follow the pairing here.
    runQuery(engine, call.name as QueryName, ...(call.args as QueryArgs<QueryName>)),
  );
}
