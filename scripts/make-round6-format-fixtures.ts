/**
 * Writes the round-6 format fixtures (tests/fixtures/layouts/r6f-*): invented agencies' reports in
 * real-world shapes of docx, xlsx, pdf, html and csv that the converters once misread.
 *   npx tsx scripts/make-round6-format-fixtures.ts [out-dir]
 * Needs jszip (docx parts), exceljs, iconv-lite (GBK) and /usr/bin/chromium with CJK fonts (PDF).
 * Text files and the docx are byte-for-byte reproducible; exceljs and chromium embed timestamps.
 */
import { join } from 'node:path';
import {
  docxPackage,
  docxTable as sharedDocxTable,
  type DocxTableOptions,
  gbk,
  type Grid,
  htmlTable,
  ind,
  printPdf,
  type Project,
  projectGrid,
  spans,
  utf8,
  wCellBreaks,
  workbook,
  wPara,
  writeFixtures,
} from './fixture-builders.ts';

const OUT = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'layouts');

const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/** A docx table whose cells keep their lines in one paragraph (w:br). */
const docxTable = (grid: Grid, options: DocxTableOptions = {}): string =>
  sharedDocxTable(grid, { cellText: wCellBreaks, ...options });

// ── the reports ──────────────────────────────────────────────────────────────────────────────

/** 1. A portal page: the report sits in the content cell of a two-column layout table. */
function portalFrameHtml(): string {
  const p: Project = {
    name: '派出所视频会议系统升级项目',
    dept: '岚山县公安局',
    unit: '岚山县公安局科技通信科',
    initial: '64.00',
    adjusted: '64.00',
    executed: '60.80',
    rate: '95.00%',
    execScore: '9.5',
    goal: '完成18个派出所视频会议终端升级，实现市、县、所三级高清互联。',
    done: '18个派出所终端全部升级并接入市局视频会议平台。',
    indicators: [
      ind('产出指标', '数量指标', '升级派出所终端数量', '18个', '18个', 20, 20),
      ind('产出指标', '质量指标', '系统验收合格率', '100%', '100%', 20, 20),
      ind('产出指标', '时效指标', '升级完成时间', '2023年9月底前', '2023年11月', 10, 8, '设备到货延迟'),
      ind('效益指标', '社会效益指标', '视频会议召开次数', '≥40次', '52次', 30, 30),
      ind('满意度指标', '服务对象满意度指标', '基层民警满意度', '≥90%', '93%', 10, 10),
    ],
    total: '97.5',
  };
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>岚山县公安局2023年度项目支出绩效自评表_岚山县人民政府</title>
<style>.nav li{list-style:none} td{border:1px solid #999}</style>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");})();</script>
</head><body>
<div class="top">岚山县人民政府 主办</div>
<table width="1000" border="0" cellspacing="0" cellpadding="0" class="frame"><tr>
<td width="200" valign="top" class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/czzj/">财政资金</a></li></ul></td>
<td width="800" valign="top" class="content">
<h2>岚山县公安局2023年度项目支出绩效自评表</h2>
<div class="info">发布时间：2024-04-12&nbsp;&nbsp;&nbsp;来源：岚山县公安局</div>
<p>项目支出绩效自评表</p>
<p>（2023年度）</p>
<p>填报单位：岚山县公安局&nbsp;&nbsp;&nbsp;&nbsp;金额单位：万元</p>
${htmlTable(projectGrid(p))}
<p>自评等级：优</p>
<p>存在的主要问题：部分派出所网络带宽不足，高峰时段画面卡顿；设备采购周期较长，升级进度滞后于计划。</p>
</td></tr></table>
<div class="foot">版权所有：岚山县人民政府&nbsp;&nbsp;网站标识码：3300000000</div>
</body></html>
`;
}

/** 2. A docx with tracked changes (old figures deleted), a hidden note and w:gridBefore rows. */
async function revisionsDocx(): Promise<Uint8Array> {
  const p: Project = {
    name: '看守所监控系统改造项目',
    dept: '白河县公安局',
    unit: '白河县看守所',
    initial: '88.00',
    adjusted: '96.00',
    executed: '91.20',
    rate: '95.00%',
    execScore: '9.5',
    goal: '改造看守所监区监控点位120个，实现监室全覆盖、无死角。',
    done: '完成120个监控点位改造，监室实现全覆盖。',
    indicators: [
      ind('产出指标', '数量指标', '改造监控点位', '120个', '120个', 20, 20),
      ind('产出指标', '质量指标', '设备验收合格率', '100%', '100%', 20, 20),
      ind('产出指标', '成本指标', '项目成本控制', '≤96万元', '91.2万元', 10, 10),
      ind('效益指标', '社会效益指标', '监管安全事故', '0起', '0起', 30, 30),
      ind('满意度指标', '服务对象满意度指标', '监管民警满意度', '≥90%', '92%', 10, 10),
    ],
    total: '99.5',
  };
  const grid = projectGrid(p);
  // Row 3 (年度资金总额): the clerk revised 全年预算数 and 全年执行数 with Track Changes on.
  const revised = (before: string, after: string): string =>
    `<w:p><w:del w:id="1" w:author="财务科" w:date="2024-03-01T00:00:00Z"><w:r><w:delText>${before}</w:delText></w:r></w:del><w:ins w:id="2" w:author="财务科" w:date="2024-03-01T00:00:00Z"><w:r><w:t>${after}</w:t></w:r></w:ins></w:p>`;
  const body = [
    wPara('项目支出绩效自评表', '<w:jc w:val="center"/>'),
    wPara('（2023年度）', '<w:jc w:val="center"/>'),
    `<w:p><w:r><w:t xml:space="preserve">填报单位：白河县公安局</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">（填表说明：金额保留两位小数，执行率=全年执行数/全年预算数）</w:t></w:r></w:p>`,
    docxTable(grid, {
      content: {
        '3,4': revised('90.00', '96.00'),
        '3,5': revised('85.60', '91.20'),
        '4,4': revised('90.00', '96.00'),
        '4,5': revised('85.60', '91.20'),
      },
      gridBefore: new Set([4, 5, 6, 11, 12]),
    }),
    wPara('自评等级：优'),
    wPara('存在的问题：部分监控设备夜间成像效果不佳，后续运维经费保障不足。'),
  ].join('');
  return docxPackage(body);
}

