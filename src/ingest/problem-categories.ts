/**
 * Problem rows get their duplicate clusters and taxonomy categories here (problems/ holds the
 * clustering and the classifier).
 */
import type { ProblemRow } from '../data/schema.ts';
import { shortHash } from './hash.ts';

/** Fills cluster_id and categories in place. */
export function categorizeProblems(problems: ProblemRow[], taxonomy?: string): void {
  void taxonomy;
  for (const p of problems) {
    p.cluster_id = `c${shortHash(p.text.replace(/[\s，。；、,.;]/g, ''))}`;
    p.categories = ['其他'];
  }
}
