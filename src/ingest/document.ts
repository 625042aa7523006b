/**
 * One document's text → a ParsedDocument: structure (tables, sections, prose), kind, agency,
 * year, project observations, department figures and problem statements.
 */
import { cityUnitAgency } from './agency.ts';
import { classifyDocument } from './classify.ts';
import { keep } from './memo.ts';
import {
  emptyDepartment,
  extractDepartment,
  extractIncomeTotal,
  type ProseLine,
} from './extract/department.ts';
import {
  extractAccountsSpending,
  extractDepartmentTable,
  withDepartmentTable,
} from './extract/department-table.ts';
import { documentFacts, TITLE_ROWS } from './extract/document-info.ts';
import {
  extractEnumeration,
  extractEvaluatedProject,
  extractListedProject,
  extractParagraphObservation,
  extractProjectSentences,
  extractScoreMentions,
  extractSectionObservation,
  findProjectSections,
  readSectionIndicators,
  unnamedProjectScore,
  bureauOfRows,
  type ProjectSection,
} from './extract/narrative.ts';
import type { IndicatorBlock } from './extract/indicator-table.ts';
import {
  mayStateIndicatorSentences,
  readIndicatorSentences,
  type SentenceExecution,
  type SentenceIndicators,
} from './extract/indicator-sentences.ts';
import { emptyObservation, nameCore } from './extract/observation.ts';
import { clusterObservations, PROJECT_NAME_END } from './merge.ts';
import { extractProjectTable, findProjectTables, tableYear } from './extract/project-table.ts';
import { findSummaryTables, type SummaryTable } from './extract/summary-table.ts';
import { extractDocumentProblems } from './problem-statements.ts';
import { simplifiedIfTraditional } from './simplify.ts';
import { compact } from './normalize.ts';
import { filled, rowText, splitLines, toRows, type Row } from './segment.ts';
import type { DocKind, SourceLineRow } from '../data/schema.ts';
import type {
  DepartmentDraft,
  DocumentInfo,
  IndicatorDraft,
  ParsedDocument,
  ProjectObservation,
} from './types.ts';

function sectionOf(sections: readonly ProjectSection[], row: number): ProjectSection | undefined {
  return sections.find((s) => row > s.start && row < s.end);
}

function hasFigures(obs: ProjectObservation): boolean {
  return (
    obs.budget_initial !== null ||
    obs.budget_adjusted !== null ||
    obs.executed !== null ||
    obs.amount_any !== null ||
    obs.total_score !== null ||
    obs.indicators.length > 0
  );
}

/**
 * A listed total ("共计481.149665万元") is the department's executed amount when it equals the
 * sum of the summary rows it lists — the rows' untyped amounts were then execution figures too.
 */
function reconcileListedTotal(
  department: DepartmentDraft | null,
  total: { value: number; source: ProseLine['source'] } | null,
  summaryRows: readonly ProjectObservation[],
): DepartmentDraft | null {
  if (!total || summaryRows.length === 0) return department;
  const sum = summaryRows.reduce((acc, o) => acc + (o.executed?.value ?? o.amount_any?.value ?? 0), 0);
  if (Math.abs(sum - total.value) > 0.01) return department;
  const draft = department ?? emptyDepartment();
  draft.executed ??= total.value;
  draft.sources.push(total.source);
  return draft;
}

/** The department's row of a budget table ("部门整体支出 | 5,216.40 | …") fills figures prose left empty. */
function withTableFigures(
  department: DepartmentDraft | null,
  row: ProjectObservation | null,
): DepartmentDraft | null {
  if (!row) return department;
  const draft = department ?? emptyDepartment();
  draft.budget_initial ??= row.budget_initial?.value ?? null;
  draft.budget_adjusted ??= row.budget_adjusted?.value ?? null;
  draft.executed ??= row.executed?.value ?? null;
  draft.execution_rate_reported ??= row.execution_rate_reported?.value ?? null;
  draft.sources.push(...row.sources);
  return draft;
}

const AMOUNT_FIELDS = ['budget_initial', 'budget_adjusted', 'executed'] as const;

/**
 * "共有项目3个，年初预算合计265万元" totals the projects listed in the text, not the department:
 * a department amount equal to the sum of two or more narrative projects' amounts is dropped.
 */
