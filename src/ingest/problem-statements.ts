/**
 * A document's problem statements: prose statements (problems/extract.ts) plus the deviation
 * reasons of indicator rows that state a problem, each attributed to the project whose table or
 * section holds it.
 */
import { clusterKey, deviationStatements, extractProblems, isDeviationProblem } from './problems/index.ts';
import type { DocKind } from '../data/constants.ts';
import type { ProblemDraft, ProjectObservation } from './types.ts';

/** The project whose table or section spans a line, the narrowest span first. */
function projectAt(projects: readonly ProjectObservation[], line: number): string | null {
  let best: { name: string; width: number } | null = null;
  for (const p of projects) {
    // A summary row spans only its own line: a problem on that line is its project's.
    if (p.origin !== 'detail_table' && p.origin !== 'summary_row' && !p.link) continue;
    for (const s of p.sources) {
      if (p.origin === 'summary_row' && s.line_start !== s.line_end) continue;
      const width = s.line_end - s.line_start;
      if (line >= s.line_start && line <= s.line_end && (best === null || width < best.width)) {
        best = { name: p.name, width };
      }
    }
  }
  return best?.name ?? null;
}

/**
 * The one project a problem names ("看守所安全防范设施维护项目部分维修合同签订较晚"): a statement in
 * a shared problem section that names a single listed project by its full name is that project's.
 */
function projectNamed(names: readonly string[], text: string): string | null {
  const named = names.filter((n) => n.length >= 4 && shortForms(n).some((f) => text.includes(f)));
  // "禁毒宣传经费" within "禁毒宣传经费项目" is one project, not two.
  const widest = named.filter((n) => !named.some((m) => m !== n && m.includes(n)));
  return widest.length === 1 ? (widest[0] as string) : null;
}

/**
 * The forms a project's name is written in: in full, without its "项目" suffix, and with "运行维护"
 * shortened to "运维" ("天网监控系统运行维护项目" is also "天网监控系统运维").
 */
function shortForms(name: string): string[] {
  const forms = [name];
  const bare = name.endsWith('项目') ? name.slice(0, -2) : name;
  if (bare !== name && bare.length >= 4) forms.push(bare);
  if (bare.includes('运行维护')) forms.push(bare.replace('运行维护', '运维'));
  return forms;
}

/** Document kinds whose one project is what the whole report is about. */
const ONE_PROJECT_REPORTS: ReadonlySet<DocKind> = new Set(['narrative', 'project_table']);

/**
 * Problem statements of a document, each with the project it belongs to: the table or section it
 * stands in, or — in a report on a single project — that project.
 */
export function extractDocumentProblems(
  lines: readonly string[],
  projects: readonly ProjectObservation[],
  docKind: DocKind,
): ProblemDraft[] {
  const names = new Set(projects.map((p) => p.name));
  const only = ONE_PROJECT_REPORTS.has(docKind) && names.size === 1 ? [...names][0] : undefined;
  const drafts: ProblemDraft[] = extractProblems(lines).map((p) => ({
    text: p.text,
    line: p.line,
    project_name: projectAt(projects, p.line) ?? only ?? projectNamed([...names], p.text),
  }));
  // The prose extractor may already have read a reason cell (with its end punctuation trimmed).
  const seen = new Set(drafts.map((d) => `${d.line}\u0000${clusterKey(d.text)}`));
  for (const p of projects) {
    for (const ind of p.indicators) {
      const reason = ind.deviation_reason;
      if (!reason || !isDeviationProblem(reason, ind.weight, ind.score)) continue;
      // Only the cause is a problem: "原因：…；措施：…" keeps what precedes the measure.
      for (const text of deviationStatements(reason)) {
        const key = `${ind.line}\u0000${clusterKey(text)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        drafts.push({ text, line: ind.line, project_name: p.name });
      }
    }
  }
  return drafts.sort((a, b) => a.line - b.line || a.text.localeCompare(b.text));
}
