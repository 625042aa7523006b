/**
 * Every SQL statement of the app: the setup run once after the tables are loaded, and the named
 * queries the views ask for. Builders are pure — (filters, paging, sorting) → {sql, params} — so the
 * same code runs against DuckDB-WASM in the browser worker and in Node (tests/app/queries.test.ts).
 *
 * Filter semantics (one rule for every view):
 * - agency, province, city, year restrict every table by its own columns;
 * - grade (优/良/中/差) restricts projects by grade_band; rows tied to a project (flags, problems)
 *   follow their project's band; agency-level rows (departments, documents, document-level
 *   flags/problems) are kept when their agency has at least one matching project;
 * - rule restricts projects to those flagged with it, flags to that rule, and agency-level rows
 *   (departments, documents, problems) to documents carrying a flag of that rule;
 * - category restricts problems to those whose categories contain it, and nothing else (see
 *   Filters.category). The category ranking and the heatmap of 共性问题 ignore it on purpose: they
 *   are where a category is chosen, so they keep every category and mark the chosen one.
 */
import { FLAG_RULES } from '../../data/constants.ts';
import type { Filters } from '../filters.ts';
import type { FlagRule, GradeBand, Severity, Source } from '../../data/schema.ts';
import { Fragment, joinSql, sql, trusted, type Param } from './sql.ts';

/**
 * The tables the app loads before its first charts, in stages (see FACT_STAGES): agencies and
 * projects first — the cube of projects answers the first chart — then the rest. indicators and
 * source_lines are lazy: large, and only the project detail and the source text need them.
 */
export const STAGE_TABLES = {
  cube: ['agencies', 'projects'],
  core: ['documents', 'departments', 'problems', 'flags'],
} as const;
export const CORE_TABLES = [...STAGE_TABLES.cube, ...STAGE_TABLES.core] as const;
export const LAZY_TABLES = ['indicators', 'source_lines'] as const;
export type LazyTable = (typeof LAZY_TABLES)[number];

/** Lines of one source shown at most; a longer range says "…共 N 行". */
export const SOURCE_TEXT_MAX_LINES = 30;

/** The lines of a source that are shown: line_start… up to SOURCE_TEXT_MAX_LINES of them. */
export function sourceSpan(source: Source): { first: number; last: number; total: number; capped: boolean } {
  const first = source.line_start;
  const total = Math.max(1, source.line_end - source.line_start + 1);
  const shown = Math.min(total, SOURCE_TEXT_MAX_LINES);
  return { first, last: first + shown - 1, total, capped: shown < total };
}

/**
 * The measures of the project cube pc, as aggregates over pf rows. projectAgg() produces the same
 * columns row by row from pf when a rule filter makes the cube unusable.
 */
const CUBE_MEASURES = `count(*)::INTEGER AS n, sum(budget) AS budget, sum(executed) AS executed,
       sum(executed) FILTER (WHERE budget > 0) AS rate_num,
       sum(budget) FILTER (WHERE executed IS NOT NULL AND budget > 0) AS rate_den,
       sum(total_score) AS score_sum, count(total_score)::INTEGER AS score_n,
       count(*) FILTER (WHERE outlier)::INTEGER AS outliers,
       count(*) FILTER (WHERE budget > 0 AND exec_rate IS NOT NULL)::INTEGER AS n_budget_points,
       count(*) FILTER (WHERE total_score IS NOT NULL AND exec_rate IS NOT NULL)::INTEGER AS n_score_points`;

const ROW_MEASURES = `1 AS n, budget, executed,
       CASE WHEN budget > 0 THEN executed END AS rate_num,
       CASE WHEN executed IS NOT NULL AND budget > 0 THEN budget END AS rate_den,
       total_score AS score_sum, (total_score IS NOT NULL)::INTEGER AS score_n, outlier::INTEGER AS outliers,
       (budget > 0 AND exec_rate IS NOT NULL)::INTEGER AS n_budget_points,
       (total_score IS NOT NULL AND exec_rate IS NOT NULL)::INTEGER AS n_score_points`;

/** A rule's bit in pf.rule_mask: one per rule of the contract's closed vocabulary (0: unknown). */
function ruleBit(rule: string): number {
  const index = (FLAG_RULES as readonly string[]).indexOf(rule);
  return index < 0 ? 0 : 2 ** index;
}

/** Hash buckets of the scatter sample (pf.sample_bucket ∈ 0…SAMPLE_BUCKETS-1). */
const SAMPLE_BUCKETS = 1000;
/** pf's row order: outliers first, then by hash bucket — any prefix is the scatter sample. */
const SAMPLE_ORDER = 'outlier DESC, sample_bucket, project_id';

export const SETTINGS_SQL: readonly string[] = [
  // Offline by construction: DuckDB must never try to download an extension.
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
];

/**
 * A project's derived figures, from its own columns (alias p): pf stores them, pc sums them.
 * The execution rate is the reported/computed one, else executed ÷ budget.
 */
const PROJECT_BUDGET = 'COALESCE(p.budget_adjusted, p.budget_initial)';
const PROJECT_RATE = `COALESCE(p.execution_rate, p.executed / NULLIF(${PROJECT_BUDGET}, 0))`;
const PROJECT_FIGURES = `${PROJECT_BUDGET} AS budget, p.executed, ${PROJECT_RATE} AS exec_rate,
  COALESCE(p.total_score >= 90 AND ${PROJECT_RATE} < 0.6, false) AS outlier`;

