/**
 * Whether a chart can take its next option as an update. A filter change usually brings an option
 * of the same layout — the same components with the same keys, the same series types — and only
 * new data: merged into the chart on screen, ECharts keeps its component models and views, which
 * costs about a third less than rebuilding them (notMerge). Any other change rebuilds, so nothing
 * of an earlier option can survive in the chart.
 */
import type { ChartOption } from './echarts.ts';

function keysOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value;
  const item = value as Record<string, unknown>;
  const type = typeof item.type === 'string' ? `${item.type}:` : '';
  return `${type}${Object.keys(item).sort().join(',')}`;
}

/**
 * The layout of an option: each top-level key with the keys (and type) of each of its components.
 * Data, labels and formatters are not part of it.
 */
export function optionLayout(option: ChartOption): string {
  return Object.keys(option)
    .sort()
    .map((key) => {
      const value: unknown = option[key];
      const components = Array.isArray(value) ? value.map(keysOf).join('|') : keysOf(value);
      return `${key}[${components}]`;
    })
    .join(';');
}
