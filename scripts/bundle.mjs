/**
 * Bundles TypeScript entry points into plain ESM for Node (esbuild), so `npm run ingest`, `npm start`
 * and the ingest benchmark run compiled code with `node` instead of compiling on the fly with tsx,
 * whose per-closure `keepNames` helpers and loader cost CPU time and tens of MB of memory. Rebuilt
 * on every run (about 0.2 s) so it is never stale.
 *
 *   node scripts/bundle.mjs [--outdir build] [ENTRY.ts …]   (default entry: src/cli/ingest.ts)
 *
 * ENTRY.ts becomes OUTDIR/ENTRY.mjs. Packages stay imports, resolved from node_modules at run time,
 * except JSON files (a gazetteer): Node 20 imports JSON only with import attributes, which esbuild
 * drops from external imports, so those are bundled. The bundle must therefore sit where
 * node_modules can be found (the repository, or a folder with a node_modules link).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');

/** Bare specifiers (`zod`, `node:fs`, `opencc-js/core`) are left to Node, JSON files excepted. */
const packagesExternal = {
  name: 'packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.endsWith('.json') ? undefined : { external: true },
    );
  },
};

/** Bundles each entry (a path, relative to the working folder) into `outDir`. */
async function bundle(entries, outDir) {
  const result = await build({
    entryPoints: Object.fromEntries(
      entries.map((entry) => [basename(entry, extname(entry)), resolve(entry)]),
    ),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [packagesExternal],
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(outDir, { recursive: true });
  // Written aside and renamed, so a run starting meanwhile never imports half a file.
  for (const { path, contents } of result.outputFiles) {
    const aside = `${path}.${process.pid}.tmp`;
    writeFileSync(aside, contents);
    renameSync(aside, path);
  }
}

const { values, positionals } = parseArgs({
  options: { outdir: { type: 'string', default: join(ROOT, 'build') } },
  allowPositionals: true,
});
await bundle(positionals.length > 0 ? positionals : [join(ROOT, 'src/cli/ingest.ts')], values.outdir);
