/** Segmentation into rows, and indicator cells cleaned of OCR placeholders and LaTeX. */
import { describe, expect, it } from 'vitest';
import { assembleTables, parseDocument } from '../../src/ingest/pipeline.ts';
import { isPageFooter, mergeRows, splitLines, toRows } from '../../src/ingest/segment.ts';

describe('toRows', () => {
  it('reads tab rows, one-cell-per-line groups and skips blank lines and page footers', () => {
    const rows = toRows(splitLines('标题\n\n\t项目名称\n\t智慧警务\n\n第 2 页 共 7 页\na\t\tb\n'));
    expect(rows.map((r) => r.cells)).toEqual([['标题'], ['项目名称', '智慧警务'], ['a', '', 'b']]);
    expect(rows[1]).toMatchObject({ line: 3, lineEnd: 4, cellLines: [3, 4] });
    expect(rows[2]?.line).toBe(7);
  });
  it('recognises page footers but not table values', () => {
    for (const f of ['第 3 页 共 7 页', '第3页', '- 12 -', '3/7', 'Page 2 of 9'])
      expect(isPageFooter(f), f).toBe(true);
    for (const v of ['第三部分', '3.7', '年度资金总额\t100']) expect(isPageFooter(v), v).toBe(false);
  });
  it('merges a header written over two rows column by column', () => {
    const [top, bottom] = toRows(['年初\t全年', '预算数\t执行数']);
    expect(mergeRows(top!, bottom!).cells).toEqual(['年初预算数', '全年执行数']);
  });
});

describe('indicator cells', () => {
  it('drops OCR placeholders ("指标 2:") and turns LaTeX into symbols', () => {
    const text = [
      '项目支出绩效自评表',
      '(2021年度)',
      '项目名称\t执法办案中心建设',
      '主管部门\t宁陵县公安局',
      '项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '\t年度资金总额\t100\t100\t95\t10\t95%\t9.5',
      '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '\t产出指标\t质量指标\t指标 1：提高办案效率\t$\\geq 10\\%$\t12%\t90\t85\t培训不足',
      '\t\t\t指标 2:\t\t\t\t\t',
      '总分\t\t\t\t\t\t100\t94.5',
    ].join('\n');
    const t = assembleTables([parseDocument({ file: 'latex.txt', bytes: new TextEncoder().encode(text) })]);
    expect(t.indicators).toHaveLength(1);
    expect(t.indicators[0]).toMatchObject({
      name: '提高办案效率',
      target: '≥10%',
      actual: '12%',
      weight: 90,
      score: 85,
      deviation_reason: '培训不足',
      line: 8,
    });
  });
});
