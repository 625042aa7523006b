/**
 * Writes the round-10 format fixtures (tests/fixtures/layouts/r10f-*): invented agencies' reports
 * in file formats and encodings not seen before — GB18030 text with four-byte characters, a GBK
 * text whose first line was saved as UTF-8 with a BOM, a UTF-16LE tab export without BOM, Big5
 * text, WPS HTML with hidden print copies of its table, an xlsx with a vertical project form on
 * one sheet and its indicators on another (rich text, line breaks, a label merged down rows), a
 * docx with a table of contents and a landscape section, PDFs whose table text is written column
 * by column or whose narrative runs in two columns, a .md with an HTML table, a CSV with a BOM
 * and typographic quotes around its cells.
 *   npx tsx scripts/make-round10-format-fixtures.ts [out-dir] [only]
 * Needs jszip, exceljs, iconv-lite and /usr/bin/chromium with CJK fonts (PDF). Text files and the
 * docx are byte-for-byte reproducible; exceljs and chromium embed timestamps.
 */
import { join } from 'node:path';
import iconv from 'iconv-lite';
import {
  docxPackage,
  docxTable,
  gbk,
  htmlTable,
  ind,
  printPdf,
  type Grid,
  type Project,
  projectGrid,
  utf8,
  workbook,
  wPara,
  wRun,
  writeFixtures,
} from './fixture-builders.ts';

const OUT = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'layouts');
const ONLY = process.argv[3];

/** A grid as tab rows (merge markers → empty cells), CRLF-free. */
const tsv = (grid: Grid): string =>
  grid
    .map((row) => row.map((c) => (c === '<' || c === '^' ? '' : c.replace(/\n/g, ''))).join('\t'))
    .join('\n');

const utf16le = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'utf-16le'));
const gb18030 = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gb18030'));
const big5 = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'big5'));
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

// ── 1. GB18030 text with four-byte characters ──────────────────────────────────────────────

function gb18030Txt(): Uint8Array {
  const p: Project = {
    name: '𡌶山派出所业务用房维修经费',
    dept: '䶮阳县公安局',
    unit: '䶮阳县公安局𡌶山派出所',
    initial: '36.00',
    adjusted: '36.00',
    executed: '34.20',
    rate: '95.00%',
    execScore: '9.5',
    goal: '完成𡌶山派出所业务用房屋面防水及办案区改造。',
    done: '屋面防水和办案区改造全部完工并通过验收。',
    indicators: [
      ind('产出指标', '数量指标', '维修面积', '≥600平方米', '640平方米', 30, 30),
      ind('产出指标', '时效指标', '完工时间', '2023年10月前', '2023年9月', 20, 20),
      ind('效益指标', '社会效益指标', '办案区规范化达标', '达标', '达标', 20, 20),
      ind('满意度指标', '服务对象满意度指标', '民警满意度', '≥90%', '92%', 20, 18, '工期内临时办公条件较差'),
    ],
    total: '97.5',
  };
  const text = [
    '䶮阳县公安局2023年度项目支出绩效自评表',
    '',
    tsv(projectGrid(p)),
    '',
    '填报人：𠮷丽华　联系电话：0931-5550123',
    '',
  ].join('\r\n');
  return gb18030(text);
}

// ── 2. GBK text whose first line was saved as UTF-8 with a BOM ─────────────────────────────────

function bomThenGbkTxt(): Uint8Array {
  const title = '岚城县公安局2023年度警犬训养经费项目支出绩效自评报告\r\n';
  const body = [
    '一、项目基本情况',
    '警犬训养经费用于全局24头警犬的饲养、训练、防疫和装具购置，由岚城县公安局刑侦大队实施。',
    '二、资金使用情况',
    '该项目年初预算数48万元，全年预算数50万元，全年执行数47.5万元，预算执行率95%。',
    '三、绩效目标完成情况',
    '全年警犬参与搜爆搜毒任务86次，警犬年度考核合格率100%。',
    '四、存在的问题',
    '1.警犬训导员队伍老化，专业训导人员不足。',
    '2.犬舍设施陈旧，部分防疫设备需更新。',
    '五、自评结论',
    '经综合评价，该项目自评得分93分，自评等级为优。',
    '',
  ].join('\r\n');
  return concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(title), gbk(body));
}

