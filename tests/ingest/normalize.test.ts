/** Number and text normalisation: units to 万元, rates to fractions, missing values, OCR/LaTeX remnants. */
import { describe, expect, it } from 'vitest';
import {
  cleanCell,
  isMissing,
  parseAmount,
  parseNumericCell,
  parseRate,
  parseScore,
  parseYear,
  stripLatex,
  toHalfWidth,
  unitIn,
} from '../../src/ingest/normalize.ts';

describe('parseAmount', () => {
  it.each([
    ['82.73', '万元', 82.73],
    ['1,250,000', '元', 125],
    ['1,250,000元', '万元', 125],
    ['1.35亿元', '万元', 13500],
    ['３，０００，０００', '元', 300],
    ['58.762315万元', '元', 58.762315],
    ['0', '万元', 0],
  ] as const)('%s with header unit %s → %s 万元', (cell, unit, want) => {
    expect(parseAmount(cell, unit)).toBeCloseTo(want, 8);
  });
  it.each(['—', '/', '', '  ', '无', '全年50-70次', '约100'])('%s is missing or not an amount', (cell) => {
    expect(parseAmount(cell)).toBeNull();
  });
});

describe('parseRate', () => {
  it.each([
    ['66%', 0.66],
    ['100.00%', 1],
    ['１９．９９７％', 0.19997],
    ['0.95', 0.95],
    ['95', 0.95],
  ] as const)('%s → %s', (cell, want) => expect(parseRate(cell)).toBeCloseTo(want, 10));
  it('reads "—" and text as missing', () => {
    expect(parseRate('—')).toBeNull();
    expect(parseRate('全部完成')).toBeNull();
  });
});

describe('scores, numeric cells, years, units', () => {
  it('reads scores with or without 分', () => {
    expect(parseScore('2分')).toBe(2);
    expect(parseScore('97.5')).toBe(97.5);
    expect(parseScore('优')).toBeNull();
  });
  it('accepts a cell that is one number with a unit, not text that merely contains one', () => {
    expect(parseNumericCell('10分')).toBe(10);
    expect(parseNumericCell('1,234.5万元')).toBe(1234.5);
    expect(parseNumericCell('全年50-70次')).toBeNull();
  });
  it('finds the report year', () => {
    expect(parseYear('（２０２２年度）')).toBe(2022);
    expect(parseYear('(2021 年度)')).toBe(2021);
    expect(parseYear('项目支出绩效自评表')).toBeNull();
  });
  it('reads the unit a header states', () => {
    expect(unitIn('项目资金（元）')).toBe('元');
    expect(unitIn('项目资金 (万元)')).toBe('万元');
    expect(unitIn('单位：亿元')).toBe('亿元');
    expect(unitIn('项目名称')).toBeNull();
  });
  it('reads no unit from the tail of a "(万元)" wrapped after 万 (a PDF cell\'s second line)', () => {
    expect(unitIn('元)')).toBeNull();
    expect(unitIn('项目资金元）')).toBeNull();
    expect(unitIn('金额（元）')).toBe('元');
  });
  it('treats dashes, slashes, 无 and blanks as missing', () => {
    for (const cell of ['—', '——', '-', '/', '无', '', ' ']) expect(isMissing(cell), cell).toBe(true);
    expect(isMissing('0')).toBe(false);
  });
});

describe('plain number cells, read without folding', () => {
  it('reads them as the folding path does', () => {
    expect(parseAmount('1,234.5', '元')).toBeCloseTo(0.12345, 10);
    expect(parseAmount('-3.5')).toBe(-3.5);
    expect(parseRate('98%')).toBeCloseTo(0.98, 10);
    expect(parseRate('0.9')).toBe(0.9);
    expect(parseScore('9.5')).toBe(9.5);
    expect(parseNumericCell('007')).toBe(7);
  });
  it('rejects the plain-looking cells that are no number', () => {
    expect(parseAmount('.')).toBeNull();
    expect(parseAmount('1.2.3')).toBeNull();
    expect(parseScore('-5')).toBeNull();
    expect(parseRate('1,5%')).toBeNull();
    expect(parseNumericCell(',')).toBeNull();
  });
  it('reads a unit only where 元 or 万 is written', () => {
    expect(unitIn('12万')).toBe('万元');
    expect(unitIn('合计')).toBeNull();
  });
});

describe('text cleaning', () => {
  it('turns OCR LaTeX into plain symbols', () => {
    expect(stripLatex('办案效率提高 $\\geq 10\\%$ ，')).toBe('办案效率提高 ≥10% ，');
    expect(stripLatex('$\\leq 5\\%$')).toBe('≤5%');
  });
  it('removes markup remnants and normalises full-width digits but keeps Chinese punctuation', () => {
    expect(cleanCell('<p>[bookmark: _GoBack]资金（装备费）１２３．５％</p>')).toBe('资金（装备费）123.5%');
    expect(toHalfWidth('１２３．５％，')).toBe('123.5%,');
  });
});
