/**
 * Round 21: narrative reports stating their figures in ways earlier rounds did not read.
 *  - Approximate amounts ("约120万元", "120余万元", "近118万元") are read as the figure written, for
 *    projects and departments alike: the report states no other, and the output has no place for a
 *    precision mark (before, "约" was read and "余"/"近" dropped, leaving such reports without data).
 *  - A grade after another clause of its sentence ("项目绩效目标基本完成，自评等级为“良”。").
 *  - A score and a grade in two sentences of one line ("自评得分95/100分。自评等级：优。").
 *  - A project the title names whose report states only its execution rate, score and grade.
 *  - Projects listed in one sentence by ordinals ("一是A项目，预算50万元，支出48万元，自评得分96分；
 *    二是B项目，…"), the list opening after a colon ("本年度共实施项目2个：一是…").
 *  - Project headings numbered by the word 项目 ("项目一：视频监控建设项目"): before, their figures
 *    were read as the department's.
 *  - A score as "该项目最终得分为95.5分（满分100分）" or "本项目自评分数为85分", a grade as "评定为“优秀”等次".
 * Fixtures: tests/fixtures/layouts/r21-*, written by scripts/make-round21-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const APPROXIMATE = 'r21-approximate-amounts.txt';
const APPROXIMATE_DEPARTMENT = 'r21-approximate-department.txt';
const GRADE_AFTER_CLAUSE = 'r21-grade-after-clause.txt';
const SCORE_GRADE_SENTENCES = 'r21-score-grade-sentences.txt';
const RATE_SCORE_ONLY = 'r21-rate-score-only.txt';
const ORDINAL_LIST = 'r21-ordinal-project-list.txt';
const PROJECT_ORDINAL_HEADINGS = 'r21-project-ordinal-headings.txt';
const FINAL_SCORE_RANK = 'r21-final-score-rank.txt';
const SCORE_POINTS_WORD = 'r21-score-points-word.txt';

const t = ingestBeforeAll(LAYOUTS, [
  APPROXIMATE,
  APPROXIMATE_DEPARTMENT,
  GRADE_AFTER_CLAUSE,
  SCORE_GRADE_SENTENCES,
  RATE_SCORE_ONLY,
  ORDINAL_LIST,
  PROJECT_ORDINAL_HEADINGS,
  FINAL_SCORE_RANK,
  SCORE_POINTS_WORD,
]);

/** A one-project narrative: its document facts, no department, no problems, no flags. */
function expectOneProjectReport(file: string, title: string, agency: string): void {
  expect(t.documentFacts(file)).toEqual(['narrative', title, agency, 2023, 'ok', '已提取 1 个项目']);
  expect(t.departmentOf(file)).toBeUndefined();
  expect(t.problemsOf(file)).toEqual([]);
  expect(t.flagRules(file)).toEqual([]);
}

describe('approximate amounts', () => {
  it('reads "120余万元" and "近118万元" as the figures written', () => {
    expectOneProjectReport(APPROXIMATE, '于都县公安局2023年度看守所运维项目绩效自评报告', '于都县公安局');
    expect(t.figuresByLine(APPROXIMATE)).toEqual([['看守所运维', null, 120, 118, null, 90, '优', 1]]);
    expect(t.sourceLines(APPROXIMATE)).toEqual([[1, 3, 5]]);
  });

  it('reads a department’s "约5200万元" and "5100余万元" as written', () => {
    expect(t.documentFacts(APPROXIMATE_DEPARTMENT)).toEqual([
      'department_overall',
      '崇义县公安局2023年度部门整体支出绩效自评报告',
      '崇义县公安局',
      2023,
      'ok',
      '已提取 0 个项目，含部门整体数据',
    ]);
    expect(t.departmentFigures(APPROXIMATE_DEPARTMENT)).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: 5200,
      executed: 5100,
      execution_rate_reported: 0.98,
      total_score: 93,
      project_count: null,
      average_score: null,
      lines: [3, 5],
    });
    expect(t.projectsOf(APPROXIMATE_DEPARTMENT)).toEqual([]);
    expect(t.problemsOf(APPROXIMATE_DEPARTMENT)).toEqual([]);
    expect(t.flagRules(APPROXIMATE_DEPARTMENT)).toEqual([]);
  });
});

