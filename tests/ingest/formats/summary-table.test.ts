/** The summary table (序号/项目名称/…/自评等级) in xlsx, UTF-8 CSV and GBK CSV. */
import { describe, expect, it } from 'vitest';
import { toText } from '../../../src/ingest/formats/index.ts';
import { expected, fixture, rowWith } from './fixtures.ts';

const HEADER = [
  '序号',
  '项目名称',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '执行率',
  '自评得分',
  '自评等级',
];

async function textOf(name: string): Promise<string> {
  const result = await toText(name, fixture(name));
  expect([result.format, result.encoding]).toEqual([expected.formats[name], expected.encodings[name]]);
  return result.text;
}

describe('summary table: csv', () => {
  it('UTF-8 (BOM, every field quoted) and GBK (unquoted) CSV give the same text form', async () => {
    expect(await textOf('summary.gbk.csv')).toBe(await textOf('summary.csv'));
  });

  it('rows → tab rows padded to the header width; blank line at the end', async () => {
    const text = await textOf('summary.csv');
    const lines = text.split('\n');
    expect(lines[0]).toBe(`${expected.summary.title}\t\t\t\t\t\t\t`);
    expect(lines[2]).toBe(HEADER.join('\t'));
    expect(rowWith(text, '公安检查站智能查控系统建设项目')).toEqual([
      '1',
      '公安检查站智能查控系统建设项目',
      '120.00',
      '135.50',
      '128.73',
      '95.00%',
      '94.5',
      '优',
    ]);
    expect(rowWith(text, '“雪亮工程”视频监控运维经费')).toEqual([
      '2',
      '“雪亮工程”视频监控运维经费',
      '85.00',
      '85.00',
      '80.75',
      '95.00%',
      '91',
      '优',
    ]);
    expect(rowWith(text, '合计')).toEqual(['合计', '', '645.00', '640.50', '571.58', '89.24%', '', '']);
    for (const row of expected.summary.rows) {
      const cells = rowWith(text, row.name);
      expect([cells[0], cells[6], cells[7]]).toEqual([String(row.seq), String(row.total_score), row.grade]);
    }
    expect(text.endsWith('\t\t\n\n')).toBe(true);
  });
});

describe('summary table: xlsx sheet 汇总表', () => {
  it('merged title, then the sheet name line; formula results, percent as displayed, merged 合计 cell empty', async () => {
    const text = await textOf('summary.xlsx');
    const lines = text.split('\n');
    // The title row comes first, as the reader sees the sheet; the tab's name after it.
    expect(lines.slice(0, 4)).toEqual([
      `${expected.summary.title}\t\t\t\t\t\t\t`,
      '汇总表',
      '单位：万元\t\t\t\t\t\t\t',
      HEADER.join('\t'),
    ]);
    expect(lines[4]).toBe('1\t公安检查站智能查控系统建设项目\t120\t135.5\t128.73\t95.00%\t94.5\t优');
    expect(rowWith(text, '执法办案中心规范化建设项目')).toEqual([
      '3',
      '执法办案中心规范化建设项目',
      '260',
      '240',
      '201.6',
      '84.00%',
      '86.4',
      '良',
    ]);
    expect(rowWith(text, '合计')).toEqual(['合计', '', '645', '640.5', '571.58', '89.24%', '', '']);
    expect(lines[10]).toBe(''); // blank line after the sheet
    expect(lines[11]).toBe('项目自评表');
    for (const row of expected.summary.rows) expect(rowWith(text, row.name)[7]).toBe(row.grade);
  });
});
