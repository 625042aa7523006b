/** Runs the real pipeline over in-memory files (tests only). */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import type { DepartmentRow, DocumentRow, ProjectRow, Tables } from '../../src/data/schema.ts';
import { assembleTables, parseDocumentAsync } from '../../src/ingest/pipeline.ts';
import { initSegmenter } from '../../src/ingest/problems/index.ts';

export const TAXONOMY = readFileSync(join(import.meta.dirname, '../../data/taxonomy.yaml'), 'utf8');

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
  constructor(readonly tables: Tables) {}

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

  /** The lines the file's problem statements come from, each once, in order. */
  problemLines(file: string): number[] {
    const doc = this.docOf(file);
    const lines = this.tables.problems.filter((q) => q.doc_id === doc.doc_id).map((q) => q.line);
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

  /** Every indicator of a project, in table order, as [level1, level2, name, target, actual, weight, score, reason]. */
  indicatorsOf(name: string): IndicatorTuple[] {
    const id = this.project(name).project_id;
    return this.tables.indicators
      .filter((i) => i.project_id === id)
      .map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.deviation_reason]);
  }

  /** The texts of the file's problem statements. */
  problemTexts(file: string): string[] {
    const doc = this.docOf(file);
    return this.tables.problems.filter((q) => q.doc_id === doc.doc_id).map((q) => q.text);
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
