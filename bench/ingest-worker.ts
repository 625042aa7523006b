/**
 * The child process of the ingest benchmark (bench/ingest.ts): ingests every report of `--dir` with
 * runIngest, as `npm run ingest` does, and prints its figures as one line of JSON. The benchmark runs
 * it as an esbuild bundle (scripts/bundle.mjs), as the CLI runs, or with `--runtime tsx` under tsx.
 *
 *   node --expose-gc build/ingest-worker.mjs --dir DIR --taxonomy FILE --warm-up N
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runIngest } from '../src/cli/run.ts';
import type { Manifest } from '../src/data/manifest.ts';
import { TABLE_NAMES } from '../src/data/schema.ts';
import { assembleTables, parseDocumentAsync, ProblemCategorizer } from '../src/ingest/pipeline.ts';
import { initSegmenter } from '../src/ingest/problems/index.ts';
import { tuneV8ForIngest } from '../src/cli/v8-tuning.ts';
import type { InputFile } from '../src/ingest/types.ts';

const MB = 1024 * 1024;

/** Wall and CPU time (user + system, every thread of the process), in ms. */
interface Elapsed {
  wall: number;
  cpu: number;
}

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Starts timing; the returned function adds the wall and CPU time since then to `into`. */
function startTiming(into: Elapsed): () => void {
  const wall = performance.now();
  const cpu = cpuNow();
  return () => {
    into.wall += performance.now() - wall;
    into.cpu += cpuNow() - cpu;
  };
}

export interface Figures {
  files: number;
  bytes: number;
  parseMs: number;
  /** assembleTables over every part, and categorizing the problems. */
  assembleMs: number;
  /** Everything else in the run: reading, the spill, validation, encoding and writing the files. */
  otherMs: number;
  totalMs: number;
  /** CPU time of the same stages. */
  cpuMs: { parse: number; assemble: number; other: number; total: number };
  peakRssMb: number;
  peakHeapMb: number;
  baselineHeapMb: number;
  /** Heap after a full GC once every file is parsed (documents wait in the spill). */
  liveParsedMb: number;
  /** Heap after a full GC once every part is assembled (the rows held to the end are all there). */
  liveAssembledMb: number;
  rows: Record<string, number>;
  arrowBytes: number;
}

/** Ingests every file of `dir` (the first N of the corpus) in this process; prints the figures as JSON. */
async function worker(dir: string, taxonomyFile: string, warmUp: number): Promise<void> {
  const files = readdirSync(dir).sort();
  let taxonomy: string | undefined;
  try {
    taxonomy = readFileSync(taxonomyFile, 'utf8');
  } catch {
    taxonomy = undefined;
  }
  // As the CLI does: jieba for problem categories (its dictionary loads here, outside the clock).
  // As the ingest command does (src/cli/ingest.ts).
  tuneV8ForIngest();
  await initSegmenter();
  // Warm-up outside the clock: the first file of each layout loads its converter (xlsx, docx …).
  for (const file of files.slice(0, warmUp)) {
    await parseDocumentAsync({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) });
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  let peakHeap = 0;
  const sampleHeap = () => {
    peakHeap = Math.max(peakHeap, v8.getHeapStatistics().used_heap_size);
  };
  const gcTime: Elapsed = { wall: 0, cpu: 0 };
  /** Live heap after a full GC, outside the clock. */
  const liveHeap = (): number => {
    if (!gc) return Number.NaN;
    const stop = startTiming(gcTime);
    gc();
    const live = v8.getHeapStatistics().used_heap_size;
    stop();
    return live;
  };
  const baselineHeap = v8.getHeapStatistics().used_heap_size;
  const parse: Elapsed = { wall: 0, cpu: 0 };
  const assemble: Elapsed = { wall: 0, cpu: 0 };
  const run: Elapsed = { wall: 0, cpu: 0 };
  let parsed = 0;
  let liveParsed = Number.NaN;
  let liveAssembled = Number.NaN;
  const outDir = mkdtempSync(join(tmpdir(), 'bench-ingest-out-'));
  const stopRun = startTiming(run);
  await runIngest(
    { inDir: dir, outDir, json: false, csv: false, quiet: true, taxonomy: '' },
    {
      async parseDocument(input: InputFile) {
        const stop = startTiming(parse);
        const doc = await parseDocumentAsync(input);
        stop();
        sampleHeap();
        if (++parsed === files.length) liveParsed = liveHeap();
        return doc;
      },
      assembleTables(docs, options) {
        const stop = startTiming(assemble);
        const tables = assembleTables(docs, { ...options, taxonomy });
        stop();
        sampleHeap();
        return tables;
      },
      problemCategorizer() {
        const categorizer = new ProblemCategorizer(taxonomy);
        let filled = false;
        return {
          count: (text: string) => categorizer.count(text),
          fill(rows) {
            // The first fill comes after the last part: what the run holds to the end is all there.
            if (!filled) liveAssembled = liveHeap();
            filled = true;
            const stop = startTiming(assemble);
            categorizer.fill(rows);
            stop();
            sampleHeap();
          },
        };
      },
      stderr: { isTTY: false, write: () => true },
      tool: { name: 'bench', version: '0' },
    },
  );
  sampleHeap();
  stopRun();
  const totalMs = run.wall - gcTime.wall;
  const totalCpuMs = run.cpu - gcTime.cpu;
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  const arrowBytes = TABLE_NAMES.reduce((n, t) => n + statSync(join(outDir, `${t}.arrow`)).size, 0);
  rmSync(outDir, { recursive: true, force: true });
  const figures: Figures = {
    files: files.length,
    bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0),
    parseMs: parse.wall,
    assembleMs: assemble.wall,
    otherMs: totalMs - parse.wall - assemble.wall,
    totalMs,
    cpuMs: {
      parse: parse.cpu,
      assemble: assemble.cpu,
      other: totalCpuMs - parse.cpu - assemble.cpu,
      total: totalCpuMs,
    },
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    peakHeapMb: peakHeap / MB,
    baselineHeapMb: baselineHeap / MB,
    liveParsedMb: liveParsed / MB,
    liveAssembledMb: liveAssembled / MB,
    rows: Object.fromEntries(TABLE_NAMES.map((n) => [n, manifest.tables[n].rows])),
    arrowBytes,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    taxonomy: { type: 'string', default: 'data/taxonomy.yaml' },
    'warm-up': { type: 'string', default: '10' },
  },
});
if (values.dir === undefined) throw new Error('--dir is required');
await worker(values.dir, values.taxonomy, Number(values['warm-up']));
