/**
 * Writes tests/fixtures/formats/: one invented 项目支出绩效自评表 (青禾县公安局, 2023) and one summary
 * table, rendered in every supported format and encoding with the same figures (answer key:
 * tests/fixtures/formats/expected.json, written by hand).
 *   npx tsx scripts/make-format-fixtures.ts [out-dir]
 * Needs: iconv-lite (GBK), jszip (docx parts; a dependency of mammoth/exceljs), exceljs, and
 * /usr/bin/chromium with CJK fonts for the PDF (printed from the generated HTML). Text files and
 * the docx are byte-for-byte reproducible; exceljs and chromium embed timestamps.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  docxPackage,
  docxTable,
  escXml,
  gbk,
  htmlRows,
  printPdf,
  spans,
  utf8,
  W_MAIN,
  wCellParagraphs,
  workbook,
  wPara,
  writeFixtures,
} from './fixture-builders.ts';

const OUT = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'formats');

/*
 * The project table as its 9-column grid. Markers: '<' = merged with the cell on the left
 * (colspan), '^' = merged with the cell above (rowspan); a continuation row of a cell spanning
 * both ways is '^' followed by '<'. '\n' = a line break inside a cell.
 */
const PROJECT_GRID: readonly (readonly string[])[] = [
  ['项目名称', '公安检查站智能查控系统建设项目', '<', '<', '<', '<', '<', '<', '<'],
  ['主管部门', '青禾县公安局', '<', '<', '实施单位', '青禾县公安局科技信息化大队', '<', '<', '<'],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '<'],
  ['^', '年度资金总额', '120.00', '135.50', '128.73', '10', '95.00%', '9.50', '<'],
  ['^', '其中：当年财政拨款', '120.00', '135.50', '128.73', '—', '', '—', '<'],
  ['^', '上年结转资金', '', '', '', '—', '', '—', '<'],
  ['^', '其他资金', '', '', '', '—', '', '—', '<'],
  ['年度总体目标', '预期目标', '<', '<', '<', '实际完成情况', '<', '<', '<'],
  [
    '^',
    '1、完成3个公安检查站智能化升级改造；\n2、新建智能查控卡口6个，实现人、车、物信息实时比对预警。',
    '<',
    '<',
    '<',
    '1、3个公安检查站智能化升级改造全部完成；\n2、新建智能查控卡口6个并接入市局平台，系统于2023年12月通过验收并投入使用。',
    '<',
    '<',
    '<',
  ],
  [
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  ['^', '产出指标', '数量指标', '新建智能查控卡口数量', '≥6个', '6个', '10', '10', '无偏差'],
  ['^', '^', '^', '升级改造检查站数量', '3个', '3个', '10', '10', '无偏差'],
  ['^', '^', '质量指标', '系统验收合格率', '100%', '100%', '10', '10', '无偏差'],
  [
    '^',
    '^',
    '时效指标',
    '项目完成时间',
    '2023年10月底前',
    '2023年12月',
    '10',
    '8',
    '设备供货延迟致联调推迟，今后提前启动采购',
  ],
  ['^', '^', '成本指标', '项目总成本', '≤135.50万元', '128.73万元', '10', '10', '无偏差'],
  ['^', '效益指标', '社会效益指标', '查获违法犯罪嫌疑人数同比增长', '≥10%', '12.6%', '15', '15', '无偏差'],
  [
    '^',
    '^',
    '可持续影响指标',
    '系统稳定运行年限',
    '≥5年',
    '5年',
    '15',
    '13',
    '部分前端设备故障率偏高，需完善运维机制',
  ],
  [
    '^',
    '满意度指标',
    '服务对象满意度指标',
    '群众满意度',
    '≥90%',
    '93.5%',
    '10',
    '9',
    '个别群众反映通行等待时间较长',
  ],
  ['总分', '<', '<', '<', '<', '<', '100', '94.5', ''],
];

