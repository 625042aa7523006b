/**
 * Converter rules added in round 11 (formats): a cell's paragraphs and <br> lines joined without a
 * space between hanzi (HTML, docx, Markdown); <tfoot> rows after the body; checkboxes as ☑/☐;
 * docx simple fields unwrapped and unfilled content controls' placeholders removed; an xlsx
 * sheet's title row before its name; PDF pages whose text runs sideways turned upright; centred
 * PDF labels merged over three or more rows put on their span's first row.
 */
import { describe, expect, it } from 'vitest';
import { toText } from '../../../src/ingest/formats/index.ts';
import { patchWordXml } from '../../../src/ingest/formats/docx.ts';
import { htmlToText } from '../../../src/ingest/formats/html.ts';
import { markdownToText } from '../../../src/ingest/formats/markdown.ts';
import { uprightItems, type RawTextItem } from '../../../src/ingest/formats/pdf.ts';
import { joinCjkBreaks } from '../../../src/ingest/formats/table.ts';
import { LAYOUTS, readFixture } from '../../helpers/ingest.ts';

async function textOf(file: string): Promise<string> {
  const { file: name, bytes } = readFixture(LAYOUTS, file);
  return (await toText(name, bytes)).text;
}

describe('a cell of several paragraphs or lines: no space between hanzi', () => {
  it('joinCjkBreaks drops a break (and the blanks around it) between two CJK characters only', () => {
    expect(joinCjkBreaks('年初\n预算数')).toBe('年初预算数');
    expect(joinCjkBreaks('项目资金 \n （万元）')).toBe('项目资金（万元）');
    expect(joinCjkBreaks('年度\n\n指标值')).toBe('年度指标值');
    expect(joinCjkBreaks('30.00\n万元')).toBe('30.00\n万元');
    expect(joinCjkBreaks('设备老化\n1.加快更新')).toBe('设备老化\n1.加快更新');
  });

  it('HTML: <p> paragraphs and <br> lines of a cell (Word web pages, mammoth output)', () => {
    const html =
      '<table><tr><td><p class=MsoNormal>年初<o:p></o:p></p>\n<p class=MsoNormal>预算数<o:p></o:p></p></td>' +
      '<td>项目资金<br>（万元）</td><td>Total<br>合计</td><td>1.设备老化<br>2.人员不足</td></tr></table>';
    expect(htmlToText(html)).toBe('年初预算数\t项目资金（万元）\tTotal 合计\t1.设备老化 2.人员不足\n\n');
  });

  it('Markdown: <br> inside a pipe cell (Typora)', () => {
    expect(
      markdownToText('名称 | 年初<br>预算数 | 备注\n--- | ---: | ---\n甲 | 1 | 设备<br />到货延迟\n'),
    ).toBe('名称\t年初预算数\t备注\n\n甲\t1\t设备到货延迟\n');
  });
});

describe('HTML tables: <tfoot> and form controls', () => {
  it('a <tfoot> written before the <tbody> (HTML 4 order) is rendered below it', () => {
    const html =
      '<table><thead><tr><th>项目</th><th>金额</th></tr></thead><tfoot><tr><td>合计</td><td>3</td></tr></tfoot>' +
      '<tbody><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></tbody></table>';
    expect(htmlToText(html)).toBe('项目\t金额\n甲\t1\n乙\t2\n合计\t3\n\n');
  });

  it('a <tfoot> left open before the <tbody> still ends where the body starts', () => {
    const html = '<table><tfoot><tr><td>合计</td><td>3</td><tbody><tr><td>甲</td><td>3</td></tbody></table>';
    expect(htmlToText(html)).toBe('甲\t3\n合计\t3\n\n');
  });

  it('checkboxes and radio buttons as the boxes a reader sees', () => {
    const html =
      '<p>自评等级：<input type="checkbox" checked>优 <input type="checkbox">良 <input type=CHECKBOX>中</p>' +
      '<p><input type="radio" checked="checked">是 <input type="radio">否 <input type="text" value="x"></p>';
    expect(htmlToText(html)).toBe('自评等级：☑优 ☐良 ☐中\n◉是 ○否\n');
  });
});

describe('docx XML patches: simple fields and content-control placeholders', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const run = (t: string): string => `<w:r><w:t>${t}</w:t></w:r>`;

  it('w:fldSimple → its result runs (mammoth drops the element); an empty field → nothing', () => {
    const xml = `<w:document ${W}><w:p><w:fldSimple w:instr=" DOCPROPERTY Company ">${run('凤栖县公安局')}</w:fldSimple>${run('汇总表')}<w:fldSimple w:instr="PAGE"/></w:p></w:document>`;
    expect(patchWordXml(xml)).toBe(
      `<w:document ${W}><w:p>${run('凤栖县公安局')}${run('汇总表')}</w:p></w:document>`,
    );
  });

  it('a content control showing its placeholder loses its runs; a filled one keeps them', () => {
    const placeholder = `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${run('单击或点击此处输入文字。')}</w:sdtContent></w:sdt>`;
    const filled = `<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent>${run('柏溪县公安局')}</w:sdtContent></w:sdt>`;
    const out = patchWordXml(`<w:p>${placeholder}${filled}</w:p>`);
    expect(out).not.toContain('单击或点击此处输入文字');
    expect(out).toContain(filled);
  });

  it('checkbox content controls and FORMCHECKBOX fields come out ticked or not', async () => {
    const text = await textOf('r11f-form-controls.docx');
    expect(text).toContain('自评等级\t\t\t\t\t☑优 ☐良 ☐中 ☐差\t\t\t\t');
    expect(text).toContain('自评等级\t\t\t\t\t☐优 ☑良 ☐中 ☐差\t\t\t\t');
    expect(text).not.toContain('单击或点击此处输入文字');
    expect(text).toContain('填报人：吴晓岚 联系电话：\n');
  });
});

