/**
 * Writes the round-11 format fixtures (tests/fixtures/layouts/r11f-*): invented agencies' reports
 * in file formats not seen before — a docx form filled through content controls (text fields, a
 * placeholder left unfilled, the grade ticked in checkboxes), a docx summary whose agency comes from
 * a DOCPROPERTY field and whose totals are formula fields (w:fldSimple, complex fields), with
 * header cells of two paragraphs; an xlsx with one sheet per project (numbers stored as text,
 * formulas with cached results, a date, a title row over each sheet); Word's "save as web page"
 * in GB2312 with cells of several <p>, <o:p> and character references; an HTML table whose
 * <tfoot> comes before its <tbody>; a PDF whose landscape table is printed sideways on a portrait
 * page; a PDF whose vertically centred labels span three and four rows; an Excel "Unicode text"
 * export saved as .csv (UTF-16LE, tabs, CRLF, title row); UTF-16BE text with CRLF; a Markdown table
 * written by Typora (no outer pipes, <br> and escaped pipes in cells).
 *   npx tsx scripts/make-round11-format-fixtures.ts [out-dir] [only]
 * Needs jszip, exceljs, iconv-lite and /usr/bin/chromium with CJK fonts (PDF). Text files and the
 * docx are byte-for-byte reproducible; exceljs and chromium embed timestamps.
 */
import { join } from 'node:path';
import iconv from 'iconv-lite';
import {
  docxPackage,
  docxTable,
  escXml,
  gbk,
  htmlRows,
  ind,
  printPdf,
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

const W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
const NS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ${W14}`;

// ── 1. docx: a form filled through content controls ────────────────────────────────────────────

/** A run-level text content control holding `text`. */
const sdtText = (tag: string, text: string): string =>
  `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/><w:id w:val="${tag.length * 7919}"/></w:sdtPr><w:sdtContent>${wRun(text)}</w:sdtContent></w:sdt>`;

/** A content control left unfilled: Word shows its grey placeholder text. */
const sdtPlaceholder = (tag: string): string =>
  `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:id w:val="${tag.length * 104729}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt>`;

/** A Word 2010 checkbox content control (☒ / ☐ in MS Gothic). */
const sdtCheckbox = (checked: boolean): string =>
  `<w:sdt><w:sdtPr><w:id w:val="${checked ? 2612 : 2610}"/><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>${checked ? '☒' : '☐'}</w:t></w:r></w:sdtContent></w:sdt>`;

/** A legacy form checkbox (FORMCHECKBOX field): no glyph in the text at all. */
const formCheckbox = (checked: boolean): string =>
  `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check${checked ? 1 : 0}"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>${checked ? '<w:checked/>' : ''}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

const GRADES = ['优', '良', '中', '差'] as const;

/** "☒优 ☐良 ☐中 ☐差" as one paragraph of checkboxes. */
const gradeBoxes = (grade: string, box: (checked: boolean) => string): string =>
  `<w:p>${GRADES.map((g) => `${box(g === grade)}${wRun(`${g}　`)}`).join('')}</w:p>`;

function formControlsDocx(): Promise<Uint8Array> {
  const projects: [Project, string, (checked: boolean) => string][] = [
    [
      {
        name: '治安卡口运行维护经费',
        dept: '柏溪县公安局',
        unit: '柏溪县公安局治安管理大队',
        initial: '72.00',
        adjusted: '72.00',
        executed: '68.40',
        rate: '95.00%',
        execScore: '9.5',
        goal: '保障全县14处治安卡口设备全年正常运行。',
        done: '卡口设备全年在线运行，协助破获案件23起。',
        indicators: [
          ind('产出指标', '数量指标', '运维卡口数量', '14处', '14处', 30, 30),
          ind('产出指标', '质量指标', '设备在线率', '≥95%', '97%', 20, 20),
          ind('效益指标', '社会效益指标', '协助破获案件', '≥20起', '23起', 20, 20),
          ind('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '88%', 20, 17, 'PLACEHOLDER'),
        ],
        total: '96.5',
      },
      '优',
      sdtCheckbox,
    ],
    [
      {
        name: '禁毒宣传教育经费',
        dept: '柏溪县公安局',
        unit: '柏溪县公安局禁毒大队',
        initial: '20.00',
        adjusted: '20.00',
        executed: '15.00',
        rate: '75.00%',
        execScore: '7.5',
        goal: '开展禁毒宣传进校园、进社区活动。',
        done: '开展宣传活动46场，覆盖群众2.1万人次。',
        indicators: [
          ind('产出指标', '数量指标', '宣传活动场次', '≥50场', '46场', 40, 34, '部分学校场地协调困难'),
          ind('效益指标', '社会效益指标', '禁毒知识知晓率', '≥90%', '91%', 30, 30),
          ind('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '85%', 20, 16),
        ],
        total: '87.5',
      },
      '良',
      formCheckbox,
    ],
  ];
  const tables = projects.map(([p, grade, box]) => {
    const grid = projectGrid(p);
    grid.push(['自评等级', '<', '<', '<', '<', 'GRADE', '<', '<', '<', '<']);
    const content: Record<string, string> = {
      '0,1': `<w:p>${sdtText('项目名称', p.name)}</w:p>`,
      '1,6': `<w:p>${sdtText('实施单位', p.unit)}</w:p>`,
      [`${grid.length - 1},5`]: gradeBoxes(grade, box),
    };
    // Reasons left unfilled show the control's placeholder (the indicator rows follow row 9).
    p.indicators.forEach((i, k) => {
      if (i.reason === '' || i.reason === 'PLACEHOLDER')
        content[`${10 + k},9`] = `<w:p>${sdtPlaceholder('偏差原因')}</w:p>`;
    });
    return [
      wPara(`（${p.name}）`),
      docxTable(
        grid.map((row) => row.map((c) => (c === 'PLACEHOLDER' ? '' : c))),
        { content },
      ),
    ].join('');
  });
  const body = [
    wPara('柏溪县公安局2023年度项目支出绩效自评表', '<w:jc w:val="center"/>'),
    ...tables,
    `<w:p>${wRun('填报人：吴晓岚　联系电话：')}${sdtPlaceholder('联系电话')}</w:p>`,
  ].join('');
  return docxPackage(body, {}, { ns: NS });
}

// ── 2. docx: fields (DOCPROPERTY, =SUM(ABOVE), a formula) and two-paragraph header cells ───────

const fldSimple = (instr: string, result: string): string =>
  `<w:fldSimple w:instr="${escXml(instr).replace(/"/g, '&quot;')}">${wRun(result)}</w:fldSimple>`;

