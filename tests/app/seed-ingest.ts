/**
 * Runs the real ingest CLI (as `npm run ingest` does) into a folder, for tests that check the app
 * against the seed reports: the unit tests of the named queries and the e2e global setup.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applySettings, buildFacts, type Engine } from '../../src/app/db/database.ts';
import { loadTables, parseManifest } from '../../src/app/db/loader.ts';
import { CORE_TABLES, LAZY_TABLES } from '../../src/app/db/queries.ts';
import { createNodeEngine } from '../../src/app/build/node-engine.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export function ingest(input: string, output: string): void {
  execFileSync('npx', ['tsx', 'src/cli/ingest.ts', '--in', input, '--out', output, '--json', '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Ingests `input` into `output` and loads every table of it into a fresh engine, as the app does. */
export async function seedEngine(input: string, output: string): Promise<Engine> {
  ingest(input, output);
  const engine = await createNodeEngine();
  await applySettings(engine);
  const manifest = parseManifest(readFileSync(join(output, 'manifest.json'), 'utf8'));
  await loadTables(engine, [...CORE_TABLES, ...LAZY_TABLES], manifest, async (file) =>
    readFileSync(join(output, file)),
  );
  await buildFacts(engine);
  return engine;
}

/** Rows of one table of an ingest output folder (the --json copy). */
export function readRows<T>(output: string, table: string): T[] {
  return JSON.parse(readFileSync(join(output, `${table}.json`), 'utf8')) as T[];
}
