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
    // A summary row spans only its own lines (one per cell in a cell-per-line export): a problem
    // there, in its 备注 or 存在问题 cell, is its project's.
    if (p.origin !== 'detail_table' && p.origin !== 'summary_row' && !p.link) continue;
    for (const s of p.sources) {
      const width = s.line_end - s.line_start;
      if (line >= s.line_start && line <= s.line_end && (best === null || width < best.width)) {
        best = { name: p.name, width };
      }
    }
  }
  return best?.name ?? lineProject(projects, line);
}

/**
 * The one project whose own prose line this is ("4.警务技能培训经费：…执行率70%，…未能如期举办"):
 * a line citing several projects (a conclusion scoring three) is none's.
 */
function lineProject(projects: readonly ProjectObservation[], line: number): string | null {
  let found: string | null = null;
  for (const p of projects) {
    if (p.origin !== 'narrative') continue;
    if (!p.sources.some((s) => s.line_start === line && s.line_end === line)) continue;
    if (found !== null && found !== p.name) return null;
    found = p.name;
  }
  return found;
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

/** What a project's name may end with that prose about it leaves off: "项目", "经费", "专项资金". */
const NAME_SUFFIX = /(?:项目|专项经费|专项资金|经费|资金)$/;

/**
 * The forms a project's name is written in: in full, without its suffix ("户籍档案数字化经费" is
 * also "户籍档案数字化"), and with "运行维护" shortened to "运维" ("天网监控系统运行维护项目" is also
 * "天网监控系统运维").
 */
function shortForms(name: string): string[] {
  const forms = [name];
  const bare = name.replace(NAME_SUFFIX, '');
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
