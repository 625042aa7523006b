/**
 * Round-5 probes: a 项目代码 cell beside 项目名称 holding a bare code, an OCR'd 部门整体 report
 * with spaced-out words, a 部门决算 whose only figures are one project's, and a summary whose
 * grade words (优秀, 良好) disagree with the score band.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFixtures, type IngestedTables } from '../helpers/ingest.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');
const CODE_ROW = 'r5-project-code-row-score-units.txt';
const OCR_DEPARTMENT = 'r5-department-ocr-spaced.txt';
const FINAL_ACCOUNTS = 'r5-final-accounts-project-sentence.txt';
const SUMMARY = 'r5-summary-grade-words.txt';

let t: IngestedTables;
beforeAll(async () => {
  t = await ingestFixtures(DIR, [CODE_ROW, OCR_DEPARTMENT, FINAL_ACCOUNTS, SUMMARY]);
});

describe('a project table whose first row is 项目名称 | X | 项目代码 | Y', () => {
  it('reads the bare code, the amounts and the scores written with 分', () => {
    const [p] = t.projectsOf(CODE_ROW);
    expect(p).toMatchObject({
      name: '执法办案区智能化改造',
      code: '13100023T000001234567',
      year: 2023,
      budget_initial: 80,
      budget_adjusted: 80,
      executed: 76,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 87.5,
    });
    const indicators = t.tables.indicators.filter((i) => i.project_id === p?.project_id);
    expect(indicators.map((i) => [i.name, i.target, i.weight, i.score])).toEqual([
      ['改造办案区数量', '≥3个', 20, 20],
      ['设备验收合格率', '≥95%（含）', 20, 20],
      ['完成时限', '≤12月底', 10, 10],
      ['执法规范化水平', '有所提升', 20, 18],
      ['办案民警满意度', '≥90%', 10, 10],
    ]);
    expect(t.flagRules(CODE_ROW)).toEqual(['weights_not_100']);
  });
});

describe("an OCR'd 部门整体 report with spaces inside words", () => {
  it('reads the title without the spaces and the spaced-out 预算执行率', () => {
    expect(t.docOf(OCR_DEPARTMENT)).toMatchObject({
      doc_kind: 'department_overall',
      title: '某市公安局2022年度部门整体支出绩效自评报告',
      agency: '某市公安局',
      year: 2022,
    });
    expect(t.departmentOf(OCR_DEPARTMENT)).toMatchObject({
      budget_initial: 5432.1,
      budget_adjusted: 6012.55,
      executed: 5890.3,
      execution_rate_reported: 0.9797,
      total_score: 92.5,
    });
    expect(t.problemLines(OCR_DEPARTMENT)).toEqual([13, 14]);
  });
});

describe('a 部门决算 whose 绩效评价情况 states one project', () => {
  it('does not take the project’s budget and rate for the department’s', () => {
    expect(t.docOf(FINAL_ACCOUNTS).doc_kind).toBe('final_accounts');
    const d = t.departmentOf(FINAL_ACCOUNTS);
    expect(d?.budget_adjusted ?? null).toBeNull();
    expect(d?.execution_rate_reported ?? null).toBeNull();
  });
});

describe('a summary whose 等级 column says 优秀 / 良好', () => {
  it('flags 优秀 at 89.5 and 良好 at 78, not 优秀 at 92', () => {
    const rows = t.projectsOf(SUMMARY).map((p) => [p.name, p.total_score, p.grade, p.grade_band]);
    expect(rows).toEqual([
      ['交通管理设施维护', 95.2, '优', '优'],
      ['禁毒宣传经费', 89.5, '优秀', '良'],
      ['网格化巡防经费', 78, '良好', '中'],
      ['特勤保障经费', 92, '优秀', '优'],
    ]);
    const messages = t.tables.flags
      .filter((f) => f.doc_id === t.docOf(SUMMARY).doc_id && f.rule === 'grade_score_mismatch')
      .map((f) => f.message)
      .sort();
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toContain('89.5');
    expect(messages.join('\n')).toContain('78');
  });
});
