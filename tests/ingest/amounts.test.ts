/** Amounts and rates stated in prose (src/ingest/extract/amounts.ts). */
import { describe, expect, it } from 'vitest';
import { amountsIn, rateIn } from '../../src/ingest/extract/amounts.ts';

describe('rateIn', () => {
  it.each([
    ['实际执行率100%', 1],
    ['预算执行率为98.50%', 0.985],
    ['项目资金执行率（98.5%）', 0.985],
    ['执行率(97.2％)', 0.972],
    ['完成年初预算的111.8%', 1.118],
    ['预算执行进度达到 86 %', 0.86],
  ])('reads %s as %s', (text, rate) => {
    expect(rateIn(text)).toBe(rate);
  });

  it.each(['执行率较高', '执行率（见附表）', '资金到位率100%'])('reads no rate from %s', (text) => {
    expect(rateIn(text)).toBeNull();
  });
});

describe('amountsIn', () => {
  it.each([
    ['本年度预算安排800万元', 'budget_adjusted', 800],
    ['年初预算安排资金260万元', 'budget_initial', 260],
    ['年初预算安排35万元', 'budget_initial', 35],
    ['预算安排资金1,200万元', 'budget_adjusted', 1200],
  ])('reads %s as %s %s', (text, role, value) => {
    expect(amountsIn(text).map((a) => [a.role, a.value])).toEqual([[role, value]]);
  });
});
