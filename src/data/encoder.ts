/**
 * A table encoded in parts, so the writer can append rows batch by batch without holding the whole
 * table: the bytes of every `batch` call, then of `end`, concatenated, are the complete file.
 */
import { arrowStreamEncoder } from './arrow.ts';
import { csvEncoder } from './csv.ts';
import { jsonEncoder } from './json.ts';
import type { OutputFormat } from './manifest.ts';
import type { TableName } from './schema.ts';

export interface TableEncoder<Part extends Uint8Array | string = Uint8Array | string> {
  batch(rows: readonly object[]): Part;
  end(): Part;
}

const ENCODERS: Record<OutputFormat, (table: TableName) => TableEncoder> = {
  arrow: arrowStreamEncoder,
  json: jsonEncoder,
  csv: csvEncoder,
};

export function encoderFor(format: OutputFormat, table: TableName): TableEncoder {
  return ENCODERS[format](table);
}