const ANALYSIS_GRID: readonly (readonly string[])[] = [
  ['主要经验做法', '坚持统筹规划、分步实施，项目建设与实战应用同步推进，查控系统与市局平台实现数据互通。'],
  [
    '项目管理中存在的主要问题及原因分析',
    '1、设备采购受供货周期影响，系统联调进度滞后于计划；2、前端设备运维机制不健全，部分设备故障率偏高。',
  ],
  [
    '下一步改进措施及管理建议',
    '1、提前开展采购需求论证，合理安排建设进度；2、建立前端设备日常巡检和运维考核制度。',
  ],
];

/** The document: paragraphs and tables in reading order. */
type Block =
  | { kind: 'title'; text: string }
  | { kind: 'para'; text: string }
  /** widths: column widths in % (HTML colgroup), chosen so the PDF's key rows do not wrap. */
  | { kind: 'table'; grid: readonly (readonly string[])[]; widths: readonly number[] };
const DOCUMENT: readonly Block[] = [
  { kind: 'title', text: '项目支出绩效自评表' },
  { kind: 'para', text: '（2023年度）' },
  { kind: 'para', text: '填报单位：青禾县公安局' },
  { kind: 'table', grid: PROJECT_GRID, widths: [10, 13, 11, 16, 9, 8, 5, 5, 23] },
  { kind: 'para', text: '自评等级：优' },
  { kind: 'table', grid: ANALYSIS_GRID, widths: [25, 75] },
  { kind: 'para', text: '项目负责人：周明远' },
  { kind: 'para', text: '填表人：林晓' },
];

interface SummaryRow {
  seq: number;
  name: string;
  initial: number;
  adjusted: number;
  executed: number;
  score: number;
  grade: string;
}
const SUMMARY: readonly SummaryRow[] = [
  {
    seq: 1,
    name: '公安检查站智能查控系统建设项目',
    initial: 120,
    adjusted: 135.5,
    executed: 128.73,
    score: 94.5,
    grade: '优',
  },
  {
    seq: 2,
    name: '“雪亮工程”视频监控运维经费',
    initial: 85,
    adjusted: 85,
    executed: 80.75,
    score: 91,
    grade: '优',
  },
  {
    seq: 3,
    name: '执法办案中心规范化建设项目',
    initial: 260,
    adjusted: 240,
    executed: 201.6,
    score: 86.4,
    grade: '良',
  },
  { seq: 4, name: '禁毒宣传教育专项经费', initial: 30, adjusted: 30, executed: 12, score: 72, grade: '中' },
  { seq: 5, name: '警用装备购置项目', initial: 150, adjusted: 150, executed: 148.5, score: 96, grade: '优' },
];
const SUMMARY_TITLE = '青禾县公安局2023年度项目支出绩效自评结果汇总表';
const SUMMARY_UNIT = '单位：万元';
const SUMMARY_HEADER = [
  '序号',
  '项目名称',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '执行率',
  '自评得分',
  '自评等级',
];

// ── grid helpers ────────────────────────────────────────────────────────────────────────────

const isMarker = (v: string | undefined): boolean => v === '<' || v === '^';

/** The grid as the text form's rows: merged positions are empty cells, line breaks are spaces. */
function flatRows(grid: readonly (readonly string[])[]): string[][] {
  return grid.map((row) => row.map((v) => (isMarker(v) ? '' : v.replace(/\n/g, ' '))));
}

// ── renderers ───────────────────────────────────────────────────────────────────────────────

function tsv(): string {
  const lines: string[] = [];
  for (const block of DOCUMENT) {
    if (block.kind === 'table') lines.push(...flatRows(block.grid).map((r) => r.join('\t')), '');
    else lines.push(block.text);
  }
  return `${lines.join('\n')}\n`;
}

