/**
 * A document's problem statements: prose statements (problems/extract.ts) plus the deviation
 * reasons of indicator rows that state a problem, each attributed to the project whose table or
 * section holds it.
 */
import { clusterKey, extractProblems, isDeviationProblem } from './problems/index.ts';
import type { ProblemDraft, ProjectObservation } from './types.ts';

/** The project whose table or section spans a line, the narrowest span first. */
function projectAt(projects: readonly ProjectObservation[], line: number): string | null {
  let best: { name: string; width: number } | null = null;
  for (const p of projects) {
    if (p.origin !== 'detail_table' && !p.link) continue;
    for (const s of p.sources) {
      const width = s.line_end - s.line_start;
      if (line >= s.line_start && line <= s.line_end && (best === null || width < best.width)) {
        best = { name: p.name, width };
      }
    }
  }
  return best?.name ?? null;
}

export function extractDocumentProblems(
  lines: readonly string[],
  projects: readonly ProjectObservation[],
): ProblemDraft[] {
  const drafts: ProblemDraft[] = extractProblems(lines).map((p) => ({
    text: p.text,
    line: p.line,
    project_name: projectAt(projects, p.line),
  }));
  // The prose extractor may already have read a reason cell (with its end punctuation trimmed).
  const seen = new Set(drafts.map((d) => `${d.line}\u0000${clusterKey(d.text)}`));
  for (const p of projects) {
    for (const ind of p.indicators) {
      const reason = ind.deviation_reason;
      if (!reason || !isDeviationProblem(reason, ind.weight, ind.score)) continue;
      const key = `${ind.line}\u0000${clusterKey(reason)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      drafts.push({ text: reason, line: ind.line, project_name: p.name });
    }
  }
  return drafts.sort((a, b) => a.line - b.line || a.text.localeCompare(b.text));
}
