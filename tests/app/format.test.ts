import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatInt,
  formatRate,
  formatScore,
  formatSource,
  formatTotal,
  formatYears,
} from '../../src/app/lib/format.ts';
import { bandOf } from '../../src/app/lib/labels.ts';

describe('formatting', () => {
  it('writes years compactly, consecutive runs as ranges', () => {
    expect(formatYears([2023, 2019, 2020, 2021, 2021])).toBe('2019–2021、2023年');
    expect(formatYears([2020])).toBe('2020年');
    expect(formatYears([2019, 2021])).toBe('2019、2021年');
    expect(formatYears([])).toBe('—');
  });

  it('shows 万元 amounts with thousands separators and null as a dash', () => {
    expect(formatAmount(11799.604354)).toBe('11,799.60');
    expect(formatAmount(0)).toBe('0.00');
    expect(formatAmount(null)).toBe('—');
    expect(formatTotal(287433.71)).toBe('287,434');
    expect(formatTotal(150.5)).toBe('150.50');
    expect(formatInt(100000)).toBe('100,000');
  });

  it('shows fractions as percentages and scores without trailing zeros', () => {
    expect(formatRate(1.0527)).toBe('105.3%');
    expect(formatRate(0.03)).toBe('3.0%');
    expect(formatRate(Number.NaN)).toBe('—');
    expect(formatScore(90.6)).toBe('90.6');
  });

  it('names a source with its lines', () => {
    expect(formatSource({ file: 'a.txt', line_start: 3, line_end: 5 })).toBe('a.txt 第 3–5 行');
    expect(formatSource({ file: 'a.txt', line_start: 7, line_end: 7 })).toBe('a.txt 第 7 行');
  });

  it('bands scores as 财预〔2020〕10号', () => {
    expect([100, 90, 89.99, 80, 79.5, 60, 59.9, 0].map(bandOf)).toEqual([
      '优',
      '优',
      '良',
      '良',
      '中',
      '中',
      '差',
      '差',
    ]);
  });
});
