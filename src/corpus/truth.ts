/**
 * What the ingest should extract from a synthetic report: the answer key written next to every
 * generated file (amounts in 万元, rates as fractions, missing = null, as in the output contract).
 */
import type { DocKind, DocStatus, FlagRule } from '../data/schema.ts';
import type { EncodingVariant } from './encode.ts';
import type { DepartmentModel, ProjectModel } from './model.ts';
import type { MissingMarker, NumeralVariant, UnitVariant } from './numbers.ts';

export const LAYOUTS = [
  'project_tab',
  'project_cells',
  'project_md',
  'project_html',
  'summary_csv',
  'summary_xlsx',
  'summary_tab',
  'narrative',
  'department',
  'unrelated',
] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface Variants {
  /** Null for containers (xlsx) whose bytes are not a text encoding. */
  encoding: EncodingVariant | null;
  unit: UnitVariant;
  numerals: NumeralVariant;
  missing: MissingMarker;
  footers: boolean;
}

export interface ProjectTruth {
  name: string;
  budget_initial: number | null;
  budget_adjusted: number | null;
  executed: number | null;
  execution_rate_reported: number | null;
  execution_score: number | null;
  total_score: number | null;
  grade: string | null;
  indicator_count: number;
  /** Credibility rules planted on this project (each fires; nothing else does). */
  flags: FlagRule[];
}

export interface DepartmentTruth {
  budget_initial: number | null;
  budget_adjusted: number | null;
  executed: number | null;
  execution_rate_reported: number | null;
  total_score: number | null;
  project_count: number | null;
  average_score: number | null;
  flags: FlagRule[];
}

export interface ReportTruth {
  file: string;
  layout: Layout;
  format: 'txt' | 'md' | 'html' | 'csv' | 'xlsx';
  /** documents.encoding as the ingest names it (gb18030 for GBK); null for xlsx. */
  encoding: string | null;
  variants: Variants;
  doc_kind: DocKind;
  status: DocStatus;
  agency: string;
  year: number;
  projects: ProjectTruth[];
  department: DepartmentTruth | null;
  /** Layout features the report uses (two_line_header, repeated_header, wrapped_name …). */
  quirks: string[];
  /** Union of the planted rules of the report's projects and department, sorted. */
  flags: FlagRule[];
}

const wan = (yuan: number | null): number | null => (yuan === null ? null : yuan / 1e4);
const rate = (percent: string | null): number | null =>
  percent === null ? null : Number((Number(percent) / 100).toFixed(10));

export interface ProjectTruthOptions {
  /** The amount a narrative states without saying budget or execution ("项目总金额"). */
  amountOnly?: boolean;
}

export function projectTruth(p: ProjectModel, opts: ProjectTruthOptions = {}): ProjectTruth {
  if (opts.amountOnly) {
    // The ingest reads a lone stated amount as the project's budget (DESIGN: amount_any).
    return {
      name: p.name,
      budget_initial: null,
      budget_adjusted: wan(p.budgetAdjusted ?? p.budgetInitial),
      executed: null,
      execution_rate_reported: null,
      execution_score: null,
      total_score: null,
      grade: null,
      indicator_count: 0,
      flags: [],
    };
  }
  return {
    name: p.name,
    budget_initial: wan(p.budgetInitial),
    budget_adjusted: wan(p.budgetAdjusted),
    executed: wan(p.executed),
    execution_rate_reported: rate(p.ratePercent),
    execution_score: p.execScore,
    total_score: p.total,
    grade: p.grade,
    indicator_count: p.indicators.length,
    flags: [...p.plants],
  };
}

export function departmentTruth(d: DepartmentModel): DepartmentTruth {
  return {
    budget_initial: wan(d.budgetInitial),
    budget_adjusted: wan(d.budgetAdjusted),
    executed: wan(d.executed),
    execution_rate_reported: rate(d.ratePercent),
    total_score: d.total,
    project_count: d.projectCount,
    average_score: null,
    flags: [...d.plants],
  };
}

export function unionFlags(
  projects: readonly ProjectTruth[],
  department: DepartmentTruth | null,
): FlagRule[] {
  return [...new Set([...projects.flatMap((p) => p.flags), ...(department?.flags ?? [])])].sort();
}
