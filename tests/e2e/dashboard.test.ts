/**
 * The built dashboard in Chromium against the real ingest of data/reports (see global-setup.ts).
 * Expected figures come from the same ingest run (seed-data/*.json), not from constants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AgencyRow, FlagRow, ProblemRow, ProjectRow, Source } from '../../src/data/schema.ts';
import { formatSource } from '../../src/app/lib/format.ts';
import {
  VIEWS,
  chartPoint,
  charts,
  expectClean,
  guardedPage,
  heatmapCell,
  launch,
  openApp,
  screenshot,
  screenshotOf,
  settle,
  showView,
  waitReady,
  type Guarded,
} from './browser.ts';

const base = inject('e2eBase');
const work = inject('e2eWork');
const origin = new URL(base).origin;
const SEED = `${base}seed/`;

function seed<T>(table: string): T[] {
  return JSON.parse(readFileSync(join(work, 'seed-data', `${table}.json`), 'utf8')) as T[];
}
const projects = seed<ProjectRow>('projects');
const flags = seed<FlagRow>('flags');
const problems = seed<ProblemRow>('problems');
const agencies = seed<AgencyRow>('agencies');

const budgetOf = (p: ProjectRow): number | null => p.budget_adjusted ?? p.budget_initial;

let browser: Browser;
let current: Guarded | null = null;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  if (current !== null) {
    const guarded = current;
    current = null;
    await guarded.page.context().close();
    expectClean(guarded);
  }
});

async function open(url: string, allowConsole: RegExp | null = null): Promise<Page> {
  current = await guardedPage(browser, origin, allowConsole);
  await openApp(current.page, url);
  return current.page;
}

const kpi = (page: Page, id: string): Promise<string> =>
  page.$eval(`[data-kpi="${id}"] .value`, (el) => (el.textContent ?? '').replace(/[^\d.,%-]/g, ''));

/** Expands the first reference to `source` inside `scope`; resolves the shown source text. */
async function expandSource(page: Page, scope: Locator, source: Source): Promise<Locator> {
  const ref = scope
    .locator('[data-source-ref]', { has: page.getByRole('button', { name: formatSource(source) }) })
    .first();
  await ref.getByRole('button').click();
  const text = ref.locator('[data-source-text]');
  await text.locator('[data-line]').first().waitFor({ timeout: 30_000 });
  return text;
}

const hashParams = (page: Page): URLSearchParams =>
  new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');

