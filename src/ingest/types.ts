/**
 * Intermediate records of the parser core. A document yields observations (one per place a
 * project is mentioned); merge.ts folds observations of the same agency·year·project into one
 * ProjectRow and raises conflicts.
 */
import type {
  DocKind,
  DocStatus,
  FlagRule,
  IndicatorRow,
  Severity,
  Source,
  SourceLineRow,
} from '../data/schema.ts';

/**
 * One file handed to the parser: its bytes (and their SHA-256 when the caller already has it, as
 * the CLI does with the platform's fast hash), or the reason it could not be read.
 */
export type InputFile =
  { file: string; bytes: Uint8Array; sha256?: string } | { file: string; readError: string };

/** An indicator row as read from a table, before ids and the file are attached. */
export type IndicatorDraft = Omit<IndicatorRow, 'indicator_id' | 'project_id' | 'file'>;

/** Where a project observation came from; decides precedence when merging. */
export type ObservationOrigin = 'detail_table' | 'summary_row' | 'narrative' | 'annex';

/** A value together with the lines it was read from. */
export interface Sourced<T> {
  value: T;
  source: Source;
}

export interface ProjectObservation {
  origin: ObservationOrigin;
  name: string;
  /** Other names this observation uses for the project (e.g. a table's title line). */
  aliases: string[];
  code: string | null;
  managing_dept: string | null;
  implementing_unit: string | null;
  /**
   * The agency the source names for this project when it is not necessarily the document's: a
   * summary row's 单位名称 / 预算单位 cell holding a bureau's name ("城固县公安局"). Null: the
   * document's agency.
   */
  agency: string | null;
  /**
   * The year the source states for this project when it is not necessarily the document's: a
   * summary row's 年度 cell in a table of several years. Absent: the document's year.
   */
  year?: number;
  budget_initial: Sourced<number> | null;
  budget_adjusted: Sourced<number> | null;
  executed: Sourced<number> | null;
  /** An amount whose role (budget or executed) the source does not say, e.g. "项目总金额". */
  amount_any: Sourced<number> | null;
  execution_rate_reported: Sourced<number> | null;
  execution_weight: number | null;
  execution_score: Sourced<number> | null;
  total_score: Sourced<number> | null;
  grade: string | null;
  indicators: IndicatorDraft[];
  sources: Source[];
  /** Observations sharing a link (e.g. one project's section of a report) are the same project. */
  link: string | null;
  /** The summary table a row belongs to, to infer what its untyped amount column means. */
  link_table: string | null;
}

export interface DepartmentDraft {
  budget_initial: number | null;
  budget_adjusted: number | null;
  executed: number | null;
  execution_rate_reported: number | null;
  total_score: number | null;
  project_count: number | null;
  average_score: number | null;
  sources: Source[];
}

export interface ProblemDraft {
  text: string;
  line: number;
  /** Name of the project the statement belongs to, when it sits in a project's table or section. */
  project_name: string | null;
}

export interface DocumentInfo {
  doc_id: string;
  file: string;
  sha256: string;
  bytes: number;
  encoding: string | null;
  format: string;
  doc_kind: DocKind | null;
  title: string | null;
  agency: string | null;
  agency_aliases: string[];
  year: number | null;
  status: DocStatus;
  message: string;
}

export interface ParsedDocument {
  info: DocumentInfo;
  projects: ProjectObservation[];
  department: DepartmentDraft | null;
  problems: ProblemDraft[];
  /**
   * Text of every line a record of this document cites (1-based line → text), already in the
   * shape of source_lines rows, which assembly takes as they are.
   */
  cited_lines: SourceLineRow[];
}

/** A flag before ids are assigned. */
export interface FlagDraft {
  rule: FlagRule;
  severity: Severity;
  message: string;
  evidence: Record<string, number | string | null>;
  sources: Source[];
}