function withoutProjectTotals(
  department: DepartmentDraft | null,
  observations: readonly ProjectObservation[],
): DepartmentDraft | null {
  const listed = observations.filter((o) => o.origin === 'narrative');
  if (!department || listed.length < 2) return department;
  for (const field of AMOUNT_FIELDS) {
    const stated = department[field];
    if (stated === null) continue;
    const sums = [projectSum(listed, (o) => o[field]?.value)];
    // "全年预算合计" counts a project whose budget was never adjusted at its 年初预算.
    if (field === 'budget_adjusted')
      sums.push(projectSum(listed, (o) => o.budget_adjusted?.value ?? o.budget_initial?.value));
    if (sums.some((s) => s !== null && Math.abs(s - stated) < 0.005)) department[field] = null;
  }
  return department;
}

/** The sum of a figure over two or more projects stating it; null when fewer state it. */
function projectSum(
  projects: readonly ProjectObservation[],
  pick: (o: ProjectObservation) => number | undefined,
): number | null {
  const values = projects.map(pick).filter((v): v is number => v !== undefined);
  return values.length >= 2 ? values.reduce((a, b) => a + b, 0) : null;
}

/**
 * A department row needs a figure of the department's own: a project count alone ("对3个项目开展了
 * 绩效自评") that equals the number of projects the document lists says nothing the projects table
 * does not, and would show as an empty department. A count the listed projects do not reach (23
 * evaluated, 3 described) is kept: it tells how much of the department was evaluated.
 */
function withDepartmentFigure(department: DepartmentDraft | null, projects: number): DepartmentDraft | null {
  if (!department) return null;
  const { project_count, sources: _, ...figures } = department;
  const hasFigure = Object.values(figures).some((v) => v !== null);
  return hasFigure || (project_count !== null && project_count !== projects) ? department : null;
}

/**
 * Department figures only the document's kind tells how to read: a 部门决算's executed amount from
 * the 合计 row of its 支出决算表 when its prose states none; elsewhere "本年收入合计" as the
 * full-year budget when no other is stated (see extractIncomeTotal).
 */
function withAccountsFigures(
  department: DepartmentDraft | null,
  kind: DocKind,
  prose: readonly ProseLine[],
  rows: readonly Row[],
  file: string,
): DepartmentDraft | null {
  if (kind === 'final_accounts') {
    if (department?.executed != null) return department;
    const spending = extractAccountsSpending(rows, file);
    if (!spending) return department;
    const draft = department ?? emptyDepartment();
    draft.executed = spending.value;
    draft.sources.push(spending.source);
    return draft;
  }
  if (kind !== 'department_overall' && kind !== 'narrative') return department;
  if (!department || department.budget_adjusted !== null) return department;
  const income = extractIncomeTotal(prose);
  if (!income) return department;
  department.budget_adjusted = income.value;
  department.sources.push(income.source);
  return department;
}

/**
 * The document's status and the reason shown for it. Without an agency nothing of the document
 * reaches the project and department tables (a row is always of an agency), except projects whose
 * own row names their agency (`placed`): the message says so rather than "已提取" of rows that are
 * not written.
 */
function statusOf(
  info: DocumentInfo,
  projects: number,
  placed: number,
  department: boolean,
): Pick<DocumentInfo, 'status' | 'message'> {
  if (info.doc_kind === 'unrelated') {
    return {
      status: 'unrecognized',
      message: '未发现绩效自评内容（无项目表、无绩效目标或自评得分），未提取数据',
    };
  }
  const missing = [info.agency ? null : '单位名称', info.year ? null : '年度'].filter(Boolean);
  if (projects === 0 && !department) {
    return { status: 'partial', message: '识别为绩效材料，但未能提取项目或部门数据' };
  }
  if (!info.agency) {
    const unplaced = projects - placed;
    const dropped = [unplaced > 0 ? `${unplaced} 个项目` : null, department ? '部门整体数据' : null].filter(
      Boolean,
    );
    const written = placed > 0 ? `已提取 ${placed} 个项目（各行注明单位）；` : '';
    return {
      status: 'partial',
      message: `${written}未识别${missing.join('、')}${dropped.length > 0 ? `，${dropped.join('和')}无法归属单位，未写入` : ''}`,
    };
  }
  const found = `${projects} 个项目${department ? '，含部门整体数据' : ''}`;
  if (missing.length > 0)
    return { status: 'partial', message: `已提取 ${found}；未识别${missing.join('、')}` };
  return { status: 'ok', message: `已提取 ${found}` };
}

