/**
 * Arrow query results → plain JS rows. DuckDB returns lists as Arrow Vectors, structs as StructRows
 * and 64-bit integers as bigint; the views want arrays, objects and numbers.
 */
import type { Table } from 'apache-arrow';

interface ArrayLike {
  toArray(): ArrayLike | unknown[];
}

interface JsonLike {
  toJSON(): unknown;
}

function isVector(value: object): value is ArrayLike & { type: unknown; length: number } {
  return 'toArray' in value && 'type' in value && 'length' in value;
}

export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plainValue);
  if (isVector(value)) return Array.from(value.toArray() as ArrayLike & Iterable<unknown>, plainValue);
  if (ArrayBuffer.isView(value))
    return Array.from(value as unknown as ArrayLike & Iterable<unknown>, plainValue);
  if ('toJSON' in value && typeof (value as JsonLike).toJSON === 'function') {
    const json = (value as JsonLike).toJSON();
    if (json !== value) return plainValue(json);
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = plainValue(inner);
  return out;
}

export function tableToRows<Row>(table: Table): Row[] {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((name) => table.getChild(name));
  const rows: Row[] = new Array<Row>(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    names.forEach((name, c) => {
      row[name] = plainValue(columns[c]?.get(i));
    });
    rows[i] = row as Row;
  }
  return rows;
}
