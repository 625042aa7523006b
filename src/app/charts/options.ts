/**
 * Pure builders: query rows → ECharts options. Every tooltip is HTML built by `tooltip()`, which
 * escapes all text (report text is data, never markup); axis and title text are drawn on canvas.
 * Clickable data carry a `ref` (agency, band, rule, project index) that the views turn into filters.
 */
import type { FlagRule, GradeBand, Severity } from '../../data/constants.ts';
import type {
  AgencyBudgetRow,
  BoxplotRow,
  CategoryRow,
  FlagAgencyRow,
  FlagCountRow,
  HeatmapRow,
  HistogramRow,
  ProjectPointRow,
  RateBinRow,
  YearRow,
} from '../db/queries.ts';
import { formatAmount, formatAxis, formatInt, formatRate, formatScore } from '../lib/format.ts';
import {
  BAND_COLORS,
  GRADE_RANGES,
  NO_BAND_COLOR,
  NO_BAND_LABEL,
  RULE_LABELS,
  SEVERITY_COLORS,
  SEVERITY_LABELS,
  bandOf,
  ruleLabel,
} from '../lib/labels.ts';
import { FONT_FAMILY, encodeHTML, type ChartOption } from './echarts.ts';

const COLORS = {
  budget: '#90a4ae',
  executed: '#1565c0',
  rate: '#ef6c00',
  over: '#6a1b9a',
  outlier: '#d50000',
};

/** What a click on a chart element means. */
/** The y axis of the project-count histograms. */
function projectCountAxis() {
  return {
    type: 'value' as const,
    name: '项目数',
    minInterval: 1,
    axisLabel: { formatter: (v: number) => formatAxis(v) },
  };
}

export type ChartRef =
  | { kind: 'agency'; agency: string }
  | { kind: 'year'; year: number }
  | { kind: 'band'; band: GradeBand }
  | { kind: 'rule'; rule: FlagRule }
  | { kind: 'category'; category: string }
  | { kind: 'cell'; agency: string; category: string }
  | { kind: 'project'; projectId: string; agency: string };

/** A click on a series element, as Chart.svelte reports it. */
export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
  value: unknown;
}

/** HTML for a tooltip: a title line and label/value rows, all escaped. */
export function tooltip(title: string, rows: readonly (readonly [string, string])[]): string {
  const lines = rows.map(([label, value]) => `${encodeHTML(label)}：<b>${encodeHTML(value)}</b>`);
  return `<div style="font-weight:600">${encodeHTML(title)}</div>${lines.join('<br/>')}`;
}

function shorten(text: string, max = 8): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function base(title: string, subtitle = ''): ChartOption {
  return {
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY },
    title: { text: title, subtext: subtitle, left: 8, top: 4, textStyle: { fontSize: 15, fontWeight: 600 } },
    tooltip: { confine: true, appendTo: 'body' },
    grid: { left: 64, right: 64, top: 88, bottom: 48, containLabel: false },
  };
}

/** A rate axis that always shows the 100 % line with room above it. */
const pctAxis = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'value' as const,
  name,
  min: 0,
  max: (extent: { max: number }) => Math.max(1.2, Math.ceil(extent.max * 5) / 5),
  axisLabel: { formatter: (v: number) => formatRate(v, 0) },
  ...extra,
});

const amountAxis = (name = '金额（万元）', extra: Record<string, unknown> = {}) => ({
  type: 'value' as const,
  name,
  axisLabel: { formatter: (v: number) => formatAxis(v) },
  ...extra,
});

/** Index of the data item under the pointer, for axis tooltips. */
interface AxisParam {
  dataIndex: number;
}
interface ItemParam {
  dataIndex: number;
  seriesIndex?: number;
  value?: unknown;
}
function firstIndex(params: unknown): number {
  const list = (Array.isArray(params) ? params : [params]) as AxisParam[];
  return list[0]?.dataIndex ?? 0;
}

// ---------------------------------------------------------------------------------------------
// 总览 / 预算执行

function budgetBars<
  Row extends { budget: number | null; executed: number | null; execution_rate: number | null },
