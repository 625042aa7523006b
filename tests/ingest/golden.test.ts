/**
 * The answer key: every field of shared/golden/seeds.json (copied to tests/fixtures/golden) must
 * come out of the real ingest of the five seed reports. Mismatches are listed, not just counted.
 */
import { describe, expect, it } from 'vitest';
import { compareDocument, golden } from '../helpers/golden.ts';
import { ingestSeeds } from '../helpers/seeds.ts';

describe('golden seeds', () => {
  for (const want of golden) {
    it(`${want.file} matches the answer key`, () => {
      const mismatches = compareDocument(ingestSeeds().tables, want);
      if (mismatches.length > 0) console.error(mismatches.join('\n'));
      expect(mismatches).toEqual([]);
    });
  }
});