describe('grades and scores stated beside other statements', () => {
  it('reads a grade after another clause of its sentence', () => {
    expectOneProjectReport(
      GRADE_AFTER_CLAUSE,
      '瑞金市公安局2023年度交通安全宣传项目绩效自评报告',
      '瑞金市公安局',
    );
    expect(t.figuresByLine(GRADE_AFTER_CLAUSE)).toEqual([
      ['交通安全宣传', null, 25, 24, 0.96, null, '良', 1],
    ]);
    expect(t.sourceLines(GRADE_AFTER_CLAUSE)).toEqual([[1, 3, 5]]);
  });

  it('reads a score and a grade in two sentences of one line', () => {
    expectOneProjectReport(
      SCORE_GRADE_SENTENCES,
      '兴国县公安局2023年度禁毒经费项目绩效自评报告',
      '兴国县公安局',
    );
    expect(t.figuresByLine(SCORE_GRADE_SENTENCES)).toEqual([['禁毒经费', null, 50, 48, 0.96, 95, '优', 1]]);
    expect(t.project('禁毒经费').grade_band).toBe('优');
    expect(t.sourceLines(SCORE_GRADE_SENTENCES)).toEqual([[1, 3, 5]]);
  });
});

describe('a project stating no amounts', () => {
  it('keeps the title’s project with its rate, score and grade', () => {
    expectOneProjectReport(RATE_SCORE_ONLY, '寻乌县公安局2023年度户政管理项目绩效自评报告', '寻乌县公安局');
    expect(t.figuresByLine(RATE_SCORE_ONLY)).toEqual([['户政管理', null, null, null, 0.968, 94, '优', 1]]);
    expect(t.sourceLines(RATE_SCORE_ONLY)).toEqual([[1, 3, 5]]);
  });
});

describe('projects listed by ordinals in one sentence', () => {
  it('reads each "一是…；二是…" item as its project', () => {
    expect(t.documentFacts(ORDINAL_LIST)).toEqual([
      'narrative',
      '宁都县公安局2023年度项目支出绩效自评报告',
      '宁都县公安局',
      2023,
      'ok',
      '已提取 2 个项目',
    ]);
    expect(t.figuresByLine(ORDINAL_LIST)).toEqual([
      ['警务保障', null, 30, 30, null, 98, '优', 3],
      ['视频监控建设', null, 50, 48, null, 96, null, 3],
    ]);
    expect(t.sourceLines(ORDINAL_LIST)).toEqual([[3], [3]]);
    expect(t.problemsOf(ORDINAL_LIST).map((p) => [p.line, p.text, p.project_id])).toEqual([
      [5, '部分项目资金支付进度偏慢', null],
    ]);
    expect(t.departmentOf(ORDINAL_LIST)).toBeUndefined();
    expect(t.flagRules(ORDINAL_LIST)).toEqual([]);
  });
});

describe('project headings numbered by the word 项目', () => {
  it('reads "项目一：X项目" as a project’s heading, its figures as that project’s', () => {
    expect(t.documentFacts(PROJECT_ORDINAL_HEADINGS)).toEqual([
      'narrative',
      '赣县区公安分局2023年度项目支出绩效自评报告',
      '赣县区公安分局',
      2023,
      'ok',
      '已提取 2 个项目',
    ]);
    expect(t.figuresByLine(PROJECT_ORDINAL_HEADINGS)).toEqual([
      ['视频监控建设项目', null, 50, 48, null, 95, null, 2],
      ['警务保障项目', null, 30, 30, null, 98, null, 4],
    ]);
    expect(t.sourceLines(PROJECT_ORDINAL_HEADINGS)).toEqual([
      [2, 3],
      [4, 5],
    ]);
    expect(t.departmentOf(PROJECT_ORDINAL_HEADINGS)).toBeUndefined();
    expect(t.problemsOf(PROJECT_ORDINAL_HEADINGS)).toEqual([]);
    expect(t.flagRules(PROJECT_ORDINAL_HEADINGS)).toEqual([]);
  });
});

describe('scores and grades in other words', () => {
  it('reads "最终得分为95.5分（满分100分）" and "评定为“优秀”等次"', () => {
    expectOneProjectReport(
      FINAL_SCORE_RANK,
      '信丰县公安局2023年度指挥中心运维项目绩效自评报告',
      '信丰县公安局',
    );
    expect(t.figuresByLine(FINAL_SCORE_RANK)).toEqual([
      ['指挥中心运维', null, 60, 58, null, 95.5, '优秀', 1],
    ]);
    expect(t.project('指挥中心运维').grade_band).toBe('优');
    expect(t.sourceLines(FINAL_SCORE_RANK)).toEqual([[1, 3, 5]]);
  });

  it('reads "自评分数为85分"', () => {
    expectOneProjectReport(SCORE_POINTS_WORD, '会昌县公安局2023年度交警装备项目绩效自评报告', '会昌县公安局');
    expect(t.figuresByLine(SCORE_POINTS_WORD)).toEqual([['交警装备', null, 80, 64, 0.8, 85, '良好', 1]]);
    expect(t.project('交警装备').grade_band).toBe('良');
    expect(t.sourceLines(SCORE_POINTS_WORD)).toEqual([[1, 3, 5]]);
  });
});
