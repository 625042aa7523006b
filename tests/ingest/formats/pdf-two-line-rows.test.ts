/**
 * PDF rows all of whose cells wrap onto exactly two lines (round 13, seed 001 printed from a
 * browser): nothing sits on the row's baseline, so only the spacing tells its two lines from two
 * rows — one in-cell line pitch apart, where rows lie further apart (cell padding, borders). And
 * a one-line label on the baseline of a row whose other cells wrap around it stays on that row.
 */
import { describe, expect, it } from 'vitest';
import { pageLines } from '../../../src/ingest/formats/pdf.ts';
import { pdfTextItem as item } from './fixtures.ts';

const row = (y: number, cells: readonly (readonly [string, number])[]) =>
  cells.map(([s, x]) => item(s, x, y));

describe('pageLines: a row whose every cell wraps onto two lines', () => {
  it('joins its two lines, one line pitch apart, between rows spaced further', () => {
    const lines = pageLines([
      ...row(200, [
        ['三级指标', 40],
        ['预期指标值', 160],
        ['实际完成值', 280],
      ]),
      ...row(183, [
        ['看守所内部', 40],
        ['226个监控点位的', 160],
        ['226个监控点位的', 280],
      ]),
      ...row(168.75, [
        ['监控点位', 40],
        ['正常使用', 160],
        ['正常使用', 280],
      ]),
      ...row(150, [
        ['点位使用率', 40],
        ['100%', 160],
        ['100%', 280],
      ]),
    ]);
    expect(lines).toEqual([
      '三级指标\t预期指标值\t实际完成值',
      '看守所内部监控点位\t226个监控点位的正常使用\t226个监控点位的正常使用',
      '点位使用率\t100%\t100%',
    ]);
  });

  it('leaves rows of a table without cell padding apart: the rows around lie one line pitch off too', () => {
    const lines = pageLines([
      ...row(200, [
        ['项目名称', 40],
        ['实施单位', 160],
        ['资金用途', 280],
      ]),
      ...row(185.75, [
        ['图像监控', 40],
        ['科技信息化大队', 160],
      ]),
      ...row(171.5, [
        ['看守所监控', 40],
        ['看守所', 160],
      ]),
      ...row(157.25, [
        ['天网工程', 40],
        ['科技信息化大队', 160],
        ['租赁费用', 280],
      ]),
    ]);
    expect(lines).toEqual([
      '项目名称\t实施单位\t资金用途',
      '图像监控\t科技信息化大队',
      '看守所监控\t看守所',
      '天网工程\t科技信息化大队\t租赁费用',
    ]);
  });

  it('leaves a two-row table on its own apart (nothing shows rows lie further apart than lines)', () => {
    const lines = pageLines([
      item('项目基本情况', 40, 240),
      ...row(200, [
        ['项目名称', 40],
        ['实施单位', 160],
      ]),
      ...row(185.75, [
        ['图像监控', 40],
        ['科技信息化大队', 160],
      ]),
      item('一、项目概况', 40, 150),
    ]);
    expect(lines).toEqual(['项目基本情况', '项目名称\t实施单位', '图像监控\t科技信息化大队', '一、项目概况']);
  });
});

describe('pageLines: a one-line label beside cells wrapped around it', () => {
  it('stays on its own row, though a wrapped row above and the row below would centre it', () => {
    // Seed 002: the goal row's cells wrap onto two lines; "绩效 指标" sits on the baseline of the
    // indicator header row, whose last cell wraps around it, and the row below has nothing in
    // its column: centred both on its own row and on the three rows.
    const lines = pageLines([
      ...row(451.7, [
        ['年度目标', 42.7],
        ['预期目标', 114.3],
        ['实际完成情况', 417.9],
      ]),
      ...row(435.2, [
        ['项目建设完成，投入使', 114.3],
        ['项目已完成，资金未全部到', 417.9],
      ]),
      ...row(421, [
        ['用。', 114.3],
        ['位。', 417.9],
      ]),
      item('偏差原因分析及', 686.2, 404.5),
      ...row(397.7, [
        ['绩效指标', 42.7],
        ['一级指标', 114.3],
        ['二级指标', 234.6],
        ['三级指标', 316.7],
        ['年度指标值', 417.9],
      ]),
      item('改进措施', 686.2, 390.2),
      ...row(373.7, [
        ['产出指标', 114.3],
        ['数量指标', 234.6],
        ['执法办案中', 316.7],
      ]),
      ...row(359.5, [['心建设完成', 316.7]]),
      ...row(343, [
        ['质量指标', 234.6],
        ['装备购置完成率', 316.7],
      ]),
    ]);
    expect(lines.slice(0, 3)).toEqual([
      '年度目标\t预期目标\t\t\t实际完成情况',
      '\t项目建设完成，投入使用。\t\t\t项目已完成，资金未全部到位。',
      '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t偏差原因分析及改进措施',
    ]);
  });
});
