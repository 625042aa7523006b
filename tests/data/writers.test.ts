import { tableFromIPC } from 'apache-arrow';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { encodeTable } from '../../src/data/arrow.ts';
import { encodeCsv } from '../../src/data/csv.ts';
import { columnsOf, encodeJson } from '../../src/data/json.ts';
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from '../../src/data/schema.ts';
import { sampleTables } from './sample-tables.ts';

function readArrow(table: TableName, rows: readonly object[]): Record<string, unknown>[] {
  const arrow = tableFromIPC(encodeTable(table, rows as Record<string, unknown>[]));
  expect(arrow.schema.fields.map((field) => field.name)).toEqual(columnsOf(table));
  // Arrow rows, list Vectors and struct rows all serialize through toJSON → plain values.
  return JSON.parse(JSON.stringify(arrow.toArray())) as Record<string, unknown>[];
}

describe('JSON writer', () => {
  it('writes valid JSON, one row per line, columns exactly as in the schema', () => {
    const tables = sampleTables();
    for (const table of TABLE_NAMES) {
      const text = encodeJson(table, tables[table]);
      const parsed = JSON.parse(text) as Record<string, unknown>[];
      expect(parsed).toEqual(tables[table]);
      for (const row of parsed) expect(Object.keys(row)).toEqual(Object.keys(TABLE_SCHEMAS[table].shape));
      expect(text.split('\n').length).toBe(tables[table].length === 0 ? 2 : tables[table].length + 3);
    }
  });

  it('writes an empty table as []', () => {
    expect(JSON.parse(encodeJson('departments', []))).toEqual([]);
  });
});

describe('Arrow writer', () => {
  it('round-trips every table: the .arrow read back equals the JSON', () => {
    const tables = sampleTables();
    for (const table of TABLE_NAMES) {
      const fromJson = JSON.parse(encodeJson(table, tables[table])) as unknown;
      expect(readArrow(table, tables[table])).toEqual(fromJson);
    }
  });

  it('keeps nulls as nulls and full precision (no rounding of 万元 or rates)', () => {
    const [project] = readArrow('projects', sampleTables().projects);
    expect(project!.code).toBeNull();
    expect(project!.execution_rate).toBe(100 / 150);
    expect(project!.sources).toEqual([
      { file: '004_14bdfe115d2c50b3.txt', line_start: 7, line_end: 30 },
      { file: '004_14bdfe115d2c50b3.txt', line_start: 40, line_end: 41 },
    ]);
  });

  it('encodes every kind of text as TextEncoder does, lone surrogates at string edges included', () => {
    const texts = [
      'ascii',
      '',
      '公安局 ¥ é',
      '𠀋𠂉 emoji 😀',
      'ends in a lone high \ud83d',
      '\ude00 starts with a lone low',
      '\ud83d',
      '\ude00',
      'mid \ud83d lone',
    ];
    const base = sampleTables().source_lines[0]!;
    const rows = texts.map((text, line) => ({ ...base, line, text }));
    const back = readArrow('source_lines', rows).map((r) => r.text);
    // Arrow stores UTF-8: what comes back is each text as TextEncoder/TextDecoder round-trip it.
    expect(back).toEqual(texts.map((t) => new TextDecoder().decode(new TextEncoder().encode(t))));
    expect(back[3]).toBe('𠀋𠂉 emoji 😀');
  });

  it('encodes an empty table with its full schema', () => {
    const arrow = tableFromIPC(encodeTable('departments', []));
    expect(arrow.numRows).toBe(0);
    expect(arrow.schema.fields.map((field) => field.name)).toEqual(columnsOf('departments'));
  });
});

describe('CSV writer', () => {
  it('starts with a BOM, has the schema header and round-trips text with quotes and commas', () => {
    const tables = sampleTables();
    const csv = encodeCsv('problems', tables.problems);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(columnsOf('problems'));
    expect(parsed.data[0]!.text).toBe(tables.problems[0]!.text);
    expect(JSON.parse(parsed.data[0]!.categories!)).toEqual(['进度', '管理']);
  });

  it('escapes report text that a spreadsheet would run as a formula, but not numbers', () => {
    const csv = encodeCsv('projects', sampleTables().projects);
    const [row] = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(JSON.parse(row!.aliases!)).toEqual(['潇河派出所业务用房', '=HYPERLINK("x")']);
    const injected = encodeCsv('problems', [{ ...sampleTables().problems[0]!, text: '=1+1', year: -1 }]);
    const [problem] = Papa.parse<Record<string, string>>(injected.slice(1), { header: true }).data;
    expect(problem!.text).toBe("'=1+1");
    expect(problem!.year).toBe('-1');
  });
});