>(
  rows: readonly Row[],
  labels: string[],
  title: string,
  subtitle: string,
  describe: (row: Row) => [string, readonly (readonly [string, string])[]],
  zoom: boolean,
): ChartOption {
  return {
    ...base(title, subtitle),
    legend: { top: 8, right: 8, data: ['预算数', '执行数', '执行率'] },
    grid: { left: 72, right: 64, top: 88, bottom: zoom ? 96 : 48 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const row = rows[firstIndex(params)];
        if (row === undefined) return '';
        const [head, extra] = describe(row);
        return tooltip(head, [
          ['预算数（万元）', formatAmount(row.budget)],
          ['执行数（万元）', formatAmount(row.executed)],
          ['执行率', formatRate(row.execution_rate)],
          ...extra,
        ]);
      },
    },
    xAxis: {
      type: 'category',
      data: labels,
      axisLabel: { interval: 0, rotate: zoom ? 30 : 0, formatter: (v: string) => shorten(v, 10) },
    },
    yAxis: [amountAxis(), pctAxis('执行率', { splitLine: { show: false } })],
    dataZoom: zoom
      ? [
          {
            type: 'slider',
            xAxisIndex: 0,
            startValue: 0,
            endValue: Math.min(rows.length, 15) - 1,
            bottom: 8,
            showDataShadow: false,
          },
          { type: 'inside', xAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true },
        ]
      : [],
    series: [
      {
        name: '预算数',
        type: 'bar',
        data: rows.map((r) => r.budget),
        itemStyle: { color: COLORS.budget },
        barMaxWidth: 28,
      },
      {
        name: '执行数',
        type: 'bar',
        data: rows.map((r) => r.executed),
        itemStyle: { color: COLORS.executed },
        barMaxWidth: 28,
      },
      {
        name: '执行率',
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => r.execution_rate),
        itemStyle: { color: COLORS.rate },
        symbolSize: 7,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: COLORS.over, type: 'dashed' },
          label: { formatter: '执行率 100%', position: 'insideStartTop' },
          data: [{ yAxis: 1 }],
        },
      },
    ],
  };
}

export function agencyBudgetOption(rows: readonly AgencyBudgetRow[], total: number): ChartOption {
  const subtitle =
    total > rows.length
      ? `预算最大的 ${formatInt(rows.length)} 家（共 ${formatInt(total)} 家），可拖动下方滑块`
      : `共 ${formatInt(total)} 家单位`;
  return budgetBars(
    rows,
    rows.map((r) => r.agency),
    '各单位预算与执行（万元）',
    subtitle,
    (r) => [r.agency, [['项目数', formatInt(r.project_count)]]],
    rows.length > 15,
  );
}

export function agencyBudgetRef(rows: readonly AgencyBudgetRow[], dataIndex: number): ChartRef | null {
  const row = rows[dataIndex];
  return row === undefined ? null : { kind: 'agency', agency: row.agency };
}

export function yearBudgetOption(rows: readonly YearRow[]): ChartOption {
  return budgetBars(
    rows,
    rows.map((r) => (r.year === null ? '年度不详' : `${r.year}年`)),
    '各年度预算与执行（万元）',
    '点击年度可按年度筛选',
    (r) => [r.year === null ? '年度不详' : `${r.year}年`, [['项目数', formatInt(r.project_count)]]],
    false,
  );
}

export function yearRef(rows: readonly YearRow[], dataIndex: number): ChartRef | null {
  const year = rows[dataIndex]?.year;
  return year === null || year === undefined ? null : { kind: 'year', year };
}

// ---------------------------------------------------------------------------------------------
// Project scatters

const BAND_SERIES: readonly (GradeBand | null)[] = ['优', '良', '中', '差', null];

/** Above this many points a scatter series is drawn in ECharts' batched "large" mode. */
const LARGE = { large: true, largeThreshold: 100 } as const;

function sampleNote(rows: readonly ProjectPointRow[]): string {
  const total = rows[0]?.total ?? 0;
  return total > rows.length
    ? `显示 ${formatInt(rows.length)} / ${formatInt(total)} 个项目（抽样，异常点全部保留）`
    : `共 ${formatInt(total)} 个项目；点击圆点查看项目`;
}

