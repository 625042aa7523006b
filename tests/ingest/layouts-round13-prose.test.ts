/**
 * Round-13 probes, prose: figures stated "respectively" ("年初预算、调整后预算和实际支出分别为120万元、
 * 126万元和118.44万元"); a 部门整体 report giving its totals with their 基本支出 / 项目支出 parts and
 * scoring projects in prose with no table listing them; a 分局 citing the 市局's and the whole
 * city's figures beside its own; a 部门整体 report scoring two projects after "其中：" with problems
 * "（1）…；（2）…" (one about 无人机 operators); a project report whose 附表 states its indicators in
 * sentences (read as indicator rows since round 14).
 */
import { describe, expect, it } from 'vitest';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const RESPECTIVELY = 'r13p-respectively-amounts.txt';
const PARTS = 'r13p-department-basic-project-parts.txt';
const BRANCH = 'r13p-branch-cites-city.txt';
const SCORES = 'r13p-department-project-respective-scores.txt';
const ANNEX = 'r13p-annex-indicator-sentences.txt';

const t = ingestBeforeAll(LAYOUTS, [RESPECTIVELY, PARTS, BRANCH, SCORES, ANNEX]);

/** The file's projects beyond the figures as [implementing_unit, aliases, grade_band, indicator count]. */
function extras(file: string): unknown[][] {
  return t.projectsOf(file).map((p) => [p.implementing_unit, p.aliases, p.grade_band, p.indicator_count]);
}

const DEPARTMENT_TWO_PROJECTS = '已提取 2 个项目，含部门整体数据';

describe('figures stated "respectively"', () => {
  it('gives each label its value: 年初预算 120, 调整后预算 126, 实际支出 118.44', () => {
    expect(t.documentFacts(RESPECTIVELY)).toEqual([
      'narrative',
      '乳山市公安局2023年度执法记录仪更新项目绩效自评报告',
      '乳山市公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresOf(RESPECTIVELY)).toEqual([['执法记录仪更新', 120, 126, 118.44, 0.94, 92, '优']]);
    expect(extras(RESPECTIVELY)).toEqual([[null, [], '优', 0]]);
    expect(t.sourceLines(RESPECTIVELY)).toEqual([[1, 7, 13]]);
    expect(t.departmentOf(RESPECTIVELY)).toBeUndefined();
    expect(t.flagRules(RESPECTIVELY)).toEqual([]);
    expect(t.problemsAttributed(RESPECTIVELY)).toEqual([
      [16, '部分采集站存储容量不足，数据上传存在延迟', ['设备与系统运维'], '执法记录仪更新'],
    ]);
  });
});

describe('a 部门整体 report with 基本支出 / 项目支出 parts and projects scored in prose', () => {
  it('reads the 预算支出总额 and 实际支出 totals, none of their parts', () => {
    expect(t.documentFacts(PARTS)).toEqual([
      'department_overall',
      '武穴市公安局2023年度部门整体支出绩效自评报告',
      '武穴市公安局',
      2023,
      'ok',
      DEPARTMENT_TWO_PROJECTS,
    ]);
    expect(t.departmentFigures(PARTS)).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: 5820.36,
      executed: 5702.11,
      execution_rate_reported: 0.9797,
      total_score: 93.5,
      project_count: null,
      average_score: 91,
      lines: [7, 10],
    });
    expect(t.flagRules(PARTS)).toEqual([]);
  });

  it('reads the two scored projects (quotes dropped), not "各项目平均得分"', () => {
    expect(t.figuresOf(PARTS)).toEqual([
      ['雪亮工程运维', null, null, null, null, 96, null],
      ['禁毒专项经费', null, null, null, null, 88, null],
    ]);
    expect(extras(PARTS)).toEqual([
      [null, ['雪亮工程运维项目'], '优', 0],
      [null, [], '良', 0],
    ]);
    expect(t.sourceLines(PARTS)).toEqual([[10], [10]]);
    expect(t.problemsAttributed(PARTS)).toEqual([
      [13, '部分绩效指标设置不够细化', ['指标体系不完善'], null],
      [13, '项目支出进度前松后紧，四季度支出占比偏高', ['执行进度滞后'], null],
    ]);
  });
});

