/**
 * One record per agency·year·project. Observations of the same project (a summary row, its
 * detailed table, a narrative paragraph, an annex) are matched by name similarity, agreeing
 * figures and shared sections, then folded into one record. Figures that disagree between places
 * are kept by precedence and reported as amount_conflict / score_conflict — never silently picked.
 */
import type { ProjectRow, Source } from '../data/schema.ts';
import { conflictFlag } from './checks.ts';
import { isNameLike, nameCore, nameSimilarity } from './extract/observation.ts';
import { compact, compareText } from './normalize.ts';
import type { FlagDraft, IndicatorDraft, ObservationOrigin, ProjectObservation, Sourced } from './types.ts';

/** An observation with the document it came from. */
export interface PlacedObservation {
  doc_id: string;
  obs: ProjectObservation;
}

/** A merged project: the figures of the contract's project row, plus what assembly still needs. */
export type MergedProject = Pick<
  ProjectRow,
  | 'doc_id'
  | 'name'
  | 'aliases'
  | 'code'
  | 'managing_dept'
  | 'implementing_unit'
  | 'budget_initial'
  | 'budget_adjusted'
  | 'executed'
  | 'execution_rate_reported'
  | 'execution_weight'
  | 'execution_score'
  | 'total_score'
  | 'grade'
  | 'sources'
> & {
  indicators: IndicatorDraft[];
  indicatorFile: string | null;
  conflicts: FlagDraft[];
};

const PRECEDENCE: Record<ObservationOrigin, number> = {
  detail_table: 0,
  summary_row: 1,
  narrative: 2,
  annex: 3,
};
const AMOUNT_EPS = 1e-4;
const SCORE_EPS = 0.01;
/** Rates written as whole percents ("96%") against 95.6%: within one point they agree. */
const RATE_EPS = 0.01;
const MATCH_THRESHOLD = 0.6;

type Cluster = PlacedObservation[];

/** Every distinct name-like name of the cluster's observations, in order (loops: called per match). */
function names(cluster: Cluster): string[] {
  const distinct = new Set<string>();
  for (const { obs } of cluster) {
    distinct.add(compact(obs.name));
    for (const alias of obs.aliases) distinct.add(compact(alias));
  }
  return [...distinct].filter(isNameLike);
}

function values(cluster: Cluster, pick: (o: ProjectObservation) => Sourced<number> | null): number[] {
  return cluster.map(({ obs }) => pick(obs)?.value).filter((v): v is number => v !== undefined);
}

const AMOUNT_PICKS: readonly ((o: ProjectObservation) => Sourced<number> | null)[] = [
  (o) => o.budget_initial,
  (o) => o.budget_adjusted,
  (o) => o.executed,
  (o) => o.amount_any,
];

/** Every amount of the cluster, field by field (initial, adjusted, executed, untyped). */
function amounts(cluster: Cluster): number[] {
  const out: number[] = [];
  for (const pick of AMOUNT_PICKS) {
    for (const { obs } of cluster) {
      const v = pick(obs);
      if (v) out.push(v.value);
    }
  }
  return out;
}

function codes(cluster: Cluster): Set<string> {
  return new Set(cluster.map(({ obs }) => obs.code).filter((c): c is string => c !== null));
}

/** What matching needs of a cluster, computed once per assignment round. */
interface ClusterSummary {
  names: string[];
  amounts: number[];
  scores: number[];
  codes: Set<string>;
}

function summarize(cluster: Cluster): ClusterSummary {
  return {
    names: names(cluster),
    amounts: amounts(cluster),
    scores: values(cluster, (o) => o.total_score),
    codes: codes(cluster),
  };
}

