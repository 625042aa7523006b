/**
 * Writes a run's output folder: `<table>.arrow` for every contract table, optionally `<table>.json`
 * and `<table>.csv`, and manifest.json last. Rows are appended as the run produces them and
 * encoded a batch at a time, so a table is never held whole; every file is written under a
 * temporary name and renamed into place at the end, so readers never see half a file or a mix
 * of two runs.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { encoderFor, type TableEncoder } from './encoder.ts';
import {
  MANIFEST_FILE,
  OUTPUT_FORMATS,
  encodeManifest,
  tableFile,
  type Manifest,
  type OutputFormat,
} from './manifest.ts';
import { TABLE_NAMES, type TableName } from './schema.ts';

/** Rows buffered per table before they are encoded: one Arrow record batch each. */
export const BATCH_ROWS = 8192;

interface OpenFile {
  name: string;
  temporary: string;
  fd: number;
  encoder: TableEncoder;
}

export class OutputWriter {
  private readonly files = new Map<TableName, OpenFile[]>();
  private readonly pending = new Map<TableName, object[]>();
  private readonly counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  private readonly stale: string[] = [];

  constructor(
    private readonly dir: string,
    extraFormats: readonly Exclude<OutputFormat, 'arrow'>[],
    private readonly batchRows = BATCH_ROWS,
  ) {
    mkdirSync(dir, { recursive: true });
    const formats: OutputFormat[] = ['arrow', ...extraFormats];
    for (const table of TABLE_NAMES) {
      const open: OpenFile[] = [];
      for (const format of OUTPUT_FORMATS) {
        const name = tableFile(table, format);
        if (!formats.includes(format)) {
          this.stale.push(name);
          continue;
        }
        const temporary = this.temporaryPath(name);
        open.push({ name, temporary, fd: openSync(temporary, 'w'), encoder: encoderFor(format, table) });
      }
      this.files.set(table, open);
      this.pending.set(table, []);
    }
  }

  /** Appends validated rows; they are encoded and written once a batch is full. */
  append(table: TableName, rows: readonly object[]): void {
    const pending = this.pending.get(table) as object[];
    for (const row of rows) pending.push(row);
    this.counts[table] += rows.length;
    if (pending.length >= this.batchRows) this.flush(table);
  }

  /** Rows appended so far, per table. */
  rows(): Record<TableName, number> {
    return { ...this.counts };
  }

  /** Ends every table file, moves them into place, then writes manifest.json; returns the file names. */
  finish(manifest: Manifest): string[] {
    const written: string[] = [];
    for (const table of TABLE_NAMES) {
      this.flush(table);
      for (const file of this.files.get(table) ?? []) {
        writeAll(file.fd, file.encoder.end());
        closeSync(file.fd);
      }
    }
    for (const name of this.stale) rmSync(join(this.dir, name), { force: true });
    for (const file of [...this.files.values()].flat()) {
      renameSync(file.temporary, join(this.dir, file.name));
      written.push(file.name);
    }
    this.files.clear();
    const temporary = this.temporaryPath(MANIFEST_FILE);
    writeFileSync(temporary, encodeManifest(manifest));
    renameSync(temporary, join(this.dir, MANIFEST_FILE));
    return [...written, MANIFEST_FILE];
  }

  /** Removes the temporaries of an unfinished run; earlier output stays as it was. */
  abort(): void {
    for (const file of [...this.files.values()].flat()) {
      closeSync(file.fd);
      rmSync(file.temporary, { force: true });
    }
    this.files.clear();
  }

  private flush(table: TableName): void {
    const pending = this.pending.get(table) as object[];
    if (pending.length === 0) return;
    for (const file of this.files.get(table) ?? []) writeAll(file.fd, file.encoder.batch(pending));
    this.pending.set(table, []);
  }

  private temporaryPath(name: string): string {
    return join(this.dir, `.${name}.${process.pid}.tmp`);
  }
}

/** writeSync may write part of a buffer: loop until all of it is written. */
function writeAll(fd: number, data: Uint8Array | string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
}
