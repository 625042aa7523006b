/**
 * manifest.json: what a run read and wrote. Deterministic by construction — no timestamps, no
 * absolute paths, inputs sorted by file — so two runs over the same files give the same bytes.
 */
import { SCHEMA_VERSION, TABLE_NAMES, type DocStatus, type TableName, type Tables } from './schema.ts';
import type { InvalidRow } from './validate.ts';

export const MANIFEST_FILE = 'manifest.json';
export const OUTPUT_FORMATS = ['arrow', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** File name of one table in one format, relative to the output folder. */
export function tableFile(table: TableName, format: OutputFormat): string {
  return `${table}.${format}`;
}

export interface ToolInfo {
  name: string;
  version: string;
}

/** One input file; sha256 and bytes are null when the file could not be read. */
export interface ManifestInput {
  file: string;
  sha256: string | null;
  bytes: number | null;
  status: DocStatus;
}

export interface ManifestTable {
  /** Rows written (valid rows only). */
  rows: number;
  /** Rows dropped because they failed validation. */
  invalid_rows: number;
  /** The Arrow IPC file (always written). */
  file: string;
  json?: string;
  csv?: string;
}

export interface Manifest {
  schema_version: number;
  tool: ToolInfo;
  inputs: ManifestInput[];
  tables: Record<TableName, ManifestTable>;
  invalid_rows: number;
}

export interface ManifestParts {
  tool: ToolInfo;
  inputs: readonly ManifestInput[];
  /** Rows written per table (valid rows only). */
  rows: Readonly<Record<TableName, number>>;
  invalid: readonly InvalidRow[];
  /** Extra formats written besides Arrow. */
  extraFormats: readonly Exclude<OutputFormat, 'arrow'>[];
}

const byFile = (a: ManifestInput, b: ManifestInput): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

/** Rows per table of tables held whole. */
export function rowCounts(tables: Tables): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, tables[table].length])) as Record<
    TableName,
    number
  >;
}

export function buildManifest(parts: ManifestParts): Manifest {
  const tables = {} as Record<TableName, ManifestTable>;
  for (const table of TABLE_NAMES) {
    const entry: ManifestTable = {
      rows: parts.rows[table],
      invalid_rows: parts.invalid.filter((row) => row.table === table).length,
      file: tableFile(table, 'arrow'),
    };
    for (const format of parts.extraFormats) entry[format] = tableFile(table, format);
    tables[table] = entry;
  }
  return {
    schema_version: SCHEMA_VERSION,
    tool: { name: parts.tool.name, version: parts.tool.version },
    inputs: parts.inputs
      .map(({ file, sha256, bytes, status }) => ({ file, sha256, bytes, status }))
      .sort(byFile),
    tables,
    invalid_rows: parts.invalid.length,
  };
}

export function encodeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