/** How likely two clusters describe the same project: name similarity plus agreeing figures. */
export function matchScore(a: Cluster | ClusterSummary, b: Cluster | ClusterSummary): number {
  const sa = Array.isArray(a) ? summarize(a) : a;
  const sb = Array.isArray(b) ? summarize(b) : b;
  if (sa.codes.size > 0 && sb.codes.size > 0) {
    if ([...sa.codes].some((c) => sb.codes.has(c))) return 2;
    return 0;
  }
  let best = 0;
  for (const x of sa.names) for (const y of sb.names) best = Math.max(best, nameSimilarity(x, y));
  if (best < 0.3) return best;
  const sameAmount = sa.amounts.some((x) => x > 0 && sb.amounts.some((y) => Math.abs(x - y) <= AMOUNT_EPS));
  const sameScore = sa.scores.some((x) => sb.scores.some((y) => Math.abs(x - y) <= SCORE_EPS));
  return best + (sameAmount ? 0.3 : 0) + (sameScore ? 0.15 : 0);
}

/** Greedy one-to-one assignment of candidates to targets, best pairs first. */
function assign(targets: Cluster[], candidates: Cluster[]): Cluster[] {
  if (candidates.length === 0 || targets.length === 0) return candidates;
  const targetSummaries = targets.map(summarize);
  const pairs: { t: number; c: number; score: number }[] = [];
  candidates.forEach((cand, c) => {
    const summary = summarize(cand);
    targetSummaries.forEach((target, t) => {
      const score = matchScore(target, summary);
      if (score >= MATCH_THRESHOLD) pairs.push({ t, c, score });
    });
  });
  pairs.sort((x, y) => y.score - x.score || x.t - y.t || x.c - y.c);
  const usedT = new Set<number>();
  const usedC = new Set<number>();
  for (const { t, c } of pairs) {
    if (usedT.has(t) || usedC.has(c)) continue;
    usedT.add(t);
    usedC.add(c);
    targets[t]?.push(...(candidates[c] as Cluster));
  }
  return candidates.filter((_, c) => !usedC.has(c));
}

/** Highest precedence first; stable, so equal origins keep file order. */
function byPrecedence(cluster: Cluster): Cluster {
  return cluster.sort((x, y) => PRECEDENCE[x.obs.origin] - PRECEDENCE[y.obs.origin]);
}

/**
 * The same project's table in two documents (a report and its re-export, a table also annexed to
 * the 部门决算) is one project: a table joins an earlier one of another document with the same
 * code, or with the same name when neither states a code. Tables within one document stay apart.
 */
function sameTableElsewhere(tables: Cluster[]): Cluster[] {
  const kept: Cluster[] = [];
  for (const table of tables) {
    const head = table[0] as PlacedObservation;
    const same = kept.find((k) => {
      const other = k[0] as PlacedObservation;
      if (other.doc_id === head.doc_id || k.some((p) => p.doc_id === head.doc_id)) return false;
      if (head.obs.code !== null || other.obs.code !== null) return head.obs.code === other.obs.code;
      return nameCore(head.obs.name) === nameCore(other.obs.name);
    });
    if (same) same.push(...table);
    else kept.push(table);
  }
  return kept;
}

/** A name that says it is a project's: "天网工程运维项目", "禁毒宣传经费", "反诈专项". */
export const PROJECT_NAME_END = /(?:项目|经费|专项|专项资金|工程)$/;

/**
 * Prose that matches no table is a project of its own when it states an amount; or, when no table
 * lists the projects at all, a score under a name that says it is a project ("天网工程运维项目自评
 * 得分95分") or in the section a project's heading or title opens ("X项目绩效自评报告" over "预算执行率
 * 为96.8%" and "项目自评得分94分"). With a table, an unmatched score-only mention is more likely a
 * variant of a listed name.
 */
function isProseProject(cluster: Cluster, noTables: boolean): boolean {
  if (amounts(cluster).length > 0) return true;
  if (!noTables || values(cluster, (o) => o.total_score).length === 0) return false;
  return cluster.some(
    ({ obs }) =>
      obs.link !== null || [obs.name, ...obs.aliases].some((n) => PROJECT_NAME_END.test(compact(n))),
  );
}