function pointTooltip(rows: readonly ProjectPointRow[]) {
  return (params: unknown): string => {
    const index = (params as ItemParam).value;
    const row = Array.isArray(index) ? rows[index[2] as number] : undefined;
    if (row === undefined) return '';
    return tooltip(row.name, [
      ['单位', row.agency],
      ['年度', row.year === null ? '—' : String(row.year)],
      ['预算数（万元）', formatAmount(row.budget)],
      ['执行率', formatRate(row.execution_rate)],
      ['自评总分', formatScore(row.total_score)],
      ['得分等级', row.grade_band ?? NO_BAND_LABEL],
    ]);
  };
}

/** Data items are [x, y, rowIndex]; the row index resolves tooltips and clicks. */
export function pointRef(rows: readonly ProjectPointRow[], value: unknown): ChartRef | null {
  const row = Array.isArray(value) ? rows[value[2] as number] : undefined;
  return row === undefined ? null : { kind: 'project', projectId: row.project_id, agency: row.agency };
}

export function budgetScatterOption(rows: readonly ProjectPointRow[]): ChartOption {
  const indexed = rows.map((row, i) => ({ row, i }));
  return {
    ...base('项目预算规模 × 执行率', sampleNote(rows)),
    legend: { top: 8, right: 8 },
    tooltip: { trigger: 'item', confine: true, formatter: pointTooltip(rows) },
    xAxis: {
      type: 'log',
      name: '预算数（万元，对数刻度）',
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: (v: number) => formatAxis(v) },
    },
    yAxis: pctAxis('执行率'),
    series: BAND_SERIES.map((band, s) => ({
      name: band ?? NO_BAND_LABEL,
      type: 'scatter' as const,
      symbolSize: 8,
      ...LARGE,
      itemStyle: { color: band === null ? NO_BAND_COLOR : BAND_COLORS[band], opacity: 0.75 },
      data: indexed
        .filter(({ row }) => row.grade_band === band && row.budget !== null && row.budget > 0)
        .map(({ row, i }) => [row.budget, row.execution_rate, i]),
      markLine:
        s === 0
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: COLORS.over, type: 'dashed' as const },
              label: { formatter: '100%' },
              data: [{ yAxis: 1 }],
            }
          : undefined,
    })),
  };
}

