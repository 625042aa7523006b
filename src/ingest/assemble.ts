/**
 * All parsed documents → the contract tables: agencies resolved against the gazetteer, projects
 * merged per agency·year, credibility checks, problem clusters and categories, stable ids and a
 * deterministic row order.
 */
import type {
  AgencyRow,
  DepartmentRow,
  DocumentRow,
  FlagRow,
  IndicatorRow,
  ProblemRow,
  ProjectRow,
  SourceLineRow,
  Tables,
} from '../data/schema.ts';
import { agencyKey, officialUnitName, resolveAgency } from './agency.ts';
import { checkDepartment, checkProject, computedRate } from './checks.ts';
import { gradeBand } from './grade.ts';
import { shortHash } from './hash.ts';
import { mergeProjects, type PlacedObservation } from './merge.ts';
import { compareText } from './normalize.ts';
import { categorizeProblems } from './problem-categories.ts';
import type { DocumentInfo, FlagDraft, ParsedDocument, ProjectObservation } from './types.ts';

export interface AssembleOptions {
  /** Taxonomy YAML text (data/taxonomy.yaml); without it every problem is "其他". */
  taxonomy?: string;
  /**
   * A run assembled part by part (the CLI assembles one agency at a time, see assemblyKey): the ids
   * earlier parts handed out, so ids stay unique across the run.
   */
  usedIds?: { projects: Set<string>; flags: Set<string> };
  /**
   * false: problems are left without categories and clusters, for the caller to categorize every
   * part's problems together (clusters span agencies). Default true.
   */
  categorize?: boolean;
  /** assemblyKey of each document by doc_id, when the caller has them already (the CLI's index). */
  agencyKeys?: ReadonlyMap<string, string | null>;
}

/**
 * The agency a document is assembled with: documents with equal keys may share projects, documents
 * with different keys never do, so a run can be assembled one key at a time. Null: no agency stated.
 * A document whose rows name other agencies (rowAgencyKeys) links their keys: all go in one part.
 */
export function assemblyKey(info: Pick<DocumentInfo, 'agency' | 'title'>): string | null {
  return info.agency ? agencyKey(info.agency, info.title ?? undefined) : null;
}

interface AgencyInfo {
  name: string;
  key: string;
  names: Set<string>;
  province: string | null;
  city: string | null;
  county: string | null;
}

/** A unit's official name ("…交通警察大队"), the name written ("…交警大队") kept among its names. */
function newAgency(name: string, key: string, context: string | undefined): AgencyInfo {
  const r = resolveAgency(name, context);
  const official = officialUnitName(name);
  return { name: official, key, names: new Set(), province: r.province, city: r.city, county: r.county };
}

/** One agency per gazetteer key; the name is the most specific one a document states, units named in full. */
function resolveAgencies(
  docs: readonly ParsedDocument[],
  byKey: Map<string, AgencyInfo>,
  known: ReadonlyMap<string, string | null> = new Map(),
): Map<string, AgencyInfo> {
  const byDoc = new Map<string, AgencyInfo>();
  for (const doc of docs) {
    const stated = doc.info.agency;
    const key = known.has(doc.info.doc_id) ? (known.get(doc.info.doc_id) ?? null) : assemblyKey(doc.info);
    if (!stated || key === null) continue;
    let info = byKey.get(key);
    if (!info) {
      info = newAgency(stated, key, doc.info.title ?? undefined);
      byKey.set(key, info);
    }
    info.names.add(stated);
    for (const alias of doc.info.agency_aliases) info.names.add(alias);
    byDoc.set(doc.info.doc_id, info);
  }
  return byDoc;
}

function documentRow(doc: ParsedDocument, agency: AgencyInfo | undefined): DocumentRow {
  const { info } = doc;
  return {
    doc_id: info.doc_id,
    file: info.file,
    sha256: info.sha256,
    bytes: info.bytes,
    encoding: info.encoding,
    format: info.format,
    doc_kind: info.doc_kind,
    title: info.title,
    agency: agency?.name ?? info.agency,
    year: info.year,
    status: info.status,
    message: info.message,
  };
}

