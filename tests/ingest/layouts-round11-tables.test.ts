/**
 * Round-11 probes of project tables (项目支出绩效自评表) and summary tables: a funds header whose
 * "预算数" spans "年初 | 全年" on a second row, an indicator header naming 指标权重 before the
 * target and 考评得分, level-1 labels on rows of their own above a table with no 一级指标 column,
 * a header of 指标名称 with no level columns, a table continued past a page footer and "续表", an
 * agency named in the title, amounts in 元 with the unit beside the year, the total score in the
 * header block, a Markdown export repeating merged cells; summaries with 2022/2023 columns, a 年度
 * column, per-unit section rows, 预算数 spanning 合计/财政拨款/其他资金 or 上年结转/当年预算/合计,
 * "项目预算" over "年初 | 调整后", the total row first, 累计支出 / 执行进度 / 评价等次, and a
 * one-cell-per-line export that drops trailing empty cells.
 */
import { describe, expect, it } from 'vitest';
import {
  expectCleanProjectTables,
  ingestBeforeAll,
  LAYOUTS,
  type IndicatorTuple,
} from '../helpers/ingest.ts';

const FUNDS_PARENT = 'r11t-funds-parent-header-two-rows.txt';
const WEIGHT_FIRST = 'r11t-indicator-weight-first-synonyms.txt';
const LEVEL1_ROWS = 'r11t-indicator-level1-rows.txt';
const NAME_ONLY = 'r11t-indicator-name-only-header.txt';
const FOOTER = 'r11t-page-footer-continued.txt';
const YUAN = 'r11t-project-yuan-title-unit.txt';
const HEADER_SCORE = 'r11t-score-in-header-block.txt';
const MARKDOWN = 'r11t-markdown-repeated-merged.md';
const SECTIONS = 'r11t-summary-dept-sections.txt';
const YEAR_COLUMNS = 'r11t-summary-year-columns.txt';
const YEAR_ROWS = 'r11t-summary-year-rows.txt';
const SPLIT = 'r11t-summary-budget-split-columns.txt';
const CARRYOVER = 'r11t-summary-carryover-total-child.txt';
const CHILD_LABELS = 'r11t-summary-two-row-child-labels.txt';
const TOTAL_FIRST = 'r11t-summary-yuan-total-first.txt';
const CELL_PER_LINE = 'r11t-summary-cell-per-line-trailing.txt';
const PROGRESS = 'r11t-summary-progress-synonyms.txt';

const t = ingestBeforeAll(LAYOUTS, [
  FUNDS_PARENT,
  WEIGHT_FIRST,
  LEVEL1_ROWS,
  NAME_ONLY,
  FOOTER,
  YUAN,
  HEADER_SCORE,
  MARKDOWN,
  SECTIONS,
  YEAR_COLUMNS,
  YEAR_ROWS,
  SPLIT,
  CARRYOVER,
  CHILD_LABELS,
  TOTAL_FIRST,
  CELL_PER_LINE,
  PROGRESS,
]);

const STANDARD_LEVELS = {
  count: ['产出指标', '数量指标'],
  quality: ['产出指标', '质量指标'],
  time: ['产出指标', '时效指标'],
  social: ['效益指标', '社会效益指标'],
  satisfaction: ['满意度指标', '服务对象满意度指标'],
} as const;

/** An indicator tuple under the standard levels. */
function ind(
  levels: keyof typeof STANDARD_LEVELS,
  ...rest: [string, string | null, string | null, number | null, number | null, string | null]
): IndicatorTuple {
  return [...STANDARD_LEVELS[levels], ...rest];
}