export function scoreScatterOption(rows: readonly ProjectPointRow[]): ChartOption {
  const indexed = rows.map((row, i) => ({ row, i }));
  const normal = indexed.filter(({ row }) => !row.outlier);
  const outliers = indexed.filter(({ row }) => row.outlier);
  return {
    ...base('自评总分 × 执行率', `${sampleNote(rows)}；红点：总分 ≥ 90 且执行率 < 60%`),
    legend: { top: 8, right: 8, data: ['项目', '高分低执行'] },
    tooltip: { trigger: 'item', confine: true, formatter: pointTooltip(rows) },
    xAxis: {
      type: 'value',
      name: '自评总分',
      nameLocation: 'middle',
      nameGap: 28,
      min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10 - 10),
      max: 100,
    },
    yAxis: pctAxis('执行率'),
    series: [
      {
        name: '项目',
        type: 'scatter',
        symbolSize: 8,
        ...LARGE,
        itemStyle: { color: COLORS.executed, opacity: 0.55 },
        data: normal.map(({ row, i }) => [row.total_score, row.execution_rate, i]),
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(213, 0, 0, 0.07)' },
          label: { formatter: '高分低执行区', color: COLORS.outlier, position: 'top' },
          data: [
            [
              { xAxis: 90, yAxis: 0 },
              { xAxis: 100, yAxis: 0.6 },
            ],
          ],
        },
      },
      {
        name: '高分低执行',
        type: 'scatter',
        symbolSize: 13,
        itemStyle: { color: COLORS.outlier, borderColor: '#fff', borderWidth: 1 },
        // Left of the points: they sit at 90–100 on the x axis, a label to their right would be cut
        // off. Labels of points close together are spread vertically (with a line to their point)
        // and hidden where they would still overlap; the tooltip names every point.
        labelLayout: { moveOverlap: 'shiftY', hideOverlap: true },
        labelLine: { show: true, length2: 6, lineStyle: { color: COLORS.outlier, opacity: 0.6 } },
        label: {
          show: outliers.length <= 12,
          position: 'left',
          formatter: (p: { value?: unknown }) => {
            const row = Array.isArray(p.value) ? rows[p.value[2] as number] : undefined;
            return row === undefined
              ? ''
              : `${shorten(row.name, 10)} ${formatScore(row.total_score)}分/${formatRate(row.execution_rate, 0)}`;
          },
          color: COLORS.outlier,
        },
        data: outliers.map(({ row, i }) => [row.total_score, row.execution_rate, i]),
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 评分分布

export function histogramOption(rows: readonly HistogramRow[]): ChartOption {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return {
    ...base(
      '自评总分分布',
      `共 ${formatInt(total)} 个有总分的项目；底色为 差/中/良/优 等级区间，点击柱子按等级筛选`,
    ),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const row = rows[(params as ItemParam).dataIndex];
        if (row === undefined) return '';
        return tooltip(`${row.bin} 分${row.bin < 100 ? ` – ${row.bin + 1} 分` : ''}`, [
          ['项目数', formatInt(row.count)],
          ['等级', bandOf(row.bin)],
        ]);
      },
    },
    xAxis: {
      type: 'value',
      name: '自评总分',
      nameLocation: 'middle',
      nameGap: 28,
      min: 0,
      max: 101,
      interval: 10,
    },
    yAxis: projectCountAxis(),
    series: [
      {
        name: '项目数',
        type: 'bar',
        barMaxWidth: 14,
        barCategoryGap: '10%',
        data: rows.map((r) => ({
          value: [r.bin + 0.5, r.count],
          itemStyle: { color: BAND_COLORS[bandOf(r.bin)] },
        })),
        markArea: {
          silent: true,
          label: { position: 'insideTop', fontWeight: 600 },
          data: GRADE_RANGES.map((range) => [
            {
              name: range.band,
              xAxis: range.min,
              itemStyle: { color: BAND_COLORS[range.band], opacity: 0.08 },
              label: { color: BAND_COLORS[range.band] },
            },
            { xAxis: range.band === '优' ? 101 : range.max },
          ]),
        },
      },
    ],
  };
}

export function histogramRef(rows: readonly HistogramRow[], dataIndex: number): ChartRef | null {
  const row = rows[dataIndex];
  return row === undefined ? null : { kind: 'band', band: bandOf(row.bin) };
}

/** Boxes ordered by median, highest first (the chart and its click handler share this order). */
function boxOrder(rows: readonly BoxplotRow[]): BoxplotRow[] {
  return [...rows].sort((a, b) => b.median - a.median || a.agency.localeCompare(b.agency, 'zh-CN'));
}

export function boxplotOption(rows: readonly BoxplotRow[]): ChartOption {
  const sorted = boxOrder(rows);
  return {
    ...base('各单位自评总分分布（箱线图）', `项目最多的 ${formatInt(rows.length)} 家单位，按中位数排序`),
    grid: { left: 64, right: 24, top: 88, bottom: 96 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const row = sorted[(params as ItemParam).dataIndex];
        if (row === undefined) return '';
        return tooltip(row.agency, [
          ['项目数', formatInt(row.n)],
          ['最高', formatScore(row.max)],
          ['上四分位', formatScore(row.q3)],
          ['中位数', formatScore(row.median)],
          ['下四分位', formatScore(row.q1)],
          ['最低', formatScore(row.min)],
        ]);
      },
    },
    xAxis: {
      type: 'category',
      data: sorted.map((r) => r.agency),
      axisLabel: { interval: 0, rotate: 35, formatter: (v: string) => shorten(v, 9) },
    },
    yAxis: {
      type: 'value',
      name: '自评总分',
      min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10 - 10),
      max: 100,
    },
    series: [
      {
        name: '自评总分',
        type: 'boxplot',
        itemStyle: { color: '#e3f2fd', borderColor: COLORS.executed },
        data: sorted.map((r) => [r.min, r.q1, r.median, r.q3, r.max]),
      },
    ],
  };
}

