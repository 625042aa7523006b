import { describe, expect, it } from 'vitest';
import type { DepartmentRow, FlagRule, IndicatorRow, ProjectRow, Source } from '../../src/data/schema.ts';
import { checkDepartment, checkProject, computedRate, conflictFlag } from '../../src/ingest/checks.ts';
import type { FlagDraft } from '../../src/ingest/types.ts';

const FILE = '002_ea4b71e6f07acc11.txt';
const SOURCE: Source = { file: FILE, line_start: 10, line_end: 40 };

/**
 * A consistent project that raises no flag: 100 budgeted, 95 executed (95 %), execution weight 10
 * scored 9.5, three indicators weighted 30 each and scored 85.5 together, total 95, stated 优秀.
 */
function makeProject(overrides: Partial<ProjectRow> = {}): ProjectRow {
  return {
    project_id: 'p-1',
    doc_id: 'doc-1',
    agency: '承德市公安局高新技术产业开发区分局',
    year: 2021,
    name: '测试项目',
    aliases: [],
    code: null,
    managing_dept: null,
    implementing_unit: null,
    budget_initial: 100,
    budget_adjusted: 100,
    executed: 95,
    execution_rate: 0.95,
    execution_rate_reported: 0.95,
    execution_weight: 10,
    execution_score: 9.5,
    total_score: 95,
    grade: '优秀',
    grade_band: '优',
    indicator_count: 3,
    sources: [SOURCE],
    ...overrides,
  };
}

/** Indicators of p-1 with the given weights and scores (null = not stated). */
function makeIndicators(
  weights: readonly (number | null)[],
  scores: readonly (number | null)[] = weights.map(() => null),
  projectId = 'p-1',
): IndicatorRow[] {
  return weights.map((weight, index) => ({
    indicator_id: `${projectId}-i${index + 1}`,
    project_id: projectId,
    level1: '产出指标',
    level2: '数量指标',
    name: `指标${index + 1}`,
    target: null,
    actual: null,
    weight,
    score: scores[index] ?? null,
    deviation_reason: null,
    file: FILE,
    line: 20 + index,
  }));
}

const CONSISTENT_INDICATORS = makeIndicators([30, 30, 30], [28.5, 28.5, 28.5]);

function makeDepartment(overrides: Partial<DepartmentRow> = {}): DepartmentRow {
  return {
    doc_id: 'doc-0',
    agency: '大厂回族自治县公安系统',
    year: 2021,
    budget_initial: 100,
    budget_adjusted: null,
    executed: 95,
    execution_rate: null,
    execution_rate_reported: null,
    total_score: null,
    project_count: null,
    average_score: null,
    sources: [{ file: '000_319ed7af1ced7d44.txt', line_start: 5, line_end: 5 }],
    ...overrides,
  };
}

function rulesOf(flags: readonly FlagDraft[]): FlagRule[] {
  return flags.map((flag) => flag.rule);
}

/** The flags of one rule for a project built from overrides. */
function projectFlags(
  rule: FlagRule,
  overrides: Partial<ProjectRow>,
  indicators: readonly IndicatorRow[] = CONSISTENT_INDICATORS,
): FlagDraft[] {
  return checkProject(makeProject(overrides), indicators).filter((flag) => flag.rule === rule);
}

describe('checkProject baseline', () => {
  it('raises nothing for a consistent project', () => {
    expect(checkProject(makeProject(), CONSISTENT_INDICATORS)).toEqual([]);
  });

  it('never flags and never throws when every figure is missing', () => {
    const empty = makeProject({
      budget_initial: null,
      budget_adjusted: null,
      executed: null,
      execution_rate: null,
      execution_rate_reported: null,
      execution_weight: null,
      execution_score: null,
      total_score: null,
      grade: null,
      grade_band: null,
    });
    expect(checkProject(empty, [])).toEqual([]);
    expect(checkProject(empty, makeIndicators([null, null], [null, null]))).toEqual([]);
  });
});