function flagRow(
  draft: FlagDraft,
  ctx: { doc_id: string; project_id: string | null; agency: string; year: number | null },
): FlagRow {
  const evidence = JSON.stringify(draft.evidence);
  return {
    flag_id: `f${shortHash(`${draft.rule}|${ctx.doc_id}|${ctx.project_id ?? ''}|${draft.message}`)}`,
    rule: draft.rule,
    severity: draft.severity,
    doc_id: ctx.doc_id,
    project_id: ctx.project_id,
    agency: ctx.agency,
    year: ctx.year,
    message: draft.message,
    evidence,
    sources: draft.sources,
  };
}

const byText =
  <K extends string>(key: K) =>
  (a: Record<K, string>, b: Record<K, string>): number =>
    compareText(a[key], b[key]);

/**
 * The row order of each table (source lines stay in file and line order). Exported for the CLI,
 * which assembles part by part and sorts what it holds whole (agencies, failed documents) alike.
 */
export const ROW_ORDER = {
  documents: byText('file'),
  agencies: byText('name'),
  projects: byText('project_id'),
  departments: byText('doc_id'),
  indicators: byText('indicator_id'),
  problems: byText('problem_id'),
  flags: (a: FlagRow, b: FlagRow): number =>
    compareText(a.doc_id, b.doc_id) || compareText(a.rule, b.rule) || compareText(a.flag_id, b.flag_id),
} satisfies {
  [T in Exclude<keyof Tables, 'source_lines'>]: (a: Tables[T][number], b: Tables[T][number]) => number;
};

/** Code-unit order: the same on every machine and locale. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What ids are made of: hex hashes and their suffixes ("p1a2b3c4d5e6f-2", "d…-q001"). */
const ID_TEXT = /^[0-9a-z-]*$/;

/**
 * Whether this process's collator orders id characters as their code units do, checked over every
 * text of up to two of them (a tailoring, a contraction or ignored punctuation would show). It does
 * for the default locales, and comparing code units is several times faster than asking the
 * collator, which the sorts of ids spent much of assembly on.
 */
const IDS_IN_CODE_UNIT_ORDER = ((): boolean => {
  const chars = [...'-0123456789abcdefghijklmnopqrstuvwxyz'];
  const texts = ['', ...chars, ...chars.flatMap((a) => chars.map((b) => a + b))];
  const collated = [...texts].sort(compareText);
  return texts
    .sort(compareCodeUnits)
    .every(
      (text, k) => text === collated[k] && (k === 0 || compareText(collated[k - 1] as string, text) < 0),
    );
})();

/**
 * Sorts rows by an id column in ROW_ORDER's order (compareText): by code units when every id is
 * made of id characters and the collator agrees on those, otherwise by the collator itself.
 */
function sortById<K extends string, R extends Record<K, string>>(rows: R[], key: K): R[] {
  const plain =
    IDS_IN_CODE_UNIT_ORDER && rows.every((row) => typeof row[key] === 'string' && ID_TEXT.test(row[key]));
  return rows.sort(plain ? (a, b) => compareCodeUnits(a[key], b[key]) : byText(key));
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * The agency a row of a document names for its project when it is not the document's own (a
 * summary row's 单位名称, resolved in the document's context): its name and key; null otherwise.
 */
function rowAgencyOf(
  obs: ProjectObservation,
  info: Pick<DocumentInfo, 'agency' | 'title'>,
): { name: string; key: string; context: string | undefined } | null {
  if (obs.agency === null || obs.agency === info.agency) return null;
  const context = [info.agency, info.title].filter((t) => t !== null).join(' ') || undefined;
  return { name: obs.agency, key: agencyKey(obs.agency, context), context };
}

/**
 * The agencies other than its own that a document's rows name (sorted, distinct): a run assembled
 * in parts must put the document in one part with theirs (see assemblyKey). `own` is the
 * document's assemblyKey, when the caller has it already.
 */
export function rowAgencyKeys(doc: ParsedDocument, own: string | null = assemblyKey(doc.info)): string[] {
  const keys = new Set<string>();
  for (const obs of doc.projects) {
    const row = rowAgencyOf(obs, doc.info);
    if (row !== null && row.key !== own) keys.add(row.key);
  }
  return [...keys].sort();
}

