import { describe, expect, it } from 'vitest';
import { foldCjkRadicals } from '../../../src/ingest/formats/cjk.ts';
import { pageLines } from '../../../src/ingest/formats/pdf.ts';
import { pdfTextItem as item } from './fixtures.ts';

describe('pageLines', () => {
  it('groups items by baseline (top to bottom), orders by x, tabs at cell gaps', () => {
    const lines = pageLines([
      item('150', 200, 500, 10, 5),
      item('年度资金总额', 100 - 60, 500),
      item('项目资金', 40, 520),
      item('年初预算数', 200, 520.5),
      item('100', 260, 499.2, 10, 5),
    ]);
    expect(lines).toEqual(['项目资金\t年初预算数', '年度资金总额\t150\t100']);
  });

  it('joins touching items without a separator and word gaps with a space', () => {
    expect(
      pageLines([item('达标率', 0, 100), item('100%', 30, 100, 10, 5), item('word', 52, 100, 10, 5)]),
    ).toEqual(['达标率100% word']);
  });

  it('separates lines further apart than a third of the font size', () => {
    expect(pageLines([item('第一行', 0, 100), item('第二行', 0, 96)])).toEqual(['第一行', '第二行']);
  });

  it('ignores whitespace-only and vertical items', () => {
    expect(
      pageLines([item('  ', 0, 100), { ...item('竖排', 50, 100), dir: 'ttb' }, item('正文', 0, 80)]),
    ).toEqual(['正文']);
  });
});

describe('foldCjkRadicals', () => {
  it('folds Kangxi and supplement radicals that fonts put in place of hanzi', () => {
    expect(foldCjkRadicals('项⽬⽀出 ⻘⽲县 主管部⻔ ⻓期 ⼾籍')).toBe('项目支出 青禾县 主管部门 长期 户籍');
  });

  it('leaves full-width punctuation and ordinary text alone', () => {
    const text = '（2023年度）：执行率95.00%，得分９.５';
    expect(foldCjkRadicals(text)).toBe(text);
  });
});