describe('executed_exceeds_budget', () => {
  it('tolerates 1e-6 万元 and flags beyond', () => {
    expect(projectFlags('executed_exceeds_budget', { executed: 100.0000009 })).toEqual([]);
    expect(projectFlags('executed_exceeds_budget', { executed: 100 })).toEqual([]);
    expect(projectFlags('executed_exceeds_budget', { executed: 100.000002 })).toHaveLength(1);
  });

  it('measures against the adjusted budget, else the initial one', () => {
    expect(projectFlags('executed_exceeds_budget', { budget_adjusted: 120, executed: 110 })).toEqual([]);
    const [flag] = projectFlags('executed_exceeds_budget', { budget_adjusted: null, executed: 101 });
    expect(flag?.evidence).toMatchObject({ executed: 101, budget: 100, budget_field: 'budget_initial' });
  });

  it('states the numbers and the hiding rate, severity error, the row sources', () => {
    const [flag] = projectFlags('executed_exceeds_budget', { executed: 101, execution_rate_reported: 1 });
    expect(flag?.message).toBe('执行数 101.00 万元超过预算 100.00 万元，但报告执行率 100%');
    expect(flag?.severity).toBe('error');
    expect(flag?.sources).toEqual([SOURCE]);
  });

  it('omits the "但" clause when the report admits the overspend or states no rate', () => {
    for (const reported of [1.01, null]) {
      const [flag] = projectFlags('executed_exceeds_budget', {
        executed: 101,
        execution_rate_reported: reported,
      });
      expect(flag?.message).toBe('执行数 101.00 万元超过预算 100.00 万元');
    }
  });

  it('needs both figures', () => {
    expect(
      projectFlags('executed_exceeds_budget', { budget_initial: null, budget_adjusted: null, executed: 5 }),
    ).toEqual([]);
    expect(projectFlags('executed_exceeds_budget', { executed: null })).toEqual([]);
  });
});

describe('execution_rate_mismatch', () => {
  it('tolerates 1 percentage point either way and flags beyond', () => {
    const at = (reported: number) =>
      projectFlags('execution_rate_mismatch', { executed: 67, execution_rate_reported: reported });
    expect(at(0.66)).toEqual([]);
    expect(at(0.68)).toEqual([]);
    expect(at(0.659)).toHaveLength(1);
    expect(at(0.6811)).toHaveLength(1);
  });

  it('states reported and computed rates with the amounts', () => {
    const [flag] = projectFlags('execution_rate_mismatch', { executed: 82.73, execution_rate_reported: 0.9 });
    expect(flag?.message).toBe(
      '报告执行率 90%，按执行数 82.73 万元 ÷ 预算 100.00 万元计算为 82.73%（相差 7.27 个百分点）',
    );
    expect(flag?.evidence).toMatchObject({ execution_rate_reported: 0.9, execution_rate: 0.8273 });
    expect(flag?.severity).toBe('warning');
  });

  it('needs a positive budget, an executed amount and a reported rate', () => {
    expect(projectFlags('execution_rate_mismatch', { execution_rate_reported: null })).toEqual([]);
    expect(projectFlags('execution_rate_mismatch', { executed: null, execution_rate_reported: 0.1 })).toEqual(
      [],
    );
    expect(
      projectFlags('execution_rate_mismatch', {
        budget_initial: 0,
        budget_adjusted: 0,
        execution_rate_reported: 0.1,
      }),
    ).toEqual([]);
  });
});

describe('execution_score_mismatch', () => {
  const onlyComputed = (executed: number, score: number) =>
    projectFlags('execution_score_mismatch', {
      executed,
      execution_rate_reported: null,
      execution_score: score,
    });

  it('tolerates 0.5 point around rate × weight and flags beyond', () => {
    expect(onlyComputed(50, 5.5)).toEqual([]);
    expect(onlyComputed(50, 4.5)).toEqual([]);
    expect(onlyComputed(50, 5.51)).toHaveLength(1);
    expect(onlyComputed(50, 4.49)).toHaveLength(1);
  });

  it('caps the rate at 100 %', () => {
    expect(onlyComputed(110, 10)).toEqual([]);
    const [flag] = onlyComputed(110, 11);
    expect(flag?.evidence).toMatchObject({ expected_from_rate: 10 });
  });

  it('accepts the score when either the computed or the reported rate explains it', () => {
    const score = (reported: number, executionScore: number) =>
      projectFlags('execution_score_mismatch', {
        executed: 60,
        execution_rate_reported: reported,
        execution_score: executionScore,
      });
    expect(score(0.7, 7)).toEqual([]); // reported explains, computed (6) does not
    expect(score(0.5, 6)).toEqual([]); // computed explains, reported (5) does not
    const [flag] = score(0.7, 8);
    expect(flag?.message).toBe(
      '预算执行得分 8 分，按执行率 60.00% × 权重 10 分应为 6 分；按报告执行率 70% × 权重 10 分应为 7 分',
    );
  });

  it('uses the weight, and skips without weight, score or any rate', () => {
    expect(projectFlags('execution_score_mismatch', { execution_weight: 20, execution_score: 19 })).toEqual(
      [],
    );
    expect(
      projectFlags('execution_score_mismatch', { execution_weight: 20, execution_score: 9.5 }),
    ).toHaveLength(1);
    expect(projectFlags('execution_score_mismatch', { execution_weight: null, execution_score: 1 })).toEqual(
      [],
    );
    expect(projectFlags('execution_score_mismatch', { execution_score: null })).toEqual([]);
    expect(
      projectFlags('execution_score_mismatch', {
        executed: null,
        execution_rate_reported: null,
        execution_score: 1,
      }),
    ).toEqual([]);
  });
});

