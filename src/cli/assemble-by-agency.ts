/**
 * A run assembled one part at a time, so memory stays flat as the corpus grows. Documents of one
 * agency may share projects, documents of different agencies never do (assemblyKey), so each part
 * holds whole agencies: the parsed documents are read back from the spill part by part, assembled,
 * validated and appended to the output at once. Two things wait for the last part: problem rows
 * (set aside in a spill), since their clusters span agencies, and the agencies table, sorted by name.
 */
import { assemblyKey, ROW_ORDER, rowAgencyKeys, type AssembleOptions } from '../ingest/assemble.ts';
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
  /** rowAgencyKeys of the document, when its rows name other agencies (a city's summary of its counties). */
  links?: readonly string[];
  entry: SpillEntry;
}

/**
 * A parsed document's index entry: its agency key and the agencies its rows link to it. `intern`
 * lets a run keep one string per key rather than one per document.
 */
export function indexDocument(
  doc: ParsedDocument,
  entry: SpillEntry,
  intern: (key: string) => string = (key) => key,
): IndexedDocument {
  const own = assemblyKey(doc.info);
  const key = own === null ? null : intern(own);
  const links = rowAgencyKeys(doc, own).map(intern);
  return links.length > 0 ? { key, links, entry } : { key, entry };
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
 * agency is split across parts, and agencies a document links (its rows name them) go in one part
 * with it. Documents without any agency form parts of their own.
 */
export function assemblyParts<D extends { key: string | null; links?: readonly string[] }>(
  docs: readonly D[],
  size = PART_DOCUMENTS,
): D[][] {
  const groups = linkedAgencies(docs);
  const byGroup = new Map<string, D[]>();
  const keyless: D[][] = [];
  for (const doc of docs) {
    const first = doc.key ?? doc.links?.[0];
    if (first === undefined) {
      const last = keyless[keyless.length - 1];
      if (last && last.length < size) last.push(doc);
      else keyless.push([doc]);
      continue;
    }
    const group = groups.find(first);
    const agency = byGroup.get(group);
    if (agency) agency.push(doc);
    else byGroup.set(group, [doc]);
  }
  const parts: D[][] = [];
  let current: D[] = [];
  for (const agency of byGroup.values()) {
    if (current.length > 0 && current.length + agency.length > size) {
      parts.push(current);
      current = [];
    }
    current.push(...agency);
  }
  if (current.length > 0) parts.push(current);
  return [...parts, ...keyless];
}

/** Union-find over agency keys: keys one document names together end up in one group. */
function linkedAgencies(docs: readonly { key: string | null; links?: readonly string[] }[]): {
  find(key: string): string;
} {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    // Path compression: every key on the way now points at the root.
    for (let k = key; k !== root;) {
      const up = parent.get(k) as string;
      parent.set(k, root);
      k = up;
    }
    return root;
  };
  for (const doc of docs) {
    const first = doc.key ?? doc.links?.[0];
    if (first === undefined) continue;
    if (!parent.has(first)) parent.set(first, first);
    for (const link of doc.links ?? []) {
      if (!parent.has(link)) parent.set(link, link);
      const a = find(first);
      const b = find(link);
      if (a !== b) parent.set(b, a);
    }
  }
  return { find: (key) => (parent.has(key) ? find(key) : key) };
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
