/**
 * Multi-label categorisation of a problem statement: keyword patterns first; when none matches,
 * word-level similarity (jieba segmentation) between the statement and each category's vocabulary
 * (its description, keyword terms and phrases). A statement that matches nothing gets the
 * taxonomy's fallback category (其他) — it is never dropped.
 */
import { segmentWords, segmenterGeneration } from './segment-words.ts';
import type { Category, KeywordPattern, Taxonomy } from './taxonomy.ts';
import { normalizeStatement, splitClauses } from './text.ts';

/** Words too common in problem statements to say anything about the category. */
const STOPWORDS = new Set(
  (
    '的 了 和 与 及 或 等 在 对 中 有 是 为 将 被 把 也 还 仍 尚 但 而 并 其 之 以 于 从 到 由 上 下 ' +
    '部分 个别 一些 存在 问题 情况 方面 工作 项目 相关 进行 一定 较 较为 不够 不 未 没有 现象 导致 造成'
  ).split(' '),
);

function contentWords(text: string): string[] {
  return segmentWords(text)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '' && !STOPWORDS.has(w) && /[\p{Script=Han}a-z]/u.test(w));
}

function patternMatches(pattern: KeywordPattern, clause: string): boolean {
  return pattern.every((group) => group.some((term) => clause.includes(term)));
}

function anyPatternIn(patterns: readonly KeywordPattern[], clauses: readonly string[]): boolean {
  return clauses.some((clause) => patterns.some((p) => patternMatches(p, clause)));
}

interface Profile {
  name: string;
  /** Word → weight (idf over categories). */
  words: Map<string, number>;
}

interface Prepared {
  generation: number;
  profiles: Profile[];
  /** Weight of a word no category uses. */
  unknownWeight: number;
  idf: Map<string, number>;
}

const prepared = new WeakMap<Taxonomy, Prepared>();

/** Category vocabularies, built once per taxonomy and segmenter. */
function prepare(taxonomy: Taxonomy): Prepared {
  const cached = prepared.get(taxonomy);
  if (cached && cached.generation === segmenterGeneration()) return cached;
  const vocab = taxonomy.categories.map((c) => new Set(contentWords(categoryText(c))));
  const df = new Map<string, number>();
  for (const words of vocab) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = taxonomy.categories.length;
  const idf = new Map([...df].map(([w, d]) => [w, Math.log(1 + n / d)]));
  const profiles = taxonomy.categories.map((c, i) => ({
    name: c.name,
    words: new Map([...(vocab[i] ?? [])].map((w) => [w, idf.get(w) ?? 0])),
  }));
  const result = { generation: segmenterGeneration(), profiles, unknownWeight: Math.log(1 + n), idf };
  prepared.set(taxonomy, result);
  return result;
}

function categoryText(c: Category): string {
  const terms = c.keywords.flatMap((p) => p.flatMap((g) => g));
  return [c.name, c.description, ...terms, ...c.phrases].join('，');
}

const MIN_MATCHED_WORDS = 2;

export interface Similarity {
  /** Share of the statement's word weight that the category's vocabulary covers (0…1). */
  score: number;
  /** How many distinct words of the statement the vocabulary has. */
  matched: number;
}

/** Similarity of a statement to each category's vocabulary (jieba words, idf-weighted). */
export function similarityScores(text: string, taxonomy: Taxonomy): Map<string, Similarity> {
  const p = prepare(taxonomy);
  const words = [...new Set(contentWords(text))];
  const weight = (w: string): number => p.idf.get(w) ?? p.unknownWeight;
  const total = words.reduce((s, w) => s + weight(w), 0);
  const scores = new Map<string, Similarity>();
  for (const profile of p.profiles) {
    const hits = words.filter((w) => profile.words.has(w));
    const covered = hits.reduce((s, w) => s + weight(w), 0);
    scores.set(profile.name, { score: total > 0 ? covered / total : 0, matched: hits.length });
  }
  return scores;
}

/** Categories whose keyword patterns match some clause of the statement (and no exclude pattern does). */
export function keywordCategories(text: string, taxonomy: Taxonomy): string[] {
  const clauses = splitClauses(text)
    .map(normalizeStatement)
    .filter((c) => c !== '');
  return taxonomy.categories
    .filter((c) => anyPatternIn(c.keywords, clauses) && !anyPatternIn(c.exclude, clauses))
    .map((c) => c.name);
}

/** Category names for a statement, in taxonomy order; [fallback] when nothing matches. */
export function categorize(text: string, taxonomy: Taxonomy): string[] {
  const byKeyword = keywordCategories(text, taxonomy);
  if (byKeyword.length > 0) return byKeyword;
  let best: string | null = null;
  let bestScore = taxonomy.similarityThreshold;
  for (const [name, { score, matched }] of similarityScores(text, taxonomy)) {
    // One shared word ("差距") is too thin to decide a category.
    if (matched < MIN_MATCHED_WORDS) continue;
    if (score >= bestScore && (best === null || score > bestScore)) {
      best = name;
      bestScore = score;
    }
  }
  return best === null ? [taxonomy.fallback] : [best];
}
