/** Runs the real pipeline over in-memory files (tests only). */
import { readFileSync } from 'node:fs';
import { beforeAll, expect } from 'vitest';
import { join } from 'node:path';
import type { DepartmentRow, DocumentRow, ProblemRow, ProjectRow, Tables } from '../../src/data/schema.ts';
import { assembleTables, parseDocumentAsync } from '../../src/ingest/pipeline.ts';
import { initSegmenter } from '../../src/ingest/problems/index.ts';

export const TAXONOMY = readFileSync(join(import.meta.dirname, '../../data/taxonomy.yaml'), 'utf8');

/** tests/fixtures/layouts: the report layouts the ingest tests read. */
export const LAYOUTS = join(import.meta.dirname, '../fixtures/layouts');

export async function ingestFiles(files: readonly { file: string; bytes: Uint8Array }[]): Promise<Tables> {
  await initSegmenter();
  const docs = await Promise.all(files.map(parseDocumentAsync));
  return assembleTables(docs, { taxonomy: TAXONOMY });
}

export function readFixture(dir: string, file: string): { file: string; bytes: Uint8Array } {
  return { file, bytes: new Uint8Array(readFileSync(join(dir, file))) };
}

export type Figures = [
  name: string,
  initial: number | null,
  adjusted: number | null,
  executed: number | null,
  rate: number | null,
  score: number | null,
  grade: string | null,
];

export type IndicatorTuple = [
  level1: string | null,
  level2: string | null,
  name: string,
  target: string | null,
  actual: string | null,
  weight: number | null,
  score: number | null,
  deviation_reason: string | null,
];

/** Lookups into ingested tables by file and project name, failing loudly on a missing one. */
export class IngestedTables {
  #tables: Tables | undefined;

  /** Without tables, the lookups wait for load() (see ingestBeforeAll). */
  constructor(tables?: Tables) {
    this.#tables = tables;
  }

