import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../src/app/lib/csv.ts';

interface Row {
  name: string;
  amount: number | null;
}
const columns = [
  { label: '名称', value: (r: Row) => r.name },
  { label: '金额（万元）', value: (r: Row) => r.amount },
];

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = toCsv(columns, [{ name: '甲', amount: 1.5 }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}名称,金额（万元）\r\n甲,1.5\r\n`);
  });

  it('quotes commas, quotes and newlines so a CSV parser gets the text back', () => {
    const rows: Row[] = [
      { name: '含,逗号', amount: null },
      { name: '含"引号"', amount: 11799.604354 },
      { name: '两\n行', amount: -3 },
    ];
    const parsed = Papa.parse<string[]>(toCsv(columns, rows).slice(1).trimEnd());
    expect(parsed.data).toEqual([
      ['名称', '金额（万元）'],
      ['含,逗号', ''],
      ['含"引号"', '11799.604354'],
      ['两\n行', '-3'],
    ]);
  });

  it('defuses text that Excel would run as a formula, but keeps negative numbers', () => {
    const csv = toCsv(columns, [{ name: '=HYPERLINK("http://x")', amount: -1 }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",-1`);
  });
});
