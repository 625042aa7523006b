/**
 * The answer key (shared/golden/seeds.json, copied to tests/fixtures/golden) and the comparison of
 * ingested tables with it: every mismatch as a readable line. Used on the seeds as they are and on
 * the seeds rendered in other formats and encodings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectRow, Tables } from '../../src/data/schema.ts';
import { compact } from '../../src/ingest/normalize.ts';

export interface GoldenProject {
  name: string;
  aliases?: string[];
  code?: string;
  amount_any?: number;
  indicator_count?: number;
  grade?: string | null;
  [field: string]: unknown;
}
export interface GoldenDoc {
  file: string;
  encoding: string;
  doc_kind: string;
  agency: string;
  agency_aliases?: string[];
  year: number;
  projects: GoldenProject[];
  department: Record<string, number | null> | null;
  problem_phrases: string[];
  expected_flags: string[];
}

export const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/golden/seeds.json'), 'utf8'),
) as GoldenDoc[];

const AMOUNT_TOL = 1e-4;
const RATE_TOL = 1e-3;
const AMOUNT_FIELDS = new Set(['budget_initial', 'budget_adjusted', 'executed']);
const RATE_FIELDS = new Set(['execution_rate_reported', 'execution_rate']);

function close(field: string, got: unknown, want: unknown): boolean {
  if (want === null || got === null || typeof want !== 'number' || typeof got !== 'number')
    return got === want;
  const tol = RATE_FIELDS.has(field) ? RATE_TOL : AMOUNT_FIELDS.has(field) ? AMOUNT_TOL : 1e-4;
  return Math.abs(got - want) <= tol;
}

function namesOf(p: { name: string; aliases?: string[] }): Set<string> {
  return new Set([p.name, ...(p.aliases ?? [])].map(compact));
}

function findProject(mine: readonly ProjectRow[], want: GoldenProject): ProjectRow | undefined {
  const wanted = namesOf(want);
  return mine.find((p) => [...namesOf(p)].some((n) => wanted.has(n)));
}

export interface CompareOptions {
  /** The ingested file that holds the golden document (default: its own file name). */
  file?: string;
  /** The encoding the file was written in (default: the golden one); null skips the check. */
  encoding?: string | null;
}

/** Every mismatch of one golden document in the ingested tables, as readable lines. */
export function compareDocument(tables: Tables, want: GoldenDoc, options: CompareOptions = {}): string[] {
  const file = options.file ?? want.file;
  const encoding = options.encoding === undefined ? want.encoding : options.encoding;
  const problems: string[] = [];
  const miss = (what: string) => problems.push(`${file}: ${what}`);
  const doc = tables.documents.find((d) => d.file === file);
  if (!doc) return [`${file}: no documents row`];
  if (encoding !== null && !doc.encoding?.startsWith(encoding))
    miss(`encoding ${doc.encoding} ≠ ${encoding}`);
  if (doc.doc_kind !== want.doc_kind) miss(`doc_kind ${doc.doc_kind} ≠ ${want.doc_kind}`);
  const agencyNames = new Set([want.agency, ...(want.agency_aliases ?? [])].map(compact));
  if (!doc.agency || !agencyNames.has(compact(doc.agency)))
    miss(`agency ${doc.agency} ∉ {${[...agencyNames].join(', ')}}`);
  if (doc.year !== want.year) miss(`year ${doc.year} ≠ ${want.year}`);

  const mine = tables.projects.filter((p) => p.sources.some((s) => s.file === file));
  if (mine.length !== want.projects.length) {
    miss(`${mine.length} projects ≠ ${want.projects.length}: ${mine.map((p) => p.name).join(' / ')}`);
  }
  for (const wp of want.projects) {
    const p = findProject(mine, wp);
    if (!p) {
      miss(`project not found: ${wp.name}`);
      continue;
    }
    for (const [field, value] of Object.entries(wp)) {
      if (field === 'name' || field === 'aliases') continue;
      if (field === 'amount_any') {
        const amounts = [p.budget_initial, p.budget_adjusted, p.executed];
        if (!amounts.some((a) => a !== null && Math.abs(a - (value as number)) <= AMOUNT_TOL)) {
          miss(`${wp.name}.amount_any ${value} not among ${amounts.join(', ')}`);
        }
        continue;
      }
      const got = (p as unknown as Record<string, unknown>)[field];
      if (!close(field, got, value)) miss(`${wp.name}.${field} = ${String(got)} ≠ ${String(value)}`);
    }
  }

  const dept = tables.departments.find((d) => d.doc_id === doc.doc_id) ?? null;
  if (want.department === null) {
    if (dept) miss(`unexpected department row`);
  } else if (!dept) {
    miss('department row missing');
  } else {
    for (const [field, value] of Object.entries(want.department)) {
      const got = (dept as unknown as Record<string, unknown>)[field];
      if (!close(field, got, value)) miss(`department.${field} = ${String(got)} ≠ ${String(value)}`);
    }
  }

  const texts = tables.problems.filter((q) => q.doc_id === doc.doc_id).map((q) => compact(q.text));
  for (const phrase of want.problem_phrases) {
    if (!texts.some((t) => t.includes(compact(phrase)))) miss(`problem phrase not extracted: ${phrase}`);
  }

  const rules = new Set(tables.flags.filter((f) => f.doc_id === doc.doc_id).map((f) => f.rule));
  const expected = new Set(want.expected_flags);
  for (const r of expected) if (!rules.has(r as never)) miss(`expected flag missing: ${r}`);
  for (const r of rules) if (!expected.has(r)) miss(`unexpected flag: ${r}`);
  return problems;
}
