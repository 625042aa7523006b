/**
 * A run assembled one part at a time, so memory stays flat as the corpus grows. Documents of one
 * agency may share projects, documents of different agencies never do (assemblyKey), so each part
 * holds whole agencies: the parsed documents are read back from the spill part by part, assembled,
 * validated and appended to the output at once. Two things wait for the last part: problem rows
 * (set aside in a spill), since their clusters span agencies, and the agencies table, sorted by name.
 */
import { ROW_ORDER, type AssembleOptions } from '../ingest/assemble.ts';
import type { ParsedDocument } from '../ingest/types.ts';
import type { AgencyRow, ProblemRow, TableName, Tables } from '../data/schema.ts';
import { validateRows, type InvalidRow } from '../data/validate.ts';
import { Spill, type SpillEntry } from './spill.ts';

export interface AssembleDeps {
  /** assembleTables of the parser core, with the run's options (e.g. the taxonomy) bound. */
  assembleTables(docs: readonly ParsedDocument[], options: AssembleOptions): Tables;
  /** A ProblemCategorizer of the parser core, taxonomy bound: count every statement, then fill rows. */
  problemCategorizer(): { count(text: string): void; fill(rows: readonly ProblemRow[]): void };
}

export interface IndexedDocument {
  /** assemblyKey of the document; null when it names no agency. */
  key: string | null;
  entry: SpillEntry;
}

/** Documents per part, unless one agency alone has more. */
export const PART_DOCUMENTS = 256;

/** Tables appended part by part, in part order. */
const STREAMED = [
  'documents',
  'projects',
  'indicators',
  'departments',
  'flags',
  'source_lines',
] as const satisfies readonly TableName[];

/**
 * Whole agencies per part, in the order they first appear (documents come in file order); no
 * agency is split across parts. Documents without an agency form parts of their own.
 */
export function assemblyParts<D extends { key: string | null }>(
  docs: readonly D[],
  size = PART_DOCUMENTS,
): D[][] {
  const byAgency = new Map<string, D[]>();
  const keyless: D[][] = [];
  for (const doc of docs) {
    if (doc.key === null) {
      const last = keyless[keyless.length - 1];
      if (last && last.length < size) last.push(doc);
      else keyless.push([doc]);
      continue;
    }
    const agency = byAgency.get(doc.key);
    if (agency) agency.push(doc);
    else byAgency.set(doc.key, [doc]);
  }
  const parts: D[][] = [];
  let current: D[] = [];
  for (const agency of byAgency.values()) {
    if (current.length > 0 && current.length + agency.length > size) {
      parts.push(current);
      current = [];
    }
    current.push(...agency);
  }
  if (current.length > 0) parts.push(current);
  return [...parts, ...keyless];
}

/**
 * Assembles every part and appends every table's valid rows through `append`; returns the rows
 * that failed validation.
 */
export function assembleByAgency(
  parts: readonly (readonly IndexedDocument[])[],
  read: (entry: SpillEntry) => ParsedDocument,
  deps: AssembleDeps,
  append: (table: TableName, rows: readonly object[]) => void,
): InvalidRow[] {
  const invalid: InvalidRow[] = [];
  const appendValid = (table: TableName, rows: readonly unknown[]) => {
    const checked = validateRows(table, rows);
    append(table, checked.valid as object[]);
    invalid.push(...checked.invalid);
  };
  const usedIds = { projects: new Set<string>(), flags: new Set<string>() };
  const agencies: AgencyRow[] = [];
  const categorizer = deps.problemCategorizer();
  const problems = new Spill<ProblemRow[]>();
  try {
    const problemParts: SpillEntry[] = [];
    for (const part of parts) {
      const docs = part.map((doc) => read(doc.entry));
      // The index already holds each document's key: not worked out a second time.
      const agencyKeys = new Map(docs.map((doc, k) => [doc.info.doc_id, part[k]?.key ?? null]));
      const tables = deps.assembleTables(docs, { usedIds, categorize: false, agencyKeys });
      for (const table of STREAMED) appendValid(table, tables[table]);
      agencies.push(...tables.agencies);
      for (const row of tables.problems) categorizer.count(row.text);
      if (tables.problems.length > 0) problemParts.push(problems.add(tables.problems));
    }
    for (const entry of problemParts) {
      const rows = problems.read(entry);
      categorizer.fill(rows);
      appendValid('problems', rows);
    }
  } finally {
    problems.close();
  }
  appendValid('agencies', agencies.sort(ROW_ORDER.agencies));
  return invalid;
}
