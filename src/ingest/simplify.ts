/**
 * Traditional → simplified characters, for reports written in traditional characters (a Big5
 * export, a mainland report converted, a file typed in traditional). The extractors match
 * simplified keywords (预算, 执行率, 项目 …) and the dashboard compares agencies and projects by
 * name, so such a report is read in simplified form; the lines its records cite keep the original
 * text (document.ts).
 *
 * OpenCC's dictionaries (opencc-js: no dependencies, pure JS, the same in Node and in a browser
 * worker, offline; the six dictionaries used here with its core bundle to about 100 KB, 36 KB
 * gzipped) convert every character and the phrases whose character depends on the word (乾淨 →
 * 干净 but 乾隆, 著作 but 著力 → 着力), which a hand-made table of the few keywords would not:
 * project and agency names use any character. Taiwan and Hong Kong variant forms (台/臺, 衞/衛)
 * are folded first. The dictionaries are read into a trie on the first
 * traditional document only; a simplified document never pays for it.
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { looksTraditional } from './hanzi.ts';

type Convert = (text: string) => string;

let converter: Convert | undefined;

function convert(): Convert {
  // One pass folding Taiwan and Hong Kong variant forms to OpenCC's standard traditional ones,
  // then one pass of traditional → simplified (phrases before characters), as OpenCC's tw2s and
  // hk2s do.
  converter ??= ConverterFactory(
    [TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev],
    [TSPhrases, TSCharacters],
  );
  return converter;
}

/** Big5 has no ≥ and ≤: traditional texts write ≧ and ≦, which the indicator values are read with. */
const BIG5_SIGNS = /[≧≦]/g;

/** Traditional characters in simplified form; line breaks and every other character stay. */
export function toSimplified(text: string): string {
  return convert()(text).replace(BIG5_SIGNS, (c) => (c === '≧' ? '≥' : '≤'));
}

/**
 * The text in simplified characters when it is written in traditional ones (looksTraditional), or
 * null when it is not (the common case: nothing is converted). The result has the text's lines, one
 * for one: a conversion never spans a line break, so line numbers are those of the source.
 */
export function simplifiedIfTraditional(text: string): string | null {
  return looksTraditional(text) ? toSimplified(text) : null;
}