export function boxplotRef(rows: readonly BoxplotRow[], dataIndex: number): ChartRef | null {
  const row = boxOrder(rows)[dataIndex];
  return row === undefined ? null : { kind: 'agency', agency: row.agency };
}

// ---------------------------------------------------------------------------------------------
// 共性问题

/** The category chosen in the filters, if any: its bar and its heatmap cells are marked. */
const CHOSEN = { color: COLORS.rate, dimmed: '#90caf9' };

/** Categories bottom-up: the ranking (most agencies first) reads from the top of the bar chart. */
function categoryOrder(rows: readonly CategoryRow[]): CategoryRow[] {
  return [...rows].reverse();
}

export function categoryOption(rows: readonly CategoryRow[], chosen: string | null = null): ChartOption {
  const ordered = categoryOrder(rows);
  const color = (category: string): string =>
    chosen === null ? COLORS.executed : category === chosen ? CHOSEN.color : CHOSEN.dimmed;
  return {
    ...base('问题类别排行', '按报告单位数排序（同数时按问题条数）；点击类别筛选问题清单'),
    grid: { left: 170, right: 104, top: 72, bottom: 48 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const row = ordered[(params as ItemParam).dataIndex];
        return row === undefined
          ? ''
          : tooltip(row.category, [
              ['报告单位数', formatInt(row.agencies)],
              ['问题条数', formatInt(row.count)],
              ['不同表述', formatInt(row.statements)],
            ]);
      },
    },
    xAxis: { type: 'value', name: '报告单位数', nameLocation: 'middle', nameGap: 28, minInterval: 1 },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.category),
      axisLabel: { formatter: (v: string) => shorten(v, 12) },
    },
    series: [
      {
        name: '报告单位数',
        type: 'bar',
        barMaxWidth: 22,
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => {
            const row = ordered[p.dataIndex];
            return row === undefined ? '' : `${formatInt(row.agencies)} 家 · ${formatInt(row.count)} 条`;
          },
        },
        data: ordered.map((r) => ({ value: r.agencies, itemStyle: { color: color(r.category) } })),
      },
    ],
  };
}

export function categoryRef(rows: readonly CategoryRow[], dataIndex: number): ChartRef | null {
  const row = categoryOrder(rows)[dataIndex];
  return row === undefined ? null : { kind: 'category', category: row.category };
}

/**
 * Heatmap axes: categories in `ranking` order (the bar chart's), others after them by name;
 * agencies by number of distinct statements, most first (top row).
 */
function heatAxes(rows: readonly HeatmapRow[], ranking: readonly string[]) {
  const present = new Set(rows.map((r) => r.category));
  const extra = [...present].filter((c) => !ranking.includes(c)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const categories = [...ranking.filter((c) => present.has(c)), ...extra];
  const weight = new Map<string, number>();
  for (const row of rows) weight.set(row.agency, (weight.get(row.agency) ?? 0) + row.statements);
  const agencies = [...weight.keys()].sort(
    (a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b, 'zh-CN'),
  );
  return { categories, agencies };
}

export interface HeatChoice {
  agency: string | null;
  category: string | null;
}

export function heatmapOption(
  rows: readonly HeatmapRow[],
  ranking: readonly string[] = [],
  chosen: HeatChoice = { agency: null, category: null },
): ChartOption {
  const { categories, agencies } = heatAxes(rows, ranking);
  const max = rows.reduce((m, r) => Math.max(m, r.count), 1);
  const marked = (r: HeatmapRow): boolean =>
    chosen.category !== null &&
    r.category === chosen.category &&
    (chosen.agency === null || r.agency === chosen.agency);
  return {
    ...base('单位 × 问题类别', '格内为问题条数；列按报告单位数排序；点击格子，下方问题清单只列该格的问题'),
    grid: { left: 176, right: 24, top: 80, bottom: 120 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const value = (params as ItemParam).value;
        if (!Array.isArray(value)) return '';
        const row = rows.find(
          (r) => r.agency === agencies[value[1] as number] && r.category === categories[value[0] as number],
        );
        return row === undefined
          ? ''
          : tooltip(row.agency, [
              ['类别', row.category],
              ['问题条数', formatInt(row.count)],
              ['不同表述', formatInt(row.statements)],
            ]);
      },
    },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { interval: 0, rotate: 35, formatter: (v: string) => shorten(v, 9) },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: agencies,
      inverse: true,
      axisLabel: { formatter: (v: string) => shorten(v, 12) },
      splitArea: { show: true },
    },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemHeight: 120,
      inRange: { color: ['#e3f2fd', '#0d47a1'] },
      text: ['条数多', '少'],
    },
    series: [
      {
        name: '问题条数',
        type: 'heatmap',
        label: { show: agencies.length * categories.length <= 400 },
        data: rows.map((r) => ({
          value: [categories.indexOf(r.category), agencies.indexOf(r.agency), r.count],
          itemStyle: marked(r) ? { borderColor: CHOSEN.color, borderWidth: 3 } : undefined,
        })),
      },
    ],
  };
}

