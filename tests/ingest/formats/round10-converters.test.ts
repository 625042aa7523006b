/**
 * Converter rules added in round 10 (formats): a UTF-8 BOM before legacy bytes and UTF-8 lines in
 * a GBK text; typographic quotes as CSV quotes; classes a <style> sheet hides on screen; HTML
 * tables in Markdown; tables of contents in docx; Alt+Enter between hanzi in xlsx cells; PDF pages
 * in two text columns, wrapped paragraph lines and wrapped centred titles.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/ingest/decode.ts';
import { csvTextToText, typographicQuotesToAscii } from '../../../src/ingest/formats/csv.ts';
import { dropTableOfContents } from '../../../src/ingest/formats/docx.ts';
import { htmlToText, screenHiddenClasses } from '../../../src/ingest/formats/html.ts';
import { markdownToText } from '../../../src/ingest/formats/markdown.ts';
import { pageLines, textColumns } from '../../../src/ingest/formats/pdf.ts';
import { joinCjkBreaks } from '../../../src/ingest/formats/table.ts';
import { pdfTextItem as item } from './fixtures.ts';

const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gbk'));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};

describe('decodeText: mixed and mislabelled encodings', () => {
  const body = '该项目年初预算数48万元，全年执行数47.5万元，预算执行率95%。\n存在的问题：训导人员不足。\n';

  it('a UTF-8 BOM before GBK bytes: the rest detected as GBK, the BOM dropped', () => {
    const { text, encoding } = decodeText(concat(new Uint8Array([0xef, 0xbb, 0xbf]), gbk(body)));
    expect(encoding).toBe('gb18030');
    expect(text).toBe(body);
  });

  it('a UTF-8 title line (after a BOM or not) in a GBK file stays UTF-8', () => {
    const title = '岚城县公安局2023年度警犬训养经费项目支出绩效自评报告\r\n';
    for (const bom of [new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array(0)]) {
      const { text, encoding } = decodeText(concat(bom, utf8(title), gbk(body)));
      expect(encoding).toBe('gb18030');
      expect(text).toBe(`岚城县公安局2023年度警犬训养经费项目支出绩效自评报告\n${body}`);
    }
  });

  it('plain GBK and UTF-8 with a BOM are decoded as before', () => {
    expect(decodeText(gbk(body))).toEqual({ text: body, encoding: 'gb18030' });
    expect(decodeText(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(body)))).toEqual({
      text: body,
      encoding: 'utf-8-bom',
    });
  });

  it('GB18030 four-byte characters and Big5 text', () => {
    const rare = '䶮阳县公安局𡌶山派出所，填报人𠮷丽华。\n业务用房维修经费年初预算数36万元。\n';
    expect(decodeText(new Uint8Array(iconv.encode(rare, 'gb18030')))).toEqual({
      text: rare,
      encoding: 'gb18030',
    });
    const traditional =
      '澄江縣公安局禁毒宣傳經費項目支出績效自評報告\n該項目年初預算數30萬元，全年執行數27萬元。\n';
    expect(decodeText(new Uint8Array(iconv.encode(traditional, 'big5')))).toEqual({
      text: traditional,
      encoding: 'big5',
    });
  });
});

describe('CSV: typographic quotes around the cells', () => {
  it('re-quotes fully “…”-quoted records with ASCII quotes; a delimiter inside stays in the cell', () => {
    const csv = '“项目名称”,“年初预算数”,“说明”\n“视频运维”,“1,050.00”,“含“雪亮工程”点位”\n';
    expect(typographicQuotesToAscii(csv)).toBe(
      '"项目名称","年初预算数","说明"\n"视频运维","1,050.00","含“雪亮工程”点位"\n',
    );
    expect(csvTextToText(csv)).toBe('项目名称\t年初预算数\t说明\n视频运维\t1,050.00\t含“雪亮工程”点位\n\n');
  });

  it('leaves files whose quotes are text alone', () => {
    const csv = '项目名称,说明\n“平安校园”建设经费,已完成\n';
    expect(typographicQuotesToAscii(csv)).toBe(csv);
  });
});

describe('HTML: classes hidden on screen by the <style> sheet', () => {
  it('collects .x { display:none } at top level and in @media screen, not in @media print', () => {
    const html =
      '<style>/* WPS */ @media screen { .print-copy, div.p2 { display : none } } @media print { .screen { display:none } } .gone{display:none} .shown{display:block} p .nested{display:none}</style>';
    expect([...screenHiddenClasses(html)].sort()).toEqual(['gone', 'p2', 'print-copy']);
  });

  it('drops the elements with such a class', () => {
    const html =
      '<style>@media screen{.print{display:none}}</style><p>正文</p><div class="wps print"><p>打印副本</p></div><p>结尾</p>';
    expect(htmlToText(html)).toBe('正文\n结尾\n');
  });
});