/**
 * Prose observations of one project in several places (its section, a paragraph opening with its
 * name, a sentence giving its score) share a link: the merge attaches prose to tables, never prose
 * to prose, so each would otherwise stand as a project of its own.
 */
function linkNarratives(observations: readonly ProjectObservation[]): void {
  const byCore = new Map<string, ProjectObservation[]>();
  for (const o of observations) {
    if (o.origin !== 'narrative') continue;
    const core = nameCore(o.name);
    const group = byCore.get(core);
    if (group) group.push(o);
    else byCore.set(core, [o]);
  }
  for (const [core, group] of byCore) {
    if (group.length < 2) continue;
    const link = group.find((o) => o.link)?.link ?? `n${core}`;
    for (const o of group) o.link ??= link;
  }
}

/** A section's indicator table: its indicators, and the execution line prose left unstated. */
function withSectionIndicators(obs: ProjectObservation, block: IndicatorBlock, file: string): void {
  obs.indicators = block.indicators;
  const exec = block.execution;
  if (exec && obs.execution_score === null && exec.score !== null) {
    const source = { file, line_start: exec.row.line, line_end: exec.row.lineEnd };
    obs.execution_score = { value: exec.score, source };
    obs.execution_weight ??= exec.weight;
    if (exec.rate !== null) obs.execution_rate_reported ??= { value: exec.rate, source };
  }
  const first = block.indicators[0]?.line;
  const last = block.indicators[block.indicators.length - 1]?.line;
  if (first !== undefined && last !== undefined)
    obs.sources.push({ file, line_start: first, line_end: last });
}

/** Indicators a project's lines state in sentences, with their budget-execution line. */
function withStatedIndicators(
  obs: ProjectObservation,
  indicators: readonly IndicatorDraft[],
  execution: SentenceExecution | null,
  file: string,
): void {
  obs.indicators.push(...indicators);
  if (execution && obs.execution_score === null && execution.score !== null) {
    const source = { file, line_start: execution.line, line_end: execution.line };
    obs.execution_score = { value: execution.score, source };
    obs.execution_weight ??= execution.weight;
    if (execution.rate !== null) obs.execution_rate_reported ??= { value: execution.rate, source };
  }
  const lines = indicators.map((i) => i.line);
  if (lines.length > 0)
    obs.sources.push({ file, line_start: Math.min(...lines), line_end: Math.max(...lines) });
}

/** Rows between two indicator lines of one list (a level-1 line, a blank line, a note). */
const INDICATOR_LIST_GAP = 3;
/** Rows above a list searched for the heading naming its project ("附表1：X项目绩效指标完成情况"). */
const LIST_HEADING_ROWS = 3;

/**
 * Indicator lines outside any project's section, given to the project they belong to: the
 * document's one project, or in a document of several the one the heading above the list names.
 * A list no project claims stays unread (its lines remain prose). Returns the lines given away.
 */
function withLooseIndicators(
  found: SentenceIndicators,
  observations: readonly ProjectObservation[],
  rows: readonly Row[],
  docId: string,
  file: string,
): Set<number> {
  const given = new Set<number>();
  const projects = clusterObservations(observations.map((obs) => ({ doc_id: docId, obs })));
  if (projects.length === 0) return given;
  const filledBefore = new Set<ProjectObservation>();
  for (const p of projects) for (const { obs } of p) if (obs.indicators.length > 0) filledBefore.add(obs);
  // Lists: runs of indicator lines close to each other.
  const lists: number[][] = [];
  found.indicatorRows.forEach((row, k) => {
    const last = lists[lists.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev !== undefined && row - (found.indicatorRows[prev] as number) <= INDICATOR_LIST_GAP)
      last.push(k);
    else lists.push([k]);
  });
  for (const list of lists) {
    const first = found.indicatorRows[list[0] as number] as number;
    const project = projects.length === 1 ? projects[0] : projectNamedAbove(projects, rows, first);
    if (!project || project.some(({ obs }) => filledBefore.has(obs))) continue;
    const obs = (project[0] as { obs: ProjectObservation }).obs;
    const indicators = list.map((k) => found.indicators[k] as IndicatorDraft);
    withStatedIndicators(obs, indicators, projects.length === 1 ? found.execution : null, file);
    for (const ind of indicators) given.add(ind.line);
  }
  if (projects.length === 1 && found.execution && given.size > 0) given.add(found.execution.line);
  return given;
}

