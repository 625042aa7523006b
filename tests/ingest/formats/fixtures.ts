/** Shared access to tests/fixtures/formats and its answer key. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StructuredTextItem } from 'unpdf';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'formats');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export interface ExpectedIndicator {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: number;
  score: number;
  deviation_reason: string;
}

export interface Expected {
  files: { project_table: string[]; summary_table: string[] };
  encodings: Record<string, string | null>;
  formats: Record<string, string>;
  project: {
    name: string;
    managing_dept: string;
    implementing_unit: string;
    indicators: ExpectedIndicator[];
    problems_text: string;
    lines: { text_form: Record<string, number | number[]>; md: Record<string, number | number[]> };
  };
  summary: { title: string; rows: { seq: number; name: string; grade: string; total_score: number }[] };
}

export const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Expected;

/** Lines of a text form split into cells. */
export function rows(text: string): string[][] {
  return text.split('\n').map((line) => line.split('\t'));
}

/** The first line whose cells include `label`, as cells. */
export function rowWith(text: string, label: string): string[] {
  const row = rows(text).find((cells) => cells.includes(label));
  if (!row) throw new Error(`no row with a cell "${label}"`);
  return row;
}

/** A PDF text item at (x, y) with CJK-width glyphs of `size` pt (or `charWidth` pt each). */
export function pdfTextItem(
  str: string,
  x: number,
  y: number,
  size = 10,
  charWidth = size,
): StructuredTextItem {
  return {
    str,
    x,
    y,
    width: str.length * charWidth,
    height: size,
    fontSize: size,
    fontFamily: 'f',
    dir: 'ltr',
    hasEOL: false,
  };
}