/** Groups observations into projects. Observations sharing a link (same section) start together. */
export function clusterObservations(placed: readonly PlacedObservation[]): Cluster[] {
  const byLink = new Map<string, Cluster>();
  const singles: Cluster[] = [];
  for (const p of placed) {
    if (p.obs.link) {
      const key = `${p.doc_id}#${p.obs.link}`;
      const cluster = byLink.get(key) ?? [];
      cluster.push(p);
      byLink.set(key, cluster);
    } else singles.push([p]);
  }
  const all = [...singles, ...byLink.values()].map(byPrecedence);
  const rank = (c: Cluster) => PRECEDENCE[(c[0] as PlacedObservation).obs.origin];
  const noTables = all.every((c) => rank(c) > PRECEDENCE.summary_row);
  // Summary rows define the project list when present; tables, then prose attach to them.
  const projects: Cluster[] = all.filter((c) => rank(c) === PRECEDENCE.summary_row);
  for (const origin of ['detail_table', 'narrative', 'annex'] as const) {
    const batch = all.filter((c) => rank(c) === PRECEDENCE[origin]);
    const left =
      origin === 'detail_table' ? sameTableElsewhere(assign(projects, batch)) : assign(projects, batch);
    projects.push(...left.filter((c) => origin === 'detail_table' || isProseProject(c, noTables)));
  }
  // Attached observations were appended after the summary row: restore precedence so the detailed
  // table's figures lead, and the checks compare its score and amounts with each other, not a mix.
  return projects.map(byPrecedence);
}

type AmountField = 'budget_initial' | 'budget_adjusted' | 'executed';
const AMOUNT_LABELS: Record<AmountField, string> = {
  budget_initial: '年初预算数',
  budget_adjusted: '全年预算数',
  executed: '执行数',
};

/** Distinct values of one field across a cluster, highest precedence first. */
function collect(
  cluster: Cluster,
  pick: (o: ProjectObservation) => Sourced<number> | null,
): Sourced<number>[] {
  return cluster.map(({ obs }) => pick(obs)).filter((s): s is Sourced<number> => s !== null);
}

function differs(list: readonly Sourced<number>[], eps: number): boolean {
  const first = list[0];
  return first !== undefined && list.some((s) => Math.abs(s.value - first.value) > eps);
}

function firstString(cluster: Cluster, pick: (o: ProjectObservation) => string | null): string | null {
  for (const { obs } of cluster) {
    const v = pick(obs);
    if (v) return v;
  }
  return null;
}

/** The distinct sources of every observation, in file and line order. */
function sortSources(perObservation: readonly (readonly Source[])[]): Source[] {
  const seen = new Map<string, Source>();
  for (const sources of perObservation)
    for (const s of sources) seen.set(`${s.file}\u0000${s.line_start}\u0000${s.line_end}`, s);
  return [...seen.values()].sort(
    (a, b) => compareText(a.file, b.file) || a.line_start - b.line_start || a.line_end - b.line_end,
  );
}

/**
 * Folds one cluster into a project. `anyRole` says what an untyped amount ("资金") of a summary
 * table stands for, as inferred from the table's matched rows (see inferAmountRoles).
 */
