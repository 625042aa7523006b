import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFiles } from '../../src/app/build/data-plugin.ts';

describe('dataFiles', () => {
  it('picks the Arrow tables and manifest.json, nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jx-data-'));
    for (const name of [
      'projects.arrow',
      'flags.arrow.gz',
      'manifest.json',
      'projects.json',
      'projects.csv',
      'taxonomy.yaml',
    ]) {
      writeFileSync(join(dir, name), 'x');
    }
    mkdirSync(join(dir, 'reports'));
    expect(dataFiles(dir)).toEqual(['flags.arrow.gz', 'manifest.json', 'projects.arrow']);
  });

  it('gives nothing for a missing folder', () => {
    expect(dataFiles('/nonexistent/jixiao')).toEqual([]);
  });
});
