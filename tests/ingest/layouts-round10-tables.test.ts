/**
 * Round-10 probes of project tables (项目支出绩效自评表) and summary tables: a header block of
 * label-value pairs over four columns, 执行率 written as a fraction ("0.95", "1.00"), a 项目自评结论
 * row stating the score in prose instead of a 总分 row, an 指标解释 column between the name and the
 * target, an unscored indicator ("未评分"), a 得分率 column (the share of the weight earned), a
 * merged 二级指标 over three 满意度 rows, and summaries with a 资金来源 column (one row per source
 * of the same project), a blank 调整后预算, CSV header cells broken over lines under a title row,
 * an HTML title row spanning the table, and a summary row whose detail table names the project
 * a little differently ("…项目（二期）").
 */
import { describe, expect, it } from 'vitest';
import { expectCleanProjectTables, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const CONCLUSION = 'r10t-alt-columns-conclusion-fraction-rate.txt';
const CODE_RATE_ONE = 'r10t-alt-columns-code-rate-one.txt';
const EXPLAIN = 'r10t-explain-column-unscored.txt';
const SATISFACTION = 'r10t-satisfaction-tabs.txt';
const SCORE_RATE = 'r10t-score-rate-column.txt';
const SOURCES = 'r10t-summary-fund-sources.txt';
const ADJUSTED_BLANK = 'r10t-summary-initial-adjusted-blank.txt';
const CSV = 'r10t-summary-csv-title-linebreak.csv';
const HTML = 'r10t-summary-html-title-row.html';
const VARIANTS = 'r10t-summary-detail-name-variants.txt';

const t = ingestBeforeAll(LAYOUTS, [
  CONCLUSION,
  CODE_RATE_ONE,
  EXPLAIN,
  SATISFACTION,
  SCORE_RATE,
  SOURCES,
  ADJUSTED_BLANK,
  CSV,
  HTML,
  VARIANTS,
]);

function expectSummary(file: string, agency: string, year: number, projects: number): void {
  expect(t.docOf(file)).toMatchObject({ doc_kind: 'summary_table', agency, year, status: 'ok' });
  expect(t.projectsOf(file)).toHaveLength(projects);
}

/** The project fields no summary row states. */
const NO_DETAIL = {
  aliases: [],
  code: null,
  managing_dept: null,
  implementing_unit: null,
  execution_weight: null,
  execution_score: null,
  indicator_count: 0,
};

describe('a header block of label-value pairs over four columns', () => {
  it('reads 项目负责人 as no field, 执行率 "0.95" as a fraction and the score of a 项目自评结论 row', () => {
    expectCleanProjectTables(t, CONCLUSION, '宁乡市公安局', 2023, 1);
    expect(t.project('禁毒宣传教育专项经费')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '宁乡市公安局',
      implementing_unit: '宁乡市公安局禁毒大队',
      budget_initial: 40,
      budget_adjusted: 40,
      executed: 38,
      execution_rate: 0.95,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 97.5,
      // "总体完成情况良好" is no grade.
      grade: null,
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('禁毒宣传教育专项经费')).toEqual([
      ['产出指标', '数量指标', '开展禁毒宣传活动场次', '≥50场', '56场', 20, 20, null],
      ['产出指标', '质量指标', '宣传覆盖率', '≥90%', '92%', 20, 20, null],
      ['产出指标', '时效指标', '活动完成时间', '2023年12月底前', '2023年12月', 10, 10, null],
      ['效益指标', '社会效益指标', '青少年毒品预防知识知晓率', '≥95%', '93%', 20, 18, '农村学校覆盖不足'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 20, 20, null],
    ]);
    expect(t.sourceLines(CONCLUSION)).toEqual([[1]]);
    expect(t.problemsByLine(CONCLUSION)).toEqual([[12, '农村学校覆盖不足']]);
  });

  it('reads the 项目编码 pair, 执行率 "1.00" as 100 % and the grade a conclusion names', () => {
    expectCleanProjectTables(t, CODE_RATE_ONE, '常宁市公安局', 2024, 1);
    expect(t.project('执法记录仪购置')).toMatchObject({
      aliases: [],
      code: '43048124T000000123456',
      managing_dept: '常宁市公安局',
      implementing_unit: '常宁市公安局装备财务科',
      budget_initial: 36,
      budget_adjusted: 36,
      executed: 36,
      execution_rate: 1,
      execution_rate_reported: 1,
      execution_weight: 10,
      execution_score: 10,
      total_score: 100,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('执法记录仪购置')).toEqual([
      ['产出指标', '数量指标', '购置执法记录仪数量', '≥300台', '300台', 30, 30, null],
      ['产出指标', '质量指标', '设备验收合格率', '100%', '100%', 20, 20, null],
      ['效益指标', '社会效益指标', '现场执法记录率', '≥98%', '99%', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', '96%', 20, 20, null],
    ]);
    expect(t.problemsOf(CODE_RATE_ONE)).toEqual([]);
  });
});

describe('indicator tables with extra or unusual columns', () => {
  it('skips an 指标解释 column and leaves an unscored indicator without a score', () => {
    expectCleanProjectTables(t, EXPLAIN, '涟源市公安局', 2022, 1);
    expect(t.project('道路交通安全设施维护经费')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '涟源市公安局',
      implementing_unit: '涟源市公安局交通警察大队',
      budget_initial: 80,
      budget_adjusted: 85,
      executed: 80.75,
      execution_rate: 0.95,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 78.5,
      grade: null,
      grade_band: '中',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('道路交通安全设施维护经费')).toEqual([
      ['产出指标', '数量指标', '维护交通信号灯数量', '≥120个', '126个', 20, 20, null],
      ['产出指标', '质量指标', '设施完好率', '≥98%', '98.5%', 20, null, '未评分'],
      ['产出指标', '时效指标', '维修响应时间', '≤24小时', '20小时', 10, 10, null],
      ['效益指标', '社会效益指标', '交通事故起数下降率', '≥5%', '6.2%', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '驾驶人满意度', '≥90%', '91%', 20, 19, '部分路段标线磨损'],
    ]);
    expect(t.problemsByLine(EXPLAIN)).toEqual([[12, '部分路段标线磨损']]);
  });

  it('reads a merged 二级指标 over three 满意度 rows that open with three tabs', () => {
    expectCleanProjectTables(t, SATISFACTION, '醴陵市公安局', 2023, 1);
    expect(t.project('派出所执法办案区改造')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '醴陵市公安局',
      implementing_unit: '醴陵市公安局法制大队',
      budget_initial: 60,
      budget_adjusted: 60,
      executed: 57,
      execution_rate: 0.95,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 97.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('派出所执法办案区改造')).toEqual([
      ['产出指标', '数量指标', '改造办案区数量', '12个', '12个', 20, 20, null],
      ['产出指标', '质量指标', '验收合格率', '100%', '100%', 20, 20, null],
      ['效益指标', '社会效益指标', '执法安全事故', '0起', '0起', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '办案民警满意度', '≥90%', '94%', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '律师满意度', '≥85%', '88%', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '当事人家属满意度', '≥85%', '80%', 10, 8, '等候区面积不足'],
    ]);
    expect(t.problemsByLine(SATISFACTION)).toEqual([[13, '等候区面积不足']]);
  });

  it('reads a 得分率 column as the share of the weight earned', () => {
    expectCleanProjectTables(t, SCORE_RATE, '资兴市公安局', 2023, 1);
    expect(t.project('出租屋流动人口管理经费')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '资兴市公安局',
      implementing_unit: '资兴市公安局治安管理大队',
      budget_initial: 30,
      budget_adjusted: 30,
      executed: 27,
      execution_rate: 0.9,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 95,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('出租屋流动人口管理经费')).toEqual([
      ['产出指标', '数量指标', '登记流动人口数', '≥5000人', '5600人', 30, 30, null],
      ['产出指标', '质量指标', '信息准确率', '≥95%', '90%', 20, 16, '采集人员流动大'],
      ['效益指标', '社会效益指标', '涉出租屋案件下降率', '≥10%', '12%', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '房东满意度', '≥85%', '90%', 20, 20, null],
    ]);
    expect(t.problemsByLine(SCORE_RATE)).toEqual([[9, '采集人员流动大']]);
  });
});

describe('summary tables', () => {
  it('sums the rows of one project split by 资金来源, stating no rate for the sum', () => {
    expectSummary(SOURCES, '攸县公安局', 2023, 3);
    expect(t.figuresByLine(SOURCES)).toEqual([
      ['智慧警务平台运维', 100, null, 97, null, 95, '优', 4],
      ['看守所医疗卫生经费', 15, null, 14.25, 0.95, 91, '优', 7],
      ['警犬饲养训练经费', 8, null, 6, 0.75, 82, '良', 8],
    ]);
    expect(t.sourceLines(SOURCES)).toEqual([[4, 5, 6], [7], [8]]);
    expect(t.project('智慧警务平台运维')).toMatchObject({
      ...NO_DETAIL,
      execution_rate: 0.97,
      grade_band: '优',
    });
    expect(t.flagRules(SOURCES)).toEqual([]);
    expect(t.problemsOf(SOURCES)).toEqual([]);
  });

  it('leaves a blank 调整后预算 null and measures execution against 年初预算', () => {
    expectSummary(ADJUSTED_BLANK, '茶陵县公安局', 2022, 4);
    expect(t.figuresByLine(ADJUSTED_BLANK)).toEqual([
      ['刑侦技术装备购置', 100, 120, 118, 0.9833, 96, '优', 4],
      ['交通违法处理系统运维', 45, null, 43.2, 0.96, 92, '优', 5],
      ['出入境证件制作', 30, null, 27, 0.9, 88, '良', 6],
      ['禁毒专项经费', 25, 20, 19, 0.95, 93, '优', 7],
    ]);
    expect(t.project('交通违法处理系统运维')).toMatchObject(NO_DETAIL);
    expect(t.project('交通违法处理系统运维').execution_rate).toBeCloseTo(0.96, 10);
    expect(t.project('刑侦技术装备购置').execution_rate).toBeCloseTo(118 / 120, 10);
    expect(t.flagRules(ADJUSTED_BLANK)).toEqual([]);
  });

  it('reads a CSV whose header cells break over lines under a title row', () => {
    expectSummary(CSV, '桂阳县公安局', 2023, 3);
    expect(t.docOf(CSV).title).toBe('2023年度项目支出绩效自评结果');
    expect(t.figuresByLine(CSV)).toEqual([
      ['监所视频监控升级', 35, 35, 33.6, 0.96, 94, null, 4],
      ['警用车辆维修', 22, 24, 24, 1, 97, null, 5],
      ['反恐防暴装备购置', 60, 60, 39, 0.65, 78, null, 6],
    ]);
    expect(t.project('反恐防暴装备购置')).toMatchObject({
      ...NO_DETAIL,
      execution_rate: 0.65,
      grade_band: '中',
    });
    expect(t.flagRules(CSV)).toEqual([]);
  });

  it('reads an HTML table under a title row spanning its columns', () => {
    expectSummary(HTML, '嘉禾县公安局', 2023, 3);
    expect(t.docOf(HTML).title).toBe('嘉禾县公安局2023年度项目支出绩效自评结果公开');
    expect(t.figuresByLine(HTML)).toEqual([
      ['社区警务室建设', null, 48, 46.08, null, 93.5, '优', 4],
      ['巡特警装备更新', null, 70, 52.5, null, 84, '良', 5],
      ['看守所伙食补助', null, 18.6, 18.6, null, 98, '优', 6],
    ]);
    expect(t.project('巡特警装备更新')).toMatchObject({
      ...NO_DETAIL,
      execution_rate: 0.75,
      grade_band: '良',
    });
    expect(t.flagRules(HTML)).toEqual([]);
  });

  it('merges a summary row with the detail table naming the project "…项目（二期）" when the figures agree', () => {
    expect(t.docOf(VARIANTS)).toMatchObject({ agency: '汝城县公安局', year: 2023, status: 'ok' });
    expect(t.figuresByLine(VARIANTS)).toEqual([
      ['110指挥中心升级改造项目（二期）', 200, 200, 190, 0.95, 93, '优', 6],
      ['警务辅助人员培训', 12, null, 11.4, null, 90, null, 7],
    ]);
    expect(t.sourceLines(VARIANTS)).toEqual([[6, 10], [7]]);
    expect(t.project('110指挥中心升级改造项目（二期）')).toMatchObject({
      aliases: ['110指挥中心升级改造'],
      code: null,
      managing_dept: '汝城县公安局',
      implementing_unit: '汝城县公安局指挥中心',
      execution_weight: 10,
      execution_score: 9.5,
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('110指挥中心升级改造项目（二期）')).toEqual([
      ['产出指标', '数量指标', '新增接警席位', '10个', '10个', 30, 30, null],
      ['产出指标', '质量指标', '系统可用率', '≥99%', '99.5%', 20, 20, null],
      ['效益指标', '社会效益指标', '接警响应时间缩短', '≥20%', '18%', 20, 14, '部分席位调试延后'],
      ['满意度指标', '服务对象满意度指标', '报警群众满意度', '≥90%', '95%', 20, 19.5, null],
    ]);
    expect(t.project('警务辅助人员培训')).toMatchObject(NO_DETAIL);
    expect(t.project('警务辅助人员培训').execution_rate).toBeCloseTo(0.95, 10);
    expect(t.flagRules(VARIANTS)).toEqual([]);
    expect(t.problemsByLine(VARIANTS)).toEqual([[18, '部分席位调试延后']]);
  });
});
