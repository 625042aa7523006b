/**
 * A small hand-made dataset whose aggregates are worked out by hand in queries.test.ts.
 * Three agencies in two provinces, six projects, two departments, five flags, four problems.
 */
import type {
  AgencyRow,
  DepartmentRow,
  DocumentRow,
  FlagRow,
  IndicatorRow,
  ProblemRow,
  ProjectRow,
  Tables,
} from '../../src/data/schema.ts';

export const A = '甲市公安局';
export const B = '乙县公安局';
export const C = '丙县公安局';

const src = (file: string, line: number) => [{ file, line_start: line, line_end: line + 2 }];

function doc(doc_id: string, agency: string, year: number): DocumentRow {
  return {
    doc_id,
    file: `${doc_id}.txt`,
    sha256: '',
    bytes: 100,
    encoding: 'utf-8',
    format: 'txt',
    doc_kind: 'project_table',
    title: `${agency}${year}年度绩效自评`,
    agency,
    year,
    status: 'ok',
    message: '',
  };
}

function project(
  id: string,
  doc_id: string,
  agency: string,
  year: number,
  money: { initial: number | null; adjusted: number | null; executed: number | null; rate: number | null },
  score: number | null,
  band: ProjectRow['grade_band'],
  grade: string | null,
): ProjectRow {
  return {
    project_id: id,
    doc_id,
    agency,
    year,
    name: `${agency}项目${id}`,
    aliases: [`别名${id}`],
    code: `CODE-${id}`,
    managing_dept: agency,
    implementing_unit: agency,
    budget_initial: money.initial,
    budget_adjusted: money.adjusted,
    executed: money.executed,
    execution_rate: money.rate,
    execution_rate_reported: money.rate,
    execution_weight: 10,
    execution_score: null,
    total_score: score,
    grade,
    grade_band: band,
    indicator_count: id === 'p1' ? 2 : 0,
    sources: src(`${doc_id}.txt`, 10),
  };
}

function flag(
  flag_id: string,
  rule: FlagRow['rule'],
  severity: FlagRow['severity'],
  doc_id: string,
  project_id: string | null,
  agency: string,
  year: number,
): FlagRow {
  return {
    flag_id,
    rule,
    severity,
    doc_id,
    project_id,
    agency,
    year,
    message: `${rule} @ ${project_id ?? doc_id}`,
    evidence: JSON.stringify({ executed: 1, budget: 2 }),
    sources: src(`${doc_id}.txt`, 20),
  };
}

function problem(
  problem_id: string,
  doc_id: string,
  project_id: string | null,
  agency: string,
  year: number,
  text: string,
  categories: string[],
  cluster_id: string,
): ProblemRow {
  return {
    problem_id,
    doc_id,
    project_id,
    agency,
    year,
    text,
    categories,
    cluster_id,
    file: `${doc_id}.txt`,
    line: 30,
  };
}

function department(
  doc_id: string,
  agency: string,
  year: number,
  budget: number,
  executed: number,
): DepartmentRow {
  return {
    doc_id,
    agency,
    year,
    budget_initial: budget,
    budget_adjusted: null,
    executed,
    execution_rate: executed / budget,
    execution_rate_reported: 1,
    total_score: null,
    project_count: null,
    average_score: null,
    sources: src(`${doc_id}.txt`, 1),
  };
}

const agencies: AgencyRow[] = [
  { name: A, aliases: ['甲市局'], province: '河北省', city: '甲市', county: null },
  { name: B, aliases: [], province: '河北省', city: '乙市', county: '乙县' },
  { name: C, aliases: [], province: '山西省', city: '丙市', county: '丙县' },
];

const indicators: IndicatorRow[] = [
  {
    indicator_id: 'i2',
    project_id: 'p1',
    level1: '产出指标',
    level2: '质量指标',
    name: '验收合格率',
    target: '100%',
    actual: '100%',
    weight: 20,
    score: 20,
    deviation_reason: null,
    file: 'dA.txt',
    line: 14,
  },
  {
    indicator_id: 'i1',
    project_id: 'p1',
    level1: '产出指标',
    level2: '数量指标',
    name: '设备数量',
    target: '10台',
    actual: '9台',
    weight: 20,
    score: 18,
    deviation_reason: '采购延迟',
    file: 'dA.txt',
    line: 12,
  },
  {
    indicator_id: 'i9',
    project_id: 'p5',
    level1: null,
    level2: null,
    name: '其他',
    target: null,
    actual: null,
    weight: null,
    score: null,
    deviation_reason: null,
    file: 'dC.txt',
    line: 3,
  },
];

export function fixtureTables(): Tables {
  return {
    source_lines: [],
    documents: [doc('dA', A, 2021), doc('dB', B, 2021), doc('dB2', B, 2022), doc('dC', C, 2022)],
    agencies,
    projects: [
      project('p1', 'dA', A, 2021, { initial: 100, adjusted: 100, executed: 95, rate: 0.95 }, 92, '优', '优'),
      project(
        'p2',
        'dA',
        A,
        2021,
        { initial: 200, adjusted: null, executed: 100, rate: 0.5 },
        91,
        '优',
        '优秀',
      ),
      project('p3', 'dB', B, 2021, { initial: 50, adjusted: 50, executed: 60, rate: 1.2 }, 85, '良', '良'),
      project(
        'p4',
        'dB2',
        B,
        2022,
        { initial: null, adjusted: null, executed: 30, rate: null },
        70,
        '中',
        null,
      ),
      project('p5', 'dC', C, 2022, { initial: 80, adjusted: 80, executed: 80, rate: 1 }, null, null, null),
      project('p6', 'dC', C, 2022, { initial: 40, adjusted: 40, executed: 1.2, rate: 0.03 }, 91, '优', '良'),
    ],
    departments: [department('dA', A, 2021, 1000, 1050), department('dC', C, 2022, 500, 400)],
    indicators,
    problems: [
      problem('q1', 'dA', null, A, 2021, '预算编制不够细化', ['预算编制'], 'k1'),
      problem('q2', 'dB', null, B, 2021, '预算编制不够细化', ['预算编制'], 'k1'),
      problem('q3', 'dB', 'p3', B, 2021, '绩效目标不明确', ['绩效目标', '预算编制'], 'k2'),
      problem('q4', 'dC', null, C, 2022, '<script>alert(1)</script>', [], 'k3'),
    ],
    flags: [
      flag('f1', 'high_score_low_execution', 'warning', 'dA', 'p2', A, 2021),
      flag('f2', 'executed_exceeds_budget', 'error', 'dB', 'p3', B, 2021),
      flag('f3', 'high_score_low_execution', 'warning', 'dC', 'p6', C, 2022),
      flag('f4', 'grade_score_mismatch', 'warning', 'dC', 'p6', C, 2022),
      flag('f5', 'executed_exceeds_budget', 'error', 'dA', null, A, 2021),
    ],
  };
}
