/**
 * Problem rows get their duplicate clusters (identical and near-identical statements, across
 * documents) and their taxonomy categories here.
 */
import type { ProblemRow } from '../data/schema.ts';
import {
  categorize,
  clusterIds,
  clusterKey,
  countClusterKey,
  parseTaxonomy,
  type Taxonomy,
} from './problems/index.ts';

const FALLBACK = '其他';

/**
 * Categorizes in two steps, so a run need not hold every problem row at once: `count` every
 * statement of the run first (clusters depend on all of them, across agencies), then `fill` rows
 * in any batches. Without a taxonomy every statement is "其他".
 */
export class ProblemCategorizer {
  private readonly counts = new Map<string, number>();
  private clusters: Map<string, string> | null = null;
  private readonly taxonomy: Taxonomy | null;
  /** Boilerplate repeats verbatim across reports: each distinct text is categorized once. */
  private readonly categories = new Map<string, string[]>();

  constructor(taxonomyYaml?: string) {
    this.taxonomy = taxonomyYaml ? parseTaxonomy(taxonomyYaml) : null;
  }

  count(text: string): void {
    if (this.clusters) throw new Error('ProblemCategorizer: every statement must be counted before fill');
    countClusterKey(this.counts, text);
  }

  /** Fills cluster_id and categories in place. */
  fill(rows: readonly ProblemRow[]): void {
    this.clusters ??= clusterIds(this.counts);
    for (const p of rows) {
      p.cluster_id = this.clusters.get(clusterKey(p.text)) || p.problem_id;
      let categories = this.categories.get(p.text);
      if (!categories) {
        categories = this.taxonomy ? categorize(p.text, this.taxonomy) : [FALLBACK];
        this.categories.set(p.text, categories);
      }
      p.categories = [...categories];
    }
  }
}

/** Fills cluster_id and categories of a whole set of rows in place. */
export function categorizeProblems(problems: ProblemRow[], taxonomyYaml?: string): void {
  const categorizer = new ProblemCategorizer(taxonomyYaml);
  for (const p of problems) categorizer.count(p.text);
  categorizer.fill(problems);
}
