/**
 * The app's database over a minimal engine interface. The browser implements the engine with
 * DuckDB-WASM in a Web Worker (client.ts); the tests implement it with DuckDB-WASM's Node blocking
 * bundle. Both run the very same setup statements and named queries.
 */
import type { Table } from 'apache-arrow';
import {
  DEFERRED_SQL,
  FACTS_SQL,
  FACT_STAGES,
  SETTINGS_SQL,
  buildQuery,
  type FactStage,
  type QueryArgs,
  type QueryName,
  type QueryRow,
} from './queries.ts';
import { tableToRows } from './rows.ts';
import type { Param } from './sql.ts';

export interface Engine {
  exec(sql: string): Promise<void>;
  insertArrowIPC(table: string, bytes: Uint8Array): Promise<void>;
  select(sql: string, params: readonly Param[]): Promise<Table>;
}

/** Query options every engine opens DuckDB with: plain JS numbers, never bigint or Decimal. */
export const DUCKDB_OPEN_CONFIG = { query: { castBigIntToDouble: true, castDecimalToDouble: true } } as const;

export async function applySettings(engine: Engine): Promise<void> {
  for (const statement of SETTINGS_SQL) await engine.exec(statement);
}

/** Runs statements in one call (one round trip to the worker). */
function execAll(engine: Engine, statements: readonly string[]): Promise<void> {
  return engine.exec(statements.join(';\n'));
}

/** The fact tables of one stage (see FACTS_SQL); run after those of the stages before it. */
export function buildStage(engine: Engine, stage: FactStage): Promise<void> {
  return execAll(engine, FACTS_SQL[stage]);
}

/** Every fact table, stage by stage. */
export async function buildFacts(engine: Engine): Promise<void> {
  for (const stage of FACT_STAGES) await buildStage(engine, stage);
}

/** The background part of the setup (see DEFERRED_SQL). */
export function buildDeferred(engine: Engine): Promise<void> {
  return execAll(engine, DEFERRED_SQL);
}

export async function runQuery<N extends QueryName>(
  engine: Engine,
  name: N,
  ...args: QueryArgs<N>
): Promise<QueryRow<N>[]> {
  const query = buildQuery(name, ...args);
  const table = await engine.select(query.sql, query.params);
  return tableToRows<QueryRow<N>>(table);
}
