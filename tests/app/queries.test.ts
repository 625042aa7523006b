/**
 * Every named query of src/app/db/queries.ts against DuckDB-WASM (Node blocking bundle) over the
 * hand-made fixture (tests/app/fixture.ts), with the expected figures worked out by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeTable } from '../../src/data/arrow.ts';
import { TABLE_NAMES } from '../../src/data/schema.ts';
import {
  applySettings,
  buildDeferred,
  buildFacts,
  buildStage,
  runQuery,
  type Engine,
} from '../../src/app/db/database.ts';
import {
  FACT_STAGES,
  QUERIES,
  STAGE_TABLES,
  buildQuery,
  factStage,
  type FactStage,
  type QueryArgs,
  type QueryName,
  type QueryRow,
} from '../../src/app/db/queries.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/app/filters.ts';
import { A, B, C, fixtureTables } from './fixture.ts';
import { createNodeEngine } from '../../src/app/build/node-engine.ts';

let engine: Engine;
const all: Filters = { ...EMPTY_FILTERS };
const page = { limit: 50, offset: 0 };
const run = <N extends QueryName>(name: N, ...args: QueryArgs<N>): Promise<QueryRow<N>[]> =>
  runQuery(engine, name, ...args);

beforeAll(async () => {
  engine = await createNodeEngine();
  await applySettings(engine);
  const tables = fixtureTables();
  for (const name of TABLE_NAMES) await engine.insertArrowIPC(name, encodeTable(name, tables[name]));
  await buildFacts(engine);
  await buildDeferred(engine);
});

describe('query builders', () => {
  it('turn every filter value into a parameter, never into SQL text', () => {
    const hostile = `x' OR '1'='1`;
    const query = buildQuery('kpis', { ...all, agency: hostile, rule: 'amount_conflict' });
    expect(query.sql).not.toContain(hostile);
    expect(query.params).toContain(hostile);
    expect(query.sql.split('?').length - 1).toBe(query.params.length);
  });

  it('reject a non-integer page and fall back to the default order for an unknown sort key', () => {
    expect(() => buildQuery('projectList', all, '', null, { limit: 1.5, offset: 0 })).toThrow(RangeError);
    const injected = buildQuery('projectList', all, '', { key: 'name; DROP TABLE pf', dir: 'asc' }, page);
    expect(injected.sql).not.toContain('DROP');
    expect(injected.sql).toContain('ORDER BY budget DESC');
  });

  it('cover every named query in this file', () => {
    expect(Object.keys(QUERIES).sort()).toEqual(
      [
        'agencySummary',
        'budgetByAgency',
        'budgetByYear',
        'budgetScatter',
        'documentList',
        'filterOptions',
        'flagList',
        'flagsByAgency',
        'flagsByRule',
        'kpis',
        'problemCategories',
        'problemHeatmap',
        'problemStatements',
        'projectDetail',
        'projectFlags',
        'projectIndicators',
        'projectList',
        'projectProblems',
        'rateHistogram',
        'scoreBoxplot',
        'scoreHistogram',
        'scoreScatter',
        'sourceText',
      ].sort(),
    );
  });
});

describe('filterOptions', () => {
  it('lists provinces, cities with their province, agencies and years', async () => {
    const rows = await run('filterOptions');
    const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => [r.value, r.parent]);
    expect(of('province')).toEqual([
      ['山西省', null],
      ['河北省', null],
    ]);
    expect(of('city')).toContainEqual(['乙市', '河北省']);
    expect(of('agency').map(([v]) => v)).toEqual([B, C, A].sort());
    expect(of('year')).toEqual([
      ['2021', null],
      ['2022', null],
    ]);
    expect(of('category')).toEqual([
      ['绩效目标', null],
      ['预算编制', null],
    ]);
  });
});

describe('kpis', () => {
  it('sums the whole dataset', async () => {
    const [k] = await run('kpis', all);
    expect(k).toMatchObject({ agencies: 3, projects: 6, flags: 5, problems: 4, outliers: 2 });
    expect(k?.budget).toBeCloseTo(470);
    expect(k?.executed).toBeCloseTo(366.2);
    // executed ÷ budget over projects having both: 336.2 / 470
    expect(k?.execution_rate).toBeCloseTo(336.2 / 470, 10);
    expect(k?.avg_score).toBeCloseTo(85.8);
  });

  it('follows the year filter', async () => {
    const [k] = await run('kpis', { ...all, year: 2021 });
    expect(k).toMatchObject({ agencies: 2, projects: 3, flags: 3, problems: 3, outliers: 1 });
    expect(k?.budget).toBeCloseTo(350);
    expect(k?.execution_rate).toBeCloseTo(255 / 350, 10);
  });

  it('applies the grade band to projects and, through their agency, to agency-level rows', async () => {
    const [k] = await run('kpis', { ...all, grade: '优' });
    expect(k).toMatchObject({ agencies: 2, projects: 3, flags: 4, problems: 2, outliers: 2 });
  });

  it('applies a flag rule to projects and to the documents that carry it', async () => {
    const [k] = await run('kpis', { ...all, rule: 'executed_exceeds_budget' });
    expect(k).toMatchObject({ agencies: 2, projects: 1, flags: 2, problems: 3 });
  });

  it('filters by province and city', async () => {
    const [hebei] = await run('kpis', { ...all, province: '河北省' });
    expect(hebei).toMatchObject({ agencies: 2, projects: 4 });
    const [yi] = await run('kpis', { ...all, province: '河北省', city: '乙市' });
    expect(yi).toMatchObject({ agencies: 1, projects: 2 });
  });

  it('applies a problem category to problem counts only', async () => {
    const [k] = await run('kpis', { ...all, category: '预算编制' });
    expect(k).toMatchObject({ agencies: 3, projects: 6, flags: 5, problems: 3 });
    const rows = await run('agencySummary', { ...all, category: '绩效目标' }, null, page);
    expect(rows.map((r) => [r.agency, r.problem_count])).toEqual([
      [A, 0],
      [C, 0],
      [B, 1],
    ]);
  });

  it('treats a hostile agency value as a plain string', async () => {
    const [k] = await run('kpis', { ...all, agency: `x' OR '1'='1` });
    expect(k).toMatchObject({ agencies: 0, projects: 0, flags: 0, budget: null });
  });
});

describe('agencySummary / budgetByAgency', () => {
  it('aggregates projects, departments, flags and problems per agency, by budget', async () => {
    const rows = await run('agencySummary', all, null, page);
    expect(rows.map((r) => r.agency)).toEqual([A, C, B]);
    const [a, c, b] = rows;
    expect(a).toMatchObject({ project_count: 2, budget: 300, executed: 195, avg_score: 91.5, flag_count: 2 });
    expect(a).toMatchObject({
      problem_count: 1,
      dept_budget: 1000,
      dept_executed: 1050,
      total: 3,
      province: '河北省',
    });
    expect(a?.execution_rate).toBeCloseTo(0.65);
    expect(a?.dept_rate).toBeCloseTo(1.05);
    expect(c?.execution_rate).toBeCloseTo(81.2 / 120);
    expect(b).toMatchObject({
      project_count: 2,
      budget: 50,
      executed: 90,
      execution_rate: 1.2,
      dept_budget: null,
    });
  });

  it('sorts by any whitelisted column and pages', async () => {
    const byProblems = await run('agencySummary', all, { key: 'problem_count', dir: 'desc' }, page);
    expect(byProblems[0]?.agency).toBe(B);
    const byRate = await run(
      'agencySummary',
      all,
      { key: 'execution_rate', dir: 'asc' },
      { limit: 1, offset: 1 },
    );
    expect(byRate.map((r) => r.agency)).toEqual([C]);
    expect(byRate[0]?.total).toBe(3);
  });

  it('drops agencies without a matching project under a grade filter', async () => {
    const rows = await run('agencySummary', all, null, { ...page });
    const graded = await run('agencySummary', { ...all, grade: '中' }, null, page);
    expect(rows).toHaveLength(3);
    expect(graded.map((r) => r.agency)).toEqual([B]);
  });

  it('budgetByAgency returns the largest budgets first, limited, with the number of agencies', async () => {
    const rows = await run('budgetByAgency', all, 2);
    expect(rows.map((r) => r.agency)).toEqual([A, C]);
    expect(rows[0]).toMatchObject({ project_count: 2, budget: 300, executed: 195, total: 3 });
    expect(rows[0]?.execution_rate).toBeCloseTo(0.65);
    const ruled = await run('budgetByAgency', { ...all, rule: 'executed_exceeds_budget' }, 10);
    expect(ruled.map((r) => [r.agency, r.budget, r.total])).toEqual([[B, 50, 1]]);
  });
});

describe('budgetByYear / rateHistogram', () => {
  it('budgetByYear sums budget and execution per year', async () => {
    const rows = await run('budgetByYear', all);
    expect(rows.map((r) => [r.year, r.project_count, r.budget, r.executed])).toEqual([
      [2021, 3, 350, 255],
      [2022, 3, 120, 111.2],
    ]);
    expect(rows[1]?.execution_rate).toBeCloseTo(81.2 / 120, 10);
  });

  it('rateHistogram puts exactly 100 % into 90–100 % and over-spending into bin 10', async () => {
    // rates: 0.95, 0.5, 1.2, 1.0, 0.03 (p4 has none)
    expect(await run('rateHistogram', all)).toEqual([
      { bin: 0, count: 1 },
      { bin: 5, count: 1 },
      { bin: 9, count: 2 },
      { bin: 10, count: 1 },
    ]);
  });
});

describe('scatter points', () => {
  it('budgetScatter keeps projects with a budget and a rate, outliers first, with their total', async () => {
    const rows = await run('budgetScatter', all, 100);
    expect(rows).toHaveLength(5);
    expect(
      rows
        .slice(0, 2)
        .map((r) => r.project_id)
        .sort(),
    ).toEqual(['p2', 'p6']);
    expect(rows.every((r) => r.total === 5)).toBe(true);
    const flagged = await run('budgetScatter', { ...all, rule: 'high_score_low_execution' }, 100);
    expect(flagged.map((r) => r.total)).toEqual([2, 2]);
    const limited = await run('budgetScatter', all, 3);
    expect(limited).toHaveLength(3);
    expect(limited[0]?.total).toBe(5);
    expect(await run('budgetScatter', { ...all, agency: '无此单位' }, 100)).toEqual([]);
  });

  it('scoreScatter exposes the 91-point project at 3 % execution as an outlier', async () => {
    const rows = await run('scoreScatter', all, 100);
    expect(rows.map((r) => r.project_id).sort()).toEqual(['p1', 'p2', 'p3', 'p6']);
    expect(rows.every((r) => r.total === 4)).toBe(true);
    const p6 = rows.find((r) => r.project_id === 'p6');
    expect(p6).toMatchObject({ total_score: 91, execution_rate: 0.03, outlier: true, grade_band: '优' });
  });
});

describe('score distribution', () => {
  it('scoreHistogram counts 1-point bins', async () => {
    expect(await run('scoreHistogram', all)).toEqual([
      { bin: 70, count: 1 },
      { bin: 85, count: 1 },
      { bin: 91, count: 2 },
      { bin: 92, count: 1 },
    ]);
  });

  it('scoreBoxplot gives quartiles per agency', async () => {
    const rows = await run('scoreBoxplot', all, 30);
    const a = rows.find((r) => r.agency === A);
    expect(a).toMatchObject({ n: 2, min: 91, q1: 91.25, median: 91.5, q3: 91.75, max: 92 });
    expect(rows.find((r) => r.agency === C)).toMatchObject({ n: 1, median: 91 });
  });
});

describe('problems', () => {
  it('problemCategories ranks categories by reporting agencies, then statements, ignoring the category filter', async () => {
    const expected = [
      { category: '预算编制', agencies: 2, count: 3, statements: 2 },
      { category: '绩效目标', agencies: 1, count: 1, statements: 1 },
    ];
    expect(await run('problemCategories', all)).toEqual(expected);
    expect(await run('problemCategories', { ...all, category: '绩效目标' })).toEqual(expected);
    expect(await run('problemCategories', { ...all, agency: C })).toEqual([]);
  });

  it('problemCategories breaks an agency tie by the number of statements', async () => {
    // In 乙县 alone both categories have one agency; 预算编制 has two statements, 绩效目标 one.
    expect((await run('problemCategories', { ...all, agency: B })).map((r) => r.category)).toEqual([
      '预算编制',
      '绩效目标',
    ]);
  });

  it('problemHeatmap crosses agency and category, whatever the category filter', async () => {
    const expected = [
      { agency: B, category: '绩效目标', count: 1, statements: 1 },
      { agency: B, category: '预算编制', count: 2, statements: 2 },
      { agency: A, category: '预算编制', count: 1, statements: 1 },
    ];
    expect(await run('problemHeatmap', all, 30)).toEqual(expected);
    expect(await run('problemHeatmap', { ...all, category: '预算编制' }, 30)).toEqual(expected);
    // The one agency with the most distinct statements.
    expect((await run('problemHeatmap', all, 1)).map((r) => r.agency)).toEqual([B, B]);
  });

  it('problemStatements lists each statement once with its count, agencies and every source', async () => {
    const rows = await run('problemStatements', all, '', null, page);
    expect(rows.map((r) => [r.cluster_id, r.occurrences])).toEqual([
      ['k1', 2],
      ['k3', 1], // same count and agency count: by text, '<' before '绩'
      ['k2', 1],
    ]);
    expect(rows[0]).toMatchObject({
      text: '预算编制不够细化',
      variants: 1,
      agencies: [B, A],
      agency_count: 2,
      all_agencies: 2,
      years: [2021],
      categories: ['预算编制'],
      total: 3,
      total_occurrences: 4,
    });
    expect(rows[0]?.sources).toEqual([
      { file: 'dA.txt', line_start: 30, line_end: 30 },
      { file: 'dB.txt', line_start: 30, line_end: 30 },
    ]);
    expect(rows[2]?.categories).toEqual(['绩效目标', '预算编制']);
    expect(rows[1]).toMatchObject({ text: '<script>alert(1)</script>', categories: [] });
  });

  it('problemStatements behind a heatmap cell add up to the cell', async () => {
    const cell = { ...all, agency: B, category: '预算编制' };
    const rows = await run('problemStatements', cell, '', null, page);
    expect(rows.map((r) => r.cluster_id).sort()).toEqual(['k1', 'k2']);
    expect(rows[0]).toMatchObject({ total: 2, total_occurrences: 2 });
    const k1 = rows.find((r) => r.cluster_id === 'k1');
    expect(k1).toMatchObject({ occurrences: 1, agencies: [B], agency_count: 1, all_agencies: 2 });
    expect(k1?.sources).toEqual([{ file: 'dB.txt', line_start: 30, line_end: 30 }]);
    expect(
      await run('problemStatements', { ...all, category: '绩效目标', agency: A }, '', null, page),
    ).toEqual([]);
  });

  it('problemStatements searches, sorts and pages', async () => {
    expect((await run('problemStatements', all, '绩效', null, page)).map((r) => r.cluster_id)).toEqual([
      'k2',
    ]);
    // Search narrows rows before grouping: only 甲市's occurrence of k1 is left.
    const searched = await run('problemStatements', all, '甲市', null, page);
    expect(searched.map((r) => [r.cluster_id, r.occurrences, r.agencies])).toEqual([['k1', 1, [A]]]);
    const byText = await run('problemStatements', all, '', { key: 'text', dir: 'desc' }, page);
    expect(byText.map((r) => r.cluster_id)).toEqual(['k1', 'k2', 'k3']);
    const second = await run('problemStatements', all, '', null, { limit: 1, offset: 1 });
    expect(second.map((r) => [r.cluster_id, r.total])).toEqual([['k3', 3]]);
  });
});

describe('flags and documents', () => {
  it('flagsByRule counts per rule and severity', async () => {
    expect(await run('flagsByRule', all)).toEqual([
      { rule: 'executed_exceeds_budget', severity: 'error', count: 2 },
      { rule: 'grade_score_mismatch', severity: 'warning', count: 1 },
      { rule: 'high_score_low_execution', severity: 'warning', count: 2 },
    ]);
  });

  it('flagsByAgency crosses agency and rule for the top agencies (ties by name)', async () => {
    // A and C have two flags each; 丙 (U+4E19) sorts before 甲 (U+7532).
    expect(await run('flagsByAgency', all, 1)).toEqual([
      { agency: C, rule: 'grade_score_mismatch', count: 1 },
      { agency: C, rule: 'high_score_low_execution', count: 1 },
    ]);
    const both = await run('flagsByAgency', { ...all, year: 2021 }, 5);
    expect(both).toEqual([
      { agency: B, rule: 'executed_exceeds_budget', count: 1 },
      { agency: A, rule: 'executed_exceeds_budget', count: 1 },
      { agency: A, rule: 'high_score_low_execution', count: 1 },
    ]);
  });

  it('flagList gives message, evidence and sources, errors first', async () => {
    const rows = await run('flagList', all, null, page);
    expect(rows).toHaveLength(5);
    expect(rows.slice(0, 2).every((r) => r.severity === 'error')).toBe(true);
    const f5 = rows.find((r) => r.flag_id === 'f5');
    expect(f5).toMatchObject({ project_id: null, project_name: null, agency: A });
    expect(JSON.parse(f5?.evidence ?? '')).toEqual({ executed: 1, budget: 2 });
    expect(f5?.sources).toEqual([{ file: 'dA.txt', line_start: 20, line_end: 22 }]);
    const f1 = rows.find((r) => r.flag_id === 'f1');
    expect(f1?.project_name).toBe(`${A}项目p2`);
  });

  it('documentList follows the filters', async () => {
    const rows = await run('documentList', { ...all, year: 2022 }, null, page);
    expect(rows.map((r) => r.doc_id)).toEqual(['dB2', 'dC']);
    expect(rows[0]).toMatchObject({ status: 'ok', total: 2 });
  });
});

describe('projects', () => {
  it('projectList searches name, agency, code and aliases; sorts; pages', async () => {
    const byAgency = await run('projectList', all, '乙县', { key: 'name', dir: 'asc' }, page);
    expect(byAgency.map((r) => r.project_id)).toEqual(['p3', 'p4']);
    expect(await run('projectList', all, 'code-p5', null, page)).toHaveLength(1);
    expect((await run('projectList', all, '别名p6', null, page))[0]?.project_id).toBe('p6');
    expect(await run('projectList', all, '100%', null, page)).toEqual([]);
    const paged = await run(
      'projectList',
      all,
      '',
      { key: 'total_score', dir: 'desc' },
      { limit: 2, offset: 0 },
    );
    expect(paged.map((r) => r.project_id)).toEqual(['p1', 'p2']);
    expect(paged[0]).toMatchObject({ total: 6, flag_count: 0, budget: 100 });
    const last = await run(
      'projectList',
      all,
      '',
      { key: 'total_score', dir: 'desc' },
      { limit: 2, offset: 4 },
    );
    expect(last.map((r) => r.project_id)).toEqual(['p4', 'p5']); // nulls last
    const byRate = await run('projectList', all, '', { key: 'execution_rate', dir: 'asc' }, page);
    expect(byRate.map((r) => r.project_id)).toEqual(['p6', 'p2', 'p1', 'p5', 'p3', 'p4']);
  });

  it('projectList filters by flag rule through the project flags', async () => {
    const rows = await run('projectList', { ...all, rule: 'high_score_low_execution' }, '', null, page);
    expect(rows.map((r) => r.project_id).sort()).toEqual(['p2', 'p6']);
  });

  it('projectDetail, projectIndicators, projectFlags and projectProblems describe one project', async () => {
    const [detail] = await run('projectDetail', 'p2');
    expect(detail).toMatchObject({
      budget_initial: 200,
      budget_adjusted: null,
      execution_rate: 0.5,
      city: '甲市',
    });
    expect(detail?.sources).toEqual([{ file: 'dA.txt', line_start: 10, line_end: 12 }]);
    expect(detail?.aliases).toEqual(['别名p2']);
    const indicators = await run('projectIndicators', 'p1');
    expect(indicators.map((r) => r.indicator_id)).toEqual(['i1', 'i2']);
    expect(indicators[0]).toMatchObject({ weight: 20, score: 18, deviation_reason: '采购延迟', line: 12 });
    expect((await run('projectFlags', 'p6')).map((r) => r.rule)).toEqual([
      'grade_score_mismatch',
      'high_score_low_execution',
    ]);
    expect((await run('projectProblems', 'p3')).map((r) => r.problem_id)).toEqual(['q3']);
    expect(await run('projectDetail', 'nope')).toEqual([]);
  });
});

describe('fact stages', () => {
  // Each query answered before the late facts, with arguments for any filters.
  const argsFor: { [N in QueryName]?: (filters: Filters) => QueryArgs<N> } = {
    budgetByYear: (f) => [f],
    budgetByAgency: (f) => [f, 10],
    rateHistogram: (f) => [f],
    budgetScatter: (f) => [f, 100],
    scoreScatter: (f) => [f, 100],
    scoreHistogram: (f) => [f],
    scoreBoxplot: (f) => [f, 10],
  };
  const filterSets: Filters[] = [
    all,
    { ...all, agency: A },
    { ...all, grade: '优' },
    { ...all, rule: 'high_score_low_execution' },
    { ...all, province: '河北省', year: 2021 },
    { ...all, category: '资金管理' },
  ];

  /** An engine with the tables and facts of the stages up to `last` only. */
  async function engineUpTo(last: FactStage): Promise<Engine> {
    const partial = await createNodeEngine();
    await applySettings(partial);
    const tables = fixtureTables();
    for (const stage of FACT_STAGES) {
      if (stage !== 'late') {
        for (const name of STAGE_TABLES[stage])
          await partial.insertArrowIPC(name, encodeTable(name, tables[name]));
      }
      await buildStage(partial, stage);
      if (stage === last) return partial;
    }
    return partial;
  }

  it('answer each query from the facts of its stage alone, with the same rows as with every fact table', async () => {
    const engines = { cube: await engineUpTo('cube'), core: await engineUpTo('core') };
    const stages = new Set<FactStage>();
    for (const [name, argsOf] of Object.entries(argsFor) as [
      QueryName,
      (f: Filters) => QueryArgs<QueryName>,
    ][]) {
      for (const filters of filterSets) {
        const args = argsOf(filters);
        const stage = factStage(name, args);
        expect(stage, `${name} ${JSON.stringify(filters)}`).not.toBe('late');
        if (stage === 'late') continue;
        stages.add(stage);
        const expected = await runQuery(engine, name, ...args);
        expect(await runQuery(engines[stage], name, ...args), `${name} ${JSON.stringify(filters)}`).toEqual(
          expected,
        );
      }
    }
    expect([...stages].sort()).toEqual(['core', 'cube']);
    // The cube answers the bars without a rule filter only; the KPIs wait for the late facts.
    expect(factStage('budgetByYear', [all])).toBe('cube');
    expect(factStage('budgetByYear', [{ ...all, rule: 'high_score_low_execution' }])).toBe('core');
    expect(factStage('kpis', [all])).toBe('late');
    await expect(runQuery(engines.cube, 'rateHistogram', all)).rejects.toThrow(/pf|Catalog/);
    await expect(runQuery(engines.core, 'kpis', all)).rejects.toThrow(/ff|qf|df|Catalog/);
  });
});
