/**
 * Round-11 probes, prose and document facts: a 第三方 report whose project ("…禁毒专项资金") stands on
 * the title line above "第三方绩效评价报告", and a title wrapped the same way over "绩效自评报告"; a
 * "关于…的报告" on two projects headed "一、X项目绩效自评情况", signed by the bureau with a date; a
 * 部门整体 report comparing with last year ("上年全年支出…，本年全年支出…"); a rolling project's
 * other years ("2022年安排资金200万元，实际支出198.5万元"); a 部门决算 whose 本年支出合计 precedes
 * the 年初预算 / 支出决算 pair its rate is of, and which names other agencies' transfers; problems
 * in a table under "存在的问题及整改措施", in a 偏差分析 paragraph ("主要原因是…；同时…"), as ①②③
 * under topic lines "（一）预算编制方面"; background needs in 项目概况 ("识别率偏低") that are no
 * problems; a 封面 block ("项目单位（盖章）：", "评价年度：2023年度"); an abbreviated 自治州 支队
 * and a 大队 of a 分局; a cover letter (函) with the report after it; an audit report, a 政府信息公开
 * 年度报告 whose body names another year, and a 部门预算公开说明 quoting last year's execution — all
 * unrelated.
 */
import { describe, expect, it } from 'vitest';
import { otherYearAt } from '../../src/ingest/extract/department.ts';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const THIRD_PARTY = 'r11p-third-party-special-funds.txt';
const WRAPPED = 'r11p-deviation-paragraph-problems.txt';
const ABOUT_TWO = 'r11p-about-report-two-projects.txt';
const TONGBI = 'r11p-department-tongbi.txt';
const ROLLING = 'r11p-rolling-project-years.txt';
const ACCOUNTS = 'r11p-final-accounts-other-agencies.txt';
const PROBLEM_TABLE = 'r11p-problems-table-in-prose.txt';
const CIRCLED = 'r11p-department-numbered-circled.txt';
const COVER = 'r11p-cover-block.txt';
const DETACHMENT = 'r11p-detachment-abbreviation.txt';
const BRIGADE = 'r11p-branch-brigade-nested.txt';
const LETTER = 'r11p-cover-letter-department.txt';
const AUDIT = 'r11p-unrelated-audit-report.txt';
const DISCLOSURE = 'r11p-unrelated-disclosure-report.txt';
const BUDGET = 'r11p-unrelated-budget-with-last-year.txt';
const CAUSE_MEASURE = 'r11p-problem-cause-measure.txt';
const FINANCE_DEPARTMENT = 'r11p-finance-bureau-department.txt';
const EDITOR_LABEL = 'r11p-editor-label-seal.txt';
/** Round-10 reports by another body about the bureau, whose projects this round reads. */
const FINANCE_BUREAU = 'r10d-finance-bureau-about.txt';
const FIRM = 'r10d-third-party-firm.txt';

const t = ingestBeforeAll(LAYOUTS, [
  THIRD_PARTY,
  WRAPPED,
  ABOUT_TWO,
  TONGBI,
  ROLLING,
  ACCOUNTS,
  PROBLEM_TABLE,
  CIRCLED,
  COVER,
  DETACHMENT,
  BRIGADE,
  LETTER,
  AUDIT,
  DISCLOSURE,
  BUDGET,
  CAUSE_MEASURE,
  FINANCE_DEPARTMENT,
  EDITOR_LABEL,
  FINANCE_BUREAU,
  FIRM,
]);

/** The agency row: [aliases, province, city, county]. */
function agencyRow(name: string): [string[], string | null, string | null, string | null] | undefined {
  const a = t.tables.agencies.find((x) => x.name === name);
  return a && [a.aliases, a.province, a.city, a.county];
}

/** The file's projects beyond the figures as [aliases, grade_band, weight, score, code, indicator count]. */
function extras(file: string): unknown[][] {
  return t
    .projectsOf(file)
    .map((p) => [p.aliases, p.grade_band, p.execution_weight, p.execution_score, p.code, p.indicator_count]);
}

