import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestOptions } from '../../src/cli/args.ts';
import { runIngest, type IngestDeps } from '../../src/cli/run.ts';
import type { Manifest } from '../../src/data/manifest.ts';
import { TABLE_NAMES } from '../../src/data/schema.ts';
import type { InputFile } from '../../src/ingest/types.ts';
import { useTempDirs } from '../data/temp-dir.ts';
import { fakeAssembleTables, fakeProblemCategorizer, fakeParseDocument } from './fake-pipeline.ts';

const tempDir = useTempDirs('run');

function deps(overrides: Partial<IngestDeps> = {}): IngestDeps & { err: () => string } {
  let text = '';
  return {
    parseDocument: fakeParseDocument,
    assembleTables: fakeAssembleTables,
    problemCategorizer: fakeProblemCategorizer,
    stderr: { isTTY: false, write: (chunk: string) => (text += chunk) },
    tool: { name: 'jixiao-kanban', version: '0.0.0-test' },
    err: () => text,
    ...overrides,
  };
}

function options(inDir: string, outDir: string, extra: Partial<IngestOptions> = {}): IngestOptions {
  return { inDir, outDir, json: true, csv: false, quiet: false, taxonomy: 'data/taxonomy.yaml', ...extra };
}

function reports(files: Record<string, string>): string {
  const root = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const readJson = (dir: string, table: string): Record<string, unknown>[] =>
  JSON.parse(readFileSync(join(dir, `${table}.json`), 'utf8')) as Record<string, unknown>[];

describe('runIngest (fake parser)', () => {
  it('gives every file a documents row, goes on after a bad file and exits 0', async () => {
    const report = '某县公安局\n绩效自评报告';
    const root = reports({ 'a.txt': report, 'sub/b.txt': 'hello' });
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'c.txt'));
    const out = tempDir();
    const d = deps();
    expect(await runIngest(options(root, out), d)).toBe(0);

    const documents = readJson(out, 'documents');
    expect(documents.map((doc) => [doc.file, doc.status])).toEqual([
      ['a.txt', 'ok'],
      ['c.txt', 'error'],
      ['sub/b.txt', 'unrecognized'],
    ]);
    expect(documents[1]!.message).toMatch(/ENOENT/);
    const manifest = readManifest(out);
    expect(manifest.inputs.map((input) => [input.file, input.status, input.bytes])).toEqual([
      ['a.txt', 'ok', Buffer.byteLength(report)],
      ['c.txt', 'error', null],
      ['sub/b.txt', 'unrecognized', 5],
    ]);
    expect(manifest.tool).toEqual({ name: 'jixiao-kanban', version: '0.0.0-test' });
    expect(d.err()).toContain('文件错误 c.txt：文件不存在');
    expect(d.err()).toContain('正常 1 · 部分识别 0 · 未识别 1 · 错误 1');
    expect(d.err()).toMatch(/executed_exceeds_budget +1/);
    expect(d.err()).toContain('读取并解析文件 3/3');
  });

  it('writes byte-identical output for the same input, wherever the folders are', async () => {
    const root = reports({
      'a.txt': '某县公安局\n绩效自评报告',
      'b/c.txt': '甲\n绩效',
      'd.bin': '\u0000\u0001',
    });
    const [one, two] = [tempDir(), tempDir()];
    // The real CLI passes the async parser (parseDocumentAsync); both kinds must give the same bytes.
    const parseDocument = async (input: InputFile) => fakeParseDocument(input);
    await runIngest(options(root, one, { csv: true }), deps({ parseDocument }));
    await runIngest(options(root, join(two, 'nested'), { csv: true }), deps());
    const names = readdirSync(one).sort();
    expect(readdirSync(join(two, 'nested')).sort()).toEqual(names);
    expect(names).toHaveLength(TABLE_NAMES.length * 3 + 1);
    for (const name of names) {
      const bytes = readFileSync(join(one, name));
      expect(readFileSync(join(two, 'nested', name)).equals(bytes), name).toBe(true);
      expect(bytes.toString('latin1')).not.toContain(root);
    }
  });

  it('drops and reports invalid rows, counting them in the manifest', async () => {
    const root = reports({ 'a.txt': '某县公安局\n绩效自评报告' });
    const out = tempDir();
    const d = deps({
      assembleTables: (docs) => {
        const tables = fakeAssembleTables(docs);
        tables.flags.push({ ...tables.flags[0]!, flag_id: 'f-bad', rule: 'made_up' as never });
        return tables;
      },
    });
    expect(await runIngest(options(root, out), d)).toBe(0);
    expect(d.err()).toMatch(/无效行 flags\[f-bad\].*rule/);
    expect(readJson(out, 'flags').map((flag) => flag.flag_id)).toEqual(['f-1']);
    expect(readManifest(out).invalid_rows).toBe(1);
    expect(readManifest(out).tables.flags).toMatchObject({ rows: 1, invalid_rows: 1 });
  });

  it('is silent with --quiet except for errors', async () => {
    const root = reports({ 'a.txt': '某县公安局\n绩效自评报告' });
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'b.txt'));
    const d = deps();
    await runIngest(options(root, tempDir(), { quiet: true }), d);
    expect(d.err()).toBe('文件错误 b.txt：文件不存在（失效的符号链接，或在读取前已被删除）（ENOENT）\n');
  });

  it('keeps a file whose parse throws, as an error row carrying the reason', async () => {
    const root = reports({ 'a.txt': '某县公安局\n绩效自评报告', 'boom.txt': 'x' });
    const out = tempDir();
    const parseDocument = (input: InputFile) => {
      if (input.file === 'boom.txt' && 'bytes' in input) throw new Error('index out of range');
      return fakeParseDocument(input);
    };
    expect(await runIngest(options(root, out), deps({ parseDocument }))).toBe(0);
    const boom = readJson(out, 'documents').find((doc) => doc.file === 'boom.txt');
    expect(boom).toMatchObject({ status: 'error', message: '解析器内部错误：index out of range' });
  });

  it('does not read its own output when --out lies inside --in', async () => {
    const root = reports({ 'a.txt': '某县公安局\n绩效自评报告' });
    const out = join(root, 'out');
    await runIngest(options(root, out), deps());
    const first = readFileSync(join(out, 'manifest.json'));
    await runIngest(options(root, out), deps());
    expect(readFileSync(join(out, 'manifest.json')).equals(first)).toBe(true);
    expect(readManifest(out).inputs.map((input) => input.file)).toEqual(['a.txt']);
  });

  it('exits 1 when no file at all could be read (and still writes the documents rows)', async () => {
    const root = tempDir();
    symlinkSync(join(root, 'x'), join(root, 'a.txt'));
    symlinkSync(join(root, 'y'), join(root, 'b.txt'));
    const out = tempDir();
    const d = deps();
    expect(await runIngest(options(root, out), d)).toBe(1);
    expect(readJson(out, 'documents')).toHaveLength(2);
    expect(d.err()).toContain('2 个文件全部无法读取');
  });

  it('exits 2 with a clear message when --in is missing, not a folder, or has no files', async () => {
    const empty = reports({ '.hidden': 'x' });
    const file = join(reports({ 'f.txt': 'x' }), 'f.txt');
    for (const [inDir, message] of [
      [join(empty, 'missing'), '输入文件夹不存在或不是文件夹'],
      [file, '输入文件夹不存在或不是文件夹'],
      [empty, '输入文件夹中没有文件'],
    ] as const) {
      const d = deps();
      expect(await runIngest(options(inDir, tempDir()), d)).toBe(2);
      expect(d.err()).toContain(message);
    }
  });
});
