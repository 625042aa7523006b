/** Loading data/ into DuckDB: manifest parsing, gzip, truncated files and row-count checks. */
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { arrowStreamEncoder, encodeTable } from '../../src/data/arrow.ts';
import { applySettings, type Engine } from '../../src/app/db/database.ts';
import {
  DataError,
  loadTables,
  parseManifest,
  ipcRowCount,
  toIpcStream,
  type ReadFile,
} from '../../src/app/db/loader.ts';
import { CORE_TABLES } from '../../src/app/db/queries.ts';
import { fixtureTables } from './fixture.ts';
import { createNodeEngine } from '../../src/app/build/node-engine.ts';

const tables = fixtureTables();
const files = new Map<string, Uint8Array>(
  CORE_TABLES.map((name) => [`${name}.arrow`, encodeTable(name, tables[name])]),
);
const manifestFor = (rows: Partial<Record<string, number>> = {}) =>
  parseManifest(
    JSON.stringify({
      tables: Object.fromEntries(
        CORE_TABLES.map((t) => [t, { file: `${t}.arrow`, rows: rows[t] ?? tables[t].length }]),
      ),
      inputs: [{}, {}],
    }),
  );
const read =
  (overrides: Record<string, Uint8Array | null> = {}): ReadFile =>
  async (file) => {
    const bytes = file in overrides ? overrides[file] : files.get(file);
    if (bytes === null || bytes === undefined) throw new DataError('缺少数据文件', `未找到 data/${file}`);
    return bytes;
  };

describe('parseManifest', () => {
  it('reads table files, row counts and the number of inputs', () => {
    const manifest = manifestFor();
    expect(manifest.inputs).toBe(2);
    expect(manifest.tables.projects).toEqual({ file: 'projects.arrow', rows: 6 });
  });

  it('rejects broken JSON with a Chinese message and ignores unsafe file names', () => {
    expect(() => parseManifest('{"tables": ')).toThrow(/manifest.json 已损坏/);
    expect(() => parseManifest('[1]')).toThrow(DataError);
    const manifest = parseManifest(
      JSON.stringify({ tables: { projects: { file: '../../etc/passwd', rows: 1 } } }),
    );
    expect(manifest.tables.projects?.file).toBe('projects.arrow');
  });
});

describe('toIpcStream', () => {
  const bytes = files.get('projects.arrow') ?? new Uint8Array();

  it('accepts plain and gzip-compressed Arrow streams', async () => {
    expect(await toIpcStream('p.arrow', bytes)).toBe(bytes);
    expect(await toIpcStream('p.arrow', new Uint8Array(gzipSync(bytes)))).toEqual(bytes);
  });

  it('rejects files that are not Arrow', async () => {
    await expect(toIpcStream('p.arrow', new TextEncoder().encode('<html>404</html>'))).rejects.toThrow(
      /不是 Arrow IPC/,
    );
    await expect(toIpcStream('p.arrow', new Uint8Array([0x1f, 0x8b, 1, 2, 3]))).rejects.toThrow(/gzip/);
  });
});

describe('loadTables', () => {
  // A fresh database per test: loading creates the tables.
  let engine: Engine;
  beforeEach(async () => {
    engine = await createNodeEngine();
    await applySettings(engine);
  });

  it('loads every core table and matches the manifest', async () => {
    const progress: number[] = [];
    await loadTables(engine, CORE_TABLES, manifestFor(), read(), (p) => progress.push(p.fraction));
    expect(progress.at(-1)).toBe(1);
    const rows = await engine.select('SELECT count(*)::INTEGER AS n FROM projects', []);
    expect(rows.getChild('n')?.get(0)).toBe(6);
  });

  it('loads a table the ingest wrote in several record batches (one per part of the run)', async () => {
    const encoder = arrowStreamEncoder('projects');
    const batched = Buffer.concat([
      ...tables.projects.map((row) => encoder.batch([row])),
      encoder.batch([]),
      encoder.end(),
    ]);
    expect(ipcRowCount('projects.arrow', batched)).toBe(tables.projects.length);
    await loadTables(engine, CORE_TABLES, manifestFor(), read({ 'projects.arrow': batched }));
    const rows = await engine.select('SELECT count(DISTINCT project_id)::INTEGER AS n FROM projects', []);
    expect(rows.getChild('n')?.get(0)).toBe(tables.projects.length);
  });

  it('reports a missing file', async () => {
    await expect(
      loadTables(engine, CORE_TABLES, manifestFor(), read({ 'flags.arrow': null })),
    ).rejects.toThrow(/缺少数据文件/);
  });

  it('reports a truncated file as corrupt, before anything reaches DuckDB', async () => {
    const truncated = files.get('projects.arrow')?.subarray(0, 200) ?? new Uint8Array();
    await expect(
      loadTables(engine, CORE_TABLES, manifestFor(), read({ 'projects.arrow': truncated })),
    ).rejects.toThrow(/数据文件已损坏|不一致/);
  });

  it('reports row counts that differ from the manifest', async () => {
    await expect(loadTables(engine, CORE_TABLES, manifestFor({ projects: 7 }), read())).rejects.toThrow(
      /projects：清单记录 7 行，实际 6 行/,
    );
  });

  it('reports a file swapped for another table', async () => {
    await expect(
      loadTables(
        engine,
        CORE_TABLES,
        manifestFor(),
        read({ 'projects.arrow': files.get('flags.arrow') ?? null }),
      ),
    ).rejects.toThrow(/projects：清单记录 6 行，实际 \d+ 行/);
  });
});

describe('ipcRowCount', () => {
  it('sums the rows of every record batch', () => {
    for (const name of CORE_TABLES) {
      expect(ipcRowCount(`${name}.arrow`, files.get(`${name}.arrow`) ?? new Uint8Array())).toBe(
        tables[name].length,
      );
    }
  });
});
