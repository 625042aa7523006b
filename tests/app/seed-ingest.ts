/**
 * Runs the real ingest CLI (as `npm run ingest` does) into a folder, for tests that check the app
 * against the seed reports: the unit tests of the named queries and the e2e global setup.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export function ingest(input: string, output: string): void {
  execFileSync('npx', ['tsx', 'src/cli/ingest.ts', '--in', input, '--out', output, '--json', '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