/** A complex field: begin, instruction, separate, cached result, end. */
const complexField = (instr: string, result: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${escXml(instr)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${wRun(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

function fieldsDocx(): Promise<Uint8Array> {
  const header = [
    ['类别', '项目名称', '项目资金（万元）', '<', '<', '执行率', '自评得分', '自评等级'],
    ['^', '^', '年初\n预算数', '全年\n预算数', '全年\n执行数', '^', '^', '^'],
  ];
  const data: [string, string, string, string, string, string, string][] = [
    ['专项业务经费', '110接处警系统运维经费', '45.00', '45.00', '43.20', '96.00', '95'],
    ['^', '派出所办公用房租赁费', '36.00', '36.00', '36.00', '100.00', '98'],
    ['^', '刑事案件侦办经费', '80.00', '90.00', '72.00', '80.00', '82'],
    ['基本建设', '执法办案中心改造工程', '150.00', '150.00', '120.00', '80.00', '80'],
  ];
  const grid = [
    ...header,
    ...data.map(([k, name, a, b, c, , score]) => [
      k,
      name,
      a,
      b,
      c,
      'RATE',
      score,
      Number(score) >= 90 ? '优' : '良',
    ]),
    ['合计', '<', 'SUM', 'SUM', 'SUM', 'RATE', '', ''],
  ];
  const content: Record<string, string> = {};
  const col = (c: number): string => String.fromCharCode(65 + c);
  grid.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === 'SUM') {
        const sum = data.reduce((s, d) => s + Number(d[c]), 0).toFixed(2);
        content[`${r},${c}`] = `<w:p>${fldSimple(' =SUM(ABOVE) \\# "0.00" ', sum)}</w:p>`;
      } else if (cell === 'RATE') {
        const rate =
          r < grid.length - 1
            ? (data[r - 2]?.[5] ?? '')
            : (
                (data.reduce((s, d) => s + Number(d[4]), 0) / data.reduce((s, d) => s + Number(d[3]), 0)) *
                100
              ).toFixed(2);
        content[`${r},${c}`] =
          `<w:p>${complexField(`=${col(4)}${r + 1}/${col(3)}${r + 1}*100 \\# "0.00"`, rate)}${wRun('%')}</w:p>`;
      }
    });
  });
  const body = [
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${fldSimple(' DOCPROPERTY  Company  \\* MERGEFORMAT ', '凤栖县公安局')}${wRun('2023年度项目支出绩效自评结果汇总表')}</w:p>`,
    wPara('单位：万元', '<w:jc w:val="right"/>'),
    docxTable(
      grid.map((row) => row.map((c) => (c === 'SUM' || c === 'RATE' ? '' : c))),
      { content },
    ),
    `<w:p>${wRun('填报日期：')}${complexField('DATE \\@ "yyyy年M月d日"', '2024年3月15日')}</w:p>`,
    wPara('说明：刑事案件侦办经费因部分案件跨年度办理，资金支付滞后。'),
  ].join('');
  return docxPackage(body);
}

// ── 3. xlsx: one sheet per project, numbers stored as text, formulas, a date ───────────────────

async function sheetPerProjectXlsx(): Promise<Uint8Array> {
  const projects: Project[] = [
    {
      name: '警务航空器运行保障经费',
      dept: '临江市公安局',
      unit: '临江市公安局警务航空队',
      initial: '260.00',
      adjusted: '260.00',
      executed: '247.00',
      rate: 'FORMULA',
      execScore: '9.5',
      goal: '保障2架警用无人机和1架直升机全年飞行任务。',
      done: '全年飞行312架次，完成搜救、巡逻等任务。',
      indicators: [
        ind('产出指标', '数量指标', '飞行架次', '≥300架次', '312架次', 30, 30),
        ind('产出指标', '质量指标', '飞行安全事故', '0起', '0起', 20, 20),
        ind('效益指标', '社会效益指标', '搜救成功人数', '≥10人', '14人', 20, 20),
        ind('满意度指标', '服务对象满意度指标', '协作单位满意度', '≥90%', '95%', 20, 20),
      ],
      total: '99.5',
    },
    {
      name: '出入境证件制作经费',
      dept: '临江市公安局',
      unit: '临江市公安局出入境管理支队',
      initial: '1,200.00',
      adjusted: '1,350.00',
      executed: '1,080.00',
      rate: 'FORMULA',
      execScore: '8',
      goal: '保障出入境证件制证材料供应。',
      done: '全年制发证件11.6万本。',
      indicators: [
        ind('产出指标', '数量指标', '制发证件数量', '≥12万本', '11.6万本', 40, 36, '申领量低于预期'),
        ind('效益指标', '社会效益指标', '证件差错率', '≤0.1%', '0.05%', 30, 30),
        ind('满意度指标', '服务对象满意度指标', '办证群众满意度', '≥95%', '96%', 20, 20),
      ],
      total: '94',
    },
  ];
  const wb = workbook('Microsoft Excel');
  projects.forEach((p, k) => {
    const sheet = wb.addWorksheet(`项目${k + 1}`);
    const grid = projectGrid(p);
    sheet.addRow(['临江市公安局2023年度项目支出绩效自评表']);
    sheet.mergeCells(1, 1, 1, 10);
    grid.forEach((row, r) => {
      const excelRow = r + 2;
      row.forEach((value, c) => {
        const cell = sheet.getCell(excelRow, c + 1);
        if (value === '<' || value === '^') return;
        if (value === 'FORMULA') {
          // The rate: a formula over the executed and adjusted cells, its cached result percent-formatted.
          cell.value = {
            formula: `F${excelRow}/E${excelRow}`,
            result: Number(p.executed.replace(/,/g, '')) / Number(p.adjusted.replace(/,/g, '')),
          };
          cell.numFmt = '0.00%';
        } else if (/^\d+(\.\d+)?$/.test(value) && c >= 6) cell.value = Number(value);
        else cell.value = value; // amounts stay text, as a system export writes them ("1,200.00")
      });
    });
    // Merges from the grid markers (offset by the title row).
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === '<' || value === '^') return;
        let right = c;
        while (row[right + 1] === '<') right++;
        let bottom = r;
        while (grid[bottom + 1]?.[c] === '^') bottom++;
        if (right > c || bottom > r) sheet.mergeCells(r + 2, c + 1, bottom + 2, right + 1);
      }),
    );
    const dateRow = grid.length + 3;
    sheet.getCell(dateRow, 1).value = '填报日期';
    sheet.getCell(dateRow, 2).value = new Date('2024-03-20T00:00:00Z');
    sheet.getCell(dateRow, 2).numFmt = 'yyyy"年"m"月"d"日"';
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// ── 4. Word "save as web page", GB2312, cells of several <p>, <o:p>, character references ─────

function wordWebPage(): string {
  const p = (text: string): string =>
    `<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt;font-family:宋体'>${text}<o:p></o:p></span></p>`;
  const cell = (text: string): string => (text === '' ? p('&nbsp;') : text.split('\n').map(p).join('\n'));
  const grid = [
    ['项目名称', '道路交通事故救助经费', '<', '<', '<', '<', '<'],
    ['主管部门', '堃州县公安局', '<', '实施单位', '堃州县公安局交通管理大队', '<', '<'],
    ['项目资金\n（万元）', '年初\n预算数', '全年\n预算数', '全年\n执行数', '分值', '执行率', '得分'],
    ['^', '30.00', '30.00', '28.50', '10', '95.00%', '9.5'],
    ['一级指标', '二级指标', '三级指标', '年度\n指标值', '实际\n完成值', '分值', '得分'],
    ['产出指标', '数量指标', '救助事故伤者', '&#x2265;40人', '46人', '40', '40'],
    ['效益指标', '社会效益指标', '救助及时率', '&ge;95%', '98%', '30', '30'],
    ['满意度指标', '服务对象满意度指标', '受助群众满意度', '&#8805;90&#xFF05;', '89%', '20', '18'],
    ['总分', '<', '<', '<', '<', '100', '97.5'],
  ];
  const rows = htmlRows(grid, (t) => t).map((tr) =>
    tr.replace(
      /<td([^>]*)>([\s\S]*?)<\/td>/g,
      (_m: string, a: string, inner: string) =>
        `<td${a} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n${cell(inner.split('<br>').join('\n'))}\n</td>`,
    ),
  );
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>堃州县公安局2023年度项目支出绩效自评表</title>
<style>
<!--
p.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:"Times New Roman",serif;}
@page WordSection1 {size:841.9pt 595.3pt;mso-page-orientation:landscape;}
div.WordSection1 {page:WordSection1;}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt'>
<div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>堃州县公安局2023年度项目支出绩效自评表<o:p></o:p></span></b></p>
<p class=MsoNormal><span lang=EN-US>&nbsp;<o:p></o:p></span></p>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
${rows.join('\n')}
</table>
<p class=MsoNormal><span style='font-family:宋体'>存在问题：受助群众回访覆盖面不足&#xFF0C;部分伤者联系方式变更。<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-family:宋体'>自评等级：优<o:p></o:p></span></p>
</div>
</body>
</html>
`;
}

// ── 5. HTML: a summary whose <tfoot> (the totals) comes before its <tbody> ─────────────────────

function tfootFirstHtml(): string {
  const head = ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分'];
  const body = [
    ['1', '巡特警装备购置经费', '88.00', '88.00', '83.60', '95.00%', '94'],
    ['2', '社区警务运转经费', '52.00', '60.00', '54.00', '90.00%', '91'],
    ['3', '技侦设备运维经费', '40.00', '40.00', '26.00', '65.00%', '76'],
  ];
  const foot = ['合计', '', '180.00', '188.00', '163.60', '87.02%', ''];
  const tr = (cells: readonly string[], tag = 'td'): string =>
    `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>绩效自评结果公开</title>
