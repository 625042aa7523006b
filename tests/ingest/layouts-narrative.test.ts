/**
 * Narrative and mixed layouts beyond the seeds, on fixtures written for them: one-project reports
 * whose figures are only in sentences, numbered project sub-headings, department figures in a
 * Markdown table or as "全年执行数", 部门决算 with a two-sided 收入支出决算总表, summary tables with
 * category subtotal rows and annotated totals, and reports of other genres that mention 绩效.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractProblems } from '../../src/ingest/problems/index.ts';
import { ingestFixtures, type IngestedTables } from '../helpers/ingest.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');
const FILES = [
  'nd-narrative-single-project.txt',
  'nd-narrative-subsections.txt',
  'nd-narrative-indicator-table.md',
  'nd-department-execution-total.txt',
  'nd-department-budget-table.md',
  'nd-final-accounts-two-sided.txt',
  'nd-summary-category-rows.txt',
  'nd-summary-total-note.csv',
  'nd-unrelated-information-disclosure.txt',
  'nd-unrelated-work-summary.txt',
];

let t: IngestedTables;
beforeAll(async () => {
  t = await ingestFixtures(DIR, FILES);
});

function flagsOf(file: string): { rule: string; project: string | null }[] {
  const doc = t.docOf(file);
  const names = new Map(t.tables.projects.map((p) => [p.project_id, p.name]));
  return t.tables.flags
    .filter((f) => f.doc_id === doc.doc_id)
    .map((f) => ({ rule: f.rule, project: f.project_id ? (names.get(f.project_id) ?? null) : null }))
    .sort((a, b) => a.rule.localeCompare(b.rule) || (a.project ?? '').localeCompare(b.project ?? ''));
}

describe('a one-project report whose figures are only in sentences', () => {
  const FILE = 'nd-narrative-single-project.txt';
  it('is a narrative of its agency and year', () => {
    expect(t.docOf(FILE)).toMatchObject({
      doc_kind: 'narrative',
      agency: '宽城满族自治县公安局',
      year: 2023,
      status: 'ok',
    });
  });
  it('reads the project named by the title, with its amounts, rate, score and grade', () => {
    const projects = t.projectsOf(FILE);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({
      name: '智慧安防小区建设',
      budget_initial: 356.8,
      budget_adjusted: null,
      executed: 312.45,
      execution_rate_reported: 0.8757,
      total_score: 91,
      grade: '优',
      grade_band: '优',
    });
    expect(projects[0]?.sources.map((s) => s.line_start)).toEqual([2, 8, 14]);
  });
  it("does not read the project's figures as the department's", () => {
    expect(t.departmentOf(FILE)).toBeUndefined();
  });
  it('lists the three problems and none of the measures', () => {
    const texts = t.problemTexts(FILE);
    expect(texts).toHaveLength(3);
    expect(texts.some((t) => t.includes('前期调研不够充分'))).toBe(true);
    expect(texts.some((t) => t.includes('尾款因验收延迟'))).toBe(true);
    expect(texts.some((t) => t.includes('运维责任不明确'))).toBe(true);
    expect(t.problemLines(FILE)).toEqual([17]);
  });
  it('attributes its problems to the one project the report is about', () => {
    const [only] = t.projectsOf(FILE);
    const doc = t.docOf(FILE);
    const problems = t.tables.problems.filter((q) => q.doc_id === doc.doc_id);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((q) => q.project_id)).toEqual(problems.map(() => only?.project_id));
  });
  it('raises no flag on consistent figures', () => {
    expect(flagsOf(FILE)).toEqual([]);
  });
});

describe('projects under numbered sub-headings ("（一）警用无人机购置项目")', () => {
  const FILE = 'nd-narrative-subsections.txt';
  it('reads each sub-heading as a project with the figures and score under it', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'narrative', agency: '鄂伦春自治旗公安局', year: 2022 });
    const projects = t.projectsOf(FILE);
    expect(projects.map((p) => p.name)).toEqual([
      '警用无人机购置项目',
      '看守所监所安全改造项目',
      '林区派出所警务保障经费',
    ]);
    expect(projects[0]).toMatchObject({
      budget_initial: 120,
      budget_adjusted: 132,
      executed: 129.8,
      execution_rate_reported: 0.9833,
      total_score: 95,
      grade: '优',
    });
    expect(projects[1]).toMatchObject({
      budget_initial: 260,
      budget_adjusted: null,
      executed: 138.6,
      execution_rate_reported: 0.5331,
      total_score: 92,
      grade: '优',
    });
    expect(projects[2]).toMatchObject({
      budget_initial: 85,
      executed: 85,
      execution_rate_reported: 1,
      total_score: 88,
      grade: '良',
    });
  });
  it("keeps the projects' amounts out of the department; a count of the listed projects alone is no row", () => {
    expect(t.departmentOf(FILE)).toBeUndefined();
  });
  it('flags the 92-point project executed at 53 % and nothing else', () => {
    expect(flagsOf(FILE)).toEqual([{ rule: 'high_score_low_execution', project: '看守所监所安全改造项目' }]);
  });
  it('lists the problems, not the 整改措施', () => {
    // Line 9 explains the 53 % execution ("因施工单位进场延迟，部分工程结转至下年度实施"): a problem too.
    expect(t.problemLines(FILE)).toEqual([9, 14, 15, 16]);
    expect(t.problemTexts(FILE).some((t) => t.includes('凭证附件不完整'))).toBe(true);
  });
});

describe('a one-project Markdown report with an indicator table but no 项目名称 row', () => {
  const FILE = 'nd-narrative-indicator-table.md';
  it('reads the project named by the title from its sentences', () => {
    expect(t.docOf(FILE).doc_kind).toBe('narrative');
    const projects = t.projectsOf(FILE);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({
      name: '道路交通智能管控平台运维',
      budget_initial: 180,
      budget_adjusted: 180,
      executed: 172.8,
      execution_rate_reported: 0.96,
      total_score: 96,
      grade: '优',
    });
    expect(t.departmentOf(FILE)).toBeUndefined();
  });
  it('lists the two problems, not the measures', () => {
    expect(t.problemLines(FILE)).toEqual([27, 29]);
    expect(flagsOf(FILE)).toEqual([]);
  });
});

describe('department overall: executed stated as "全年执行数", measures after the problems', () => {
  const FILE = 'nd-department-execution-total.txt';
  it('reads every department figure', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'department_overall', agency: '大厂回族自治县公安局' });
    expect(t.departmentOf(FILE)).toMatchObject({
      year: 2023,
      budget_initial: 8652.37,
      budget_adjusted: 9418.06,
      executed: 9206.55,
      execution_rate_reported: 0.9775,
      total_score: 94.5,
      project_count: 23,
      average_score: 92.6,
    });
    expect(t.projectsOf(FILE)).toEqual([]);
  });
  it('lists the three problems and no improvement measure', () => {
    expect(t.problemLines(FILE)).toEqual([20, 21, 22]);
    const texts = t.problemTexts(FILE);
    expect(texts).toContain('预算编制精准度有待提高');
    expect(texts.some((t) => t.includes('月度通报') || t.includes('重新梳理'))).toBe(false);
  });
  it('raises no flag', () => {
    expect(flagsOf(FILE)).toEqual([]);
  });
});

describe('department figures in a Markdown budget table', () => {
  const FILE = 'nd-department-budget-table.md';
  it('reads the 部门整体支出 row as the department, not as a project', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'department_overall', agency: '承德市公安局双桥分局' });
    expect(t.departmentOf(FILE)).toMatchObject({
      year: 2024,
      budget_initial: 5216.4,
      budget_adjusted: 5688.92,
      executed: 5402.31,
      execution_rate_reported: 0.9496,
      total_score: 93.5,
    });
  });
  it('reads only the four projects of the summary table', () => {
    const projects = t.projectsOf(FILE);
    expect(projects.map((p) => p.name)).toEqual([
      '社区警务室标准化建设',
      '警用执法记录仪更新',
      '反电诈宣传及预警劝阻经费',
      '公安业务技术用房维修',
    ]);
    expect(projects[3]).toMatchObject({
      budget_adjusted: 829.62,
      executed: 654.15,
      execution_rate_reported: 0.7885,
      total_score: 86,
      grade: '良',
    });
  });
  it('flags only the 91-point project at 58 %', () => {
    expect(flagsOf(FILE)).toEqual([
      { rule: 'high_score_low_execution', project: '反电诈宣传及预警劝阻经费' },
    ]);
  });
  it('lists the problems, not the measures', () => {
    expect(t.problemLines(FILE)).toEqual([35, 36, 37]);
  });
});

describe('部门决算 with a two-sided 收入支出决算总表', () => {
  const FILE = 'nd-final-accounts-two-sided.txt';
  it('reads no project from the income and expense rows; the 雪亮工程 sentence is one', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'final_accounts', agency: '通辽市公安局科尔沁区分局' });
    const projects = t.projectsOf(FILE);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({
      name: '雪亮工程运维',
      budget_adjusted: 320,
      executed: 318.4,
      execution_rate_reported: 0.995,
    });
  });
  it('reads the department figures, with "完成年初预算的111.8%" as the rate', () => {
    expect(t.departmentOf(FILE)).toMatchObject({
      year: 2022,
      budget_initial: 6120,
      budget_adjusted: null,
      executed: 6842.15,
      execution_rate_reported: 1.118,
      total_score: 96,
      project_count: 9,
    });
  });
  it('flags only the spending over the initial budget that the report states', () => {
    expect(flagsOf(FILE)).toEqual([{ rule: 'executed_exceeds_budget', project: null }]);
  });
  it('lists the two problems', () => {
    expect(t.problemLines(FILE)).toEqual([29]);
    expect(t.problemTexts(FILE)).toHaveLength(2);
  });
});

describe('summary table in 元 with category subtotal rows numbered 一, 二', () => {
  const FILE = 'nd-summary-category-rows.txt';
  it('reads the four numbered projects, not the categories or the total', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'summary_table', agency: '乐山市公安局五通桥区分局' });
    const projects = t.projectsOf(FILE);
    expect(projects.map((p) => p.name)).toEqual([
      '“天网”视频监控运维费',
      '执法办案中心运行经费',
      '禁毒专项工作经费',
      '辖区派出所业务用房维修改造',
    ]);
    expect(projects[2]).toMatchObject({
      budget_initial: 58,
      budget_adjusted: 61,
      executed: 25.348,
      execution_rate_reported: 0.4156,
      total_score: 92,
      grade: '优',
    });
  });
  it('flags what the rows really show', () => {
    expect(flagsOf(FILE)).toEqual([
      { rule: 'executed_exceeds_budget', project: '执法办案中心运行经费' },
      { rule: 'grade_score_mismatch', project: '辖区派出所业务用房维修改造' },
      { rule: 'high_score_low_execution', project: '禁毒专项工作经费' },
    ]);
    expect(t.departmentOf(FILE)).toBeUndefined();
  });
});

describe('CSV summary table whose total names itself "合计（6个项目）"', () => {
  const FILE = 'nd-summary-total-note.csv';
  it('reads the six projects and not the total row', () => {
    expect(t.docOf(FILE)).toMatchObject({ doc_kind: 'summary_table', year: 2022 });
    const projects = t.projectsOf(FILE);
    expect(projects).toHaveLength(6);
    expect(projects.some((p) => p.name.startsWith('合计'))).toBe(false);
    expect(projects[3]).toMatchObject({
      name: '驾驶人考场设备更新项目',
      implementing_unit: '车管所',
      budget_initial: 210,
      budget_adjusted: 180,
      executed: 156.6,
      total_score: 82,
      grade: '良',
    });
    expect(projects[5]).toMatchObject({ executed: 96, total_score: null, grade: null });
  });
  it('flags the 78-point 良 and the 90-point project at 43 %', () => {
    expect(flagsOf(FILE)).toEqual([
      { rule: 'grade_score_mismatch', project: '交通安全宣传教育经费' },
      { rule: 'high_score_low_execution', project: '酒驾醉驾整治专项行动经费' },
    ]);
  });
});

describe('reports of other genres that mention 绩效 and amounts', () => {
  it.each(['nd-unrelated-information-disclosure.txt', 'nd-unrelated-work-summary.txt'])(
    '%s is unrelated, with no records',
    (file) => {
      const doc = t.docOf(file);
      expect(doc).toMatchObject({ doc_kind: 'unrelated', status: 'unrecognized' });
      expect(t.projectsOf(file)).toEqual([]);
      expect(t.departmentOf(file)).toBeUndefined();
      expect(flagsOf(file)).toEqual([]);
      expect(t.problemTexts(file)).toEqual([]);
    },
  );
  it('does not list their agencies', () => {
    const names = t.tables.agencies.map((a) => a.name);
    expect(names).not.toContain('延吉市公安局');
    expect(names).not.toContain('芒市公安局');
  });
});

describe('measures that restate the problem they answer', () => {
  it('are not problems inside a measures section, but the problems above them are', () => {
    const lines = [
      '五、存在的问题',
      '（一）项目支出进度不均衡。部分项目资金集中在第四季度支付。',
      '六、下一步改进措施',
      '（一）加快预算执行进度。对执行进度偏慢的项目实行月度通报。',
      '（二）强化绩效目标管理。对目标设置不够细化的指标进行重新梳理。',
    ];
    expect(extractProblems(lines)).toEqual([{ text: '项目支出进度不均衡', line: 2 }]);
  });
});
