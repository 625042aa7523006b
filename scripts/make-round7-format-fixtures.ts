/**
 * Writes the round-7 format fixtures (tests/fixtures/layouts/r7f-*): invented agencies' reports in
 * real-world shapes of docx, xlsx, pdf, html, csv and tsv that the converters once misread —
 * Word automatic numbering (section and list numbers that exist only in numbering.xml), a title
 * in a DrawingML text box, footnotes, table cells of several paragraphs, Word's "save as web
 * page" HTML, an xlsx form with a two-row header and text/percent figures, PDFs with centred
 * wrapped cells and a header row repeated on every page, a GBK CSV and an Excel TSV export.
 *   npx tsx scripts/make-round7-format-fixtures.ts [out-dir]
 * Needs jszip (docx parts), exceljs, iconv-lite (GBK) and /usr/bin/chromium with CJK fonts (PDF).
 * Text files and the docx are byte-for-byte reproducible; exceljs and chromium embed timestamps.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  docxPackage as sharedDocxPackage,
  type DocxParts,
  docxTable,
  gbk,
  htmlTable,
  ind,
  printPdf,
  type Project,
  projectGrid,
  utf8,
  W_NS as W_BASE,
  workbook,
  wPara,
  wRun as run,
  writeFixtures,
} from './fixture-builders.ts';

const OUT = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'layouts');
const ONLY = process.argv[3];

// ── DOCX ─────────────────────────────────────────────────────────────────────────────────────

const W_NS = [
  W_BASE,
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'mc:Ignorable="wps"',
].join(' ');

/** A docx whose document and parts declare the DrawingML and VML namespaces too. */
const docxPackage = (body: string, parts: DocxParts): Promise<Uint8Array> =>
  sharedDocxPackage(body, parts, { ns: W_NS });

/** A paragraph numbered by Word (numId, level): its number is not in the text. */
const numbered = (text: string, numId: number, ilvl = 0, style = ''): string =>
  wPara(
    text,
    `${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`,
  );

