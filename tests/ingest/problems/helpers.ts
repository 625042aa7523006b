/** Test helpers: read fixtures and seeds as the pipeline would hand them to the problem extractor. */
import { readFileSync } from 'node:fs';

export const root = new URL('../../../', import.meta.url);

export function readLines(path: string): string[] {
  return readFileSync(new URL(path, root), 'utf8').split(/\r\n|\r|\n/);
}

export function readText(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

export interface GoldenSeed {
  file: string;
  problem_phrases: string[];
}

/** The answer key (a copy of shared/golden/seeds.json kept with the tests). */
export function goldenSeeds(): GoldenSeed[] {
  return JSON.parse(readText('tests/fixtures/golden/seeds.json')) as GoldenSeed[];
}
