import { describe, expect, it } from 'vitest';
import {
  deviationStatements,
  extractProblems,
  joinBrokenLines,
} from '../../../src/ingest/problems/extract.ts';
import { readLines } from './helpers.ts';

const run = (file: string): [number, string][] =>
  extractProblems(readLines(`tests/fixtures/problems/${file}`)).map((p) => [p.line, p.text]);

describe('problem statements on varied report layouts', () => {
  it('reads an item broken across two lines as one statement on its first line', () => {
    expect(run('pq-two-line-item.txt')).toEqual([
      [8, '绩效目标设置不够细化'], // "（三）无。" and the measure section give nothing
      [10, '宣传覆盖面有待扩大'],
    ]);
  });

  it('keeps every problem of a paragraph joined by "；", cue or not (heading 问题和不足)', () => {
    expect(run('pq-semicolon-paragraph.txt')).toEqual([
      [8, '资金拨付进度缓慢，影响装备采购按期完成'],
      [8, '政府采购流程较长，部分装备年底才完成验收'],
      [8, '项目绩效自评工作不够深入，佐证材料收集不全'],
    ]);
  });

  it('strips ●/·/- bullets and skips the measures of a problems-and-measures section', () => {
    expect(run('pq-bullets-mixed-section.txt')).toEqual([
      [9, '预算编制不够精准，年中追加较多'],
      [10, '资产管理有待加强，部分警用装备账实不符'],
      [11, '政府采购执行进度滞后'],
      [12, '绩效目标设定较为笼统'],
    ]);
  });

  it('keeps only the cause of "原因：…；措施：…" cells and drops 无偏差/不存在问题', () => {
    expect(run('pq-cause-measure-cells.txt')).toEqual([
      [11, '部分乡镇光纤未通，点位无法接入'],
      [12, '软件开发单位人员不足，开发进度滞后'],
      [23, '部分设备到货后存在质量问题，已退换'],
    ]);
  });

  it('reads the 存在问题 column of a summary table, skipping 暂无', () => {
    expect(run('pq-summary-problem-column.txt')).toEqual([
      [4, '部分装备到货延迟，影响训练计划'],
      [6, '运维合同签订较晚，资金支付滞后'],
      [6, '部分抓拍设备老化'],
    ]);
  });
});

describe('deviationStatements', () => {
  it('drops the label and the measure, and fillers entirely', () => {
    expect(deviationStatements('原因：点位无法接入；措施：加快光纤铺设。')).toEqual(['点位无法接入']);
    expect(deviationStatements('偏差原因分析：资金到位较晚')).toEqual(['资金到位较晚']);
    expect(deviationStatements('无偏差')).toEqual([]);
  });
});

describe('joinBrokenLines', () => {
  it('moves the rest of a broken sentence up and leaves whole sentences in place', () => {
    expect(joinBrokenLines(['部分指标难以量化考核，', '不利于评价。另起一句。', '下一行'])).toEqual([
      '部分指标难以量化考核，不利于评价。',
      '另起一句。',
      '下一行',
    ]);
  });

  it('joins a short rest that ends the sentence, but not a short title after a wrapped line', () => {
    const wrapped = '2.部分宣传物料采购集中在第四季度，资金支出进度偏慢，全年未能按序时进度';
    expect(joinBrokenLines([wrapped, '完成支出。', '五、下一步改进措施'])).toEqual([
      `${wrapped}完成支出。`,
      '',
      '五、下一步改进措施',
    ]);
    const heading = '辖区电诈案件发案数同比下降17.3%，群众识骗防骗能力明显提升';
    expect(joinBrokenLines([heading, '改进措施'])).toEqual([heading, '改进措施']);
  });

  it('does not join labels, numbered items, headings or table rows', () => {
    const lines = ['预算执行进度偏慢，', '二、存在的问题', '资金拨付较晚，', '填报单位：某局', 'a，', 'x\ty'];
    expect(joinBrokenLines(lines)).toEqual(lines);
  });
});
