/**
 * Dashboard benchmark (npm run bench:app): builds the app once, serves it with scripts/serve.mjs and
 * measures in Chromium, for the seed reports and for a generated 100,000-project / 1,000,000-
 * indicator dataset (scripts/gen-dataset.ts):
 *   - time to first chart (navigation start → first ECharts 'finished'): median of cold loads (each in
 *     a new browser) and of warm loads (same browser, HTTP and wasm code caches filled). With the
 *     seed data the first view comes from the build-time snapshot (src/app/db/snapshot.ts), so the
 *     seed site is also measured without it (first chart drawn from live DuckDB), and for every cold
 *     load the time until DuckDB holds the data and the app is interactive is reported;
 *   - time until every view has rendered (tabs visited in turn, each waited until idle);
 *   - p50/p95 of a filter change on 预算执行 (hash change → all queries answered and charts rendered),
 *     over distinct filter states so the app's result cache never answers;
 *   - JS heap used on the main thread (after GC).
 * Targets: first chart ≤ 1.5 s (seed) and ≤ 3 s (100k); filter change p95 ≤ 100 ms (100k).
 *
 *   npm run bench:app [-- --projects 100000 --indicators 10 --changes 30 --runs 3]
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { copySite, launchChromium, run, serveDir } from '../scripts/browser-harness.ts';
import { generateDataset, writeDataset } from '../scripts/gen-dataset.ts';

const VIEWS = ['overview', 'budget', 'scores', 'problems', 'quality', 'projects'] as const;
const TARGETS = { firstChartSeed: 1500, firstChartLarge: 3000, filterP95: 100 };

interface Figures {
  label: string;
  /** Medians of the runs below. */
  firstChartCold: number;
  /** Cold loads: navigation start → DuckDB loaded, fact tables built (the app is interactive). */
  readyRuns: number[];
  firstChartWarm: number;
  coldRuns: number[];
  warmRuns: number[];
  allViews: number;
  perView: Record<string, number>;
  changes: number[];
  mainHeapMb: number;
}

async function idleSeq(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.idleSeq ?? 0));
}

async function waitIdle(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (previous) =>
      document.documentElement.dataset.idle === '1' &&
      Number(document.documentElement.dataset.idleSeq ?? 0) > previous,
    after,
    { timeout: 120_000, polling: 'raf' },
  );
}

interface Load {
  /** ms from navigation start to the first rendered chart. */
  chart: number;
  /** ms from navigation start to the data being ready in DuckDB. */
  ready: number;
}

/** Loads the page and waits for its first chart and for DuckDB's data. */
async function firstChart(page: Page, url: string): Promise<Load> {
  await page.goto(url);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('jx:first-chart').length > 0 &&
      performance.getEntriesByName('jx:data-ready').length > 0,
    null,
    { timeout: 120_000, polling: 'raf' },
  );
  const [chart, ready] = await page.evaluate(() =>
    ['jx:first-chart', 'jx:data-ready'].map(
      (m) => performance.getEntriesByName(m)[0]?.startTime ?? Number.NaN,
    ),
  );
  return { chart: chart ?? Number.NaN, ready: ready ?? Number.NaN };
}

/**
 * One filter change, timed inside the page: from setting location.hash to the next idle mark
 * (every query answered, every chart's 'finished' event, two frames later).
 */
async function timedChange(page: Page, hash: string): Promise<number> {
  return page.evaluate(
    (target) =>
      new Promise<number>((done) => {
        const html = document.documentElement;
        const before = Number(html.dataset.idleSeq ?? 0);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (html.dataset.idle === '1' && Number(html.dataset.idleSeq ?? 0) > before) {
            observer.disconnect();
            done(performance.now() - start);
          }
        });
        observer.observe(html, { attributes: true, attributeFilter: ['data-idle-seq'] });
        window.location.hash = target;
      }),
    hash,
  );
}

async function optionValues(page: Page, name: string): Promise<string[]> {
  return page.$$eval(`select[name="${name}"] option`, (options) =>
    options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''),
  );
}

/**
 * `count` filter states of the budget view, all different (so the result cache never answers):
 * single agencies, year × band, rule × year, provinces, in turn.
 */
