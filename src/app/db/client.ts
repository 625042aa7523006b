/**
 * The browser engine: DuckDB-WASM (eh bundle, no threads) in its Web Worker. The wasm and the
 * worker script (main.ts) are imported with ?url so Vite ships them in dist/ — nothing is fetched
 * from a CDN.
 */
import { AsyncDuckDB, VoidLogger, type AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { DUCKDB_OPEN_CONFIG, applySettings, type Engine } from './database.ts';

const STATEMENT_CACHE = 64;

/** `worker` runs duckdb-browser-eh.worker.js (main.ts starts it as early as possible). */
export async function startBrowserEngine(worker: Worker): Promise<Engine> {
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) =>
      reject(new Error(`DuckDB 工作线程无法启动：${event.message || '未知错误'}`)),
    );
  });
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await Promise.race([db.instantiate(wasmUrl), failed]);
  performance.mark('jx:duckdb-instantiated');
  await db.open(DUCKDB_OPEN_CONFIG);
  performance.mark('jx:duckdb-opened');
  const conn = await db.connect();
  // Prepared statements are reused per SQL text (a filter change re-runs the same shapes).
  const statements = new Map<string, Promise<AsyncPreparedStatement>>();
  const prepared = (sql: string): Promise<AsyncPreparedStatement> => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      if (statements.size >= STATEMENT_CACHE) {
        const [oldest, evicted] = statements.entries().next().value ?? [];
        if (oldest !== undefined) statements.delete(oldest);
        void evicted?.then((s) => s.close());
      }
      statement = conn.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const engine: Engine = {
    exec: async (sql) => {
      const start = performance.now();
      await conn.query(sql);
      // Visible in the performance timeline (and the benchmark's diagnostics).
      performance.measure(`jx:exec:${sql.replace(/\s+/g, ' ').slice(0, 48)}`, { start });
    },
    insertArrowIPC: async (name, bytes) => {
      const start = performance.now();
      await conn.insertArrowFromIPCStream(bytes, { name, create: true });
      performance.measure(`jx:insert:${name}`, { start });
    },
    select: async (sql, params) =>
      params.length === 0 ? conn.query(sql) : (await prepared(sql)).query(...params),
  };
  await applySettings(engine);
  return engine;
}
