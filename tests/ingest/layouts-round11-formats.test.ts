/**
 * Round 11, file formats and encodings: a docx form filled through content controls (placeholders
 * left unfilled, the grade ticked in checkboxes), a docx summary with DOCPROPERTY and formula
 * fields and two-paragraph header cells, an xlsx with one sheet per project, Word's "save as web
 * page" in GB2312, an HTML summary whose <tfoot> precedes its <tbody>, a PDF table printed sideways,
 * a PDF with centred labels merged over three and four rows, Excel's "Unicode text" saved as .csv,
 * UTF-16BE text with CRLF and a Typora Markdown table.
 * Built by scripts/make-round11-format-fixtures.ts (jszip, exceljs, iconv-lite, chromium print-to-pdf).
 * `it.fails` marks what a reader extracts but the extractors (not the converters) do not yet:
 * those tests start failing once it is read, and become plain tests then.
 */
import { describe, expect, it } from 'vitest';
import { expectCleanProjectTables, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const FILES = [
  'r11f-form-controls.docx',
  'r11f-fields.docx',
  'r11f-sheet-per-project.xlsx',
  'r11f-word-page.gb2312.htm',
  'r11f-tfoot-first.html',
  'r11f-sideways-table.pdf',
  'r11f-centred-merges.pdf',
  'r11f-unicode-text.csv',
  'r11f-crlf.utf16be.txt',
  'r11f-typora-table.md',
];

const t = ingestBeforeAll(LAYOUTS, FILES);

function expectSummary(file: string, agency: string, title: string, encoding: string | null): void {
  expect(t.docOf(file)).toMatchObject({
    doc_kind: 'summary_table',
    status: 'ok',
    agency,
    year: 2023,
    title,
    encoding,
  });
}

describe('a docx form filled through content controls', () => {
  const file = 'r11f-form-controls.docx';
  it('reads both forms; unfilled placeholders ("单击或点击此处输入文字。") are no reasons or problems', () => {
    expectCleanProjectTables(t, file, '柏溪县公安局', 2023, 2);
    expect(t.docOf(file).title).toBe('柏溪县公安局2023年度项目支出绩效自评表');
    expect(t.project('治安卡口运行维护经费')).toMatchObject({
      managing_dept: '柏溪县公安局',
      implementing_unit: '柏溪县公安局治安管理大队',
      budget_initial: 72,
      budget_adjusted: 72,
      executed: 68.4,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 96.5,
      grade_band: '优',
    });
    expect(t.indicatorsOf('治安卡口运行维护经费')).toEqual([
      ['产出指标', '数量指标', '运维卡口数量', '14处', '14处', 30, 30, null],
      ['产出指标', '质量指标', '设备在线率', '≥95%', '97%', 20, 20, null],
      ['效益指标', '社会效益指标', '协助破获案件', '≥20起', '23起', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '88%', 20, 17, null],
    ]);
    expect(t.project('禁毒宣传教育经费')).toMatchObject({
      implementing_unit: '柏溪县公安局禁毒大队',
      budget_initial: 20,
      budget_adjusted: 20,
      executed: 15,
      execution_rate_reported: 0.75,
      execution_score: 7.5,
      total_score: 87.5,
      grade_band: '良',
    });
    expect(t.indicatorsOf('禁毒宣传教育经费')).toEqual([
      ['产出指标', '数量指标', '宣传活动场次', '≥50场', '46场', 40, 34, '部分学校场地协调困难'],
      ['效益指标', '社会效益指标', '禁毒知识知晓率', '≥90%', '91%', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '85%', 20, 16, null],
    ]);
    expect(t.problemsByLine(file)).toEqual([[31, '部分学校场地协调困难']]);
    expect(t.sourceLines(file)).toEqual([[1], [21]]);
  });

  // The cell reads "☑优 ☐良 ☐中 ☐差": the ticked option is the grade.
  it('reads the ticked grade', () => {
    expect(t.figuresOf(file).map((f) => f[6])).toEqual(['优', '良']);
  });
});

describe('a docx summary: DOCPROPERTY agency, =SUM(ABOVE) and formula fields, two-paragraph headers', () => {
  const file = 'r11f-fields.docx';
  it('reads the agency from the field result, every row, and no space inside 年初预算数', () => {
    expectSummary(file, '凤栖县公安局', '凤栖县公安局2023年度项目支出绩效自评结果汇总表', null);
    expect(t.figuresByLine(file)).toEqual([
      ['110接处警系统运维经费', 45, 45, 43.2, 0.96, 95, '优', 5],
      ['派出所办公用房租赁费', 36, 36, 36, 1, 98, '优', 6],
      ['刑事案件侦办经费', 80, 90, 72, 0.8, 82, '良', 7],
      ['执法办案中心改造工程', 150, 150, 120, 0.8, 80, '良', 8],
    ]);
    expect(
      t
        .problemsOf(file)
        .map((q) => [q.line, t.tables.projects.find((p) => p.project_id === q.project_id)?.name]),
    ).toEqual([[12, '刑事案件侦办经费']]);
    expect(t.flagRules(file)).toEqual([]);
  });

  // "说明：…" is the note's label, not part of the problem (problem-statements' reading).
  it('reads the note after 说明： as the problem', () => {
    expect(t.problemsByLine(file)).toEqual([[12, '刑事案件侦办经费因部分案件跨年度办理，资金支付滞后']]);
  });
});

describe('an xlsx with one sheet per project, a title row over each, amounts stored as text', () => {
  const file = 'r11f-sheet-per-project.xlsx';
  it('takes the title row as the title (not the sheet name) and reads both sheets', () => {
    expectCleanProjectTables(t, file, '临江市公安局', 2023, 2);
    expect(t.docOf(file).title).toBe('临江市公安局2023年度项目支出绩效自评表');
    expect(t.figuresByLine(file)).toEqual([
      ['警务航空器运行保障经费', 260, 260, 247, 0.95, 99.5, null, 1],
      ['出入境证件制作经费', 1200, 1350, 1080, 0.8, 94, null, 21],
    ]);
    expect(t.project('警务航空器运行保障经费')).toMatchObject({
      managing_dept: '临江市公安局',
      implementing_unit: '临江市公安局警务航空队',
      execution_score: 9.5,
      grade_band: '优',
    });
    expect(t.project('出入境证件制作经费')).toMatchObject({
      implementing_unit: '临江市公安局出入境管理支队',
      execution_score: 8,
      grade_band: '优',
    });
    expect(t.indicatorsOf('出入境证件制作经费')).toEqual([
      ['产出指标', '数量指标', '制发证件数量', '≥12万本', '11.6万本', 40, 36, '申领量低于预期'],
      ['效益指标', '社会效益指标', '证件差错率', '≤0.1%', '0.05%', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '办证群众满意度', '≥95%', '96%', 20, 20, null],
    ]);
    expect(t.indicatorsOf('警务航空器运行保障经费')).toHaveLength(4);
    expect(t.problemsByLine(file)).toEqual([[33, '申领量低于预期']]);
  });
});

describe('Word "save as web page" in GB2312: cells of several <p>, <o:p>, character references', () => {
  const file = 'r11f-word-page.gb2312.htm';
  it('decodes GBK-only characters (堃) and reads the form', () => {
    expectCleanProjectTables(t, file, '堃州县公安局', 2023, 1);
    expect(t.docOf(file)).toMatchObject({
      encoding: 'gb18030',
      title: '堃州县公安局2023年度项目支出绩效自评表',
    });
    expect(t.project('道路交通事故救助经费')).toMatchObject({
      managing_dept: '堃州县公安局',
      implementing_unit: '堃州县公安局交通管理大队',
      budget_initial: 30,
      budget_adjusted: 30,
      executed: 28.5,
      execution_rate_reported: 0.95,
      execution_score: 9.5,
      total_score: 97.5,
      grade: '优',
    });
    expect(t.indicatorsOf('道路交通事故救助经费')).toEqual([
      ['产出指标', '数量指标', '救助事故伤者', '≥40人', '46人', 40, 40, null],
      ['效益指标', '社会效益指标', '救助及时率', '≥95%', '98%', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '受助群众满意度', '≥90%', '89%', 20, 18, null],
    ]);
    expect(t.problemsByLine(file)).toEqual([[12, '受助群众回访覆盖面不足，部分伤者联系方式变更']]);
  });
});

describe('an HTML summary whose <tfoot> (合计) comes before its <tbody>', () => {
  const file = 'r11f-tfoot-first.html';
  it('reads the rows in the order shown, the totals last', () => {
    expectSummary(file, '松原县公安局', '松原县公安局2023年度项目支出绩效自评结果汇总表', 'utf-8');
    expect(t.figuresByLine(file)).toEqual([
      ['巡特警装备购置经费', 88, 88, 83.6, 0.95, 94, null, 4],
      ['社区警务运转经费', 52, 60, 54, 0.9, 91, null, 5],
      ['技侦设备运维经费', 40, 40, 26, 0.65, 76, null, 6],
    ]);
    expect(t.problemsOf(file).map((q) => q.line)).toEqual([9]);
    expect(t.flagRules(file)).toEqual([]);
  });

  // "注：…" is the note's label, not part of the problem (problem-statements' reading).
  it('reads the note after 注： as the problem', () => {
    expect(t.problemsByLine(file)).toEqual([[9, '技侦设备运维经费因设备采购延期，执行率偏低']]);
  });
});

describe('a PDF whose landscape table is printed sideways on a portrait page', () => {
  const file = 'r11f-sideways-table.pdf';
  it('turns the page and reads the summary', () => {
    expectSummary(file, '芦溪县公安局', '芦溪县公安局2023年度项目支出绩效自评汇总表', null);
    expect(t.figuresByLine(file)).toEqual([
      ['看守所医疗保障经费', 64, 64, 60.8, 0.95, 95, '优', 4],
      ['警犬基地运行经费', 38, 38, 34.2, 0.9, 90, '优', 5],
      ['消防监督检查经费', 25, 30, 21, 0.7, 78, '中', 6],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a PDF project table with vertically centred labels merged over three and four rows', () => {
  const file = 'r11f-centred-merges.pdf';
  it('attaches each 一级/二级指标 to the rows it spans', () => {
    expectCleanProjectTables(t, file, '望江县公安局', 2023, 1);
    expect(t.docOf(file).title).toBe('望江县公安局2023年度项目支出绩效自评表');
    expect(t.project('反恐防暴装备购置经费')).toMatchObject({
      managing_dept: '望江县公安局',
      implementing_unit: '望江县公安局特警大队',
      budget_initial: 120,
      budget_adjusted: 120,
      executed: 114,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 99.5,
      grade: null,
      grade_band: '优',
    });
    expect(t.indicatorsOf('反恐防暴装备购置经费')).toEqual([
      ['产出指标', '数量指标', '防弹衣购置数量', '60套', '60套', 15, 15, null],
      ['产出指标', '数量指标', '防暴盾牌购置数量', '100面', '100面', 15, 15, null],
      ['产出指标', '质量指标', '验收合格率', '100%', '100%', 10, 10, null],
      ['产出指标', '时效指标', '列装时间', '2023年9月前', '2023年8月', 10, 10, null],
      ['效益指标', '社会效益指标', '处置突发事件能力', '提升', '提升', 15, 15, null],
      ['效益指标', '社会效益指标', '重大活动安保', '零事故', '零事故', 10, 10, null],
      ['效益指标', '可持续影响指标', '装备使用年限', '≥5年', '≥5年', 5, 5, null],
      ['满意度指标', '服务对象满意度指标', '民警满意度', '≥90%', '93%', 10, 10, null],
    ]);
    expect(t.problemsOf(file)).toEqual([]);
  });
});

describe('Excel "Unicode text" saved as .csv: UTF-16LE, tabs, CRLF, a title row, amounts in 元', () => {
  const file = 'r11f-unicode-text.csv';
  it('decodes, splits at tabs and converts 元 to 万元', () => {
    expectSummary(file, '岳阳楼区公安分局', '岳阳楼区公安分局2023年度项目支出绩效自评情况表', 'utf-16le');
    expect(t.figuresByLine(file)).toEqual([
      ['辖区视频巡控经费', 125, 125, 118.75, 0.95, 96, '优', 3],
      ['洞庭湖水上治安巡逻经费', 48, 52, 41.6, 0.8, 85, '良', 4],
    ]);
    expect(t.problemsOf(file)).toEqual([]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('UTF-16BE text with a BOM and CRLF line ends', () => {
  const file = 'r11f-crlf.utf16be.txt';
  it('decodes and reads the narrative', () => {
    expect(t.docOf(file)).toMatchObject({
      encoding: 'utf-16be',
      doc_kind: 'narrative',
      status: 'ok',
      agency: '青峰县公安局',
      year: 2023,
      title: '青峰县公安局2023年度智慧警务平台运维经费项目支出绩效自评报告',
    });
    expect(t.figuresOf(file)).toEqual([['智慧警务平台运维经费', 85, 85, 80.75, 0.95, 93, '优']]);
    expect(t.problemsByLine(file)).toEqual([
      [8, '平台部分模块响应速度偏慢'],
      [9, '运维人员技术力量不足'],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });

  // "由青峰县公安局科技信息化大队组织实施" names the implementing unit (narrative's reading).
  it('reads the implementing unit from 由…组织实施', () => {
    expect(t.project('智慧警务平台运维经费').implementing_unit).toBe('青峰县公安局科技信息化大队');
  });
});

describe('a Markdown table as Typora writes it: no outer pipes, <br> and \\| in cells', () => {
  const file = 'r11f-typora-table.md';
  it('reads the rows, headers whole (年初<br>预算数 → 年初预算数)', () => {
    expectSummary(file, '石泉县公安局', '石泉县公安局2023年度项目支出绩效自评汇总', 'utf-8');
    expect(t.figuresByLine(file)).toEqual([
      ['看守所伙食经费', 66, 66, 62.7, 0.95, 95, null, 7],
      ['户籍档案数字化经费', 30, 30, 18, 0.6, 70, null, 8],
      ['警务辅助人员培训经费', 12, 12, 11.4, 0.95, 92, null, 9],
    ]);
    // The 备注 cell explaining the low execution is that project's problem too.
    expect(t.problemsByLine(file)).toEqual([
      [8, '扫描设备到货延迟'],
      [13, '户籍档案数字化进度滞后，扫描设备到货延迟'],
      [14, '辅警培训内容针对性不强'],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });

  // The problem names 户籍档案数字化 (the project without 经费) (problems' reading).
  it('attributes the 户籍档案数字化 problem to its project', () => {
    const id = t.problemsOf(file).find((q) => q.line === 13)?.project_id;
    expect(t.tables.projects.find((p) => p.project_id === id)?.name).toBe('户籍档案数字化经费');
  });
});
