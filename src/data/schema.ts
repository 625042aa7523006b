/**
 * The output contract (shared/DESIGN.md): one zod schema per table. These schemas are the single
 * source of truth for the TypeScript row types, the validation of every row written, and the
 * Arrow column types (see arrow.ts).
 *
 * Units: amounts in 万元, rates as fractions (0.95), scores as numbers. Missing is null, never 0.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const nullableNumber = z.number().finite().nullable();
const nullableString = z.string().nullable();
const nullableYear = z.number().int().min(1990).max(2100).nullable();

/** Where a value came from: file path relative to the input folder, 1-based inclusive lines. */
export const sourceSchema = z.object({
  file: z.string().min(1),
  line_start: z.number().int().positive(),
  line_end: z.number().int().positive(),
});
export type Source = z.infer<typeof sourceSchema>;

import { DOC_KINDS, DOC_STATUSES, FLAG_RULES, GRADE_BANDS, SEVERITIES } from './constants.ts';

export { DOC_KINDS, DOC_STATUSES, FLAG_RULES, GRADE_BANDS, SEVERITIES } from './constants.ts';
export type { DocKind, DocStatus, FlagRule, GradeBand, Severity } from './constants.ts';

export const documentSchema = z.object({
  doc_id: z.string().min(1),
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$|^$/),
  bytes: z.number().int().nonnegative(),
  encoding: nullableString,
  format: z.string(),
  doc_kind: z.enum(DOC_KINDS).nullable(),
  title: nullableString,
  agency: nullableString,
  year: nullableYear,
  status: z.enum(DOC_STATUSES),
  message: z.string(),
});

export const agencySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  province: nullableString,
  city: nullableString,
  county: nullableString,
});

export const projectSchema = z.object({
  project_id: z.string().min(1),
  doc_id: z.string().min(1),
  agency: z.string().min(1),
  year: nullableYear,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  code: nullableString,
  managing_dept: nullableString,
  implementing_unit: nullableString,
  budget_initial: nullableNumber,
  budget_adjusted: nullableNumber,
  executed: nullableNumber,
  /** executed ÷ (budget_adjusted ?? budget_initial), computed by us. */
  execution_rate: nullableNumber,
  execution_rate_reported: nullableNumber,
  execution_weight: nullableNumber,
  execution_score: nullableNumber,
  total_score: nullableNumber,
  /** The grade exactly as stated in the report (优秀, 优, 良好 …). */
  grade: nullableString,
  /** The band the total score falls in (财预〔2020〕10号). */
  grade_band: z.enum(GRADE_BANDS).nullable(),
  indicator_count: z.number().int().nonnegative(),
  sources: z.array(sourceSchema).min(1),
});

export const departmentSchema = z.object({
  doc_id: z.string().min(1),
  agency: z.string().min(1),
  year: nullableYear,
  budget_initial: nullableNumber,
  budget_adjusted: nullableNumber,
  executed: nullableNumber,
  execution_rate: nullableNumber,
  execution_rate_reported: nullableNumber,
  total_score: nullableNumber,
  project_count: z.number().int().nonnegative().nullable(),
  average_score: nullableNumber,
  sources: z.array(sourceSchema).min(1),
});

export const indicatorSchema = z.object({
  indicator_id: z.string().min(1),
  project_id: z.string().min(1),
  level1: nullableString,
  level2: nullableString,
  name: z.string().min(1),
  target: nullableString,
  actual: nullableString,
  weight: nullableNumber,
  score: nullableNumber,
  deviation_reason: nullableString,
  file: z.string().min(1),
  line: z.number().int().positive(),
});

export const problemSchema = z.object({
  problem_id: z.string().min(1),
  doc_id: z.string().min(1),
  project_id: nullableString,
  agency: z.string(),
  year: nullableYear,
  text: z.string().min(1),
  categories: z.array(z.string()),
  cluster_id: z.string().min(1),
  file: z.string().min(1),
  line: z.number().int().positive(),
});

export const flagSchema = z.object({
  flag_id: z.string().min(1),
  rule: z.enum(FLAG_RULES),
  severity: z.enum(SEVERITIES),
  doc_id: z.string().min(1),
  project_id: nullableString,
  agency: z.string(),
  year: nullableYear,
  message: z.string().min(1),
  /** JSON object of the numbers the rule compared, e.g. {"executed":11799.6,"budget":11208.52}. */
  evidence: z.string(),
  sources: z.array(sourceSchema),
});

/**
 * The text of every line some record cites, so the dashboard can show a figure's source text
 * without shipping the reports (an extension of the contract: provenance made visible).
 */
export const sourceLineSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
  text: z.string(),
});

export type DocumentRow = z.infer<typeof documentSchema>;
export type AgencyRow = z.infer<typeof agencySchema>;
export type ProjectRow = z.infer<typeof projectSchema>;
export type DepartmentRow = z.infer<typeof departmentSchema>;
export type IndicatorRow = z.infer<typeof indicatorSchema>;
export type ProblemRow = z.infer<typeof problemSchema>;
export type FlagRow = z.infer<typeof flagSchema>;
export type SourceLineRow = z.infer<typeof sourceLineSchema>;

/** Table name → row schema, in the order tables are written. */
export const TABLE_SCHEMAS = {
  documents: documentSchema,
  agencies: agencySchema,
  projects: projectSchema,
  departments: departmentSchema,
  indicators: indicatorSchema,
  problems: problemSchema,
  flags: flagSchema,
  source_lines: sourceLineSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];

export interface Tables {
  documents: DocumentRow[];
  agencies: AgencyRow[];
  projects: ProjectRow[];
  departments: DepartmentRow[];
  indicators: IndicatorRow[];
  problems: ProblemRow[];
  flags: FlagRow[];
  source_lines: SourceLineRow[];
}
