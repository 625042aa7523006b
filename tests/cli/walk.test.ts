import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex as parserSha256 } from '../../src/ingest/hash.ts';
import { describe, expect, it } from 'vitest';
import { describeReadError, listInputFiles, readListedFile, sha256Hex } from '../../src/cli/walk.ts';
import { useTempDirs } from '../data/temp-dir.ts';

const tempDir = useTempDirs('walk');
const isRoot = process.getuid?.() === 0;

function tree(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

describe('listInputFiles', () => {
  it('lists nested files sorted by relative path with forward slashes, skipping hidden entries', () => {
    const root = tempDir();
    tree(root, {
      'b.txt': 'b',
      'a/z.txt': 'z',
      'a/b/c.docx': 'c',
      'a-1.txt': 'x',
      '.DS_Store': 'hidden',
      '.git/config': 'hidden dir',
      'a/.~lock.c.docx#': 'hidden',
    });
    expect(listInputFiles(root).map((entry) => entry.file)).toEqual([
      'a-1.txt',
      'a/b/c.docx',
      'a/z.txt',
      'b.txt',
    ]);
  });

  it('turns a dangling symlink into a read error without absolute paths', () => {
    const root = tempDir();
    symlinkSync(join(root, 'gone.txt'), join(root, 'link.txt'));
    const [entry] = listInputFiles(root);
    expect(entry).toEqual({
      file: 'link.txt',
      readError: '文件不存在（失效的符号链接，或在读取前已被删除）（ENOENT）',
    });
  });

  it('follows symlinked folders once and survives a symlink loop', () => {
    const root = tempDir();
    tree(root, { 'real/r.txt': 'r' });
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    symlinkSync(root, join(root, 'real', 'loop'));
    expect(listInputFiles(root).map((entry) => entry.file)).toEqual(['alias/r.txt']);
  });

  it('skips our own output files when the output folder lies inside the input folder', () => {
    const root = tempDir();
    tree(root, { 'r.txt': 'r', 'out/manifest.json': '{}', 'out/keep.txt': 'k' });
    const files = listInputFiles(root, new Set([join(root, 'out', 'manifest.json')])).map(
      (entry) => entry.file,
    );
    expect(files).toEqual(['out/keep.txt', 'r.txt']);
  });
});

describe('readListedFile', () => {
  it('reads bytes, sha256 and size', () => {
    const root = tempDir();
    tree(root, { '报告.txt': '绩效自评' });
    const result = readListedFile(listInputFiles(root)[0]!);
    const bytes = new TextEncoder().encode('绩效自评');
    expect(result.input).toEqual({ file: '报告.txt', bytes, sha256: sha256Hex(bytes) });
    expect(result.bytes).toBe(12);
    expect(result.sha256).toBe(sha256Hex(bytes));
    // The parser core computes the same digest when the caller does not pass one.
    expect(result.sha256).toBe(parserSha256(bytes));
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a file whole when its size changed after listing, and an empty file', () => {
    const root = tempDir();
    tree(root, { 'grown.txt': 'ab', 'shrunk.txt': 'abcdef', 'empty.txt': '' });
    const entries = listInputFiles(root);
    writeFileSync(join(root, 'grown.txt'), 'abcdef');
    writeFileSync(join(root, 'shrunk.txt'), 'ab');
    const read = Object.fromEntries(
      entries.map((entry) => [entry.file, readListedFile(entry).input as { bytes: Uint8Array }]),
    );
    const text = (file: string) => new TextDecoder().decode(read[file]!.bytes);
    expect([text('grown.txt'), text('shrunk.txt'), text('empty.txt')]).toEqual(['abcdef', 'ab', '']);
  });

  it('reports a file that vanished after listing', () => {
    const root = tempDir();
    tree(root, { 'v.txt': 'v' });
    const [entry] = listInputFiles(root);
    rmSync(join(root, 'v.txt'));
    expect(readListedFile(entry!)).toEqual({
      input: { file: 'v.txt', readError: expect.stringContaining('ENOENT') },
      sha256: null,
      bytes: null,
    });
  });

  it('does not read a FIFO (it would block)', () => {
    const root = tempDir();
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    const result = readListedFile(listInputFiles(root)[0]!);
    expect(result.input).toEqual({ file: 'pipe.txt', readError: expect.stringContaining('不是普通文件') });
  });

  it.skipIf(isRoot)('reports a file without read permission', () => {
    const root = tempDir();
    tree(root, { 'locked.txt': 'x' });
    chmodSync(join(root, 'locked.txt'), 0o000);
    const result = readListedFile(listInputFiles(root)[0]!);
    expect(result.input).toEqual({ file: 'locked.txt', readError: expect.stringContaining('EACCES') });
  });
});

describe('describeReadError', () => {
  it('keeps the code, drops the path', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/secret/x.txt'"), {
      code: 'EACCES',
    });
    expect(describeReadError(error)).toBe('没有读取权限（EACCES）');
    expect(describeReadError(Object.assign(new Error('x'), { code: 'EWEIRD' }))).toBe('系统错误（EWEIRD）');
  });
});
