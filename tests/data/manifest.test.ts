import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { encodeCsv } from '../../src/data/csv.ts';
import { encodeJson } from '../../src/data/json.ts';
import { buildManifest, rowCounts, type ManifestParts } from '../../src/data/manifest.ts';
import { SCHEMA_VERSION, TABLE_NAMES, type Tables } from '../../src/data/schema.ts';
import { validateTables } from '../../src/data/validate.ts';
import { OutputWriter } from '../../src/data/write.ts';
import { sampleTables } from './sample-tables.ts';
import { useTempDirs } from './temp-dir.ts';

function validSample(): ReturnType<typeof validateTables> {
  const tables = sampleTables();
  tables.projects.push({ ...tables.projects[0]!, project_id: 'p-bad', sources: [] });
  return validateTables(tables);
}

function parts(extraFormats: ManifestParts['extraFormats'] = []): ManifestParts {
  const { tables: valid, invalid } = validSample();
  return {
    tool: { name: 'jixiao-kanban', version: '9.9.9' },
    inputs: [
      { file: 'sub/坏文件.bin', sha256: null, bytes: null, status: 'error' },
      { file: '004_14bdfe115d2c50b3.txt', sha256: 'a'.repeat(64), bytes: 18099, status: 'ok' },
    ],
    rows: rowCounts(valid),
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

/** Writes the sample tables with an OutputWriter, `batchRows` rows per batch; returns the manifest written. */
function writeSample(
  dir: string,
  extra: ManifestParts['extraFormats'] = [],
  batchRows?: number,
  tables?: Tables,
) {
  const writer = new OutputWriter(dir, extra, batchRows);
  const rows = tables ?? validSample().tables;
  for (const table of TABLE_NAMES) writer.append(table, rows[table]);
  const manifest = buildManifest({ ...parts(extra), rows: writer.rows() });
  return { files: writer.finish(manifest), manifest };
}

describe('OutputWriter', () => {
  it('writes every table as Arrow (+JSON when asked) and the manifest last, with no absolute path or time', () => {
    const dir = tempDir();
    const { files, manifest } = writeSample(dir, ['json']);
    const expected = [
      ...TABLE_NAMES.flatMap((table) => [`${table}.arrow`, `${table}.json`]),
      'manifest.json',
    ].sort();
    expect(readdirSync(dir).sort()).toEqual(expected);
    expect(files.at(-1)).toBe('manifest.json');
    const manifestText = readFileSync(join(dir, 'manifest.json'), 'utf8');
    expect(JSON.parse(manifestText)).toEqual(manifest);
    expect(manifest.tables.projects).toMatchObject({ rows: 1, invalid_rows: 1 });
    expect(manifestText).not.toContain(dir);
    expect(manifestText).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(JSON.parse(readFileSync(join(dir, 'projects.json'), 'utf8'))).toHaveLength(1);
  });

  it('appends rows batch by batch: the files read back whole, JSON and CSV byte-identical to one-shot encoding', () => {
    const many = validSample().tables;
    const line = many.source_lines[0]!;
    many.source_lines = Array.from({ length: 7 }, (_, k) => ({
      ...line,
      line: k + 1,
      text: `第${k + 1}行 "引号",逗号`,
    }));
    const dir = tempDir();
    const writer = new OutputWriter(dir, ['json', 'csv'], 3);
    // Rows arrive in uneven pieces, as parts of a run produce them.
    for (const piece of [
      many.source_lines.slice(0, 2),
      [],
      many.source_lines.slice(2, 6),
      many.source_lines.slice(6),
    ])
      writer.append('source_lines', piece);
    for (const table of TABLE_NAMES.filter((t) => t !== 'source_lines')) writer.append(table, many[table]);
    writer.finish(buildManifest({ ...parts(['json', 'csv']), rows: writer.rows() }));

    const arrow = tableFromIPC(readFileSync(join(dir, 'source_lines.arrow')));
    expect(arrow.batches.length).toBeGreaterThan(1);
    expect(arrow.toArray().map((row) => ({ ...row.toJSON() }))).toEqual(many.source_lines);
    expect(readFileSync(join(dir, 'source_lines.json'), 'utf8')).toBe(
      encodeJson('source_lines', many.source_lines),
    );
    expect(readFileSync(join(dir, 'source_lines.csv'), 'utf8')).toBe(
      encodeCsv('source_lines', many.source_lines),
    );
    // A table without rows is still a readable file with its schema.
    expect(tableFromIPC(readFileSync(join(dir, 'departments.arrow'))).numRows).toBe(0);
    expect(readFileSync(join(dir, 'departments.json'), 'utf8')).toBe('[]\n');
  });

  it('writes byte-identical files from the same input', () => {
    const [a, b] = [tempDir(), tempDir()];
    writeSample(a, ['json', 'csv']);
    writeSample(b, ['json', 'csv']);
    const names = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(names);
    for (const name of names)
      expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name))), name).toBe(true);
  });

  it('removes JSON/CSV left by an earlier run when this run does not write them, keeps other files', () => {
    const dir = tempDir();
    writeSample(dir, ['json', 'csv']);
    writeFileSync(join(dir, 'taxonomy.yaml'), 'keep: true\n');
    writeSample(dir);
    const names = readdirSync(dir);
    expect(names.filter((name) => name.endsWith('.json'))).toEqual(['manifest.json']);
    expect(names.filter((name) => name.endsWith('.csv'))).toEqual([]);
    expect(names).toContain('taxonomy.yaml');
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('leaves the earlier output as it was when a run is aborted', () => {
    const dir = tempDir();
    writeSample(dir, ['json']);
    const before = readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
    const writer = new OutputWriter(dir, ['json']);
    writer.append('documents', []);
    writer.abort();
    expect(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')])).toEqual(before);
  });
});