/** numbering.xml: abstractNum levels as [numFmt, lvlText] and the nums that use them. */
function numberingXml(
  abstracts: readonly (readonly [fmt: string, text: string, suff?: string][])[],
  nums: readonly [numId: number, abstractId: number, restart?: number][],
): string {
  const abs = abstracts
    .map(
      (levels, a) =>
        `<w:abstractNum w:abstractNumId="${a}"><w:multiLevelType w:val="multilevel"/>${levels
          .map(
            ([fmt, text, suff], l) =>
              `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${suff ? `<w:suff w:val="${suff}"/>` : ''}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`,
          )
          .join('')}</w:abstractNum>`,
    )
    .join('');
  const ns = nums
    .map(
      ([id, a, restart]) =>
        `<w:num w:numId="${id}"><w:abstractNumId w:val="${a}"/>${restart === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${restart}"/></w:lvlOverride>`}</w:num>`,
    )
    .join('');
  return abs + ns;
}

// ── the reports ──────────────────────────────────────────────────────────────────────────────

/**
 * 1. A narrative report whose section numbers (一、 … 五、) come from a heading style linked to a
 * Chinese-counting list, its problem items (1. 2.) from a decimal list; a footnote on the amounts.
 */
async function numberedSectionsDocx(): Promise<Uint8Array> {
  const styles =
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';
  const numbering = numberingXml(
    [
      [
        ['chineseCounting', '%1、', 'nothing'],
        ['chineseCounting', '（%2）', 'nothing'],
      ],
      [['decimal', '%1.', 'tab']],
    ],
    [
      [1, 0],
      [2, 1],
      [3, 1, 1],
    ],
  );
  const footnotes =
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来源：2023年度部门决算报表，尚未经审计，部分设备尾款因供应商资质问题暂缓支付。</w:t></w:r></w:p></w:footnote>';
  const body = [
    wPara('汾阳市公安局2023年度禁毒专项经费项目支出绩效自评报告', '<w:jc w:val="center"/>'),
    numbered('项目基本情况', 1, 0, '1'),
    wPara('禁毒专项经费项目由汾阳市公安局禁毒大队组织实施，主要用于毒品查缉、禁毒宣传和吸毒人员管控。'),
    numbered('项目资金使用情况', 1, 0, '1'),
    `<w:p>${run('2023年该项目年初预算数60万元，全年预算数64万元，全年执行数57.6万元，预算执行率90%')}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${run('。')}</w:p>`,
    numbered('绩效目标完成情况', 1, 0, '1'),
    numbered('产出指标完成情况', 1, 1, '2'),
    wPara('全年开展禁毒宣传活动36场，完成吸毒人员尿检1200人次。'),
    numbered('效益指标完成情况', 1, 1, '2'),
    wPara('全市新增吸毒人员同比下降15%，群众禁毒知晓率达到92%。'),
    numbered('存在的问题', 1, 0, '1'),
    numbered('部分乡镇禁毒宣传覆盖面不足，宣传形式较为单一。', 2),
    numbered('毒品检测试剂采购计划编制不够精准，年底出现结余。', 2),
    numbered('下一步改进措施', 1, 0, '1'),
    numbered('创新宣传方式，推动禁毒宣传进农村、进学校。', 3),
    numbered('科学编制采购计划，提高资金使用效益。', 3),
    numbered('自评结论', 1, 0, '1'),
    wPara('经综合评价，该项目自评得分92分，自评等级为优。'),
  ].join('');
  return docxPackage(body, { numbering, styles, footnotes });
}

/** 2. A department report listing its projects under auto-numbered sub-headings （一）（二）（三）. */
async function numberedProjectsDocx(): Promise<Uint8Array> {
  const numbering = numberingXml(
    [
      [
        ['chineseCounting', '%1、', 'nothing'],
        ['chineseCounting', '（%2）', 'nothing'],
        ['decimal', '%3.', 'nothing'],
      ],
    ],
    [[5, 0]],
  );
  const body = [
    wPara('兴县公安局2023年度项目支出绩效自评报告', '<w:jc w:val="center"/>'),
    numbered('总体情况', 5, 0),
    wPara('2023年我局纳入绩效自评的项目共3个，年初预算数合计230万元，全年执行数合计210.4万元。'),
    numbered('项目自评情况', 5, 0),
    numbered('执法记录仪购置项目', 5, 1),
    wPara(
      '该项目年初预算数120万元，全年预算数120万元，全年执行数114万元，执行率95%，自评得分94分，等级为优。',
    ),
    numbered('看守所伙食补助经费', 5, 1),
    wPara(
      '该项目年初预算数80万元，全年预算数86万元，全年执行数77.4万元，执行率90%，自评得分88分，等级为良。',
    ),
    numbered('禁毒宣传经费', 5, 1),
    wPara(
      '该项目年初预算数30万元，全年预算数30万元，全年执行数19万元，执行率63.33%，自评得分76分，等级为中。',
    ),
    numbered('存在的问题', 5, 0),
    numbered('项目前期论证不充分，部分项目预算调整频繁。', 5, 2),
    numbered('禁毒宣传经费支出进度偏慢，资金结余较多。', 5, 2),
  ].join('');
  return docxPackage(body, { numbering });
}

/**
 * 3. A project table whose title sits in a text box (DrawingML only, no VML fallback, as WPS
 * writes it), a page header, and cells of several paragraphs (a wrapped label, 主管部门 over two).
 */
async function textBoxDocx(): Promise<Uint8Array> {
  const p: Project = {
    name: '派出所执法执勤车辆运维经费',
    dept: '岢岚县公安局',
    unit: '岢岚县公安局警务保障室',
    initial: '42.00',
    adjusted: '45.00',
    executed: '43.20',
    rate: '96.00%',
    execScore: '9.6',
    goal: '保障全局32辆执法执勤车辆正常运行。',
    done: '32辆车辆全年运行正常，出车率98%。',
    indicators: [
      ind('产出指标', '数量指标', '保障车辆数', '32辆', '32辆', 20, 20),
      ind('产出指标', '质量指标', '车辆完好率', '≥95%', '98%', 20, 20),
      ind('效益指标', '社会效益指标', '接处警到场时间', '≤15分钟', '12分钟', 30, 30),
      ind('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 20, 19.5, '个别乡镇到场偏慢'),
    ],
    total: '99.1',
  };
  const grid = projectGrid(p, {
    funds: '项目资金\n（万元）',
    initial: '年初\n预算数',
    adjusted: '全年\n预算数',
    executed: '全年\n执行数',
  });
  const box = (text: string): string =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>500000</wp:posOffset></wp:positionV><wp:extent cx="8000000" cy="600000"/><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${text}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>`;
  const header = wPara('岢岚县公安局　内部资料　注意保存', '<w:jc w:val="right"/>');
  const body = [
    `<w:p>${box(wPara('岢岚县公安局2024年度项目支出绩效自评表', '<w:jc w:val="center"/>'))}</w:p>`,
    wPara('（2024年度）', '<w:jc w:val="center"/>'),
    wPara('填报单位：岢岚县公安局'),
    docxTable(grid),
    wPara('自评等级：优'),
  ].join('');
  return docxPackage(body, { header });
}

