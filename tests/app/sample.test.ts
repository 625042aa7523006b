/**
 * Scatter sampling on a generated dataset (scripts/gen-dataset.ts): `limit` points, every
 * outlier kept, the same sample every time, and `total` counting all matching projects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeTable } from '../../src/data/arrow.ts';
import { TABLE_NAMES } from '../../src/data/schema.ts';
import { applySettings, buildFacts, runQuery, type Engine } from '../../src/app/db/database.ts';
import { EMPTY_FILTERS } from '../../src/app/filters.ts';
import { generateDataset } from '../../scripts/gen-dataset.ts';
import { createNodeEngine } from '../../src/app/build/node-engine.ts';

const tables = generateDataset({ projects: 3000, indicators: 2, seed: 7 });
let engine: Engine;

beforeAll(async () => {
  engine = await createNodeEngine();
  await applySettings(engine);
  for (const name of TABLE_NAMES) await engine.insertArrowIPC(name, encodeTable(name, tables[name]));
  await buildFacts(engine);
});

describe('scatter sample', () => {
  const all = { ...EMPTY_FILTERS };
  const eligible = tables.projects.filter((p) => {
    const budget = p.budget_adjusted ?? p.budget_initial;
    return budget !== null && budget > 0 && p.execution_rate !== null;
  });
  const outliers = eligible.filter((p) => (p.total_score ?? 0) >= 90 && (p.execution_rate ?? 1) < 0.6);

  it('returns `limit` points, all outliers first, and the full count', async () => {
    const rows = await runQuery(engine, 'budgetScatter', all, 500);
    expect(rows.length).toBe(500);
    expect(rows[0]?.total).toBe(eligible.length);
    expect(outliers.length).toBeGreaterThan(0);
    const shown = new Set(rows.map((r) => r.project_id));
    for (const p of outliers) expect(shown.has(p.project_id)).toBe(true);
    expect(rows.slice(0, outliers.length).every((r) => r.outlier)).toBe(true);
  });

  it('is the first `limit` matching projects in the sample order: outliers, then by hash bucket', async () => {
    const province = tables.agencies[0]?.province ?? '';
    for (const filters of [all, { ...all, province }, { ...all, rule: 'weights_not_100' as const }]) {
      const rows = await runQuery(engine, 'budgetScatter', filters, 200);
      const matching =
        filters.rule === null
          ? 'TRUE'
          : `project_id IN (SELECT project_id FROM flags WHERE rule = '${filters.rule}')`;
      const direct = await engine.select(
        `SELECT project_id FROM pf WHERE budget > 0 AND exec_rate IS NOT NULL AND (? = '' OR province = ?)
           AND ${matching}
         ORDER BY outlier DESC, sample_bucket, project_id LIMIT 200`,
        [filters.province ?? '', filters.province ?? ''],
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.project_id)).toEqual(direct.toArray().map((r) => String(r.project_id)));
    }
  });

  it('is the same sample on every call and shows everything when it fits', async () => {
    const a = await runQuery(engine, 'budgetScatter', all, 500);
    const b = await runQuery(engine, 'budgetScatter', all, 500);
    expect(b).toEqual(a);
    const agency = tables.projects[0]?.agency ?? '';
    const few = await runQuery(engine, 'budgetScatter', { ...all, agency }, 500);
    expect(few.length).toBe(eligible.filter((p) => p.agency === agency).length);
    expect(few[0]?.total).toBe(few.length);
  });
});
