/**
 * The answer key holds whatever form a report arrives in: the five seed reports rendered as a web
 * page, a Word and an Excel file, Markdown, and re-encoded (GB18030, UTF-16 LE with BOM, UTF-16 BE
 * without, CRLF line breaks) must yield every field of shared/golden/seeds.json, as the seeds do —
 * the encoding recorded being the one the file was written in.
 */
import { describe, expect, it } from 'vitest';
import type { Tables } from '../../src/data/schema.ts';
import { compareDocument, golden } from '../helpers/golden.ts';
import { ingestFiles } from '../helpers/ingest.ts';
import { readSeedFiles } from '../helpers/seeds.ts';
import { RENDERED_ENCODING, RENDERINGS, renderSeed, type Rendering } from '../helpers/seed-renderings.ts';

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
