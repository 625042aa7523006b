/**
 * Round-12 probes, prose and document facts: a 部门整体 report scoring itself item by item in prose
 * ("（一）预算编制（10分），得分9分。…扣1分"); a 自评结论 scoring three listed projects in one
 * sentence ("X项目得分96分，评价等级为优；Y经费得分81分…"); indicators quoted as targets and actual
 * values in sentences; problems labelled "存在问题一：" between 整改措施 lines, numbered items
 * interrupted by unnumbered "整改措施" headings, and topic headings with "存在问题：/改进措施：";
 * a generic title whose agency is only in the 落款 and whose year only in the body's dates; 2024
 * reports planning 2025 and comparing with 2023; amounts in 亿元; a list of projects, one sentence
 * each ("5.110指挥中心…"); a cover letter (函) before a project report; a 自评结论 "良（87分）";
 * a 部门整体 report counting its projects' grades. Also the 备注 cell of a one-cell-per-line summary.
 */
import { describe, expect, it } from 'vitest';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const SCORE_SHEET = 'r12p-department-score-sheet-prose.txt';
const CONCLUSION = 'r12p-conclusion-several-projects.txt';
const INDICATORS = 'r12p-indicator-sentences.txt';
const LABELLED = 'r12p-problems-across-measures.txt';
const ALTERNATING = 'r12p-problem-measure-alternating.txt';
const TOPICS = 'r12p-topic-problem-measure-labels.txt';
const SIGNATURE = 'r12p-signature-agency-dated-year.txt';
const NEXT_YEAR = 'r12p-next-year-plans.txt';
const YI_PROJECT = 'r12p-yi-yuan-project.txt';
const YI_DEPARTMENT = 'r12p-department-yi-next-year.txt';
const LIST = 'r12p-project-list-one-sentence.txt';
const LETTER = 'r12p-cover-letter-project.txt';
const GRADE_PAREN = 'r12p-conclusion-grade-paren.txt';
const GRADE_COUNTS = 'r12p-department-project-grades.txt';
/** Round 11's one-cell-per-line summary whose 备注 cell explains a low execution. */
const REMARK = 'r11t-summary-cell-per-line-trailing.txt';

const t = ingestBeforeAll(LAYOUTS, [
  SCORE_SHEET,
  CONCLUSION,
  INDICATORS,
  LABELLED,
  ALTERNATING,
  TOPICS,
  SIGNATURE,
  NEXT_YEAR,
  YI_PROJECT,
  YI_DEPARTMENT,
  LIST,
  LETTER,
  GRADE_PAREN,
  GRADE_COUNTS,
  REMARK,
]);

/** The file's projects beyond the figures as [implementing_unit, aliases, grade_band, indicator count]. */
function extras(file: string): unknown[][] {
  return t.projectsOf(file).map((p) => [p.implementing_unit, p.aliases, p.grade_band, p.indicator_count]);
}

const DEPARTMENT_ONLY = '已提取 0 个项目，含部门整体数据';
const ONE_PROJECT = '已提取 1 个项目';

describe('a 部门整体 report scoring itself item by item in prose', () => {
  it('takes the overall 94.1 as the department score, none of the item scores', () => {
    expect(t.documentFacts(SCORE_SHEET)).toEqual([
      'department_overall',
      '沁源县公安局2023年度部门整体支出绩效自评报告',
      '沁源县公安局',
      2023,
      'ok',
      DEPARTMENT_ONLY,
    ]);
    expect(t.departmentFigures(SCORE_SHEET)).toEqual({
      year: 2023,
      budget_initial: 8635.2,
      budget_adjusted: 9102.6,
      executed: 8920.55,
      execution_rate_reported: 0.98,
      total_score: 94.1,
      project_count: null,
      average_score: null,
      lines: [7, 17],
    });
    expect(t.projectsOf(SCORE_SHEET)).toEqual([]);
    expect(t.flagRules(SCORE_SHEET)).toEqual([]);
  });

  it('reads the reason a point was deducted as a problem, without the "扣1分"', () => {
    expect(t.problemsAttributed(SCORE_SHEET)).toEqual([
      [11, '部分项目预算编制与实际需求存在偏差', ['预算编制不精准'], null],
      [20, '预算编制精准度不高，年中追加调整较多', ['预算编制不精准'], null],
      [21, '部分项目绩效目标量化程度不够，难以考核', ['绩效目标不明确/不可量化'], null],
    ]);
  });
});