describe('weights_not_100', () => {
  const withWeights = (weights: (number | null)[], executionWeight: number | null = 10) =>
    projectFlags('weights_not_100', { execution_weight: executionWeight }, makeIndicators(weights));

  it('tolerates 0.5 either way and flags beyond', () => {
    expect(withWeights([30, 30, 30.5])).toEqual([]);
    expect(withWeights([30, 30, 29.5])).toEqual([]);
    expect(withWeights([30, 30, 30.6])).toHaveLength(1);
    expect(withWeights([30, 30, 29.4])).toHaveLength(1);
  });

  it('counts the execution weight only when known', () => {
    expect(withWeights([50, 50], null)).toEqual([]);
    const [flag] = withWeights([50, 60], null);
    expect(flag?.message).toBe('指标权重合计 110 分，应为 100 分');
  });

  it('needs at least one weighted indicator of this project', () => {
    expect(withWeights([])).toEqual([]);
    expect(withWeights([null, null])).toEqual([]);
    const foreign = makeIndicators([60, 60], [], 'p-2');
    expect(projectFlags('weights_not_100', {}, [...CONSISTENT_INDICATORS, ...foreign])).toEqual([]);
  });
});

describe('total_not_sum', () => {
  it('tolerates 0.5 either way and flags beyond', () => {
    expect(projectFlags('total_not_sum', { total_score: 95.5 })).toEqual([]);
    expect(projectFlags('total_not_sum', { total_score: 94.5 })).toEqual([]);
    expect(projectFlags('total_not_sum', { total_score: 95.51 })).toHaveLength(1);
    expect(projectFlags('total_not_sum', { total_score: 94.49 })).toHaveLength(1);
  });

  it('states total and sum', () => {
    const [flag] = projectFlags('total_not_sum', { total_score: 100 });
    expect(flag?.message).toBe('自评总分 100 分，但各项得分合计 95 分（含预算执行 9.5 分）');
    expect(flag?.evidence).toMatchObject({ total_score: 100, score_sum: 95, indicator_score_sum: 85.5 });
  });

  it('needs a known total and at least one scored indicator', () => {
    expect(projectFlags('total_not_sum', { total_score: null })).toEqual([]);
    expect(
      projectFlags('total_not_sum', { total_score: 50 }, makeIndicators([30, 30], [null, null])),
    ).toEqual([]);
  });
});

describe('grade_score_mismatch', () => {
  it('flags a stated grade outside the band of the total, at the band boundary', () => {
    expect(projectFlags('grade_score_mismatch', { grade: '良好', total_score: 89.99 })).toEqual([]);
    expect(projectFlags('grade_score_mismatch', { grade: '良好', total_score: 90 })).toHaveLength(1);
    expect(projectFlags('grade_score_mismatch', { grade: '优', total_score: 90 })).toEqual([]);
    expect(projectFlags('grade_score_mismatch', { grade: '优', total_score: 89.99 })).toHaveLength(1);
  });

  it('skips unknown grade words and missing totals', () => {
    expect(projectFlags('grade_score_mismatch', { grade: '特优', total_score: 10 })).toEqual([]);
    expect(projectFlags('grade_score_mismatch', { grade: null, total_score: 10 })).toEqual([]);
    expect(projectFlags('grade_score_mismatch', { grade: '差', total_score: null })).toEqual([]);
  });
});

