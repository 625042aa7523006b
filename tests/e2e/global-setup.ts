/**
 * Builds the app once against the real ingest of data/reports, derives three more sites from the
 * same build by swapping data/ (hostile fixture, missing data, corrupt data), and serves them all
 * with scripts/serve.mjs under the sub-path /jixiao/ to prove relative URLs:
 *   /jixiao/seed/  /jixiao/hostile/  /jixiao/missing/  /jixiao/corrupt/
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ingest } from '../app/seed-ingest.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/jixiao/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234/jixiao/ */
    e2eBase: string;
    /** Folder holding the ingest output of each site (seed-data, hostile-data). */
    e2eWork: string;
  }
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
}

/** A copy of the built site whose data/ holds `data` (or nothing). */
function site(built: string, target: string, data: string | null): void {
  cpSync(built, target, { recursive: true });
  rmSync(join(target, 'data'), { recursive: true, force: true });
  if (data === null) return;
  mkdirSync(join(target, 'data'));
  for (const name of readdirSync(data).filter((n) => n.endsWith('.arrow') || n === 'manifest.json')) {
    cpSync(join(data, name), join(target, 'data', name));
  }
}

function startServer(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn('node', ['scripts/serve.mjs', '--dir', dir, '--port', '0', '--base', BASE], {
    cwd: ROOT,
  });
  return new Promise((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolveUrl({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
}

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
  // The build itself must be self-contained: it already carries the seed data.
  statSync(join(built, 'data', 'manifest.json'));

  const www = join(work, 'www');
  mkdirSync(www);
  site(built, join(www, 'seed'), seedData);
  site(built, join(www, 'hostile'), hostileData);
  site(built, join(www, 'missing'), null);
  site(built, join(www, 'corrupt'), seedData);
  truncateSync(join(www, 'corrupt', 'data', 'projects.arrow'), 200);

  const server = await startServer(www);
  project.provide('e2eBase', server.url);
  project.provide('e2eWork', work);
  return () => {
    server.child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  };
}
