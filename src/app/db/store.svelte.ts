/**
 * The app's data lifecycle: start DuckDB and download the core tables in parallel, check them
 * against manifest.json, import them and build the fact tables in stages (FACT_STAGES): each query
 * waits only for the stage it reads, so the first chart comes from the cube of projects while the
 * rest is still being built. The search index and the lazy tables (indicators, source_lines) are
 * built/loaded on first need, so the worker stays free for the first views.
 * Views call `store.run(name, …)`; they never see SQL.
 */
import { begin, markOnce } from '../lib/activity.ts';
import { startBrowserEngine } from './client.ts';
import { ResultCache } from './cache.ts';
import { SNAPSHOT_FILE, acceptSnapshot, resultKey } from './snapshot.ts';
import { buildDeferred, buildStage, runQuery, type Engine } from './database.ts';
import { downloadAll, fetchDataFile } from './fetch.ts';
import {
  DataError,
  MANIFEST_FILE,
  insertTables,
  loadTables,
  parseManifest,
  prepareTables,
  tableFile,
  type DataManifest,
  type LoadProgress,
} from './loader.ts';
import {
  CORE_TABLES,
  FACT_STAGES,
  STAGE_TABLES,
  factStage,
  onDemandStep,
  type FactStage,
  type OnDemandStep,
  type QueryArgs,
  type QueryName,
  type QueryRow,
} from './queries.ts';

/** Query results kept (about two dozen filter states of the heaviest view). */
const RESULT_CACHE_SIZE = 96;

export type LoadStatus = 'loading' | 'ready' | 'error';
export type Preview = 'snapshot' | 'live';

export interface Failure {
  title: string;
  detail: string;
}

/** A promise with its resolve function. */
function settled<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Resolves a task later: promise continuations waiting for a stage (queries) run first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function asFailure(error: unknown): Failure {
  if (error instanceof DataError) return { title: error.title, detail: error.detail };
  const message = error instanceof Error ? error.message : String(error);
  return { title: '数据加载失败', detail: message };
}