describe('high_score_low_execution', () => {
  const at = (total: number, executed: number) =>
    projectFlags('high_score_low_execution', { total_score: total, executed, execution_rate_reported: null });

  it('fires at total ≥ 90 with rate < 60 % only', () => {
    expect(at(90, 59.99)).toHaveLength(1);
    expect(at(89.99, 59.99)).toEqual([]);
    expect(at(90, 60)).toEqual([]);
  });

  it('falls back to the reported rate when none can be computed', () => {
    const [flag] = projectFlags('high_score_low_execution', {
      executed: null,
      execution_rate_reported: 0.3,
      total_score: 95,
    });
    expect(flag?.message).toBe('报告执行率 30%，自评总分 95 分（≥90）');
    expect(flag?.evidence).toMatchObject({ rate_kind: 'reported', execution_rate: 0.3 });
    expect(
      projectFlags('high_score_low_execution', {
        executed: null,
        execution_rate_reported: null,
        total_score: 95,
      }),
    ).toEqual([]);
  });
});

describe('seed situations (DESIGN.md Pitfalls)', () => {
  it('000: department spent 11799.60 of 11208.52 yet says 执行率 100 %', () => {
    const flags = checkDepartment(
      makeDepartment({ budget_initial: 11208.52, executed: 11799.604354, execution_rate_reported: 1 }),
    );
    expect(rulesOf(flags)).toEqual(['executed_exceeds_budget', 'execution_rate_mismatch']);
    expect(flags[0]?.message).toBe('执行数 11799.60 万元超过预算 11208.52 万元，但报告执行率 100%');
    expect(flags[0]?.evidence).toMatchObject({ executed: 11799.604354, budget: 11208.52 });
    expect(flags[1]?.message).toContain('105.27%');
    expect(flags[1]?.message).toContain('5.27 个百分点');
  });

  it('002 政工教训经费: 3.2 % executed, scored 1/10 and 91 in total', () => {
    const flags = checkProject(
      makeProject({
        budget_initial: 20,
        budget_adjusted: 20,
        executed: 0.64,
        execution_rate_reported: 0.032,
        execution_score: 1,
        total_score: 91,
      }),
      [],
    );
    expect(rulesOf(flags)).toEqual(['execution_score_mismatch', 'high_score_low_execution']);
    expect(flags[1]?.message).toBe('执行率 3.20%，自评总分 91 分（≥90）');
  });

  it('002 机关所站运转专项: 74 points stated as 优秀', () => {
    const flags = checkProject(
      makeProject({
        budget_initial: 79,
        budget_adjusted: 79,
        executed: 58.762315,
        execution_rate_reported: 0.7438,
        execution_score: 7,
        total_score: 74,
      }),
      [],
    );
    expect(rulesOf(flags)).toEqual(['grade_score_mismatch']);
    expect(flags[0]?.message).toBe('自评等级为“优秀”（优），但总分 74 分属于“中”（60–80 分）');
  });

  it('002 数据传输线路租赁专项: 69 % executed but full execution score', () => {
    const flags = checkProject(
      makeProject({
        budget_initial: 10,
        budget_adjusted: 10,
        executed: 6.9,
        execution_rate_reported: 0.69,
        execution_score: 10,
        total_score: 100,
      }),
      [],
    );
    expect(rulesOf(flags)).toEqual(['execution_score_mismatch']);
    expect(flags[0]?.message).toContain('应为 6.9 分');
  });

  it('002: indicator weights summing to 110', () => {
    const flags = checkProject(makeProject({ total_score: null }), makeIndicators([30, 30, 40]));
    expect(rulesOf(flags)).toEqual(['weights_not_100']);
    expect(flags[0]?.message).toBe('指标权重合计 110 分（含预算执行 10 分），应为 100 分');
  });

  it("002: a typo'd total of 100 over scores that add to 99", () => {
    const flags = checkProject(
      makeProject({ total_score: 100, executed: 100, execution_rate_reported: 1, execution_score: 10 }),
      makeIndicators([30, 30, 30], [30, 30, 29]),
    );
    expect(rulesOf(flags)).toEqual(['total_not_sum']);
  });

  it('004: 66 % executed scored 6.6/10 is consistent', () => {
    const project = makeProject({
      budget_initial: 150,
      budget_adjusted: 150,
      executed: 100,
      execution_rate_reported: 0.66,
      execution_score: 6.6,
      total_score: 90.6,
      grade: null,
    });
    expect(checkProject(project, [])).toEqual([]);
  });

  it('003: overspending the initial budget within the adjusted one is fine', () => {
    const department = makeDepartment({
      budget_initial: 4456.86,
      budget_adjusted: 5940.76,
      executed: 5940.76,
      total_score: 98,
    });
    expect(checkDepartment(department)).toEqual([]);
  });

  it('001: the same project amount differs between table and annex', () => {
    const table = {
      value: 319.67,
      source: { file: '001_57d721c392cb664d.txt', line_start: 120, line_end: 120 },
    };
    const annex = {
      value: 297.9122,
      source: { file: '001_57d721c392cb664d.txt', line_start: 880, line_end: 884 },
    };
    const flag = conflictFlag('amount_conflict', 'budget_adjusted', '全年预算数', [table, annex]);
    expect(flag.rule).toBe('amount_conflict');
    expect(flag.message).toBe(
      '全年预算数在不同位置不一致：319.67 万元（001_57d721c392cb664d.txt 第 120 行）、' +
        '297.91 万元（001_57d721c392cb664d.txt 第 880–884 行）',
    );
    expect(flag.evidence).toMatchObject({ field: 'budget_adjusted', value_1: 319.67, value_2: 297.9122 });
    expect(flag.evidence.spread).toBeCloseTo(21.7578, 9);
    expect(flag.sources).toEqual([table.source, annex.source]);
  });
});

