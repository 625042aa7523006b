/**
 * Chromium via playwright-core, with guards every test relies on: any request to another origin
 * and any console error or uncaught exception is recorded and fails the test (see `expectClean`).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

export const VIEWS = ['overview', 'budget', 'scores', 'problems', 'quality', 'projects'] as const;

export { launchChromium as launch } from '../../scripts/browser-harness.ts';

export interface Guarded {
  page: Page;
  foreign: string[];
  errors: string[];
}

/** A page that records foreign requests and console errors. `allowConsole` filters expected errors. */
export async function guardedPage(
  browser: Browser,
  origin: string,
  allowConsole: RegExp | null = null,
): Promise<Guarded> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !(allowConsole?.test(message.text()) ?? false))
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { page, foreign, errors };
}

export function expectClean(guarded: Guarded): void {
  expect(guarded.foreign, 'requests outside the page origin').toEqual([]);
  expect(guarded.errors, 'console errors').toEqual([]);
}

/** Waits until no query runs and no chart renders (html[data-idle="1"]) after the given sequence. */
export async function waitIdle(page: Page, after = -1): Promise<number> {
  await page.waitForFunction(
    (previous) =>
      document.documentElement.dataset.idle === '1' &&
      Number(document.documentElement.dataset.idleSeq ?? 0) > previous,
    after,
    { timeout: 30_000 },
  );
  return page.evaluate(() => Number(document.documentElement.dataset.idleSeq));
}

export async function idleSeq(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.idleSeq ?? 0));
}

/** Runs an action that changes state and waits for the app to settle again. */
export async function settle(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await idleSeq(page);
  await action();
  await waitIdle(page, before);
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('main[data-app-status="ready"], main[data-app-status="error"]', {
    timeout: 60_000,
  });
  await waitIdle(page);
}

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitReady(page);
}

export async function showView(page: Page, view: string): Promise<void> {
  if ((await page.getAttribute('.view', 'data-view')) === view) return;
  await settle(page, () => page.click(`[data-view-tab="${view}"]`));
}

export interface ChartState {
  id: string;
  points: number;
  rendered: number;
  canvas: boolean;
}

export async function charts(page: Page): Promise<ChartState[]> {
  return page.$$eval('[data-chart]', (nodes) =>
    nodes.map((node) => {
      const el = node as HTMLElement;
      return {
        id: el.dataset.chart ?? '',
        points: Number(el.dataset.points),
        rendered: Number(el.dataset.rendered),
        canvas: el.querySelector('canvas') !== null,
      };
    }),
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A screenshot of one element (e.g. the project detail panel). */
export async function screenshotOf(locator: Locator, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await locator.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

/** Page coordinates of a data item of a chart, via the ECharts instance the figure exposes. */
export async function chartPoint(
  page: Page,
  chartId: string,
  finder: { seriesIndex: number; dataIndex: number },
): Promise<{ x: number; y: number }> {
  return page.$eval(
    `[data-chart="${chartId}"]`,
    (node, f) => {
      type Inst = {
        getModel(): { getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): unknown } } };
      };
      const chart = (node as HTMLElement & { jxChart?: Inst }).jxChart;
      if (chart === undefined) throw new Error('no chart instance');
      const layout = chart.getModel().getSeriesByIndex(f.seriesIndex).getData().getItemLayout(f.dataIndex) as
        { x: number; y: number; width: number; height: number } | number[];
      const canvas = node.querySelector('canvas')?.parentElement?.getBoundingClientRect();
      if (canvas === undefined) throw new Error('no canvas');
      const [x, y] = Array.isArray(layout)
        ? layout
        : [layout.x + layout.width / 2, layout.y + layout.height / 2];
      return { x: canvas.left + (x ?? 0), y: canvas.top + (y ?? 0) };
    },
    finder,
  );
}

/**
 * Page coordinates of the heatmap cell at column `x`, row `y` (axis labels), or null when the chart
 * has no such cell (heatmaps keep no item layout, so the cell centre comes from convertToPixel).
 */
export async function heatmapCell(
  page: Page,
  chartId: string,
  x: string,
  y: string,
): Promise<{ x: number; y: number } | null> {
  return page.$eval(
    `[data-chart="${chartId}"]`,
    (node, cell) => {
      type Axis = { data: string[] };
      type Inst = {
        getOption(): { xAxis: Axis[]; yAxis: Axis[]; series: { data: { value: number[] }[] }[] };
        convertToPixel(finder: { seriesIndex: number }, value: number[]): number[];
      };
      const chart = (node as HTMLElement & { jxChart?: Inst }).jxChart;
      if (chart === undefined) throw new Error('no chart instance');
      const option = chart.getOption();
      const col = option.xAxis[0]?.data.indexOf(cell.x) ?? -1;
      const row = option.yAxis[0]?.data.indexOf(cell.y) ?? -1;
      const exists = (option.series[0]?.data ?? []).some((d) => d.value[0] === col && d.value[1] === row);
      if (!exists) return null;
      const [px = 0, py = 0] = chart.convertToPixel({ seriesIndex: 0 }, [col, row]);
      const canvas = node.querySelector('canvas')?.parentElement?.getBoundingClientRect();
      if (canvas === undefined) throw new Error('no canvas');
      return { x: canvas.left + px, y: canvas.top + py };
    },
    { x, y },
  );
}