/** 3. A docx whose project table is split into two tables at a page break (no repeated header). */
async function splitTableDocx(): Promise<Uint8Array> {
  const p: Project = {
    name: '反恐防暴装备购置项目',
    dept: '石楼县公安局',
    unit: '石楼县公安局特警大队',
    initial: '150.00',
    adjusted: '142.00',
    executed: '135.82',
    rate: '95.65%',
    execScore: '9.57',
    goal: '购置防暴盾牌、防刺服等反恐防暴装备，提升一线处置能力。',
    done: '完成全部装备采购并配发至一线单位。',
    indicators: [
      ind('产出指标', '数量指标', '购置防刺服', '300套', '300套', 10, 10),
      ind('产出指标', '数量指标', '购置防暴盾牌', '200面', '200面', 10, 10),
      ind('产出指标', '质量指标', '装备验收合格率', '100%', '100%', 10, 10),
      ind('产出指标', '时效指标', '装备配发及时率', '≥95%', '90%', 10, 8, '部分装备供货延迟'),
      ind('产出指标', '成本指标', '采购成本控制率', '≤100%', '95.65%', 10, 10),
      ind('效益指标', '社会效益指标', '突发事件处置成功率', '≥95%', '100%', 20, 20),
      ind('效益指标', '可持续影响指标', '装备使用年限', '≥5年', '5年', 10, 10),
      ind('满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', '94%', 10, 10),
    ],
    total: '97.57',
  };
  const grid = projectGrid(p);
  const cut = 14; // the indicator rows from the 5th on continue on the next page
  const head = grid.slice(0, cut);
  // The continued table starts with merged-cell continuations; Word restarts the merge there.
  const tail = grid.slice(cut).map((row) => row.map((v, c) => (v === '^' && c < 3 ? '' : v)));
  const body = [
    wPara('项目支出绩效自评表', '<w:jc w:val="center"/>'),
    wPara('（2022年度）', '<w:jc w:val="center"/>'),
    wPara('填报单位（盖章）：石楼县公安局'),
    docxTable(head),
    PAGE_BREAK,
    docxTable(tail),
    wPara('自评等级：优'),
    wPara('项目负责人：韩立新'),
  ].join('');
  return docxPackage(body);
}

