import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, type ManifestParts } from '../../src/data/manifest.ts';
import { SCHEMA_VERSION, TABLE_NAMES } from '../../src/data/schema.ts';
import { validateTables } from '../../src/data/validate.ts';
import { renderOutputs, writeOutputs } from '../../src/data/write.ts';
import { sampleTables } from './sample-tables.ts';
import { useTempDirs } from './temp-dir.ts';

function parts(extraFormats: ManifestParts['extraFormats'] = []): ManifestParts {
  const tables = sampleTables();
  tables.projects.push({ ...tables.projects[0]!, project_id: 'p-bad', sources: [] });
  const { tables: valid, invalid } = validateTables(tables);
  return {
    tool: { name: 'jixiao-kanban', version: '9.9.9' },
    inputs: [
      { file: 'sub/坏文件.bin', sha256: null, bytes: null, status: 'error' },
      { file: '004_14bdfe115d2c50b3.txt', sha256: 'a'.repeat(64), bytes: 18099, status: 'ok' },
    ],
    tables: valid,
    invalid,
    extraFormats,
  };
}

const tempDir = useTempDirs('write');

describe('buildManifest', () => {
  it('records schema version, tool, inputs sorted by file, rows and invalid rows per table', () => {
    const manifest = buildManifest(parts());
    expect(manifest.schema_version).toBe(SCHEMA_VERSION);
    expect(manifest.tool).toEqual({ name: 'jixiao-kanban', version: '9.9.9' });
    expect(manifest.inputs.map((input) => input.file)).toEqual([
      '004_14bdfe115d2c50b3.txt',
      'sub/坏文件.bin',
    ]);
    expect(manifest.inputs[1]).toEqual({
      file: 'sub/坏文件.bin',
      sha256: null,
      bytes: null,
      status: 'error',
    });
    expect(Object.keys(manifest.tables)).toEqual(TABLE_NAMES);
    expect(manifest.tables.projects).toEqual({ rows: 1, invalid_rows: 1, file: 'projects.arrow' });
    expect(manifest.tables.documents).toEqual({ rows: 2, invalid_rows: 0, file: 'documents.arrow' });
    expect(manifest.invalid_rows).toBe(1);
  });

  it('lists the extra formats only when they are written', () => {
    expect(buildManifest(parts(['json'])).tables.flags).toEqual({
      rows: 1,
      invalid_rows: 0,
      file: 'flags.arrow',
      json: 'flags.json',
    });
  });
});

describe('renderOutputs / writeOutputs', () => {
  it('writes every table as Arrow (+JSON when asked) and the manifest, with no absolute path or time', () => {
    const dir = tempDir();
    const outputs = renderOutputs(parts(['json']));
    writeOutputs(dir, outputs);
    const expected = [
      ...TABLE_NAMES.flatMap((table) => [`${table}.arrow`, `${table}.json`]),
      'manifest.json',
    ].sort();
    expect(readdirSync(dir).sort()).toEqual(expected);
    expect(outputs.files.at(-1)!.name).toBe('manifest.json');
    const manifestText = readFileSync(join(dir, 'manifest.json'), 'utf8');
    expect(JSON.parse(manifestText)).toEqual(outputs.manifest);
    expect(manifestText).not.toContain(dir);
    expect(manifestText).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(JSON.parse(readFileSync(join(dir, 'projects.json'), 'utf8'))).toHaveLength(1);
  });

  it('renders byte-identical files from the same input', () => {
    const a = renderOutputs(parts(['json', 'csv'])).files;
    const b = renderOutputs(parts(['json', 'csv'])).files;
    expect(b.map((file) => file.name)).toEqual(a.map((file) => file.name));
    a.forEach((file, index) => expect(Buffer.from(b[index]!.content)).toEqual(Buffer.from(file.content)));
  });

  it('removes JSON/CSV left by an earlier run when this run does not write them, keeps other files', () => {
    const dir = tempDir();
    writeOutputs(dir, renderOutputs(parts(['json', 'csv'])));
    writeFileSync(join(dir, 'taxonomy.yaml'), 'keep: true\n');
    writeOutputs(dir, renderOutputs(parts()));
    const names = readdirSync(dir);
    expect(names.filter((name) => name.endsWith('.json'))).toEqual(['manifest.json']);
    expect(names.filter((name) => name.endsWith('.csv'))).toEqual([]);
    expect(names).toContain('taxonomy.yaml');
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
