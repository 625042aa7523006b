/**
 * Documents other than single project tables, in layouts beyond the other fixtures: a 部门整体
 * self-evaluation in table form, a summary whose header spans two rows, a summary with a 单位名称
 * column, projects in a numbered list, a one-project report in 元 with "综合评分", a 部门决算 with a
 * 项目支出决算明细表, a generic title with the project in a "项目名称：" line and the agency in the
 * seal line, department prose with "全年预算", and next year's 部门预算公开说明.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFixtures, type IngestedTables } from '../helpers/ingest.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');
const FILES = [
  'nd2-department-table-form.txt',
  'nd2-summary-two-row-header.txt',
  'nd2-summary-unit-column.txt',
  'nd2-narrative-numbered-list.txt',
  'nd2-narrative-yuan-sentences.txt',
  'nd2-final-accounts-project-detail.txt',
  'nd2-narrative-name-label-seal.txt',
  'nd2-department-prose-full-year.txt',
  'nd2-unrelated-budget-disclosure.txt',
  'nd2-summary-two-projects.txt',
];

let t: IngestedTables;
beforeAll(async () => {
  t = await ingestFixtures(DIR, FILES);
});

describe('部门整体支出绩效自评表 in table form', () => {
  const FILE = 'nd2-department-table-form.txt';
  it('is the department self-evaluation of its agency, with no projects', () => {
    expect(t.docOf(FILE)).toMatchObject({
      doc_kind: 'department_overall',
      agency: '浦城县公安局',
      year: 2023,
      status: 'ok',
    });
    expect(t.projectsOf(FILE)).toEqual([]);
  });
  it('reads the 年度资金总额 row and the 总分 row as the department figures', () => {
    expect(t.departmentOf(FILE)).toMatchObject({
      budget_initial: 6820.5,
      budget_adjusted: 7215.3,
      executed: 6958.74,
      execution_rate_reported: 0.9644,
      total_score: 95.6,
      project_count: null,
    });
    expect(t.departmentOf(FILE)?.sources.map((s) => [s.line_start, s.line_end])).toEqual([
      [5, 6],
      [19, 19],
    ]);
  });
  it('raises no flag', () => {
    expect(t.flagRules(FILE)).toEqual([]);
  });
});

describe('a summary whose header spans two rows ("预算资金（万元）" over 年初预算 | 调整预算 | 实际支出)', () => {
  const FILE = 'nd2-summary-two-row-header.txt';
  it('reads each column under its child label, 备注 ignored, 合计 dropped', () => {
    expect(t.docOf(FILE)).toMatchObject({
      doc_kind: 'summary_table',
      agency: '岳阳市公安局君山分局',
      year: 2022,
    });
    expect(t.figuresOf(FILE)).toEqual([
      ['智慧公安检查站建设', 450, 480, 462.3, 0.9631, 94, '优秀'],
      ['公安监管场所改造', 210, 210, 168.4, 0.8019, 86, '良好'],
      ['执法办案管理中心运维', 96, 102, 101.5, 0.9951, 92, '优秀'],
      ['反恐防暴装备购置', 60, 60, 33, 0.55, 78, '中'],
    ]);
    expect(t.projectsOf(FILE).map((p) => p.grade_band)).toEqual(['优', '良', '优', '中']);
    expect(t.departmentOf(FILE)).toBeUndefined();
  });
  it('raises no flag', () => {
    expect(t.flagRules(FILE)).toEqual([]);
  });
});

describe('a county summary with a 单位名称 column', () => {
  const FILE = 'nd2-summary-unit-column.txt';
  it('keeps the county police bureau as the document agency, not the compiling 财政局', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'summary_table', agency: '江永县公安局', year: 2024 });
    expect(t.figuresOf(FILE)).toEqual([
      ['公安大数据平台运维', null, 180, 176.5, 0.9806, 95, '优'],
      ['派出所办公用房维修', null, 95, 95, 1, 91, '优'],
      ['交通信号灯升级改造', null, 130, 88.4, 0.68, 82, '良'],
      ['在押人员伙食经费', null, 64, 64, 1, 93, '优'],
    ]);
  });
});

describe('projects in a numbered list ("1.XX项目：年初预算50万元，实际支出48万元…")', () => {
  const FILE = 'nd2-narrative-numbered-list.txt';
  it('reads each item as a project with its figures', () => {
    expect(t.docOf(FILE)).toMatchObject({
      doc_kind: 'narrative',
      agency: '汨罗市公安局',
      year: 2021,
      status: 'ok',
    });
    expect(t.figuresOf(FILE)).toEqual([
      ['禁毒宣传教育项目', 50, null, 48, 0.96, 95, null],
      ['警犬训练基地运维项目', 120, 135, 131.2, 0.9719, 93, null],
      ['户籍档案数字化项目', 95, null, 52.25, 0.55, 91, null],
    ]);
    expect(t.projectsOf(FILE).map((p) => p.sources.map((s) => s.line_start))).toEqual([[10], [11], [12]]);
  });
  it("does not take the projects' total or a project's figures as the department's", () => {
    // What is left, "对…3个项目开展了绩效自评", only counts the listed projects: no department row.
    expect(t.departmentOf(FILE)).toBeUndefined();
  });
  it('lists the three （一）（二）（三） problems, not the 下一步工作打算', () => {
    expect(t.problemLines(FILE)).toEqual([15, 16, 17]);
  });
  it('flags only the 91-point project executed at 55 %', () => {
    expect(t.flagRules(FILE)).toEqual(['high_score_low_execution']);
  });
});

describe('a one-project report with amounts in 元 and "综合评分92.5分，评价等级为“优”"', () => {
  const FILE = 'nd2-narrative-yuan-sentences.txt';
  it('reads the project named by the title (year before agency) into 万元', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'narrative', agency: '合江县公安局', year: 2023 });
    expect(t.figuresOf(FILE)).toEqual([['交通管理业务经费', 130, 135, 123.45, 0.9144, 92.5, '优']]);
    expect(t.departmentOf(FILE)).toBeUndefined();
    expect(t.flagRules(FILE)).toEqual([]);
  });
});

describe('部门决算 with a 收入支出决算表 and a 项目支出决算明细表', () => {
  const FILE = 'nd2-final-accounts-project-detail.txt';
  it('reads the detail rows as projects ("支出决算" is executed) and their scores from the text', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'final_accounts', agency: '宁乡市公安局', year: 2022 });
    expect(t.figuresOf(FILE)).toEqual([
      ['天网工程运行维护', 680, 720, 712.35, null, 96, null],
      ['执法执勤车辆购置', 450, 450, 446.8, null, 94, null],
      ['警用装备购置', 300, 340, 265.2, null, 88, '良'],
    ]);
  });
  it('takes 本年支出合计 and the 部门整体 score as the department figures, income rows as no project', () => {
    expect(t.departmentOf(FILE)).toMatchObject({
      budget_initial: 15320,
      budget_adjusted: 16102.4,
      executed: 15874.28,
      total_score: 94.5,
    });
    expect(t.flagRules(FILE)).toEqual([]);
  });
});

describe('a generic title, the project in a "项目名称：" line and the agency only in the seal line', () => {
  const FILE = 'nd2-narrative-name-label-seal.txt';
  it('reads the one project and the agency of "富顺县公安局（盖章）"', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'narrative', agency: '富顺县公安局', year: 2024 });
    expect(t.figuresOf(FILE)).toEqual([['城区视频监控扩容项目', 280, 280, 266, 0.95, 94, '优']]);
    expect(t.departmentOf(FILE)).toBeUndefined();
    expect(t.problemLines(FILE)).toEqual([15]);
    expect(t.tables.agencies.find((a) => a.name === '富顺县公安局')).toMatchObject({
      province: '四川省',
      city: '自贡市',
      county: '富顺县',
    });
  });
});

describe('department prose stating "全年预算" and "全年执行" without 数', () => {
  const FILE = 'nd2-department-prose-full-year.txt';
  it('reads the adjusted budget, so no false over-execution is flagged', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'department_overall', agency: '长治市公安局潞州分局' });
    expect(t.departmentOf(FILE)).toMatchObject({
      budget_initial: 4210,
      budget_adjusted: 4560.8,
      executed: 4432.15,
      execution_rate_reported: 0.9718,
      total_score: 92,
    });
    expect(t.flagRules(FILE)).toEqual([]);
    expect(t.tables.agencies.find((a) => a.name === '长治市公安局潞州分局')).toMatchObject({
      province: '山西省',
      city: '长治市',
      county: '潞州区',
    });
  });
});

describe("next year's 部门预算公开说明 (预算数 and 绩效目标, no execution or score)", () => {
  const FILE = 'nd2-unrelated-budget-disclosure.txt';
  it('is unrelated, with no projects, department or problems', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'unrelated', status: 'unrecognized' });
    expect(t.projectsOf(FILE)).toEqual([]);
    expect(t.departmentOf(FILE)).toBeUndefined();
    expect(t.problemLines(FILE)).toEqual([]);
  });
});

describe('a summary of only two projects', () => {
  const FILE = 'nd2-summary-two-projects.txt';
  it('is still a summary table, with both rows and the flag of the 91-point project at 15 %', () => {
    expect(t.docOf(FILE)).toMatchObject({
      doc_kind: 'summary_table',
      agency: '香河县公安局',
      year: 2023,
      status: 'ok',
    });
    expect(t.figuresOf(FILE)).toEqual([
      ['看守所监控系统升级改造', 120, 120, 18, 0.15, 91, '优'],
      ['交通秩序管理设施维护', 60, 64, 61.2, 0.9563, 93, '优'],
    ]);
    expect(t.flagRules(FILE)).toEqual(['high_score_low_execution']);
  });
});