function markdown(): string {
  const parts: string[] = [];
  for (const block of DOCUMENT) {
    if (block.kind === 'title') parts.push(`# ${block.text}`);
    else if (block.kind === 'para') parts.push(block.text.replace(/^([^：]+：)/, '**$1**'));
    else {
      const rows = block.grid.map((row) => row.map((v) => (isMarker(v) ? '' : v.replace(/\n/g, '<br>'))));
      const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
      const [head, ...body] = rows;
      parts.push([line(head ?? []), line((head ?? []).map(() => '---')), ...body.map(line)].join('\n'));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '≥': '&ge;',
  '≤': '&le;',
  '—': '&mdash;',
};

function html(options: { charset: string; entities: boolean; print: boolean }): string {
  const esc = (s: string): string =>
    s.replace(options.entities ? /[&<>≥≤—]/g : /[&<>]/g, (ch) => ENTITIES[ch] ?? ch).replace(/\n/g, '<br>');
  const body = DOCUMENT.map((block) => {
    if (block.kind === 'title') return `<h1>${esc(block.text)}</h1>`;
    if (block.kind === 'para') return `<p>${esc(block.text)}</p>`;
    const rows = htmlRows(block.grid, esc).map((row) => `  ${row}`);
    const cols = block.widths.map((w) => `<col style="width:${w}%">`).join('');
    return `<table>\n  <colgroup>${cols}</colgroup>\n${rows.join('\n')}\n</table>`;
  });
  const printCss = options.print
    ? '@page { size: A4 landscape; margin: 10mm; } body { font-size: 8pt; } table { width: 100%; table-layout: fixed; } table ~ table { break-before: page; } td { vertical-align: top; padding: 3px 6px; }'
    : 'td { padding: 4px 8px; }';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${options.charset}">
<title>青禾县公安局2023年度项目支出绩效自评表</title>
<style>
body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", SimSun, sans-serif; }
table { border-collapse: collapse; margin: 8px 0; } td { border: 1px solid #333; }
${printCss}
</style>
<script>window.__stats = { page: "jxzp" }; document.title += " - 青禾县人民政府";</script>
</head>
<body>
${body.join('\n')}
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body>
</html>
`;
}

function docxBody(): string {
  const border = (side: string): string =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  const cellText = (text: string): string => (text === '' ? wPara('') : wCellParagraphs(text));
  const body = DOCUMENT.map((block) => {
    if (block.kind === 'title')
      return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr><w:t>${escXml(block.text)}</w:t></w:r></w:p>`;
    if (block.kind === 'para') return wPara(block.text);
    return docxTable(block.grid, { cellText, tblPr: `<w:tblBorders>${borders}</w:tblBorders>` });
  });
  return `${body.join('')}<w:p/>`;
}

async function docx(): Promise<Uint8Array> {
  return docxPackage(
    docxBody(),
    {},
    {
      ns: W_MAIN,
      sectPr:
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>',
    },
  );
}

/** Summary sheet (numbers, formulas for 执行率 and 合计, merged title/unit/合计 cells) + the project table. */
async function xlsx(): Promise<Uint8Array> {
  const wb = workbook('make-format-fixtures');
  const ws = wb.addWorksheet('汇总表');
  ws.addRow([SUMMARY_TITLE]);
  ws.addRow([SUMMARY_UNIT]);
  ws.addRow(SUMMARY_HEADER);
  ws.mergeCells('A1:H1');
  ws.mergeCells('A2:H2');
  for (const p of SUMMARY) {
    const r = ws.rowCount + 1;
    ws.addRow([
      p.seq,
      p.name,
      p.initial,
      p.adjusted,
      p.executed,
      { formula: `E${r}/D${r}`, result: p.executed / p.adjusted },
      p.score,
      p.grade,
    ]);
  }
  const first = 4;
  const last = ws.rowCount;
  const total = (key: 'initial' | 'adjusted' | 'executed'): number =>
    Number(SUMMARY.reduce((s, p) => s + p[key], 0).toFixed(2));
  const t = last + 1;
  ws.addRow([
    '合计',
    null,
    { formula: `SUM(C${first}:C${last})`, result: total('initial') },
    { formula: `SUM(D${first}:D${last})`, result: total('adjusted') },
    { formula: `SUM(E${first}:E${last})`, result: total('executed') },
    { formula: `E${t}/D${t}`, result: total('executed') / total('adjusted') },
    null,
    null,
  ]);
  ws.mergeCells(`A${t}:B${t}`);
  for (const col of ['C', 'D', 'E']) ws.getColumn(col).numFmt = '0.00';
  ws.getColumn('F').numFmt = '0.00%';
  ws.getColumn('B').width = 34;

  const detail = wb.addWorksheet('项目自评表');
  PROJECT_GRID.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = detail.getCell(r + 1, c + 1);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (!isMarker(v)) Object.assign(cell, xlsxValue(v));
    }),
  );
  spans(PROJECT_GRID).forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (PROJECT_GRID[r]?.[c] === '<') c++;
      if (!cell.continued && (cell.colspan > 1 || cell.rowspan > 1))
        detail.mergeCells(r + 1, c + 1, r + cell.rowspan, c + cell.colspan);
      c += cell.colspan;
    }
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Grid text → an Excel cell as a clerk would type it: figures as numbers ("120.00" → 120 shown 0.00). */
function xlsxValue(v: string): { value: ExcelJS.CellValue; numFmt?: string } {
  const percent = /^(\d+\.\d{2})%$/.exec(v);
  if (percent) return { value: Number(percent[1]) / 100, numFmt: '0.00%' };
  if (/^\d+\.\d+$/.test(v)) return { value: Number(v), numFmt: '0.00' };
  if (/^\d+$/.test(v)) return { value: Number(v) };
  return { value: v };
}

