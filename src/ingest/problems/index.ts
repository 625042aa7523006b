/**
 * Problem statements: extraction from report lines, fillers, de-duplication into clusters and
 * categorisation against the editable taxonomy (data/taxonomy.yaml, passed in as text).
 */
export {
  deviationStatements,
  extractProblems,
  isDeviationProblem,
  type ExtractedProblem,
} from './extract.ts';
export { isFillerStatement } from './filler.ts';
export { clusterProblems, bigramDice, clusterIds, clusterKey, countClusterKey } from './cluster.ts';
export { parseTaxonomy, type Taxonomy, type Category } from './taxonomy.ts';
export { categorize, keywordCategories, similarityScores } from './categorize.ts';
export { initSegmenter, segmentWords, segmenterName, setSegmenter, type Segmenter } from './segment-words.ts';
