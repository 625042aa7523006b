/**
 * The five seed reports (top level of data/reports; synthetic samples live in a subfolder),
 * ingested once per test file through the real pipeline.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Tables } from '../../src/data/schema.ts';
import { assembleTables, parseDocument } from '../../src/ingest/pipeline.ts';
import type { ParsedDocument } from '../../src/ingest/types.ts';

export const SEED_DIR = join(import.meta.dirname, '../../data/reports');
export const TAXONOMY_PATH = join(import.meta.dirname, '../../data/taxonomy.yaml');

export function readSeedFiles(): { file: string; bytes: Uint8Array }[] {
  return readdirSync(SEED_DIR)
    .filter((f) => !f.startsWith('.') && statSync(join(SEED_DIR, f)).isFile())
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(SEED_DIR, file))) }));
}

let cached: { docs: ParsedDocument[]; tables: Tables } | null = null;

export function ingestSeeds(): { docs: ParsedDocument[]; tables: Tables } {
  if (!cached) {
    const docs = readSeedFiles().map(parseDocument);
    let taxonomy: string | undefined;
    try {
      taxonomy = readFileSync(TAXONOMY_PATH, 'utf8');
    } catch {
      taxonomy = undefined;
    }
    cached = { docs, tables: assembleTables(docs, { taxonomy }) };
  }
  return cached;
}
