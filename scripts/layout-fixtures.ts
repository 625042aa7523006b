/**
 * What every scripts/make-round*-fixtures.ts shares: the folder the layout fixtures live in, the
 * text forms a table is written in, and writing the fixtures (re-running a script gives the same bytes).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A table as lines: a string is a line of its own, an array a row of cells. */
export type TableLines = readonly (string | readonly string[])[];

/** Tab-separated rows. */
export const tsv = (rows: TableLines): string =>
  rows.map((r) => (typeof r === 'string' ? r : r.join('\t'))).join('\n') + '\n';

/** One cell per line, each cell behind a tab, a blank line between rows (a web page's text export). */
export const cellPerLine = (rows: TableLines): string =>
  rows.map((r) => (typeof r === 'string' ? r : r.map((c) => `\t${c}`).join('\n'))).join('\n\n') + '\n';

/** One cell per line without tabs, a blank line between rows (an empty cell is an empty line too). */
export const cellLines = (rows: TableLines): string =>
  rows.map((r) => (typeof r === 'string' ? r : r.join('\n'))).join('\n\n') + '\n';

/** Writes `fixtures` (file name → text) into the folder given as the first argument, else tests/fixtures/layouts. */
export function writeLayoutFixtures(fixtures: Readonly<Record<string, string>>): void {
  const out = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'layouts');
  for (const [name, text] of Object.entries(fixtures)) {
    writeFileSync(join(out, name), text);
    console.log(`wrote ${name} (${Buffer.byteLength(text)} bytes)`);
  }
}