const ONE_PROJECT = '已提取 1 个项目';
const DEPARTMENT_ONLY = '已提取 0 个项目，含部门整体数据';
const UNRELATED = '未发现绩效自评内容（无项目表、无绩效目标或自评得分），未提取数据';

describe('a project named on the title line above "第三方绩效评价报告" / "绩效自评报告"', () => {
  it('reads the 第三方 report as the narrative of the bureau evaluated', () => {
    expect(t.documentFacts(THIRD_PARTY)).toEqual([
      'narrative',
      '乐山市市中区公安分局2023年度禁毒专项资金第三方绩效评价报告',
      '乐山市市中区公安分局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(agencyRow('乐山市市中区公安分局')).toEqual([[], '四川省', '乐山市', '市中区']);
  });
  it('makes the 专项资金 the title names a project with the figures, not the department', () => {
    expect(t.figuresOf(THIRD_PARTY)).toEqual([['禁毒专项资金', 85, 92, 88.32, 0.96, 86.5, '良']]);
    expect(t.projectsOf(THIRD_PARTY)[0]?.execution_rate).toBe(0.96);
    expect(extras(THIRD_PARTY)).toEqual([[[], '良', null, null, null, 0]]);
    expect(t.sourceLines(THIRD_PARTY)).toEqual([[1, 8, 11]]);
    expect(t.departmentOf(THIRD_PARTY)).toBeUndefined();
    expect(t.flagRules(THIRD_PARTY)).toEqual([]);
  });
  it('lists the two problems as the project’s, not the 意见建议', () => {
    expect(t.problemsAttributed(THIRD_PARTY)).toEqual([
      [
        14,
        '绩效目标设置不够细化，部分指标难以量化',
        ['绩效目标不明确/不可量化', '指标体系不完善'],
        '禁毒专项资金',
      ],
      [15, '禁毒宣传活动台账资料不完整', ['监控与管理机制不健全'], '禁毒专项资金'],
    ]);
  });

  it('reads the 财政局’s and the firm’s reports of round 10 as one project each', () => {
    expect(t.figuresOf(FINANCE_BUREAU)).toEqual([['交通管理专项资金', 540, 560, 548.3, 0.9791, 91, '优']]);
    expect(t.departmentOf(FINANCE_BUREAU)).toBeUndefined();
    expect(t.problemsAttributed(FINANCE_BUREAU)).toEqual([
      [7, '电子警察设备更新资金拨付进度偏慢', ['执行进度滞后'], '交通管理专项资金'],
    ]);
    expect(t.figuresOf(FIRM)).toEqual([['雪亮工程运维项目', 320, 320, 301.5, 0.9422, 88.5, '良']]);
    expect(t.departmentOf(FIRM)).toBeUndefined();
    expect(t.problemsOf(FIRM).map((q) => q.line)).toEqual([10, 11]);
    expect(t.problemsOf(FIRM).every((q) => q.project_id === t.projectsOf(FIRM)[0]?.project_id)).toBe(true);
  });

  it('reads a title wrapped over "绩效自评报告" as one project’s report', () => {
    expect(t.documentFacts(WRAPPED)).toEqual([
      'narrative',
      '蓬莱市公安局2023年度海岸线治安巡防经费绩效自评报告',
      '蓬莱市公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    // 蓬莱市 is now 烟台市蓬莱区.
    expect(agencyRow('蓬莱市公安局')).toEqual([[], '山东省', '烟台市', '蓬莱区']);
    expect(t.figuresOf(WRAPPED)).toEqual([['海岸线治安巡防经费', 96, 96, 81.6, 0.85, 87, '良']]);
    expect(extras(WRAPPED)).toEqual([[[], '良', null, null, null, 0]]);
    expect(t.sourceLines(WRAPPED)).toEqual([[1, 8, 14]]);
    expect(t.departmentOf(WRAPPED)).toBeUndefined();
    expect(t.flagRules(WRAPPED)).toEqual([]);
  });
  it('reads the causes a 偏差分析 paragraph gives, without its lead-in or "同时"', () => {
    expect(t.problemsAttributed(WRAPPED)).toEqual([
      [
        11,
        '岸线视频监控维护合同签订滞后，导致第四季度维护费用未能支付',
        ['执行进度滞后', '设备与系统运维'],
        '海岸线治安巡防经费',
      ],
      [11, '巡防船艇维修采购流程较长，部分维修费用未在年内结算', ['执行进度滞后'], '海岸线治安巡防经费'],
    ]);
  });
});

describe('"关于…的报告" on two projects headed "一、X项目绩效自评情况", signed with a date', () => {
  it('takes the agency from the signature and the year from the title', () => {
    expect(t.documentFacts(ABOUT_TWO)).toEqual([
      'narrative',
      '关于2023年度项目支出绩效自评情况的报告',
      '莒县公安局',
      2023,
      'ok',
      '已提取 2 个项目',
    ]);
    expect(agencyRow('莒县公安局')).toEqual([[], '山东省', '日照市', '莒县']);
  });
  it('reads each heading’s project with its figures; no department figures are left', () => {
    expect(t.figuresOf(ABOUT_TWO)).toEqual([
      ['视频监控运维项目', 180, 180, 171, 0.95, 93, '优'],
      ['执法办案装备购置项目', 60, 75, 74.25, 0.99, 88, '良'],
    ]);
    expect(extras(ABOUT_TWO)).toEqual([
      [[], '优', null, null, null, 0],
      [[], '良', null, null, null, 0],
    ]);
    expect(t.sourceLines(ABOUT_TWO)).toEqual([
      [6, 8, 9],
      [11, 13, 14],
    ]);
    expect(t.departmentOf(ABOUT_TWO)).toBeUndefined();
    expect(t.flagRules(ABOUT_TWO)).toEqual([]);
  });
  it('keeps the shared problem unattributed: it names neither project', () => {
    expect(t.problemsAttributed(ABOUT_TWO)).toEqual([
      [17, '部分装备到货时间较晚，未能及时配发基层所队', ['执行进度滞后'], null],
    ]);
  });
});

describe('figures of other years beside this year’s', () => {
  it('reads this year’s 全年支出 of a 部门整体 report, not "上年全年支出"', () => {
    expect(t.documentFacts(TONGBI)).toEqual([
      'department_overall',
      '长葛市公安局2023年度部门整体支出绩效自评报告',
      '长葛市公安局',
      2023,
      'ok',
      DEPARTMENT_ONLY,
    ]);
    expect(agencyRow('长葛市公安局')).toEqual([[], '河南省', '许昌市', '长葛市']);
    expect(t.departmentFigures(TONGBI)).toEqual({
      year: 2023,
      budget_initial: 8950,
      budget_adjusted: 9862.35,
      executed: 9715.8,
      execution_rate_reported: 0.9851,
      total_score: 93.5,
      project_count: null,
      average_score: null,
      lines: [8, 12],
    });
    expect(t.flagRules(TONGBI)).toEqual([]);
    expect(t.problemsAttributed(TONGBI)).toEqual([
      [15, '项目支出结转较多，部分项目资金拨付不及时', ['执行进度滞后'], null],
      [16, '部分绩效指标设置偏粗，未能全面反映工作成效', ['指标体系不完善'], null],
    ]);
  });

  it('reads a rolling project’s 2023 figures, not its 2022 spending or 2024 plan', () => {
    expect(t.documentFacts(ROLLING)).toEqual([
      'narrative',
      '泸水市公安局2023年度边境检查站运行保障项目绩效自评报告',
      '泸水市公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(agencyRow('泸水市公安局')).toEqual([[], '云南省', '怒江傈僳族自治州', '泸水市']);
    expect(t.figuresOf(ROLLING)).toEqual([['边境检查站运行保障', 200, 210, 205.8, 0.98, 94, '优']]);
    expect(t.projectsOf(ROLLING)[0]?.execution_rate).toBe(0.98);
    expect(extras(ROLLING)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(ROLLING)).toEqual([[1, 7, 10]]);
    expect(t.departmentOf(ROLLING)).toBeUndefined();
    expect(t.flagRules(ROLLING)).toEqual([]);
  });
  it('splits "①…；②…；③…" into three problems', () => {
    expect(t.problemsAttributed(ROLLING)).toEqual([
      [13, '查验设备更新周期长，未能及时更换故障设备', ['设备与系统运维'], '边境检查站运行保障'],
      [13, '部分检查站营房设施老旧，维修资金不足', ['资金保障不足'], '边境检查站运行保障'],
      [13, '驻站人员补助标准偏低', ['资金保障不足'], '边境检查站运行保障'],
    ]);
  });
});

describe('a 部门决算 whose 本年支出合计 comes before the 年初预算 / 支出决算 its rate is of', () => {
  it('is the final accounts of the county-level city bureau', () => {
    expect(t.documentFacts(ACCOUNTS)).toEqual([
      'final_accounts',
      '绥芬河市公安局2023年度部门决算',
      '绥芬河市公安局',
      2023,
      'ok',
      '已提取 1 个项目，含部门整体数据',
    ]);
    expect(agencyRow('绥芬河市公安局')).toEqual([[], '黑龙江省', '牡丹江市', '绥芬河市']);
    expect(t.tables.agencies.map((a) => a.name)).not.toContain('牡丹江市公安局');
  });
  it('pairs 3,980.20 with 3,650.00 as the report’s 109.05% does, not 本年支出合计 4,052.16', () => {
    expect(t.departmentFigures(ACCOUNTS)).toEqual({
      year: 2023,
      budget_initial: 3650,
      budget_adjusted: null,
      executed: 3980.2,
      execution_rate_reported: 1.0905,
      total_score: null,
      project_count: 6,
      average_score: null,
      lines: [17, 21],
    });
    // The report itself says it spent 109.05 % of the 年初预算.
    expect(t.flagRules(ACCOUNTS)).toEqual(['executed_exceeds_budget']);
  });
  it('reads the one project the 预算绩效 part reports, and no other agency’s transfer as one', () => {
    expect(t.figuresOf(ACCOUNTS)).toEqual([['边境管控设施运维', null, 150, 146.3, 0.9753, 95, null]]);
    expect(extras(ACCOUNTS)).toEqual([[['边境管控设施运维项目'], '优', null, null, null, 0]]);
    expect(t.sourceLines(ACCOUNTS)).toEqual([[22]]);
    expect(t.problemsAttributed(ACCOUNTS)).toEqual([]);
  });
});

describe('problems in new shapes', () => {
  it('reads the 存在问题 column of a problems-and-measures table, not the measures', () => {
    expect(t.documentFacts(PROBLEM_TABLE)).toEqual([
      'narrative',
      '霍邱县公安局2023年度看守所监控系统升级改造项目绩效自评报告',
      '霍邱县公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(agencyRow('霍邱县公安局')).toEqual([[], '安徽省', '六安市', '霍邱县']);
    expect(t.figuresOf(PROBLEM_TABLE)).toEqual([['看守所监控系统升级改造', 210, 210, 189, 0.9, 89, '良']]);
    expect(extras(PROBLEM_TABLE)).toEqual([[[], '良', null, null, null, 0]]);
    expect(t.sourceLines(PROBLEM_TABLE)).toEqual([[1, 7, 10]]);
    expect(t.flagRules(PROBLEM_TABLE)).toEqual([]);
    expect(t.problemsAttributed(PROBLEM_TABLE)).toEqual([
      [14, '部分设备安装调试滞后，影响项目验收进度', ['执行进度滞后'], '看守所监控系统升级改造'],
      [15, '项目尾款21万元未在年内支付', ['执行进度滞后'], '看守所监控系统升级改造'],
    ]);
  });

  it('reads ①② items under "（一）预算编制方面", the topic lines being no problems', () => {
    expect(t.documentFacts(CIRCLED)).toEqual([
      'department_overall',
      '泰兴市公安局部门整体支出绩效自评报告',
      '泰兴市公安局',
      2023,
      'ok',
      '已提取 2 个项目，含部门整体数据',
    ]);
    expect(agencyRow('泰兴市公安局')).toEqual([[], '江苏省', '泰州市', '泰兴市']);
    expect(t.problemsAttributed(CIRCLED)).toEqual([
      [15, '基本支出中公用经费测算标准偏低', ['资金保障不足'], null],
      [15, '部分项目预算编制不够精准，年中追加调整较多', ['预算编制不精准'], null],
      [17, '绩效自评结果未与下年度预算安排有效挂钩', ['评价结果应用不充分'], null],
      [17, '部分绩效指标难以量化', ['指标体系不完善'], null],
    ]);
  });
  it('reads the 资金总额 as the full-year budget and the department’s score, not a project’s', () => {
    expect(t.departmentFigures(CIRCLED)).toEqual({
      year: 2023,
      budget_initial: 11980,
      budget_adjusted: 12360,
      executed: 12114.6,
      execution_rate_reported: 0.9801,
      total_score: 91,
      project_count: null,
      average_score: null,
      lines: [8, 11],
    });
    expect(t.flagRules(CIRCLED)).toEqual([]);
    // No table lists the projects: a score under a project's name is that project's, with no amounts.
    expect(t.figuresOf(CIRCLED)).toEqual([
      ['天网工程运维', null, null, null, null, 95, null],
      ['执法办案管理中心运行', null, null, null, null, 89, null],
    ]);
    expect(t.projectsOf(CIRCLED).map((p) => [p.aliases, p.grade_band, p.indicator_count])).toEqual([
      [['天网工程运维项目'], '优', 0],
      [['执法办案管理中心运行项目'], '良', 0],
    ]);
    expect(t.sourceLines(CIRCLED)).toEqual([[11], [11]]);
  });
});

describe('document facts in a 封面 block, an abbreviated 支队, a 分局’s 大队, a cover letter', () => {
  it('reads the 封面 labels and the project named there; 项目概况’s needs are no problems', () => {
    expect(t.documentFacts(COVER)).toEqual([
      'narrative',
      '项目支出绩效自评报告',
      '扎兰屯市公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(agencyRow('扎兰屯市公安局')).toEqual([[], '内蒙古自治区', '呼伦贝尔市', '扎兰屯市']);
    expect(t.figuresOf(COVER)).toEqual([['城区治安卡口升级改造', 135, 135, 132.3, 0.98, 95, '优']]);
    expect(extras(COVER)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(COVER)).toEqual([[3, 14, 17]]);
    expect(t.departmentOf(COVER)).toBeUndefined();
    expect(t.flagRules(COVER)).toEqual([]);
    expect(t.problemsAttributed(COVER)).toEqual([
      [20, '卡口运维经费未纳入年度预算，后续运维保障存在缺口', ['预算编制不精准'], '城区治安卡口升级改造'],
    ]);
  });

  it('puts a 支队 of an abbreviated 自治州 (大理州) in its prefecture', () => {
    expect(t.documentFacts(DETACHMENT)).toEqual([
      'narrative',
      '大理州公安局禁毒支队2023年度禁毒宣传教育经费绩效自评报告',
      '大理州公安局禁毒支队',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(agencyRow('大理州公安局禁毒支队')).toEqual([[], '云南省', '大理白族自治州', null]);
    expect(t.figuresOf(DETACHMENT)).toEqual([['禁毒宣传教育经费', 45, 45, 44.1, 0.98, 96, '优']]);
    expect(extras(DETACHMENT)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(DETACHMENT)).toEqual([[2, 8, 11]]);
    expect(t.flagRules(DETACHMENT)).toEqual([]);
    expect(t.problemsAttributed(DETACHMENT)).toEqual([
      [14, '农村地区禁毒宣传覆盖面仍有不足', ['其他'], '禁毒宣传教育经费'],
    ]);
  });

  it('reads a 分局’s 大队 report as the 分局’s, as it is signed', () => {
    expect(t.documentFacts(BRIGADE)).toEqual([
      'narrative',
      '郑州市公安局金水分局刑事侦查大队2023年度刑事技术设备购置项目绩效自评报告',
      '郑州市公安局金水分局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(agencyRow('郑州市公安局金水分局')).toEqual([[], '河南省', '郑州市', '金水区']);
    expect(t.figuresOf(BRIGADE)).toEqual([['刑事技术设备购置', 88, 88, 86.24, 0.98, 93, '优']]);
    expect(extras(BRIGADE)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(BRIGADE)).toEqual([[2, 8, 11]]);
    expect(t.flagRules(BRIGADE)).toEqual([]);
    expect(t.problemsAttributed(BRIGADE)).toEqual([
      [14, '现场勘查箱配发后使用培训不足，部分民警操作不熟练', ['人员与能力不足'], '刑事技术设备购置'],
    ]);
  });

  it('reads a cover letter (函) with the report after it as that department report', () => {
    expect(t.documentFacts(LETTER)).toEqual([
      'department_overall',
      // The report's own title, not the letter's (关于报送…的函).
      '东阿县公安局2023年度部门整体支出绩效自评报告',
      '东阿县公安局',
      2023,
      'ok',
      DEPARTMENT_ONLY,
    ]);
    expect(agencyRow('东阿县公安局')).toEqual([[], '山东省', '聊城市', '东阿县']);
    expect(t.departmentFigures(LETTER)).toEqual({
      year: 2023,
      budget_initial: 6420,
      budget_adjusted: 6880,
      executed: 6742.4,
      execution_rate_reported: 0.98,
      total_score: 92,
      project_count: null,
      average_score: null,
      lines: [16, 18],
    });
    expect(t.flagRules(LETTER)).toEqual([]);
    expect(t.problemsAttributed(LETTER)).toEqual([
      [20, '部分项目预算执行进度前慢后快，四季度支出占比偏高', ['执行进度滞后'], null],
    ]);
  });
});

describe('documents that look related but are no self-evaluation', () => {
  it.each([
    [AUDIT, '关于肥城市公安局2023年度预算执行情况的审计报告', '肥城市公安局', 2023],
    // The title's 2023年, not the "2022年度部门决算" its body says it published.
    [DISCLOSURE, '新泰市公安局2023年政府信息公开工作年度报告', '新泰市公安局', 2023],
    // A budget for 2024 that quotes last year's execution rate and scores.
    [BUDGET, '沭阳县公安局2024年部门预算公开说明', '沭阳县公安局', 2024],
  ])(
    'reads %s as unrelated, with no projects, department, problems or flags',
    (file, title, agency, year) => {
      expect(t.documentFacts(file)).toEqual(['unrelated', title, agency, year, 'unrecognized', UNRELATED]);
      expect(t.projectsOf(file)).toEqual([]);
      expect(t.departmentOf(file)).toBeUndefined();
      expect(t.problemsOf(file)).toEqual([]);
      expect(t.flagRules(file)).toEqual([]);
    },
  );
});

describe('"问题一：…。原因：…。措施：…" items, a 财政局’s 部门整体 evaluation, an 编制单位 label', () => {
  it('reads each labelled problem and its cause, not the measure, in a "问题、原因及措施" section', () => {
    expect(t.documentFacts(CAUSE_MEASURE)).toEqual([
      'narrative',
      '2023年度项目支出绩效自评报告',
      '永嘉县公安局',
      2023,
      'ok',
      ONE_PROJECT,
    ]);
    expect(agencyRow('永嘉县公安局')).toEqual([[], '浙江省', '温州市', '永嘉县']);
    // "执行率同比提高3个百分点" is a change, not a rate.
    expect(t.figuresOf(CAUSE_MEASURE)).toEqual([
      ['公安检查站智能查验系统建设项目', null, 160, 152, 0.95, 91, '优'],
    ]);
    expect(extras(CAUSE_MEASURE)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(CAUSE_MEASURE)).toEqual([[1, 10, 13]]);
    expect(t.flagRules(CAUSE_MEASURE)).toEqual([]);
    const project = '公安检查站智能查验系统建设项目';
    expect(t.problemsAttributed(CAUSE_MEASURE)).toEqual([
      [16, '算法模型训练样本不足', ['其他'], project],
      [16, '系统试运行期间误报率偏高', ['设备与系统运维'], project],
      [17, '培训次数少', ['人员与能力不足'], project],
      [17, '部分民警操作不熟练', ['人员与能力不足'], project],
    ]);
  });

  it('reads a 财政局’s 部门整体 evaluation as the bureau’s department report', () => {
    expect(t.documentFacts(FINANCE_DEPARTMENT)).toEqual([
      'department_overall',
      '宁海县财政局关于宁海县公安局2023年度部门整体支出绩效评价报告',
      '宁海县公安局',
      2023,
      'ok',
      DEPARTMENT_ONLY,
    ]);
    expect(agencyRow('宁海县公安局')).toEqual([[], '浙江省', '宁波市', '宁海县']);
    expect(t.tables.agencies.some((a) => a.name.includes('财政局'))).toBe(false);
    expect(t.departmentFigures(FINANCE_DEPARTMENT)).toEqual({
      year: 2023,
      budget_initial: 9120,
      budget_adjusted: 9640.5,
      executed: 9418.37,
      execution_rate_reported: 0.977,
      total_score: 89.5,
      project_count: null,
      average_score: null,
      lines: [7, 10],
    });
    expect(t.projectsOf(FINANCE_DEPARTMENT)).toEqual([]);
    expect(t.flagRules(FINANCE_DEPARTMENT)).toEqual([]);
    expect(t.problemsAttributed(FINANCE_DEPARTMENT)).toEqual([
      [13, '部分项目绩效目标与部门职责关联度不高', ['绩效目标不明确/不可量化'], null],
      [14, '政府采购项目验收不够规范', ['其他'], null],
    ]);
  });

  it('reads the agency of an "编制单位（盖章）：" label and the year of "所属年度：2023年"', () => {
    expect(t.documentFacts(EDITOR_LABEL)).toEqual([
      'department_overall',
      '部门整体支出绩效自评报告',
      '通化县公安局',
      2023,
      'ok',
      DEPARTMENT_ONLY,
    ]);
    expect(agencyRow('通化县公安局')).toEqual([[], '吉林省', '通化市', '通化县']);
    expect(t.departmentFigures(EDITOR_LABEL)).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: 5230.6,
      executed: 5102.45,
      execution_rate_reported: 0.9755,
      total_score: 94,
      project_count: null,
      average_score: null,
      lines: [10, 13],
    });
    expect(t.flagRules(EDITOR_LABEL)).toEqual([]);
    // "无。" under 存在问题 says there is none.
    expect(t.problemsOf(EDITOR_LABEL)).toEqual([]);
  });
});

describe('a figure’s year (otherYearAt)', () => {
  const at = (text: string, figure: string, year: number | null) =>
    otherYearAt(text, text.indexOf(figure), year);
  it('dates a figure by "上年" in its clause or the last year its sentence names', () => {
    expect(at('上年全年支出9,031.42万元，本年全年支出9,715.80万元', '9,031', 2023)).toBe(true);
    expect(at('上年全年支出9,031.42万元，本年全年支出9,715.80万元', '9,715', 2023)).toBe(false);
    expect(at('2022年安排资金200万元，实际支出198.5万元；2023年年初预算200万元', '198.5', 2023)).toBe(true);
    expect(at('2022年安排资金200万元，实际支出198.5万元；2023年年初预算200万元', '200万元', 2023)).toBe(true);
    expect(at('2022年安排资金200万元；2023年年初预算150万元', '150', 2023)).toBe(false);
  });
  it('reads no year from a date, a 上年结转 or an unknown report year', () => {
    expect(at('截至2024年3月底，全年实际支出96万元', '96', 2023)).toBe(false);
    expect(at('年初预算100万元（含上年结转20万元），全年预算120万元', '120', 2023)).toBe(false);
    expect(at('2023年1-12月实际支出88万元', '88', 2023)).toBe(false);
    expect(at('2022年实际支出88万元', '88', null)).toBe(false);
  });
});