/** The one project whose name the heading right above row `first` contains, if exactly one. */
function projectNamedAbove<T extends { obs: ProjectObservation }[]>(
  projects: readonly T[],
  rows: readonly Row[],
  first: number,
): T | undefined {
  for (let i = first - 1; i >= Math.max(0, first - LIST_HEADING_ROWS); i--) {
    const row = rows[i] as Row;
    if (filled(row).length !== 1) continue;
    const heading = compact(rowText(row));
    const named = projects.filter((p) =>
      p.some(({ obs }) =>
        [obs.name, ...obs.aliases].some((n) => {
          const core = nameCore(n);
          return core.length >= 3 && heading.includes(core);
        }),
      ),
    );
    if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  }
  return undefined;
}

/** A funds table's total row ("年度资金总额 | 7,215.00 | …"): the spending of all, never a project. */
const FUND_TOTAL_ROW = /^(?:年度)?(?:预算)?资金总(?:额|计)$/;

/** The summary table with its funds-total row read as the department's row, not as a project's. */
function withFundTotalRow(table: SummaryTable): SummaryTable {
  const total = table.rows.find((o) => FUND_TOTAL_ROW.test(o.name.replace(/\s/g, '')));
  if (!total) return table;
  return {
    ...table,
    rows: table.rows.filter((o) => o !== total),
    department: table.department ?? total,
  };
}

/** A title naming the department's overall spending: its unattributed self-score is the department's. */
const DEPARTMENT_REPORT_TITLE = /部\s*门\s*整\s*体/;

/**
 * "项目自评得分90分，等级为优" in a line that names no project (a generic title, the project named in
 * the body): the score of the report's one project, when the observations merge into exactly one
 * and none of them is scored. With two projects, or a score already read, the line is nobody's.
 */
function unnamedScoreOfOneProject(
  observations: readonly ProjectObservation[],
  prose: readonly ProseLine[],
  doc_id: string,
): ProjectObservation | null {
  const first = observations[0];
  if (!first || observations.some((o) => o.total_score !== null)) return null;
  for (const line of prose) {
    const stated = unnamedProjectScore(line.text);
    if (!stated) continue;
    if (clusterObservations(observations.map((obs) => ({ doc_id, obs }))).length !== 1) return null;
    const obs = emptyObservation(first.origin, first.name);
    obs.total_score = { value: stated.score, source: line.source };
    obs.grade = stated.grade;
    obs.sources.push(line.source);
    return obs;
  }
  return null;
}

/** A project read in a bureau's part of a city's report is that bureau's. */
function placeIn(obs: ProjectObservation, bureau: string): void {
  obs.agency ??= bureau;
  obs.implementing_unit ??= bureau;
}

/**
 * "天网监控系统运行维护项目" written "天网监控系统运维" elsewhere in the document (or the other way
 * round): the other form is an alias of the project.
 */
function withMaintenanceAliases(observations: readonly ProjectObservation[], text: string): void {
  if (!text.includes('运维') || !text.includes('运行维护')) return;
  for (const obs of observations) {
    const bare = obs.name.replace(/项目$/, '');
    const other = bare.includes('运行维护')
      ? bare.replace('运行维护', '运维')
      : bare.includes('运维')
        ? bare.replace('运维', '运行维护')
        : null;
    if (other === null || other.length < 4 || !text.includes(other)) continue;
    // The form as the text writes it: with "项目" when the text has it so.
    const written = text.includes(`${other}项目`) ? `${other}项目` : other;
    if (written !== obs.name && !obs.aliases.includes(written)) obs.aliases.push(written);
  }
}

