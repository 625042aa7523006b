/**
 * Round-8 prose probes, problem statements and department documents: problems written "一是…；二是
 * …；三是…" in one paragraph ending with "下一步，我局将…"; a "问题与建议" chapter whose 改进建议 are
 * no problems, beside a funds sentence "超支部分由单位自有资金弥补"; a "存在问题及改进措施" cell
 * whose measures follow "改进措施：" in the cell; "暂无。" and "不存在问题。" as a whole problem
 * section; "绩效自评中发现的问题" with a wrapped item; a 部门决算 whose 情况说明 state the
 * 财政拨款 年初预算 and 支出决算, the "三公" budget and two projects in 预算绩效情况说明; a 部门整体
 * 自评表 writing one figure a row; 部门整体 reports stating 年初预算, 调整后预算 and 决算数, or
 * labelling "存在问题：…改进措施：…" under a mixed heading. Single-project reports score themselves
 * "自评得分93.5分，评价等级为优".
 */
import { describe, expect, it } from 'vitest';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const YISHI = 'r8p-main-problems-yishi-remedy.txt';
const SUGGESTIONS = 'r8p-problems-and-suggestions-overrun.txt';
const CELL = 'r8p-cell-problems-measures.txt';
const ZANWU = 'r8p-no-problems-zanwu.txt';
const ACCOUNTS = 'r8p-final-accounts-explanations.txt';
const LABEL_ROWS = 'r8p-department-table-label-rows.txt';
const ADJUSTED = 'r8p-department-initial-adjusted-final.txt';
const FOUND = 'r8p-self-eval-found-problems.txt';
const NONE_MD = 'r8p-department-no-problems.md';
const MIXED = 'r8p-department-mixed-heading-labels.txt';

const t = ingestBeforeAll(LAYOUTS, [
  YISHI,
  SUGGESTIONS,
  CELL,
  ZANWU,
  ACCOUNTS,
  LABEL_ROWS,
  ADJUSTED,
  FOUND,
  NONE_MD,
  MIXED,
]);

/** The file's problems as [line, text, attributed to a project]. */
function problems(file: string): [number, string, boolean][] {
  return t.problemsOf(file).map((q) => [q.line, q.text, q.project_id !== null]);
}

function agencyOf(name: string): unknown {
  return t.tables.agencies.find((a) => a.name === name);
}

