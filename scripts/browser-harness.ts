/**
 * What the e2e tests and the app benchmark share: Debian's Chromium with the flags this offline
 * machine needs, a built site copied with another data/ folder, and scripts/serve.mjs on a free port.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');

/** Without the background-networking flags Chromium keeps dialling Google hosts the sandbox refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Runs a command in the repo root, its stderr shown, its stdout dropped. */
export function run(command: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
}

/**
 * A copy of the built site whose data/ holds the app's files from `data` (or nothing). The build's
 * first-view snapshot stays: the app itself ignores it when it belongs to other data.
 */
export function copySite(built: string, target: string, data: string | null): void {
  cpSync(built, target, { recursive: true });
  const snapshot = join(built, 'data', 'snapshot.json');
  rmSync(join(target, 'data'), { recursive: true, force: true });
  if (data === null) return;
  mkdirSync(join(target, 'data'));
  if (existsSync(snapshot)) cpSync(snapshot, join(target, 'data', 'snapshot.json'));
  for (const name of readdirSync(data).filter((n) => n.endsWith('.arrow') || n === 'manifest.json')) {
    cpSync(join(data, name), join(target, 'data', name));
  }
}

/** Serves `dir` with scripts/serve.mjs on a free port (optionally under a sub-path); resolves with its URL. */
export function serveDir(dir: string, base?: string): Promise<{ child: ChildProcess; url: string }> {
  const args = ['scripts/serve.mjs', '--dir', dir, '--port', '0', ...(base ? ['--base', base] : [])];
  const child = spawn('node', args, { cwd: ROOT });
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