describe('seed data', () => {
  it('shows a loading state, then every view renders non-empty charts', async () => {
    current = await guardedPage(browser, origin);
    const page = current.page;
    await page.goto(SEED, { waitUntil: 'commit' });
    await page.waitForSelector('[data-loading-panel] progress', { timeout: 30_000 });
    await waitReady(page);
    expect(await page.getAttribute('main', 'data-app-status')).toBe('ready');
    expect(await kpi(page, 'projects')).toBe(String(projects.length));
    expect(await kpi(page, 'flags')).toBe(String(flags.length));

    for (const view of VIEWS) {
      await showView(page, view);
      const states = await charts(page);
      expect(states.length, `${view} has charts`).toBeGreaterThan(0);
      for (const chart of states) {
        expect(chart.canvas, `${chart.id} canvas`).toBe(true);
        expect(chart.points, `${chart.id} data points`).toBeGreaterThan(0);
        expect(chart.rendered, `${chart.id} rendered`).toBeGreaterThan(0);
      }
      await screenshot(page, `seed-${view}`);
    }
  });

  it('draws 总览 from the build-time snapshot before DuckDB is ready, then answers live', async () => {
    current = await guardedPage(browser, origin);
    const page = current.page;
    await page.goto(SEED, { waitUntil: 'commit' });
    // While DuckDB starts: the snapshot's figures are on screen and the view is not interactive.
    await page.waitForFunction(() => performance.getEntriesByName('jx:first-chart').length > 0, null, {
      timeout: 30_000,
    });
    const early = await page.evaluate(() => ({
      ready: performance.getEntriesByName('jx:data-ready').length > 0,
      inert: document.querySelector('.workspace')?.hasAttribute('inert') ?? false,
    }));
    if (!early.ready) expect(early.inert).toBe(true);
    expect(await kpi(page, 'projects')).toBe(String(projects.length));
    await waitReady(page);
    const [chart, ready] = await page.evaluate(() =>
      ['jx:first-chart', 'jx:data-ready'].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN),
    );
    expect(chart).toBeLessThan(ready ?? Number.NaN);
    expect(await kpi(page, 'projects')).toBe(String(projects.length));
    expect(await kpi(page, 'flags')).toBe(String(flags.length));
  });

  it('a click on an agency bar filters every view; clicking the row again clears it', async () => {
    const page = await open(`${SEED}#/budget`);
    const sums = new Map<string, number>();
    for (const p of projects) sums.set(p.agency, (sums.get(p.agency) ?? 0) + (budgetOf(p) ?? 0));
    const [top] = [...sums.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    expect(top).toBeDefined();
    const agency = top?.[0] ?? '';

    const bar = await chartPoint(page, 'budget-agencies', { seriesIndex: 0, dataIndex: 0 });
    await settle(page, () => page.mouse.click(bar.x, bar.y));
    expect(hashParams(page).get('agency')).toBe(agency);
    expect(await page.inputValue('select[name="agency"]')).toBe(agency);

    await showView(page, 'overview');
    expect(await kpi(page, 'projects')).toBe(String(projects.filter((p) => p.agency === agency).length));
    expect(await kpi(page, 'agencies')).toBe('1');
    expect(await page.$$eval('[data-table="agency-table"] tbody tr', (rows) => rows.length)).toBe(1);

    await showView(page, 'quality');
    const flagged = flags.filter((f) => f.agency === agency).length;
    expect(await page.getAttribute('[data-table="flag-table"]', 'data-total')).toBe(String(flagged));

    await showView(page, 'projects');
    const names = await page.$$eval('[data-table="project-table"] tbody tr td:first-child', (tds) =>
      tds.map((td) => td.textContent?.trim()),
    );
    expect(new Set(names)).toEqual(new Set([agency]));

    await showView(page, 'overview');
    await settle(page, () => page.click(`[data-table="agency-table"] tbody tr`));
    expect(hashParams(page).get('agency')).toBeNull();
    expect(await kpi(page, 'projects')).toBe(String(projects.length));
  });

  it('a click on the 91-point / 3 % outlier opens that project and filters by its agency', async () => {
    const outliers = projects.filter(
      (p) => (p.total_score ?? 0) >= 90 && p.execution_rate !== null && p.execution_rate < 0.6,
    );
    expect(outliers.length).toBeGreaterThan(0);
    const page = await open(`${SEED}#/scores`);
    const outlierSeries = 1;
    const point = await chartPoint(page, 'scores-scatter', { seriesIndex: outlierSeries, dataIndex: 0 });
    await settle(page, () => page.mouse.click(point.x, point.y));
    const projectId = hashParams(page).get('project');
    const chosen = outliers.find((p) => p.project_id === projectId);
    expect(chosen, 'the clicked point is an outlier project').toBeDefined();
    expect(hashParams(page).get('agency')).toBe(chosen?.agency);

    await showView(page, 'projects');
    const detail = page.locator(`[data-project-detail="${projectId}"]`);
    // Indicators load lazily; a project without any says so instead of showing a table.
    await detail
      .locator('table.indicators')
      .or(detail.getByText('该项目没有指标记录。'))
      .waitFor({ timeout: 30_000 });
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain(chosen?.name ?? '?');
    for (const source of chosen?.sources ?? []) expect(text).toContain(source.file);
    expect(await detail.locator('table.indicators tbody tr').count()).toBe(chosen?.indicator_count);
    await screenshot(page, 'seed-project-detail');
  });

  it('a source of the project detail expands into its text, with the cited figures', async () => {
    const FILE = '004_14bdfe115d2c50b3.txt';
    const project = projects.find(
      (p) => p.name === '新建潇河派出所业务用房建设资金' && p.sources.some((s) => s.file === FILE),
    );
    const source = project?.sources.find((s) => s.file === FILE && s.line_start <= 10 && s.line_end >= 10);
    if (project === undefined || source === undefined) throw new Error('the 004 project citing line 10');
    const page = await open(`${SEED}#/projects?project=${project.project_id}`);
    const detail = page.locator(`[data-project-detail="${project.project_id}"]`);
    const text = await expandSource(page, detail, source);
    const line = (await text.locator('[data-line="10"]').textContent()) ?? '';
    expect(line).toContain('年度资金总额');
    expect(line).toContain('150');
    const total = source.line_end - source.line_start + 1;
    expect(await text.locator('.ln').first().textContent()).toBe(String(source.line_start));
    expect(await text.locator('[data-missing-line]').count()).toBe(0);
    if (total > 30) expect(await text.textContent()).toContain(`…共 ${total} 行`);
    // Collapsing hides the text again.
    await detail.locator('[data-source-ref] button[aria-expanded="true"]').first().click();
    expect(await detail.locator('[data-source-text]').count()).toBe(0);
    await expandSource(page, detail, source);
    await screenshotOf(detail, 'seed-project-source-text');
  });

  it('a flag source in 数据质量 expands without opening the row', async () => {
    const flag = flags.find((f) => f.sources.length > 0 && f.project_id !== null);
    const source = flag?.sources[0];
    if (flag === undefined || source === undefined) throw new Error('a flag with a source');
    const page = await open(`${SEED}#/quality?agency=${encodeURIComponent(flag.agency)}&rule=${flag.rule}`);
    const text = await expandSource(page, page.locator('[data-table="flag-table"]'), source);
    expect(hashParams(page).get('project')).toBeNull();
    expect((await text.locator('[data-line]').first().textContent())?.length).toBeGreaterThan(0);
  });

  it('keeps filters in the URL across a reload, and one control clears them all', async () => {
    const page = await open(SEED);
    const year = String(projects.find((p) => p.year !== null)?.year);
    await settle(page, () => page.selectOption('select[name="year"]', year));
    await settle(page, () => page.selectOption('select[name="grade"]', '优'));
    const expected = projects.filter((p) => String(p.year) === year && p.grade_band === '优').length;
    expect(await kpi(page, 'projects')).toBe(String(expected));
    expect(hashParams(page).get('year')).toBe(year);
    expect(hashParams(page).get('grade')).toBe('优');

    await page.reload();
    await waitReady(page);
    expect(await page.inputValue('select[name="year"]')).toBe(year);
    expect(await page.inputValue('select[name="grade"]')).toBe('优');
    expect(await kpi(page, 'projects')).toBe(String(expected));

    await settle(page, () => page.click('[data-clear-filters]'));
    expect(new URL(page.url()).hash).toBe('#/overview');
    expect(await kpi(page, 'projects')).toBe(String(projects.length));
  });

  it('the agency list follows the province; an agency outside it stays shown when chosen', async () => {
    const options = async (page: Page, name: string): Promise<string[]> =>
      (
        await page.$$eval(`select[name="${name}"] option`, (list) =>
          list.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''),
        )
      ).sort();
    const province = agencies.find((a) => a.province !== null)?.province;
    const inside = agencies.filter((a) => a.province === province);
    const outside = agencies.find((a) => a.province !== province);
    if (!province || !outside) throw new Error('seed agencies in two provinces');
    const page = await open(SEED);
    await expect.poll(async () => (await options(page, 'agency')).length).toBeGreaterThan(inside.length);
    const all = await options(page, 'agency');

    await settle(page, () => page.selectOption('select[name="province"]', province));
    // A changed list is written when the user reaches for the select.
    await page.focus('select[name="agency"]');
    expect(await options(page, 'agency')).toEqual(inside.map((a) => a.name).sort());
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // A link to an agency of another province: the select shows it at once, and lists every agency
    // when the user reaches for it.
    await settle(page, () =>
      page.evaluate(
        (agency) => (window.location.hash = `#/overview?agency=${encodeURIComponent(agency)}`),
        outside.name,
      ),
    );
    expect(await page.inputValue('select[name="agency"]')).toBe(outside.name);
    expect(await options(page, 'agency')).toEqual([outside.name]);
    await page.focus('select[name="agency"]');
    expect(await options(page, 'agency')).toEqual(all);
    expect(await page.inputValue('select[name="agency"]')).toBe(outside.name);
  });

  it('says so in Chinese when a filter leaves nothing', async () => {
    const used = new Set(flags.map((f) => f.rule));
    const unused = ['score_conflict', 'amount_conflict', 'total_not_sum'].find(
      (r) => !used.has(r as FlagRow['rule']),
    );
    expect(unused, 'a rule absent from the seed flags').toBeDefined();
    const page = await open(`${SEED}#/scores?rule=${unused}`);
    const empty = await page.$$eval('[data-empty-state]', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(empty.length).toBe((await charts(page)).length);
    for (const message of empty) expect(message).toMatch(/没有/);
    await screenshot(page, 'seed-empty');
  });

  it('exports the current table as CSV with a BOM and one line per row', async () => {
    const page = await open(`${SEED}#/projects`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-table="project-table"] [data-export-csv]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^项目清单_.*\.csv$/);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trimEnd(), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]?.[2]).toBe('项目名称');
    expect(parsed.data.length).toBe(projects.length + 1);
    const names = new Set(parsed.data.slice(1).map((row) => row[2]));
    expect(names).toEqual(new Set(projects.map((p) => p.name)));
  });

  it('exports a chart as PNG', async () => {
    const page = await open(`${SEED}#/budget`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-chart="budget-agencies"] button'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await download.path()) ?? '');
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});

