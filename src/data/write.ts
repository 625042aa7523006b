/**
 * Writes a run's output folder: `<table>.arrow` for every contract table, optionally `<table>.json`
 * and `<table>.csv`, and manifest.json last. Rendering is pure (renderOutputs); writeOutputs only
 * touches the file system, each file via a temporary name + rename so readers never see half a file.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeTable } from './arrow.ts';
import { encodeCsv } from './csv.ts';
import { encodeJson } from './json.ts';
import {
  MANIFEST_FILE,
  OUTPUT_FORMATS,
  buildManifest,
  encodeManifest,
  tableFile,
  type Manifest,
  type ManifestParts,
  type OutputFormat,
} from './manifest.ts';
import { TABLE_NAMES, type TableName } from './schema.ts';

export interface OutputFile {
  /** File name relative to the output folder. */
  name: string;
  content: Uint8Array | string;
}

export interface RenderedOutputs {
  /** Files to write, manifest.json last. */
  files: OutputFile[];
  /** Files of formats not written this run; removed so the folder never mixes two runs. */
  stale: string[];
  manifest: Manifest;
}

const ENCODERS: Record<OutputFormat, (table: TableName, rows: readonly object[]) => Uint8Array | string> = {
  arrow: (table, rows) => encodeTable(table, rows as readonly Record<string, unknown>[]),
  json: encodeJson,
  csv: encodeCsv,
};

/** Renders every output file in memory from validated tables. */
export function renderOutputs(parts: ManifestParts): RenderedOutputs {
  const formats: OutputFormat[] = ['arrow', ...parts.extraFormats];
  const files: OutputFile[] = [];
  const stale: string[] = [];
  for (const table of TABLE_NAMES) {
    for (const format of OUTPUT_FORMATS) {
      const name = tableFile(table, format);
      if (formats.includes(format))
        files.push({ name, content: ENCODERS[format](table, parts.tables[table]) });
      else stale.push(name);
    }
  }
  const manifest = buildManifest(parts);
  files.push({ name: MANIFEST_FILE, content: encodeManifest(manifest) });
  return { files, stale, manifest };
}

/** Writes rendered outputs into dir (created if needed). */
export function writeOutputs(dir: string, outputs: RenderedOutputs): void {
  mkdirSync(dir, { recursive: true });
  for (const name of outputs.stale) rmSync(join(dir, name), { force: true });
  for (const file of outputs.files) {
    const target = join(dir, file.name);
    const temporary = join(dir, `.${file.name}.${process.pid}.tmp`);
    writeFileSync(temporary, file.content);
    renameSync(temporary, target);
  }
}
