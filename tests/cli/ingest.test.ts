/**
 * End-to-end: the real CLI (`tsx src/cli/ingest.ts`) with the real parser pipeline, in temp folders.
 * The status/message contract: every file gets a documents row (ok · partial · unrecognized · error).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/data/manifest.ts';
import { DOC_STATUSES, TABLE_NAMES, type DocumentRow } from '../../src/data/schema.ts';
import { useTempDirs } from '../data/temp-dir.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'data/reports');
const SEED_004 = join(SEEDS, '004_14bdfe115d2c50b3.txt');
const tempDir = useTempDirs('cli');
const isRoot = process.getuid?.() === 0;

function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/ingest.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const readDocuments = (dir: string): DocumentRow[] =>
  JSON.parse(readFileSync(join(dir, 'documents.json'), 'utf8')) as DocumentRow[];

/** Deterministic "random" bytes (xorshift) with NULs sprinkled in, like a corrupt or binary upload. */
function binaryBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 0x9e3779b9;
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = i % 7 === 0 ? 0 : state & 0xff;
  }
  return bytes;
}

describe('ingest CLI: arguments', () => {
  it('prints usage with --help', () => {
    const run = ingest('--help');
    expect(run.status).toBe(0);
    for (const flag of ['--in', '--out', '--json', '--quiet']) expect(run.stdout).toContain(flag);
  });

  it('rejects an unknown flag and a missing input folder with exit code 2', () => {
    const unknown = ingest('--jsno');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('未知选项：--jsno');
    const missing = ingest('--in', join(tempDir(), 'nope'), '--out', tempDir());
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('输入文件夹不存在');
  });
});

