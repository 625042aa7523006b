/**
 * PDF table cells placed by position (pageLines): a PDF draws no empty cell, so where a table's
 * cells start at column edges its rows share, skipped columns become empty cells as in a tab
 * export; a second table right below the first gets its own columns; centred cells keep their
 * order only; a label whose value wraps above and below it is one row; a paragraph wrapped before
 * an unbreakable run ("100%。") is one line.
 */
import type { StructuredTextItem } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { pageLines } from '../../../src/ingest/formats/pdf.ts';
import { pdfTextItem as item } from './fixtures.ts';

/** A row of cells at the given x positions (null: an empty cell), on baseline y. */
const row = (y: number, cells: readonly (readonly [string, number] | null)[]): StructuredTextItem[] =>
  cells.flatMap((c) => (c === null ? [] : [item(c[0], c[1], y, 10, 5)]));

describe('pageLines: left-aligned table cells placed by position', () => {
  const header = row(600, [
    ['项目资金', 40],
    ['年初预算数', 120],
    ['全年预算数', 200],
    ['全年执行数', 280],
    ['分值', 360],
    ['得分', 420],
  ]);
  const total = row(585, [
    ['年度资金总额', 40],
    ['100', 120],
    ['100', 200],
    ['19.997', 280],
    ['10', 360],
    ['2', 420],
  ]);
  const current = row(570, [
    ['当年拨款', 40],
    ['100', 120],
    ['100', 200],
    ['19.997', 280],
    ['—', 360],
    ['—', 420],
  ]);
  const carried = row(555, [['上年结转资金', 40], null, null, null, ['—', 360], ['—', 420]]);
  const merged = row(540, [null, ['财政拨款', 120], ['100', 200], null, ['—', 360], null]);

  it('leaves skipped columns empty, and leads a row whose first column is merged with an empty cell', () => {
    expect(pageLines([...header, ...total, ...current, ...carried, ...merged])).toEqual([
      '项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t得分',
      '年度资金总额\t100\t100\t19.997\t10\t2',
      '当年拨款\t100\t100\t19.997\t—\t—',
      '上年结转资金\t\t\t\t—\t—',
      '\t财政拨款\t100\t\t—',
    ]);
  });

  it('gives a table printed right below another its own columns', () => {
    const second = [
      row(540, [
        ['序号', 40],
        ['项目名称', 70],
        ['资金', 250],
      ]),
      row(525, [
        ['1', 40],
        ['甲项目', 70],
        ['60', 250],
      ]),
      row(510, [
        ['2', 40],
        ['乙项目', 70],
        ['18', 250],
      ]),
    ].flat();
    expect(pageLines([...header, ...total, ...carried, ...second]).slice(3)).toEqual([
      '序号\t项目名称\t资金',
      '1\t甲项目\t60',
      '2\t乙项目\t18',
    ]);
  });

  it('keeps the filled cells of a centred table in order', () => {
    const centred = [
      row(600, [
        ['项目名称', 52],
        ['年初预算数', 205],
        ['全年执行数', 355],
      ]),
      row(585, [
        ['社区警务室运转经费', 40],
        ['75.00', 218.8],
        ['72.00', 368.8],
      ]),
      row(570, [
        ['警用装备购置经费', 45],
        ['210.00', 215.7],
        ['184.00', 365.7],
      ]),
      row(555, [
        ['测评费', 63],
        ['18.00', 218.8],
        ['9.00', 371.8],
      ]),
    ].flat();
    expect(pageLines(centred)).toEqual([
      '项目名称\t年初预算数\t全年执行数',
      '社区警务室运转经费\t75.00\t72.00',
      '警用装备购置经费\t210.00\t184.00',
      '测评费\t18.00\t9.00',
    ]);
  });
});

describe('pageLines: a label whose value cell wraps around it', () => {
  it('joins the value lines above and below the label into its row', () => {
    const lines = pageLines([
      item('执法办案中心建', 120, 506),
      item('项目名称', 40, 500),
      item('设', 120, 494),
    ]);
    expect(lines).toEqual(['项目名称\t执法办案中心建设']);
  });

  it('leaves three lines of prose alone', () => {
    const lines = pageLines([
      item('第一行文字', 40, 506),
      item('第二行', 40, 500),
      item('第三行文字', 40, 494),
    ]);
    expect(lines).not.toContain('第二行\t第一行文字第三行文字');
    expect(lines).toHaveLength(3);
  });
});

describe('pageLines: a paragraph wrapped before a run the wrap cannot split', () => {
  it('joins "…执行率" and "100%。" when the figure would not have fitted on the line above', () => {
    const full = item('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十', 40, 520);
    const short = item('二〇二一年项目资金实际执行率', 40, 506);
    // Ends 2.6 em short of the right edge (340), more than the 1.5 em any wrap may leave, less than "100%。".
    short.width = 274;
    const figure = item('100%。', 40, 492, 10, 6);
    expect(pageLines([full, short, figure])).toEqual([
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十二〇二一年项目资金实际执行率100%。',
    ]);
  });
});
