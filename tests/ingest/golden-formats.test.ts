/**
 * The answer key holds whatever form a report arrives in: the five seed reports rendered as a web
 * page, a Word and an Excel file, Markdown, and re-encoded (GB18030, UTF-16 LE with BOM, UTF-16 BE
 * without, CRLF line breaks, the one-cell-per-line export without its leading tabs) must yield every field of shared/golden/seeds.json, as the seeds do —
 * the encoding recorded being the one the file was written in.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Tables } from '../../src/data/schema.ts';
import { compareDocument, golden } from '../helpers/golden.ts';
import { ingestFiles } from '../helpers/ingest.ts';
import { readSeedFiles } from '../helpers/seeds.ts';
import { RENDERED_ENCODING, RENDERINGS, renderSeed, type Rendering } from '../helpers/seed-renderings.ts';

const CHROMIUM = '/usr/bin/chromium';

const seeds = readSeedFiles().map(({ file, bytes }) => ({ file, text: new TextDecoder().decode(bytes) }));

/** The seeds rendered as `rendering`, ingested together as the seeds are; golden file → rendered file. */
async function ingestRendering(
  rendering: Rendering,
): Promise<{ tables: Tables; files: Map<string, string> }> {
  const rendered = await Promise.all(
    seeds.map(async (seed) => [seed.file, await renderSeed(seed, rendering)] as const),
  );
  const tables = await ingestFiles(rendered.map(([, file]) => file));
  return { tables, files: new Map(rendered.map(([seed, { file }]) => [seed, file])) };
}

describe.each(RENDERINGS)('the seeds as %s', (rendering) => {
  it('match the answer key', async () => {
    const { tables, files } = await ingestRendering(rendering);
    const mismatches = golden.flatMap((want) =>
      compareDocument(tables, want, { file: files.get(want.file), encoding: RENDERED_ENCODING[rendering] }),
    );
    expect(mismatches).toEqual([]);
  });
});

/**
 * Printed to PDF (headless chromium, as a browser's "save as PDF"): the two narrative seeds and
 * the table seeds 001, 002 and 004, whose rows with centred cells of odd and even line counts print
 * their lines interleaved half a line pitch apart (001's cells of three or four lines beside
 * cells of two or three, 002's cells filled up to their borders, with no cell gap between them;
 * 004's 日常运行公用经费 page interleaves every row, so its line pitch comes from the pages beside
 * it). In 004 that table's 可持续影响指标 row, set one character a line, runs over a page break:
 * its two halves are joined back into one row.
 */
const PDF_SEEDS = new Set([
  '000_319ed7af1ced7d44.txt',
  '001_57d721c392cb664d.txt',
  '002_ea4b71e6f07acc11.txt',
  '003_9e8aeb52973b4dc7.txt',
  '004_14bdfe115d2c50b3.txt',
]);

describe('the seeds printed to PDF', () => {
  it('match the answer key', async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`printing PDFs needs ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)`);
    const chosen = seeds.filter((s) => PDF_SEEDS.has(s.file));
    const rendered = await Promise.all(chosen.map((seed) => renderSeed(seed, 'pdf')));
    const tables = await ingestFiles(rendered);
    const mismatches = golden
      .filter((want) => PDF_SEEDS.has(want.file))
      .flatMap((want) =>
        compareDocument(tables, want, { file: want.file.replace(/\.txt$/, '.pdf'), encoding: null }),
      );
    expect(mismatches).toEqual([]);
  });
});
