/**
 * Round 23: documents whose department or agency figures sit where earlier rounds did not look.
 *  - A 部门整体 funds table by kind of spending ("基本支出", "项目支出") closed by its "合计" row: the
 *    department's figures are the 合计 row's (before, the first row's, 基本支出, was read).
 *  - The department's funds one figure a row and one year a column ("指标 | 2022年 | 2023年",
 *    "项目 | 上年数 | 本年数 | 增减率"): the report year's column is read (before, none was).
 *  - A 部门决算 with only its 收入支出决算总表: the executed amount is the "本年支出合计" beside its
 *    label (before, the accounts gave no figure).
 *  - A city's collection of its county bureaus' project tables, each under a heading naming the bureau
 *    and no 单位 column: each project is its bureau's (before, all were the city's, and the second
 *    heading was joined to the repeated header as a project "二、兴国县公安局项目名称").
 *  - A procurement notice buying the evaluation of the bureau's projects ("…绩效评价服务采购项目竞争性
 *    磋商公告") is unrelated (before, its 预算金额 was read as a project's budget).
 * Fixtures: tests/fixtures/layouts/r23-*, written by scripts/make-round23-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const PARTS_TOTAL = 'r23-department-parts-total.txt';
const YEAR_COLUMNS = 'r23-department-year-columns.txt';
const THIS_YEAR = 'r23-department-this-year.txt';
const ACCOUNTS_OVERVIEW = 'r23-accounts-overview-total.txt';
const AGENCY_SECTIONS = 'r23-agency-section-tables.txt';
const PROCUREMENT = 'r23-procurement-notice.txt';

const t = ingestBeforeAll(LAYOUTS, [
  PARTS_TOTAL,
  YEAR_COLUMNS,
  THIS_YEAR,
  ACCOUNTS_OVERVIEW,
  AGENCY_SECTIONS,
  PROCUREMENT,
]);

/** A department's report: its document facts, no projects, problems or flags. */
function expectDepartmentReport(file: string, kind: string, title: string, agency: string): void {
  expect(t.documentFacts(file)).toEqual([kind, title, agency, 2023, 'ok', '已提取 0 个项目，含部门整体数据']);
  expect(t.projectsOf(file)).toEqual([]);
  expect(t.problemsOf(file)).toEqual([]);
  expect(t.flagRules(file)).toEqual([]);
}

describe('department funds tables', () => {
  it('reads the 合计 row under the rows of 基本支出 and 项目支出', () => {
    expectDepartmentReport(
      PARTS_TOTAL,
      'department_overall',
      '信丰县公安局2023年度部门整体支出绩效自评报告',
      '信丰县公安局',
    );
    expect(t.departmentFigures(PARTS_TOTAL, 'range')).toEqual({
      year: 2023,
      budget_initial: 4000,
      budget_adjusted: 4100,
      executed: 3900.5,
      execution_rate_reported: 0.9513,
      total_score: 92,
      project_count: null,
      average_score: null,
      lines: [
        [11, 11],
        [6, 9],
      ],
    });
  });

  it('reads the column of the report year in a table comparing 2022 and 2023', () => {
    expectDepartmentReport(
      YEAR_COLUMNS,
      'department_overall',
      '大余县公安局2023年度部门整体支出绩效自评报告',
      '大余县公安局',
    );
    expect(t.departmentFigures(YEAR_COLUMNS, 'range')).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: 4300,
      executed: 4250,
      execution_rate_reported: 0.9884,
      total_score: 93,
      project_count: null,
      average_score: null,
      lines: [
        [11, 11],
        [7, 9],
      ],
    });
  });

  it('reads the 本年数 column beside 上年数, not the 增减率', () => {
    expectDepartmentReport(
      THIS_YEAR,
      'department_overall',
      '安远县公安局2023年度部门整体支出绩效自评报告',
      '安远县公安局',
    );
    expect(t.departmentFigures(THIS_YEAR, 'range')).toEqual({
      year: 2023,
      budget_initial: 3800,
      budget_adjusted: 4050,
      executed: 3960,
      execution_rate_reported: null,
      total_score: 91,
      project_count: null,
      average_score: null,
      lines: [
        [11, 11],
        [7, 9],
      ],
    });
  });
});

describe('a 部门决算 with only its 收入支出决算总表', () => {
  it('reads 本年支出合计 (元) as the department’s executed amount', () => {
    expectDepartmentReport(
      ACCOUNTS_OVERVIEW,
      'final_accounts',
      '南康区公安分局2023年度部门决算',
      '南康区公安分局',
    );
    expect(t.departmentFigures(ACCOUNTS_OVERVIEW, 'range')).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: null,
      executed: 3810.05,
      execution_rate_reported: null,
      total_score: null,
      project_count: null,
      average_score: null,
      lines: [[11, 11]],
    });
  });
});

describe('project tables under headings naming their bureau', () => {
  it('gives each table’s projects to the bureau its heading names', () => {
    expect(t.documentFacts(AGENCY_SECTIONS)).toEqual([
      'summary_table',
      '赣州市公安局2023年度县级公安机关项目支出绩效自评汇总',
      '赣州市公安局',
      2023,
      'ok',
      '已提取 4 个项目',
    ]);
    expect(t.figuresByLine(AGENCY_SECTIONS)).toEqual([
      ['视频监控运维', null, 60, 58, null, 95, null, 5],
      ['禁毒经费', null, 30, 29, null, 94, null, 6],
      ['警务保障', null, 50, 50, null, 98, null, 9],
      ['看守所运维', null, 40, 38, null, 92, null, 10],
    ]);
    expect(t.projectsOf(AGENCY_SECTIONS).map((p) => [p.agency, p.implementing_unit, p.year])).toEqual([
      ['于都县公安局', '于都县公安局', 2023],
      ['于都县公安局', '于都县公安局', 2023],
      ['兴国县公安局', '兴国县公安局', 2023],
      ['兴国县公安局', '兴国县公安局', 2023],
    ]);
    expect(t.sourceLines(AGENCY_SECTIONS)).toEqual([[5], [6], [9], [10]]);
    expect(t.departmentOf(AGENCY_SECTIONS)).toBeUndefined();
    expect(t.problemsOf(AGENCY_SECTIONS)).toEqual([]);
    expect(t.flagRules(AGENCY_SECTIONS)).toEqual([]);
  });
});

describe('a procurement notice', () => {
  it('is unrelated though its title names 绩效评价 and it states a 预算金额', () => {
    expect(t.documentFacts(PROCUREMENT)).toEqual([
      'unrelated',
      '于都县公安局2023年度项目支出绩效评价服务采购项目竞争性磋商公告',
      '于都县公安局',
      2023,
      'unrecognized',
      '未发现绩效自评内容（无项目表、无绩效目标或自评得分），未提取数据',
    ]);
    expect(t.projectsOf(PROCUREMENT)).toEqual([]);
    expect(t.departmentOf(PROCUREMENT)).toBeUndefined();
    expect(t.problemsOf(PROCUREMENT)).toEqual([]);
    expect(t.flagRules(PROCUREMENT)).toEqual([]);
  });
});
