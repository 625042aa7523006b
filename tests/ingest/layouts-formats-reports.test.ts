/**
 * Whole reports in binary and markup formats, not one clean project table: a Word narrative with
 * an embedded summary table, a PDF summary whose table runs over a page break (tight cell padding),
 * a workbook with a 汇总 sheet and a sheet per project, a GBK HTML narrative, an HTML summary with
 * <thead>/<th>, split <tbody> and a nested table, a UTF-16 LE narrative with a tab table, a GBK CSV
 * with title/unit lines, a 备注 column and a 合计 row, HTML saved as .txt, and a legacy .doc.
 * Built as scripts/make-format-fixtures.ts builds its own (jszip, exceljs, chromium print-to-pdf).
 */
import { describe, expect, it } from 'vitest';
import { joinPages } from '../../src/ingest/formats/pdf.ts';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const FILES = [
  'fm-narrative-summary.docx',
  'fm-summary-page-break.pdf',
  'fm-summary-sheets.xlsx',
  'fm-department-narrative.gbk.html',
  'fm-summary-thead-nested.html',
  'fm-narrative-tsv.utf16le.txt',
  'fm-summary-note-total.gbk.csv',
  'fm-html-as-txt.txt',
  'fm-legacy-word.doc',
];

const t = ingestBeforeAll(LAYOUTS, FILES);

describe('a Word narrative report with a summary table and a 存在的问题 list (.docx)', () => {
  const file = 'fm-narrative-summary.docx';
  it('reads the table, the department totals in the prose and the problems', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'summary_table',
      encoding: null,
      status: 'ok',
      agency: '临朐县公安局',
      year: 2023,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['社区警务室标准化建设项目', 86, 86, 79.12, 0.92, 93.5, null, 7],
      ['反电信网络诈骗宣传专项经费', 24, 30, 27.6, 0.92, 90, null, 8],
      ['特警队训练场地改造项目', 150, 142, 98.5, 0.6937, 78, null, 9],
    ]);
    expect(t.departmentOf(file)).toMatchObject({
      budget_initial: 260,
      budget_adjusted: 258,
      executed: 205.22,
      execution_rate_reported: 0.7954,
      project_count: 3,
    });
    expect(t.problemsByLine(file)).toEqual([
      [12, '特警队训练场地改造项目受招标流程影响，开工时间推迟，预算执行率偏低'],
      [13, '部分项目绩效目标设置不够细化，量化指标偏少'],
      [14, '绩效自评工作人员专业能力不足，自评材料佐证不充分'],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a PDF summary table with tight cell padding, continued on the next page', () => {
  const file = 'fm-summary-page-break.pdf';
  it('splits cells by column alignment and keeps the rows of both pages in one table', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'summary_table',
      encoding: null,
      status: 'ok',
      agency: '寿光市公安局',
      year: 2022,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['看守所监控系统升级改造项目', 210, 210, 201.6, 0.96, 95, '优', 4],
      ['交通违法非现场执法设备运维经费', 64, 72, 70.56, 0.98, 92, '优', 5],
      ['刑事技术实验室设备购置项目', 180, 180, 122.4, 0.68, 81, '良', 6],
      ['辅警招录培训经费', 45, 40, 36.8, 0.92, 88, '良', 7],
    ]);
    expect(t.problemsByLine(file)).toEqual([
      [9, '刑事技术实验室设备购置项目因进口设备报关延误，部分资金未能在年内支付'],
      [10, '辅警招录培训经费年中调减预算，绩效目标未同步调整'],
      [11, '部分项目成本指标设置不合理，难以量化考核'],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });

  it('joins pages only where a table row meets a table row, dropping page numbers between', () => {
    expect(
      joinPages([
        ['标题', 'a\tb', '- 1 -'],
        ['- 2 -', 'c\td', '正文'],
      ]),
    ).toBe('标题\na\tb\nc\td\n正文\n');
    expect(joinPages([['正文一', '第 1 页'], ['正文二']])).toBe('正文一\n第 1 页\n\n正文二\n');
  });
});

