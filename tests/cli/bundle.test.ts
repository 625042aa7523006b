/**
 * The ingest CLI as `npm run ingest` runs it: an esbuild bundle (scripts/bundle.mjs) run by plain
 * node. Built into a temp folder, it writes the same files, byte for byte, as runIngest with the
 * real pipeline in this process, from the sources the bundle was built from, over the seed reports
 * and one file of every format (so every lazily loaded converter and the bundled gazetteer are used).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { runIngest } from '../../src/cli/run.ts';
import type { DocumentRow } from '../../src/data/schema.ts';
import { assembleTables, parseDocumentAsync, ProblemCategorizer } from '../../src/ingest/pipeline.ts';
import { initSegmenter } from '../../src/ingest/problems/index.ts';
import { useTempDirs } from '../data/temp-dir.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TAXONOMY = join(ROOT, 'data/taxonomy.yaml');
const tempDir = useTempDirs('bundle');

function copyInto(dir: string, from: string, keep: (name: string) => boolean): void {
  for (const name of readdirSync(from).filter(keep)) copyFileSync(join(from, name), join(dir, name));
}

async function ingestInProcess(inDir: string, outDir: string): Promise<number> {
  const taxonomy = readFileSync(TAXONOMY, 'utf8');
  await initSegmenter();
  return runIngest(
    { inDir, outDir, json: true, csv: false, quiet: true, taxonomy: TAXONOMY },
    {
      parseDocument: parseDocumentAsync,
      assembleTables: (docs, options) => assembleTables(docs, { ...options, taxonomy }),
      problemCategorizer: () => new ProblemCategorizer(taxonomy),
      stderr: { isTTY: false, write: () => true },
      tool: { name: pkg.name, version: pkg.version },
    },
  );
}

describe('ingest CLI bundle', () => {
  it('writes the same tables as the in-process ingest', async () => {
    const [build, reports, bundled, inProcess] = [tempDir(), tempDir(), tempDir(), tempDir()];
    // Packages stay imports in the bundle: they resolve through a node_modules next to it.
    symlinkSync(join(ROOT, 'node_modules'), join(build, 'node_modules'));
    const built = spawnSync(process.execPath, ['scripts/bundle.mjs', '--outdir', build], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);

    copyInto(reports, join(ROOT, 'data/reports'), (name) => name.endsWith('.txt'));
    copyInto(reports, join(ROOT, 'tests/fixtures/formats'), (name) => name !== 'expected.json');
    const run = spawnSync(
      process.execPath,
      [join(build, 'ingest.mjs'), '--in', reports, '--out', bundled, '--json', '--taxonomy', TAXONOMY],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(await ingestInProcess(reports, inProcess)).toBe(0);

    const written = readdirSync(inProcess).sort();
    expect(written).toContain('projects.arrow');
    expect(written).toContain('manifest.json');
    expect(readdirSync(bundled).sort()).toEqual(written);
    for (const name of written)
      expect(readFileSync(join(bundled, name)).equals(readFileSync(join(inProcess, name))), name).toBe(true);
    // Not a run that failed alike on both sides: every report, of every format, is read.
    const documents = JSON.parse(readFileSync(join(bundled, 'documents.json'), 'utf8')) as DocumentRow[];
    expect(documents.map((d) => [d.file, d.status])).toEqual(
      readdirSync(reports)
        .sort()
        .map((file) => [file, 'ok']),
    );
  });
});
