import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../src/ingest/problems/', import.meta.url);

describe('src/ingest/problems stays browser-runnable', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s imports no Node built-ins', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const imports = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
    expect(imports.filter((s) => /^node:|^(?:fs|path|os|crypto|child_process)$/.test(s))).toEqual([]);
  });
});
