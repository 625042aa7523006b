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

/**
 * How a value is stored: `pack` turns it into what is serialised, `unpack` gives back an equal
 * value. A codec exists to make the stored form cheaper to serialise and read back.
 */
export interface SpillCodec<T> {
  pack(value: T): unknown;
  unpack(stored: unknown): T;
}

const asIs: SpillCodec<never> = { pack: (value) => value, unpack: (stored) => stored as never };

/** Bytes gathered before they are written: one write per this many, not one per value. */
const WRITE_CHUNK = 1024 * 1024;

export class Spill<T> {
  private readonly dir = mkdtempSync(join(tmpdir(), 'jixiao-ingest-'));
  private readonly fd = openSync(join(this.dir, 'spill.bin'), 'w+');
  /** Offset just past the last value added. */
  private end = 0;
  /** Values added but not yet written, and where the first of them goes. */
  private pending: Buffer[] = [];
  private pendingFrom = 0;
  /** Read buffer, reused: deserialize copies what it reads out of it. */
  private scratch = Buffer.allocUnsafe(64 * 1024);
  private closed = false;

  constructor(private readonly codec: SpillCodec<T> = asIs) {}

  add(value: T): SpillEntry {
    const bytes = serialize(this.codec.pack(value));
    const entry = { offset: this.end, length: bytes.length };
    this.pending.push(bytes);
    this.end += bytes.length;
    if (this.end - this.pendingFrom >= WRITE_CHUNK) this.flush();
    return entry;
  }

  read(entry: SpillEntry): T {
    if (entry.offset + entry.length > this.pendingFrom) this.flush();
    if (this.scratch.length < entry.length)
      this.scratch = Buffer.allocUnsafe(Math.max(entry.length, 2 * this.scratch.length));
    const bytes = this.scratch.subarray(0, entry.length);
    for (let at = 0; at < entry.length;) {
      const read = readSync(this.fd, bytes, at, entry.length - at, entry.offset + at);
      if (read === 0) throw new Error(`spill file ended early at byte ${entry.offset + at}`);
      at += read;
    }
    return this.codec.unpack(deserialize(bytes));
  }

  /** Removes the spill; closing twice is harmless. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = [];
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Writes the values added since the last flush. */
  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    for (let at = 0; at < bytes.length;)
      at += writeSync(this.fd, bytes, at, bytes.length - at, this.pendingFrom + at);
    this.pending = [];
    this.pendingFrom = this.end;
  }
}
