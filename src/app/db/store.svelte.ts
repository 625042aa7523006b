/**
 * The app's data lifecycle: start DuckDB and download the core tables in parallel, import them,
 * check them against manifest.json, build the fact tables. The search index and the lazy tables
 * (indicators, source_lines) are built/loaded on first need, so the worker stays free for the first views.
 * Views call `store.run(name, …)`; they never see SQL.
 */
import { begin, markOnce } from '../lib/activity.ts';
import { startBrowserEngine } from './client.ts';
import { ResultCache } from './cache.ts';
import { SNAPSHOT_FILE, acceptSnapshot, resultKey } from './snapshot.ts';
import { buildCoreFacts, buildDeferred, buildLateFacts, runQuery, type Engine } from './database.ts';
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
} from './loader.ts';
import {
  CORE_FACT_QUERIES,
  CORE_TABLES,
  onDemandStep,
  type OnDemandStep,
  type QueryArgs,
  type QueryName,
  type QueryRow,
} from './queries.ts';

/** Query results kept (about two dozen filter states of the heaviest view). */
const RESULT_CACHE_SIZE = 96;

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface Failure {
  title: string;
  detail: string;
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
  /** While loading: the first view shows the build-time snapshot (see snapshot.ts). */
  preview = $state(false);
  manifest = $state<DataManifest | null>(null);
  #engine: Engine | null = null;
  #manifest: DataManifest | null = null;
  readonly #steps = new Map<OnDemandStep, Promise<boolean>>();
  readonly #results = new ResultCache<unknown[]>(RESULT_CACHE_SIZE);
  // Queries issued while loading (the first view mounts at once) wait for this.
  #settleReady: (engine: Engine | null) => void = () => {};
  readonly #ready = new Promise<Engine | null>((resolve) => (this.#settleReady = resolve));
  // Settles once the snapshot is in the result cache, or known to be absent.
  #settleSnapshot: () => void = () => {};
  readonly #snapshot = new Promise<void>((resolve) => (this.#settleSnapshot = resolve));
  // Whether the late fact tables were built (see LATE_FACTS_SQL); set when the data is ready.
  #late: Promise<boolean> = Promise.resolve(false);

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
      await insertTables(engine, prepared, (p) => (this.step = p.label));
      markOnce('jx:tables-loaded');
      this.step = '正在整理数据…';
      await buildCoreFacts(engine);
      this.#engine = engine;
      this.#manifest = manifest;
      // A task later, so the first view's queries (waiting for #ready) reach the worker first.
      this.#late = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(() => buildLateFacts(engine))
        .then(
          () => true,
          () => false,
        );
      this.fraction = 1;
      this.status = 'ready';
      markOnce('jx:data-ready');
      this.#settleReady(engine);
    } catch (error) {
      this.failure = asFailure(error);
      this.status = 'error';
      this.#settleSnapshot();
      this.#settleReady(null);
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
      if (this.status === 'loading') this.preview = true;
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
      const engine = this.#engine ?? (await this.#ready);
      if (engine === null) throw new Error('数据未能加载');
      if (!CORE_FACT_QUERIES.has(name) && !(await this.#late)) {
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
      return rows as QueryRow<N>[];
    } finally {
      done();
    }
  }
}

export const store = new Store();