/**
 * 4. Word "save as web page" (GBK): MsoNormal paragraphs, <o:p>, list numbers in
 * <![if !supportLists]> blocks, a number split by <span lang=EN-US>, source lines wrapped inside
 * Chinese text, a table with width attributes and cells of several <p>.
 */
function wordWebHtm(): string {
  const list = (n: string, text: string): string =>
    `<p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='font-family:黑体;mso-bidi-font-family:黑体'><span style='mso-list:Ignore'>${n}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:黑体'>${text}<span lang=EN-US><o:p></o:p></span></span></p>`;
  const para = (html: string): string =>
    `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-family:仿宋_GB2312'>${html}<span lang=EN-US><o:p></o:p></span></span></p>`;
  const cell = (html: string, width = 80): string =>
    `<td width=${width} valign=top style='width:${(width * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>${html
      .split('\n')
      .map(
        (t) =>
          `<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt'>${t}<span lang=EN-US><o:p></o:p></span></span></p>`,
      )
      .join('\n  ')}</td>`;
  const row = (cells: string[]): string => ` <tr style='mso-yfti-irow:1'>\n  ${cells.join('\n  ')}\n </tr>`;
  const table = [
    `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=560 style='width:420.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>`,
    row([
      cell('项目名称'),
      cell('年初<span lang=EN-US>\r\n</span>预算数'),
      cell('全年<span lang=EN-US>\r\n</span>预算数'),
      cell('全年执行数'),
      cell('执行率'),
      cell('自评<span lang=EN-US>\r\n</span>得分'),
    ]),
    row([
      cell('110指挥中心\n运维经费', 160),
      cell('<span lang=EN-US>1,2</span><span lang=EN-US>50.00</span>'),
      cell('<span lang=EN-US>1,250.00</span>'),
      cell("<span lang=EN-US>1,1<span style='mso-spacerun:yes'></span>87.50</span>"),
      cell('<span lang=EN-US>95.00%</span>'),
      cell('<span lang=EN-US>94</span>'),
    ]),
    row([
      cell('警用无人机购置项目', 160),
      cell('<span lang=EN-US>86.00</span>'),
      cell('<span lang=EN-US>86.00</span>'),
      cell('<span lang=EN-US>60.20</span>'),
      cell('<span lang=EN-US>70.00%</span>'),
      cell('<span lang=EN-US>78</span>'),
    ]),
    '</table>',
  ].join('\n');
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>临汾市公安局</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>财务科</o:Author>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
p.MsoNormal {mso-style-parent:""; margin:0cm; text-align:justify; font-size:10.5pt;}
@list l0:level1 {mso-level-number-format:chinese-counting; mso-level-text:%1、;}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>临汾市公安局<span lang=EN-US>2023</span>年度项目支出<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>绩效自评报告<span lang=EN-US><o:p></o:p></span></span></b></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
${list('一、', '总体情况')}
${para('我局<span lang=EN-US>2023</span>年纳入自评的项目<span lang=EN-US>2</span>个，年初预算数合计<span lang=EN-US>1,3</span><span lang=EN-US>36</span>万元，全年执行数合计<span lang=EN-US>1,247.70</span>万元。各项目自\r\n评情况如下：')}
${table}
${list('二、', '存在的问题')}
${para('（一）警用无人机购置项目招标流程较长，资金支付进度\r\n滞后于计划。')}
${para('（二）部分项目绩效目标设置不够细化，可衡量性不强。')}
${list('三、', '改进措施')}
${para('加强项目前期论证，科学设置绩效目标。')}
<p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>2024</span>年<span lang=EN-US>3</span>月<span lang=EN-US>20</span>日<span lang=EN-US><o:p></o:p></span></p>

