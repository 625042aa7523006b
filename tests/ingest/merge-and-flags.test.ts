/**
 * Merging across and within files, and the credibility flags on the merged records: a summary
 * table plus detailed tables of the same agency written two ways, the same name in another year
 * and at another agency, grade words at band boundaries, amounts in 元/亿元, OCR'd digits, zero
 * budgets, execution sub-scores rounded from rate × weight, and totals 0.5 off their sum.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectRow } from '../../src/data/schema.ts';
import { parseScore, repairOcrDigits } from '../../src/ingest/normalize.ts';
import { ingestFixtures, type IngestedTables } from '../helpers/ingest.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');
const FILES = [
  'mf-dachang-summary-2023.txt',
  'mf-dachang-detail-code-2023.txt',
  'mf-dachang-detail-conflict-2023.txt',
  'mf-dachang-2022.txt',
  'mf-xianghe-2023.txt',
  'mf-grade-bands-2024.txt',
  'mf-amount-units-2024.txt',
  'mf-execution-score-rounding-2024.txt',
  'mf-ocr-digits-2021.txt',
  'mf-zero-budget-2022.txt',
  'mf-total-boundary-2022.txt',
  'mf-heading-table-2023.txt',
  'mf-summary-codes-2023.txt',
];

let t: IngestedTables;
beforeAll(async () => {
  t = await ingestFixtures(DIR, FILES);
});

function projectsNamed(core: string): ProjectRow[] {
  return t.tables.projects.filter((p) => [p.name, ...p.aliases].some((n) => n.includes(core)));
}

function flagsOf(p: ProjectRow): string[] {
  return t.tables.flags
    .filter((f) => f.project_id === p.project_id)
    .map((f) => f.rule)
    .sort();
}

function only(list: ProjectRow[]): ProjectRow {
  expect(list).toHaveLength(1);
  return list[0] as ProjectRow;
}

describe('one agency, one year, across files', () => {
  it('reads 大厂县公安局 and 大厂回族自治县公安局 as one agency', () => {
    const dachang = t.tables.agencies.filter((a) => a.name.startsWith('大厂'));
    expect(dachang.map((a) => a.name)).toEqual(['大厂回族自治县公安局']);
    expect(dachang[0]?.aliases).toEqual(['大厂县公安局']);
  });

  it('merges a summary row with its detailed table named with a code and 项目', () => {
    const p = only(projectsNamed('执法办案中心').filter((x) => x.year === 2023));
    expect(p.code).toBe('13102812300A0001');
    expect([p.name, ...p.aliases].sort()).toEqual(['执法办案中心建设', '执法办案中心建设项目']);
    expect(p.sources.map((s) => s.file)).toEqual([
      'mf-dachang-detail-code-2023.txt',
      'mf-dachang-summary-2023.txt',
    ]);
    // 9.7 stated vs 96.67 % × 10 = 9.67, and 95.7 = indicators 86 + 9.7: nothing to flag.
    expect(flagsOf(p)).toEqual([]);
  });

  it('keeps the detailed table figures and flags the disagreeing executed amount and total', () => {
    const p = only(projectsNamed('警用装备购置').filter((x) => x.agency === '大厂回族自治县公安局'));
    expect([p.executed, p.execution_rate_reported, p.execution_score, p.total_score]).toEqual([
      112, 0.9333, 9.3, 97.3,
    ]);
    // Summary figures mixed into the detail's would also raise execution_score_mismatch and total_not_sum.
    expect(flagsOf(p)).toEqual(['amount_conflict', 'score_conflict']);
    const conflict = t.tables.flags.find(
      (f) => f.project_id === p.project_id && f.rule === 'amount_conflict',
    );
    expect(JSON.parse(conflict?.evidence ?? '{}')).toMatchObject({
      field: 'executed',
      value_1: 112,
      value_2: 118,
    });
  });

  it('keeps a summary-only project and adds no duplicates', () => {
    const dachang2023 = t.tables.projects.filter(
      (p) => p.agency === '大厂回族自治县公安局' && p.year === 2023,
    );
    expect(dachang2023).toHaveLength(3);
    expect(flagsOf(only(projectsNamed('看守所监控运维')))).toEqual([]);
  });
});

describe('what must not merge', () => {
  it('keeps the same name in another year apart', () => {
    const years = projectsNamed('执法办案中心').map((p) => p.year);
    expect(years.sort()).toEqual([2022, 2023]);
  });

  it('keeps the same name at another agency apart', () => {
    const agencies = projectsNamed('警用装备购置').map((p) => p.agency);
    expect(agencies.sort()).toEqual(['大厂回族自治县公安局', '香河县公安局']);
    expect(flagsOf(only(projectsNamed('警用装备购置').filter((p) => p.agency === '香河县公安局')))).toEqual(
      [],
    );
  });
});

describe('grade words at band boundaries', () => {
  const cases: [string, string][] = [
    ['道路交通监控维护', ''], // 90 优秀
    ['禁毒宣传教育', ''], // 80 良好
    ['社区警务室改造', ''], // 60 合格 = 中
    ['警犬基地运维', 'grade_score_mismatch'], // 89.9 优
    ['出入境证件制作', 'grade_score_mismatch'], // 60 较差
    ['网络安全检查', ''], // 79 中
    ['视频会议系统维护', ''], // 59.5 不合格 = 差
    ['法制培训', 'grade_score_mismatch'], // 90 良好
  ];
  it.each(cases)('%s → [%s]', (name, rule) => {
    const p = only(t.tables.projects.filter((x) => x.name === name && x.agency === '霸州市公安局'));
    expect(flagsOf(p)).toEqual(rule ? [rule] : []);
  });
});

describe('number conventions', () => {
  it('reads 1.2亿元, 114,000,000元 and a rate of 95 without %', () => {
    const p = t.project('智慧派出所建设');
    expect([p.budget_adjusted, p.executed, p.execution_rate_reported]).toEqual([12000, 11400, 0.95]);
    expect(flagsOf(p)).toEqual([]);
  });

  it('reads 325,000 under 单位：元 and flags 9.0 against 96.67 % × 10', () => {
    const p = t.project('执法记录仪购置');
    expect([p.budget_initial, p.budget_adjusted, p.executed]).toEqual([32.5, 30, 29]);
    expect(flagsOf(p)).toEqual(['execution_score_mismatch']);
  });

  it("repairs OCR'd digits: 1OO%, l0, 3O, 9O", () => {
    const p = t.project('反诈宣传专项');
    expect([p.execution_rate_reported, p.execution_score, p.total_score]).toEqual([1, 10, 90]);
    const scores = t.tables.indicators.filter((i) => i.project_id === p.project_id).map((i) => i.score);
    expect(scores).toEqual([30, 20, 19.5, 10]);
    // 90 vs 30 + 20 + 19.5 + 10 + 10 = 89.5: exactly 0.5 apart, within tolerance.
    expect(flagsOf(p)).toEqual([]);
  });

  it('does not call spending against a zero budget with no 全年预算 an overspend', () => {
    const p = t.project('治安防控体系建设');
    expect([p.budget_initial, p.budget_adjusted, p.executed, p.execution_rate]).toEqual([0, null, 45, null]);
    expect(flagsOf(p)).toEqual([]);
  });

  it('accepts 9.67 for 96.67 % × 10 and a total 0.47 off the sum', () => {
    expect(flagsOf(t.project('特警训练基地运维'))).toEqual([]);
  });
});

describe('within a file and against a coded summary', () => {
  it('drops a heading number left as an alias and merges the coded summary row', () => {
    const p = only(projectsNamed('社区警务信息化'));
    expect(p.aliases).toEqual(['社区警务信息化建设项目']);
    expect(p.code).toBe('13068123ZZ0042');
    expect(p.executed).toBe(114);
    expect(flagsOf(p)).toEqual(['amount_conflict']);
  });

  it('flags an 优 score at 15 % execution', () => {
    expect(flagsOf(t.project('刑事技术实验室设备购置'))).toEqual(['high_score_low_execution']);
  });
});

describe('repairOcrDigits', () => {
  it('repairs letters among digits and leaves words and codes alone', () => {
    expect(['9O', 'l00%', '1,2OO万元', 'IO', 'OK', 'Olympic', 'A1O2'].map(repairOcrDigits)).toEqual([
      '90',
      '100%',
      '1,200万元',
      'IO',
      'OK',
      'Olympic',
      'A1O2',
    ]);
    expect(parseScore('9O分')).toBe(90);
  });
});
