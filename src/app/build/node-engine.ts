/**
 * A Node implementation of the app's Engine on DuckDB-WASM's blocking Node bundle (same engine and
 * SQL dialect as the browser worker, no Web Worker needed): the build computes the first view's
 * snapshot with it, and the tests run the named queries with it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Table } from 'apache-arrow';
import { DUCKDB_OPEN_CONFIG, type Engine } from '../db/database.ts';
import type { Param } from '../db/sql.ts';

interface BlockingStatement {
  query(...params: Param[]): Table;
  close(): void;
}
interface BlockingConnection {
  query(sql: string): Table;
  prepare(sql: string): BlockingStatement;
  insertArrowFromIPCStream(bytes: Uint8Array, options: { name: string; create: boolean }): void;
  close(): void;
}
interface BlockingDb {
  instantiate(): Promise<unknown>;
  open(config: unknown): Promise<void>;
  connect(): BlockingConnection;
}
interface BlockingModule {
  createDuckDB(bundles: unknown, logger: unknown, runtime: unknown): Promise<BlockingDb>;
  VoidLogger: new () => unknown;
  NODE_RUNTIME: unknown;
}

const require = createRequire(import.meta.url);
const BUNDLE = '@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs';

export async function createNodeEngine(): Promise<Engine> {
  const duckdb = require(BUNDLE) as BlockingModule;
  const dist = dirname(require.resolve(BUNDLE));
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  await db.open(DUCKDB_OPEN_CONFIG);
  const conn = db.connect();
  return {
    exec: async (sql) => {
      conn.query(sql);
    },
    insertArrowIPC: async (name, bytes) => {
      conn.insertArrowFromIPCStream(bytes, { name, create: true });
    },
    select: async (sql, params) => {
      if (params.length === 0) return conn.query(sql);
      const statement = conn.prepare(sql);
      try {
        return statement.query(...params);
      } finally {
        statement.close();
      }
    },
  };
}
