/**
 * Field-by-field comparison of the ingest's tables with the truth of a synthetic report: every
 * expected field is one check (right or wrong), so accuracy is checks passed / checks expected.
 */
import type { DepartmentRow, ProjectRow, Tables } from '../../src/data/schema.ts';
import type { DepartmentTruth, ProjectTruth, ReportTruth } from '../../src/corpus/truth.ts';

export interface Check {
  file: string;
  layout: string;
  /** e.g. "doc.agency", "project.executed", "department.total_score", "flags". */
  field: string;
  ok: boolean;
  detail: string;
}

const AMOUNT_TOL = 1e-4;
const RATE_TOL = 1e-3;
const SCORE_TOL = 1e-6;

const compact = (s: string): string => s.replace(/\s+/g, '');
/** A project's name as reports vary it: with or without the trailing 项目. */
const nameKey = (s: string): string => compact(s).replace(/项目$/, '');

function close(field: string, got: unknown, want: unknown): boolean {
  if (typeof got !== 'number' || typeof want !== 'number') return got === want;
  const tol = /rate/.test(field) ? RATE_TOL : /budget|executed/.test(field) ? AMOUNT_TOL : SCORE_TOL;
  return Math.abs(got - want) <= tol;
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export function findProject(rows: readonly ProjectRow[], want: ProjectTruth): ProjectRow | undefined {
  const key = nameKey(want.name);
  return rows.find((p) => [p.name, ...p.aliases].some((n) => nameKey(n) === key));
}

const PROJECT_FIELDS = [
  'budget_initial',
  'budget_adjusted',
  'executed',
  'execution_rate_reported',
  'execution_score',
  'total_score',
  'grade',
  'indicator_count',
] as const satisfies readonly (keyof ProjectTruth & keyof ProjectRow)[];

const DEPARTMENT_FIELDS = [
  'budget_initial',
  'budget_adjusted',
  'executed',
  'execution_rate_reported',
  'total_score',
  'project_count',
  'average_score',
] as const satisfies readonly (keyof DepartmentTruth & keyof DepartmentRow)[];

export function compareReport(truth: ReportTruth, tables: Tables): Check[] {
  const checks: Check[] = [];
  const check = (field: string, ok: boolean, detail = '') =>
    checks.push({ file: truth.file, layout: truth.layout, field, ok, detail });
  const expectField = (field: string, got: unknown, want: unknown) =>
    check(field, close(field, got, want), `${show(got)} ≠ ${show(want)}`);

  const docs = tables.documents.filter((d) => d.file === truth.file);
  const doc = docs[0];
  check('doc.row', docs.length === 1, `${docs.length} documents rows`);
  if (!doc) return checks;
  expectField('doc.doc_kind', doc.doc_kind, truth.doc_kind);
  expectField('doc.status', doc.status, truth.status);
  check(
    'doc.agency',
    doc.agency !== null && compact(doc.agency) === compact(truth.agency),
    `${doc.agency} ≠ ${truth.agency}`,
  );
  expectField('doc.year', doc.year, truth.year);
  expectField('doc.encoding', doc.encoding, truth.encoding);

  const mine = tables.projects.filter((p) => p.sources.some((s) => s.file === truth.file));
  check(
    'project.count',
    mine.length === truth.projects.length,
    `${mine.length} projects (${mine.map((p) => p.name).join(' / ')}) ≠ ${truth.projects.length}`,
  );
  for (const want of truth.projects) {
    const got = findProject(mine, want);
    check('project.found', got !== undefined, `not found: ${want.name}`);
    for (const field of PROJECT_FIELDS) {
      if (!got) check(`project.${field}`, false, `${want.name}: project missing`);
      else {
        const ok = close(field, got[field], want[field]);
        check(`project.${field}`, ok, `${want.name}: ${show(got[field])} ≠ ${show(want[field])}`);
      }
    }
  }

  const dept = tables.departments.find((d) => d.doc_id === doc.doc_id) ?? null;
  check(
    'department.row',
    (dept !== null) === (truth.department !== null),
    dept ? 'unexpected department row' : 'missing',
  );
  if (truth.department) {
    for (const field of DEPARTMENT_FIELDS) {
      if (!dept) check(`department.${field}`, false, 'department missing');
      else expectField(`department.${field}`, dept[field], truth.department[field]);
    }
  }

  const rules = [...new Set(tables.flags.filter((f) => f.doc_id === doc.doc_id).map((f) => f.rule))].sort();
  check(
    'flags',
    rules.join(',') === truth.flags.join(','),
    `[${rules.join(', ')}] ≠ [${truth.flags.join(', ')}]`,
  );
  return checks;
}
