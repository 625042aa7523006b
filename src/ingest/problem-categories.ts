/**
 * Problem rows get their duplicate clusters (identical and near-identical statements, across
 * documents) and their taxonomy categories here.
 */
import type { ProblemRow } from '../data/schema.ts';
import { categorize, clusterProblems, parseTaxonomy } from './problems/index.ts';

const FALLBACK = '其他';

/** Fills cluster_id and categories in place. Without a taxonomy every statement is "其他". */
export function categorizeProblems(problems: ProblemRow[], taxonomyYaml?: string): void {
  const clusters = clusterProblems(problems.map((p) => ({ key: p.problem_id, text: p.text })));
  const taxonomy = taxonomyYaml ? parseTaxonomy(taxonomyYaml) : null;
  // Boilerplate repeats verbatim across reports: categorize each distinct text once.
  const memo = new Map<string, string[]>();
  for (const p of problems) {
    p.cluster_id = clusters.get(p.problem_id) ?? p.problem_id;
    let categories = memo.get(p.text);
    if (!categories) {
      categories = taxonomy ? categorize(p.text, taxonomy) : [FALLBACK];
      memo.set(p.text, categories);
    }
    p.categories = [...categories];
  }
}