describe('ingest CLI: real pipeline', () => {
  it('writes byte-identical output twice over the seed reports', () => {
    const [one, two, seeds] = [tempDir(), tempDir(), tempDir()];
    // The five seed reports (the top level of data/reports; synthetic samples sit in a subfolder).
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')))
      copyFileSync(join(SEEDS, name), join(seeds, name));
    const first = ingest('--in', seeds, '--out', one, '--json');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('完成：5 个文件');
    expect(ingest('--in', seeds, '--out', two, '--json', '--quiet').status).toBe(0);

    const names = readdirSync(one).sort();
    expect(names).toEqual(
      [...TABLE_NAMES.flatMap((t) => [`${t}.arrow`, `${t}.json`]), 'manifest.json'].sort(),
    );
    expect(readdirSync(two).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(join(two, name)).equals(readFileSync(join(one, name))), name).toBe(true);
    }

    const manifest = JSON.parse(readFileSync(join(one, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.inputs).toHaveLength(5);
    expect(manifest.tables.documents.rows).toBe(5);
    const seed = readFileSync(SEED_004);
    expect(manifest.inputs[4]).toMatchObject({ file: '004_14bdfe115d2c50b3.txt', bytes: seed.byteLength });
    for (const doc of readDocuments(one)) expect(['ok', 'partial']).toContain(doc.status);
  });

  it('keeps going over bad input: every file gets a documents row with a status and a reason', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'binary.docx'), binaryBytes(4096));
    writeFileSync(join(input, 'notes.txt'), '会议通知\n请各单位于周五下午三点到三楼会议室开会。\n');
    mkdirSync(join(input, 'gbk'));
    writeFileSync(join(input, 'gbk/report.txt'), iconv.encode(readFileSync(SEED_004, 'utf8'), 'gbk'));
    symlinkSync(join(input, 'deleted.txt'), join(input, 'dangling.txt'));
    copyFileSync(join(SEEDS, '000_319ed7af1ced7d44.txt'), join(input, 'good.txt'));
    // chmod 000 does not stop root; the dangling symlink above covers that case.
    const locked = isRoot ? [] : ['locked.txt'];
    for (const file of locked) {
      writeFileSync(join(input, file), 'x');
      chmodSync(join(input, file), 0o000);
    }

    const run = ingest('--in', input, '--out', out, '--json');
    expect(run.status, run.stderr).toBe(0);

    const docs = new Map(readDocuments(out).map((doc) => [doc.file, doc]));
    const unreadable = ['dangling.txt', ...locked];
    expect([...docs.keys()].sort()).toEqual(
      ['binary.docx', 'empty.txt', 'gbk/report.txt', 'good.txt', 'notes.txt', ...unreadable].sort(),
    );
    for (const doc of docs.values()) expect(DOC_STATUSES).toContain(doc.status);
    for (const file of ['empty.txt', 'binary.docx', 'notes.txt', ...unreadable]) {
      const doc = docs.get(file)!;
      expect(['unrecognized', 'error'], file).toContain(doc.status);
      expect(doc.message.trim(), file).not.toBe('');
    }
    for (const file of unreadable) {
      expect(docs.get(file)!.status).toBe('error');
      expect(run.stderr).toContain(`文件错误 ${file}`);
    }

    const gbk = docs.get('gbk/report.txt')!;
    expect(['ok', 'partial']).toContain(gbk.status);
    expect(gbk.encoding).toMatch(/gb/i);
    expect(gbk.agency).toBe('晋中市公安局开发区分局');
    expect(gbk.year).toBe(2021);
    const projects = JSON.parse(readFileSync(join(out, 'projects.json'), 'utf8')) as {
      doc_id: string;
      name: string;
    }[];
    expect(projects.filter((p) => p.doc_id === gbk.doc_id).map((p) => p.name)).toContain(
      '新建潇河派出所业务用房建设资金',
    );
    expect(docs.get('good.txt')!.status).not.toBe('error');
  });

  it('reads container formats (xlsx) through the async parser', async () => {
    const input = tempDir();
    const out = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('自评表');
    for (const line of readFileSync(SEED_004, 'utf8').split('\n')) sheet.addRow(line.split('\t'));
    writeFileSync(join(input, '004.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));

    const run = ingest('--in', input, '--out', out, '--json', '--quiet');
    expect(run.status, run.stderr).toBe(0);
    const [doc] = readDocuments(out);
    expect(doc).toMatchObject({ file: '004.xlsx', format: 'xlsx', agency: '晋中市公安局开发区分局' });
    expect(['ok', 'partial']).toContain(doc!.status);
    const projects = JSON.parse(readFileSync(join(out, 'projects.json'), 'utf8')) as { name: string }[];
    expect(projects.map((p) => p.name)).toContain('新建潇河派出所业务用房建设资金');
  });

  it('exits non-zero when no file at all can be read', () => {
    const input = tempDir();
    symlinkSync(join(input, 'a-gone.txt'), join(input, 'a.txt'));
    symlinkSync(join(input, 'b-gone.docx'), join(input, 'b.docx'));
    const out = tempDir();
    const run = ingest('--in', input, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('全部无法读取');
  });
});

describe('ingest CLI: interrupted', () => {
  it('on Ctrl-C removes its temporaries and leaves the earlier output as it was', async () => {
    const input = tempDir();
    for (let k = 0; k < 1500; k++) copyFileSync(SEED_004, join(input, `r${String(k).padStart(4, '0')}.txt`));
    const out = tempDir();
    writeFileSync(join(out, 'manifest.json'), '{"earlier": true}\n');
    const spillRoot = tempDir();
    // Node itself gets the signal (the tsx wrapper relays signals in its own way).
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/ingest.ts', '--in', input, '--out', out],
      {
        cwd: ROOT,
        env: { ...process.env, FORCE_COLOR: '0', TMPDIR: spillRoot },
      },
    );
    let stderr = '';
    const exited = new Promise<NodeJS.Signals | number | null>((done) =>
      child.on('exit', (code, signal) => done(signal ?? code)),
    );
    // Interrupt once parsing is under way: the spill and the output temporaries exist by then.
    await new Promise<void>((started) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/读取并解析文件 \d+\/1500/.test(stderr)) started();
      }),
    );
    expect(readdirSync(out).some((name) => name.startsWith('.'))).toBe(true);
    child.kill('SIGINT');
    expect(await exited).not.toBe(0);
    expect(readdirSync(out)).toEqual(['manifest.json']);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"earlier": true}\n');
    // (tsx keeps its compile cache there too.)
    expect(readdirSync(spillRoot).filter((name) => name.startsWith('jixiao-ingest-'))).toEqual([]);
  }, 60_000);
});
