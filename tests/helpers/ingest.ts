/** Runs the real pipeline over in-memory files (tests only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tables } from '../../src/data/schema.ts';
import { assembleTables, parseDocumentAsync } from '../../src/ingest/pipeline.ts';
import { initSegmenter } from '../../src/ingest/problems/index.ts';

export const TAXONOMY = readFileSync(join(import.meta.dirname, '../../data/taxonomy.yaml'), 'utf8');

export async function ingestFiles(files: readonly { file: string; bytes: Uint8Array }[]): Promise<Tables> {
  await initSegmenter();
  const docs = await Promise.all(files.map(parseDocumentAsync));
  return assembleTables(docs, { taxonomy: TAXONOMY });
}

export function readFixture(dir: string, file: string): { file: string; bytes: Uint8Array } {
  return { file, bytes: new Uint8Array(readFileSync(join(dir, file))) };
}