class Store {
  status = $state<LoadStatus>('loading');
  step = $state('正在启动 DuckDB…');
  fraction = $state(0);
  failure = $state<Failure | null>(null);
  /**
   * While loading, what the view already shows: the build-time snapshot (see snapshot.ts), or
   * live results of the first fact stage; null: nothing yet.
   */
  preview = $state<Preview | null>(null);
  manifest = $state<DataManifest | null>(null);
  #manifest: DataManifest | null = null;
  readonly #steps = new Map<OnDemandStep, Promise<boolean>>();
  readonly #results = new ResultCache<unknown[]>(RESULT_CACHE_SIZE);
  // Per fact stage: the engine once its tables are built, null if they cannot be. Queries issued
  // while loading (the first view mounts at once) wait for the stage they read.
  readonly #stages = {
    cube: settled<Engine | null>(),
    core: settled<Engine | null>(),
    late: settled<Engine | null>(),
  } satisfies Record<FactStage, unknown>;
  // Settles once the snapshot is in the result cache, or known to be absent.
  #settleSnapshot: () => void = () => {};
  readonly #snapshot = new Promise<void>((resolve) => (this.#settleSnapshot = resolve));

  async start(worker: Worker): Promise<void> {
    const done = begin();
    try {
      const enginePromise = startBrowserEngine(worker);
      enginePromise.catch(() => {}); // surfaced below; avoid an unhandled rejection meanwhile
      const manifestText = new TextDecoder().decode(await fetchDataFile(MANIFEST_FILE));
      const manifest = parseManifest(manifestText);
      this.manifest = manifest;
      void this.#loadSnapshot(manifestText).finally(this.#settleSnapshot);
      const downloads = downloadAll(
        CORE_TABLES.map((table) => tableFile(manifest, table)),
        (fraction) => (this.fraction = 0.9 * fraction),
      );
      // Checked (Arrow, row counts) as they arrive, while DuckDB is still starting.
      const prepared = prepareTables(
        manifest,
        CORE_TABLES,
        (file) => downloads.get(file) ?? fetchDataFile(file),
      );
      this.step = '正在启动 DuckDB 并下载数据…';
      const engine = await enginePromise.catch((error: unknown) => {
        throw new DataError('DuckDB 无法启动', error instanceof Error ? error.message : String(error));
      });
      markOnce('jx:engine-ready');
      this.#manifest = manifest;
      const stageTables = (stage: keyof typeof STAGE_TABLES) =>
        prepared.filter(([table]) => (STAGE_TABLES[stage] as readonly string[]).includes(table));
      const progress = (p: LoadProgress) => (this.step = p.label);
      await insertTables(engine, stageTables('cube'), progress);
      await buildStage(engine, 'cube');
      this.#stages.cube.resolve(engine);
      markOnce('jx:cube-ready');
      await nextTask();
      await insertTables(engine, stageTables('core'), progress);
      markOnce('jx:tables-loaded');
      this.step = '正在整理数据…';
      await buildStage(engine, 'core');
      this.fraction = 1;
      this.status = 'ready';
      markOnce('jx:data-ready');
      this.#stages.core.resolve(engine);
      void nextTask()
        .then(() => buildStage(engine, 'late'))
        .then(
          () => this.#stages.late.resolve(engine),
          () => this.#stages.late.resolve(null),
        );
    } catch (error) {
      this.failure = asFailure(error);
      this.status = 'error';
      this.#settleSnapshot();
      for (const stage of FACT_STAGES) this.#stages[stage].resolve(null);
    } finally {
      done();
    }
  }

  /** Puts the snapshot's results in the result cache when it belongs to this data (else nothing). */
  async #loadSnapshot(manifestText: string): Promise<void> {
    try {
      const json: unknown = JSON.parse(new TextDecoder().decode(await fetchDataFile(SNAPSHOT_FILE)));
      const results = acceptSnapshot(json, manifestText);
      if (results === null || results.size === 0) return;
      for (const [key, rows] of results) this.#results.set(key, rows);
      if (this.status === 'loading') this.preview = 'snapshot';
    } catch {
      // No snapshot (or an unreadable one): the first view waits for DuckDB instead.
    }
  }

  /** Starts an on-demand step once; resolves whether it succeeded. */
  #ensure(engine: Engine, step: OnDemandStep): Promise<boolean> {
    let running = this.#steps.get(step);
    if (running === undefined) {
      const manifest = this.#manifest;
      const work =
        step === 'search'
          ? buildDeferred(engine)
          : manifest === null
            ? Promise.reject(new Error('no manifest'))
            : loadTables(engine, [step], manifest, fetchDataFile);
      running = work.then(
        () => true,
        () => false,
      );
      this.#steps.set(step, running);
    }
    return running;
  }

  /** Runs a named query, after the on-demand step it needs (search index, a lazy table). */
  async run<N extends QueryName>(name: N, ...args: QueryArgs<N>): Promise<QueryRow<N>[]> {
    const done = begin();
    try {
      const key = resultKey(name, args);
      await this.#snapshot;
      const known = this.#results.peek(key);
      if (known !== undefined) return (await known) as QueryRow<N>[];
      const stage = factStage(name, args);
      const engine = await this.#stages[stage].promise;
      if (engine === null) {
        if (stage !== 'late' || this.status !== 'ready') throw new Error('数据未能加载');
        throw new DataError('数据不可用', '数据整理未能完成（派生表无法建立）。');
      }
      const step = onDemandStep(name, args);
      if (step !== null && !(await this.#ensure(engine, step))) {
        throw new DataError(
          '数据不可用',
          step === 'search' ? '搜索索引无法建立。' : `${step}.arrow 无法加载。`,
        );
      }
      const rows = await this.#results.get(key, async () => {
        const start = performance.now();
        const result = await runQuery(engine, name, ...args);
        performance.measure(`jx:query:${name}`, { start });
        return result;
      });
      if (this.status === 'loading') this.preview ??= 'live';
      return rows as QueryRow<N>[];
    } finally {
      done();
    }
  }
}

export const store = new Store();