describe('Markdown: an HTML <table> block', () => {
  it('puts each row on the line of its <tr>', () => {
    const md = [
      '# 标题',
      '<table>',
      '<tr><td>项目名称</td><td colspan="2">执法经费</td></tr>',
      '<tr><td>年初预算数</td><td>10</td><td>20</td></tr>',
      '</table>',
      '正文',
    ].join('\n');
    expect(markdownToText(md).split('\n')).toEqual([
      '标题',
      '',
      '项目名称\t执法经费\t',
      '年初预算数\t10\t20',
      '',
      '正文',
    ]);
  });

  it('a table written on one line: its rows there, later lines shifted', () => {
    const md = '<table><tr><td>a</td></tr><tr><td>b</td></tr></table>\n正文';
    expect(markdownToText(md).split('\n')).toEqual(['a', 'b', '正文']);
  });
});

describe('docx: table of contents', () => {
  const W = (s: string): string => `<w:r><w:t>${s}</w:t></w:r>`;
  const fld = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  const entry = (text: string, page: string): string =>
    `<w:hyperlink>${W(text)}${fld('begin')}<w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>${fld('separate')}${W(page)}${fld('end')}</w:hyperlink>`;

  it('removes the paragraphs of a TOC field, nested PAGEREF fields included', () => {
    const xml = `<w:body><w:p>${W('目录')}</w:p><w:p>${fld('begin')}<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>${fld('separate')}${entry('一、概况', '2')}</w:p><w:p>${entry('二、问题', '3')}${fld('end')}</w:p><w:p>${W('一、概况')}</w:p></w:body>`;
    expect(dropTableOfContents(xml)).toBe(
      `<w:body><w:p>${W('目录')}</w:p><w:p>${W('一、概况')}</w:p></w:body>`,
    );
  });

  it('removes a Table of Contents content control', () => {
    const xml = `<w:body><w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent><w:p>${W('一、概况 2')}</w:p></w:sdtContent></w:sdt><w:p>${W('正文')}</w:p></w:body>`;
    expect(dropTableOfContents(xml)).toBe(`<w:body><w:p>${W('正文')}</w:p></w:body>`);
  });
});

describe('xlsx: Alt+Enter inside a cell', () => {
  it('drops a break between hanzi, keeps others for the space rule', () => {
    expect(joinCjkBreaks('年度\n指标值')).toBe('年度指标值');
    expect(joinCjkBreaks('高峰期\r\n排队时间较长')).toBe('高峰期排队时间较长');
    expect(joinCjkBreaks('Total\n合计')).toBe('Total\n合计');
  });
});

describe('PDF: two text columns, wrapped paragraphs, wrapped centred titles', () => {
  // Two columns of 14 hanzi (x 0–140 and 180–320), lines 14 apart, a two-line title over both.
  const chunks = (text: string): string[] => text.match(/.{1,14}/gu) ?? [];
  const p1 = '该项目年初预算数九十六万元，全年执行数九十一点二万元，预算执行率百分之九十五。';
  const p2 = '部分设备使用年限较长，故障率有所上升，看护人员流动性大，培训工作需持续加强。';
  const p3 = '该项目自评得分九十四分，自评等级为优，各项指标均已完成，无重大偏差。';
  const left = ['一、项目基本情况', ...chunks(p1), '二、存在的问题', ...chunks(p2)];
  const right = ['三、自评结论', ...chunks(p3), '四、改进措施', '加强设备维护。'];
  const title = '东湖区公安分局二〇二三年度执法办案管理中心运行经费项目支出绩效自评';
  const items = [
    item(title, 0, 800, 10),
    item('报告', title.length * 5 - 10, 785, 10),
    ...left.map((s, k) => item(s, 0, 760 - 14 * k)),
    ...right.map((s, k) => item(s, 180, 760 - 14 * k)),
  ];

  it('textColumns: the title, then the left column, then the right', () => {
    const blocks = textColumns(items);
    expect(blocks.map((b) => b.map((x) => x.str))).toEqual([[title, '报告'], left, right]);
  });

  it('pageLines joins the wrapped lines and the title', () => {
    expect(pageLines(items)).toEqual([
      `${title}报告`,
      '一、项目基本情况',
      p1,
      '二、存在的问题',
      p2,
      '三、自评结论',
      p3,
      '四、改进措施',
      '加强设备维护。',
    ]);
  });

  it('a table is not two columns', () => {
    const rows = Array.from({ length: 6 }, (_, k) => [
      item(`项目${k}`, 0, 700 - 14 * k),
      item('12.00', 140, 700 - 14 * k, 10, 5),
      item('95%', 200, 700 - 14 * k, 10, 5),
    ]).flat();
    expect(textColumns(rows)).toHaveLength(1);
  });
});
