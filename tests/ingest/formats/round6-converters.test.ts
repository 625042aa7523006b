/**
 * Converter rules added in round 6 (formats): HTML layout tables, nested sub-tables and
 * display:none; hidden worksheets; Word's w:gridBefore and hidden text; letter-spaced and
 * wrapped PDF text.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { StructuredTextItem } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { docxToText, patchWordXml } from '../../../src/ingest/formats/docx.ts';
import { htmlToText } from '../../../src/ingest/formats/html.ts';
import { pageLines } from '../../../src/ingest/formats/pdf.ts';
import { xlsxToText } from '../../../src/ingest/formats/xlsx.ts';
import { pdfTextItem as item } from './fixtures.ts';

describe('htmlToText: tables in tables', () => {
  it('a cell holding a table of several rows and text besides → the outer table is page layout', () => {
    const html =
      '<table><tr><td><ul><li>首页</li><li>政务公开</li></ul></td><td><h2>标题</h2><p>填报单位：甲</p>' +
      '<table><tr><td>项目名称</td><td>乙</td></tr><tr><td>总分</td><td>90</td></tr></table><p>自评等级：优</p></td></tr></table><p>页脚</p>';
    expect(htmlToText(html)).toBe(
      [
        '首页',
        '政务公开',
        '标题',
        '填报单位：甲',
        '项目名称\t乙',
        '总分\t90',
        '',
        '自评等级：优',
        '页脚',
        '',
      ].join('\n'),
    );
  });

  it('a table of several rows alone in a cell → its own table after the row, the outer table continuing', () => {
    const html =
      '<table><tr><td>项目名称</td><td>乙</td></tr><tr><td>绩效指标</td><td><table><tr><td>一级指标</td><td>分值</td></tr>' +
      '<tr><td>产出指标</td><td>50</td></tr></table></td></tr><tr><td>总分</td><td>90</td></tr></table>';
    expect(htmlToText(html)).toBe(
      ['项目名称\t乙', '绩效指标\t', '', '一级指标\t分值', '产出指标\t50', '', '总分\t90', '', ''].join('\n'),
    );
  });

  it('a one-row nested table stays flattened into its cell', () => {
    expect(
      htmlToText(
        '<table><tr><td>a</td><td>y<table><tr><td>n1</td><td>n2</td></tr></table></td></tr></table>',
      ),
    ).toBe('a\ty n1 n2\n\n');
  });
});

describe('htmlToText: display:none', () => {
  it('drops hidden rows, cells and spans (Excel web export, Word hidden text)', () => {
    const html =
      "<table><tr><td>项目</td><td style='display:none'>上年结转</td><td>执行数</td></tr>" +
      "<tr style='display: none'><td>（已取消）</td><td>0</td><td>0</td></tr>" +
      '<tr><td>甲</td><td style="display:none"><span>0.00</span></td><td>90</td></tr></table>' +
      '<p>正文<span style="DISPLAY:NONE;mso-hide:all">隐藏<b>文字</b></span>可见<br style="display:none">续</p>';
    expect(htmlToText(html)).toBe('项目\t执行数\n甲\t90\n\n正文可见续\n');
  });
});

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsxToText: hidden sheets', () => {
  it('leaves out hidden and very hidden sheets', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('汇总').addRow(['甲', 90]);
      wb.addWorksheet('初稿', { state: 'hidden' }).addRow(['甲', 85]);
      wb.addWorksheet('选项', { state: 'veryHidden' }).addRow(['优', '良']);
    });
    expect(await xlsxToText(bytes)).toBe('汇总\n甲\t90\n\n');
  });

  it('keeps hidden sheets when no sheet is visible', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('表1', { state: 'hidden' }).addRow(['甲', 90]);
    });
    expect(await xlsxToText(bytes)).toBe('表1\n甲\t90\n\n');
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

const tc = (text: string, props = ''): string =>
  `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

describe('docxToText: what mammoth does not know', () => {
  it('w:gridBefore → an empty cell of that width, so the row keeps its columns (vMerge too)', async () => {
    const body =
      `<w:tbl><w:tr>${tc('项目资金', '<w:vMerge w:val="restart"/>')}${tc('年度资金总额')}${tc('150')}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('其中：财政拨款')}${tc('150')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('其他资金')}${tc('—')}</w:tr></w:tbl>`;
    expect(await docxToText(await docx(body))).toBe(
      '项目资金\t年度资金总额\t150\n\t其中：财政拨款\t150\n\t其他资金\t—\n\n',
    );
  });

  it('drops hidden runs (w:vanish) and tracked deletions; keeps insertions and a hidden paragraph mark', async () => {
    const body =
      '<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>填报单位：甲</w:t></w:r>' +
      '<w:r><w:rPr><w:b/><w:vanish/></w:rPr><w:t>（填表说明）</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>执行率</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>：</w:t></w:r>' +
      '<w:del w:id="1" w:author="a"><w:r><w:delText>90%</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="a"><w:r><w:t>95%</w:t></w:r></w:ins></w:p>';
    expect(await docxToText(await docx(body))).toBe('填报单位：甲\n执行率：95%\n');
  });

  it('patchWordXml leaves XML without those marks unchanged and never cuts a run holding runs', () => {
    const plain = `<w:document ${W}><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`;
    expect(patchWordXml(plain)).toBe(plain);
    const textBox =
      '<w:r><w:pict><w:txbxContent><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>h</w:t></w:r><w:r><w:t>v</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>';
    expect(patchWordXml(textBox)).toBe(
      '<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>v</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>',
    );
  });
});

/** One item per character, `gap` pt apart. */
function spaced(text: string, x: number, y: number, gap: number): StructuredTextItem[] {
  return [...text].map((ch, i) => item(ch, x + i * (10 + gap), y));
}