describe('a 自评结论 scoring three listed projects in one sentence', () => {
  it('gives each project its score and grade ("X项目得分96分", "Y经费得分81分")', () => {
    expect(t.documentFacts(CONCLUSION)).toEqual([
      'narrative',
      '汉寿县公安局2023年度项目支出绩效自评报告',
      '汉寿县公安局',
      2023,
      'ok',
      '已提取 3 个项目',
    ]);
    expect(t.figuresOf(CONCLUSION)).toEqual([
      ['天网工程运行维护项目', 236, null, 229.5, 0.9725, 96, '优'],
      ['执法执勤车辆购置项目', 120, 132, 132, 1, 92, '优'],
      ['禁毒宣传教育经费', 50, null, 37.5, 0.75, 81, '良'],
    ]);
    expect(t.sourceLines(CONCLUSION)).toEqual([
      [5, 10],
      [6, 10],
      [7, 10],
    ]);
    expect(extras(CONCLUSION)).toEqual([
      [null, [], '优', 0],
      [null, [], '优', 0],
      [null, [], '良', 0],
    ]);
    // "资金总额418万元" sums the three projects: no department row.
    expect(t.departmentOf(CONCLUSION)).toBeUndefined();
    expect(t.flagRules(CONCLUSION)).toEqual([]);
    expect(t.problemsAttributed(CONCLUSION)).toEqual([
      [
        13,
        '禁毒宣传教育经费受场地协调影响，部分宣传活动未按计划开展，资金支出进度滞后',
        ['执行进度滞后'],
        '禁毒宣传教育经费',
      ],
    ]);
  });
});