// ── 3. UTF-16LE tab export without BOM ────────────────────────────────────────────────────────

function utf16Tsv(): Uint8Array {
  const rows = [
    ['渭川市公安局2024年度项目支出绩效自评汇总表'],
    ['单位：万元'],
    ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分', '自评等级'],
    ['1', '公安视频专网运维经费', '320', '320', '307.2', '96.00%', '95', '优'],
    ['2', '交通信号设施维护经费', '145', '150', '121.5', '81.00%', '84', '良'],
    ['3', '反电诈宣传经费', '40', '40', '22', '55.00%', '68', '中'],
  ];
  return utf16le(`${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`);
}

// ── 4. Big5 (traditional) narrative ───────────────────────────────────────────────────────────

function big5Txt(): Uint8Array {
  const text = [
    '澄江縣公安局2023年度禁毒宣傳經費項目支出績效自評報告',
    '一、項目基本情況',
    '禁毒宣傳經費由澄江縣公安局禁毒大隊組織實施，用於禁毒宣傳活動和宣傳品製作。',
    '二、資金使用情況',
    '該項目年初預算數30萬元，全年預算數30萬元，全年執行數27萬元，預算執行率90%。',
    '三、存在的問題',
    '1.部分鄉鎮宣傳覆蓋面不足。',
    '四、自評結論',
    '經綜合評價，該項目自評得分91分，自評等級為優。',
    '',
  ].join('\r\n');
  return big5(text);
}

// ── 5. WPS HTML with hidden print copies of the table ─────────────────────────────────────────