/** 4. A docx form whose indicator table is a table nested in the cell beside "绩效指标". */
async function nestedIndicatorsDocx(): Promise<Uint8Array> {
  const p: Project = {
    name: '森林公安防火巡护经费',
    dept: '汪清县公安局',
    unit: '汪清县公安局森林警察大队',
    initial: '36.00',
    adjusted: '36.00',
    executed: '36.00',
    rate: '100%',
    execScore: '10',
    goal: '开展春秋两季防火巡护，确保辖区不发生重大森林火灾。',
    done: '完成春秋两季巡护，辖区未发生森林火灾。',
    indicators: [
      ind('产出指标', '数量指标', '巡护里程', '≥5000公里', '5620公里', 30, 30),
      ind('产出指标', '时效指标', '火情处置响应时间', '≤30分钟', '25分钟', 20, 20),
      ind('效益指标', '生态效益指标', '森林火灾受害率', '≤0.9‰', '0', 30, 30),
      ind('满意度指标', '服务对象满意度指标', '林区群众满意度', '≥90%', '88%', 10, 8, '宣传覆盖不足'),
    ],
    total: '98',
  };
  const grid = projectGrid(p);
  const funds = grid.slice(0, 9).map((row) => row.slice(0, 10));
  const indicators = grid.slice(9, -1).map((row) => row.slice(1));
  // The outer form: the rows up to 年度总体目标, then "绩效指标" beside the nested table, then 总分.
  const outer = [
    ...funds,
    ['绩效指标', 'NESTED', '<', '<', '<', '<', '<', '<', '<', '<'],
    ['总分', '<', '<', '<', '<', '<', '<', '100', p.total, ''],
  ];
  const nested = docxTable(indicators);
  const body = [
    wPara('项目支出绩效自评表', '<w:jc w:val="center"/>'),
    wPara('（2023年度）', '<w:jc w:val="center"/>'),
    wPara('填报单位：汪清县公安局'),
    docxTable(outer, { content: { '9,1': `${nested}<w:p/>` } }),
    wPara('自评等级：优'),
  ].join('');
  return docxPackage(body);
}