describe('indicators quoted in sentences (targets and actual values)', () => {
  it('reads the project and its unit from "由…组织实施"; the sentences make no indicator rows', () => {
    expect(t.documentFacts(INDICATORS)).toEqual([
      'narrative',
      '资溪县公安局2023年度看守所视频监控改造项目绩效自评报告',
      '资溪县公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(t.figuresOf(INDICATORS)).toEqual([['看守所视频监控改造', null, 65, 61.75, 0.95, 91, '优']]);
    expect(extras(INDICATORS)).toEqual([['资溪县公安局监管大队', [], '优', 0]]);
    expect(t.sourceLines(INDICATORS)).toEqual([[1, 7, 14]]);
    expect(t.flagRules(INDICATORS)).toEqual([]);
  });

  it('reads the missed satisfaction target with its cause as a problem', () => {
    expect(t.problemsAttributed(INDICATORS)).toEqual([
      [
        11,
        '民警满意度目标值≥90%，实际为86%，未达到目标值，主要原因是部分新设备操作界面与原系统差异较大，民警适应需要一定时间',
        ['其他'],
        '看守所视频监控改造',
      ],
      [
        17,
        '项目实施前对使用人员的培训安排不足，新设备投用初期使用效率不高',
        ['人员与能力不足'],
        '看守所视频监控改造',
      ],
    ]);
  });
});

describe('problems between 整改措施', () => {
  it('reads each "（一）存在问题一：…" line as a problem, without its label, and no measure', () => {
    expect(t.documentFacts(LABELLED)).toEqual([
      'narrative',
      '永泰县公安局2023年度交通信号设施维护项目支出绩效自评报告',
      '永泰县公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(t.figuresOf(LABELLED)).toEqual([['交通信号设施维护', 88, 88, 79.2, 0.9, 89, '良']]);
    expect(t.sourceLines(LABELLED)).toEqual([[1, 7, 10]]);
    expect(t.problemsAttributed(LABELLED)).toEqual([
      [
        13,
        '维护合同签订时间较晚，一季度维护工作衔接不畅',
        ['执行进度滞后', '监控与管理机制不健全'],
        '交通信号设施维护',
      ],
      [15, '部分路口信号设备使用年限较长，故障率偏高', ['设备与系统运维'], '交通信号设施维护'],
      [
        17,
        '绩效目标中“故障修复及时率”未明确时限标准，考核依据不足',
        ['绩效目标不明确/不可量化', '设备与系统运维'],
        '交通信号设施维护',
      ],
    ]);
    expect(t.flagRules(LABELLED)).toEqual([]);
  });

  it('goes on with the numbered problems after each unnumbered "整改措施" heading', () => {
    expect(t.documentFacts(ALTERNATING)).toEqual([
      'department_overall',
      '兴山县公安局2023年度部门整体支出绩效自评报告',
      '兴山县公安局',
      2023,
      'ok',
      DEPARTMENT_ONLY,
    ]);
    expect(t.departmentFigures(ALTERNATING)).toEqual({
      year: 2023,
      budget_initial: 3980,
      budget_adjusted: null,
      executed: 3860.6,
      execution_rate_reported: 0.97,
      total_score: 91,
      project_count: null,
      average_score: null,
      lines: [4, 7],
    });
    expect(t.problemsAttributed(ALTERNATING)).toEqual([
      [10, '预算执行进度不均衡，上半年支出进度仅为35%', ['执行进度滞后'], null],
      [13, '部分项目支出与预算科目对应关系不清', ['资金使用不规范'], null],
      [16, '固定资产登记不及时，部分资产账实不符', ['资金使用不规范'], null],
    ]);
    expect(t.flagRules(ALTERNATING)).toEqual([]);
  });

  it('reads "存在问题：" under topic headings, not "改进措施："', () => {
    expect(t.documentFacts(TOPICS)).toEqual([
      'narrative',
      '秭归县公安局2023年度项目支出绩效自评报告',
      '秭归县公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(t.figuresOf(TOPICS)).toEqual([['执法办案场所规范化建设', 96, 96, 86.4, 0.9, 88, '良']]);
    expect(extras(TOPICS)).toEqual([[null, ['执法办案场所规范化建设项目'], '良', 0]]);
    expect(t.sourceLines(TOPICS)).toEqual([[5, 8]]);
    expect(t.problemsAttributed(TOPICS)).toEqual([
      [12, '部分设备采购合同签订较晚，资金集中在年底支付', ['执行进度滞后'], '执法办案场所规范化建设'],
      [
        15,
        '绩效目标中质量指标表述笼统，无法准确衡量建设成效',
        ['绩效目标不明确/不可量化'],
        '执法办案场所规范化建设',
      ],
    ]);
    expect(t.flagRules(TOPICS)).toEqual([]);
  });
});

describe('a generic title: the agency only in the 落款, the year only in dates', () => {
  it('reads the project the bureau "实施了", the signing bureau and the year of the dates', () => {
    expect(t.documentFacts(SIGNATURE)).toEqual([
      'narrative',
      '项目支出绩效自评报告',
      '临朐县公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(t.figuresOf(SIGNATURE)).toEqual([['社会治安视频监控补点', null, 150, 142.5, 0.95, 93, '优']]);
    expect(t.sourceLines(SIGNATURE)).toEqual([[1, 7, 13]]);
    // The project's figures are no department's.
    expect(t.departmentOf(SIGNATURE)).toBeUndefined();
    expect(t.problemsAttributed(SIGNATURE)).toEqual([
      [16, '部分点位供电线路不稳定，设备偶有离线', ['设备与系统运维'], '社会治安视频监控补点'],
    ]);
    expect(t.flagRules(SIGNATURE)).toEqual([]);
  });
});

describe('2024 reports planning 2025 and comparing with 2023', () => {
  it('keeps 2023 spending and the 2025 plan out of the project', () => {
    expect(t.documentFacts(NEXT_YEAR)).toEqual([
      'narrative',
      '武功县公安局2024年度禁毒专项经费绩效自评报告',
      '武功县公安局',
      2024,
      'ok',
      ONE_PROJECT,
    ]);
    expect(t.figuresOf(NEXT_YEAR)).toEqual([['禁毒专项经费', 45, 48, 46.08, 0.96, 95, '优']]);
    expect(t.sourceLines(NEXT_YEAR)).toEqual([[1, 7, 13]]);
    expect(t.problemsAttributed(NEXT_YEAR)).toEqual([
      [16, '禁毒宣传形式较为单一，对农村地区覆盖不够', ['其他'], '禁毒专项经费'],
    ]);
    expect(t.flagRules(NEXT_YEAR)).toEqual([]);
  });

  it('reads a department in 亿元, not 2023’s 4.73亿元, the 2025 budget or the 95 % aim', () => {
    expect(t.documentFacts(YI_DEPARTMENT)).toEqual([
      'department_overall',
      '晋江市公安局2024年度部门整体支出绩效自评报告',
      '晋江市公安局',
      2024,
      'ok',
      DEPARTMENT_ONLY,
    ]);
    expect(t.departmentFigures(YI_DEPARTMENT)).toEqual({
      year: 2024,
      budget_initial: 48600,
      budget_adjusted: 51200,
      executed: 50176,
      execution_rate_reported: 0.98,
      total_score: 92.5,
      project_count: null,
      average_score: null,
      lines: [7, 10],
    });
    expect(t.problemsAttributed(YI_DEPARTMENT)).toEqual([
      [13, '部分项目预算调整频繁，年初预算编制的精准度有待提高', ['预算编制不精准'], null],
    ]);
    expect(t.flagRules(YI_DEPARTMENT)).toEqual([]);
  });
});

describe('a project in 亿元 with a 总投资 over several years', () => {
  it('reads the year’s figures in 万元, not the 总投资 or the spending parts', () => {
    expect(t.documentFacts(YI_PROJECT)).toEqual([
      'narrative',
      '蒙城县公安局2023年度“雪亮工程”建设项目绩效自评报告',
      '蒙城县公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(t.figuresOf(YI_PROJECT)).toEqual([['雪亮工程建设', 12000, 10500, 9870, 0.94, 90.5, '优']]);
    expect(extras(YI_PROJECT)).toEqual([['蒙城县公安局科技信息化大队', [], '优', 0]]);
    expect(t.sourceLines(YI_PROJECT)).toEqual([[1, 7, 13]]);
    expect(t.problemsAttributed(YI_PROJECT)).toEqual([
      [16, '部分乡镇点位光纤传输链路建设滞后，影响设备按期上线', ['执行进度滞后'], '雪亮工程建设'],
      [17, '项目建设期跨年度，年度预算与实际工程进度衔接不够紧密', ['监控与管理机制不健全'], '雪亮工程建设'],
    ]);
    expect(t.flagRules(YI_PROJECT)).toEqual([]);
  });
});

describe('a report that is a list of projects, one sentence each', () => {
  it('reads five projects, "5.110指挥中心…" as item 5 (not a department)', () => {
    expect(t.documentFacts(LIST)).toEqual([
      'narrative',
      '丰宁满族自治县公安局2023年度项目支出绩效自评情况',
      '丰宁满族自治县公安局',
      2023,
      'ok',
      '已提取 5 个项目',
    ]);
    expect(t.figuresOf(LIST)).toEqual([
      ['社区警务室运转经费', null, 36, 35.28, 0.98, 96, null],
      ['看守所被监管人员伙食费', null, 84, 84, 1, 98, null],
      ['巡逻防控车辆运行经费', null, 52, 46.8, 0.9, 90, null],
      ['警务技能培训经费', null, 18, 12.6, 0.7, 78, null],
      ['110指挥中心设备运维经费', null, 40, 39.2, 0.98, 95, null],
    ]);
    expect(t.sourceLines(LIST)).toEqual([[5], [6], [7], [8], [9]]);
    // "对5个项目支出开展了绩效自评" counts the listed projects: no department row.
    expect(t.departmentOf(LIST)).toBeUndefined();
    expect(t.flagRules(LIST)).toEqual([]);
  });

  it('reads the problem after an item’s figures as that project’s, without them', () => {
    expect(t.problemsAttributed(LIST)).toEqual([
      [8, '部分培训班次因场地原因未能如期举办', ['其他'], '警务技能培训经费'],
    ]);
  });
});

describe('a cover letter (函) before a project report', () => {
  it('takes the report’s title and reads its project and unit', () => {
    expect(t.documentFacts(LETTER)).toEqual([
      'narrative',
      '执法办案中心运行保障项目支出绩效自评报告',
      '泾县公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(t.figuresOf(LETTER)).toEqual([['执法办案中心运行保障', 58, 58, 55.1, 0.95, 94, '优']]);
    expect(extras(LETTER)).toEqual([['泾县公安局法制大队', [], '优', 0]]);
    // The letter's "附件：…自评报告" line names the project first.
    expect(t.sourceLines(LETTER)).toEqual([[7, 16, 18]]);
    expect(t.problemsAttributed(LETTER)).toEqual([
      [20, '办案中心智能管理系统与执法办案平台数据对接不够顺畅', ['其他'], '执法办案中心运行保障'],
    ]);
    expect(t.flagRules(LETTER)).toEqual([]);
  });
});

describe('a 自评结论 written "良（87分）" and a rate given as a formula', () => {
  it('reads the grade and the score in brackets, the unit from "负责实施"', () => {
    expect(t.documentFacts(GRADE_PAREN)).toEqual([
      'narrative',
      '桐庐县公安局2023年度县级公安检查站运行经费绩效自评报告',
      '桐庐县公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(t.figuresOf(GRADE_PAREN)).toEqual([
      ['县级公安检查站运行经费', null, 126, 116.55, 0.925, 87, '良'],
    ]);
    expect(extras(GRADE_PAREN)).toEqual([['桐庐县公安局治安管理大队', [], '良', 0]]);
    expect(t.sourceLines(GRADE_PAREN)).toEqual([[1, 7, 13]]);
    expect(t.problemsAttributed(GRADE_PAREN)).toEqual([
      [
        16,
        '检查站查验设备老化，部分设备故障后维修周期较长，影响查验效率',
        ['设备与系统运维'],
        '县级公安检查站运行经费',
      ],
    ]);
    expect(t.flagRules(GRADE_PAREN)).toEqual([]);
  });
});

describe('a 部门整体 report counting its projects’ grades', () => {
  it('reads the project count and average score, and both "一是…；二是…" problems', () => {
    expect(t.documentFacts(GRADE_COUNTS)).toEqual([
      'department_overall',
      '宁陵县公安局2023年度部门整体支出绩效自评报告',
      '宁陵县公安局',
      2023,
      'ok',
      DEPARTMENT_ONLY,
    ]);
    expect(t.departmentFigures(GRADE_COUNTS)).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: 5260,
      executed: 5102.2,
      execution_rate_reported: 0.97,
      total_score: 93,
      project_count: 8,
      average_score: 92.3,
      lines: [7, 10, 13],
    });
    expect(t.problemsAttributed(GRADE_COUNTS)).toEqual([
      [16, '个别项目绩效目标设置偏低，未能充分反映项目实施效果', ['绩效目标不明确/不可量化'], null],
      [16, '资产管理基础工作仍较薄弱，部分资产账实不符', ['资金使用不规范'], null],
    ]);
    expect(t.flagRules(GRADE_COUNTS)).toEqual([]);
  });
});

describe('the 备注 cell of a one-cell-per-line summary row', () => {
  it('is the problem of the row’s project when it explains the low execution', () => {
    expect(t.problemsAttributed(REMARK)).toEqual([
      [28, '设备到货延迟，部分资金结转下年', ['执行进度滞后'], '看守所监控系统升级'],
    ]);
  });
});