function wpsHtml(): string {
  const p: Project = {
    name: '看守所监控系统升级改造项目',
    dept: '青石县公安局',
    unit: '青石县看守所',
    initial: '86.00',
    adjusted: '86.00',
    executed: '81.70',
    rate: '95.00%',
    execScore: '9.5',
    goal: '完成看守所监控系统高清化改造。',
    done: '完成128路监控高清化改造并接入市局平台。',
    indicators: [
      ind('产出指标', '数量指标', '改造监控点位', '128路', '128路', 30, 30),
      ind('产出指标', '质量指标', '系统验收合格率', '100%', '100%', 20, 20),
      ind('效益指标', '社会效益指标', '监所安全事故', '0起', '0起', 20, 20),
      ind(
        '满意度指标',
        '服务对象满意度指标',
        '管教民警满意度',
        '≥90%',
        '88%',
        20,
        17,
        '部分点位夜间成像偏暗',
      ),
    ],
    total: '96.5',
  };
  const table = htmlTable(projectGrid(p), { attrs: 'border="1" cellspacing="0"' });
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="WPS Office">
<title>青石县公安局项目支出绩效自评表</title>
<style>
@media screen { .wps-print { display: none; } }
@media print { .wps-screen { display: none; } }
.hide-row{display:none}
</style></head>
<body>
<div class="wps-screen">
<p align="center"><b>青石县公安局2023年度项目支出绩效自评表</b></p>
${table}
<p>存在问题：部分点位夜间成像偏暗，需加装补光设备。</p>
</div>
<div class="wps-print">
<p align="center"><b>青石县公安局2023年度项目支出绩效自评表</b></p>
${table}
<p>存在问题：部分点位夜间成像偏暗，需加装补光设备。</p>
</div>
<div style="display:none">
${table}
</div>
</body></html>
`;
}

// ── 6. xlsx: vertical project form on one sheet, indicators on another ──────────────────────────

async function twoSheetXlsx(): Promise<Uint8Array> {
  const wb = workbook('WPS');
  const info = wb.addWorksheet('项目基本情况');
  info.columns = [{ width: 16 }, { width: 18 }, { width: 30 }];
  const rows: (string | number)[][] = [
    ['沙河县公安局2024年度项目支出绩效自评表', '', ''],
    ['项目名称', '', '移民管理服务站运行经费'],
    ['主管部门', '', '沙河县公安局'],
    ['实施单位', '', '沙河县公安局出入境管理大队'],
    ['项目资金（万元）', '年初预算数', 64],
    ['', '全年预算数', 64],
    ['', '全年执行数', 60.8],
    ['', '执行率', 0.95],
    ['', '执行率得分', 9.5],
    ['年度总体目标', '', '保障移民管理服务站全年正常运行，服务外籍人员和边民出入境。'],
    ['实际完成情况', '', '服务站全年运行正常，累计办理出入境证件3200件。'],
    ['总分', '', 97],
    ['自评等级', '', '优'],
  ];
  rows.forEach((r) => info.addRow(r));
  info.mergeCells('A1:C1');
  for (const r of [2, 3, 4, 10, 11, 12, 13]) info.mergeCells(`A${r}:B${r}`);
  info.mergeCells('A5:A9');
  info.getCell('C8').numFmt = '0.00%';
  info.getCell('A5').value = {
    richText: [{ text: '项目资金' }, { text: '\n（万元）', font: { size: 9, color: { argb: 'FF666666' } } }],
  };
  info.getCell('A5').alignment = { wrapText: true, vertical: 'middle' };

  const ind = wb.addWorksheet('绩效指标');
  ind.addRow([
    '一级指标',
    '二级指标',
    '三级指标',
    '年度\n指标值',
    '实际\n完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ]);
  const data: (string | number)[][] = [
    ['产出指标', '数量指标', '办理出入境证件', '≥3000件', '3200件', 30, 30, ''],
    ['', '时效指标', '证件办理时限', '≤7个工作日', '5个工作日', 20, 20, ''],
    ['效益指标', '社会效益指标', '边民通关便利度', '提升', '明显提升', 20, 20, ''],
    ['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥95%', '93%', 20, 17.5, '高峰期\n排队时间较长'],
  ];
  data.forEach((r) => ind.addRow(r));
  ind.mergeCells('A2:A3');
  ind.getCell('C2').value = {
    richText: [{ text: '办理', font: { bold: true } }, { text: '出入境证件' }],
  };
  for (const c of ['D1', 'E1', 'H5']) ind.getCell(c).alignment = { wrapText: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// ── 7. docx: table of contents, section breaks, a landscape table page ─────────────────────────

async function tocDocx(): Promise<Uint8Array> {
  const p: Project = {
    name: '刑事技术实验室耗材经费',
    dept: '云岭市公安局',
    unit: '云岭市公安局刑事科学技术研究所',
    initial: '150.00',
    adjusted: '160.00',
    executed: '152.00',
    rate: '95.00%',
    execScore: '9.5',
    goal: '保障DNA、理化检验耗材供应。',
    done: '全年完成检验鉴定4860件，耗材供应未中断。',
    indicators: [
      ind('产出指标', '数量指标', '检验鉴定数量', '≥4500件', '4860件', 20, 20),
      ind('产出指标', '质量指标', '鉴定结论准确率', '100%', '100%', 20, 20),
      ind('产出指标', '时效指标', '平均出具报告时间', '≤15日', '12日', 10, 10),
      ind('效益指标', '社会效益指标', '为破案提供线索', '≥300条', '342条', 30, 30),
      ind('满意度指标', '服务对象满意度指标', '办案单位满意度', '≥90%', '91%', 10, 9, '部分检验周期偏长'),
    ],
    total: '98.5',
  };
  const headings = [
    '一、项目概况',
    '二、项目资金使用情况',
    '三、绩效指标完成情况',
    '四、存在的问题',
    '五、自评结论',
  ];
  const tocLine = (text: string, page: number, k: number): string =>
    `<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs></w:pPr>${
      k === 0
        ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        : ''
    }<w:hyperlink w:anchor="_Toc${k}" w:history="1">${wRun(text)}<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc${k} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${wRun(String(page))}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>${
      k === headings.length - 1 ? '<w:r><w:fldChar w:fldCharType="end"/></w:r>' : ''
    }</w:p>`;
  const heading = (text: string, k: number): string =>
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="${k}" w:name="_Toc${k}"/>${wRun(text)}<w:bookmarkEnd w:id="${k}"/></w:p>`;
  const portrait =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800"/></w:sectPr>';
  const landscape = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>';
  const body = [
    wPara('云岭市公安局2023年度刑事技术实验室耗材经费项目支出绩效自评报告', '<w:jc w:val="center"/>'),
    wPara('目　录', '<w:jc w:val="center"/>'),
    ...headings.map((h, k) => tocLine(h, k + 2, k)),
    wPara('', portrait),
    heading(headings[0] ?? '', 0),
    wPara('该项目由云岭市公安局刑事科学技术研究所实施，保障全市刑事案件检验鉴定耗材。'),
    heading(headings[1] ?? '', 1),
    wPara('该项目年初预算数150万元，全年预算数160万元，全年执行数152万元，预算执行率95%。详见附表。'),
    wPara('', portrait),
    wPara('附表：项目支出绩效自评表'),
    docxTable(projectGrid(p)),
    wPara('', landscape),
    heading(headings[2] ?? '', 2),
    wPara('各项产出和效益指标均已完成。'),
    heading(headings[3] ?? '', 3),
    wPara('1.部分检验项目周期偏长，影响办案进度。'),
    wPara('2.耗材采购计划与实际用量存在偏差。'),
    heading(headings[4] ?? '', 4),
    wPara('经综合评价，该项目自评得分98.5分，自评等级为优。'),
  ].join('');
  return docxPackage(body);
}

