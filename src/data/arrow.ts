/**
 * Arrow IPC encoding of the contract tables. Column types are derived from the zod row schemas,
 * so the schema stays the single source of truth: string → Utf8, int → Int32, number → Float64,
 * boolean → Bool, string[] → List<Utf8>, object[] → List<Struct<…>>.
 */
import {
  Bool,
  Field,
  Float64,
  Int32,
  List,
  Schema,
  Struct,
  Table,
  Utf8,
  makeVector,
  tableToIPC,
  vectorFromArray,
  type DataType,
} from 'apache-arrow';
import { z } from 'zod';
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

/** Builds an Arrow table from validated rows; column order follows the zod schema. */
export function rowsToArrowTable(rowSchema: RowSchema, rows: readonly Record<string, unknown>[]): Table {
  const schema = arrowSchemaFor(rowSchema);
  const columns: Record<string, ReturnType<typeof makeVector>> = {};
  for (const field of schema.fields) {
    const values = rows.map((row) => row[field.name] ?? null);
    columns[field.name] = vectorFromArray(values, field.type);
  }
  if (rows.length === 0) {
    return new Table(schema);
  }
  return new Table(schema, columns as never);
}

/** Encodes one contract table as an Arrow IPC stream (what DuckDB's insertArrowFromIPCStream reads). */
export function encodeTable(name: TableName, rows: readonly Record<string, unknown>[]): Uint8Array {
  return tableToIPC(rowsToArrowTable(TABLE_SCHEMAS[name] as unknown as RowSchema, rows), 'stream');
}
