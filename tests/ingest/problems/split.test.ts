import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  leadingMarker,
  splitNumbered,
  stripMarker,
} from '../../../src/ingest/problems/split.ts';

describe('splitNumbered', () => {
  it.each([
    [
      '一是/二是',
      '但还存在一些问题：一是专业人员缺乏；二是未及时开展绩效跟踪。',
      '但还存在一些问题：',
      ['专业人员缺乏；', '未及时开展绩效跟踪。'],
    ],
    [
      '（一）（二） without separators',
      '（一）目标不明确（二）指标无法量化（三）自评偏高',
      '',
      ['目标不明确', '指标无法量化', '自评偏高'],
    ],
    ['1、2、', '存在以下问题：1、目标过高；2、指标不科学', '存在以下问题：', ['目标过高；', '指标不科学']],
    ['1. 2.', '1. 资金到位较晚 2. 招标耗时较长', '', ['资金到位较晚', '招标耗时较长']],
    ['①②③', '①人员流动大；②培训不足；③设备老化', '', ['人员流动大；', '培训不足；', '设备老化']],
    ['第一，第二，', '第一，预算粗放；第二，执行缓慢。', '', ['预算粗放；', '执行缓慢。']],
    ['(1)(2)', '主要是：(1)线路老化(2)故障频发', '主要是：', ['线路老化', '故障频发']],
  ])('splits %s', (_name, text, head, items) => {
    expect(splitNumbered(text)).toEqual({ head, items });
  });

  it('keeps numbers inside items out of the list', () => {
    const s = splitNumbered('1、资金到位率为100%，使用时间为1-6月；2、支出28.09万元。');
    expect(s.items).toEqual(['资金到位率为100%，使用时间为1-6月；', '支出28.09万元。']);
  });

  it('does not split text without a counting run of two', () => {
    expect(splitNumbered('2021年支出28.09万元，1-6月使用，增长13.07%。').items).toEqual([]);
    expect(splitNumbered('仅有1、一项').items).toEqual([]);
    expect(splitNumbered('2、日常管理待加强。3、考核不严。').items).toEqual([]);
  });
});

describe('markers', () => {
  it('reads Chinese numerals', () => {
    expect([
      chineseNumeral('一'),
      chineseNumeral('十'),
      chineseNumeral('十二'),
      chineseNumeral('二十'),
      chineseNumeral('二十三'),
    ]).toEqual([1, 10, 12, 20, 23]);
    expect(chineseNumeral('百')).toBeNull();
  });

  it('gives heading levels', () => {
    const levels = [
      '第二部分 决算',
      '三、存在的问题',
      '（二）存在问题',
      '(二）改进建议',
      '1、绩效管理',
      '1.评价',
      '（1）重点工作',
      '②培训',
      '一是人员',
      '正文',
    ].map((t) => leadingMarker(t)?.level ?? null);
    expect(levels).toEqual([0, 1, 2, 2, 3, 3, 4, 5, 6, null]);
    expect(stripMarker('（二）存在问题')).toBe('存在问题');
    expect(stripMarker('2021年度')).toBe('2021年度');
  });
});
