/**
 * Round 6, file formats: real-world shapes of docx, xlsx, pdf, html and csv that the converters
 * once turned into text the extractors misread — a portal page whose report sits in a layout
 * table, Word tracked changes / hidden text / w:gridBefore rows, a docx table split at a page
 * break, an indicator table nested in a form cell, a workbook with hidden draft sheets, Alt+Enter
 * labels and 元 amounts in xlsx, Excel's "save as web page" with hidden rows and columns, a
 * semicolon CSV with quoted line breaks and "1,234.50" amounts, and a PDF with justified
 * (letter-spaced) labels and wrapped cells.
 * Built by scripts/make-round6-format-fixtures.ts (jszip, exceljs, iconv-lite, chromium print-to-pdf).
 */
import { describe, expect, it } from 'vitest';
import { expectCleanProjectTables, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const FILES = [
  'r6f-portal-frame.html',
  'r6f-tracked-changes.docx',
  'r6f-split-table.docx',
  'r6f-nested-indicators.docx',
  'r6f-hidden-sheet.xlsx',
  'r6f-alt-enter-yuan.xlsx',
  'r6f-excel-web.gbk.htm',
  'r6f-semicolon-yuan.csv',
  'r6f-wrapped-justified.pdf',
];

const t = ingestBeforeAll(LAYOUTS, FILES);

describe('a portal page: the report in the content cell of a two-column layout table (.html)', () => {
  const file = 'r6f-portal-frame.html';
  it('renders the layout cells as blocks and reads the nested project table', () => {
    expectCleanProjectTables(t, file, '岚山县公安局', 2023, 1);
    expect(t.docOf(file)).toMatchObject({
      encoding: 'utf-8',
      title: '岚山县公安局2023年度项目支出绩效自评表',
    });
    expect(t.project('派出所视频会议系统升级项目')).toMatchObject({
      managing_dept: '岚山县公安局',
      implementing_unit: '岚山县公安局科技通信科',
      budget_initial: 64,
      budget_adjusted: 64,
      executed: 60.8,
      execution_rate: 0.95,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 97.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('派出所视频会议系统升级项目')).toEqual([
      ['产出指标', '数量指标', '升级派出所终端数量', '18个', '18个', 20, 20, null],
      ['产出指标', '质量指标', '系统验收合格率', '100%', '100%', 20, 20, null],
      ['产出指标', '时效指标', '升级完成时间', '2023年9月底前', '2023年11月', 10, 8, '设备到货延迟'],
      ['效益指标', '社会效益指标', '视频会议召开次数', '≥40次', '52次', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '基层民警满意度', '≥90%', '93%', 10, 10, null],
    ]);
    expect(t.problemsByLine(file)).toEqual([
      [22, '设备到货延迟'],
      [28, '设备采购周期较长，升级进度滞后于计划'],
      [28, '部分派出所网络带宽不足，高峰时段画面卡顿'],
    ]);
  });
});

describe('a docx with tracked changes, hidden text and w:gridBefore rows', () => {
  const file = 'r6f-tracked-changes.docx';
  it('reads the inserted figures, not the deleted ones; hidden text is not read', () => {
    expectCleanProjectTables(t, file, '白河县公安局', 2023, 1);
    expect(t.docOf(file).encoding).toBeNull();
    expect(t.project('看守所监控系统改造项目')).toMatchObject({
      managing_dept: '白河县公安局',
      implementing_unit: '白河县看守所',
      budget_initial: 88,
      budget_adjusted: 96,
      executed: 91.2,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 99.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('看守所监控系统改造项目')).toEqual([
      ['产出指标', '数量指标', '改造监控点位', '120个', '120个', 20, 20, null],
      ['产出指标', '质量指标', '设备验收合格率', '100%', '100%', 20, 20, null],
      ['产出指标', '成本指标', '项目成本控制', '≤96万元', '91.2万元', 10, 10, null],
      ['效益指标', '社会效益指标', '监管安全事故', '0起', '0起', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '监管民警满意度', '≥90%', '92%', 10, 10, null],
    ]);
    expect(t.problemsByLine(file)).toEqual([[22, '部分监控设备夜间成像效果不佳，后续运维经费保障不足']]);
    expect(t.tables.source_lines.some((l) => l.text.includes('填表说明'))).toBe(false);
  });
});

describe('a docx project table split into two tables at a page break', () => {
  const file = 'r6f-split-table.docx';
  it('reads the indicators of both parts as one table', () => {
    expectCleanProjectTables(t, file, '石楼县公安局', 2022, 1);
    expect(t.project('反恐防暴装备购置项目')).toMatchObject({
      managing_dept: '石楼县公安局',
      implementing_unit: '石楼县公安局特警大队',
      budget_initial: 150,
      budget_adjusted: 142,
      executed: 135.82,
      execution_rate_reported: 0.9565,
      execution_weight: 10,
      execution_score: 9.57,
      total_score: 97.57,
      grade: '优',
      grade_band: '优',
      indicator_count: 8,
    });
    expect(t.indicatorsOf('反恐防暴装备购置项目')).toEqual([
      ['产出指标', '数量指标', '购置防刺服', '300套', '300套', 10, 10, null],
      ['产出指标', '数量指标', '购置防暴盾牌', '200面', '200面', 10, 10, null],
      ['产出指标', '质量指标', '装备验收合格率', '100%', '100%', 10, 10, null],
      ['产出指标', '时效指标', '装备配发及时率', '≥95%', '90%', 10, 8, '部分装备供货延迟'],
      ['产出指标', '成本指标', '采购成本控制率', '≤100%', '95.65%', 10, 10, null],
      ['效益指标', '社会效益指标', '突发事件处置成功率', '≥95%', '100%', 20, 20, null],
      ['效益指标', '可持续影响指标', '装备使用年限', '≥5年', '5年', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', '94%', 10, 10, null],
    ]);
  });
});

describe('a docx form whose indicator table is nested in the cell beside 绩效指标', () => {
  const file = 'r6f-nested-indicators.docx';
  it('lifts the nested table out of the cell and reads its indicators', () => {
    expectCleanProjectTables(t, file, '汪清县公安局', 2023, 1);
    expect(t.project('森林公安防火巡护经费')).toMatchObject({
      managing_dept: '汪清县公安局',
      implementing_unit: '汪清县公安局森林警察大队',
      budget_initial: 36,
      budget_adjusted: 36,
      executed: 36,
      execution_rate_reported: 1,
      execution_weight: 10,
      execution_score: 10,
      total_score: 98,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('森林公安防火巡护经费')).toEqual([
      ['产出指标', '数量指标', '巡护里程', '≥5000公里', '5620公里', 30, 30, null],
      ['产出指标', '时效指标', '火情处置响应时间', '≤30分钟', '25分钟', 20, 20, null],
      ['效益指标', '生态效益指标', '森林火灾受害率', '≤0.9‰', '0', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '林区群众满意度', '≥90%', '88%', 10, 8, '宣传覆盖不足'],
    ]);
  });
});

describe('a workbook: summary in 元 with formulas and a date, a hidden draft sheet, a very hidden list', () => {
  const file = 'r6f-hidden-sheet.xlsx';
  it('reads the visible summary only', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'summary_table',
      encoding: null,
      status: 'ok',
      agency: '灵丘县公安局',
      year: 2023,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['执法办案管理中心运维经费', 128, 135, 129.6, 0.96, 95, '优', 5],
      ['巡特警摩托车购置项目', 46, 46, 32.2, 0.7, 78, '中', 6],
      ['禁毒宣传教育经费', 8.5, 9, 9, 1, 97, '优', 7],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('an xlsx project table: Alt+Enter line breaks in labels, amounts in 元 (#,##0.00), formulas', () => {
  const file = 'r6f-alt-enter-yuan.xlsx';
  it('converts 元 to 万元 and reads the cached formula results', () => {
    expectCleanProjectTables(t, file, '长岭县公安局', 2024, 1);
    expect(t.project('交通违法抓拍设备运维项目')).toMatchObject({
      managing_dept: '长岭县公安局',
      implementing_unit: '长岭县公安局交通警察大队',
      budget_initial: 45.6,
      budget_adjusted: 48,
      executed: 44.16,
      execution_rate_reported: 0.92,
      execution_weight: 10,
      execution_score: 9.2,
      total_score: 94.2,
      grade: null,
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('交通违法抓拍设备运维项目')).toEqual([
      ['产出指标', '数量指标', '运维抓拍设备数量', '52套', '52套', 20, 20, null],
      ['产出指标', '质量指标', '设备完好率', '≥95%', '97%', 20, 20, null],
      ['产出指标', '时效指标', '故障修复时限', '≤48小时', '36小时', 10, 10, null],
      ['效益指标', '社会效益指标', '重点路段交通事故同比下降', '≥5%', '3.8%', 30, 25, '车辆保有量增长较快'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '91%', 10, 10, null],
    ]);
  });
});

describe('Excel "save as web page" (GBK): a hidden row, a hidden column, x:num cells', () => {
  const file = 'r6f-excel-web.gbk.htm';
  it('leaves out what display:none hides', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'summary_table',
      encoding: 'gb18030',
      status: 'ok',
      agency: '岭东市公安局',
      year: 2022,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['110接处警系统运维经费', 1250, 1250, 1187.5, 0.95, 94.5, '优', 4],
      ['戒毒所医疗设备购置项目', 380, 420, 294, 0.7, 76, '中', 5],
      ['刑事技术DNA实验室耗材', 96.5, 96.5, 96.5, 1, 98, '优', 6],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a semicolon CSV in 元: title and unit lines, quoted "1,800,000.00", a quoted line break', () => {
  const file = 'r6f-semicolon-yuan.csv';
  it('reads the projects in 万元, not the 合计 row', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'summary_table',
      encoding: 'utf-8-bom',
      status: 'ok',
      agency: '通榆县公安局',
      year: 2024,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['智慧警务室建设项目', 180, 180, 165.6, 0.92, 93, null, 4],
      ['看守所"一室一档"信息化改造', 52, 56, 39.2, 0.7, 81, null, 5],
      ['社区网格员培训经费（含2023年结转）', 7.5, 9, 8.82, 0.98, 96, null, 6],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a PDF with justified (letter-spaced) labels, a letter-spaced title and wrapped cells', () => {
  const file = 'r6f-wrapped-justified.pdf';
  it('joins the spaced characters and the wrapped cell lines', () => {
    expectCleanProjectTables(t, file, '临泽县公安局', 2023, 1);
    expect(t.docOf(file)).toMatchObject({ encoding: null, title: '项目支出绩效自评表' });
    expect(t.project('公安检查站设备维护经费')).toMatchObject({
      managing_dept: '临泽县公安局',
      implementing_unit: '临泽县公安局治安管理大队',
      budget_initial: 45,
      budget_adjusted: 45,
      executed: 40.5,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 99,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('公安检查站设备维护经费')).toEqual([
      ['产出指标', '数量指标', '维护检查站数量', '3个', '3个', 20, 20, null],
      ['产出指标', '质量指标', '设备完好率', '≥95%', '96%', 20, 20, null],
      ['效益指标', '社会效益指标', '查获违法犯罪人员', '≥30人', '34人', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '过往群众满意度', '≥90%', '92%', 20, 20, null],
    ]);
  });
});