/**
 * Derived tables, materialised once after loading so that a filter change scans small, pre-joined
 * tables: pc (a cube of projects by agency × year × band, which answers the sums and counts), pf
 * (projects, slim: no nested columns, with a bit mask of their flag rules, stored in the scatter
 * sample's order), ff (flags), qf (problems), df (departments), docf (documents), plus the
 * (document, rule) pairs of the rule filter.
 *
 * In stages, so that the first chart does not wait for all of them (on a cold start much of their
 * cost is DuckDB-WASM compiling the code each new kind of operator runs):
 * - cube: from agencies and projects alone — the per-year and per-agency bars (see factStage);
 * - core: the project facts, once the other core tables are in — every project chart;
 * - late: the rest, built right after the queries waiting for the core facts are sent.
 */
export const FACT_STAGES = ['cube', 'core', 'late'] as const;
export type FactStage = (typeof FACT_STAGES)[number];

export const FACTS_SQL: Record<FactStage, readonly string[]> = {
  cube: [
    `CREATE OR REPLACE TABLE agency_geo AS
       SELECT name AS agency, min(province) AS province, min(city) AS city FROM agencies GROUP BY name`,
    // Grouped before the join: a place per cube row, not per project.
    `CREATE OR REPLACE TABLE pc AS
       SELECT c.agency, g.province, g.city, c.* EXCLUDE (agency)
       FROM (SELECT agency, year, grade_band, ${CUBE_MEASURES}
             FROM (SELECT p.agency, p.year, p.grade_band, p.total_score, ${PROJECT_FIGURES} FROM projects p)
             GROUP BY agency, year, grade_band) c
       LEFT JOIN agency_geo g ON g.agency = c.agency`,
  ],
  core: [
    // The project-level rule filter is then an integer test on pf.rule_mask (see ruleClause).
    `CREATE OR REPLACE TABLE rule_bits AS
       SELECT * FROM (VALUES ${FLAG_RULES.map((rule) => `('${rule}', ${ruleBit(rule)}::BIGINT)`).join(', ')}) t(rule, bit)`,
    // Stored in SAMPLE_ORDER: scatter plots show its first rows (see pointsSql).
    `CREATE OR REPLACE TABLE pf AS SELECT * FROM (
       SELECT p.project_id, p.doc_id, p.agency, p.year, p.name, p.code, p.execution_rate_reported, p.total_score,
         p.grade, p.grade_band, p.indicator_count, g.province, g.city, ${PROJECT_FIGURES},
         COALESCE(c.flag_count, 0)::INTEGER AS flag_count, COALESCE(c.rule_mask, 0)::BIGINT AS rule_mask,
         (hash(p.project_id) % ${SAMPLE_BUCKETS})::SMALLINT AS sample_bucket
       FROM projects p
       LEFT JOIN agency_geo g ON g.agency = p.agency
       LEFT JOIN (SELECT f.project_id, count(*) AS flag_count, bit_or(b.bit) AS rule_mask
                  FROM flags f JOIN rule_bits b ON b.rule = f.rule GROUP BY f.project_id) c
         ON c.project_id = p.project_id)
       ORDER BY ${SAMPLE_ORDER}`,
  ],
  late: [
    `CREATE OR REPLACE TABLE doc_rules AS SELECT DISTINCT doc_id, rule FROM flags`,
    `CREATE OR REPLACE TABLE ff AS
       SELECT f.*, g.province, g.city, p.grade_band, p.name AS project_name
       FROM flags f
       LEFT JOIN agency_geo g ON g.agency = f.agency
       LEFT JOIN pf p ON p.project_id = f.project_id`,
    `CREATE OR REPLACE TABLE qf AS
       SELECT q.*, g.province, g.city, p.grade_band, p.name AS project_name, c.cluster_rows, c.cluster_agencies
       FROM problems q
       LEFT JOIN agency_geo g ON g.agency = q.agency
       LEFT JOIN pf p ON p.project_id = q.project_id
       LEFT JOIN (SELECT cluster_id, count(*)::INTEGER AS cluster_rows, count(DISTINCT agency)::INTEGER AS cluster_agencies
                  FROM problems GROUP BY cluster_id) c ON c.cluster_id = q.cluster_id`,
    `CREATE OR REPLACE TABLE df AS
       SELECT d.*, COALESCE(d.budget_adjusted, d.budget_initial) AS budget, g.province, g.city
       FROM departments d LEFT JOIN agency_geo g ON g.agency = d.agency`,
    `CREATE OR REPLACE TABLE docf AS
       SELECT x.*, g.province, g.city FROM documents x LEFT JOIN agency_geo g ON g.agency = x.agency`,
  ],
};

/**
 * Built on the first search (see onDemandStep): the lower-cased search text of projects — lower()
 * over 100,000 long strings would be the slowest part of the start-up.
 */
export const DEFERRED_SQL: readonly string[] = [
  `CREATE OR REPLACE TABLE project_search AS
     SELECT project_id, lower(concat_ws(' ', name, agency, code, managing_dept, implementing_unit,
       array_to_string(aliases, ' '))) AS search_text
     FROM projects`,
];

/** A named, parameterised statement. `row` is a phantom field carrying the result row type. */
export interface Query<Row> {
  readonly name: string;
  readonly sql: string;
  readonly params: readonly Param[];
  readonly row?: Row;
}

export interface Page {
  limit: number;
  offset: number;
}

export type SortDir = 'asc' | 'desc';
export interface Sort {
  key: string;
  dir: SortDir;
}

/** Rows per page of the views' tables. */
export const PAGE_SIZE = 50;

/** The initial order of 总览's agency table. */
export const AGENCY_SUMMARY_SORT: Sort = { key: 'budget', dir: 'desc' };

/** Rows an export may fetch at once: the 100,000-project benchmark fits. */
export const EXPORT_LIMIT = 1_000_000;

