/**
 * Mixed reports: prose and tables stating the same project. The record merges them (the table's
 * figures lead); prose figures that disagree raise amount_conflict / score_conflict.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFixtures, type IngestedTables } from '../helpers/ingest.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');
const FILES = [
  'mx-prose-table-code-2023.txt',
  'nd-narrative-indicator-table.md',
  'mx-narrative-indicators-no-execution.md',
  'mx-two-projects-sections-tables-2022.txt',
  'mx-department-project-annex-2024.txt',
  'mx-prose-rate-score-disagree-2021.txt',
];

let t: IngestedTables;
beforeAll(async () => {
  t = await ingestFixtures(DIR, FILES);
});

/** The file's conflict messages (they name each value and its line, table first), sorted. */
function conflicts(file: string): string[] {
  const doc = t.docOf(file);
  return t.tables.flags
    .filter((f) => f.doc_id === doc.doc_id && f.rule.endsWith('_conflict'))
    .map((f) => `${f.rule}: ${f.message}`)
    .sort();
}

describe('a project report with prose figures and the standard table', () => {
  const FILE = 'mx-prose-table-code-2023.txt';
  it('merges prose and table into one project led by the table, with the code line read', () => {
    const projects = t.projectsOf(FILE);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({
      name: '警用装备购置',
      aliases: [],
      code: '13082223000012',
      managing_dept: '兴隆县公安局',
      implementing_unit: '兴隆县公安局警务保障室',
      budget_initial: 120,
      budget_adjusted: 120,
      executed: 114,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 97.5,
      grade: '优秀',
      grade_band: '优',
    });
    expect(t.docOf(FILE)).toMatchObject({ agency: '兴隆县公安局', year: 2023, status: 'ok' });
  });
  it('raises amount_conflict for the executed amount (112 in prose, 114 in the table) and nothing else', () => {
    expect(t.flagRules(FILE)).toEqual(['amount_conflict']);
    expect(conflicts(FILE)).toEqual([
      'amount_conflict: 执行数在不同位置不一致：114.00 万元（mx-prose-table-code-2023.txt 第 12 行）、112.00 万元（mx-prose-table-code-2023.txt 第 6 行）',
    ]);
  });
});

describe('a narrative whose indicator table has no 项目名称 row', () => {
  const FILE = 'nd-narrative-indicator-table.md';
  it("attaches the table's indicators and the prose's execution part to the titled project", () => {
    const [p] = t.projectsOf(FILE);
    expect(p).toMatchObject({
      name: '道路交通智能管控平台运维',
      budget_initial: 180,
      budget_adjusted: 180,
      executed: 172.8,
      execution_rate_reported: 0.96,
      execution_weight: 10,
      execution_score: 9.6,
      total_score: 96,
      grade: '优',
    });
    const names = t.tables.indicators.filter((i) => i.project_id === p?.project_id).map((i) => i.name);
    expect(names).toEqual([
      '运维路口数量',
      '设备完好率',
      '故障修复时间',
      '高峰时段平均通行速度提升',
      '群众满意度',
    ]);
    const late = t.tables.indicators.find((i) => i.name === '故障修复时间');
    expect(late).toMatchObject({
      level1: '产出指标',
      target: '≤24小时',
      actual: '30小时',
      weight: 10,
      score: 7,
    });
  });
  it('raises no weight or total flag: the execution 10 points are stated in prose', () => {
    expect(t.flagRules(FILE)).toEqual([]);
  });
});

describe('a narrative indicator table summing to 90 with execution stated nowhere', () => {
  const FILE = 'mx-narrative-indicators-no-execution.md';
  it('reads the indicators and raises neither weights_not_100 nor total_not_sum', () => {
    const [p] = t.projectsOf(FILE);
    expect(p).toMatchObject({
      name: '城区信号灯运维',
      execution_weight: null,
      execution_score: null,
      total_score: 95,
    });
    expect(t.tables.indicators.filter((i) => i.project_id === p?.project_id)).toHaveLength(5);
    expect(t.flagRules(FILE)).toEqual([]);
  });
});

describe('two project sections in prose, then a table for each', () => {
  const FILE = 'mx-two-projects-sections-tables-2022.txt';
  it('merges each section with its table', () => {
    const projects = t.projectsOf(FILE);
    expect(projects.map((p) => [p.name, p.aliases, p.budget_initial, p.executed, p.total_score])).toEqual([
      ['执法记录仪购置', ['执法记录仪购置项目'], 80, 76, 96],
      ['看守所监控改造', ['看守所监控改造项目'], 150, 138, 92],
    ]);
    expect(projects.map((p) => p.implementing_unit)).toEqual(['临漳县公安局法制大队', '临漳县看守所']);
    expect(t.flagRules(FILE)).toEqual([]);
  });
});

describe('a department report with a project table annex', () => {
  const FILE = 'mx-department-project-annex-2024.txt';
  it("keeps the department's figures and the annexed project, named without the annex label", () => {
    expect(t.docOf(FILE).doc_kind).toBe('department_overall');
    expect(t.departmentOf(FILE)).toMatchObject({
      budget_initial: 5216.4,
      budget_adjusted: 5380.2,
      executed: 5302.6,
      execution_rate_reported: 0.9856,
      total_score: 94,
    });
    const projects = t.projectsOf(FILE);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({
      name: '反电诈宣传',
      aliases: ['反电诈宣传项目'],
      budget_initial: 40,
      executed: 38,
      total_score: 98.5,
    });
  });
  it('raises amount_conflict for the "其中，…项目" sentence disagreeing with the annex', () => {
    expect(t.flagRules(FILE)).toEqual(['amount_conflict']);
    expect(conflicts(FILE)).toEqual([
      'amount_conflict: 执行数在不同位置不一致：38.00 万元（mx-department-project-annex-2024.txt 第 14 行）、36.00 万元（mx-department-project-annex-2024.txt 第 7 行）',
    ]);
  });
});

describe('prose whose rate and score disagree with the table while amounts agree', () => {
  const FILE = 'mx-prose-rate-score-disagree-2021.txt';
  it('keeps the table figures and raises a rate conflict and a score conflict', () => {
    expect(t.projectsOf(FILE)[0]).toMatchObject({
      name: '交通安全宣传',
      executed: 54,
      execution_rate_reported: 0.9,
      total_score: 97,
    });
    expect(conflicts(FILE)).toEqual([
      'amount_conflict: 执行率在不同位置不一致：90%（mx-prose-rate-score-disagree-2021.txt 第 8 行）、92%（mx-prose-rate-score-disagree-2021.txt 第 3 行）',
      'score_conflict: 自评总分在不同位置不一致：97 分（mx-prose-rate-score-disagree-2021.txt 第 13 行）、95 分（mx-prose-rate-score-disagree-2021.txt 第 16 行）',
    ]);
    expect(t.flagRules(FILE)).toEqual(['amount_conflict', 'score_conflict']);
  });
});