describe('xlsx: a sheet opening with a title row', () => {
  it('puts the title first and the sheet name after it; a sheet of one row keeps its name first', async () => {
    const lines = (await textOf('r11f-sheet-per-project.xlsx')).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `临江市公安局2023年度项目支出绩效自评表${'\t'.repeat(9)}`,
      '项目1',
      `项目名称\t警务航空器运行保障经费${'\t'.repeat(8)}`,
    ]);
    expect(lines[20]).toBe(`临江市公安局2023年度项目支出绩效自评表${'\t'.repeat(9)}`);
    expect(lines[21]).toBe('项目2');
  });
});

describe('PDF: text running sideways', () => {
  const raw = (str: string, a: number, b: number, e: number, f: number): RawTextItem => ({
    str,
    dir: 'ltr',
    width: str.length * 10,
    height: 10,
    transform: [a, b, -b, a, e, f],
    hasEOL: false,
  });

  it('an upright page keeps its coordinates', () => {
    expect(uprightItems([raw('项目名称', 10, 0, 50, 700)])[0]).toMatchObject({ x: 50, y: 700, fontSize: 10 });
  });

  it('a page whose text runs up the page is turned: x along the text, y up the lines', () => {
    // Two lines running upwards; the second line lies to the right (below, once turned).
    const items = uprightItems([
      raw('项目名称', 0, 10, 100, 50),
      raw('年初预算数', 0, 10, 100, 200),
      raw('看守所医疗保障经费', 0, 10, 130, 50),
    ]);
    expect(items.map((i) => [i.str, i.x, i.y])).toEqual([
      ['项目名称', 50, -100],
      ['年初预算数', 200, -100],
      ['看守所医疗保障经费', 50, -130],
    ]);
  });

  it('reads a landscape table printed sideways on a portrait page', async () => {
    expect((await textOf('r11f-sideways-table.pdf')).split('\n').slice(0, 4)).toEqual([
      '芦溪县公安局2023年度项目支出绩效自评汇总表',
      '单位：万元',
      '项目名称\t年初预算数\t全年预算数\t全年执行数\t执行率\t自评得分\t自评等级',
      '看守所医疗保障经费\t64.00\t64.00\t60.80\t95.00%\t95\t优',
    ]);
  });
});

describe('PDF: vertically centred labels merged over three or more rows', () => {
  it('go on the first row of their span (an odd span prints on its middle row, an even one midway)', async () => {
    const lines = (await textOf('r11f-centred-merges.pdf')).split('\n');
    expect(lines.slice(3, 8)).toEqual([
      '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '年度资金总额\t120.00\t120.00\t114.00\t10\t95.00%\t9.5',
      '其中：当年财政拨款\t120.00\t120.00\t114.00\t—\t—',
      '上年结转资金\t—\t—',
      '其他资金\t—\t—',
    ]);
    expect(lines.slice(10, 19).map((l) => l.split('\t').slice(0, 3).join('|'))).toEqual([
      '绩效指标|一级指标|二级指标',
      '产出指标|数量指标|防弹衣购置数量',
      '防暴盾牌购置数量|100面|100面',
      '质量指标|验收合格率|100%',
      '时效指标|列装时间|2023年9月前',
      '效益指标|社会效益指标|处置突发事件能力',
      '重大活动安保|零事故|零事故',
      '可持续影响指标|装备使用年限|≥5年',
      '满意度指标|服务对象满意度指标|民警满意度',
    ]);
  });

  it('the round-7 centred table: 项目资金 on the funds header row, 绩效指标 on the indicator header row', async () => {
    const lines = (await textOf('r7f-centred-wrap.pdf')).split('\n');
    expect(lines.find((l) => l.includes('年初预算数'))?.startsWith('项目资金（万元）\t')).toBe(true);
    expect(lines.find((l) => l.includes('一级指标'))?.startsWith('绩效指标\t')).toBe(true);
    expect(lines.find((l) => l.includes('当年财政拨款'))?.startsWith('其中：当年财政拨款')).toBe(true);
  });

  it('a top-aligned table (labels already on their first rows) is left as it is', async () => {
    const lines = (await textOf('../formats/self-eval.pdf')).split('\n');
    expect(lines.find((l) => l.includes('一级指标'))?.startsWith('绩效指标\t')).toBe(true);
    // Cells placed by position, as in the TSV export: the merged 绩效指标 and 一级指标 columns empty.
    expect(lines.find((l) => l.includes('系统稳定运行年限'))?.startsWith('\t\t可持续影响指标\t')).toBe(true);
  });
});
