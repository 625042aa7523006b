/**
 * Converter rules added in round 7 (formats): Word automatic numbering, footnote references and
 * DrawingML text boxes in docx; Word HTML list labels and CJK segment breaks; number-format text
 * in xlsx; quoted multi-line cells in tab-separated text; PDF cells centred around a row and
 * header rows repeated on each page.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatNumber, numberParagraphs, readNumbering } from '../../../src/ingest/formats/docx-numbering.ts';
import { docxToText, patchWordXml } from '../../../src/ingest/formats/docx.ts';
import { htmlToText, joinCjkSegmentBreaks } from '../../../src/ingest/formats/html.ts';
import { toTextSync } from '../../../src/ingest/formats/index.ts';
import { joinPages, pageLines } from '../../../src/ingest/formats/pdf.ts';
import { joinQuotedTabFields } from '../../../src/ingest/formats/tab-text.ts';
import { xlsxToText } from '../../../src/ingest/formats/xlsx.ts';
import { pdfTextItem as item } from './fixtures.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const numbering = (levels: string, nums: string): string =>
  `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum>${nums}</w:numbering>`;
const lvl = (ilvl: number, fmt: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
const para = (text: string, props: string): string =>
  `<w:p><w:pPr>${props}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const numPr = (numId: number, ilvl = 0): string =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

/** The texts of the w:t elements of each paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('docx automatic numbering', () => {
  const model = readNumbering(
    numbering(
      lvl(0, 'chineseCounting', '%1、') + lvl(1, 'chineseCounting', '（%2）') + lvl(2, 'decimal', '%3.'),
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/>' +
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>',
    ),
    null,
  );

  it('counts levels through the document, restarting deeper levels under a new parent', () => {
    const xml = [
      para('基本情况', numPr(1)),
      para('甲项目', numPr(1, 1)),
      para('乙项目', numPr(1, 1)),
      para('问题一', numPr(1, 2)),
      para('存在的问题', numPr(1)),
      para('丙项目', numPr(1, 1)),
      para('正文', ''),
      para('无编号', numPr(0)),
    ].join('');
    expect(paragraphs(numberParagraphs(xml, model))).toEqual([
      '一、基本情况',
      '（一）甲项目',
      '（二）乙项目',
      '1.问题一',
      '二、存在的问题',
      '（一）丙项目',
      '正文',
      '无编号',
    ]);
  });

  it('a num overriding the start is a list of its own', () => {
    const xml = [para('甲', numPr(1)), para('乙', numPr(2)), para('丙', numPr(2)), para('丁', numPr(1))].join(
      '',
    );
    expect(paragraphs(numberParagraphs(xml, model))).toEqual(['一、甲', '三、乙', '四、丙', '二、丁']);
  });

  it('numbering from a paragraph style and its basedOn chain; the old properties of w:pPrChange ignored', () => {
    const styles =
      `<w:styles ${W}><w:style w:type="paragraph" w:styleId="h1"><w:pPr>${numPr(1)}</w:pPr></w:style>` +
      '<w:style w:type="paragraph" w:styleId="h2"><w:basedOn w:val="h1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style></w:styles>';
    const withStyles = readNumbering(
      numbering(
        lvl(0, 'chineseCounting', '%1、') + lvl(1, 'decimal', '%1.%2'),
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      ),
      styles,
    );
    const xml = [
      para('概述', '<w:pStyle w:val="h1"/>'),
      para('细目', '<w:pStyle w:val="h2"/>'),
      para('改过格式', `<w:pPrChange w:id="1"><w:pPr>${numPr(1)}</w:pPr></w:pPrChange>`),
    ].join('');
    expect(paragraphs(numberParagraphs(xml, withStyles))).toEqual(['一、概述', '一.1 细目', '改过格式']);
  });

  it('formats Word number formats', () => {
    expect([1, 10, 11, 20, 21, 105].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '一百零五',
    ]);
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(7, 'decimalFullWidth')).toBe('７');
  });

  it('a bullet adds nothing', () => {
    const bullets = readNumbering(
      numbering(lvl(0, 'bullet', ''), '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'),
      null,
    );
    expect(paragraphs(numberParagraphs(para('要点', numPr(1)), bullets))).toEqual(['要点']);
  });
});

describe('patchWordXml: notes and text boxes', () => {
  it('removes footnote and endnote references', () => {
    const xml = `<w:p><w:r><w:t>执行率90%</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>`;
    expect(patchWordXml(xml)).toBe('<w:p><w:r><w:t>执行率90%</w:t></w:r><w:r></w:r><w:r></w:r></w:p>');
  });

  it('gives a DrawingML-only text box the VML form mammoth reads', () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>标题</w:t></w:r></w:p></w:txbxContent>';
    const xml = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:txbx>${box}</wps:txbx></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>`;
    expect(patchWordXml(xml)).toBe(
      `<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    );
    // With a fallback, the choice is left alone (mammoth reads the fallback).
    const both = `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box}</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent>`;
    expect(patchWordXml(both)).toContain('<mc:Choice Requires="wps">');
  });

  it('docxToText: numbered headings, no footnote text, the text box title', async () => {
    const zip = new JSZip();
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    zip.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    );
    zip.file(
      'word/_rels/document.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="r3" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`,
    );
    zip.file(
      'word/numbering.xml',
      numbering(lvl(0, 'chineseCounting', '%1、'), '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'),
    );
    zip.file(
      'word/footnotes.xml',
      `<w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>注释文字</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    );
    zip.file(
      'word/document.xml',
      `<w:document ${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>` +
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>某县公安局绩效自评报告</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>' +
        para('基本情况', numPr(1)) +
        '<w:p><w:r><w:t>执行率90%</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>' +
        para('存在的问题', numPr(1)) +
        '</w:body></w:document>',
    );
    const text = await docxToText(await zip.generateAsync({ type: 'uint8array' }));
    expect(text).toBe('某县公安局绩效自评报告\n一、基本情况\n执行率90%。\n二、存在的问题\n');
  });
});

describe('htmlToText: Word HTML', () => {
  it('a source line break between Chinese characters is no space, tags between allowed; <pre> kept', () => {
    expect(joinCjkSegmentBreaks('资金支付进度\r\n滞后'.replace('\r', ''))).toBe('资金支付进度滞后');
    expect(htmlToText('<p>进度<span>\n</span>滞后，\n<b>计划</b>\nabc\n中文</p>')).toBe(
      '进度滞后，计划 abc 中文\n',
    );
    expect(htmlToText('<pre>第一行\n第二行</pre>')).toBe('第一行\n第二行\n');
  });

  it('a list label in <![if !supportLists]> keeps its text, not its padding; a bullet glyph is left out', () => {
    const item = (label: string, text: string): string =>
      `<p class=MsoListParagraph><![if !supportLists]><span>${label}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>${text}</span></p>`;
    expect(htmlToText(item('三、', '存在的问题') + item('l', '要点') + item('（一）', '甲项目'))).toBe(
      '三、存在的问题\n要点\n（一）甲项目\n',
    );
    // Filtered HTML writes the same block as comments.
    expect(htmlToText('<p><!--[if !supportLists]-->1.<span>&nbsp;&nbsp; </span><!--[endif]-->问题</p>')).toBe(
      '1.问题\n',
    );
  });
});

describe('xlsx: text a number format adds', () => {
  it('shows quoted and escaped literals around the number', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    const cells: [number, string][] = [
      [46, '0"个"'],
      [3.5, '0.0"小时"'],
      [0.925, '0.0%'],
      [90, '"≥"0'],
      [12, '0"人"'],
      [1234.5, '#,##0.00'],
    ];
    ws.addRow(cells.map(([v]) => v));
    cells.forEach(([, fmt], k) => {
      ws.getCell(1, k + 1).numFmt = fmt;
    });
    const text = await xlsxToText(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(text).toBe('表\n46个\t3.5小时\t92.5%\t≥90\t12人\t1234.5\n\n');
  });
});

describe('tab-separated text: quoted cells', () => {
  it('joins a quoted cell over several lines back into its row, unquoted', () => {
    const tsv =
      '"项目资金\n（万元）"\t"年初\n预算数"\t全年预算数\t\n\t100\t120\t\n"看守所""一室一档"""\t5\t\n';
    expect(joinQuotedTabFields(tsv)).toBe(
      '项目资金 （万元）\t年初 预算数\t全年预算数\t\n\t100\t120\t\n看守所"一室一档"\t5\t\n',
    );
  });

  it('leaves text whose quotes are not cell quoting verbatim', () => {
    const text = '"十四五"规划项目\t100\n说明："甲\t乙\n丙"\n';
    expect(joinQuotedTabFields(text)).toBe(text);
    expect(joinQuotedTabFields('他说"好"\n')).toBe('他说"好"\n');
  });

  it('applies to .tsv and .txt files', () => {
    const bytes = new TextEncoder().encode('"a\nb"\t1\r\n');
    expect(toTextSync('x.tsv', bytes).text).toBe('a b\t1\n');
  });
});

describe('pageLines: vertically centred cells', () => {
  it('joins the lines of a wrapped cell around a row into that row', () => {
    const lines = pageLines([
      item('序号', 40, 530, 10),
      item('项目名称', 80, 530),
      item('执行率', 250, 530),
      item('派出所办公', 80, 506),
      item('1', 40, 500, 10, 5),
      item('20.00', 200, 500, 10, 5),
      item('80.00%', 250, 500, 10, 5),
      item('设备购置', 85, 494),
    ]);
    expect(lines).toEqual(['序号\t项目名称\t执行率', '1\t派出所办公设备购置\t20.00\t80.00%']);
  });

  it('a label merged over two rows, midway between them, goes into the upper row', () => {
    const lines = pageLines([
      item('数量指标', 80, 500),
      item('人数', 160, 500),
      item('20', 250, 500, 10, 5),
      item('产出指标', 20, 494),
      item('质量指标', 80, 488),
      item('达标率', 160, 488),
      item('20', 250, 488, 10, 5),
    ]);
    expect(lines).toEqual(['产出指标\t数量指标\t人数\t20', '质量指标\t达标率\t20']);
  });

  it('leaves a paragraph line between rows alone unless it is centred between them', () => {
    const lines = pageLines([
      item('甲', 20, 500),
      item('10', 100, 500, 10, 5),
      item('说明文字', 150, 490),
      item('乙', 20, 470),
      item('20', 100, 470, 10, 5),
    ]);
    expect(lines).toEqual(['甲\t10', '说明文字', '乙\t20']);
  });
});

describe('joinPages: a header repeated on the next page', () => {
  it('drops the repeated header rows of a table running over the break', () => {
    const head = ['序号\t项目名称\t得分'];
    expect(
      joinPages([
        ['标题', ...head, '1\t甲\t90', '- 1 -'],
        [...head, '2\t乙\t80'],
      ]),
    ).toBe('标题\n序号\t项目名称\t得分\n1\t甲\t90\n2\t乙\t80\n');
    // A first row that only looks like the previous page's header is kept when it is the table's only row.
    expect(joinPages([['a\tb'], ['a\tb']])).toBe('a\tb\na\tb\n');
  });
});
