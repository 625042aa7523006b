/** Chart option builders: escaping of report text, the reference lines and the click mapping. */
import { describe, expect, it } from 'vitest';
import {
  agencyBudgetOption,
  agencyBudgetRef,
  boxplotRef,
  budgetScatterOption,
  categoryOption,
  categoryRef,
  flagsByRuleRef,
  heatmapOption,
  heatmapRef,
  histogramOption,
  histogramRef,
  pointCount,
  pointRef,
  scoreScatterOption,
  tooltip,
} from '../../src/app/charts/options.ts';
import { optionLayout } from '../../src/app/charts/layout.ts';
import type { AgencyBudgetRow, ProjectPointRow } from '../../src/app/db/queries.ts';

const HOSTILE = '<img src=x onerror=alert(1)>"项目"&<script>';

function agency(name: string, budget: number, executed: number): AgencyBudgetRow {
  return { agency: name, project_count: 1, budget, executed, execution_rate: executed / budget, total: 2 };
}

function point(
  id: string,
  score: number,
  rate: number,
  band: ProjectPointRow['grade_band'],
): ProjectPointRow {
  return {
    project_id: id,
    name: id === 'bad' ? HOSTILE : id,
    agency: '甲',
    year: 2021,
    budget: 100,
    execution_rate: rate,
    total_score: score,
    grade_band: band,
    outlier: score >= 90 && rate < 0.6,
    total: 3,
  };
}

type Formatter = (params: unknown) => string;
const formatterOf = (option: { tooltip?: unknown }): Formatter =>
  (option.tooltip as { formatter: Formatter }).formatter;