describe('a 分局 citing the whole city’s and the 市局’s figures', () => {
  it('reads the 分局’s own budget, not "全市公安机关部门预算总额8.62亿元"', () => {
    expect(t.documentFacts(BRANCH)).toEqual([
      'department_overall',
      '柳州市公安局柳南分局2023年度部门整体支出绩效自评报告',
      '柳州市公安局柳南分局',
      2023,
      'ok',
      '已提取 0 个项目，含部门整体数据',
    ]);
    expect(t.departmentFigures(BRANCH)).toEqual({
      year: 2023,
      budget_initial: 4216.8,
      budget_adjusted: 4530.5,
      executed: 4402.37,
      execution_rate_reported: 0.9717,
      total_score: 90,
      project_count: null,
      average_score: null,
      lines: [7, 10],
    });
    expect(t.projectsOf(BRANCH)).toEqual([]);
    expect(t.flagRules(BRANCH)).toEqual([]);
    expect(t.problemsAttributed(BRANCH)).toEqual([
      [13, '资产管理不够规范，部分设备未及时登记入账', ['资金使用不规范'], null],
      [14, '政府采购执行进度偏慢', ['执行进度滞后'], null],
    ]);
  });
});

describe('a 部门整体 report scoring two projects after "其中："', () => {
  it('gives each project its score and grade; the department keeps its own 92', () => {
    expect(t.documentFacts(SCORES)).toEqual([
      'department_overall',
      '东阳市公安局2023年度部门整体支出绩效自评报告',
      '东阳市公安局',
      2023,
      'ok',
      DEPARTMENT_TWO_PROJECTS,
    ]);
    expect(t.figuresOf(SCORES)).toEqual([
      ['智慧警务平台建设', null, null, null, null, 94, '优'],
      ['警用无人机购置', null, null, null, null, 78, '中'],
    ]);
    expect(extras(SCORES)).toEqual([
      [null, ['智慧警务平台建设项目'], '优', 0],
      [null, ['警用无人机购置项目'], '中', 0],
    ]);
    expect(t.sourceLines(SCORES)).toEqual([[7], [7]]);
    expect(t.departmentFigures(SCORES)).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: 9860,
      executed: 9512.4,
      execution_rate_reported: 0.9647,
      total_score: 92,
      project_count: 2,
      average_score: null,
      lines: [4, 7],
    });
    expect(t.flagRules(SCORES)).toEqual([]);
  });

  it('reads both "（1）…；（2）…" problems: the 无 of 无人机 denies nothing', () => {
    expect(t.problemsAttributed(SCORES)).toEqual([
      [10, '无人机操作人员培训不足', ['人员与能力不足'], null],
      [10, '智慧警务平台部分模块使用率不高', ['设备与系统运维'], null],
    ]);
  });
});

describe('a project report whose 附表 states its indicators in sentences', () => {
  it('reads the project from its one sentence and the 附表 sentences as its indicators', () => {
    expect(t.documentFacts(ANNEX)).toEqual([
      'narrative',
      '蕉岭县公安局2023年度公安检查站建设项目绩效自评报告',
      '蕉岭县公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresOf(ANNEX)).toEqual([['公安检查站建设', null, 86, 84.5, 0.9826, 95, '优']]);
    expect(extras(ANNEX)).toEqual([[null, [], '优', 4]]);
    expect(t.indicatorsOf('公安检查站建设')).toEqual([
      [null, '数量指标', '新建检查站1个', '1个', '1个', 20, 20, null],
      [null, '质量指标', '设备验收合格率', '100%', '100%', 20, 20, null],
      [null, '时效指标', '项目完成时间', '2023年10月底前', '2023年11月', 10, 8, '设备到货延迟'],
      [null, '满意度指标', '群众满意度', '≥90%', '93%', 10, 10, null],
    ]);
    expect(t.sourceLines(ANNEX)).toEqual([[1, 4, 10]]);
    expect(t.departmentOf(ANNEX)).toBeUndefined();
    // The 附表 lists 60 of the points: its weights and scores do not add up to the total.
    expect(t.flagRules(ANNEX)).toEqual(['total_not_sum', 'weights_not_100']);
  });

  it('reads the problem and the deviation cause of the indicator that lost points', () => {
    expect(t.problemsAttributed(ANNEX)).toEqual([
      [7, '检查站智能查验设备利用率不高', ['设备与系统运维'], '公安检查站建设'],
      [12, '设备到货延迟', ['执行进度滞后'], '公安检查站建设'],
    ]);
  });
});