// ── 8. PDF: ruled table whose text is written column by column ─────────────────────────────────

function columnOrderHtml(): string {
  const header = ['项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分'];
  const rows = [
    ['社区警务室运转经费', '75.00', '75.00', '72.00', '96.00%', '95'],
    ['警用装备购置经费', '210.00', '230.00', '184.00', '80.00%', '83'],
    ['网络安全等级保护测评费', '18.00', '18.00', '9.00', '50.00%', '72'],
  ];
  const widths = [220, 100, 100, 100, 90, 90];
  const left = (c: number): number => 40 + widths.slice(0, c).reduce((a, b) => a + b, 0);
  const top0 = 120;
  const h = 34;
  const all = [header, ...rows];
  const cells: string[] = [];
  // Column by column: the order the text is drawn in, not the order it reads in.
  for (let c = 0; c < header.length; c++)
    all.forEach((row, r) =>
      cells.push(
        `<div class="c" style="left:${left(c)}px;top:${top0 + r * h}px;width:${widths[c]}px;height:${h}px">${row[c]}</div>`,
      ),
    );
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 0; }
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 11pt; margin: 0; }
.c { position: absolute; box-sizing: border-box; border: 1px solid #000; padding: 8px 4px; text-align: center; }
.t { position: absolute; left: 40px; top: 50px; font-size: 16pt; }
</style></head><body>
<div class="t">白塔县公安局2024年度项目支出绩效自评汇总表（单位：万元）</div>
${cells.join('\n')}
</body></html>`;
}

// ── 9. PDF: a narrative in two columns ─────────────────────────────────────────────────────────

function twoColumnHtml(): string {
  const paras = [
    '一、项目基本情况',
    '执法办案管理中心运行经费用于保障中心日常运行、设备维护和看护人员劳务费用，由东湖区公安分局法制大队组织实施，服务全区十二个派出所的执法办案活动。',
    '二、资金使用情况',
    '该项目年初预算数96万元，全年预算数96万元，全年执行数91.2万元，预算执行率95%。资金主要用于设备运维、耗材购置和劳务支出，未发现挤占挪用。',
    '三、绩效目标完成情况',
    '全年进入办案中心的涉案人员4100人次，音视频记录完整率100%，全年未发生安全事故，执法质量考评位居全市前列。',
    '四、存在的问题',
    '1.部分设备使用年限较长，故障率有所上升。',
    '2.看护人员流动性大，培训工作需持续加强。',
    '五、自评结论',
    '经综合评价，该项目自评得分94分，自评等级为优。',
  ];
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 18mm; }
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 11pt; line-height: 1.6; }
h1 { font-size: 15pt; text-align: center; }
.cols { column-count: 2; column-gap: 12mm; }
p { margin: 0 0 6px 0; text-align: justify; }
</style></head><body>
<h1>东湖区公安分局2023年度执法办案管理中心运行经费项目支出绩效自评报告</h1>
<div class="cols">
${paras.map((t) => `<p>${t}</p>`).join('\n')}
</div>
</body></html>`;
}