/** A clicked cell: its agency and category (`ranking` as given to heatmapOption). */
export function heatmapRef(
  rows: readonly HeatmapRow[],
  value: unknown,
  ranking: readonly string[] = [],
): ChartRef | null {
  if (!Array.isArray(value)) return null;
  const { categories, agencies } = heatAxes(rows, ranking);
  const agency = agencies[value[1] as number];
  const category = categories[value[0] as number];
  return agency === undefined || category === undefined ? null : { kind: 'cell', agency, category };
}

// ---------------------------------------------------------------------------------------------
// 数据质量

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Rules by flag count, smallest first (so the largest bar is on top). */
function ruleOrder(rows: readonly FlagCountRow[]): FlagRule[] {
  const total = (rule: FlagRule): number =>
    rows.filter((r) => r.rule === rule).reduce((sum, r) => sum + r.count, 0);
  return [...new Set(rows.map((r) => r.rule))].sort((a, b) => total(a) - total(b) || a.localeCompare(b));
}

export function flagsByRuleOption(rows: readonly FlagCountRow[]): ChartOption {
  const rules = ruleOrder(rows);
  return {
    ...base('疑点按规则', '点击规则按规则筛选'),
    legend: { top: 8, right: 8, data: SEVERITIES.map((s) => SEVERITY_LABELS[s]) },
    grid: { left: 140, right: 48, top: 64, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const rule = rules[firstIndex(params)];
        if (rule === undefined) return '';
        return tooltip(
          RULE_LABELS[rule],
          SEVERITIES.flatMap((s) => {
            const count = rows.find((r) => r.rule === rule && r.severity === s)?.count ?? 0;
            return count > 0 ? [[SEVERITY_LABELS[s], formatInt(count)] as const] : [];
          }),
        );
      },
    },
    xAxis: { type: 'value', name: '条数', minInterval: 1 },
    yAxis: { type: 'category', data: rules.map((r) => RULE_LABELS[r]) },
    series: SEVERITIES.map((severity) => ({
      name: SEVERITY_LABELS[severity],
      type: 'bar' as const,
      stack: 'flags',
      barMaxWidth: 22,
      itemStyle: { color: SEVERITY_COLORS[severity] },
      data: rules.map((rule) => rows.find((r) => r.rule === rule && r.severity === severity)?.count ?? 0),
    })),
  };
}

export function flagsByRuleRef(rows: readonly FlagCountRow[], dataIndex: number): ChartRef | null {
  const rule = ruleOrder(rows)[dataIndex];
  return rule === undefined ? null : { kind: 'rule', rule };
}

function flagTotals(rows: readonly FlagAgencyRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.agency, (totals.get(row.agency) ?? 0) + row.count);
  return totals;
}

