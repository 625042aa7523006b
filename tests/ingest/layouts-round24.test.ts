/**
 * Round 24: narrative reports whose projects' bureau, score or grade earlier rounds left unread.
 *  - A city's report with one prose part per county bureau ("（一）泰和县公安局"), each naming its
 *    projects with their figures and scores in sentences: each project is its part's bureau's (before,
 *    the heading "二、各县局项目自评情况" made the whole report one project "二、各县局", and the
 *    other projects and scores were lost).
 *  - A generic title ("项目支出绩效自评报告") over one project named in the body, scored in a line
 *    naming none ("项目自评得分90分，等级为优"): the score and grade are the one project's (before,
 *    lost).
 *  - "自评结果为“优”等次，总分96分": the grade, then the total score (before, both were lost).
 * Fixtures: tests/fixtures/layouts/r24-*, written by scripts/make-round24-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const BUREAU_SECTIONS = 'r24-bureau-prose-sections.txt';
const UNNAMED_SCORE = 'r24-unnamed-score.txt';
const GRADE_THEN_TOTAL = 'r24-grade-then-total.txt';

const t = ingestBeforeAll(LAYOUTS, [BUREAU_SECTIONS, UNNAMED_SCORE, GRADE_THEN_TOTAL]);

describe('a city report in one prose part per county bureau', () => {
  it("gives each part's projects to its bureau, with their scores", () => {
    expect(t.documentFacts(BUREAU_SECTIONS)).toEqual([
      'narrative',
      '吉安市公安局2023年度项目支出绩效自评报告',
      '吉安市公安局',
      2023,
      'ok',
      '已提取 3 个项目',
    ]);
    expect(t.figuresByLine(BUREAU_SECTIONS)).toEqual([
      ['执法办案中心建设', 80, null, 72, null, 88, null, 6],
      ['天网工程运维', 120, null, 115.6, 0.9633, 92, '优', 6],
      ['禁毒专项经费', 45, null, 44.1, null, 95, '优', 8],
    ]);
    expect(
      t.projectsOf(BUREAU_SECTIONS).map((p) => [p.agency, p.implementing_unit, p.year, p.aliases]),
    ).toEqual([
      ['泰和县公安局', '泰和县公安局', 2023, ['执法办案中心建设项目']],
      ['泰和县公安局', '泰和县公安局', 2023, ['天网工程运维项目']],
      ['永丰县公安局', '永丰县公安局', 2023, ['禁毒专项经费项目']],
    ]);
    expect(t.sourceLines(BUREAU_SECTIONS)).toEqual([[6], [6], [8]]);
    expect(t.departmentOf(BUREAU_SECTIONS)).toBeUndefined();
    expect(t.problemsByLine(BUREAU_SECTIONS)).toEqual([[10, '部分项目绩效目标设置不够细化']]);
    expect(t.flagRules(BUREAU_SECTIONS)).toEqual([]);
  });
});

describe('project scores stated without the project', () => {
  it("gives a generic report's unnamed score and grade to its one project", () => {
    expect(t.documentFacts(UNNAMED_SCORE)).toEqual([
      'narrative',
      '项目支出绩效自评报告',
      '石城县公安局',
      null,
      'partial',
      '已提取 1 个项目；未识别年度',
    ]);
    expect(t.figuresOf(UNNAMED_SCORE)).toEqual([['看守所被监管人员伙食费', 65, 65, 63.2, 0.9723, 90, '优']]);
    expect(t.projectsOf(UNNAMED_SCORE).map((p) => [p.agency, p.implementing_unit, p.aliases])).toEqual([
      ['石城县公安局', null, ['看守所被监管人员伙食费项目']],
    ]);
    expect(t.sourceLines(UNNAMED_SCORE)).toEqual([[3, 7]]);
    expect(t.departmentOf(UNNAMED_SCORE)).toBeUndefined();
    expect(t.problemsOf(UNNAMED_SCORE)).toEqual([]);
    expect(t.flagRules(UNNAMED_SCORE)).toEqual([]);
  });

  it('reads "自评结果为“优”等次，总分96分": the grade, then the total', () => {
    expect(t.documentFacts(GRADE_THEN_TOTAL)).toEqual([
      'narrative',
      '会昌县公安局2023年度“社区警务室建设”项目支出绩效自评报告',
      '会昌县公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresOf(GRADE_THEN_TOTAL)).toEqual([['社区警务室建设', 50, null, 48.5, 0.97, 96, '优']]);
    expect(t.projectsOf(GRADE_THEN_TOTAL).map((p) => [p.agency, p.implementing_unit, p.year])).toEqual([
      ['会昌县公安局', null, 2023],
    ]);
    expect(t.sourceLines(GRADE_THEN_TOTAL)).toEqual([[1, 3, 5]]);
    expect(t.departmentOf(GRADE_THEN_TOTAL)).toBeUndefined();
    expect(t.problemsOf(GRADE_THEN_TOTAL)).toEqual([]);
    expect(t.flagRules(GRADE_THEN_TOTAL)).toEqual([]);
  });
});