</div>

</body>

</html>
`;
}

/**
 * 5. An xlsx project form: a two-row header for the funds, 一级指标 merged down its rows, figures
 * stored as text with a leading apostrophe, indicator actuals as numbers with a percent format.
 */
async function twoRowHeaderXlsx(): Promise<Uint8Array> {
  const wb = workbook('make-round7-format-fixtures');
  const ws = wb.addWorksheet('Sheet1');
  const put = (address: string, value: ExcelJS.CellValue, numFmt?: string, quote = false): void => {
    const cell = ws.getCell(address);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    if (quote) cell.style = { ...cell.style, quotePrefix: true } as ExcelJS.Style;
  };
  put('A1', '项目支出绩效自评表');
  ws.mergeCells('A1:H1');
  put('A2', '（2023年度）');
  ws.mergeCells('A2:H2');
  put('A3', '项目名称');
  put('B3', '治安卡口视频监控运维项目');
  ws.mergeCells('B3:H3');
  put('A4', '主管部门');
  put('B4', '代县公安局');
  ws.mergeCells('B4:D4');
  put('E4', '实施单位');
  put('F4', '代县公安局科技信息化大队');
  ws.mergeCells('F4:H4');
  // The funds block: a two-row header (资金 / 预算执行情况 over its columns).
  put('A5', '项目资金（万元）');
  ws.mergeCells('A5:A8');
  put('B5', '资金来源');
  ws.mergeCells('B5:B6');
  put('C5', '预算情况');
  ws.mergeCells('C5:D5');
  put('E5', '执行情况');
  ws.mergeCells('E5:H5');
  put('C6', '年初预算数');
  put('D6', '全年预算数');
  put('E6', '全年执行数');
  put('F6', '分值');
  put('G6', '执行率');
  put('H6', '得分');
  put('B7', '年度资金总额');
  put('C7', '76.00', undefined, true);
  put('D7', '80.00', undefined, true);
  put('E7', 72, '0.00');
  put('F7', 10);
  put('G7', 0.9, '0.00%');
  put('H7', 9);
  put('B8', '其中：财政拨款');
  put('C8', '76.00', undefined, true);
  put('D8', '80.00', undefined, true);
  put('E8', 72, '0.00');
  put('A9', '绩效指标');
  ws.mergeCells('A9:A15');
  const head = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  head.forEach((h, k) => put(`${String.fromCharCode(66 + k)}9`, h));
  const rows: [string, string, string, string, ExcelJS.CellValue, string | undefined, number, number][] = [
    ['产出指标', '数量指标', '运维卡口点位', '46个', 46, '0"个"', 20, 20],
    ['产出指标', '质量指标', '设备在线率', '≥95%', 0.97, '0%', 20, 20],
    ['产出指标', '时效指标', '故障响应时间', '≤4小时', '3小时', undefined, 10, 10],
    ['效益指标', '社会效益指标', '利用卡口破获案件', '≥20起', '26起', undefined, 20, 20],
    ['效益指标', '可持续影响指标', '系统持续运行年限', '≥3年', '3年', undefined, 10, 10],
    ['满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', 0.925, '0.0%', 10, 9.5],
  ];
  rows.forEach(([l1, l2, name, target, actual, fmt, weight, score], k) => {
    const r = 10 + k;
    put(`B${r}`, k > 0 && rows[k - 1]?.[0] === l1 ? null : l1);
    put(`C${r}`, l2);
    put(`D${r}`, name);
    put(`E${r}`, target);
    put(`F${r}`, actual, fmt);
    put(`G${r}`, weight);
    put(`H${r}`, score);
  });
  ws.mergeCells('B10:B12');
  ws.mergeCells('B13:B14');
  put('A16', '总分');
  ws.mergeCells('A16:F16');
  put('G16', 100);
  put('H16', 98.5);
  put('A17', '自评等级');
  put('B17', '优');
  ws.mergeCells('B17:H17');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 6. A PDF project table with vertically centred cells and a narrow first column whose labels wrap. */
function centredWrapHtml(): string {
  const p: Project = {
    name: '看守所在押人员伙食补助经费',
    dept: '沁源县公安局',
    unit: '沁源县看守所',
    initial: '58.00',
    adjusted: '62.00',
    executed: '61.38',
    rate: '99.00%',
    execScore: '9.9',
    goal: '保障在押人员伙食标准落实到位。',
    done: '全年伙食补助足额发放，未发生食品安全事故。',
    indicators: [
      ind('产出指标', '数量指标', '保障在押人员人数', '≥150人', '163人', 20, 20),
      ind('产出指标', '质量指标', '伙食标准达标率', '100%', '100%', 20, 20),
      ind('效益指标', '社会效益指标', '食品安全事故', '0起', '0起', 30, 30),
      ind('满意度指标', '服务对象满意度指标', '在押人员满意度', '≥90%', '95%', 20, 20),
    ],
    total: '99.9',
  };
  const table = htmlTable(projectGrid(p), { attrs: 'class="t"' });
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; text-align: center; }
td:first-child { width: 4.5em; }
h1 { text-align: center; font-size: 16pt; }
</style></head><body>
<h1>项目支出绩效自评表</h1>
<p style="text-align:center">（2023年度）</p>
<p>填报单位：沁源县公安局</p>
${table}
<p>自评等级：优</p>
</body></html>
`;
}