describe('project tables', () => {
  it('reads a funds header whose 预算数 spans 年初 | 全年 on a second row', () => {
    expectCleanProjectTables(t, FUNDS_PARENT, '绵竹市公安局', 2023, 1);
    expect(t.project('城区治安卡口升级改造')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '绵竹市公安局',
      implementing_unit: '绵竹市公安局治安管理大队',
      budget_initial: 150,
      budget_adjusted: 168,
      executed: 159.6,
      execution_rate: 0.95,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 96.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('城区治安卡口升级改造')).toEqual([
      ind('count', '升级改造卡口数量', '≥24个', '24个', 20, 20, null),
      ind('quality', '卡口设备验收合格率', '100%', '100%', 15, 15, null),
      ind('time', '完工时间', '2023年10月底前', '2023年11月', 15, 12, '设备到货延迟'),
      ind('social', '卡口预警拦截涉案车辆', '≥150辆次', '182辆次', 30, 30, null),
      ind('satisfaction', '一线民警满意度', '≥90%', '92%', 10, 10, null),
    ]);
    expect(t.sourceLines(FUNDS_PARENT)).toEqual([[1]]);
    expect(t.problemsByLine(FUNDS_PARENT)).toEqual([[12, '设备到货延迟']]);
  });

  it('reads 指标权重 before the target, 全年实际完成情况 and 考评得分 by their names', () => {
    expectCleanProjectTables(t, WEIGHT_FIRST, '什邡市公安局', 2022, 1);
    expect(t.project('看守所在押人员伙食补助')).toMatchObject({
      aliases: [],
      code: '51068222R000000001234',
      managing_dept: '什邡市公安局',
      implementing_unit: '什邡市公安局看守所',
      budget_initial: 86.4,
      budget_adjusted: 86.4,
      executed: 82.08,
      execution_rate: 0.95,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      // The 合计 row after the indicators: weight 100, total 96.5.
      total_score: 96.5,
      grade: null,
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('看守所在押人员伙食补助')).toEqual([
      ind('count', '保障在押人员人数', '≥120人', '126人', 20, 20, null),
      ind('quality', '伙食标准达标率', '100%', '100%', 20, 20, null),
      ind('time', '补助按月拨付', '每月10日前', '每月按时拨付', 10, 10, null),
      ind('social', '监管安全事故', '0起', '0起', 20, 20, null),
      ind(
        'satisfaction',
        '在押人员伙食满意度',
        '≥85%',
        '81%',
        20,
        17,
        '部分人员口味差异大，下一步增加菜品种类',
      ),
    ]);
    expect(t.problemsByLine(WEIGHT_FIRST)).toEqual([[12, '部分人员口味差异大']]);
  });

  it('takes level-1 labels from rows of their own and no alias from a title naming the agency', () => {
    expectCleanProjectTables(t, LEVEL1_ROWS, '巩义市公安局', 2023, 1);
    expect(t.project('交通信号控制系统运维')).toMatchObject({
      // "巩义市公安局项目支出绩效自评表" names the agency, not the project.
      aliases: [],
      code: null,
      managing_dept: '巩义市公安局',
      implementing_unit: '巩义市公安局交通管理大队',
      budget_initial: 64,
      budget_adjusted: 60,
      executed: 54,
      execution_rate: 0.9,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 97,
      grade: null,
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('交通信号控制系统运维')).toEqual([
      ind('count', '运维信号灯路口数量', '≥85个', '88个', 20, 20, null),
      ind('quality', '信号机故障修复率', '≥98%', '96%', 15, 13, '部分老旧设备配件停产'),
      ind('time', '故障响应时间', '≤2小时', '1.5小时', 15, 15, null),
      ind('social', '主干道高峰通行效率提升', '≥8%', '9.2%', 30, 30, null),
      ind('satisfaction', '驾驶人满意度', '≥85%', '87%', 10, 10, null),
    ]);
    expect(t.problemsByLine(LEVEL1_ROWS)).toEqual([[11, '部分老旧设备配件停产']]);
  });

  it('reads an indicator table headed 绩效指标 | 指标名称 with no level columns', () => {
    expectCleanProjectTables(t, NAME_ONLY, '弥勒市公安局', 2023, 1);
    expect(t.project('禁毒戒毒人员管控经费')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '弥勒市公安局',
      implementing_unit: '弥勒市公安局禁毒大队',
      budget_initial: 32,
      budget_adjusted: 32,
      executed: 30.4,
      execution_rate: 0.95,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 94.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('禁毒戒毒人员管控经费')).toEqual([
      ['产出指标', null, '社区戒毒人员管控人数', '≥150人', '162人', 20, 20, null],
      ['产出指标', null, '尿检抽查覆盖率', '100%', '100%', 20, 20, null],
      ['效益指标', null, '吸毒人员复吸率', '≤10%', '12%', 30, 25, '部分人员家庭监护缺失'],
      ['满意度指标', null, '社区群众满意度', '≥90%', '93%', 20, 20, null],
    ]);
    expect(t.problemsByLine(NAME_ONLY)).toEqual([[10, '部分人员家庭监护缺失']]);
  });

  it('reads an indicator table continued past a page footer, "续表" and the repeated header', () => {
    expectCleanProjectTables(t, FOOTER, '新郑市公安局', 2024, 1);
    expect(t.project('智慧派出所建设')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '新郑市公安局',
      implementing_unit: '新郑市公安局城关派出所',
      budget_initial: 300,
      budget_adjusted: 300,
      executed: 276,
      execution_rate: 0.92,
      execution_rate_reported: 0.92,
      execution_weight: 10,
      execution_score: 9.2,
      total_score: 96.2,
      grade: '优',
      grade_band: '优',
      indicator_count: 7,
    });
    expect(t.indicatorsOf('智慧派出所建设')).toEqual([
      ind('count', '建成智慧派出所数量', '3个', '3个', 15, 15, null),
      ind('count', '部署智能感知设备', '≥200台', '214台', 10, 10, null),
      ind('quality', '系统联调验收合格率', '100%', '100%', 10, 10, null),
      ind('time', '项目完工时间', '2024年9月底前', '2024年11月', 15, 12, '土建施工延期两个月'),
      ind('social', '辖区可防性案件下降率', '≥10%', '12.6%', 20, 20, null),
      ['效益指标', '可持续影响指标', '设备运行维护机制', '建立', '已建立', 10, 10, null],
      ind('satisfaction', '辖区群众满意度', '≥90%', '95%', 10, 10, null),
    ]);
    expect(t.problemsByLine(FOOTER)).toEqual([[13, '土建施工延期两个月']]);
  });

  it('reads amounts in 元 with thousands separators under "金额单位：元" beside the year', () => {
    expectCleanProjectTables(t, YUAN, '诸暨市公安局', 2023, 1);
    expect(t.project('基层所队执法记录仪配备')).toMatchObject({
      aliases: [],
      code: '33068123P000000004567',
      managing_dept: '诸暨市公安局',
      implementing_unit: '诸暨市公安局警务保障室',
      budget_initial: 135,
      budget_adjusted: 135,
      executed: 128.25,
      execution_rate: 0.95,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 99.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('基层所队执法记录仪配备')).toEqual([
      ind('count', '配备执法记录仪数量', '≥450台', '450台', 20, 20, null),
      ind('quality', '设备抽检合格率', '≥98%', '99%', 15, 15, null),
      ['产出指标', '成本指标', '单台采购成本', '≤3000元', '2850元', 15, 15, null],
      ind('social', '执法全过程记录率', '≥95%', '97%', 20, 20, null),
      ['效益指标', '可持续影响指标', '设备数据存储周期', '≥6个月', '6个月', 10, 10, null],
      ind('satisfaction', '执法对象投诉率', '≤1%', '0.6%', 10, 10, null),
    ]);
    // "无" in every 偏差原因 cell states no problem.
    expect(t.problemsOf(YUAN)).toEqual([]);
  });

  it('reads the total score a header-block row states beside 自评等级 when no 总分 row follows', () => {
    expectCleanProjectTables(t, HEADER_SCORE, '敦煌市公安局', 2024, 1);
    expect(t.project('出租房屋智能门禁建设')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '敦煌市公安局',
      implementing_unit: '敦煌市公安局沙州派出所',
      budget_initial: 55,
      budget_adjusted: 55,
      executed: 49.5,
      execution_rate: 0.9,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 92.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.project('出租房屋智能门禁建设').sources).toEqual([
      { file: HEADER_SCORE, line_start: 1, line_end: 13 },
    ]);
    expect(t.indicatorsOf('出租房屋智能门禁建设')).toEqual([
      ind('count', '安装智能门禁数量', '≥300套', '286套', 20, 18.5, '部分房东未同意安装'),
      ind('quality', '门禁设备联网率', '≥95%', '97%', 15, 15, null),
      ind('time', '项目完工时间', '2024年10月', '2024年10月', 15, 15, null),
      ind('social', '出租房屋发案下降率', '≥10%', '15%', 30, 30, null),
      ind('satisfaction', '租户满意度', '≥85%', '88%', 10, 5, '部分租户反映门禁卡补办不便'),
    ]);
    expect(t.problemsByLine(HEADER_SCORE)).toEqual([
      [9, '部分房东未同意安装'],
      [13, '部分租户反映门禁卡补办不便'],
    ]);
  });

  it('reads a Markdown export that repeats merged cells across their columns', () => {
    expectCleanProjectTables(t, MARKDOWN, '北流市公安局', 2022, 1);
    expect(t.project('禁毒社会化工作经费')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '北流市公安局',
      implementing_unit: '北流市公安局禁毒大队',
      budget_initial: 28,
      budget_adjusted: 28,
      executed: 26.6,
      execution_rate: 0.95,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 93.5,
      grade: null,
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('禁毒社会化工作经费')).toEqual([
      ind('count', '禁毒社工服务社区数', '≥20个', '22个', 25, 25, null),
      ind('quality', '社区戒毒康复执行率', '≥95%', '96%', 25, 25, null),
      ind('social', '新发现吸毒人员下降率', '≥5%', '3%', 20, 14, null),
      ind('satisfaction', '社区群众满意度', '≥90%', '92%', 20, 20, null),
    ]);
    expect(t.problemsOf(MARKDOWN)).toEqual([]);
  });
});

function expectSummary(file: string, agency: string, year: number, projects: number): void {
  expect(t.docOf(file)).toMatchObject({ doc_kind: 'summary_table', agency, year, status: 'ok' });
  expect(t.projectsOf(file)).toHaveLength(projects);
  expect(t.flagRules(file)).toEqual([]);
  for (const p of t.projectsOf(file)) {
    expect(p).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: null,
      execution_weight: null,
      execution_score: null,
      indicator_count: 0,
    });
  }
}

