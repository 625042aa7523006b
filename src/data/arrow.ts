/**
 * Arrow IPC encoding of the contract tables. Column types are derived from the zod row schemas,
 * so the schema stays the single source of truth: string → Utf8, int → Int32, number → Float64,
 * boolean → Bool, string[] → List<Utf8>, object[] → List<Struct<…>>.
 */
import {
  Bool,
  Data,
  Field,
  Float64,
  Int32,
  List,
  Schema,
  Struct,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  type DataType,
} from 'apache-arrow';
import { z } from 'zod';
import type { TableEncoder } from './encoder.ts';
import { TABLE_SCHEMAS, type TableName } from './schema.ts';

type RowSchema = z.ZodObject<z.ZodRawShape>;

function unwrapNullable(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return { inner: unwrapNullable(schema.unwrap() as z.ZodType).inner, nullable: true };
  }
  return { inner: schema, nullable: false };
}

/** Maps one zod field schema to an Arrow field. */
export function arrowField(name: string, schema: z.ZodType): Field {
  const { inner, nullable } = unwrapNullable(schema);
  return new Field(name, arrowType(inner), nullable);
}

function arrowType(inner: z.ZodType): DataType {
  if (inner instanceof z.ZodString || inner instanceof z.ZodEnum) return new Utf8();
  if (inner instanceof z.ZodBoolean) return new Bool();
  if (inner instanceof z.ZodNumber) return inner.format === 'safeint' ? new Int32() : new Float64();
  if (inner instanceof z.ZodArray) {
    return new List(arrowField('item', inner.element as z.ZodType));
  }
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    return new Struct(Object.entries(shape).map(([key, field]) => arrowField(key, field)));
  }
  throw new Error(`no Arrow mapping for zod type ${inner.constructor.name}`);
}

export function arrowSchemaFor(rowSchema: RowSchema): Schema {
  const shape = rowSchema.shape as Record<string, z.ZodType>;
  return new Schema(Object.entries(shape).map(([key, field]) => arrowField(key, field)));
}

/**
 * Column data built straight into Arrow buffers. apache-arrow's generic builders (vectorFromArray)
 * cost a Map entry and a TextEncoder call per string; filling the buffers here is several times
 * faster and yields the same Data (values, offsets, validity) the builders would, hence the
 * same IPC bytes. Null and undefined are both null; a bitmap exists only when a null does.
 */
function columnData(type: DataType, values: readonly unknown[]): Data {
  const length = values.length;
  let nullCount = 0;
  let validity: Uint8Array | undefined;
  for (let i = 0; i < length; i++) {
    if (values[i] != null) continue;
    if (!validity) validity = newBitmap(length).fill(0xff, 0, (length + 7) >> 3);
    validity[i >> 3]! &= ~(1 << (i & 7));
    nullCount++;
  }
  // Bits past the end stay clear, as the builders leave them.
  if (validity && length % 8 !== 0) validity[length >> 3]! &= (1 << (length % 8)) - 1;
  const nullBitmap = validity;
  if (type instanceof Utf8) {
    const { offsets, bytes } = utf8Buffers(values);
    return makeData({ type, length, nullCount, nullBitmap, valueOffsets: offsets, data: bytes });
  }
  if (type instanceof Float64 || type instanceof Int32) {
    const data = type instanceof Float64 ? new Float64Array(length) : new Int32Array(length);
    for (let i = 0; i < length; i++) {
      const v = values[i];
      if (v != null) data[i] = v as number;
    }
    return makeData({ type, length, nullCount, nullBitmap, data } as never);
  }
  if (type instanceof Bool) {
    const data = newBitmap(length);
    for (let i = 0; i < length; i++) if (values[i]) data[i >> 3]! |= 1 << (i & 7);
    return makeData({ type, length, nullCount, nullBitmap, data });
  }
  if (type instanceof List) {
    const offsets = new Int32Array(length + 1);
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const v = values[i] as readonly unknown[] | null | undefined;
      if (v != null) for (const item of v) items.push(item);
      offsets[i + 1] = items.length;
    }
    const child = columnData((type.children[0] as Field).type, items);
    return makeData({ type, length, nullCount, nullBitmap, valueOffsets: offsets, child });
  }
  if (type instanceof Struct) {
    const children = type.children.map((field: Field) =>
      columnData(
        field.type,
        values.map((v) => (v == null ? null : (v as Record<string, unknown>)[field.name])),
      ),
    );
    return makeData({ type, length, nullCount, nullBitmap, children });
  }
  throw new Error(`no Arrow encoder for ${String(type)}`);
}