/** 7. A PDF summary table running over two pages, its header row repeated at the top of page 2. */
function repeatedHeaderHtml(): string {
  const names = [
    '派出所办公设备购置',
    '交警大队道路监控运维',
    '刑侦技术装备购置',
    '看守所医疗保障经费',
    '治安巡防经费',
    '网安技术侦查设备运维',
    '出入境证件制作经费',
    '禁毒宣传教育经费',
    '消防监督检查经费',
    '警犬训练基地运维',
    '特警队训练经费',
    '法制培训经费',
    '户政业务系统运维',
    '经侦案件办理经费',
    '指挥中心值班补助',
    '民警体检经费',
    '监所改造项目',
    '反诈宣传经费',
    '食药环侦装备购置',
    '信访维稳专项经费',
    '执法记录仪购置',
    '警用车辆维修经费',
    '智慧社区建设项目',
    '水上派出所运维',
    '交通安全宣传经费',
    '特种车辆购置项目',
    '服装被装采购经费',
    '档案数字化项目',
  ];
  const rows = names.map((name, k) => {
    const budget = 20 + k * 3;
    const executed = Math.round(budget * (0.8 + (k % 5) * 0.05) * 100) / 100;
    const rate = ((executed / budget) * 100).toFixed(2);
    const score = 85 + (k % 10);
    return [
      String(k + 1),
      `${name}`,
      budget.toFixed(2),
      budget.toFixed(2),
      executed.toFixed(2),
      `${rate}%`,
      String(score),
    ];
  });
  const grid = [
    ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分'],
    ...rows,
  ];
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A5; margin: 12mm; }
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
td { border: 1px solid #000; padding: 4px 6px; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
</style></head><body>
<h2 style="text-align:center">黎城县公安局2023年度项目支出绩效自评结果汇总表</h2>
<p style="text-align:right">金额单位：万元</p>
${htmlTable(grid, { attrs: 'class="t"', head: 1 })}
</body></html>
`;
}

/** 8. A CSV in GBK without BOM: title and unit lines, blank separator rows, a 合计 row. */
function gbkCsv(): string {
  const lines = [
    '阳曲县公安局2023年度项目绩效自评结果汇总表,,,,,,',
    '单位：万元,,,,,,',
    ',,,,,,',
    '序号,项目名称,年初预算数,全年预算数,全年执行数,执行率,自评得分',
    '1,社区警务室建设项目,45.00,45.00,42.75,95.00%,93',
    '2,看守所监控设备更新项目,120.00,128.00,96.00,75.00%,82',
    ',,,,,,',
    '3,道路交通安全宣传经费,12.00,12.00,12.00,100.00%,98',
    ',,,,,,',
    '合计,,177.00,185.00,150.75,81.49%,',
    ',,,,,,',
    '填报人：王磊,,,,联系电话：0351-1234567,,',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** 9. A TSV exported by Excel: CRLF, trailing tabs, a quoted cell with a line break (Alt+Enter). */
function excelTsv(): string {
  const lines = [
    '项目支出绩效自评表\t\t\t\t\t\t\t\t\t',
    '（2023年度）\t\t\t\t\t\t\t\t\t',
    '项目名称\t社区戒毒康复指导站运维经费\t\t\t\t\t\t\t\t',
    '主管部门\t古交市公安局\t\t\t\t实施单位\t古交市公安局禁毒大队\t\t\t',
    '"项目资金\n（万元）"\t\t\t"年初\n预算数"\t全年预算数\t全年执行数\t分值\t执行率\t得分\t',
    '\t年度资金总额\t\t25.00\t25.00\t23.50\t10\t94.00%\t9.4\t',
    '\t其中：当年财政拨款\t\t25.00\t25.00\t23.50\t—\t\t—\t',
    '绩效指标\t一级指标\t二级指标\t三级指标\t\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
    '\t产出指标\t数量指标\t指导站运行数量\t\t3个\t3个\t30\t30\t',
    '\t\t质量指标\t社区戒毒执行率\t\t≥95%\t97%\t20\t20\t',
    '\t效益指标\t社会效益指标\t戒断三年未复吸率\t\t≥40%\t"38%"\t20\t18\t"部分人员\n流动性大"',
    '\t满意度指标\t服务对象满意度指标\t戒毒人员满意度\t\t≥90%\t92%\t20\t20\t',
    '总分\t\t\t\t\t\t\t100\t97.4\t',
    '自评等级：优\t\t\t\t\t\t\t\t\t',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

async function main(): Promise<void> {
  const pdf = (html: string): Uint8Array => printPdf(html, { prefix: 'r7f-' });
  writeFixtures(
    OUT,
    {
      'r7f-numbered-sections.docx': await numberedSectionsDocx(),
      'r7f-numbered-projects.docx': await numberedProjectsDocx(),
      'r7f-text-box-title.docx': await textBoxDocx(),
      'r7f-word-web.gbk.htm': gbk(wordWebHtm().replace(/\r?\n/g, '\r\n')),
      'r7f-two-row-header.xlsx': await twoRowHeaderXlsx(),
      'r7f-centred-wrap.pdf': pdf(centredWrapHtml()),
      'r7f-repeated-header.pdf': pdf(repeatedHeaderHtml()),
      'r7f-blank-rows.gbk.csv': gbk(gbkCsv()),
      'r7f-excel-export.tsv': utf8(excelTsv()),
    },
    ONLY,
  );
}

await main();