export function foldCluster(
  cluster: Cluster,
  anyRole: (obs: ProjectObservation) => AmountField | null,
): MergedProject {
  const head = cluster[0] as PlacedObservation;
  const conflicts: FlagDraft[] = [];
  const merged: Record<AmountField, number | null> = {
    budget_initial: null,
    budget_adjusted: null,
    executed: null,
  };
  const typed: Record<AmountField, Sourced<number>[]> = {
    budget_initial: [],
    budget_adjusted: [],
    executed: [],
  };
  for (const field of Object.keys(typed) as AmountField[]) typed[field] = collect(cluster, (o) => o[field]);
  const untyped: Sourced<number>[] = [];
  for (const { obs } of cluster) {
    if (!obs.amount_any) continue;
    const role = anyRole(obs);
    if (role) typed[role].push(obs.amount_any);
    else untyped.push(obs.amount_any);
  }
  for (const field of Object.keys(typed) as AmountField[]) {
    const list = typed[field];
    merged[field] = list[0]?.value ?? null;
    if (differs(list, AMOUNT_EPS))
      conflicts.push(conflictFlag('amount_conflict', field, AMOUNT_LABELS[field], list));
  }
  const known = [...typed.budget_initial, ...typed.budget_adjusted, ...typed.executed];
  for (const amount of untyped) {
    if (known.some((k) => Math.abs(k.value - amount.value) <= AMOUNT_EPS)) continue;
    if (known.length === 0) {
      // A bare "项目总金额" with nothing to compare: the project's stated amount, read as its budget.
      merged.budget_adjusted ??= amount.value;
      known.push(amount);
    } else {
      conflicts.push(conflictFlag('amount_conflict', 'amount', '金额', [...known, amount]));
    }
  }
  const scoreField = (field: 'total_score' | 'execution_score', label: string): number | null => {
    const list = collect(cluster, (o) => o[field]);
    if (differs(list, SCORE_EPS)) conflicts.push(conflictFlag('score_conflict', field, label, list));
    return list[0]?.value ?? null;
  };
  // A stated rate disagreeing by over a point is a conflict of its own, unless an amount conflict
  // already explains it.
  const rates = collect(cluster, (o) => o.execution_rate_reported);
  if (conflicts.length === 0 && differs(rates, RATE_EPS))
    conflicts.push(conflictFlag('amount_conflict', 'execution_rate_reported', '执行率', rates));
  const withIndicators = cluster
    .filter(({ obs }) => obs.indicators.length > 0)
    .sort((a, b) => b.obs.indicators.length - a.obs.indicators.length)[0];
  const allNames = names(cluster);
  const name = compact(head.obs.name);
  return {
    doc_id: head.doc_id,
    name,
    aliases: allNames.filter((n) => n !== name).sort(),
    code: firstString(cluster, (o) => o.code),
    managing_dept: firstString(cluster, (o) => o.managing_dept),
    implementing_unit: firstString(cluster, (o) => o.implementing_unit),
    ...merged,
    execution_rate_reported: rates[0]?.value ?? null,
    execution_weight: cluster.map(({ obs }) => obs.execution_weight).find((w) => w !== null) ?? null,
    execution_score: scoreField('execution_score', '预算执行得分'),
    total_score: scoreField('total_score', '自评总分'),
    grade: firstString(cluster, (o) => o.grade),
    indicators: withIndicators?.obs.indicators ?? [],
    indicatorFile: withIndicators?.obs.sources[0]?.file ?? null,
    sources: sortSources(cluster.map(({ obs }) => obs.sources)),
    conflicts,
  };
}

/**
 * A summary table's untyped amount column ("资金") is read as the role it agrees with in the rows
 * that matched a detailed table (executed in the seeds); null when no row tells.
 */
export function inferAmountRoles(clusters: readonly Cluster[]): Map<string, AmountField> {
  const votes = new Map<string, Record<AmountField, number>>();
  for (const cluster of clusters) {
    for (const { obs } of cluster) {
      if (obs.origin !== 'summary_row' || !obs.amount_any || !obs.link_table) continue;
      const tally = votes.get(obs.link_table) ?? { budget_initial: 0, budget_adjusted: 0, executed: 0 };
      for (const field of ['executed', 'budget_adjusted', 'budget_initial'] as const) {
        const other = collect(
          cluster.filter((p) => p.obs !== obs),
          (o) => o[field],
        );
        if (other.some((s) => Math.abs(s.value - (obs.amount_any as Sourced<number>).value) <= AMOUNT_EPS))
          tally[field]++;
      }
      votes.set(obs.link_table, tally);
    }
  }
  const roles = new Map<string, AmountField>();
  for (const [table, tally] of votes) {
    const best = (Object.keys(tally) as AmountField[]).sort((a, b) => tally[b] - tally[a])[0] as AmountField;
    if (tally[best] > 0) roles.set(table, best);
  }
  return roles;
}

export function mergeProjects(placed: readonly PlacedObservation[]): MergedProject[] {
  const clusters = clusterObservations(placed);
  const roles = inferAmountRoles(clusters);
  const anyRole = (obs: ProjectObservation) => (obs.link_table ? (roles.get(obs.link_table) ?? null) : null);
  return clusters.map((c) => foldCluster(c, anyRole));
}
