/**
 * Round 19: narrative reports stating their figures in ways earlier rounds did not read.
 *  - A grade stated in words without a score, in a line of its own ("经综合评价，本项目自评等级为
 *    “良”。", "评价结果为优秀。"), is the project's grade.
 *  - A score written over its full marks ("自评得分：95/100") is the score.
 *  - A "存在问题 | 整改措施" table without a 序号 column: its first column states the problems.
 *  - Numbered project headings followed by "预算：…万元" / "支出：…万元" / "得分：95" lines: the
 *    labelled values are prose, not the one-cell-per-line table layout, and a bare "得分：95" in a
 *    line of its own is the section's project's score.
 *  - A score in the sentence stating a project's budget or spending under its heading
 *    ("全年预算80万元，实际支出76万元，…，自评得分93分。") is the project's, as in a list item.
 * Fixtures: tests/fixtures/layouts/r19-*, written by scripts/make-round19-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/ingest/segment.ts';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const GRADE_WORDS = 'r19-grade-in-words.txt';
const RESULT_WORDS = 'r19-result-in-words.txt';
const OVER_FULL_MARKS = 'r19-score-over-full-marks.txt';
const PROBLEMS_TWO_COLUMNS = 'r19-problems-two-columns.txt';
const LABEL_LINES = 'r19-numbered-label-lines.txt';
const FIGURES_SCORE = 'r19-numbered-figures-score.txt';

const t = ingestBeforeAll(LAYOUTS, [
  GRADE_WORDS,
  RESULT_WORDS,
  OVER_FULL_MARKS,
  PROBLEMS_TWO_COLUMNS,
  LABEL_LINES,
  FIGURES_SCORE,
]);

/** A one-project narrative: its document facts, no department, no problems, no flags. */
function expectOneProjectReport(file: string, title: string, agency: string): void {
  expect(t.documentFacts(file)).toEqual(['narrative', title, agency, 2023, 'ok', '已提取 1 个项目']);
  expect(t.departmentOf(file)).toBeUndefined();
  expect(t.flagRules(file)).toEqual([]);
}

describe('a grade stated in words only', () => {
  it('reads "本项目自评等级为“良”" as the grade, with no score', () => {
    expectOneProjectReport(GRADE_WORDS, '万安县公安局2023年度社区警务室建设项目绩效自评报告', '万安县公安局');
    expect(t.figuresByLine(GRADE_WORDS)).toEqual([['社区警务室建设', null, 70, 63, 0.9, null, '良', 1]]);
    expect(t.sourceLines(GRADE_WORDS)).toEqual([[1, 3, 5]]);
    expect(t.problemsOf(GRADE_WORDS)).toEqual([]);
  });

  it('reads "评价结果为优秀" as the grade', () => {
    expectOneProjectReport(
      RESULT_WORDS,
      '永丰县公安局2023年度治安巡逻车辆运维项目绩效自评报告',
      '永丰县公安局',
    );
    expect(t.figuresByLine(RESULT_WORDS)).toEqual([['治安巡逻车辆运维', null, 30, 30, 1, null, '优秀', 1]]);
    // The band is the score's (DESIGN.md): without a score there is none.
    expect(t.project('治安巡逻车辆运维').grade_band).toBeNull();
    expect(t.sourceLines(RESULT_WORDS)).toEqual([[1, 3, 5]]);
    expect(t.problemsOf(RESULT_WORDS)).toEqual([]);
  });
});

describe('a score over its full marks', () => {
  it('reads "自评得分：95/100" as 95 and the grade beside it', () => {
    expectOneProjectReport(
      OVER_FULL_MARKS,
      '吉州区公安分局2023年度户籍业务经费项目绩效自评报告',
      '吉州区公安分局',
    );
    expect(t.figuresByLine(OVER_FULL_MARKS)).toEqual([['户籍业务经费', null, 15, 14.7, 0.98, 95, '优', 1]]);
    expect(t.sourceLines(OVER_FULL_MARKS)).toEqual([[1, 3, 5]]);
    expect(t.problemsOf(OVER_FULL_MARKS)).toEqual([]);
  });
});

describe('problems in a two-column table without 序号', () => {
  it('reads each row’s first cell as a problem, not its remedy', () => {
    expectOneProjectReport(
      PROBLEMS_TWO_COLUMNS,
      '永新县公安局2023年度监管场所改造项目绩效自评报告',
      '永新县公安局',
    );
    expect(t.figuresByLine(PROBLEMS_TWO_COLUMNS)).toEqual([['监管场所改造', null, 90, 81, 0.9, 88, '良', 1]]);
    expect(t.problemsAttributed(PROBLEMS_TWO_COLUMNS)).toEqual([
      [8, '部分监室改造工程进度滞后', ['执行进度滞后'], '监管场所改造'],
      [9, '工程尾款支付不及时', ['执行进度滞后'], '监管场所改造'],
    ]);
  });
});

describe('numbered project headings with labelled figure lines', () => {
  it('keeps "预算：120万元" lines as prose, not a table without tabs', () => {
    const lines = ['（一）公安视频监控运维项目', '预算：120万元', '支出：115.2万元', '得分：95'];
    expect(toRows(lines).map((r) => r.cells)).toEqual(lines.map((l) => [l]));
  });

  it('reads each project’s budget, spending and bare "得分：95"', () => {
    expect(t.documentFacts(LABEL_LINES)).toEqual([
      'narrative',
      '吉安县公安局2023年度项目支出绩效自评报告',
      '吉安县公安局',
      2023,
      'ok',
      '已提取 3 个项目',
    ]);
    expect(t.figuresByLine(LABEL_LINES)).toEqual([
      ['公安视频监控运维项目', null, 120, 115.2, null, 95, null, 2],
      ['执法办案中心运行经费项目', null, 45, 42.75, null, 91, null, 6],
      ['交通管理设施维护项目', null, 30, 30, null, 97, null, 10],
    ]);
    expect(t.sourceLines(LABEL_LINES)).toEqual([
      [2, 3, 4, 5],
      [6, 7, 8, 9],
      [10, 11, 12, 13],
    ]);
    expect(t.flagRules(LABEL_LINES)).toEqual([]);
    expect(t.problemsOf(LABEL_LINES)).toEqual([]);
    expect(t.departmentOf(LABEL_LINES)).toBeUndefined();
  });
});

describe('numbered project headings with a score in the figures sentence', () => {
  it('reads the score stated with the project’s budget and spending', () => {
    expect(t.documentFacts(FIGURES_SCORE)).toEqual([
      'narrative',
      '泰和县公安局2023年度项目支出绩效自评报告',
      '泰和县公安局',
      2023,
      'ok',
      '已提取 3 个项目',
    ]);
    expect(t.figuresByLine(FIGURES_SCORE)).toEqual([
      ['警用无人机购置项目', null, 80, 76, 0.95, 93, null, 2],
      ['反诈宣传经费', null, 40, 39.2, null, 96, null, 4],
      ['禁毒宣传教育项目', null, 20, 18, 0.9, null, '良', 6],
    ]);
    expect(t.sourceLines(FIGURES_SCORE)).toEqual([
      [2, 3],
      [4, 5],
      [6, 7, 8],
    ]);
    expect(t.flagRules(FIGURES_SCORE)).toEqual([]);
    expect(t.problemsOf(FIGURES_SCORE)).toEqual([]);
    expect(t.departmentOf(FIGURES_SCORE)).toBeUndefined();
  });
});