/** Agencies by flag count, most first. */
function flagAgencyOrder(rows: readonly FlagAgencyRow[]): string[] {
  const totals = flagTotals(rows);
  return [...totals.keys()].sort(
    (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b, 'zh-CN'),
  );
}

export function flagsByAgencyOption(rows: readonly FlagAgencyRow[]): ChartOption {
  const agencies = flagAgencyOrder(rows);
  const totals = flagTotals(rows);
  const rules = [...new Set(rows.map((r) => r.rule))].sort();
  return {
    ...base('疑点按单位', `疑点最多的 ${formatInt(agencies.length)} 家单位；点击按单位筛选`),
    legend: { type: 'scroll', top: 58, left: 8, right: 8 },
    grid: { left: 56, right: 24, top: 112, bottom: 96 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const agency = agencies[firstIndex(params)];
        if (agency === undefined) return '';
        const parts = rows
          .filter((r) => r.agency === agency)
          .map((r) => [ruleLabel(r.rule), formatInt(r.count)] as const);
        return tooltip(agency, [['合计', formatInt(totals.get(agency) ?? 0)], ...parts]);
      },
    },
    xAxis: {
      type: 'category',
      data: agencies,
      axisLabel: { interval: 0, rotate: 35, formatter: (v: string) => shorten(v, 9) },
    },
    yAxis: { type: 'value', name: '条数', minInterval: 1 },
    series: rules.map((rule) => ({
      name: RULE_LABELS[rule],
      type: 'bar' as const,
      stack: 'flags',
      barMaxWidth: 28,
      data: agencies.map((agency) => rows.find((r) => r.agency === agency && r.rule === rule)?.count ?? 0),
    })),
  };
}

export function flagsByAgencyRef(rows: readonly FlagAgencyRow[], dataIndex: number): ChartRef | null {
  const agency = flagAgencyOrder(rows)[dataIndex];
  return agency === undefined ? null : { kind: 'agency', agency };
}

// ---------------------------------------------------------------------------------------------
// 项目

export const RATE_BIN_LABELS = [
  '0–10%',
  '10–20%',
  '20–30%',
  '30–40%',
  '40–50%',
  '50–60%',
  '60–70%',
  '70–80%',
  '80–90%',
  '90–100%',
  '>100%',
];

function rateBinColor(bin: number): string {
  if (bin >= 10) return COLORS.over;
  if (bin < 6) return BAND_COLORS['差'];
  if (bin < 9) return BAND_COLORS['中'];
  return BAND_COLORS['优'];
}

export function rateHistogramOption(rows: readonly RateBinRow[]): ChartOption {
  const counts = RATE_BIN_LABELS.map((_, bin) => rows.find((r) => r.bin === bin)?.count ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    ...base(
      '项目执行率分布',
      `共 ${formatInt(total)} 个有执行率的项目（执行率 = 执行数 ÷ 预算数；恰为 100% 计入 90–100%）`,
    ),
    grid: { left: 64, right: 24, top: 88, bottom: 40 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const bin = (params as ItemParam).dataIndex;
        return tooltip(`执行率 ${RATE_BIN_LABELS[bin] ?? ''}`, [['项目数', formatInt(counts[bin] ?? 0)]]);
      },
    },
    xAxis: { type: 'category', data: RATE_BIN_LABELS, name: '执行率', nameLocation: 'middle', nameGap: 26 },
    yAxis: projectCountAxis(),
    series: [
      {
        name: '项目数',
        type: 'bar',
        barMaxWidth: 40,
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value?: unknown }) => (p.value ? formatInt(p.value as number) : ''),
        },
        data: counts.map((count, bin) => ({ value: count, itemStyle: { color: rateBinColor(bin) } })),
      },
    ],
  };
}

/** Number of data points over all series: what the tests and the empty states look at. */
export function pointCount(option: ChartOption): number {
  const series = option.series;
  const list = Array.isArray(series) ? series : series === undefined ? [] : [series];
  return list.reduce(
    (sum, s) =>
      sum + (Array.isArray((s as { data?: unknown }).data) ? (s as { data: unknown[] }).data.length : 0),
    0,
  );
}
