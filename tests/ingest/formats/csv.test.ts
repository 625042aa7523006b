import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvToText, csvTextToText } from '../../../src/ingest/formats/csv.ts';

describe('csvTextToText', () => {
  it('guesses comma, semicolon and tab delimiters', () => {
    const expected = '项目\t预算\t执行\nA\t150\t100\n\n';
    expect(csvTextToText('项目,预算,执行\nA,150,100\n')).toBe(expected);
    expect(csvTextToText('项目;预算;执行\nA;150;100\n')).toBe(expected);
    expect(csvTextToText('项目\t预算\t执行\nA\t150\t100\n')).toBe(expected);
  });

  it('quoted commas, quotes and line breaks stay inside their cell', () => {
    expect(csvTextToText('名称,备注\n"甲,乙","说""明""\n第二行"\n')).toBe(
      '名称\t备注\n甲,乙\t说"明" 第二行\n\n',
    );
  });

  it('pads short records; empty and all-empty records become blank lines', () => {
    expect(csvTextToText('汇总表\n序号,名称,得分\n\n,,\n1,甲,90')).toBe(
      '汇总表\t\t\n序号\t名称\t得分\n\n\n1\t甲\t90\n\n',
    );
  });
});

describe('csvToText', () => {
  it('decodes GBK bytes before parsing', () => {
    const bytes = new Uint8Array(iconv.encode('项目名称,执行率\r\n禁毒宣传教育专项经费,40.00%\r\n', 'gbk'));
    expect(csvToText(bytes)).toEqual({
      text: '项目名称\t执行率\n禁毒宣传教育专项经费\t40.00%\n\n',
      encoding: 'gb18030',
    });
  });
});
