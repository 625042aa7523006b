import { describe, expect, it } from 'vitest';
import { isFillerStatement } from '../../../src/ingest/problems/filler.ts';

describe('isFillerStatement', () => {
  it.each([
    '无',
    '无。',
    ' 无 ',
    '/',
    '／',
    '——',
    '—',
    '-',
    '无偏差',
    '无偏差。',
    '暂无',
    '不涉及',
    '不适用',
    '无明显偏差',
    '无需要说明的问题。',
    '没有问题',
    '指标 2:',
    '100%',
    '',
  ])('treats %j as filler', (t) => expect(isFillerStatement(t)).toBe(true));

  it.each(['工程未办理结算评审', '无法监控的死角', '无预算支出', '偏差较大', '暂无专职人员负责绩效管理'])(
    'keeps %j',
    (t) => expect(isFillerStatement(t)).toBe(false),
  );
});