  get tables(): Tables {
    if (!this.#tables) throw new Error('no tables yet: ingested in beforeAll, read them inside a test');
    return this.#tables;
  }

  load(tables: Tables): void {
    this.#tables = tables;
  }

  docOf(file: string): DocumentRow {
    const d = this.tables.documents.find((x) => x.file === file);
    if (!d) throw new Error(`no document ${file}`);
    return d;
  }

  /** The file's projects in the order they first appear in it. */
  projectsOf(file: string): ProjectRow[] {
    const doc = this.docOf(file);
    return this.tables.projects
      .filter((p) => p.doc_id === doc.doc_id)
      .sort((a, b) => (a.sources[0]?.line_start ?? 0) - (b.sources[0]?.line_start ?? 0));
  }

  project(name: string): ProjectRow {
    const p = this.tables.projects.find((x) => x.name === name);
    if (!p) throw new Error(`no project ${name}; have ${this.tables.projects.map((x) => x.name).join(', ')}`);
    return p;
  }

  departmentOf(file: string): DepartmentRow | undefined {
    const doc = this.docOf(file);
    return this.tables.departments.find((d) => d.doc_id === doc.doc_id);
  }

  /** The department's figures and the lines they come from (start lines sorted, or [start, end] ranges). */
  departmentFigures(file: string, lines: 'start' | 'range' = 'start'): unknown {
    const d = this.departmentOf(file);
    if (!d) return undefined;
    return {
      year: d.year,
      budget_initial: d.budget_initial,
      budget_adjusted: d.budget_adjusted,
      executed: d.executed,
      execution_rate_reported: d.execution_rate_reported,
      total_score: d.total_score,
      project_count: d.project_count,
      average_score: d.average_score,
      lines:
        lines === 'start'
          ? d.sources.map((s) => s.line_start).sort((a, b) => a - b)
          : d.sources.map((s) => [s.line_start, s.line_end]),
    };
  }

  /** The start lines of each project's sources, projects in line order. */
  sourceLines(file: string): number[][] {
    return this.projectsOf(file).map((p) => p.sources.map((s) => s.line_start));
  }

  /** The file's problem statements, in table order. */
  problemsOf(file: string): ProblemRow[] {
    const doc = this.docOf(file);
    return this.tables.problems.filter((q) => q.doc_id === doc.doc_id);
  }

  /** The file's problems as [line, text, categories, attributed project name or null]. */
  problemsAttributed(file: string): [number, string, string[], string | null][] {
    const names = new Map(this.tables.projects.map((p) => [p.project_id, p.name]));
    return this.problemsOf(file).map((q): [number, string, string[], string | null] => [
      q.line,
      q.text,
      q.categories,
      q.project_id === null ? null : (names.get(q.project_id) ?? null),
    ]);
  }

  /** The file's document facts: [doc_kind, title, agency, year, status, message]. */
  documentFacts(file: string): unknown[] {
    const d = this.docOf(file);
    return [d.doc_kind, d.title, d.agency, d.year, d.status, d.message];
  }

  /** The file's problem statements as [line, text]. */
  problemsByLine(file: string): [number, string][] {
    return this.problemsOf(file).map((q) => [q.line, q.text]);
  }

  /** The lines the file's problem statements come from, each once, in order. */
  problemLines(file: string): number[] {
    const lines = this.problemsOf(file).map((q) => q.line);
    return [...new Set(lines)].sort((a, b) => a - b);
  }

  /** The file's projects in line order as [name, initial, adjusted, executed, rate, score, grade]. */
  figuresOf(file: string): Figures[] {
    return this.projectsOf(file).map((p): Figures => [
      p.name,
      p.budget_initial,
      p.budget_adjusted,
      p.executed,
      p.execution_rate_reported,
      p.total_score,
      p.grade,
    ]);
  }

  /** The file's projects in line order as [name, initial, adjusted, executed, rate, score, grade, line]. */
  figuresByLine(file: string): [...Figures, number][] {
    const lines = this.projectsOf(file).map((p) => p.sources[0]?.line_start ?? 0);
    return this.figuresOf(file).map((f, k) => [...f, lines[k] ?? 0]);
  }

  /** Every indicator of a project, in table order, as [level1, level2, name, target, actual, weight, score, reason]. */
  indicatorsOf(name: string): IndicatorTuple[] {
    const id = this.project(name).project_id;
    return this.tables.indicators
      .filter((i) => i.project_id === id)
      .map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.deviation_reason]);
  }

  /** The texts of the file's problem statements. */
  problemTexts(file: string): string[] {
    return this.problemsOf(file).map((q) => q.text);
  }

  /**
   * The file's projects beyond their figures, in line order: [code, managing_dept,
   * implementing_unit, aliases, execution_weight, execution_score, grade_band, indicator_count].
   */
  projectExtras(file: string): unknown[][] {
    return this.projectsOf(file).map((p) => [
      p.code,
      p.managing_dept,
      p.implementing_unit,
      p.aliases,
      p.execution_weight,
      p.execution_score,
      p.grade_band,
      p.indicator_count,
    ]);
  }

  /** An agency row as [aliases, province, city, county], or undefined when there is none of that name. */
  agencyFacts(name: string): unknown[] | undefined {
    const a = this.tables.agencies.find((x) => x.name === name);
    return a && [a.aliases, a.province, a.city, a.county];
  }

  /** The rules of the file's flags, sorted. */
  flagRules(file: string): string[] {
    const doc = this.docOf(file);
    return this.tables.flags
      .filter((f) => f.doc_id === doc.doc_id)
      .map((f) => f.rule)
      .sort();
  }
}

/** Ingests fixture files of one folder, as the CLI would, into lookups. */
export async function ingestFixtures(dir: string, files: readonly string[]): Promise<IngestedTables> {
  return new IngestedTables(await ingestFiles(files.map((f) => readFixture(dir, f))));
}

/**
 * Ingests fixture files of one folder in a beforeAll of the calling test file; the lookups it
 * returns serve inside that file's tests.
 */
export function ingestBeforeAll(dir: string, files: readonly string[]): IngestedTables {
  const t = new IngestedTables();
  beforeAll(async () => {
    t.load((await ingestFixtures(dir, files)).tables);
  });
  return t;
}

/** The file is clean project tables: classified, agency and year read, no flag raised. */
export function expectCleanProjectTables(
  t: IngestedTables,
  file: string,
  agency: string,
  year: number,
  projects: number,
): void {
  expect(t.docOf(file)).toMatchObject({ doc_kind: 'project_table', agency, year, status: 'ok' });
  expect(t.projectsOf(file)).toHaveLength(projects);
  expect(t.flagRules(file)).toEqual([]);
}