describe('a workbook: a 汇总 sheet (merged title, unit row) and one sheet per project (.xlsx)', () => {
  const file = 'fm-summary-sheets.xlsx';
  it('merges each summary row with its project sheet', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'project_table',
      encoding: null,
      status: 'ok',
      agency: '邹城市公安局',
      year: 2024,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['执法记录仪更新购置项目', 56, 56, 54.32, 0.97, 96, null, 5],
      ['公安大数据平台运维经费', 120, 135, 108, 0.8, 85.5, null, 6],
    ]);
    expect(t.project('公安大数据平台运维经费')).toMatchObject({
      managing_dept: '邹城市公安局',
      implementing_unit: '邹城市公安局装备财务科',
      execution_weight: 10,
      execution_score: 8,
      indicator_count: 3,
      grade_band: '良',
    });
    expect(t.project('公安大数据平台运维经费').sources.map((s) => [s.line_start, s.line_end])).toEqual([
      [6, 6],
      // The project sheet from its title row (now before the sheet's name line) on.
      [21, 32],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a GBK HTML narrative (<meta charset="gbk">), figures in sentences, no table', () => {
  const file = 'fm-department-narrative.gbk.html';
  it('decodes GBK and reads the department figures and the problems', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'department_overall',
      encoding: 'gb18030',
      status: 'ok',
      agency: '新沂市公安局',
      year: 2021,
    });
    expect(t.projectsOf(file)).toEqual([]);
    expect(t.departmentOf(file)).toMatchObject({
      budget_adjusted: 9120.45,
      executed: 8903.17,
      execution_rate_reported: 0.9762,
      total_score: 92.6,
    });
    expect(t.problemsByLine(file)).toEqual([
      [7, '部分专项资金拨付进度滞后，年底集中支付现象仍然存在'],
      [8, '绩效目标编制质量不高，部分指标难以衡量'],
    ]);
  });
});

describe('an HTML summary: two-row <th> header, two <tbody>, a table nested in a name cell', () => {
  const file = 'fm-summary-thead-nested.html';
  it('keeps the project whose name note mentions 结转 (a note, not a carry-over row)', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'summary_table',
      encoding: 'utf-8',
      status: 'ok',
      agency: '弥勒市公安局',
      year: 2023,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['禁毒专项经费', 38, 38, 35.72, 0.94, 94, null, 4],
      ['边境管控设施维护项目（含2022年结转）', 95, 110, 104.5, 0.95, 91.5, null, 5],
      ['派出所执法办案区改造项目', 70, 70, 49, 0.7, 76, null, 6],
    ]);
    expect(t.problemsByLine(file)).toEqual([
      [8, '派出所执法办案区改造项目因设计变更导致工期延误，资金支付进度较慢'],
    ]);
  });
});

describe('a UTF-16 LE narrative with a tab-separated table (.txt)', () => {
  const file = 'fm-narrative-tsv.utf16le.txt';
  it('decodes UTF-16 and reads the table and the problems', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'narrative',
      encoding: 'utf-16le',
      status: 'ok',
      agency: '灵武市公安局',
      year: 2022,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['移民警务室建设项目', 48, 48, 46.08, 0.96, 95, null, 6],
      ['警犬训练基地运维经费', 22.5, 22.5, 15.75, 0.7, 79, null, 7],
    ]);
    expect(t.problemsByLine(file)).toEqual([
      [10, '警犬训练基地运维经费受疫情影响，部分采购未能实施'],
      [11, '项目绩效跟踪监控不到位'],
    ]);
  });
});

describe('a GBK CSV summary: title and unit lines, a 备注 column, a 合计 row', () => {
  const file = 'fm-summary-note-total.gbk.csv';
  it('reads the projects, not the 合计 row', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'summary_table',
      encoding: 'gb18030',
      status: 'ok',
      agency: '仁怀市公安局',
      year: 2024,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['酒类市场治安巡防经费', 32, 32, 30.4, null, 94, null, 4],
      ['交通事故处理中心建设项目', 260, 245, 171.5, null, 75, null, 5],
      ['公安档案数字化项目', 18.6, 18.6, 18.6, null, 98, null, 6],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('misleading extensions', () => {
  it('reads HTML saved as .txt as HTML', () => {
    expect(t.docOf('fm-html-as-txt.txt')).toMatchObject({
      doc_kind: 'project_table',
      encoding: 'utf-8',
      status: 'ok',
      agency: '清镇市公安局',
      year: 2023,
    });
    expect(t.project('治安防控视频补点项目')).toMatchObject({
      managing_dept: '清镇市公安局',
      implementing_unit: '清镇市公安局指挥中心',
      budget_initial: 66,
      budget_adjusted: 66,
      executed: 62.7,
      execution_rate_reported: 0.95,
      execution_score: 9.5,
      total_score: 93.5,
    });
  });

  it('gives an OLE file named .doc without a Word document stream an error row and a reason', () => {
    const doc = t.docOf('fm-legacy-word.doc');
    expect(doc).toMatchObject({ status: 'error', doc_kind: null, agency: null, year: null });
    expect(doc.message).toBe('.doc 文件中找不到 Word 文档或 Excel 工作簿数据（文件可能已损坏）');
  });
});
