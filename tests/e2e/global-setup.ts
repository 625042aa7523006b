/**
 * Builds the app once against the real ingest of data/reports, derives three more sites from the
 * same build by swapping data/ (hostile fixture, missing data, corrupt data), and serves them all
 * with scripts/serve.mjs under the sub-path /jixiao/ to prove relative URLs:
 *   /jixiao/seed/  /jixiao/hostile/  /jixiao/missing/  /jixiao/corrupt/
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copySite, run, serveDir } from '../../scripts/browser-harness.ts';
import { ingest } from '../app/seed-ingest.ts';

const BASE = '/jixiao/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234/jixiao/ */
    e2eBase: string;
    /** Folder holding the ingest output of each site (seed-data, hostile-data). */
    e2eWork: string;
  }
}

/** A copy of the built site whose data/ holds `data` (or nothing). */
export default async function setup(project: TestProject): Promise<() => void> {
  const work = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  const seedData = join(work, 'seed-data');
  const hostileData = join(work, 'hostile-data');
  ingest('data/reports', seedData);
  ingest('tests/fixtures/hostile', hostileData);

  const built = join(work, 'built');
  run('npx', ['vite', 'build', '--outDir', built, '--emptyOutDir', '--logLevel', 'warn'], {
    JIXIAO_DATA_DIR: seedData,
  });
  // The build itself must be self-contained: it already carries the seed data and its snapshot.
  statSync(join(built, 'data', 'manifest.json'));
  statSync(join(built, 'data', 'snapshot.json'));

  const www = join(work, 'www');
  mkdirSync(www);
  copySite(built, join(www, 'seed'), seedData);
  copySite(built, join(www, 'hostile'), hostileData);
  copySite(built, join(www, 'missing'), null);
  copySite(built, join(www, 'corrupt'), seedData);
  truncateSync(join(www, 'corrupt', 'data', 'projects.arrow'), 200);

  const server = await serveDir(www, BASE);
  project.provide('e2eBase', server.url);
  project.provide('e2eWork', work);
  return () => {
    server.child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  };
}