describe('项目支出绩效自评报告: "一是…；二是…；三是…" in one paragraph closed by "下一步，我局将…"', () => {
  it('is the narrative of the district branch bureau', () => {
    expect(t.docOf(YISHI)).toMatchObject({
      encoding: 'utf-8',
      doc_kind: 'narrative',
      title: '安康市汉滨区公安分局2023年度智慧警务平台运维项目支出绩效自评报告',
      agency: '安康市汉滨区公安分局',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('安康市汉滨区公安分局')).toEqual({
      name: '安康市汉滨区公安分局',
      aliases: [],
      province: '陕西省',
      city: '安康市',
      county: '汉滨区',
    });
  });
  it('reads the score the sentence grades at once ("自评得分93.5分，评价等级为优")', () => {
    expect(t.figuresOf(YISHI)).toEqual([['智慧警务平台运维', 260, 250, 241.5, 0.966, 93.5, '优']]);
    expect(t.sourceLines(YISHI)).toEqual([[2, 8, 11]]);
    expect(t.flagRules(YISHI)).toEqual([]);
    expect(t.departmentOf(YISHI)).toBeUndefined();
  });
  it('lists the three items of 四, not the remedy sentence after them nor the measures of 五', () => {
    expect(problems(YISHI)).toEqual([
      [14, '绩效目标中效益指标设置较为笼统', true],
      [14, '运维考核办法不够细化，对运维单位的响应时限缺乏量化要求', true],
      [14, '部分前端点位设备老化，故障率较高', true],
    ]);
  });
});

describe('"四、问题与建议" with （一）存在问题 and （二）改进建议; "超支部分由单位自有资金弥补"', () => {
  it('is the narrative of the 自治州 bureau', () => {
    expect(t.docOf(SUGGESTIONS)).toMatchObject({
      doc_kind: 'narrative',
      title: '黔东南苗族侗族自治州公安局2022年度执法执勤车辆购置项目绩效自评报告',
      agency: '黔东南苗族侗族自治州公安局',
      year: 2022,
      status: 'ok',
      message: '已提取 1 个项目',
    });
  });
  it('reads the overspent project and flags it', () => {
    expect(t.figuresOf(SUGGESTIONS)).toEqual([['执法执勤车辆购置', 480, 480, 492.6, 1.026, 91, '优']]);
    expect(t.sourceLines(SUGGESTIONS)).toEqual([[2, 8, 11]]);
    expect(t.flagRules(SUGGESTIONS)).toEqual(['executed_exceeds_budget']);
  });
  it('takes the two problems of 存在问题 only: how the overrun was funded is no problem, nor are the 建议', () => {
    expect(problems(SUGGESTIONS)).toEqual([
      [15, '车辆采购价格上涨，实际支出超出预算12.6万元', true],
      [16, '车辆配发方案论证不充分，个别派出所车辆使用率偏低', true],
    ]);
  });
});

describe('项目支出绩效自评表 with a "存在问题及改进措施 | 问题：…。改进措施：…" row', () => {
  it('is the project table of the city bureau', () => {
    expect(t.docOf(CELL)).toMatchObject({
      doc_kind: 'project_table',
      title: '项目支出绩效自评表',
      agency: '南平市公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目',
    });
  });
  it('reads the funds, indicators and total', () => {
    expect(t.figuresOf(CELL)).toEqual([['看守所监管设施改造', 150, 150, 138, 0.92, 96.2, null]]);
    expect(t.project('看守所监管设施改造')).toMatchObject({
      managing_dept: '南平市公安局',
      implementing_unit: '南平市公安局看守所',
      execution_weight: 10,
      execution_score: 9.2,
    });
    expect(t.indicatorsOf('看守所监管设施改造')).toEqual([
      ['产出指标', '数量指标', '改造监室数量', '24间', '24间', 20, 20, null],
      ['产出指标', '质量指标', '验收合格率', '100%', '100%', 20, 20, null],
      [
        '产出指标',
        '时效指标',
        '完工时间',
        '2023年10月前',
        '2023年12月',
        10,
        7,
        '施工单位进场延迟，完工时间推迟两个月',
      ],
      ['效益指标', '社会效益指标', '在押人员安全事故', '0起', '0起', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '监管民警满意度', '≥90%', '93%', 20, 20, null],
    ]);
    expect(t.flagRules(CELL)).toEqual([]);
  });
  it('takes both labelled problems of the cell, cue or not, and none of its 改进措施', () => {
    expect(problems(CELL)).toEqual([
      [12, '施工单位进场延迟，完工时间推迟两个月', true],
      [16, '资金支付进度滞后于工程进度', true],
      [16, '项目前期勘察不细，施工中追加了消防改造内容', true],
    ]);
  });
});

describe('"四、存在问题及原因分析" answered "暂无。"', () => {
  it('reads the project and its graded score, and no problem', () => {
    expect(t.docOf(ZANWU)).toMatchObject({
      doc_kind: 'narrative',
      title: '十堰市郧阳区公安局2023年度禁毒专项经费项目支出绩效自评报告',
      agency: '十堰市郧阳区公安局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyOf('十堰市郧阳区公安局')).toMatchObject({
      province: '湖北省',
      city: '十堰市',
      county: '郧阳区',
    });
    expect(t.figuresOf(ZANWU)).toEqual([['禁毒专项经费', null, 80, 80, 1, 98, '优']]);
    expect(t.sourceLines(ZANWU)).toEqual([[2, 8, 11]]);
    expect(problems(ZANWU)).toEqual([]);
    expect(t.flagRules(ZANWU)).toEqual([]);
  });
});

describe('部门决算 with its 情况说明: 财政拨款 年初预算 and 支出决算, "三公" budget, projects in 预算绩效情况说明', () => {
  it('is the final accounts of the city bureau', () => {
    expect(t.docOf(ACCOUNTS)).toMatchObject({
      doc_kind: 'final_accounts',
      title: '忻州市公安局2023年度部门决算',
      agency: '忻州市公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 2 个项目，含部门整体数据',
    });
  });
  it('takes the 财政拨款 年初预算 and 支出决算 as the department’s, never the "三公" or a project’s budget', () => {
    expect(t.departmentFigures(ACCOUNTS, 'range')).toEqual({
      year: 2023,
      budget_initial: 16500,
      budget_adjusted: null,
      executed: 17882.4,
      execution_rate_reported: 1.084,
      total_score: 92.5,
      project_count: 12,
      average_score: null,
      lines: [
        [13, 13],
        [19, 19],
        [21, 21],
      ],
    });
  });
  it('reads the two projects the 项目绩效自评结果 paragraph reports one after another', () => {
    expect(t.figuresOf(ACCOUNTS).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0))).toEqual([
      ['视频监控联网运维', null, 860, 842.6, 0.98, 95, null],
      ['警用装备购置', null, 520, 468, 0.9, 88, null],
    ]);
    expect(t.project('视频监控联网运维').aliases).toEqual(['视频监控联网运维项目']);
    expect(t.sourceLines(ACCOUNTS)).toEqual([[20], [20]]);
  });
  it('flags 决算 above 年初预算, as the report itself says 108.4 %', () => {
    expect(t.flagRules(ACCOUNTS)).toEqual(['executed_exceeds_budget']);
  });
  it('takes the problems after "发现的主要问题：" and not the 改进措施 after them', () => {
    expect(problems(ACCOUNTS)).toEqual([[20, '部分项目绩效目标设置不够细化，个别项目支出进度偏慢', false]]);
  });
});