describe('checkDepartment', () => {
  it('flags a high total at low execution', () => {
    const flags = checkDepartment(makeDepartment({ executed: 50, total_score: 95 }));
    expect(rulesOf(flags)).toEqual(['high_score_low_execution']);
    expect(flags[0]?.message).toBe('执行率 50.00%，自评总分 95 分（≥90）');
  });

  it('applies the same tolerances as projects', () => {
    expect(checkDepartment(makeDepartment({ executed: 100.0000009, execution_rate_reported: 1.01 }))).toEqual(
      [],
    );
    expect(
      rulesOf(checkDepartment(makeDepartment({ executed: 67, execution_rate_reported: 0.659 }))),
    ).toEqual(['execution_rate_mismatch']);
  });

  it('never flags and never throws without figures', () => {
    const missing = { budget_initial: null, executed: null, execution_rate_reported: null };
    expect(checkDepartment(makeDepartment({ ...missing, total_score: 99 }))).toEqual([]);
    expect(checkDepartment(makeDepartment({ ...missing, budget_adjusted: 100, total_score: null }))).toEqual(
      [],
    );
  });
});

describe('conflictFlag', () => {
  const source = (line: number): Source => ({ file: FILE, line_start: line, line_end: line });

  it('formats scores in 分 and rates in %, lists every value', () => {
    const scores = conflictFlag('score_conflict', 'total_score', '自评总分', [
      { value: 91, source: source(3) },
      { value: 95.5, source: source(9) },
    ]);
    expect(scores.message).toBe(
      `自评总分在不同位置不一致：91 分（${FILE} 第 3 行）、95.5 分（${FILE} 第 9 行）`,
    );
    expect(scores.severity).toBe('warning');
    const rates = conflictFlag('amount_conflict', 'execution_rate_reported', '执行率', [
      { value: 1, source: source(3) },
      { value: 0.832, source: source(9) },
    ]);
    expect(rates.message).toContain('100%（');
    expect(rates.message).toContain('83.2%（');
  });

  it('lists each source once', () => {
    const flag = conflictFlag('amount_conflict', 'executed', '执行数', [
      { value: 1, source: source(3) },
      { value: 2, source: source(3) },
      { value: 3, source: source(4) },
    ]);
    expect(flag.sources).toEqual([source(3), source(4)]);
    expect(flag.evidence).toMatchObject({ value_3: 3, source_3: `${FILE}:4-4` });
  });
});

describe('computedRate', () => {
  it.each([
    [36, 34.2, 0.95],
    [5, 4.6, 0.92],
    [10, 2.3, 0.23],
    [64, 67.2, 1.05],
  ])('is executed ÷ budget without float noise (%s budgeted, %s spent → %s)', (budget, executed, rate) => {
    const row = {
      budget_initial: budget,
      budget_adjusted: null,
      executed,
      execution_rate_reported: null,
      total_score: null,
      sources: [SOURCE],
    };
    expect(computedRate(row)).toBe(rate);
  });
});
