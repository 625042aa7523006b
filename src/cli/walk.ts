/**
 * The file-system edge of ingest: list the input folder (recursive, sorted, hidden entries
 * skipped) and read each file. Nothing here throws for a bad file: a file that cannot be read
 * becomes {file, readError} so it still gets a documents row. Messages never contain absolute
 * paths (output must not depend on where the folder lives).
 */
import { hash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodeUnits } from '../ingest/assemble.ts';
import type { InputFile } from '../ingest/types.ts';

/** Files larger than this are not read (report files are a few MB at most). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** A listed entry: a regular file to read, or something that already failed while listing. */
export type ListedFile =
  { file: string; path: string; kind: 'file' | 'other'; size: number } | { file: string; readError: string };

/** What was read from one entry: the parser input plus the facts the manifest records. */
export interface ReadResult {
  input: InputFile;
  sha256: string | null;
  bytes: number | null;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: '文件不存在（失效的符号链接，或在读取前已被删除）',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '是文件夹而不是文件',
  ENOTDIR: '路径中的某一级不是文件夹',
  ELOOP: '符号链接循环',
  EIO: '读取时发生 I/O 错误',
  EMFILE: '同时打开的文件过多',
  ENFILE: '同时打开的文件过多',
};

/**
 * A read failure as a stable, path-free reason, e.g. "没有读取权限（EACCES）" (the parser prefixes
 * it with 无法读取文件：).
 */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return `${READ_ERRORS[code] ?? '系统错误'}（${code}）`;
  return error instanceof Error ? error.name : '未知错误';
}

/**
 * Lists every non-hidden file under root. Symlinks are followed; a directory reached twice (a
 * symlink loop or alias) is listed once. `exclude` holds absolute paths to skip (our own outputs
 * when --out lies inside --in). Result is sorted by relative path.
 */
export function listInputFiles(root: string, exclude: ReadonlySet<string> = new Set()): ListedFile[] {
  const listed: ListedFile[] = [];
  const seenDirs = new Set<string>();
  const visit = (dir: string, prefix: string): void => {
    let names: string[];
    try {
      seenDirs.add(realpathSync(dir));
      names = readdirSync(dir).sort(compareCodeUnits);
    } catch (error) {
      listed.push({ file: prefix === '' ? '.' : prefix, readError: describeReadError(error) });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const file = prefix === '' ? name : `${prefix}/${name}`;
      if (exclude.has(path)) continue;
      try {
        const stat = statSync(path);
        if (stat.isDirectory()) {
          if (!seenDirs.has(realpathSync(path))) visit(path, file);
        } else {
          listed.push({ file, path, kind: stat.isFile() ? 'file' : 'other', size: stat.size });
        }
      } catch (error) {
        listed.push({ file, readError: describeReadError(error) });
      }
    }
  };
  visit(root, '');
  return listed.sort((a, b) => compareCodeUnits(a.file, b.file));
}

/** One-shot hash: no Hash object per file, as createHash().update().digest() makes. */
export function sha256Hex(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex');
}

/** One byte past a file's listed size: reading into it tells whether the file has grown since. */
const probe = new Uint8Array(1);

/**
 * The bytes of a file whose size the listing gave, read straight into a buffer of that size
 * (readFileSync would stat the file again first). A file that has changed size since it was
 * listed is read with readFileSync, as a whole. A plain Uint8Array: the parser core takes web types.
 */
function readWhole(path: string, size: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(size);
    let length = 0;
    while (length < size) {
      const read = readSync(fd, bytes, length, size - length, length);
      if (read === 0) break;
      length += read;
    }
    if (length === size && size > 0 && readSync(fd, probe, 0, 1, size) === 0) return bytes;
  } finally {
    closeSync(fd);
  }
  const buffer = readFileSync(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Reads one listed file; failures become a readError input, never an exception. */
export function readListedFile(entry: ListedFile): ReadResult {
  const failed = (readError: string): ReadResult => ({
    input: { file: entry.file, readError },
    sha256: null,
    bytes: null,
  });
  if ('readError' in entry) return failed(entry.readError);
  // Reading a FIFO or device could block forever or never end.
  if (entry.kind !== 'file') return failed('不是普通文件（管道、设备或套接字）');
  if (entry.size > MAX_FILE_BYTES) {
    return failed(`文件过大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB）`);
  }
  try {
    const bytes = readWhole(entry.path, entry.size);
    const sha256 = sha256Hex(bytes);
    return { input: { file: entry.file, bytes, sha256 }, sha256, bytes: bytes.byteLength };
  } catch (error) {
    return failed(describeReadError(error));
  }
}