async function distinctStates(page: Page, count: number): Promise<string[]> {
  const agencies = await optionValues(page, 'agency');
  const years = await optionValues(page, 'year');
  const provinces = await optionValues(page, 'province');
  const rules = await optionValues(page, 'rule');
  const bands = ['优', '良', '中', '差'];
  const states: string[] = [];
  const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];
  for (let i = 0; states.length < count && i < count * 4; i++) {
    const k = Math.floor(i / 4);
    const params = new URLSearchParams();
    if (i % 4 === 0) params.set('agency', at(agencies, k * 37) ?? '');
    if (i % 4 === 1) {
      params.set('year', at(years, k) ?? '');
      params.set('grade', at(bands, Math.floor(k / Math.max(1, years.length))) ?? '优');
    }
    if (i % 4 === 2) {
      params.set('rule', at(rules, k) ?? '');
      params.set('year', at(years, Math.floor(k / Math.max(1, rules.length))) ?? '');
    }
    if (i % 4 === 3) params.set('province', at(provinces, k) ?? '');
    const hash = `#/budget?${params.toString()}`;
    if (!states.includes(hash)) states.push(hash);
  }
  return states;
}

/** Main-thread JS heap after a GC (the DuckDB worker's wasm memory is not visible to CDP here). */
async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / 2 ** 20;
}

/** Cold loads: each in a new browser (empty HTTP and code caches). */
async function coldFirstChart(url: string, runs: number): Promise<Load[]> {
  const times: Load[] = [];
  for (let i = 0; i < runs; i++) {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      times.push(await firstChart(page, url));
    } finally {
      await browser.close();
    }
  }
  return times;
}

