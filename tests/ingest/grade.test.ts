import { describe, expect, it } from 'vitest';
import { bandOfStatedGrade, gradeBand } from '../../src/ingest/grade.ts';

describe('gradeBand (财预〔2020〕10号)', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ] as const)('%s → %s', (score, band) => {
    expect(gradeBand(score)).toBe(band);
  });

  it('has no band for a missing or non-finite score', () => {
    expect(gradeBand(null)).toBeNull();
    expect(gradeBand(Number.NaN)).toBeNull();
  });
});

describe('bandOfStatedGrade', () => {
  it.each([
    ['优', '优'],
    ['优秀', '优'],
    ['良', '良'],
    ['良好', '良'],
    ['中', '中'],
    ['中等', '中'],
    ['合格', '中'],
    ['及格', '中'],
    ['一般', '中'],
    ['差', '差'],
    ['较差', '差'],
    ['不合格', '差'],
    ['不及格', '差'],
  ] as const)('%s → %s', (text, band) => {
    expect(bandOfStatedGrade(text)).toBe(band);
  });

  it.each([
    [' 优 秀 ', '优'],
    ['\u3000良好\u3000', '良'],
    ['“优秀”', '优'],
    ['（良）', '良'],
    ['等级：优', '优'],
    ['自评等级为：合格', '中'],
    ['优等', '优'],
    ['良级', '良'],
    ['不 合 格', '差'],
  ] as const)('ignores spacing, quotes and labels: %j → %s', (text, band) => {
    expect(bandOfStatedGrade(text)).toBe(band);
  });

  it('returns null for unknown words, empty text and null', () => {
    for (const text of ['', '  ', '优秀率', 'A', '91', '良中', '不优秀', null]) {
      expect(bandOfStatedGrade(text)).toBeNull();
    }
  });
});