describe('pageLines: letter-spaced text', () => {
  it('joins a justified label (one item per hanzi at equal gaps, wider than a cell gap)', () => {
    expect(pageLines([...spaced('项目名称', 40, 500, 10), item('公安检查站设备维护经费', 120, 500)])).toEqual(
      ['项目名称\t公安检查站设备维护经费'],
    );
    expect(pageLines([...spaced('其他资金', 120, 500, 35), item('—', 320, 500)])).toEqual(['其他资金\t—']);
  });

  it('joins a letter-spaced title, pieces like "出 绩 效" included, and a spaced two-hanzi label opening a row', () => {
    const title = [
      item('项', 0, 600),
      item('目', 15, 600),
      item('出 绩 效', 30, 600, 10, 5),
      item('表', 50, 600),
    ];
    expect(pageLines(title)).toEqual(['项目出绩效表']);
    expect(
      pageLines([...spaced('总分', 40, 500, 30), item('100', 150, 500, 10, 5), item('99', 200, 500, 10, 5)]),
    ).toEqual(['总分\t100\t99']);
    expect(pageLines([item('满 意 度 指 标', 40, 500, 10, 5), item('群众满意度', 120, 500)])).toEqual([
      '满意度指标\t群众满意度',
    ]);
  });

  it('keeps cells of single characters at unequal gaps, and figures', () => {
    expect(pageLines([item('等级', 0, 500), item('优', 40, 500), item('良', 100, 500)])).toEqual([
      '等级\t优\t良',
    ]);
    // Two single hanzi at equal gaps are joined only where they open the line (a justified label).
    expect(pageLines([item('等级', 0, 500), item('优', 40, 500), item('良', 80, 500)])).toEqual([
      '等级\t优\t良',
    ]);
    expect(
      pageLines([item('1', 0, 500, 10, 5), item('2', 30, 500, 10, 5), item('3', 60, 500, 10, 5)]),
    ).toEqual(['1\t2\t3']);
  });
});

describe('pageLines: wrapped cells', () => {
  const row = (y: number, name: string): StructuredTextItem[] => [
    item('满意度指标', 40, y),
    item(name, 120, y),
    item('≥90%', 220, y, 10, 5),
    item('20', 300, y, 10, 5),
  ];

  it('joins a text line just below a row into the cell it starts in', () => {
    expect(pageLines([...row(500, '服务对象满意'), item('度指标', 120, 486)])).toEqual([
      '满意度指标\t服务对象满意度指标\t≥90%\t20',
    ]);
  });

  it('keeps a new row (a figure in it), a paragraph at the first column and a line a row pitch away', () => {
    expect(pageLines([...row(500, '甲'), item('乙', 120, 486), item('18', 300, 486, 10, 5)])).toEqual([
      '满意度指标\t甲\t≥90%\t20',
      '乙\t18',
    ]);
    expect(pageLines([...row(500, '甲'), item('自评等级：优', 40, 486)])).toEqual([
      '满意度指标\t甲\t≥90%\t20',
      '自评等级：优',
    ]);
    expect(pageLines([...row(500, '甲'), item('乙', 120, 480)])).toEqual(['满意度指标\t甲\t≥90%\t20', '乙']);
  });
});