</head>
<body>
<h2 align="center">松原县公安局2023年度项目支出绩效自评结果汇总表</h2>
<p align="right">金额单位：万元</p>
<table border="1" cellspacing="0" summary="项目支出绩效自评结果">
<thead>${tr(head, 'th')}</thead>
<tfoot>${tr(foot)}</tfoot>
<tbody>
${body.map((r) => tr(r)).join('\n')}
</tbody>
</table>
<p>注：技侦设备运维经费因设备采购延期，执行率偏低。</p>
</body>
</html>
`;
}

// ── 6. PDF: a landscape table printed sideways on a portrait page ──────────────────────────────

function sidewaysPdfHtml(): string {
  const head = ['项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分', '自评等级'];
  const rows = [
    ['看守所医疗保障经费', '64.00', '64.00', '60.80', '95.00%', '95', '优'],
    ['警犬基地运行经费', '38.00', '38.00', '34.20', '90.00%', '90', '优'],
    ['消防监督检查经费', '25.00', '30.00', '21.00', '70.00%', '78', '中'],
  ];
  const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4 portrait; margin: 0; }
body { margin: 0; font-family: "Noto Sans CJK SC", sans-serif; font-size: 11pt; }
.sheet { position: absolute; left: 0; top: 0; width: 1123px; height: 794px; box-sizing: border-box; padding: 60px;
  transform-origin: top left; transform: translate(794px, 0) rotate(90deg); }
h1 { font-size: 16pt; text-align: center; }
table { border-collapse: collapse; width: 100%; }
td { border: 1px solid #000; padding: 6px; text-align: center; }
</style></head><body><div class="sheet">
<h1>芦溪县公安局2023年度项目支出绩效自评汇总表</h1>
<p style="text-align:right">单位：万元</p>
<table>${tr(head)}${rows.map(tr).join('')}</table>
<p>填报单位：芦溪县公安局财务室</p>
</div></body></html>`;
}

