/**
 * The problem taxonomy: categories with a description and keywords, read from data/taxonomy.yaml
 * (passed in as text, so the parser core stays free of I/O and runs in a browser worker too).
 *
 * Keyword syntax: "A|B" matches when A or B occurs; "A|B+C|D" when (A or B) and (C or D) occur in
 * the same clause of a statement. Matching ignores punctuation and spaces.
 */
import { parse } from 'yaml';
import { z } from 'zod';

const categorySchema = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  keywords: z.array(z.string().min(1)).default([]),
  /** Keyword patterns that veto the category for a clause (e.g. a solved problem's wording). */
  exclude: z.array(z.string().min(1)).default([]),
  /** Short phrases in the category's own words, used only for text similarity. */
  phrases: z.array(z.string().min(1)).default([]),
});

const taxonomySchema = z.object({
  fallback: z.string().min(1).default('其他'),
  /** Minimum share of a statement's word weight found in a category's vocabulary to assign it by similarity. */
  similarity_threshold: z.number().min(0).max(1).default(0.5),
  categories: z.array(categorySchema).min(1),
});

/** All-of groups of any-of terms: [["预算编制","预算测算"],["偏差","不准"]]. */
export type KeywordPattern = readonly (readonly string[])[];

export interface Category {
  name: string;
  description: string;
  keywords: KeywordPattern[];
  exclude: KeywordPattern[];
  phrases: string[];
}

export interface Taxonomy {
  fallback: string;
  similarityThreshold: number;
  categories: Category[];
}

/** "A|B+C" → [["A","B"],["C"]]; terms are compared in normalised form. */
export function parseKeyword(keyword: string): KeywordPattern {
  return keyword
    .split('+')
    .map((group) =>
      group
        .split('|')
        .map((t) => t.replace(/\s+/g, ''))
        .filter((t) => t !== ''),
    )
    .filter((group) => group.length > 0);
}

/** Parses and validates taxonomy YAML; throws with the offending path when it is malformed. */
export function parseTaxonomy(yamlText: string): Taxonomy {
  const raw = taxonomySchema.parse(parse(yamlText));
  const names = new Set<string>();
  for (const c of raw.categories) {
    if (names.has(c.name)) throw new Error(`taxonomy: duplicate category "${c.name}"`);
    names.add(c.name);
  }
  return {
    fallback: raw.fallback,
    similarityThreshold: raw.similarity_threshold,
    categories: raw.categories.map((c) => ({
      name: c.name,
      description: c.description,
      keywords: c.keywords.map(parseKeyword),
      exclude: c.exclude.map(parseKeyword),
      phrases: c.phrases,
    })),
  };
}
