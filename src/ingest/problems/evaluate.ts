/**
 * Scoring of categorisation against a labelled set: per-category precision/recall and micro-F1.
 * Pure, so the eval script and the regression test share it.
 */

export interface LabelledStatement {
  text: string;
  categories: string[];
}

export interface CategoryScore {
  category: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

export interface EvalReport {
  items: number;
  perCategory: CategoryScore[];
  microPrecision: number;
  microRecall: number;
  microF1: number;
  /** Statements whose predicted label set differs from the gold set. */
  errors: { text: string; expected: string[]; got: string[] }[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function evaluate(
  items: readonly LabelledStatement[],
  classify: (text: string) => string[],
): EvalReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (c: string, k: 'tp' | 'fp' | 'fn'): void => {
    const e = counts.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    e[k]++;
    counts.set(c, e);
  };
  const errors: EvalReport['errors'] = [];
  for (const item of items) {
    const got = new Set(classify(item.text));
    const gold = new Set(item.categories);
    for (const c of got) bump(c, gold.has(c) ? 'tp' : 'fp');
    for (const c of gold) if (!got.has(c)) bump(c, 'fn');
    if (got.size !== gold.size || [...got].some((c) => !gold.has(c))) {
      errors.push({ text: item.text, expected: [...gold], got: [...got] });
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perCategory = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([category, e]) => {
      tp += e.tp;
      fp += e.fp;
      fn += e.fn;
      return { category, ...e, precision: ratio(e.tp, e.tp + e.fp), recall: ratio(e.tp, e.tp + e.fn) };
    });
  const microPrecision = ratio(tp, tp + fp) ?? 0;
  const microRecall = ratio(tp, tp + fn) ?? 0;
  const microF1 =
    microPrecision + microRecall === 0
      ? 0
      : (2 * microPrecision * microRecall) / (microPrecision + microRecall);
  return { items: items.length, perCategory, microPrecision, microRecall, microF1, errors };
}