describe('共性问题', () => {
  const REPEATED = '从事预算绩效管理的专业人员缺乏';
  const repeated = problems.filter((p) => p.file.startsWith('001_') && p.text === REPEATED);
  const agency = repeated[0]?.agency ?? '';
  const category = repeated[0]?.categories[0] ?? '';
  const clustersOf = (rows: readonly ProblemRow[]): Set<string> => new Set(rows.map((p) => p.cluster_id));
  const inCell = problems.filter((p) => p.agency === agency && p.categories.includes(category));

  const rowKeys = (page: Page): Promise<string[]> =>
    page.$$eval('[data-table="problem-table"] tbody tr', (rows) =>
      rows.map((r) => (r as HTMLElement).dataset.rowKey ?? ''),
    );
  const total = async (page: Page): Promise<number> =>
    Number(await page.getAttribute('[data-table="problem-table"]', 'data-total'));

  it('a heatmap cell lists the statements behind it, once each; reload keeps it; clear-all clears it', async () => {
    expect(repeated).toHaveLength(7);
    const page = await open(`${SEED}#/problems`);
    expect(await total(page)).toBe(clustersOf(problems).size);

    const cell = await heatmapCell(page, 'problems-heatmap', category, agency);
    if (cell === null) throw new Error(`no heatmap cell for ${agency} × ${category}`);
    await settle(page, () => page.mouse.click(cell.x, cell.y));
    expect(hashParams(page).get('agency')).toBe(agency);
    expect(hashParams(page).get('category')).toBe(category);
    expect(await page.inputValue('select[name="category"]')).toBe(category);

    const expectCell = async (): Promise<void> => {
      expect(await total(page)).toBe(clustersOf(inCell).size);
      expect(new Set(await rowKeys(page))).toEqual(clustersOf(inCell));
      const counts = await page.$$eval('[data-table="problem-table"] [data-repeat]', (chips) =>
        chips.map((c) => Number((c as HTMLElement).dataset.repeat)),
      );
      const singles = clustersOf(inCell).size - counts.length;
      expect(counts.reduce((a, b) => a + b, 0) + singles).toBe(inCell.length);
      const row = page.locator('[data-table="problem-table"] tbody tr', { hasText: REPEATED });
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toContain('同文出现 7 次');
      expect(await row.locator('[data-expand-list]').last().getAttribute('data-count')).toBe('7');
    };
    await expectCell();
    await screenshot(page, 'seed-problems-cell');

    await page.reload();
    await waitReady(page);
    expect(hashParams(page).get('category')).toBe(category);
    await expectCell();

    await settle(page, () => page.click('[data-clear-filters]'));
    expect(new URL(page.url()).hash).toBe('#/problems');
    expect(await page.inputValue('select[name="category"]')).toBe('');
    expect(await total(page)).toBe(clustersOf(problems).size);

    // Clicking the chosen cell again clears both of its filters.
    const again = await heatmapCell(page, 'problems-heatmap', category, agency);
    if (again === null) throw new Error('cell gone after clearing');
    await settle(page, () => page.mouse.click(again.x, again.y));
    expect(hashParams(page).get('category')).toBe(category);
    const chosen = await heatmapCell(page, 'problems-heatmap', category, agency);
    if (chosen === null) throw new Error('chosen cell not drawn');
    await settle(page, () => page.mouse.click(chosen.x, chosen.y));
    expect(new URL(page.url()).hash).toBe('#/problems');
  });

  it('the category ranking puts the most widely reported category on top; a click filters by it', async () => {
    const names = [...new Set(problems.flatMap((p) => p.categories))];
    const rank = (c: string) => {
      const rows = problems.filter((p) => p.categories.includes(c));
      return { c, agencies: new Set(rows.map((p) => p.agency)).size, count: rows.length };
    };
    const [top] = names
      .map(rank)
      .sort((a, b) => b.agencies - a.agencies || b.count - a.count || (a.c < b.c ? -1 : 1));
    const page = await open(`${SEED}#/problems`);
    const bars = (await charts(page)).find((c) => c.id === 'problems-categories');
    expect(bars?.points).toBe(names.length);
    // Horizontal bars are drawn bottom-up: the top bar is the last data item.
    const bar = await chartPoint(page, 'problems-categories', {
      seriesIndex: 0,
      dataIndex: names.length - 1,
    });
    await settle(page, () => page.mouse.click(bar.x, bar.y));
    expect(hashParams(page).get('category')).toBe(top?.c);
    const matching = problems.filter((p) => p.categories.includes(top?.c ?? '?'));
    expect(await total(page)).toBe(clustersOf(matching).size);
    expect((await charts(page)).find((c) => c.id === 'problems-categories')?.points).toBe(names.length);
    await settle(page, () => page.mouse.click(bar.x, bar.y));
    expect(hashParams(page).get('category')).toBeNull();
  });

  it('exports one CSV row per distinct statement, with its count and every source', async () => {
    const query = new URLSearchParams({ agency, category }).toString();
    const page = await open(`${SEED}#/problems?${query}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-table="problem-table"] [data-export-csv]'),
    ]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    const parsed = Papa.parse<string[]>(text.slice(1).trimEnd(), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header?.slice(0, 2)).toEqual(['问题表述（同文只列一次）', '出现次数']);
    expect(rows).toHaveLength(clustersOf(inCell).size);
    const line = rows.find((r) => r[0] === REPEATED);
    expect(line?.[1]).toBe('7');
    expect(line?.at(-1)?.split('；').sort()).toEqual(repeated.map((p) => `${p.file}:${p.line}`).sort());
  });

  it('an agency without the chosen category shows a Chinese empty list, charts still show the choices', async () => {
    const other = problems.find(
      (p) => !problems.some((q) => q.agency === p.agency && q.categories.includes(category)),
    );
    expect(other, 'an agency without that category').toBeDefined();
    const query = new URLSearchParams({ agency: other?.agency ?? '', category }).toString();
    const page = await open(`${SEED}#/problems?${query}`);
    expect(await total(page)).toBe(0);
    const empty = await page.locator('[data-table="problem-table"] [data-empty-state]').textContent();
    expect(empty).toContain('没有问题表述');
    for (const chart of await charts(page)) expect(chart.points, chart.id).toBeGreaterThan(0);
    await screenshot(page, 'seed-problems-empty');
  });
});

describe('hostile report text', () => {
  const hostile = JSON.parse(
    readFileSync(join(work, 'hostile-data', 'projects.json'), 'utf8'),
  ) as ProjectRow[];
  const problems = JSON.parse(
    readFileSync(join(work, 'hostile-data', 'problems.json'), 'utf8'),
  ) as ProblemRow[];

  it('ignores the build-time snapshot of other data: 总览 waits for DuckDB and shows this data', async () => {
    const page = await open(`${base}hostile/`);
    expect(await kpi(page, 'projects')).toBe(String(hostile.length));
    // The first chart waited for DuckDB: it follows the first fact stage (the cube of projects).
    const [chart, cube] = await page.evaluate(() =>
      ['jx:first-chart', 'jx:cube-ready'].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN),
    );
    expect(chart).toBeGreaterThan(cube ?? Number.NaN);
  });

  it('is shown literally and never runs', async () => {
    const name = hostile[0]?.name ?? '';
    const problem = problems.find((p) => p.text.includes('<img'))?.text ?? '';
    expect(name).toContain('<script>');
    expect(problem).toContain('onerror');

    const page = await open(`${base}hostile/#/projects`);
    const cells = await page.$$eval('[data-table="project-table"] td', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(cells).toContain(name);

    await showView(page, 'problems');
    const texts = await page.$$eval('[data-table="problem-table"] td', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(texts).toContain(problem);

    await showView(page, 'budget');
    const point = await chartPoint(page, 'budget-scatter', { seriesIndex: 0, dataIndex: 0 });
    await page.mouse.move(point.x, point.y);
    const tooltip = page
      .locator('div', { hasText: '恶意' })
      .filter({ has: page.locator('b') })
      .last();
    await tooltip.waitFor({ timeout: 10_000 });
    expect(await tooltip.textContent()).toContain(name);
    await screenshot(page, 'hostile-tooltip');

    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.$$eval('script', (s) => s.filter((x) => x.textContent?.includes('pwned')).length)).toBe(
      0,
    );
  });
  it('source text is shown literally and creates no element', async () => {
    const project = hostile[0];
    const source = project?.sources[0];
    const problem = problems.find((p) => p.text.includes('<img'));
    if (project === undefined || source === undefined || problem === undefined)
      throw new Error('hostile rows');
    const page = await open(`${base}hostile/#/projects?project=${project.project_id}`);
    const detail = page.locator(`[data-project-detail="${project.project_id}"]`);
    const text = (await (await expandSource(page, detail, source)).textContent()) ?? '';
    expect(text).toContain('<script>window.pwned=1</script>');
    expect(text).toContain('<img/src=x/onerror=window.pwned=2>');
    const cited = { file: problem.file, line_start: problem.line, line_end: problem.line };
    const line = (await (await expandSource(page, detail, cited)).textContent()) ?? '';
    expect(line).toContain('<img src=x onerror="window.pwned=3">');
    await screenshotOf(detail, 'hostile-source-text');

    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await detail.locator('[data-source-text] *:not(span):not(p)').count()).toBe(0);
  });
});

describe('bad data folder', () => {
  it('a missing data/ shows a Chinese error panel', async () => {
    const page = await open(`${base}missing/`, /404|Failed to load resource/);
    const panel = page.locator('[data-error-panel]');
    expect(await panel.textContent()).toContain('缺少数据文件');
    expect(await panel.textContent()).toContain('manifest.json');
    await screenshot(page, 'error-missing');
  });

  it('a corrupt table shows a Chinese error panel', async () => {
    const page = await open(`${base}corrupt/`);
    const text = (await page.locator('[data-error-panel] h2').textContent()) ?? '';
    expect(['数据文件已损坏', '数据与 manifest.json 不一致']).toContain(text.trim());
    await screenshot(page, 'error-corrupt');
  });
});