/**
 * A zeroed bitmap for `length` bits, padded to a multiple of 64 bytes (at least 64) as the
 * builders pad theirs: the IPC writer copies bitmaps whole, so the padding is part of the bytes.
 */
function newBitmap(length: number): Uint8Array {
  return new Uint8Array(Math.max(64, Math.ceil((length + 7) / 8 / 64) * 64));
}

const utf8 = new TextEncoder();

/**
 * UTF-8 bytes of every string, back to back, and the offsets between them (nulls are empty). The
 * offsets are counted per string (Buffer.byteLength: native, faster than a loop in JS) and the
 * strings encoded in one call: an encode call per string cost more than the encoding itself.
 * Should the count and the encoder disagree (a lone surrogate at the end of one string pairing
 * with one at the start of the next), each string is encoded on its own.
 */
function utf8Buffers(values: readonly unknown[]): { offsets: Int32Array; bytes: Uint8Array } {
  const offsets = new Int32Array(values.length + 1);
  const strings: string[] = new Array<string>(values.length);
  let end = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const text = typeof v === 'string' ? v : v == null ? '' : String(v);
    strings[i] = text;
    // Buffer.byteLength counts as TextEncoder writes: a lone surrogate becomes U+FFFD (3 bytes).
    end += Buffer.byteLength(text, 'utf8');
    offsets[i + 1] = end;
  }
  const bytes = new Uint8Array(end);
  if (utf8.encodeInto(strings.join(''), bytes).written === end) return { offsets, bytes };
  return separatelyEncoded(strings);
}

/** utf8Buffers one string at a time: each string's bytes exactly as TextEncoder gives them. */
function separatelyEncoded(strings: readonly string[]): { offsets: Int32Array; bytes: Uint8Array } {
  const encoded = strings.map((text) => utf8.encode(text));
  const offsets = new Int32Array(strings.length + 1);
  encoded.forEach((part, i) => (offsets[i + 1] = (offsets[i] as number) + part.length));
  const bytes = new Uint8Array(offsets[strings.length] as number);
  encoded.forEach((part, i) => bytes.set(part, offsets[i]));
  return { offsets, bytes };
}

/** Builds an Arrow table from validated rows; column order follows the zod schema. */
export function rowsToArrowTable(rowSchema: RowSchema, rows: readonly Record<string, unknown>[]): Table {
  const schema = arrowSchemaFor(rowSchema);
  if (rows.length === 0) {
    return new Table(schema);
  }
  const columns: Record<string, ReturnType<typeof makeVector>> = {};
  for (const field of schema.fields) {
    columns[field.name] = makeVector(
      columnData(
        field.type,
        rows.map((row) => row[field.name]),
      ),
    );
  }
  return new Table(schema, columns as never);
}

/** Encodes one contract table as an Arrow IPC stream (what DuckDB's insertArrowFromIPCStream reads). */
export function encodeTable(name: TableName, rows: readonly Record<string, unknown>[]): Uint8Array {
  return tableToIPC(rowsToArrowTable(TABLE_SCHEMAS[name] as unknown as RowSchema, rows), 'stream');
}

/** The end-of-stream marker: a continuation token and a zero message length. */
const END_OF_STREAM = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0);

/** Bytes of the schema message that opens a stream: continuation token, length, metadata. */
function schemaMessageLength(ipc: Uint8Array): number {
  return 8 + new DataView(ipc.buffer, ipc.byteOffset, ipc.byteLength).getInt32(4, true);
}

/**
 * The Arrow IPC stream in parts: the schema with the first record batch, then one record batch per
 * call, then the end marker. A table without rows is the schema and the marker.
 */
export function arrowStreamEncoder(name: TableName): TableEncoder<Uint8Array> {
  let started = false;
  return {
    batch(rows) {
      if (rows.length === 0) return new Uint8Array();
      const ipc = encodeTable(name, rows as readonly Record<string, unknown>[]);
      const from = started ? schemaMessageLength(ipc) : 0;
      started = true;
      return ipc.subarray(from, ipc.length - END_OF_STREAM.length);
    },
    end: () => (started ? END_OF_STREAM : encodeTable(name, [])),
  };
}