/**
 * Parses one decoded document. `base` carries file facts (id, file, hash, bytes, encoding, format);
 * `original` is its text as decoded.
 */
export function parseText(
  base: Omit<
    DocumentInfo,
    'doc_kind' | 'title' | 'agency' | 'agency_aliases' | 'year' | 'status' | 'message'
  >,
  original: string,
): ParsedDocument {
  const file = base.file;
  // A report in traditional characters is read in simplified ones (the extractors' keywords, the
  // names other reports use); the lines its records cite keep what the file says.
  const simplified = simplifiedIfTraditional(original);
  const text = simplified ?? original;
  const lines = splitLines(text);
  const sourceLines = simplified === null ? lines : originalLines(original, lines);
  const rows = toRows(lines);
  const facts = documentFacts(rows);

  const summaries = findSummaryTables(rows, file).map(withFundTotalRow);
  const listsProjects = summaries.some((t) => t.rows.length > 0);
  const sections = findProjectSections(rows, Math.min(TITLE_ROWS, rows.length) - 1, !listsProjects);
  const sectionStarts = new Set(sections.map((s) => s.start));
  const summaryStarts = new Set(summaries.map((t) => t.headerRow));
  const regions = findProjectTables(rows, (i) => sectionStarts.has(i) || summaryStarts.has(i));

  const tableRow = new Array<boolean>(rows.length).fill(false);
  for (const r of regions)
    for (let i = r.start; i < r.end; i++) tableRow[i] = filled(rows[i] as Row).length > 1 || i <= r.nameRow;
  for (const t of summaries) for (let i = t.headerRow; i < t.end; i++) tableRow[i] = true;
  const isTableRow = (i: number) => tableRow[i] === true;

  const observations: ProjectObservation[] = [];
  const summaryRows: ProjectObservation[] = [];
  summaries.forEach((t) => {
    for (const obs of t.rows) {
      obs.link_table = `${base.doc_id}#${t.headerRow}`;
      summaryRows.push(obs);
    }
  });
  observations.push(...summaryRows);

  const tableYears: number[] = [];
  for (const region of regions) {
    const obs = extractProjectTable(rows, region, file);
    if (!obs.name || !hasFigures(obs)) continue;
    const section = sectionOf(sections, region.start);
    if (section) {
      obs.link = `s${section.start}`;
      obs.aliases.push(section.name);
    }
    const y = tableYear(rows, region);
    if (y !== null) tableYears.push(y);
    observations.push(obs);
  }

  // Indicators stated in sentences, one a line ("（1）数量指标：…，年度指标值为200台，实际完成值为
  // 200台，分值20分，得分20分。"): looked for only when the text names a target and an actual value.
  const statesIndicators = mayStateIndicatorSentences(text);
  for (const section of sections) {
    const table = readSectionIndicators(rows, section, isTableRow);
    // Its rows are table rows: prose extraction and department figures skip them. The block may
    // run on past the table (nothing closes it), so only rows of several cells count.
    if (table)
      for (let i = table.start; i < table.block.next; i++) tableRow[i] ||= filled(rows[i] as Row).length > 1;
    // Without a table, the section's indicator lines are its indicators; like a table's rows they
    // are no prose of the section.
    const stated =
      table || !statesIndicators
        ? null
        : readIndicatorSentences(rows, section.start + 1, section.end, isTableRow);
    if (stated) for (const i of stated.rows) tableRow[i] = true;
    const obs = extractSectionObservation(rows, section, file, isTableRow);
    if (table) withSectionIndicators(obs, table.block, file);
    else if (stated) withStatedIndicators(obs, stated.indicators, stated.execution, file);
    obs.link = `s${section.start}`;
    if (hasFigures(obs)) observations.push(obs);
  }
  // Indicator lines outside the projects' sections (a 附表 after the report): whose they are is
  // known once the prose has named its projects.
  const looseIndicators = statesIndicators
    ? readIndicatorSentences(
        rows,
        0,
        rows.length,
        (i) => isTableRow(i) || sectionStarts.has(i) || sectionOf(sections, i) !== undefined,
      )
    : null;

  const knownNames = [...new Set(observations.map((o) => o.name))];
  let prose: ProseLine[] = [];
  let listedTotal: { value: number; source: ProseLine['source'] } | null = null;
  // Each prose row outside the tables and the projects' sections.
  const readProseRow = (row: Row): void => {
    // A paragraph opening with one project may go on to another ("A项目年初预算50万元…；B项目年初
    // 预算30万元…"): two projects' sentences are read as two, not as the first project's paragraph.
    const sentences = extractProjectSentences(row, file);
    const paragraph =
      sentences && sentences.items.length > 1
        ? null
        : (extractParagraphObservation(row, file) ??
          extractListedProject(row, file) ??
          extractEvaluatedProject(row, file));
    if (paragraph) {
      observations.push(paragraph);
      return;
    }
    if (sentences) {
      observations.push(...sentences.items);
      const source = { file, line_start: row.line, line_end: row.lineEnd };
      if (sentences.rest !== '') prose.push({ text: sentences.rest, source });
      return;
    }
    // Projects read so far, paragraphs included: "该项目自评得分95分" follows the paragraph naming it.
    const named = () => (knownNames.length > 0 ? knownNames : [...new Set(observations.map((o) => o.name))]);
    observations.push(...extractScoreMentions(row, file, named));
    const list = extractEnumeration(row, file);
    if (list) {
      observations.push(...list.items);
      if (list.total !== null) listedTotal ??= { value: list.total, source: list.source };
    }
    prose.push({ text: rowText(row), source: { file, line_start: row.line, line_end: row.lineEnd } });
  };
  const bureaus = bureauOfRows(rows, facts.agency ? [facts.agency, ...facts.agencyAliases] : []);
  rows.forEach((row, i) => {
    if (isTableRow(i) || sectionStarts.has(i) || sectionOf(sections, i)) return;
    const before = observations.length;
    readProseRow(row);
    const bureau = bureaus[i];
    if (bureau) for (const obs of observations.slice(before)) placeIn(obs, bureau);
  });

  const unnamed = unnamedScoreOfOneProject(observations, prose, base.doc_id);
  if (unnamed) observations.push(unnamed);
  withMaintenanceAliases(observations, text);
  linkNarratives(observations);
  const indicatorLines =
    looseIndicators && looseIndicators.indicators.length > 0
      ? withLooseIndicators(looseIndicators, observations, rows, base.doc_id, file)
      : null;
  // An indicator line given to a project says nothing of the department.
  if (indicatorLines) prose = prose.filter((p) => !indicatorLines.has(p.source.line_start));
  const titleText = rows.slice(0, TITLE_ROWS).map(rowText).join('\n');
  const departmentReport = DEPARTMENT_REPORT_TITLE.test(titleText);
  let department = withoutProjectTotals(extractDepartment(prose, departmentReport), observations);
  for (const t of summaries) department = withTableFigures(department, t.department);
  const detailTables = observations.filter((o) => o.origin === 'detail_table').length;
  const doc_kind = classifyDocument({
    titleText,
    fullText: text,
    detailTables,
    summaryRows: summaryRows.length,
    narrativeProjects: observations.filter((o) => o.origin === 'narrative').length,
    departmentFigures: department ? department.sources.length : 0,
  });
  department = reconcileListedTotal(department, listedTotal, summaryRows);
  // Only a department self-evaluation's funds table is the department's: elsewhere it is a project's.
  if (doc_kind === 'department_overall' && detailTables === 0)
    department = withDepartmentTable(department, extractDepartmentTable(rows, file, facts.year));
  department = withAccountsFigures(department, doc_kind, prose, rows, file);
  if (doc_kind === 'project_table' || doc_kind === 'unrelated') department = null;
  const projects = doc_kind === 'unrelated' ? [] : observations;
  if (facts.agency) {
    withCityUnitAgencies(projects, facts.agency);
    withoutAgencyPrefix(projects, [facts.agency, ...facts.agencyAliases]);
  }
  // As many as the merge makes of them: "X项目" in a summary row and "X" in its table are one.
  const countProjects = (list: readonly ProjectObservation[]) =>
    clusterObservations(list.map((obs) => ({ doc_id: base.doc_id, obs }))).length;
  const projectCount = countProjects(projects);
  department = withDepartmentFigure(department, projectCount);

  const year = facts.year ?? tableYears[0] ?? null;
  const info: DocumentInfo = {
    ...base,
    doc_kind,
    title: facts.title,
    agency: facts.agency,
    agency_aliases: facts.agencyAliases,
    year,
    status: 'ok',
    message: '',
  };
  // Without the document's agency only rows naming their own agency are written (see statusOf).
  const placed = info.agency ? projectCount : countProjects(projects.filter((o) => o.agency !== null));
  const { status, message } = statusOf(info, projectCount, placed, department !== null);
  info.status = status;
  info.message = message;
  const problems = doc_kind === 'unrelated' ? [] : extractDocumentProblems(lines, projects, doc_kind);
  return {
    info,
    projects,
    department,
    problems,
    cited_lines: citedLines(file, sourceLines, projects, department, problems),
  };
}