/** 5. A workbook: summary sheet, a hidden draft sheet with stale figures, a project sheet. */
async function hiddenSheetXlsx(): Promise<Uint8Array> {
  const wb = workbook('make-round6-format-fixtures');
  const summary = wb.addWorksheet('汇总表');
  summary.addRow(['灵丘县公安局2023年度项目支出绩效自评结果汇总表']);
  summary.mergeCells('A1:H1');
  summary.addRow(['填报日期：', new Date(Date.UTC(2024, 2, 20)), null, null, null, null, '单位：元']);
  summary.getCell('B2').numFmt = 'yyyy-mm-dd';
  summary.addRow([
    '序号',
    '项目名称',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '执行率',
    '自评得分',
    '自评等级',
  ]);
  const rows: [string, number, number, number, number, string][] = [
    ['执法办案管理中心运维经费', 1_280_000, 1_350_000, 1_296_000, 95, '优'],
    ['巡特警摩托车购置项目', 460_000, 460_000, 322_000, 78, '中'],
    ['禁毒宣传教育经费', 85_000, 90_000, 90_000, 97, '优'],
  ];
  rows.forEach(([name, a, b, c, score, grade], k) => {
    const r = summary.rowCount + 1;
    summary.addRow([k + 1, name, a, b, c, { formula: `E${r}/D${r}`, result: c / b }, score, grade]);
  });
  const first = 4;
  const last = summary.rowCount;
  const t = last + 1;
  const sum = (k: 1 | 2 | 3): number => rows.reduce((s, r) => s + r[k], 0);
  summary.addRow([
    '合计',
    null,
    { formula: `SUM(C${first}:C${last})`, result: sum(1) },
    { formula: `SUM(D${first}:D${last})`, result: sum(2) },
    { formula: `SUM(E${first}:E${last})`, result: sum(3) },
    { formula: `E${t}/D${t}`, result: sum(3) / sum(2) },
  ]);
  summary.mergeCells(`A${t}:B${t}`);
  for (const col of ['C', 'D', 'E']) summary.getColumn(col).numFmt = '#,##0.00';
  summary.getColumn('F').numFmt = '0.00%';

  // The draft the clerk kept and hid: last year's figures and a project that was dropped.
  const draft = wb.addWorksheet('初稿', { state: 'hidden' });
  draft.addRow([
    '序号',
    '项目名称',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '执行率',
    '自评得分',
    '自评等级',
  ]);
  draft.addRow([1, '执法办案管理中心运维经费', 1_200_000, 1_200_000, 1_000_000, 0.8333, 85, '良']);
  draft.addRow([2, '巡特警摩托车购置项目', 460_000, 460_000, 460_000, 1, 98, '优']);
  draft.addRow([3, '警犬基地改造项目', 300_000, 300_000, 120_000, 0.4, 70, '中']);
  draft.getColumn('F').numFmt = '0.00%';
  const lists = wb.addWorksheet('下拉选项', { state: 'veryHidden' });
  lists.addRow(['优', '良', '中', '差']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 6. A project table in xlsx: Alt+Enter breaks in labels, amounts in 元 with a thousands format. */
async function altEnterXlsx(): Promise<Uint8Array> {
  const wb = workbook('make-round6-format-fixtures');
  const ws = wb.addWorksheet('自评表');
  const p: Project = {
    name: '交通违法抓拍设备运维项目',
    dept: '长岭县公安局',
    unit: '长岭县公安局交通警察大队',
    initial: '#456000',
    adjusted: '#480000',
    executed: '#441600',
    rate: '=F7/E7',
    execScore: '=ROUND(H7*G7,2)',
    goal: '保障全县52套交通违法抓拍设备正常运行，\n设备完好率不低于95%。',
    done: '52套设备全年正常运行，\n设备完好率97%。',
    indicators: [
      ind('产出指标', '数量指标', '运维抓拍设备数量', '52套', '52套', 20, 20),
      ind('产出指标', '质量指标', '设备完好率', '≥95%', '97%', 20, 20),
      ind('产出指标', '时效指标', '故障修复时限', '≤48小时', '36小时', 10, 10),
      ind(
        '效益指标',
        '社会效益指标',
        '重点路段交通事故同比下降',
        '≥5%',
        '3.8%',
        30,
        25,
        '车辆保有量增长较快',
      ),
      ind('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '91%', 10, 10),
    ],
    total: '=SUM(I14:I18)+I7',
  };
  ws.addRow(['项目支出绩效自评表']);
  ws.mergeCells('A1:J1');
  ws.addRow(['（2024年度）']);
  ws.mergeCells('A2:J2');
  ws.addRow(['填报单位：长岭县公安局', null, null, null, null, null, null, null, '单位：元']);
  const grid = projectGrid(p, {
    funds: '项目资金\n（元）',
    initial: '年初\n预算数',
    adjusted: '全年\n预算数',
  });
  grid[2] = grid[2]?.map((v) => (v === '全年执行数' ? '全年\n执行数' : v)) ?? [];
  grid[9] = grid[9]?.map((v) => (v === '偏差原因分析及改进措施' ? '偏差原因分析\n及改进措施' : v)) ?? [];
  const top = 3; // grid row r → sheet row r + 1 + top
  const results: Record<string, number> = { H7: 441600 / 480000, I7: 9.2, I19: 94.2 };
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === '<' || v === '^' || v === '') return;
      const cell = ws.getCell(r + 1 + top, c + 1);
      cell.alignment = { wrapText: true, vertical: 'middle' };
      if (v.startsWith('#')) {
        cell.value = Number(v.slice(1));
        cell.numFmt = '#,##0.00';
      } else if (v.startsWith('=')) {
        const address = cell.address;
        cell.value = { formula: v.slice(1), result: results[address] ?? 0 };
        if (address === 'H7') cell.numFmt = '0.00%';
      } else if (/^\d+(\.\d+)?$/.test(v)) cell.value = Number(v);
      else cell.value = v;
    }),
  );
  spans(grid).forEach((row, r) => {
    for (const c of row)
      if (!c.continued && (c.colspan > 1 || c.rowspan > 1))
        ws.mergeCells(r + 1 + top, c.col + 1, r + top + c.rowspan, c.col + c.colspan);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 7. Excel "save as web page" (GBK): x:num cells, hidden row and column, conditional comments. */
function excelWebHtm(): string {
  const rows: [number, string, string, string, string, string, string, string][] = [
    [1, '110接处警系统运维经费', '1,250.00', '1,250.00', '1,187.50', '95.00%', '94.5', '优'],
    [2, '戒毒所医疗设备购置项目', '380.00', '420.00', '294.00', '70.00%', '76', '中'],
    [3, '刑事技术DNA实验室耗材', '96.50', '96.50', '96.50', '100.00%', '98', '优'],
  ];
  const td = (v: string, cls = 'xl66', num?: number): string =>
    `<td class=${cls}${num === undefined ? '' : ` align=right x:num="${num}"`}>${v}</td>`;
  const body = rows
    .map(
      (r) =>
        ` <tr height=22 style='height:16.5pt'>\n  <td height=22 class=xl67 style='height:16.5pt' x:num>${r[0]}</td>\n  ${td(r[1])}\n  ${td(r[2], 'xl68', Number(r[2].replace(/,/g, '')))}\n  ${td(r[3], 'xl68', Number(r[3].replace(/,/g, '')))}\n  <td class=xl68 style='display:none' x:num="0">0.00</td>\n  ${td(r[4], 'xl68', Number(r[4].replace(/,/g, '')))}\n  ${td(r[5], 'xl69', Number(r[5].replace('%', '')) / 100)}\n  ${td(r[6], 'xl67', Number(r[6]))}\n  ${td(r[7])}\n </tr>`,
    )
    .join('\n');
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="汇总表.files/filelist.xml">
<style id="汇总表_style">
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
.xl66 {mso-style-parent:style0; font-family:宋体; mso-number-format:"\\@";}
.xl68 {mso-number-format:"\\#\\,\\#\\#0\\.00";}
.xl69 {mso-number-format:"0\\.00%";}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>汇总表</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link=blue vlink=purple>
<!--[if !excel]>&nbsp;&nbsp;<![endif]-->
<!--下列信息由 Microsoft Excel 的发布为网页向导生成。-->
<!--如果同一条目从 Excel 中重新发布，则所有位于 DIV 标记之间的信息均将被替换。-->
<!----------------------------->
<!--“从 EXCEL 发布网页”向导开始-->
<!----------------------------->

<div id="汇总表" align=center x:publishsource="Excel">

<table border=0 cellpadding=0 cellspacing=0 width=842 style='border-collapse:
 collapse;table-layout:fixed;width:632pt'>
 <col width=40 style='mso-width-source:userset;width:30pt'>
 <col width=220 style='mso-width-source:userset;width:165pt'>
 <col width=90 span=2 style='mso-width-source:userset;width:68pt'>
 <col width=0 style='display:none;mso-width-source:userset'>
 <col width=90 span=4 style='mso-width-source:userset;width:68pt'>
 <tr height=30 style='height:22.5pt'>
  <td colspan=9 height=30 class=xl65 width=842 style='height:22.5pt;width:632pt'>岭东市公安局2022年度项目支出绩效自评结果汇总表</td>
 </tr>
 <tr height=22 style='height:16.5pt'>
  <td height=22 colspan=2 style='height:16.5pt;mso-ignore:colspan'></td>
  <td></td><td></td><td style='display:none'></td><td></td><td></td>
  <td colspan=2 class=xl70>金额单位：万元</td>
 </tr>
 <tr height=22 style='height:16.5pt'>
  <td height=22 class=xl66 style='height:16.5pt'>序号</td>
  <td class=xl66>项目名称</td>
  <td class=xl66>年初预算数</td>
  <td class=xl66>全年预算数</td>
  <td class=xl66 style='display:none'>上年结转</td>
  <td class=xl66>全年执行数</td>
  <td class=xl66>执行率</td>
  <td class=xl66>自评得分</td>
  <td class=xl66>自评等级</td>
 </tr>
 <tr height=0 style='display:none'>
  <td height=0 class=xl67 x:num>0</td>
  <td class=xl66>（已取消）交警队营房维修项目</td>
  <td class=xl68 align=right x:num="50">50.00</td>
  <td class=xl68 align=right x:num="0">0.00</td>
  <td class=xl68 style='display:none' x:num="0">0.00</td>
  <td class=xl68 align=right x:num="0">0.00</td>
  <td class=xl69 align=right x:num="0">0.00%</td>
  <td class=xl67></td>
  <td class=xl66></td>
 </tr>
${body}
 <![if supportMisc]>
 <tr height=0 style='display:none'>
  <td width=40 style='width:30pt'></td>
  <td width=220 style='width:165pt'></td>
 </tr>
 <![endif]>
</table>

</div>
</body>

</html>
`;
}

/** 8. A semicolon CSV: title and unit lines, a quoted header with a line break, "1,234.50" amounts. */
function semicolonCsv(): string {
  const lines = [
    '通榆县公安局2024年度部门项目绩效自评汇总表;;;;;;',
    '单位：元;;;;;;',
    '序号;项目名称;"年初预算数";"全年预算数";"全年执行数";执行率;"自评得分"',
    '1;"智慧警务室建设项目";"1,800,000.00";"1,800,000.00";"1,656,000.00";92.00%;93',
    '2;"看守所""一室一档""信息化改造";"520,000.00";"560,000.00";"392,000.00";70.00%;81',
    '3;"社区网格员培训经费\n（含2023年结转）";"75,000.00";"90,000.00";"88,200.00";98.00%;96',
    '合计;;"2,395,000.00";"2,450,000.00";"2,136,200.00";87.19%;',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** 9. A PDF (chromium print) whose narrow indicator columns wrap, labels justified per character. */
function wrappedPdfHtml(): string {
  const p: Project = {
    name: '公安检查站设备维护经费',
    dept: '临泽县公安局',
    unit: '临泽县公安局治安管理大队',
    initial: '45.00',
    adjusted: '45.00',
    executed: '40.50',
    rate: '90.00%',
    execScore: '9',
    goal: '保障3个公安检查站查验设备全年正常运行。',
    done: '3个检查站设备全年运行正常。',
    indicators: [
      ind('产出指标', '数量指标', '维护检查站数量', '3个', '3个', 20, 20),
      ind('产出指标', '质量指标', '设备完好率', '≥95%', '96%', 20, 20),
      ind('效益指标', '社会效益指标', '查获违法犯罪人员', '≥30人', '34人', 30, 30),
      ind('满意度指标', '服务对象满意度指标', '过往群众满意度', '≥90%', '92%', 20, 20),
    ],
    total: '99',
  };
  const table = htmlTable(projectGrid(p), { attrs: 'class="t"' });
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
td:first-child { text-align: justify; text-align-last: justify; }
h1 { text-align: center; font-size: 16pt; letter-spacing: 0.5em; }
</style></head><body>
<h1>项目支出绩效自评表</h1>
<p style="text-align:center">（2023年度）</p>
<p>填报单位：临泽县公安局</p>
${table}
<p>自评等级：优</p>
</body></html>
`;
}

async function main(): Promise<void> {
  writeFixtures(OUT, {
    'r6f-portal-frame.html': utf8(portalFrameHtml()),
    'r6f-tracked-changes.docx': await revisionsDocx(),
    'r6f-split-table.docx': await splitTableDocx(),
    'r6f-nested-indicators.docx': await nestedIndicatorsDocx(),
    'r6f-hidden-sheet.xlsx': await hiddenSheetXlsx(),
    'r6f-alt-enter-yuan.xlsx': await altEnterXlsx(),
    'r6f-excel-web.gbk.htm': gbk(excelWebHtm().replace(/\n/g, '\r\n')),
    'r6f-semicolon-yuan.csv': utf8(`\uFEFF${semicolonCsv()}`),
    'r6f-wrapped-justified.pdf': printPdf(wrappedPdfHtml(), { prefix: 'r6f-' }),
  });
}

await main();
