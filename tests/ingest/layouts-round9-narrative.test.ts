/**
 * Round-9 probes, figures in prose: a project's "资金总额150万元，其中中央资金100万元、地方配套50万元"
 * (the total is the budget, the parts are not) and "截至12月31日，累计支出138.6万元，支出进度92.4%";
 * "预算执行率100%（实际支出103.2万元）" over a budget of 100; "评价得分：92分" and "评价等级：优" in
 * lines of their own under project sub-headings; "综合评分为87.5分，评定等级为'良'"; "项目总投资
 * 2,400万元，本年度预算安排800万元"; two projects' figures in one paragraph separated by "；"; a
 * mid-year "截至6月底，累计支出0.45亿元，支出进度37.5%" before the year's; 部门整体 reports in 万元
 * with thousands separators and in 亿元, with "共涉及18个项目" and 平均得分; a 部门整体 "预算资金总额…，其中
 * …", "全年累计支出" and "综合评分为92.3分"; a 部门整体 mid-year "截至6月底，累计支出…" before the
 * year's; a 部门决算 情况说明.
 */
import { describe, expect, it } from 'vitest';
import { type Figures, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const PARTS = 'r9n-funds-total-parts.txt';
const OVERRUN = 'r9n-rate-overrun-paren.txt';
const OWN_LINE = 'r9n-score-own-line.md';
const EIGHTEEN = 'r9n-department-18-projects.txt';
const INVESTMENT = 'r9n-total-investment.txt';
const YI = 'r9n-yi-yuan-department.txt';
const SEMICOLON = 'r9n-two-projects-semicolon.txt';
const ACCOUNTS = 'r9n-final-accounts-notes.txt';
const QUOTE = 'r9n-score-rating-quote.txt';
const HALF_YEAR = 'r9n-half-year-progress.htm';
const FUNDS_TOTAL = 'r9n-department-funds-total.txt';
const MID_YEAR = 'r9n-department-mid-year.txt';

const t = ingestBeforeAll(LAYOUTS, [
  PARTS,
  OVERRUN,
  OWN_LINE,
  EIGHTEEN,
  INVESTMENT,
  YI,
  SEMICOLON,
  ACCOUNTS,
  QUOTE,
  HALF_YEAR,
  FUNDS_TOTAL,
  MID_YEAR,
]);

/** The file's projects' execution part and code as [weight, score, code, indicator count]. */
function extras(file: string): unknown[][] {
  return t.projectsOf(file).map((p) => [p.execution_weight, p.execution_score, p.code, p.indicator_count]);
}

/** The file's problems as [line, text, attributed project name or null]. */
function problems(file: string): [number, string, string | null][] {
  const doc = t.docOf(file);
  const names = new Map(t.tables.projects.map((p) => [p.project_id, p.name]));
  return t.tables.problems
    .filter((q) => q.doc_id === doc.doc_id)
    .map((q): [number, string, string | null] => [
      q.line,
      q.text,
      q.project_id === null ? null : (names.get(q.project_id) ?? null),
    ]);
}

function agencyOf(name: string): unknown {
  return t.tables.agencies.find((a) => a.name === name);
}

describe('"资金总额150万元，其中中央资金100万元、地方配套50万元" and "截至12月31日，累计支出…，支出进度92.4%"', () => {
  it('is the narrative of the county bureau', () => {
    expect(t.docOf(PARTS)).toMatchObject({
      encoding: 'utf-8',
      doc_kind: 'narrative',
      title: '临澧县公安局2023年度“雪亮工程”视频监控补点建设项目绩效自评报告',
      agency: '临澧县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('临澧县公安局')).toEqual({
      name: '临澧县公安局',
      aliases: [],
      province: '湖南省',
      city: '常德市',
      county: '临澧县',
    });
  });
  it('reads the total as the budget, not its parts, and the year-end spending and progress', () => {
    expect(t.figuresOf(PARTS)).toEqual([['雪亮工程视频监控补点建设', null, 150, 138.6, 0.924, 87.5, '良']]);
    expect(t.projectsOf(PARTS)[0]).toMatchObject({ aliases: [], grade_band: '良' });
    expect(extras(PARTS)).toEqual([[null, null, null, 0]]);
    expect(t.sourceLines(PARTS)).toEqual([[1, 4, 7, 13]]);
    // The total and the year's spending are no conflict: 150 is the budget, 138.6 spent of it.
    expect(t.flagRules(PARTS)).toEqual([]);
    expect(t.departmentOf(PARTS)).toBeUndefined();
  });
  it('lists the two problems of 五 as the project’s, not the measures of 六', () => {
    expect(problems(PARTS)).toEqual([
      [16, '部分点位选址前期调研不足，个别点位因供电问题延迟接入', '雪亮工程视频监控补点建设'],
      [17, '运维责任划分不够清晰，故障报修响应时间偏长', '雪亮工程视频监控补点建设'],
    ]);
  });
});

describe('"预算执行率100%（实际支出103.2万元）" over a budget of 100万元', () => {
  it('is the narrative of the county bureau, year before the agency in the title', () => {
    expect(t.docOf(OVERRUN)).toMatchObject({
      doc_kind: 'narrative',
      title: '2022年度富平县公安局执法执勤车辆购置项目支出绩效自评报告',
      agency: '富平县公安局',
      year: 2022,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('富平县公安局')).toMatchObject({ province: '陕西省', city: '渭南市', county: '富平县' });
  });
  it('reads the overrun in brackets and flags it, and the rate that hides it', () => {
    expect(t.figuresOf(OVERRUN)).toEqual([['执法执勤车辆购置', null, 100, 103.2, 1, 96, '优']]);
    expect(t.projectsOf(OVERRUN)[0]?.execution_rate).toBeCloseTo(1.032, 10);
    expect(extras(OVERRUN)).toEqual([[null, null, null, 0]]);
    expect(t.sourceLines(OVERRUN)).toEqual([[1, 4, 7, 10]]);
    expect(t.flagRules(OVERRUN)).toEqual(['executed_exceeds_budget', 'execution_rate_mismatch']);
    expect(t.departmentOf(OVERRUN)).toBeUndefined();
  });
  it('lists the one problem', () => {
    expect(problems(OVERRUN)).toEqual([
      [13, '车辆采购预算测算不够精准，未充分考虑上牌、改装等配套费用', '执法执勤车辆购置'],
    ]);
  });
});

describe('Markdown "### （一）X项目" sub-headings with "评价得分：92分" and "评价等级：优" in lines of their own', () => {
  it('is the narrative of the county bureau with two projects', () => {
    expect(t.docOf(OWN_LINE)).toMatchObject({
      doc_kind: 'narrative',
      title: '嵩县公安局2023年度项目支出绩效自评报告',
      agency: '嵩县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 2 个项目',
    });
    expect(agencyOf('嵩县公安局')).toMatchObject({ province: '河南省', city: '洛阳市', county: '嵩县' });
  });
  it('reads each project’s score and grade from the lines below its heading', () => {
    expect(t.figuresOf(OWN_LINE)).toEqual([
      ['警用无人机购置项目', 65, 65, 63.7, 0.98, 92, '优'],
      ['派出所办案区规范化改造项目', 120, 110, 88, 0.8, 81.5, '良'],
    ]);
    expect(extras(OWN_LINE)).toEqual([
      [null, null, null, 0],
      [null, null, null, 0],
    ]);
    expect(t.sourceLines(OWN_LINE)).toEqual([
      [9, 11, 13, 15],
      [17, 19, 21, 23],
    ]);
    expect(t.flagRules(OWN_LINE)).toEqual([]);
    // "对2个重点项目开展了绩效自评" counts the projects listed: no department figure.
    expect(t.departmentOf(OWN_LINE)).toBeUndefined();
  });
  it('lists the two problems, named by no project’s full name, as the document’s', () => {
    expect(problems(OWN_LINE)).toEqual([
      [27, '办案区改造项目受施工审批影响，工期滞后，资金支付进度偏慢', null],
      [28, '无人机操作人员培训不足，设备使用率不高', null],
    ]);
  });
});

describe('部门整体 report: "全年预算数10,236.58万元，全年执行数9,874.21万元，预算执行率96.46%", "共涉及18个项目"', () => {
  it('is the department report of the county bureau, with no project rows', () => {
    expect(t.docOf(EIGHTEEN)).toMatchObject({
      doc_kind: 'department_overall',
      title: '洪雅县公安局2023年度部门整体支出绩效自评报告',
      agency: '洪雅县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(agencyOf('洪雅县公安局')).toMatchObject({ province: '四川省', city: '眉山市', county: '洪雅县' });
    expect(t.projectsOf(EIGHTEEN)).toEqual([]);
  });
  it('reads the full-year budget, execution, rate, project count, average and department score', () => {
    expect(t.departmentFigures(EIGHTEEN, 'range')).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: 10236.58,
      executed: 9874.21,
      execution_rate_reported: 0.9646,
      total_score: 94.5,
      project_count: 18,
      average_score: 92.6,
      lines: [
        [7, 7],
        [10, 10],
        [13, 13],
      ],
    });
    expect(t.departmentOf(EIGHTEEN)?.execution_rate).toBeCloseTo(9874.21 / 10236.58, 10);
    expect(t.flagRules(EIGHTEEN)).toEqual([]);
  });
  it('splits "一是…；二是…" into two problems of the department', () => {
    expect(problems(EIGHTEEN)).toEqual([
      [16, '部分项目绩效目标设置不够细化，量化指标偏少', null],
      [16, '预算执行进度前慢后快，年底集中支付现象仍然存在', null],
    ]);
  });
});

describe('"项目总投资2,400万元，本年度预算安排800万元，全年实际支出760万元"', () => {
  it('is the narrative of the county bureau', () => {
    expect(t.docOf(INVESTMENT)).toMatchObject({
      doc_kind: 'narrative',
      title: '乐亭县公安局2024年度智慧警务指挥中心建设项目绩效自评报告',
      agency: '乐亭县公安局',
      year: 2024,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('乐亭县公安局')).toMatchObject({ province: '河北省', city: '唐山市', county: '乐亭县' });
  });
  it('reads the year’s budget, not the investment over three years', () => {
    expect(t.figuresOf(INVESTMENT)).toEqual([['智慧警务指挥中心建设', null, 800, 760, 0.95, 91, '优秀']]);
    expect(t.projectsOf(INVESTMENT)[0]?.grade_band).toBe('优');
    expect(extras(INVESTMENT)).toEqual([[null, null, null, 0]]);
    expect(t.sourceLines(INVESTMENT)).toEqual([[1, 4, 10]]);
    expect(t.flagRules(INVESTMENT)).toEqual([]);
    expect(t.departmentOf(INVESTMENT)).toBeUndefined();
    expect(problems(INVESTMENT)).toEqual([
      [13, '项目跨年度实施，分年度绩效目标与总体目标衔接不够紧密', '智慧警务指挥中心建设'],
    ]);
  });
});

describe('部门整体 report in 亿元: "年初预算1.25亿元，调整后预算1.38亿元，实际支出1.31亿元"', () => {
  it('is the department report of the city bureau', () => {
    expect(t.docOf(YI)).toMatchObject({
      doc_kind: 'department_overall',
      title: '宁乡市公安局2023年度部门整体支出绩效自评报告',
      agency: '宁乡市公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(agencyOf('宁乡市公安局')).toMatchObject({ province: '湖南省', city: '长沙市', county: '宁乡市' });
  });
  it('reads the amounts in 万元 and the department score', () => {
    expect(t.departmentFigures(YI, 'range')).toEqual({
      year: 2023,
      budget_initial: 12500,
      budget_adjusted: 13800,
      executed: 13100,
      execution_rate_reported: 0.9493,
      total_score: 91.5,
      project_count: null,
      average_score: null,
      lines: [
        [7, 7],
        [10, 10],
      ],
    });
    expect(t.flagRules(YI)).toEqual([]);
    expect(problems(YI)).toEqual([
      [13, '项目预算编制精细化程度不高', null],
      [14, '部分专项资金支出进度偏慢', null],
    ]);
  });
});

describe('two projects in one paragraph: "A项目年初预算50万元，…，自评得分95分；B项目年初预算30万元，…"', () => {
  it('is the narrative of the county bureau with two projects', () => {
    expect(t.docOf(SEMICOLON)).toMatchObject({
      doc_kind: 'narrative',
      title: '柘荣县公安局2023年度项目支出绩效自评报告',
      agency: '柘荣县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 2 个项目',
    });
    expect(agencyOf('柘荣县公安局')).toMatchObject({ province: '福建省', city: '宁德市', county: '柘荣县' });
  });
  it('reads each project’s figures up to the "；", the first one’s no longer taking all', () => {
    // Both come from line 7: in name order.
    const byName = (a: Figures, b: Figures) => a[0].localeCompare(b[0]);
    expect(t.figuresOf(SEMICOLON).sort(byName)).toEqual([
      ['看守所安全防范设施维护', 30, null, 21, 0.7, 78, null],
      ['禁毒宣传教育', 50, null, 48, 0.96, 95, null],
    ]);
    expect(
      t
        .projectsOf(SEMICOLON)
        .map((p) => p.aliases)
        .sort(),
    ).toEqual([['看守所安全防范设施维护项目'], ['禁毒宣传教育项目']]);
    expect(t.sourceLines(SEMICOLON)).toEqual([[7], [7]]);
    expect(t.flagRules(SEMICOLON)).toEqual([]);
    expect(t.departmentOf(SEMICOLON)).toBeUndefined();
  });
  it('attributes the problem naming the second project to it', () => {
    expect(problems(SEMICOLON)).toEqual([
      [10, '看守所安全防范设施维护项目部分维修合同签订较晚，资金支付滞后', '看守所安全防范设施维护'],
    ]);
  });
});

describe('部门决算 情况说明: 财政拨款 年初预算 and 支出决算, "共涉及项目12个", one project in 预算绩效情况说明', () => {
  it('is the final accounts of the county bureau', () => {
    expect(t.docOf(ACCOUNTS)).toMatchObject({
      doc_kind: 'final_accounts',
      title: '榆中县公安局2023年度部门决算',
      agency: '榆中县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目，含部门整体数据',
    });
    expect(agencyOf('榆中县公安局')).toMatchObject({ province: '甘肃省', city: '兰州市', county: '榆中县' });
  });
  it('reads the department’s 年初预算, 支出决算 and rate, not the 收入总计 nor the projects’ 资金', () => {
    expect(t.departmentFigures(ACCOUNTS, 'range')).toEqual({
      year: 2023,
      budget_initial: 6120,
      budget_adjusted: null,
      executed: 6515.37,
      execution_rate_reported: 1.065,
      total_score: null,
      project_count: 12,
      average_score: null,
      lines: [
        [9, 9],
        [12, 12],
      ],
    });
    // 决算 over 年初预算 (追加了执法办案经费): spending above the budget, flagged as the rule says.
    expect(t.flagRules(ACCOUNTS)).toEqual(['executed_exceeds_budget']);
  });
  it('reads the project of 项目绩效自评结果', () => {
    expect(t.figuresOf(ACCOUNTS)).toEqual([['执法办案经费', null, 420, 415.8, 0.99, 96, null]]);
    expect(t.projectsOf(ACCOUNTS)[0]?.aliases).toEqual(['执法办案经费项目']);
    expect(t.sourceLines(ACCOUNTS)).toEqual([[13]]);
    expect(problems(ACCOUNTS)).toEqual([]);
  });
});

describe('"综合评分为87.5分，评定等级为\'良\'" and "其中预算执行指标10分，得9.75分"', () => {
  it('is the narrative of the county bureau', () => {
    expect(t.docOf(QUOTE)).toMatchObject({
      doc_kind: 'narrative',
      title: '叙永县公安局2022年度交通管理设施维护项目绩效自评报告',
      agency: '叙永县公安局',
      year: 2022,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('叙永县公安局')).toMatchObject({ province: '四川省', city: '泸州市', county: '叙永县' });
  });
  it('reads the grade in ASCII quotes and the execution part', () => {
    expect(t.figuresOf(QUOTE)).toEqual([['交通管理设施维护', 85, 92, 89.7, 0.975, 87.5, '良']]);
    expect(extras(QUOTE)).toEqual([[10, 9.75, null, 0]]);
    expect(t.sourceLines(QUOTE)).toEqual([[1, 4, 7, 10]]);
    expect(t.flagRules(QUOTE)).toEqual([]);
    expect(t.departmentOf(QUOTE)).toBeUndefined();
    expect(problems(QUOTE)).toEqual([
      [13, '部分路口信号灯设备老化，维修频次高', '交通管理设施维护'],
      [14, '维护单位考核办法不够完善', '交通管理设施维护'],
    ]);
  });
});

describe('Word web page: "截至6月底，累计支出0.45亿元，支出进度37.5%" before "截至12月31日，累计支出1.16亿元"', () => {
  it('is the narrative of the county bureau with two projects', () => {
    expect(t.docOf(HALF_YEAR)).toMatchObject({
      doc_kind: 'narrative',
      title: '汝阳县公安局2023年度项目支出绩效自评报告',
      agency: '汝阳县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 2 个项目',
    });
    expect(agencyOf('汝阳县公安局')).toMatchObject({ province: '河南省', city: '洛阳市', county: '汝阳县' });
  });
  it('reads the year’s spending and progress, not the mid-year ones, and a grade in ‘’ quotes', () => {
    expect(t.figuresOf(HALF_YEAR)).toEqual([
      ['城市视频监控三期建设项目', null, 12000, 11600, 0.9667, 93, '优'],
      ['执法办案中心运行保障经费', 180, null, 176.4, 0.98, 89.5, '良'],
    ]);
    expect(t.sourceLines(HALF_YEAR)).toEqual([
      [5, 6, 7, 8],
      [9, 10, 11],
    ]);
    // No high_score_low_execution nor rate mismatch from the mid-year 37.5%.
    expect(t.flagRules(HALF_YEAR)).toEqual([]);
    expect(t.departmentOf(HALF_YEAR)).toBeUndefined();
  });
  it('keeps the problem naming the project by a shorter name the document’s', () => {
    expect(problems(HALF_YEAR)).toEqual([
      [13, '视频监控三期建设项目上半年支出进度偏慢，资金集中在下半年支付', null],
    ]);
  });
});

describe('部门整体 "部门预算资金总额4,862.30万元，其中…", "全年累计支出", "综合评分为92.3分，评定等级为“优”"', () => {
  it('is the department report of the county bureau', () => {
    expect(t.docOf(FUNDS_TOTAL)).toMatchObject({
      doc_kind: 'department_overall',
      title: '通榆县公安局2023年度部门整体支出绩效自评报告',
      agency: '通榆县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(agencyOf('通榆县公安局')).toMatchObject({ province: '吉林省', city: '白城市', county: '通榆县' });
    expect(t.projectsOf(FUNDS_TOTAL)).toEqual([]);
  });
  it('reads the total as the budget, not its parts nor the projects’ 资金', () => {
    expect(t.departmentFigures(FUNDS_TOTAL, 'range')).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: 4862.3,
      executed: 4701.55,
      execution_rate_reported: 0.9669,
      total_score: 92.3,
      project_count: 9,
      average_score: null,
      lines: [
        [3, 3],
        [5, 5],
        [7, 7],
      ],
    });
    expect(t.flagRules(FUNDS_TOTAL)).toEqual([]);
    expect(problems(FUNDS_TOTAL)).toEqual([[9, '部分项目绩效目标不够明确', null]]);
  });
});

describe('部门整体 "截至6月底，累计支出1,200.00万元，支出进度42.1%；全年实际支出2,790.40万元，预算执行率97.91%"', () => {
  it('reads the year’s spending and rate, not the mid-year ones', () => {
    expect(t.docOf(MID_YEAR)).toMatchObject({
      doc_kind: 'department_overall',
      title: '通化县公安局2023年度部门整体支出绩效自评报告',
      agency: '通化县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(t.departmentFigures(MID_YEAR, 'range')).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: 2850,
      executed: 2790.4,
      execution_rate_reported: 0.9791,
      total_score: null,
      project_count: null,
      average_score: null,
      lines: [[5, 5]],
    });
    expect(t.flagRules(MID_YEAR)).toEqual([]);
    expect(problems(MID_YEAR)).toEqual([[7, '上半年支出进度偏慢，预算执行均衡性有待提高', null]]);
  });
});