/**
 * A city bureau's summary naming its units by their short names ("章贡分局", "宁都县局"): each such
 * row's project is of that unit (cityUnitAgency), as a row naming a bureau in full is.
 */
function withCityUnitAgencies(projects: readonly ProjectObservation[], agency: string): void {
  for (const obs of projects) {
    if (obs.origin !== 'summary_row' || obs.agency !== null || obs.implementing_unit === null) continue;
    obs.agency = cityUnitAgency(obs.implementing_unit, agency);
  }
}

/** A year opening a project name after its agency's: "2023年度", "2023年". */
const LEADING_YEAR = /^(?:19|20)\d{2}年度?/;

/**
 * A summary row's project named with its own agency in front ("枣阳市公安局户籍档案数字化项目",
 * "…公安局2023年度…经费") is the project its table names without them: the name loses the
 * document agency's name (or an alias) and a year, when what remains still says it is a project's;
 * the written name stays an alias.
 */
function withoutAgencyPrefix(projects: readonly ProjectObservation[], agencyNames: readonly string[]): void {
  for (const obs of projects) {
    if (obs.origin !== 'summary_row') continue;
    const name = compact(obs.name);
    const agency = agencyNames.find((a) => a !== '' && name.startsWith(a));
    if (agency === undefined) continue;
    const rest = name.slice(agency.length).replace(LEADING_YEAR, '');
    if (rest.length < 4 || !PROJECT_NAME_END.test(rest)) continue;
    if (!obs.aliases.includes(obs.name)) obs.aliases.push(obs.name);
    obs.name = rest;
  }
}