// ---------------------------------------------------------------------------------------------
// Filter → WHERE

type Fact = 'pf' | 'pc' | 'ff' | 'qf' | 'df' | 'docf';

/**
 * The relation the project aggregates read: the cube pc, or — under a rule filter, which the cube
 * cannot express — the matching pf rows shaped like cube rows. Filter it with where('pc', …).
 */
function projectAgg(filters: Filters): Fragment {
  if (filters.rule === null) return trusted('pc');
  return sql`(SELECT agency, province, city, year, grade_band, ${trusted(ROW_MEASURES)}
    FROM pf WHERE ${ruleClause('pf', filters.rule)})`;
}

const DOC_RULE = 'doc_id IN (SELECT doc_id FROM doc_rules WHERE rule = ?)';
const RULE_CLAUSE: Record<Exclude<Fact, 'pc' | 'pf'>, string> = {
  ff: 'rule = ?',
  qf: DOC_RULE,
  df: DOC_RULE,
  docf: DOC_RULE,
};

/**
 * The rule filter on one table. On pf a test of the rule's bit: a predicate on pf's own columns
 * (no subquery), so a scan of pf keeps its row order (see pointsSql).
 */
function ruleClause(fact: Exclude<Fact, 'pc'>, rule: FlagRule): Fragment {
  if (fact !== 'pf') return new Fragment(RULE_CLAUSE[fact], [rule]);
  return sql`(rule_mask & CAST(${ruleBit(rule)} AS BIGINT)) <> 0`;
}

/** How the grade filter reaches each table (see the module comment). */
function gradeClause(fact: Fact, filters: Filters, grade: GradeBand): Fragment {
  if (fact === 'pf' || fact === 'pc') return sql`grade_band = ${grade}`;
  const scope = sql`agency IN (SELECT agency FROM ${projectAgg(filters)} WHERE ${where('pc', filters)})`;
  if (fact === 'ff' || fact === 'qf') {
    return sql`(grade_band = ${grade} OR (project_id IS NULL AND ${scope}))`;
  }
  return scope;
}

export function where(fact: Fact, filters: Filters): Fragment {
  const clauses: Fragment[] = [];
  if (filters.agency !== null) clauses.push(sql`agency = ${filters.agency}`);
  if (filters.province !== null) clauses.push(sql`province = ${filters.province}`);
  if (filters.city !== null) clauses.push(sql`city = ${filters.city}`);
  if (filters.year !== null) clauses.push(sql`year = CAST(${filters.year} AS INTEGER)`);
  if (filters.rule !== null && fact !== 'pc') clauses.push(ruleClause(fact, filters.rule));
  if (filters.grade !== null) clauses.push(gradeClause(fact, filters, filters.grade));
  if (filters.category !== null && fact === 'qf')
    clauses.push(sql`list_contains(categories, ${filters.category})`);
  return joinSql(clauses, ' AND ', 'TRUE');
}

/** The filters of a chart that picks the category: everything but the category itself. */
function exceptCategory(filters: Filters): Filters {
  return { ...filters, category: null };
}

// ---------------------------------------------------------------------------------------------
// Paging, sorting, search

function checkedInt(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`invalid ${what}: ${value}`);
  return value;
}