function csvRows(): string[][] {
  const fmt = (n: number): string => n.toFixed(2);
  const rate = (e: number, a: number): string => `${((e / a) * 100).toFixed(2)}%`;
  const sum = (key: 'initial' | 'adjusted' | 'executed'): number => SUMMARY.reduce((s, p) => s + p[key], 0);
  const pad = (cells: string[]): string[] => [
    ...cells,
    ...Array<string>(SUMMARY_HEADER.length - cells.length).fill(''),
  ];
  return [
    pad([SUMMARY_TITLE]),
    pad([SUMMARY_UNIT]),
    SUMMARY_HEADER,
    ...SUMMARY.map((p) => [
      String(p.seq),
      p.name,
      fmt(p.initial),
      fmt(p.adjusted),
      fmt(p.executed),
      rate(p.executed, p.adjusted),
      String(p.score),
      p.grade,
    ]),
    [
      '合计',
      '',
      fmt(sum('initial')),
      fmt(sum('adjusted')),
      fmt(sum('executed')),
      rate(sum('executed'), sum('adjusted')),
      '',
      '',
    ],
  ];
}

function csv(quoteAll: boolean, eol: string): string {
  const field = (v: string): string => (quoteAll || /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return csvRows()
    .map((row) => row.map(field).join(','))
    .join(eol)
    .concat(eol);
}

// ── encoders ────────────────────────────────────────────────────────────────────────────────

function utf16(s: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const text = (bom ? '\uFEFF' : '') + s;
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[endian === 'le' ? 2 * i : 2 * i + 1] = code & 0xff;
    out[endian === 'le' ? 2 * i + 1 : 2 * i] = code >> 8;
  }
  return out;
}
const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

function pdf(): Uint8Array {
  const page = html({ charset: 'utf-8', entities: false, print: true });
  return printPdf(page, { prefix: 'fixtures-', source: 'self-eval.html', target: 'self-eval.pdf' });
}

async function main(): Promise<void> {
  const text = tsv();
  const files: Record<string, Uint8Array> = {
    'self-eval.utf8.txt': utf8(text),
    'self-eval.utf8-bom.txt': utf8(`\uFEFF${text}`),
    'self-eval.gbk.txt': gbk(crlf(text)),
    'self-eval.utf16le-bom.txt': utf16(crlf(text), 'le', true),
    'self-eval.utf16be.txt': utf16(text, 'be', false),
    'self-eval.md': utf8(markdown()),
    'self-eval.html': utf8(html({ charset: 'utf-8', entities: true, print: false })),
    'self-eval.gbk.htm': gbk(crlf(html({ charset: 'gbk', entities: false, print: false }))),
    'self-eval.docx': await docx(),
    'self-eval.pdf': pdf(),
    'summary.xlsx': await xlsx(),
    'summary.csv': utf8(`\uFEFF${csv(true, '\r\n')}`),
    'summary.gbk.csv': gbk(csv(false, '\r\n')),
  };
  writeFixtures(OUT, files);
}

await main();
