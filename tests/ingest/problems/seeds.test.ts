import { describe, expect, it } from 'vitest';
import { extractProblems } from '../../../src/ingest/problems/extract.ts';
import { isFillerStatement } from '../../../src/ingest/problems/filler.ts';
import { cleanText } from '../../../src/ingest/problems/text.ts';
import { goldenSeeds, readLines } from './helpers.ts';

/** Statements the seeds yield; a change here should be a deliberate one (precision of the extractor). */
const EXPECTED_COUNTS: Record<string, number> = {
  '000_319ed7af1ced7d44.txt': 2,
  '001_57d721c392cb664d.txt': 27, // 3 problems repeated in 6 annexes + 3 narrative ones
  '002_ea4b71e6f07acc11.txt': 8,
  '003_9e8aeb52973b4dc7.txt': 6,
  '004_14bdfe115d2c50b3.txt': 7,
};

describe.each(goldenSeeds())('seed $file', (seed) => {
  const lines = readLines(`data/reports/${seed.file}`);
  const problems = extractProblems(lines);

  it('contains every golden problem phrase in some statement', () => {
    const misses = seed.problem_phrases.filter((p) => !problems.some((s) => s.text.includes(p)));
    if (misses.length > 0) console.log(`${seed.file} misses:`, misses);
    expect(misses).toEqual([]);
  });

  it('yields problems only, not every sentence', () => {
    expect(problems.length).toBe(EXPECTED_COUNTS[seed.file]);
  });

  it('yields no heading, filler or remedy', () => {
    for (const p of problems) {
      expect(isFillerStatement(p.text)).toBe(false);
      expect(p.text).not.toMatch(
        /^(?:存在的?问题|主要问题|项目管理中存在的主要问题及原因分析|下一步|改进措施|加强|建议)/,
      );
    }
  });

  it('points each statement at the line that holds it', () => {
    for (const p of problems) expect(cleanText(lines[p.line - 1] ?? '')).toContain(p.text.slice(0, 8));
  });
});