// ── 7. PDF: vertically centred labels merged over three and four rows ──────────────────────────

function centredMergesHtml(): string {
  const p: Project = {
    name: '反恐防暴装备购置经费',
    dept: '望江县公安局',
    unit: '望江县公安局特警大队',
    initial: '120.00',
    adjusted: '120.00',
    executed: '114.00',
    rate: '95.00%',
    execScore: '9.5',
    goal: '为特警大队配备防暴装备。',
    done: '完成采购并列装。',
    indicators: [
      ind('产出指标', '数量指标', '防弹衣购置数量', '60套', '60套', 15, 15),
      ind('产出指标', '数量指标', '防暴盾牌购置数量', '100面', '100面', 15, 15),
      ind('产出指标', '质量指标', '验收合格率', '100%', '100%', 10, 10),
      ind('产出指标', '时效指标', '列装时间', '2023年9月前', '2023年8月', 10, 10),
      ind('效益指标', '社会效益指标', '处置突发事件能力', '提升', '提升', 15, 15),
      ind('效益指标', '社会效益指标', '重大活动安保', '零事故', '零事故', 10, 10),
      ind('效益指标', '可持续影响指标', '装备使用年限', '≥5年', '≥5年', 5, 5),
      ind('满意度指标', '服务对象满意度指标', '民警满意度', '≥90%', '93%', 10, 10),
    ],
    total: '99.5',
  };
  const rows = htmlRows(projectGrid(p));
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 14mm; }
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; text-align: center; }
table { border-collapse: collapse; width: 100%; }
td { border: 1px solid #000; padding: 3px 4px; text-align: center; vertical-align: middle; }
</style></head><body>
<h1>望江县公安局2023年度项目支出绩效自评表</h1>
<table>${rows.join('\n')}</table>
</body></html>`;
}

// ── 8. Excel "Unicode text" saved as .csv: UTF-16LE with BOM, tabs, CRLF, a title row ──────────

function unicodeTextCsv(): Uint8Array {
  const rows = [
    ['岳阳楼区公安分局2023年度项目支出绩效自评情况表', '', '', '', '', '', ''],
    [
      '项目名称',
      '年初预算数（元）',
      '全年预算数（元）',
      '全年执行数（元）',
      '执行率',
      '自评得分',
      '自评等级',
    ],
    ['辖区视频巡控经费', '"1,250,000.00"', '"1,250,000.00"', '"1,187,500.00"', '95%', '96', '优'],
    ['洞庭湖水上治安巡逻经费', '"480,000.00"', '"520,000.00"', '"416,000.00"', '80%', '85', '良'],
    ['合计', '"1,730,000.00"', '"1,770,000.00"', '"1,603,500.00"', '90.59%', '', ''],
  ];
  const text = rows.map((r) => r.join('\t')).join('\r\n');
  return new Uint8Array([0xff, 0xfe, ...iconv.encode(`${text}\r\n`, 'utf-16le')]);
}

// ── 9. UTF-16BE text with a BOM and CRLF line ends ─────────────────────────────────────────────

function utf16beText(): Uint8Array {
  const text = [
    '青峰县公安局2023年度智慧警务平台运维经费项目支出绩效自评报告',
    '',
    '一、项目基本情况',
    '智慧警务平台运维经费由青峰县公安局科技信息化大队组织实施，保障平台全年稳定运行。',
    '二、项目资金使用情况',
    '该项目年初预算数85万元，全年预算数85万元，全年执行数80.75万元，预算执行率95%。',
    '三、存在的问题',
    '1.平台部分模块响应速度偏慢。',
    '2.运维人员技术力量不足。',
    '四、自评结论',
    '经综合评价，该项目自评得分93分，自评等级为优。',
  ].join('\r\n');
  return new Uint8Array([0xfe, 0xff, ...iconv.encode(`${text}\r\n`, 'utf-16be')]);
}

// ── 10. Markdown table as Typora writes it: no outer pipes, <br> and \| in cells ────────────────

function typoraMd(): string {
  return [
    '# 石泉县公安局2023年度项目支出绩效自评汇总',
    '',
    '单位：万元',
    '',
    '项目名称 | 年初<br>预算数 | 全年<br>预算数 | 全年<br>执行数 | 执行率 | 自评得分 | 备注',
    ':--- | ---: | ---: | ---: | :---: | :---: | ---',
    '看守所伙食经费 | 66.00 | 66.00 | 62.70 | 95% | 95 | 在押人员\\|日均120人',
    '户籍档案数字化经费 | 30.00 | 30.00 | 18.00 | 60% | 70 | 扫描设备<br>到货延迟',
    '警务辅助人员培训经费 | 12.00 | 12.00 | 11.40 | 95% | 92 |',
    '',
    '## 存在的问题',
    '',
    '1. 户籍档案数字化进度滞后，扫描设备到货延迟。',
    '2. 辅警培训内容针对性不强。',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  writeFixtures(
    OUT,
    {
      'r11f-form-controls.docx': await formControlsDocx(),
      'r11f-fields.docx': await fieldsDocx(),
      'r11f-sheet-per-project.xlsx': await sheetPerProjectXlsx(),
      'r11f-word-page.gb2312.htm': gbk(wordWebPage()),
      'r11f-tfoot-first.html': utf8(tfootFirstHtml()),
      'r11f-sideways-table.pdf': printPdf(sidewaysPdfHtml(), { prefix: 'r11f-' }),
      'r11f-centred-merges.pdf': printPdf(centredMergesHtml(), { prefix: 'r11f-' }),
      'r11f-unicode-text.csv': unicodeTextCsv(),
      'r11f-crlf.utf16be.txt': utf16beText(),
      'r11f-typora-table.md': utf8(typoraMd()),
    },
    ONLY,
  );
}

await main();