function pageSql(page: Page): Fragment {
  const limit = checkedInt(page.limit, 0, EXPORT_LIMIT, 'limit');
  const offset = checkedInt(page.offset, 0, Number.MAX_SAFE_INTEGER, 'offset');
  return sql`LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * ORDER BY from a whitelist: `columns` maps the sort keys a view may send to SQL expressions; an
 * unknown key falls back to the default. `tie` makes the order total, so paging is stable.
 */
function orderSql(sort: Sort | null, columns: Record<string, string>, fallback: Sort, tie: string): Fragment {
  const chosen = sort !== null && Object.hasOwn(columns, sort.key) ? sort : fallback;
  const expression = columns[chosen.key] ?? chosen.key;
  const dir = chosen.dir === 'asc' ? 'ASC' : 'DESC';
  return trusted(`ORDER BY ${expression} ${dir} NULLS LAST, ${tie}`);
}

/**
 * Case-insensitive substring search; `haystack` is an SQL expression already in lower case
 * (project_search has it precomputed). contains(), not LIKE, so % and _ need no escaping.
 */
function searchSql(search: string, haystack: string): Fragment {
  const term = search.trim();
  if (term === '') return trusted('TRUE');
  return sql`contains(${trusted(haystack)}, lower(${term}))`;
}

function projectSearch(search: string): Fragment {
  if (search.trim() === '') return trusted('TRUE');
  return sql`project_id IN (SELECT project_id FROM project_search WHERE ${searchSql(search, 'search_text')})`;
}

// ---------------------------------------------------------------------------------------------
// Row types

export interface FilterOptionRow {
  kind: 'province' | 'city' | 'agency' | 'year' | 'category';
  value: string;
  parent: string | null;
}

export interface KpiRow {
  agencies: number;
  projects: number;
  budget: number | null;
  executed: number | null;
  execution_rate: number | null;
  avg_score: number | null;
  flags: number;
  problems: number;
  outliers: number;
}

export interface AgencySummaryRow {
  agency: string;
  province: string | null;
  city: string | null;
  project_count: number;
  budget: number | null;
  executed: number | null;
  execution_rate: number | null;
  avg_score: number | null;
  dept_budget: number | null;
  dept_executed: number | null;
  dept_rate: number | null;
  flag_count: number;
  problem_count: number;
  total: number;
}

export interface AgencyBudgetRow {
  agency: string;
  project_count: number;
  budget: number | null;
  executed: number | null;
  execution_rate: number | null;
  /** Agencies with any amount under the filters (the bars show the first `limit`). */
  total: number;
}

export interface ProjectPointRow {
  project_id: string;
  name: string;
  agency: string;
  year: number | null;
  budget: number | null;
  execution_rate: number | null;
  total_score: number | null;
  grade_band: GradeBand | null;
  outlier: boolean;
  total: number;
}

export interface YearRow {
  year: number | null;
  project_count: number;
  budget: number | null;
  executed: number | null;
  execution_rate: number | null;
}

export interface RateBinRow {
  /** 0…9 = 0–10 % … 90–100 % (exactly 100 % included), 10 = over 100 %. */
  bin: number;
  count: number;
}

export interface HistogramRow {
  bin: number;
  count: number;
}

export interface BoxplotRow {
  agency: string;
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface CategoryRow {
  category: string;
  /** Distinct agencies reporting the category: the ranking key. */
  agencies: number;
  /** Problem statements (rows), repeats included. */
  count: number;
  /** Distinct statements (clusters). */
  statements: number;
}

export interface HeatmapRow {
  agency: string;
  category: string;
  count: number;
  statements: number;
}

export interface ProblemListRow {
  problem_id: string;
  agency: string;
  year: number | null;
  text: string;
  categories: string[];
  cluster_id: string;
  cluster_rows: number;
  cluster_agencies: number;
  project_id: string | null;
  project_name: string | null;
  file: string;
  line: number;
  total: number;
}

export interface SourceTextRow {
  line: number;
  /** The exact line (tabs separate table cells); null when source_lines does not hold it. */
  text: string | null;
}

/** One distinct statement (cluster) of the 共性问题 list, within the current filters. */
export interface StatementRow {
  cluster_id: string;
  /** The most frequent wording of the cluster (ties: the first in code-point order). */
  text: string;
  /** Different wordings merged into this statement (near-identical variants). */
  variants: number;
  /** Occurrences under the filters: "同文出现 N 次". */
  occurrences: number;
  agencies: string[];
  agency_count: number;
  /** Agencies with this statement in the whole dataset, whatever the filters. */
  all_agencies: number;
  years: number[];
  categories: string[];
  /** Every occurrence, by file and line. */
  sources: Source[];
  /** Distinct statements, and their occurrences, under the filters (for paging and the caption). */
  total: number;
  total_occurrences: number;
}

export interface FlagCountRow {
  rule: FlagRule;
  severity: Severity;
  count: number;
}

export interface FlagAgencyRow {
  agency: string;
  rule: FlagRule;
  count: number;
}

export interface FlagListRow {
  flag_id: string;
  rule: FlagRule;
  severity: Severity;
  agency: string;
  year: number | null;
  project_id: string | null;
  project_name: string | null;
  message: string;
  evidence: string;
  sources: Source[];
  total: number;
}

export interface DocumentListRow {
  doc_id: string;
  file: string;
  doc_kind: string | null;
  title: string | null;
  agency: string | null;
  year: number | null;
  encoding: string | null;
  status: string;
  message: string;
  total: number;
}

export interface ProjectListRow {
  project_id: string;
  agency: string;
  province: string | null;
  year: number | null;
  name: string;
  code: string | null;
  budget: number | null;
  executed: number | null;
  execution_rate: number | null;
  execution_rate_reported: number | null;
  total_score: number | null;
  grade: string | null;
  grade_band: GradeBand | null;
  indicator_count: number;
  flag_count: number;
  total: number;
}

export interface ProjectDetailRow {
  project_id: string;
  doc_id: string;
  agency: string;
  province: string | null;
  city: string | null;
  year: number | null;
  name: string;
  aliases: string[];
  code: string | null;
  managing_dept: string | null;
  implementing_unit: string | null;
  budget_initial: number | null;
  budget_adjusted: number | null;
  executed: number | null;
  execution_rate: number | null;
  execution_rate_reported: number | null;
  execution_weight: number | null;
  execution_score: number | null;
  total_score: number | null;
  grade: string | null;
  grade_band: GradeBand | null;
  indicator_count: number;
  sources: Source[];
}

export interface IndicatorListRow {
  indicator_id: string;
  level1: string | null;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
  weight: number | null;
  score: number | null;
  deviation_reason: string | null;
  file: string;
  line: number;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

/**
 * The project aggregates, summed from the cube pc. The execution rate is executed ÷ budget over the
 * projects that have both (rate_num / rate_den), so the ratio is honest.
 */
const CUBE_SUMS = `COALESCE(sum(n), 0)::INTEGER AS project_count, sum(budget) AS budget, sum(executed) AS executed,
  sum(rate_num) / NULLIF(sum(rate_den), 0) AS execution_rate, sum(score_sum) / NULLIF(sum(score_n), 0) AS avg_score,
  COALESCE(sum(outliers), 0)::INTEGER AS outliers`;

const AGENCY_SORT: Record<string, string> = {
  agency: 'agency',
  province: 'province',
  project_count: 'project_count',
  budget: 'budget',
  executed: 'executed',
  execution_rate: 'execution_rate',
  avg_score: 'avg_score',
  dept_budget: 'dept_budget',
  dept_executed: 'dept_executed',
  dept_rate: 'dept_rate',
  flag_count: 'flag_count',
  problem_count: 'problem_count',
};

/**
 * One row per agency: project sums from the cube, department sums, flag and problem counts. The
 * four parts are stacked (UNION ALL) and summed in one aggregation — much cheaper in DuckDB-WASM
 * than joining four grouped subqueries.
 */
function agencySummarySql(filters: Filters, sort: Sort | null, page: Page): Fragment {
  // With a grade filter, agencies without a matching project are out (see module comment).
  const keep = filters.grade === null ? trusted('TRUE') : trusted('sum(n) > 0');
  return sql`
    WITH parts AS (
      SELECT agency, min(province) AS province, min(city) AS city, sum(n) AS n, sum(budget) AS budget,
        sum(executed) AS executed, sum(rate_num) AS rate_num, sum(rate_den) AS rate_den,
        sum(score_sum) AS score_sum, sum(score_n) AS score_n, NULL::DOUBLE AS d_budget, NULL::DOUBLE AS d_executed,
        NULL::DOUBLE AS d_num, NULL::DOUBLE AS d_den, 0 AS flags, 0 AS problems
      FROM ${projectAgg(filters)} WHERE ${where('pc', filters)} GROUP BY agency
      UNION ALL
      SELECT agency, min(province), min(city), 0, NULL, NULL, NULL, NULL, NULL, 0, sum(budget), sum(executed),
        sum(executed) FILTER (WHERE budget > 0), sum(budget) FILTER (WHERE executed IS NOT NULL AND budget > 0), 0, 0
      FROM df WHERE ${where('df', filters)} GROUP BY agency
      UNION ALL
      SELECT agency, min(province), min(city), 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, count(*), 0
      FROM ff WHERE ${where('ff', filters)} GROUP BY agency
      UNION ALL
      SELECT agency, min(province), min(city), 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, 0, count(*)
      FROM qf WHERE ${where('qf', filters)} GROUP BY agency)
    SELECT agency, min(province) AS province, min(city) AS city, sum(n)::INTEGER AS project_count,
      sum(budget) AS budget, sum(executed) AS executed, sum(rate_num) / NULLIF(sum(rate_den), 0) AS execution_rate,
      sum(score_sum) / NULLIF(sum(score_n), 0) AS avg_score, sum(d_budget) AS dept_budget,
      sum(d_executed) AS dept_executed, sum(d_num) / NULLIF(sum(d_den), 0) AS dept_rate,
      sum(flags)::INTEGER AS flag_count, sum(problems)::INTEGER AS problem_count,
      count(*) OVER ()::INTEGER AS total
    FROM parts WHERE agency <> ''
    GROUP BY agency HAVING ${keep}
    ${orderSql(sort, AGENCY_SORT, { key: 'budget', dir: 'desc' }, 'agency')}
    ${pageSql(page)}`;
}

/** The two scatter plots: which projects can be drawn, and the cube column that counts them. */
const SCATTERS = {
  budget: { required: 'budget > 0 AND exec_rate IS NOT NULL', count: 'n_budget_points' },
  score: { required: 'total_score IS NOT NULL AND exec_rate IS NOT NULL', count: 'n_score_points' },
} as const;

export type ScatterKind = keyof typeof SCATTERS;

/**
 * Projects for a scatter: the first `limit` matching ones in pf's stored order (SAMPLE_ORDER) —
 * every outlier, then a fixed pseudo-random sample by hash bucket. The scan stops once it has
 * them: DuckDB keeps a single table's row order through WHERE and LIMIT, so no sort of the
 * matching rows is needed; only the ≤ `limit` rows taken are sorted (the join with the total does
 * not keep order). `total` counts every project the scatter could show, from the cube.
 */
function pointsSql(filters: Filters, kind: ScatterKind, limit: number): Fragment {
  const max = checkedInt(limit, 1, EXPORT_LIMIT, 'limit');
  return sql`
    WITH s AS (
      SELECT project_id, name, agency, year, budget, exec_rate, total_score, grade_band, outlier, sample_bucket
      FROM pf WHERE ${where('pf', filters)} AND ${trusted(SCATTERS[kind].required)}
      LIMIT ${max}),
    t AS (
      SELECT COALESCE(sum(${trusted(SCATTERS[kind].count)}), 0)::INTEGER AS total
      FROM ${projectAgg(filters)} WHERE ${where('pc', filters)})
    SELECT project_id, name, agency, year, budget, exec_rate AS execution_rate, total_score, grade_band, outlier,
      t.total
    FROM s, t
    ORDER BY ${trusted(SAMPLE_ORDER)}`;
}

const STATEMENT_SORT: Record<string, string> = {
  text: 'text',
  occurrences: 'occurrences',
  agencies: 'agency_count',
  years: 'years[1]',
  sources: 'sources[1].file',
};

/**
 * The 共性问题 list: one row per cluster of the problems matching the filters and the search (a
 * filter like any other, applied to rows before grouping), so `occurrences` is what the user sees
 * behind a heatmap cell.
 */
function statementsSql(filters: Filters, search: string, sort: Sort | null, page: Page): Fragment {
  return sql`
    WITH q AS (
      SELECT cluster_id, text, agency, year, categories, file, line, cluster_agencies
      FROM qf WHERE ${where('qf', filters)} AND ${searchSql(search, "lower(concat_ws(' ', text, agency))")}),
    wording AS (SELECT cluster_id, text, count(*) AS n FROM q GROUP BY cluster_id, text),
    rep AS (
      SELECT cluster_id, first(text ORDER BY n DESC, text) AS text, count(*)::INTEGER AS variants
      FROM wording GROUP BY cluster_id),
    g AS (
      SELECT cluster_id, count(*)::INTEGER AS occurrences, count(DISTINCT agency)::INTEGER AS agency_count,
        list_sort(list_distinct(list(agency))) AS agencies, max(cluster_agencies)::INTEGER AS all_agencies,
        list_sort(list_distinct(list(year))) AS years,
        list_sort(list_distinct(flatten(list(categories)))) AS categories,
        list({'file': file, 'line_start': line, 'line_end': line} ORDER BY file, line) AS sources
      FROM q GROUP BY cluster_id)
    SELECT cluster_id, text, variants, occurrences, agencies, agency_count, all_agencies, years, categories,
      sources, count(*) OVER ()::INTEGER AS total, (sum(occurrences) OVER ())::INTEGER AS total_occurrences
    FROM g JOIN rep USING (cluster_id)
    ${orderSql(sort, STATEMENT_SORT, { key: 'occurrences', dir: 'desc' }, 'agency_count DESC, text, cluster_id')}
    ${pageSql(page)}`;
}

const FLAG_SORT: Record<string, string> = {
  rule: 'rule',
  severity: "CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END",
  agency: 'agency',
  year: 'year',
  project_name: 'project_name',
  message: 'message',
};

const DOCUMENT_SORT: Record<string, string> = {
  file: 'file',
  doc_kind: 'doc_kind',
  agency: 'agency',
  year: 'year',
  status: 'status',
};

const PROJECT_SORT: Record<string, string> = {
  agency: 'agency',
  year: 'year',
  name: 'name',
  budget: 'budget',
  executed: 'executed',
  execution_rate: 'execution_rate',
  execution_rate_reported: 'execution_rate_reported',
  total_score: 'total_score',
  grade: 'grade',
  grade_band: 'grade_band',
  indicator_count: 'indicator_count',
  flag_count: 'flag_count',
};

// ---------------------------------------------------------------------------------------------
// The named queries

function query<Row>(name: string, fragment: Fragment): Query<Row> {
  return { name, sql: fragment.text.replace(/\s+/g, ' ').trim(), params: fragment.params };
}

export const QUERIES = {
  /** Values for the filter selects; independent of the current filters. */
  filterOptions: (): Query<FilterOptionRow> =>
    query(
      'filterOptions',
      sql`
      SELECT 'province' AS kind, province AS value, NULL::VARCHAR AS parent
        FROM agency_geo WHERE province IS NOT NULL GROUP BY province
      UNION ALL SELECT 'city', city, min(province) FROM agency_geo WHERE city IS NOT NULL GROUP BY city
      UNION ALL SELECT 'agency', n.agency, min(g.province)
        FROM (SELECT agency FROM agency_geo UNION SELECT agency FROM pc UNION SELECT agency FROM df
              UNION SELECT agency FROM docf WHERE agency IS NOT NULL) n
        LEFT JOIN agency_geo g ON g.agency = n.agency WHERE n.agency <> '' GROUP BY n.agency
      UNION ALL SELECT 'year', CAST(year AS VARCHAR), NULL
        FROM (SELECT year FROM pc UNION SELECT year FROM df UNION SELECT year FROM docf) WHERE year IS NOT NULL
      UNION ALL SELECT 'category', category, NULL FROM (SELECT DISTINCT unnest(categories) AS category FROM problems)
      ORDER BY kind, value`,
    ),

  kpis: (filters: Filters): Query<KpiRow> =>
    query(
      'kpis',
      sql`
      WITH p AS (SELECT * FROM ${projectAgg(filters)} WHERE ${where('pc', filters)})
      SELECT
        (SELECT count(*) FROM (SELECT agency FROM p UNION SELECT agency FROM df WHERE ${where('df', filters)})
          WHERE agency <> '')::INTEGER AS agencies,
        k.project_count AS projects, k.budget, k.executed, k.execution_rate, k.avg_score, k.outliers,
        (SELECT count(*) FROM ff WHERE ${where('ff', filters)})::INTEGER AS flags,
        (SELECT count(*) FROM qf WHERE ${where('qf', filters)})::INTEGER AS problems
      FROM (SELECT ${trusted(CUBE_SUMS)} FROM p) k`,
    ),

  /** Per-agency table of 总览 (sortable by any column, paged). */
  agencySummary: (filters: Filters, sort: Sort | null, page: Page): Query<AgencySummaryRow> =>
    query('agencySummary', agencySummarySql(filters, sort, page)),

  /** Bars of 预算执行: the agencies with the largest budgets. */
  budgetByAgency: (filters: Filters, limit: number): Query<AgencyBudgetRow> =>
    query(
      'budgetByAgency',
      sql`
      SELECT agency, ${trusted(CUBE_SUMS)}, count(*) OVER ()::INTEGER AS total
      FROM ${projectAgg(filters)} WHERE ${where('pc', filters)} AND agency <> ''
      GROUP BY agency HAVING sum(budget) IS NOT NULL OR sum(executed) IS NOT NULL
      ORDER BY budget DESC NULLS LAST, agency ${pageSql({ limit, offset: 0 })}`,
    ),

  /** Bars of 总览: budget and execution per year. */
  budgetByYear: (filters: Filters): Query<YearRow> =>
    query(
      'budgetByYear',
      sql`
      SELECT year, ${trusted(CUBE_SUMS)}
      FROM ${projectAgg(filters)} WHERE ${where('pc', filters)} GROUP BY year ORDER BY year NULLS LAST`,
    ),

  /** Projects per execution-rate decile (see RateBinRow). */
  rateHistogram: (filters: Filters): Query<RateBinRow> =>
    query(
      'rateHistogram',
      sql`
      SELECT CASE WHEN exec_rate > 1 THEN 10 ELSE LEAST(9, GREATEST(0, floor(exec_rate * 10)))::INTEGER END AS bin,
        count(*)::INTEGER AS count
      FROM pf WHERE ${where('pf', filters)} AND exec_rate IS NOT NULL GROUP BY bin ORDER BY bin`,
    ),

  /** Budget × execution rate: a sample of about `limit` projects, every outlier (see pointsSql). */
  budgetScatter: (filters: Filters, limit: number): Query<ProjectPointRow> =>
    query('budgetScatter', pointsSql(filters, 'budget', limit)),

  /** Self-score × execution rate, sampled likewise. */
  scoreScatter: (filters: Filters, limit: number): Query<ProjectPointRow> =>
    query('scoreScatter', pointsSql(filters, 'score', limit)),

  /** Self-scores in 1-point bins, 0…100 (scores outside are clamped to the ends). */
  scoreHistogram: (filters: Filters): Query<HistogramRow> =>
    query(
      'scoreHistogram',
      sql`
      SELECT LEAST(100, GREATEST(0, floor(total_score)))::INTEGER AS bin, count(*)::INTEGER AS count
      FROM pf WHERE ${where('pf', filters)} AND total_score IS NOT NULL
      GROUP BY bin ORDER BY bin`,
    ),

  /** Score distribution of the `limit` agencies with the most scored projects. */
  scoreBoxplot: (filters: Filters, limit: number): Query<BoxplotRow> =>
    query(
      'scoreBoxplot',
      sql`
      WITH top AS (
        SELECT agency FROM ${projectAgg(filters)} WHERE ${where('pc', filters)} GROUP BY agency HAVING sum(score_n) > 0
        ORDER BY sum(score_n) DESC, agency ${pageSql({ limit, offset: 0 })})
      SELECT agency, count(*)::INTEGER AS n, min(total_score) AS min, quantile_cont(total_score, 0.25) AS q1,
        quantile_cont(total_score, 0.5) AS median, quantile_cont(total_score, 0.75) AS q3, max(total_score) AS max
      FROM pf WHERE ${where('pf', filters)} AND total_score IS NOT NULL AND agency IN (SELECT agency FROM top)
      GROUP BY agency ORDER BY n DESC, agency`,
    ),

  /**
   * Categories ranked by how many agencies report them, then by statement count (all filters but
   * the category: see the module comment).
   */
  problemCategories: (filters: Filters): Query<CategoryRow> =>
    query(
      'problemCategories',
      sql`
      SELECT category, count(DISTINCT agency)::INTEGER AS agencies, count(*)::INTEGER AS count,
        count(DISTINCT cluster_id)::INTEGER AS statements
      FROM (SELECT agency, cluster_id, unnest(categories) AS category
            FROM qf WHERE ${where('qf', exceptCategory(filters))})
      GROUP BY category ORDER BY agencies DESC, count DESC, category`,
    ),

  /**
   * agency × category counts for the `limit` agencies with the most distinct statements (all
   * filters but the category, like problemCategories). A cell's count is what problemStatements lists for it.
   */
  problemHeatmap: (filters: Filters, limit: number): Query<HeatmapRow> =>
    query(
      'problemHeatmap',
      sql`
      WITH q AS (SELECT agency, cluster_id, unnest(categories) AS category
                 FROM qf WHERE ${where('qf', exceptCategory(filters))}),
      top AS (SELECT agency FROM q GROUP BY agency
              ORDER BY count(DISTINCT cluster_id) DESC, agency ${pageSql({ limit, offset: 0 })})
      SELECT agency, category, count(*)::INTEGER AS count, count(DISTINCT cluster_id)::INTEGER AS statements
      FROM q WHERE agency IN (SELECT agency FROM top)
      GROUP BY agency, category ORDER BY agency, category`,
    ),

  /** Distinct statements (clusters) under the filters, most repeated first (see statementsSql). */
  problemStatements: (filters: Filters, search: string, sort: Sort | null, page: Page): Query<StatementRow> =>
    query('problemStatements', statementsSql(filters, search, sort, page)),

  flagsByRule: (filters: Filters): Query<FlagCountRow> =>
    query(
      'flagsByRule',
      sql`
      SELECT rule, severity, count(*)::INTEGER AS count FROM ff WHERE ${where('ff', filters)}
      GROUP BY rule, severity ORDER BY rule, severity`,
    ),

  /** Flags per rule for the `limit` agencies with the most flags. */
  flagsByAgency: (filters: Filters, limit: number): Query<FlagAgencyRow> =>
    query(
      'flagsByAgency',
      sql`
      WITH f AS (SELECT agency, rule FROM ff WHERE ${where('ff', filters)} AND agency <> ''),
      top AS (SELECT agency FROM f GROUP BY agency ORDER BY count(*) DESC, agency ${pageSql({ limit, offset: 0 })})
      SELECT agency, rule, count(*)::INTEGER AS count FROM f WHERE agency IN (SELECT agency FROM top)
      GROUP BY agency, rule ORDER BY agency, rule`,
    ),

  flagList: (filters: Filters, sort: Sort | null, page: Page): Query<FlagListRow> =>
    query(
      'flagList',
      sql`
      SELECT flag_id, rule, severity, agency, year, project_id, project_name, message, evidence, sources,
        count(*) OVER ()::INTEGER AS total
      FROM ff WHERE ${where('ff', filters)}
      ${orderSql(sort, FLAG_SORT, { key: 'severity', dir: 'asc' }, 'agency, flag_id')}
      ${pageSql(page)}`,
    ),

  documentList: (filters: Filters, sort: Sort | null, page: Page): Query<DocumentListRow> =>
    query(
      'documentList',
      sql`
      SELECT doc_id, file, doc_kind, title, agency, year, encoding, status, message, count(*) OVER ()::INTEGER AS total
      FROM docf WHERE ${where('docf', filters)}
      ${orderSql(sort, DOCUMENT_SORT, { key: 'file', dir: 'asc' }, 'doc_id')}
      ${pageSql(page)}`,
    ),

  projectList: (filters: Filters, search: string, sort: Sort | null, page: Page): Query<ProjectListRow> =>
    query(
      'projectList',
      sql`
      SELECT p.*, c.total FROM (
        SELECT project_id, agency, province, year, name, code, budget, executed, exec_rate AS execution_rate,
          execution_rate_reported, total_score, grade, grade_band, indicator_count, flag_count
        FROM pf WHERE ${where('pf', filters)} AND ${projectSearch(search)}
        ${orderSql(sort, PROJECT_SORT, { key: 'budget', dir: 'desc' }, 'project_id')}
        ${pageSql(page)}) p,
      (SELECT count(*)::INTEGER AS total FROM pf WHERE ${where('pf', filters)} AND ${projectSearch(search)}) c
      ${orderSql(sort, PROJECT_SORT, { key: 'budget', dir: 'desc' }, 'project_id')}`,
    ),

  projectDetail: (projectId: string): Query<ProjectDetailRow> =>
    query(
      'projectDetail',
      sql`
      SELECT p.project_id, p.doc_id, p.agency, f.province, f.city, p.year, p.name, p.aliases, p.code, p.managing_dept,
        p.implementing_unit, p.budget_initial, p.budget_adjusted, p.executed, f.exec_rate AS execution_rate,
        p.execution_rate_reported, p.execution_weight, p.execution_score, p.total_score, p.grade, p.grade_band,
        p.indicator_count, p.sources
      FROM projects p JOIN pf f ON f.project_id = p.project_id WHERE p.project_id = ${projectId}`,
    ),

  projectIndicators: (projectId: string): Query<IndicatorListRow> =>
    query(
      'projectIndicators',
      sql`
      SELECT indicator_id, level1, level2, name, target, actual, weight, score, deviation_reason, file, line
      FROM indicators WHERE project_id = ${projectId} ORDER BY line, indicator_id`,
    ),

  projectFlags: (projectId: string): Query<FlagListRow> =>
    query(
      'projectFlags',
      sql`
      SELECT flag_id, rule, severity, agency, year, project_id, project_name, message, evidence, sources,
        count(*) OVER ()::INTEGER AS total
      FROM ff WHERE project_id = ${projectId} ORDER BY rule, flag_id`,
    ),

  projectProblems: (projectId: string): Query<ProblemListRow> =>
    query(
      'projectProblems',
      sql`
      SELECT problem_id, agency, year, text, categories, cluster_id, cluster_rows, cluster_agencies,
        project_id, project_name, file, line, count(*) OVER ()::INTEGER AS total
      FROM qf WHERE project_id = ${projectId} ORDER BY line, problem_id`,
    ),

  /**
   * The text of one source's lines (the first SOURCE_TEXT_MAX_LINES, see sourceSpan), one row per
   * line number; text is null for a line source_lines does not hold.
   */
  sourceText: (source: Source): Query<SourceTextRow> => {
    const span = sourceSpan(source);
    const first = checkedInt(span.first, 1, Number.MAX_SAFE_INTEGER, 'line');
    const last = checkedInt(span.last, first, Number.MAX_SAFE_INTEGER, 'line');
    return query(
      'sourceText',
      sql`
      SELECT n.line::INTEGER AS line, l.text
      FROM range(CAST(${first} AS BIGINT), CAST(${last} AS BIGINT) + 1) n(line)
      LEFT JOIN source_lines l ON l.file = ${source.file} AND l.line = n.line
      ORDER BY n.line`,
    );
  },
} as const;

export type QueryName = keyof typeof QUERIES;

export type QueryArgs<N extends QueryName> = Parameters<(typeof QUERIES)[N]>;
export type QueryRow<N extends QueryName> =
  ReturnType<(typeof QUERIES)[N]> extends Query<infer R> ? R : never;

/**
 * Queries answered from the core facts (pf, pc …) under any filters: the first charts of 总览,
 * 预算执行, 评分分布 and 项目 — they need not wait for the late facts. Two of them need only the
 * cube while no rule filter is set (a rule filter reads pf, see projectAgg).
 */
const CORE_FACT_QUERIES: ReadonlySet<QueryName> = new Set<QueryName>([
  'budgetByYear',
  'budgetByAgency',
  'rateHistogram',
  'budgetScatter',
  'scoreScatter',
  'scoreHistogram',
  'scoreBoxplot',
]);
const CUBE_QUERIES: ReadonlySet<QueryName> = new Set<QueryName>(['budgetByYear', 'budgetByAgency']);

/**
 * The fact stage a query waits for (see FACT_STAGES). tests/app/queries.test.ts runs every query
 * against the facts of its stage only.
 */
export function factStage<N extends QueryName>(name: N, args: QueryArgs<N>): FactStage {
  const filters = args[0] as Filters | undefined;
  if (CUBE_QUERIES.has(name) && filters?.rule === null) return 'cube';
  return CORE_FACT_QUERIES.has(name) ? 'core' : 'late';
}

/** Work done on first need rather than at start-up, so the worker stays free for the first views. */
export type OnDemandStep = 'search' | LazyTable;

/** The on-demand step a query needs first, if any: the search index (DEFERRED_SQL) or a lazy table. */
export function onDemandStep<N extends QueryName>(name: N, args: QueryArgs<N>): OnDemandStep | null {
  if (name === 'projectIndicators') return 'indicators';
  if (name === 'sourceText') return 'source_lines';
  if (name === 'projectList' && typeof args[1] === 'string' && args[1].trim() !== '') return 'search';
  return null;
}

export function buildQuery<N extends QueryName>(name: N, ...args: QueryArgs<N>): Query<QueryRow<N>> {
  const builder = QUERIES[name] as (...a: QueryArgs<N>) => Query<QueryRow<N>>;
  return builder(...args);
}
