/**
 * Values set aside on disk until the run needs them again, so a run holds one part of the corpus at
 * a time, not all of it: each value (a parsed document, a part's problem rows) is serialised (v8
 * structured clone) into one temporary file and read back by offset. The file is removed on close.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

export interface SpillEntry {
  offset: number;
  length: number;
}

export class Spill<T> {
  private readonly dir = mkdtempSync(join(tmpdir(), 'jixiao-ingest-'));
  private readonly fd = openSync(join(this.dir, 'spill.bin'), 'w+');
  private end = 0;
  private closed = false;

  add(value: T): SpillEntry {
    const bytes = serialize(value);
    for (let at = 0; at < bytes.length;)
      at += writeSync(this.fd, bytes, at, bytes.length - at, this.end + at);
    const entry = { offset: this.end, length: bytes.length };
    this.end += bytes.length;
    return entry;
  }

  read(entry: SpillEntry): T {
    const bytes = Buffer.allocUnsafe(entry.length);
    for (let at = 0; at < entry.length;) {
      const read = readSync(this.fd, bytes, at, entry.length - at, entry.offset + at);
      if (read === 0) throw new Error(`spill file ended early at byte ${entry.offset + at}`);
      at += read;
    }
    return deserialize(bytes) as T;
  }

  /** Removes the spill; closing twice is harmless. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
