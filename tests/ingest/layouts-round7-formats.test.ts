/**
 * Round 7, file formats: real-world shapes of docx, xlsx, pdf, html, csv and tsv that the
 * converters once turned into text the extractors misread — Word automatic numbering (section
 * numbers and "（一）××项目" sub-headings that exist only in numbering.xml), footnotes, a title in
 * a DrawingML-only text box, cells of several paragraphs, Word's "save as web page" (list labels
 * in <![if !supportLists]>, source lines wrapped inside Chinese text, numbers split by spans), an
 * xlsx form with a two-row header and figures stored as text or with a '0"个"' format, PDFs with
 * vertically centred wrapped or merged cells and a header repeated on every page, a GBK CSV with
 * blank separator rows, and an Excel TSV export with quoted multi-line cells.
 * Built by scripts/make-round7-format-fixtures.ts (jszip, exceljs, iconv-lite, chromium print-to-pdf).
 */
import { describe, expect, it } from 'vitest';
import { expectCleanProjectTables, readFixture, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';
import { toText } from '../../src/ingest/formats/index.ts';

const FILES = [
  'r7f-numbered-sections.docx',
  'r7f-numbered-projects.docx',
  'r7f-text-box-title.docx',
  'r7f-word-web.gbk.htm',
  'r7f-two-row-header.xlsx',
  'r7f-centred-wrap.pdf',
  'r7f-repeated-header.pdf',
  'r7f-blank-rows.gbk.csv',
  'r7f-excel-export.tsv',
];

const t = ingestBeforeAll(LAYOUTS, FILES);

/** Line n (1-based) of a fixture's text form. */
async function line(file: string, n: number): Promise<string | undefined> {
  const { file: name, bytes } = readFixture(LAYOUTS, file);
  return (await toText(name, bytes)).text.split('\n')[n - 1];
}

describe('a docx narrative numbered by Word (heading styles linked to a list), with a footnote', () => {
  const file = 'r7f-numbered-sections.docx';
  it('writes the section and item numbers into the text; the footnote is not read', async () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'narrative',
      status: 'ok',
      agency: '汾阳市公安局',
      year: 2023,
      encoding: null,
      title: '汾阳市公安局2023年度禁毒专项经费项目支出绩效自评报告',
    });
    expect(await line(file, 11)).toBe('四、存在的问题');
    expect(await line(file, 7)).toBe('（一）产出指标完成情况');
    expect(await line(file, 15)).toBe('1.创新宣传方式，推动禁毒宣传进农村、进学校。');
    expect(t.figuresByLine(file)).toEqual([['禁毒专项经费', 60, 64, 57.6, 0.9, 92, '优', 1]]);
    expect(t.problemsByLine(file)).toEqual([
      [12, '部分乡镇禁毒宣传覆盖面不足，宣传形式较为单一'],
      [13, '毒品检测试剂采购计划编制不够精准，年底出现结余'],
    ]);
    const text = (await toText(file, readFixture(LAYOUTS, file).bytes)).text;
    expect(text).not.toMatch(/数据来源|\[1\]|↑/);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a docx department report whose project sub-headings （一）（二）（三） are Word numbering', () => {
  const file = 'r7f-numbered-projects.docx';
  it('reads each numbered sub-heading as a project', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'narrative',
      status: 'ok',
      agency: '兴县公安局',
      year: 2023,
      title: '兴县公安局2023年度项目支出绩效自评报告',
    });
    // Each sentence grades its score at once ("自评得分94分，等级为优").
    expect(t.figuresByLine(file)).toEqual([
      ['执法记录仪购置项目', 120, 120, 114, 0.95, 94, '优', 5],
      ['看守所伙食补助经费', 80, 86, 77.4, 0.9, 88, '良', 7],
      ['禁毒宣传经费', 30, 30, 19, 0.6333, 76, '中', 9],
    ]);
    // "年初预算数合计230万元，全年执行数合计210.4万元" sums the three projects (120 + 80 + 30,
    // 114 + 77.4 + 19) and "项目共3个" counts them: no figure of the department's own.
    expect(t.departmentOf(file)).toBeUndefined();
    expect(t.problemsByLine(file)).toEqual([
      [12, '项目前期论证不充分，部分项目预算调整频繁'],
      [13, '禁毒宣传经费支出进度偏慢，资金结余较多'],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a docx project table: title in a DrawingML-only text box, a page header, cells of several paragraphs', () => {
  const file = 'r7f-text-box-title.docx';
  it('reads the title from the text box and the table whose labels span paragraphs', async () => {
    expectCleanProjectTables(t, file, '岢岚县公安局', 2024, 1);
    expect(t.docOf(file).title).toBe('岢岚县公安局2024年度项目支出绩效自评表');
    expect(t.project('派出所执法执勤车辆运维经费')).toMatchObject({
      managing_dept: '岢岚县公安局',
      implementing_unit: '岢岚县公安局警务保障室',
      budget_initial: 42,
      budget_adjusted: 45,
      executed: 43.2,
      execution_rate_reported: 0.96,
      execution_weight: 10,
      execution_score: 9.6,
      total_score: 99.1,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('派出所执法执勤车辆运维经费')).toEqual([
      ['产出指标', '数量指标', '保障车辆数', '32辆', '32辆', 20, 20, null],
      ['产出指标', '质量指标', '车辆完好率', '≥95%', '98%', 20, 20, null],
      ['效益指标', '社会效益指标', '接处警到场时间', '≤15分钟', '12分钟', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 20, 19.5, '个别乡镇到场偏慢'],
    ]);
    expect(t.problemsByLine(file)).toEqual([[17, '个别乡镇到场偏慢']]);
    expect((await toText(file, readFixture(LAYOUTS, file).bytes)).text).not.toContain('内部资料');
  });
});

describe('Word "save as web page" (GBK): list labels, source lines wrapped in Chinese text, split numbers', () => {
  const file = 'r7f-word-web.gbk.htm';
  it('keeps "一、" without its padding and joins the wrapped sentence without a space', async () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'narrative',
      encoding: 'gb18030',
      status: 'ok',
      agency: '临汾市公安局',
      year: 2023,
    });
    expect(await line(file, 3)).toBe('一、总体情况');
    expect(await line(file, 9)).toBe('二、存在的问题');
    expect(t.figuresByLine(file)).toEqual([
      ['110指挥中心运维经费', 1250, 1250, 1187.5, 0.95, 94, null, 6],
      ['警用无人机购置项目', 86, 86, 60.2, 0.7, 78, null, 7],
    ]);
    expect(t.departmentOf(file)).toMatchObject({ budget_initial: 1336, executed: 1247.7, project_count: 2 });
    expect(t.problemsByLine(file)).toEqual([
      [10, '警用无人机购置项目招标流程较长，资金支付进度滞后于计划'],
      [11, '部分项目绩效目标设置不够细化，可衡量性不强'],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('an xlsx form: two-row funds header, merged 一级指标, figures as text and with number formats', () => {
  const file = 'r7f-two-row-header.xlsx';
  it('reads the funds under the two-row header and the actuals as Excel shows them', () => {
    expectCleanProjectTables(t, file, '代县公安局', 2023, 1);
    expect(t.project('治安卡口视频监控运维项目')).toMatchObject({
      managing_dept: '代县公安局',
      implementing_unit: '代县公安局科技信息化大队',
      budget_initial: 76,
      budget_adjusted: 80,
      executed: 72,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 98.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('治安卡口视频监控运维项目')).toEqual([
      ['产出指标', '数量指标', '运维卡口点位', '46个', '46个', 20, 20, null],
      ['产出指标', '质量指标', '设备在线率', '≥95%', '97%', 20, 20, null],
      ['产出指标', '时效指标', '故障响应时间', '≤4小时', '3小时', 10, 10, null],
      ['效益指标', '社会效益指标', '利用卡口破获案件', '≥20起', '26起', 20, 20, null],
      ['效益指标', '可持续影响指标', '系统持续运行年限', '≥3年', '3年', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', '92.5%', 10, 9.5, null],
    ]);
  });
});

describe('a PDF project table with vertically centred cells: wrapped labels and merged 一级指标', () => {
  const file = 'r7f-centred-wrap.pdf';
  it('joins the lines around a row into its cells and a merged label into its first row', () => {
    expectCleanProjectTables(t, file, '沁源县公安局', 2023, 1);
    expect(t.project('看守所在押人员伙食补助经费')).toMatchObject({
      managing_dept: '沁源县公安局',
      implementing_unit: '沁源县看守所',
      budget_initial: 58,
      budget_adjusted: 62,
      executed: 61.38,
      execution_rate_reported: 0.99,
      execution_weight: 10,
      execution_score: 9.9,
      total_score: 99.9,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('看守所在押人员伙食补助经费')).toEqual([
      ['产出指标', '数量指标', '保障在押人员人数', '≥150人', '163人', 20, 20, null],
      ['产出指标', '质量指标', '伙食标准达标率', '100%', '100%', 20, 20, null],
      ['效益指标', '社会效益指标', '食品安全事故', '0起', '0起', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '在押人员满意度', '≥90%', '95%', 20, 20, null],
    ]);
  });
});

describe('a PDF summary over two pages: centred names wrapping in a narrow column, the header repeated', () => {
  const file = 'r7f-repeated-header.pdf';
  it('reads every row once, names whole', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'summary_table',
      status: 'ok',
      agency: '黎城县公安局',
      year: 2023,
    });
    const rows = t.figuresByLine(file).sort((a, b) => a[7] - b[7]);
    expect(rows).toHaveLength(28);
    expect(rows.slice(0, 3)).toEqual([
      ['派出所办公设备购置', 20, 20, 16, 0.8, 85, null, 4],
      ['交警大队道路监控运维', 23, 23, 19.55, 0.85, 86, null, 5],
      ['刑侦技术装备购置', 26, 26, 23.4, 0.9, 87, null, 6],
    ]);
    expect(rows.at(-1)).toEqual(['档案数字化项目', 101, 101, 90.9, 0.9, 92, null, 31]);
    expect(rows.map((r) => r[7])).toEqual(Array.from({ length: 28 }, (_, k) => k + 4));
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a GBK CSV without BOM: title and unit lines, blank separator rows, a 合计 row', () => {
  const file = 'r7f-blank-rows.gbk.csv';
  it('reads the three projects across the blank rows, not the 合计 row', () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'summary_table',
      encoding: 'gb18030',
      status: 'ok',
      agency: '阳曲县公安局',
      year: 2023,
      title: '阳曲县公安局2023年度项目绩效自评结果汇总表',
    });
    expect(t.figuresByLine(file)).toEqual([
      ['社区警务室建设项目', 45, 45, 42.75, 0.95, 93, null, 5],
      ['看守所监控设备更新项目', 120, 128, 96, 0.75, 82, null, 6],
      ['道路交通安全宣传经费', 12, 12, 12, 1, 98, null, 8],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('an Excel TSV export: CRLF, trailing tabs, quoted cells with line breaks', () => {
  const file = 'r7f-excel-export.tsv';
  it('puts the quoted multi-line cells back in their rows, unquoted', () => {
    expectCleanProjectTables(t, file, '古交市公安局', 2023, 1);
    expect(t.project('社区戒毒康复指导站运维经费')).toMatchObject({
      managing_dept: '古交市公安局',
      implementing_unit: '古交市公安局禁毒大队',
      budget_initial: 25,
      budget_adjusted: 25,
      executed: 23.5,
      execution_rate_reported: 0.94,
      execution_weight: 10,
      execution_score: 9.4,
      total_score: 97.4,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('社区戒毒康复指导站运维经费')).toEqual([
      ['产出指标', '数量指标', '指导站运行数量', '3个', '3个', 30, 30, null],
      ['产出指标', '质量指标', '社区戒毒执行率', '≥95%', '97%', 20, 20, null],
      ['效益指标', '社会效益指标', '戒断三年未复吸率', '≥40%', '38%', 20, 18, '部分人员 流动性大'],
      ['满意度指标', '服务对象满意度指标', '戒毒人员满意度', '≥90%', '92%', 20, 20, null],
    ]);
    expect(t.problemsByLine(file)).toEqual([[11, '部分人员 流动性大']]);
  });
});