/** The agency a project observation belongs to: the one its own row names, else the document's. */
function observationAgency(
  obs: ProjectObservation,
  doc: ParsedDocument,
  docAgency: AgencyInfo | undefined,
  byKey: Map<string, AgencyInfo>,
): AgencyInfo | undefined {
  const row = rowAgencyOf(obs, doc.info);
  if (row === null || row.key === docAgency?.key) return docAgency;
  let info = byKey.get(row.key);
  if (!info) {
    info = newAgency(row.name, row.key, row.context);
    byKey.set(row.key, info);
  }
  info.names.add(row.name);
  return info;
}

/** The project a problem names, searched in its document's groups from the last (see groupsOfDoc). */
function projectOfProblem(name: string, docGroups: readonly Map<string, string>[] = []): string | null {
  for (let k = docGroups.length - 1; k >= 0; k--) {
    const id = docGroups[k]?.get(name);
    if (id !== undefined) return id;
  }
  return null;
}

export function assembleTables(docs: readonly ParsedDocument[], options: AssembleOptions = {}): Tables {
  // Documents in file order (ROW_ORDER.documents), which the documents table and source lines keep.
  const ordered = [...docs].sort((a, b) => ROW_ORDER.documents(a.info, b.info));
  const byKey = new Map<string, AgencyInfo>();
  const agencyOf = resolveAgencies(ordered, byKey, options.agencyKeys);
  const documents = ordered.map((d) => documentRow(d, agencyOf.get(d.info.doc_id)));

  // Observations grouped by agency·year, in file order.
  const groups = new Map<string, { agency: AgencyInfo; year: number | null; placed: PlacedObservation[] }>();
  /** Agencies that only rows of another agency's documents name (a city's summary of its counties). */
  const rowAgencies = new Set<AgencyInfo>();
  for (const doc of ordered) {
    const docAgency = agencyOf.get(doc.info.doc_id);
    for (const obs of doc.projects) {
      const agency = observationAgency(obs, doc, docAgency, byKey);
      if (!agency) continue;
      if (agency !== docAgency) rowAgencies.add(agency);
      const year = obs.year ?? doc.info.year;
      const key = `${agency.key}|${year ?? ''}`;
      const group = groups.get(key) ?? { agency, year, placed: [] };
      group.placed.push({ doc_id: doc.info.doc_id, obs });
      groups.set(key, group);
    }
  }

  const projects: ProjectRow[] = [];
  const indicators: IndicatorRow[] = [];
  const flags: FlagRow[] = [];
  const usedProjectIds = options.usedIds?.projects ?? new Set<string>();
  /**
   * The project a document's problem names: each group's projects by name, and each document's
   * groups in order. A later group's name wins over an earlier one's, so a document's groups are
   * searched from its last (one map per group, not one entry per document and name).
   */
  const groupsOfDoc = new Map<string, Map<string, string>[]>();
  for (const { agency, year, placed } of groups.values()) {
    const projectIdByName = new Map<string, string>();
    for (const doc_id of new Set(placed.map((p) => p.doc_id))) {
      const docGroups = groupsOfDoc.get(doc_id);
      if (docGroups) docGroups.push(projectIdByName);
      else groupsOfDoc.set(doc_id, [projectIdByName]);
    }
    for (const merged of mergeProjects(placed)) {
      const project_id = uniqueId(
        `p${shortHash(`${agency.key}|${year ?? ''}|${merged.name}`)}`,
        usedProjectIds,
      );
      for (const n of [merged.name, ...merged.aliases]) projectIdByName.set(n, project_id);
      const projectIndicators: IndicatorRow[] = merged.indicators.map((ind, k) => ({
        indicator_id: `${project_id}-i${String(k + 1).padStart(3, '0')}`,
        project_id,
        level1: ind.level1,
        level2: ind.level2,
        name: ind.name,
        target: ind.target,
        actual: ind.actual,
        weight: ind.weight,
        score: ind.score,
        deviation_reason: ind.deviation_reason,
        file: merged.indicatorFile ?? (merged.sources[0]?.file as string),
        line: ind.line,
      }));
      const row: ProjectRow = {
        project_id,
        doc_id: merged.doc_id,
        agency: agency.name,
        year,
        name: merged.name,
        aliases: merged.aliases,
        code: merged.code,
        managing_dept: merged.managing_dept,
        implementing_unit: merged.implementing_unit,
        budget_initial: merged.budget_initial,
        budget_adjusted: merged.budget_adjusted,
        executed: merged.executed,
        execution_rate: null,
        execution_rate_reported: merged.execution_rate_reported,
        execution_weight: merged.execution_weight,
        execution_score: merged.execution_score,
        total_score: merged.total_score,
        grade: merged.grade,
        grade_band: gradeBand(merged.total_score),
        indicator_count: projectIndicators.length,
        sources: merged.sources,
      };
      row.execution_rate = computedRate(row);
      projects.push(row);
      indicators.push(...projectIndicators);
      const ctx = { doc_id: merged.doc_id, project_id, agency: agency.name, year };
      for (const draft of [...merged.conflicts, ...checkProject(row, projectIndicators)])
        flags.push(flagRow(draft, ctx));
    }
  }

  const departments: DepartmentRow[] = [];
  for (const doc of ordered) {
    const d = doc.department;
    const agency = agencyOf.get(doc.info.doc_id);
    if (!d || !agency) continue;
    const row: DepartmentRow = {
      doc_id: doc.info.doc_id,
      agency: agency.name,
      year: doc.info.year,
      budget_initial: d.budget_initial,
      budget_adjusted: d.budget_adjusted,
      executed: d.executed,
      execution_rate: null,
      execution_rate_reported: d.execution_rate_reported,
      total_score: d.total_score,
      project_count: d.project_count,
      average_score: d.average_score,
      sources: d.sources,
    };
    row.execution_rate = computedRate(row);
    departments.push(row);
    const ctx = { doc_id: doc.info.doc_id, project_id: null, agency: agency.name, year: doc.info.year };
    for (const draft of checkDepartment(row)) flags.push(flagRow(draft, ctx));
  }

  const problems: ProblemRow[] = [];
  for (const doc of ordered) {
    const agency = agencyOf.get(doc.info.doc_id);
    doc.problems.forEach((p, k) => {
      problems.push({
        problem_id: `${doc.info.doc_id}-q${String(k + 1).padStart(3, '0')}`,
        doc_id: doc.info.doc_id,
        project_id: p.project_name
          ? projectOfProblem(p.project_name, groupsOfDoc.get(doc.info.doc_id))
          : null,
        agency: agency?.name ?? doc.info.agency ?? '',
        year: doc.info.year,
        text: p.text,
        categories: [],
        cluster_id: '',
        file: doc.info.file,
        line: p.line,
      });
    });
  }
  if (options.categorize !== false) categorizeProblems(problems, options.taxonomy);

  // Agencies of evaluation material only: an unrelated document names an agency but reports nothing.
  const reporting = ordered.filter((d) => d.info.doc_kind !== null && d.info.doc_kind !== 'unrelated');
  const reportingAgencies = [
    ...reporting.map((d) => agencyOf.get(d.info.doc_id)).filter((a) => a !== undefined),
    ...rowAgencies,
  ];
  const agencies: AgencyRow[] = [...new Map(reportingAgencies.map((a) => [a.key, a])).values()]
    .map((a) => ({
      name: a.name,
      aliases: [...a.names].filter((n) => n !== a.name).sort(),
      province: a.province,
      city: a.city,
      county: a.county,
    }))
    .sort(ROW_ORDER.agencies);

  const source_lines: SourceLineRow[] = [];
  for (const doc of ordered) for (const row of doc.cited_lines) source_lines.push(row);

  // The same finding reached twice (e.g. one project seen from two documents) is one flag; distinct
  // findings whose ids collide keep both, with a suffixed id.
  const seenFindings = new Set<string>();
  const usedFlagIds = options.usedIds?.flags ?? new Set<string>();
  const dedupedFlags: FlagRow[] = [];
  for (const f of flags) {
    const finding = `${f.rule}|${f.doc_id}|${f.project_id ?? ''}|${f.message}`;
    if (seenFindings.has(finding)) continue;
    seenFindings.add(finding);
    dedupedFlags.push({ ...f, flag_id: uniqueId(f.flag_id, usedFlagIds) });
  }
  return {
    documents,
    agencies,
    projects: sortById(projects, 'project_id'),
    departments: sortById(departments, 'doc_id'),
    indicators: sortById(indicators, 'indicator_id'),
    problems: sortById(problems, 'problem_id'),
    source_lines,
    flags: dedupedFlags.sort(ROW_ORDER.flags),
  };
}