/**
 * The source's lines, one for each line of its simplified form (a conversion never spans a line
 * break; were the counts ever to differ, the simplified lines are cited rather than wrong ones).
 */
function originalLines(original: string, converted: readonly string[]): readonly string[] {
  const lines = splitLines(original);
  return lines.length === converted.length ? lines : converted;
}

/** A cited range longer than this is a whole table; its first lines are enough to show. */
const MAX_LINES_PER_SOURCE = 40;

/** The text of every line cited by the document's records, in line order. */
function citedLines(
  file: string,
  lines: readonly string[],
  projects: readonly ProjectObservation[],
  department: DepartmentDraft | null,
  problems: readonly { line: number }[],
): SourceLineRow[] {
  const wanted = new Set<number>();
  const addRange = (start: number, end: number) => {
    for (let l = start; l <= Math.min(end, start + MAX_LINES_PER_SOURCE - 1); l++) wanted.add(l);
  };
  for (const p of projects) {
    for (const s of p.sources) addRange(s.line_start, s.line_end);
    for (const v of [
      p.budget_initial,
      p.budget_adjusted,
      p.executed,
      p.amount_any,
      p.execution_rate_reported,
      p.execution_score,
      p.total_score,
    ]) {
      if (v) addRange(v.source.line_start, v.source.line_end);
    }
    for (const ind of p.indicators) wanted.add(ind.line);
  }
  for (const s of department?.sources ?? []) addRange(s.line_start, s.line_end);
  for (const q of problems) wanted.add(q.line);
  // Kept until every file is parsed: it must not pin the document's whole text.
  return [...wanted]
    .filter((l) => l >= 1 && l <= lines.length)
    .sort((a, b) => a - b)
    .map((line) => ({ file, line, text: keep(lines[line - 1] as string) }));
}