describe('tooltip()', () => {
  it('escapes every piece of text', () => {
    const html = tooltip(HOSTILE, [[HOSTILE, HOSTILE]]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;项目&quot;&amp;&lt;script&gt;');
  });
});

describe('budget charts', () => {
  const rows = [agency(HOSTILE, 200, 150), agency('乙', 100, 120)];

  it('bars, rate line on the second axis with the 100 % line, escaped tooltip', () => {
    const option = agencyBudgetOption(rows, 2);
    const series = option.series as {
      type: string;
      yAxisIndex?: number;
      data: unknown[];
      markLine?: { data: unknown[] };
    }[];
    expect(series.map((s) => s.type)).toEqual(['bar', 'bar', 'line']);
    expect(series[2]?.yAxisIndex).toBe(1);
    expect(series[2]?.data).toEqual([0.75, 1.2]);
    expect(series[2]?.markLine?.data).toEqual([{ yAxis: 1 }]);
    const html = formatterOf(option)([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('75.0%');
    expect(agencyBudgetRef(rows, 1)).toEqual({ kind: 'agency', agency: '乙' });
  });

  it('scatter: one series per band, points carry their row for tooltip and click', () => {
    const points = [point('a', 95, 0.98, '优'), point('bad', 91, 0.03, '优'), point('c', 70, 1, '中')];
    const option = budgetScatterOption(points);
    const series = option.series as { name: string; data: unknown[][] }[];
    expect(series.map((s) => [s.name, s.data.length])).toEqual([
      ['优', 2],
      ['良', 0],
      ['中', 1],
      ['差', 0],
      ['未评分', 0],
    ]);
    expect(pointCount(option)).toBe(3);
    const value = series[0]?.data[1];
    expect(pointRef(points, value)).toEqual({ kind: 'project', projectId: 'bad', agency: '甲' });
    const html = formatterOf(option)({ value });
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});

describe('score charts', () => {
  it('histogram shades the four bands and maps a click to the band', () => {
    const rows = [
      { bin: 59, count: 1 },
      { bin: 91, count: 4 },
    ];
    const option = histogramOption(rows);
    const series = (
      option.series as { markArea: { data: [{ name: string; xAxis: number }, { xAxis: number }][] } }[]
    )[0];
    expect(series?.markArea.data.map(([from, to]) => [from.name, from.xAxis, to.xAxis])).toEqual([
      ['差', 0, 60],
      ['中', 60, 80],
      ['良', 80, 90],
      ['优', 90, 101],
    ]);
    expect(histogramRef(rows, 0)).toEqual({ kind: 'band', band: '差' });
    expect(histogramRef(rows, 1)).toEqual({ kind: 'band', band: '优' });
  });

  it('score scatter puts high-score/low-execution projects in their own red series', () => {
    const points = [point('a', 95, 0.98, '优'), point('bad', 91, 0.03, '优')];
    const series = scoreScatterOption(points).series as { name: string; data: unknown[][] }[];
    expect(series[1]?.name).toBe('高分低执行');
    expect(series[1]?.data).toEqual([[91, 0.03, 1]]);
  });

  it('labels the red points to their left, overlapping labels spread or hidden', () => {
    const points = [point('bad', 91, 0.03, '优'), point('worse', 92, 0.05, '优')];
    const [, outliers] = scoreScatterOption(points).series as {
      label: { position: string; formatter: (p: { value: unknown }) => string };
      labelLayout: { hideOverlap: boolean; moveOverlap: string };
    }[];
    // The points lie at 90–100 on a 50–100 axis: a label on their right would be cut off.
    expect(outliers?.label.position).toBe('left');
    expect(outliers?.labelLayout).toEqual({ moveOverlap: 'shiftY', hideOverlap: true });
    expect(outliers?.label.formatter({ value: [91, 0.03, 0] })).toMatch(/ 91分\/3%$/);
  });

  it('boxplot clicks follow the median order shown', () => {
    const rows = [
      { agency: '低', n: 2, min: 60, q1: 62, median: 65, q3: 70, max: 75 },
      { agency: '高', n: 2, min: 90, q1: 92, median: 95, q3: 97, max: 99 },
    ];
    expect(boxplotRef(rows, 0)).toEqual({ kind: 'agency', agency: '高' });
  });
});

describe('problem and flag charts', () => {
  const heat = [
    { agency: '甲', category: '预算编制', count: 2, statements: 2 },
    { agency: '乙', category: '绩效目标', count: 1, statements: 1 },
    { agency: '乙', category: '其他', count: 4, statements: 3 },
  ];

  it('heatmap columns follow the category ranking; a cell resolves to its agency and category', () => {
    const ranking = ['绩效目标', '预算编制'];
    const option = heatmapOption(heat, ranking);
    expect((option.xAxis as { data: string[] }).data).toEqual(['绩效目标', '预算编制', '其他']);
    // 乙 has four distinct statements, 甲 two: 乙 is the top row.
    expect((option.yAxis as { data: string[] }).data).toEqual(['乙', '甲']);
    const data = (option.series as { data: { value: number[] }[] }[])[0]?.data ?? [];
    expect(data.map((d) => d.value)).toEqual([
      [1, 1, 2],
      [0, 0, 1],
      [2, 0, 4],
    ]);
    for (const [i, row] of heat.entries()) {
      expect(heatmapRef(heat, data[i]?.value, ranking)).toEqual({
        kind: 'cell',
        agency: row.agency,
        category: row.category,
      });
    }
    expect(heatmapRef(heat, 'nope', ranking)).toBeNull();
  });

  it('heatmap marks the chosen cell, or the chosen category column', () => {
    const borders = (agency: string | null, category: string | null) =>
      (
        (heatmapOption(heat, [], { agency, category }).series as { data: { itemStyle?: object }[] }[])[0]
          ?.data ?? []
      ).map((d) => d.itemStyle !== undefined);
    expect(borders('乙', '其他')).toEqual([false, false, true]);
    expect(borders(null, '预算编制')).toEqual([true, false, false]);
    expect(borders('甲', null)).toEqual([false, false, false]);
  });

  it('category bars show reporting agencies, largest on top, and clicks give the category', () => {
    const rows = [
      { category: '执行进度滞后', agencies: 9, count: 20, statements: 12 },
      { category: '其他', agencies: 4, count: 30, statements: 25 },
    ];
    const option = categoryOption(rows, '其他');
    expect((option.xAxis as { name: string }).name).toBe('报告单位数');
    expect((option.yAxis as { data: string[] }).data).toEqual(['其他', '执行进度滞后']);
    const data =
      (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]?.data ?? [];
    expect(data.map((d) => d.value)).toEqual([4, 9]);
    expect(data[0]?.itemStyle.color).not.toBe(data[1]?.itemStyle.color);
    expect(categoryRef(rows, 1)).toEqual({ kind: 'category', category: '执行进度滞后' });
    expect(categoryRef(rows, 2)).toBeNull();
  });

  it('flag bars are ordered by count and clicks give the rule', () => {
    const rows = [
      { rule: 'weights_not_100' as const, severity: 'warning' as const, count: 5 },
      { rule: 'executed_exceeds_budget' as const, severity: 'error' as const, count: 1 },
    ];
    expect(flagsByRuleRef(rows, 0)).toEqual({ kind: 'rule', rule: 'executed_exceeds_budget' });
    expect(flagsByRuleRef(rows, 1)).toEqual({ kind: 'rule', rule: 'weights_not_100' });
  });
});

describe('optionLayout()', () => {
  it('is the same for new data in the same chart, and changes when a component comes or goes', () => {
    const few = (n: number) => Array.from({ length: n }, (_, i) => agency(`单位${i}`, 100 + i, 90));
    const bars = optionLayout(agencyBudgetOption(few(5), 5));
    expect(optionLayout(agencyBudgetOption(few(8), 8))).toBe(bars);
    // More than 15 agencies bring the zoom slider: the chart is rebuilt, not merged.
    expect(optionLayout(agencyBudgetOption(few(20), 20))).not.toBe(bars);
    const points = [point('a', 95, 0.98, '优'), point('bad', 91, 0.03, '优')];
    expect(optionLayout(budgetScatterOption(points))).toBe(
      optionLayout(budgetScatterOption(points.slice(1))),
    );
    expect(optionLayout(budgetScatterOption(points))).not.toBe(bars);
  });
});
