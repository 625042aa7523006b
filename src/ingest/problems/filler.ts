/**
 * Fillers: what report writers put in a problem or deviation cell when there is nothing to say.
 */
import { memoizeText } from '../memo.ts';
import { normalizeStatement } from './text.ts';

const FILLER = new RegExp(
  '^(?:' +
    [
      '',
      '无',
      '暂无',
      '没有',
      '否',
      '略',
      '空',
      '不涉及',
      '不适用',
      '无此项',
      'na',
      'n/a',
      'null',
      'none',
      '(?:无|暂无|没有|不存在|未发现|未出现)(?:明显|重大|其他)?(?:偏差|差异|问题|异常|情况)(?:原因)?',
      '(?:无|暂无|没有)(?:其他)?(?:需要|需)?说明的?(?:问题|事项|情况)?',
      '未偏差',
      '无偏差及改进措施',
      '已完成',
      '全部完成',
      '完成',
      '达标',
      '正常',
      '同上',
      '详见.{0,12}',
      '指标\\d+',
      '目标\\d+',
      '\\d+(?:\\.\\d+)?%?',
    ].join('|') +
    ')$',
  'i',
);

/**
 * True for cells and statements that carry no problem: "无", "/", "——", "无偏差", "不涉及", "指标 2:".
 * Asked of every deviation cell, whose few fillers repeat in every report: memoised.
 */
export const isFillerStatement: (text: string) => boolean = memoizeText((text) =>
  FILLER.test(normalizeStatement(text)),
);