async function measure(label: string, url: string, changes: number, runs: number): Promise<Figures> {
  const cold = await coldFirstChart(url, runs);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => process.stderr.write(`[${label}] page error: ${error.message}\n`));
    // Warm loads: same browser, after a pause in which Chromium may cache the compiled wasm.
    const warm: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const time = await firstChart(page, `${url}?load=${i}`);
      if (i > 0) warm.push(time.chart);
      await page.waitForTimeout(3000);
    }
    await waitIdle(page, -1);

    // Every view, in turn (the first is on screen once the page is idle): tab → idle.
    const perView: Record<string, number> = {};
    perView[VIEWS[0]] = await page.evaluate(
      () => performance.getEntriesByName('jx:idle')[0]?.startTime ?? Number.NaN,
    );
    const start = await page.evaluate(() => performance.now());
    for (const view of VIEWS.slice(1)) {
      const before = await idleSeq(page);
      const t0 = await page.evaluate(() => performance.now());
      await page.evaluate((v) => (window.location.hash = `#/${v}`), view);
      await waitIdle(page, before);
      perView[view] = (await page.evaluate(() => performance.now())) - t0;
    }
    // First view rendered after navigation start, plus the time to render each further view.
    const allViews = (perView[VIEWS[0]] ?? 0) + ((await page.evaluate(() => performance.now())) - start);

    // Filter changes on the budget view (bars over all agencies + the project scatter).
    const before = await idleSeq(page);
    await page.evaluate(() => (window.location.hash = '#/budget'));
    await waitIdle(page, before);
    const hashes = await distinctStates(page, changes);
    const timings: number[] = [];
    for (const hash of hashes) timings.push(await timedChange(page, hash));
    const heap = await heapMb(page);
    await context.close();
    const coldCharts = cold.map((load) => load.chart);
    return {
      label,
      firstChartCold: percentile(coldCharts, 50),
      readyRuns: cold.map((load) => load.ready),
      firstChartWarm: percentile(warm, 50),
      coldRuns: coldCharts,
      warmRuns: warm,
      allViews,
      perView,
      changes: timings,
      mainHeapMb: heap,
    };
  } finally {
    await browser.close();
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
const listRuns = (values: readonly number[]): string => values.map((v) => Math.round(v)).join(' / ');
const ratio = (value: number, target: number): string => `${(value / target).toFixed(2)}× 目标 ${target} ms`;

function report(figures: Figures, firstTarget: number, filterTarget: number | null): void {
  const p50 = percentile(figures.changes, 50);
  const p95 = percentile(figures.changes, 95);
  const lines = [
    `== ${figures.label}`,
    `  首个图表（冷启动）   ${ms(figures.firstChartCold).padStart(10)}   ${ratio(figures.firstChartCold, firstTarget)}（中位数；各次 ${listRuns(figures.coldRuns)}）`,
    `  首个图表（缓存后）   ${ms(figures.firstChartWarm).padStart(10)}   ${ratio(figures.firstChartWarm, firstTarget)}（中位数；各次 ${listRuns(figures.warmRuns)}）`,
    `  数据就绪（冷启动）   ${ms(percentile(figures.readyRuns, 50)).padStart(10)}   （DuckDB 已载入数据、可交互；各次 ${listRuns(figures.readyRuns)}）`,
    `  全部视图渲染完成     ${ms(figures.allViews).padStart(10)}   （${VIEWS.map((v) => `${v} ${Math.round(figures.perView[v] ?? 0)}`).join(' · ')} ms）`,
    `  筛选变更 p50        ${ms(p50).padStart(10)}`,
    `  筛选变更 p95        ${ms(p95).padStart(10)}   ${filterTarget === null ? '' : ratio(p95, filterTarget)}（n=${figures.changes.length}）`,
    `  筛选变更各次（按顺序） ${listRuns(figures.changes)}`,
    `  JS 堆（主线程）      ${figures.mainHeapMb.toFixed(1).padStart(7)} MB`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string', default: '100000' },
      indicators: { type: 'string', default: '10' },
      changes: { type: 'string', default: '30' },
      runs: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
    },
  });
  const projects = Number(values.projects);
  const changes = Number(values.changes);
  const work = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  let server: ChildProcess | null = null;
  try {
    process.stdout.write(`准备数据（${work}）…\n`);
    const seedData = join(work, 'seed-data');
    run('npx', ['tsx', 'src/cli/ingest.ts', '--in', 'data/reports', '--out', seedData, '--quiet']);
    const largeData = join(work, 'large-data');
    const t0 = Date.now();
    writeDataset(
      largeData,
      generateDataset({ projects, indicators: Number(values.indicators), seed: 20240601 }),
    );
    process.stdout.write(
      `生成 ${projects.toLocaleString('en-US')} 个项目：${((Date.now() - t0) / 1000).toFixed(1)} 秒\n`,
    );
    const built = join(work, 'built');
    run('npx', ['vite', 'build', '--outDir', built, '--emptyOutDir', '--logLevel', 'error'], {
      JIXIAO_DATA_DIR: seedData,
    });
    const www = join(work, 'www');
    mkdirSync(www);
    copySite(built, join(www, 'seed'), seedData);
    // The same site without the first-view snapshot: the first chart waits for live DuckDB.
    copySite(built, join(www, 'seed-live'), seedData);
    rmSync(join(www, 'seed-live', 'data', 'snapshot.json'));
    // The snapshot of the seed data is ignored here (other manifest), as in any rebuilt data/.
    copySite(built, join(www, 'large'), largeData);
    const started = await serveDir(www);
    server = started.child;

    const runs = Number(values.runs);
    const seed = await measure('种子数据（data/reports 导入结果）', `${started.url}seed/`, changes, runs);
    report(seed, TARGETS.firstChartSeed, null);
    const live = (await coldFirstChart(`${started.url}seed-live/`, runs)).map((load) => load.chart);
    process.stdout.write(
      `  首个图表（无快照，直接由 DuckDB 计算，冷启动） ${ms(percentile(live, 50))}   ${ratio(percentile(live, 50), TARGETS.firstChartSeed)}（各次 ${listRuns(live)}）\n`,
    );
    const large = await measure(
      `生成数据（${projects.toLocaleString('en-US')} 个项目 / ${(projects * Number(values.indicators)).toLocaleString('en-US')} 个指标）`,
      `${started.url}large/`,
      changes,
      runs,
    );
    report(large, TARGETS.firstChartLarge, TARGETS.filterP95);
  } finally {
    server?.kill('SIGTERM');
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

await main();
