/**
 * Loading data/ into the engine: manifest.json → <table>.arrow → DuckDB, with readable Chinese
 * errors for a missing or corrupt data folder. File access is injected (fetch in the browser,
 * fs in tests), so this logic is tested in Node.
 */
import { RecordBatchReader, tableFromIPC, tableToIPC } from 'apache-arrow';
import type { TableName } from '../../data/schema.ts';
import type { Engine } from './database.ts';

export class DataError extends Error {
  constructor(
    readonly title: string,
    readonly detail: string,
  ) {
    super(`${title}：${detail}`);
    this.name = 'DataError';
  }
}

export interface ManifestTableInfo {
  file: string;
  rows: number | null;
}

export interface DataManifest {
  tables: Partial<Record<TableName, ManifestTableInfo>>;
  /** Number of input report files, when the manifest lists them. */
  inputs: number | null;
}

export const MANIFEST_FILE = 'manifest.json';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses manifest.json (as written by the ingest CLI; unknown fields are ignored). */
export function parseManifest(text: string): DataManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError('manifest.json 已损坏', `无法解析 JSON：${(error as Error).message}`);
  }
  if (!isRecord(json)) throw new DataError('manifest.json 已损坏', '内容不是 JSON 对象。');
  const tables: DataManifest['tables'] = {};
  if (isRecord(json.tables)) {
    for (const [name, entry] of Object.entries(json.tables)) {
      if (!isRecord(entry)) continue;
      const file =
        typeof entry.file === 'string' && /^[\w.-]+$/.test(entry.file) ? entry.file : `${name}.arrow`;
      const rows = typeof entry.rows === 'number' && Number.isInteger(entry.rows) ? entry.rows : null;
      tables[name as TableName] = { file, rows };
    }
  }
  return { tables, inputs: Array.isArray(json.inputs) ? json.inputs.length : null };
}

export function tableFile(manifest: DataManifest, table: TableName): string {
  return manifest.tables[table]?.file ?? `${table}.arrow`;
}

/** Reads one file of data/; throws DataError('缺少数据文件', …) when it is absent. */
export type ReadFile = (
  file: string,
  onProgress?: (loaded: number, total: number | null) => void,
) => Promise<Uint8Array>;

const GZIP_MAGIC = [0x1f, 0x8b];
const ARROW_FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"
const ARROW_STREAM_CONTINUATION = [0xff, 0xff, 0xff, 0xff];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Bytes of a .arrow file → an Arrow IPC *stream* (gzip and the IPC file format are accepted too). */
export async function toIpcStream(file: string, bytes: Uint8Array): Promise<Uint8Array> {
  let data = bytes;
  if (startsWith(data, GZIP_MAGIC)) {
    try {
      data = await gunzip(data);
    } catch (error) {
      throw new DataError('数据文件已损坏', `${file}：gzip 解压失败（${(error as Error).message}）`);
    }
  }
  if (startsWith(data, ARROW_FILE_MAGIC)) return tableToIPC(tableFromIPC(data), 'stream');
  if (data.length < 8 || !startsWith(data, ARROW_STREAM_CONTINUATION)) {
    throw new DataError('数据文件已损坏', `${file} 不是 Arrow IPC 数据（文件头不符，可能被截断或替换）。`);
  }
  return data;
}

/** Rows in an Arrow IPC stream, read from its record batches (no copy of the column data). */
export function ipcRowCount(file: string, bytes: Uint8Array): number {
  try {
    let rows = 0;
    for (const batch of RecordBatchReader.from(bytes)) rows += batch.numRows;
    return rows;
  } catch (error) {
    throw new DataError(
      '数据文件已损坏',
      `${file} 无法读取，文件可能被截断或损坏（${(error as Error).message}）。`,
    );
  }
}

/**
 * Reads one table's file and checks it before DuckDB sees it: Arrow IPC, and exactly the rows
 * manifest.json lists — a truncated or swapped file cannot pass silently. Runs while DuckDB starts.
 */
export async function prepareTable(
  manifest: DataManifest,
  table: TableName,
  read: ReadFile,
  onProgress?: (loaded: number, total: number | null) => void,
): Promise<Uint8Array> {
  const file = tableFile(manifest, table);
  const bytes = await toIpcStream(file, await read(file, onProgress));
  const expected = manifest.tables[table]?.rows;
  if (expected !== null && expected !== undefined) {
    const actual = ipcRowCount(file, bytes);
    if (actual !== expected) {
      throw new DataError(
        '数据与 manifest.json 不一致',
        `${table}：清单记录 ${expected} 行，实际 ${actual} 行`,
      );
    }
  }
  return bytes;
}

export interface LoadProgress {
  /** What is happening, in Chinese. */
  label: string;
  /** 0…1 over all tables of this call. */
  fraction: number;
}

/** Imports prepared tables (see prepareTable) into the engine, in order. */
export async function insertTables(
  engine: Engine,
  prepared: ReadonlyArray<readonly [TableName, Promise<Uint8Array>]>,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<void> {
  for (const [index, [table, bytes]] of prepared.entries()) {
    onProgress({ label: `正在导入 ${table}`, fraction: index / prepared.length });
    const data = await bytes;
    try {
      await engine.insertArrowIPC(table, data);
    } catch (error) {
      throw new DataError('数据文件已损坏', `${table} 无法导入：${(error as Error).message}`);
    }
  }
  onProgress({ label: '数据表已载入', fraction: 1 });
}

/**
 * Starts prepareTable for every table at once; the promises are awaited, and their errors reported
 * in table order, by insertTables.
 */
export function prepareTables(
  manifest: DataManifest,
  tables: readonly TableName[],
  read: ReadFile,
): Array<readonly [TableName, Promise<Uint8Array>]> {
  return tables.map((table) => {
    const bytes = prepareTable(manifest, table, read);
    bytes.catch(() => {}); // no unhandled rejection before insertTables reaches it
    return [table, bytes] as const;
  });
}

/** Reads, checks and imports the given tables (the lazy tables, and the tests). */
export function loadTables(
  engine: Engine,
  tables: readonly TableName[],
  manifest: DataManifest,
  read: ReadFile,
  onProgress?: (progress: LoadProgress) => void,
): Promise<void> {
  return insertTables(engine, prepareTables(manifest, tables, read), onProgress);
}