// ── 10. Markdown with an HTML table ────────────────────────────────────────────────────────────

function htmlTableMd(): string {
  const p: Project = {
    name: '公安检查站运行维护经费',
    dept: '石门县公安局',
    unit: '石门县公安局石门公安检查站',
    initial: '55.00',
    adjusted: '58.00',
    executed: '55.10',
    rate: '95.00%',
    execScore: '9.5',
    goal: '保障公安检查站24小时运行。',
    done: '检查站全年运行正常，查获违法犯罪人员37名。',
    indicators: [
      ind('产出指标', '数量指标', '查验车辆数', '≥20万辆', '23万辆', 30, 30),
      ind('产出指标', '质量指标', '设备完好率', '≥95%', '97%', 20, 20),
      ind('效益指标', '社会效益指标', '查获违法犯罪人员', '≥30名', '37名', 20, 20),
      ind('满意度指标', '服务对象满意度指标', '过往群众满意度', '≥90%', '90%', 20, 18, '高峰期通行缓慢'),
    ],
    total: '97.5',
  };
  return [
    '# 石门县公安局2023年度项目支出绩效自评报告',
    '',
    '## 一、项目自评表',
    '',
    htmlTable(projectGrid(p), { attrs: 'border="1"' }),
    '',
    '## 二、存在的问题',
    '',
    '- 高峰期车辆通行缓慢，查验通道不足。',
    '- 部分查验设备老化，维修频次较高。',
    '',
  ].join('\n');
}

// ── 11. CSV with a BOM and typographic quotes around its cells ─────────────────────────────────

function smartQuoteCsv(): Uint8Array {
  const rows = [
    ['金溪县公安局2023年度项目支出绩效自评汇总表'],
    [
      '项目名称',
      '主管部门',
      '年初预算数（万元）',
      '全年预算数（万元）',
      '全年执行数（万元）',
      '执行率',
      '自评得分',
      '自评等级',
    ],
    ['执法记录仪、对讲机购置项目', '金溪县公安局', '48', '48', '45.6', '95%', '94', '优'],
    ['出租房屋管理经费', '金溪县公安局', '22', '25', '20', '80%', '85', '良'],
    ['视频监控联网运维经费', '金溪县公安局', '1,050.00', '1,050.00', '997.50', '95%', '95', '优'],
  ];
  const text = rows.map((r) => r.map((c) => `\u201c${c}\u201d`).join(',')).join('\r\n');
  return concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(`${text}\r\n`));
}

async function main(): Promise<void> {
  writeFixtures(
    OUT,
    {
      'r10f-four-byte.gb18030.txt': gb18030Txt(),
      'r10f-bom-then-gbk.txt': bomThenGbkTxt(),
      'r10f-no-bom.utf16le.tsv': utf16Tsv(),
      'r10f-traditional.big5.txt': big5Txt(),
      'r10f-wps-print-copy.html': utf8(wpsHtml()),
      'r10f-form-two-sheets.xlsx': await twoSheetXlsx(),
      'r10f-toc-landscape.docx': await tocDocx(),
      'r10f-column-order.pdf': printPdf(columnOrderHtml(), { prefix: 'r10f-' }),
      'r10f-two-column.pdf': printPdf(twoColumnHtml(), { prefix: 'r10f-' }),
      'r10f-html-table.md': utf8(htmlTableMd()),
      'r10f-smart-quotes.csv': smartQuoteCsv(),
    },
    ONLY,
  );
}

await main();