/** The implementing units of the file's projects, in line order. */
function unitsOf(file: string): (string | null)[] {
  return t.projectsOf(file).map((p) => p.implementing_unit);
}

describe('summary tables', () => {
  it('reads per-unit section rows as the units of the projects under them, past 序号 gaps and 小计', () => {
    expectSummary(SECTIONS, '登封市公安局', 2023, 5);
    expect(t.figuresByLine(SECTIONS)).toEqual([
      ['刑事案件侦办经费', 80, 85, 82.45, 0.97, 95, '优', 5],
      ['DNA实验室耗材购置', 40, 40, 36, 0.9, 91, '优', 6],
      ['大型活动安保经费', 35, 42, 42, 1, 96, '优', 9],
      ['娱乐场所监管系统运维', 18, 18, 12.6, 0.7, 82, '良', 10],
      ['交通事故处理经费', 25, 25, 23.75, 0.95, 93, '优', 13],
    ]);
    expect(unitsOf(SECTIONS)).toEqual([
      '刑事侦查大队',
      '刑事侦查大队',
      '治安管理大队',
      '治安管理大队',
      '交通管理大队',
    ]);
    expect(t.sourceLines(SECTIONS)).toEqual([[5], [6], [9], [10], [13]]);
  });

  it('reads the report year’s columns of a table with 2022 and 2023 budgets, and 评价等次', () => {
    expectSummary(YEAR_COLUMNS, '于都县公安局', 2023, 3);
    expect(t.figuresByLine(YEAR_COLUMNS)).toEqual([
      ['天网工程运维', 220, null, 209, 0.95, 94, '优', 5],
      ['警用直升机停机坪维护', 18, null, 9, 0.5, 76, '中', 6],
      ['执法执勤车辆购置', 96, null, 96, 1, 97, '优', 7],
    ]);
    expect(t.projectsOf(YEAR_COLUMNS).map((p) => p.execution_rate)).toEqual([0.95, 0.5, 1]);
  });

  it('gives each row of a table of two years the year of its 年度 cell', () => {
    expectSummary(YEAR_ROWS, '嵩县公安局', 2023, 4);
    expect(t.figuresByLine(YEAR_ROWS)).toEqual([
      ['公安视频监控运维', 120, null, 114, 0.95, 93, null, 5],
      ['禁毒宣传专项', 20, null, 18, 0.9, 90, null, 6],
      ['公安视频监控运维', 130, null, 117, 0.9, 91, null, 7],
      ['禁毒宣传专项', 22, null, 22, 1, 96, null, 8],
    ]);
    expect(t.projectsOf(YEAR_ROWS).map((p) => p.year)).toEqual([2022, 2022, 2023, 2023]);
  });

  it('reads 预算数 and 执行数 from the 合计 under them, not from 财政拨款 or 其他资金', () => {
    expectSummary(SPLIT, '桐城市公安局', 2024, 3);
    expect(t.figuresByLine(SPLIT)).toEqual([
      ['移民管理服务站运维', 60, null, 57, 0.95, 93, null, 5],
      ['特警训练基地设备购置', 120, null, 96, 0.8, 85, null, 6],
      ['辅警招录培训', 30, null, 30, 1, 98, null, 7],
    ]);
    expect(unitsOf(SPLIT)).toEqual([null, null, null]);
  });

  it('reads 预算数 from its 合计 column, not from 上年结转 or 当年预算', () => {
    expectSummary(CARRYOVER, '桂平市公安局', 2023, 3);
    expect(t.figuresByLine(CARRYOVER)).toEqual([
      ['城乡视频监控联网', 200, null, 190, 0.95, 94, '优', 5],
      ['边境检查站执勤经费', 58, null, 55.1, 0.95, 92, '优', 6],
      ['执法办案中心运维', 60, null, 42, 0.7, 80, '良', 7],
    ]);
  });

  it('reads 年初 and 调整后 under a 项目预算 parent cell', () => {
    expectSummary(CHILD_LABELS, '潜山市公安局', 2022, 3);
    expect(t.figuresByLine(CHILD_LABELS)).toEqual([
      ['社区警务工作经费', 45, 48, 47.52, 0.99, 96, '优', 5],
      ['网络安全等级保护测评', 22, 20, 16, 0.8, 84, '良', 6],
      ['公安检查站运行经费', 66, 66, 62.7, 0.95, 92, '优', 7],
    ]);
  });

  it('skips a 合计 row above the projects and converts 元 with thousands separators', () => {
    expectSummary(TOTAL_FIRST, '寿光市公安局', 2023, 3);
    expect(t.figuresByLine(TOTAL_FIRST)).toEqual([
      ['反电诈预警劝阻平台运维', 120, 120, 114, 0.95, 94, '优', 5],
      ['刑事技术实验室耗材', 86, 92, 92, 1, 97, '优', 6],
      ['公安检查站执勤经费', 150, 170, 156.9, 0.9229, 91, '优', 7],
    ]);
    expect(t.project('公安检查站执勤经费').execution_rate).toBeCloseTo(156.9 / 170, 10);
    expect(t.problemsOf(TOTAL_FIRST)).toEqual([]);
  });

  it('reads a one-cell-per-line export whose rows drop their empty trailing cells', () => {
    expectSummary(CELL_PER_LINE, '诸城市公安局', 2024, 3);
    expect(t.figuresByLine(CELL_PER_LINE)).toEqual([
      ['智慧安防小区建设', null, 180, 171, 0.95, 93, '优', 13],
      ['看守所监控系统升级', null, 75, 52.5, 0.7, 81, '良', 21],
      ['警务保障食堂运行经费', null, 42, 42, 1, 96, '优', 30],
    ]);
    expect(t.sourceLines(CELL_PER_LINE)).toEqual([[13], [21], [30]]);
  });

  it('reads 预算安排, 累计支出, 执行进度, 绩效得分 and a 主管科室 column', () => {
    expectSummary(PROGRESS, '栾川县公安局', 2023, 3);
    expect(t.figuresByLine(PROGRESS)).toEqual([
      ['景区治安巡逻经费', 48, null, 45.6, 0.95, 94, '优', 4],
      ['山区派出所取暖费', 16, null, 16, 1, 95, '优', 5],
      ['网络安全监测平台租赁', 36, null, 27, 0.75, 83, '良', 6],
    ]);
    expect(unitsOf(PROGRESS)).toEqual(['治安管理大队', '警务保障室', '网络安全保卫大队']);
  });
});