describe('部门整体支出绩效自评表 writing one figure a row, its 自评得分 row without empty cells', () => {
  it('reads the label-value funds rows and the total score', () => {
    expect(t.docOf(LABEL_ROWS)).toMatchObject({
      doc_kind: 'department_overall',
      title: '2022年度部门整体支出绩效自评表',
      agency: '赣州市南康区公安分局',
      year: 2022,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(agencyOf('赣州市南康区公安分局')).toMatchObject({
      province: '江西省',
      city: '赣州市',
      county: '南康区',
    });
    expect(t.departmentFigures(LABEL_ROWS, 'range')).toEqual({
      year: 2022,
      budget_initial: 12480,
      budget_adjusted: 13106.5,
      executed: 12895.3,
      execution_rate_reported: 0.9839,
      total_score: 97.8,
      project_count: null,
      average_score: null,
      lines: [
        [4, 7],
        [14, 14],
      ],
    });
    expect(t.projectsOf(LABEL_ROWS)).toEqual([]);
    expect(problems(LABEL_ROWS)).toEqual([]);
    expect(t.flagRules(LABEL_ROWS)).toEqual([]);
  });
});

describe('部门整体 report stating 年初预算, 调整后预算 and 决算数', () => {
  it('reads 决算数 as executed', () => {
    expect(t.docOf(ADJUSTED)).toMatchObject({
      doc_kind: 'department_overall',
      title: '黄冈市黄州区公安分局2023年度部门整体支出绩效自评报告',
      agency: '黄冈市黄州区公安分局',
      year: 2023,
      status: 'ok',
    });
    expect(t.departmentFigures(ADJUSTED, 'range')).toEqual({
      year: 2023,
      budget_initial: 9860.2,
      budget_adjusted: 10342.7,
      executed: 10118.64,
      execution_rate_reported: 0.978,
      total_score: 94.6,
      project_count: null,
      average_score: null,
      lines: [
        [7, 7],
        [10, 10],
      ],
    });
    expect(t.projectsOf(ADJUSTED)).toEqual([]);
    expect(t.flagRules(ADJUSTED)).toEqual([]);
  });
  it('takes the items of 四、发现的问题, not the 改进措施', () => {
    expect(problems(ADJUSTED)).toEqual([
      [13, '部分项目预算编制不够精准，年中追加预算482.50万元', false],
      [14, '绩效运行监控流于形式，对偏离目标的项目未能及时纠偏', false],
    ]);
  });
});

describe('"关于…绩效自评情况的报告" with 三、绩效自评中发现的问题 and a wrapped item', () => {
  it('reads the project and every item, one of them broken across two lines', () => {
    expect(t.docOf(FOUND)).toMatchObject({
      doc_kind: 'narrative',
      title: '白山市公安局江源分局关于2022年度交通安全设施建设项目绩效自评情况的报告',
      agency: '白山市公安局江源分局',
      year: 2022,
      status: 'ok',
    });
    expect(agencyOf('白山市公安局江源分局')).toMatchObject({
      province: '吉林省',
      city: '白山市',
      county: '江源区',
    });
    expect(t.figuresOf(FOUND)).toEqual([['交通安全设施建设', 120, 135, 128.25, 0.95, 90.5, '优']]);
    expect(t.sourceLines(FOUND)).toEqual([[2, 5, 8]]);
    expect(t.flagRules(FOUND)).toEqual([]);
    expect(problems(FOUND)).toEqual([
      [11, '项目实施进度慢于计划，部分路口信号灯直至12月底才完成安装调试', true],
      [13, '绩效指标设置以产出指标为主，满意度指标未开展实际调查', true],
      [14, '项目资金超支部分由单位自有资金弥补，未及时办理预算调整手续', true],
    ]);
  });
});

describe('Markdown 部门整体 report: a 年度资金总额 table row, "不存在问题。" under 存在问题及原因分析', () => {
  it('reads the 年度资金总额 row as the department’s funds, not a project', () => {
    expect(t.docOf(NONE_MD)).toMatchObject({
      doc_kind: 'department_overall',
      title: '呼伦贝尔市海拉尔区公安分局2024年度部门整体支出绩效自评报告',
      agency: '呼伦贝尔市海拉尔区公安分局',
      year: 2024,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(agencyOf('呼伦贝尔市海拉尔区公安分局')).toMatchObject({
      province: '内蒙古自治区',
      city: '呼伦贝尔市',
      county: '海拉尔区',
    });
    expect(t.projectsOf(NONE_MD)).toEqual([]);
    expect(t.departmentFigures(NONE_MD, 'range')).toEqual({
      year: 2024,
      budget_initial: 7215,
      budget_adjusted: 7480.6,
      executed: 7392.18,
      execution_rate_reported: 0.988,
      total_score: 95.2,
      project_count: null,
      average_score: null,
      lines: [
        [9, 9],
        [7, 7],
        [5, 7],
      ],
    });
    expect(t.flagRules(NONE_MD)).toEqual([]);
  });
  it('finds no problem: "不存在问题。" is no heading, and 其他需要说明的情况 is no statement', () => {
    expect(problems(NONE_MD)).toEqual([]);
  });
});

describe('部门整体 report: "三、绩效自评中发现的问题及改进措施" over "存在问题：一是…。改进措施：…"', () => {
  it('reads the department figures from prose', () => {
    expect(t.docOf(MIXED)).toMatchObject({
      doc_kind: 'department_overall',
      title: '松原市宁江区公安分局2024年度部门整体支出绩效自评报告',
      agency: '松原市宁江区公安分局',
      year: 2024,
      status: 'ok',
    });
    expect(agencyOf('松原市宁江区公安分局')).toMatchObject({
      province: '吉林省',
      city: '松原市',
      county: '宁江区',
    });
    expect(t.departmentFigures(MIXED, 'range')).toEqual({
      year: 2024,
      budget_initial: 6320.4,
      budget_adjusted: 6688.9,
      executed: 6602.35,
      execution_rate_reported: 0.987,
      total_score: 93,
      project_count: null,
      average_score: null,
      lines: [[8, 8]],
    });
    expect(t.flagRules(MIXED)).toEqual([]);
  });
  it('takes the three items after "存在问题：", none of the 改进措施', () => {
    expect(problems(MIXED)).toEqual([
      [11, '个别项目年中调整较多', false],
      [11, '资产管理不够规范，部分设备未及时登记入账', false],
      [11, '预算绩效管理人员业务能力有待提升', false],
    ]);
  });
});
