/** Building blocks of the synthetic corpus generator and its CLI. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeText } from '../../src/corpus/encode.ts';
import { fullWidth, NumberStyle, shiftYuan } from '../../src/corpus/numbers.ts';
import { agencyPool } from '../../src/corpus/places.ts';
import { flatten, renderCsv, renderText, cell } from '../../src/corpus/render.ts';
import { PROJECT_NAMES } from '../../src/corpus/vocabulary.ts';
import { fixZipTimestamps, renderXlsx } from '../../src/corpus/xlsx.ts';
import { nameSimilarity } from '../../src/ingest/extract/observation.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('numbers', () => {
  it('shifts integer 元 into 万元 and 亿元 without float noise', () => {
    expect(shiftYuan(1234567, '万元')).toBe('123.4567');
    expect(shiftYuan(1500000, '万元', 2)).toBe('150.00');
    expect(shiftYuan(1234500, '亿元')).toBe('0.012345');
    expect(shiftYuan(7, '万元')).toBe('0.0007');
    expect(shiftYuan(1500000, '元')).toBe('1500000');
  });

  it('writes amounts in each unit variant and numeral style', () => {
    expect(new NumberStyle('wan', 'plain', '—', false).amountCell(1500000)).toBe('150');
    expect(new NumberStyle('yuan-header', 'thousands', '—', true).amountCell(1234500)).toBe('1,234,500.00');
    expect(new NumberStyle('yuan-suffix', 'plain', '—', false).amountCell(1234500)).toBe('1234500元');
    expect(new NumberStyle('yi-suffix', 'fullwidth', '—', true).amountCell(1234500)).toBe(
      '０．０１２３４５亿元',
    );
    expect(new NumberStyle('wan', 'plain', '/', false).amountCell(null)).toBe('/');
    expect(new NumberStyle('wan', 'fullwidth', '', false).rate('95.50')).toBe('９５．５０％');
    expect(fullWidth('12.5%')).toBe('１２．５％');
  });
});

describe('encodings', () => {
  it('writes BOMs and GBK bytes', () => {
    expect([...encodeText('a', 'utf-8-bom')]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
    expect([...encodeText('a', 'utf-16le')]).toEqual([0xff, 0xfe, 0x61, 0x00]);
    expect([...encodeText('公安', 'gbk')]).toEqual([0xb9, 0xab, 0xb0, 0xb2]);
  });
});

describe('layouts', () => {
  const rows = [
    [cell('项目资金', 1, 2), cell('年初预算数'), cell('得分', 2)],
    [cell('150'), cell('9.5'), cell('')],
  ];

  it('flattens spans as text exports do: value top-left, empty cells elsewhere', () => {
    expect(flatten(rows)).toEqual([
      ['项目资金', '年初预算数', '得分', ''],
      ['', '150', '9.5', ''],
    ]);
  });

  it('renders tab rows, one cell per line, and quoted CSV', () => {
    const blocks = [{ kind: 'table' as const, rows }];
    expect(renderText(blocks, { cellPerLine: false, spacing: true })).toBe(
      '项目资金\t年初预算数\t得分\t\n\t150\t9.5\t\n\n',
    );
    expect(renderText(blocks, { cellPerLine: true, spacing: true })).toBe(
      '\t项目资金\n\t年初预算数\n\t得分\n\t\n\n\t\n\t150\n\t9.5\n\t\n\n',
    );
    expect(renderCsv([{ kind: 'line', text: 'a,b' }], 'minimal')).toBe('"a,b"\r\n');
  });

  it('writes xlsx files whose zip entries all carry the fixed timestamp', async () => {
    const bytes = await renderXlsx('汇总表', [[cell('标题')], [cell('1'), { text: '2', num: { value: 2 } }]]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const stamps: string[] = [];
    for (let i = 0; i + 16 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50)
        stamps.push(`${view.getUint16(i + 12, true)}/${view.getUint16(i + 14, true)}`);
    }
    expect(stamps.length).toBeGreaterThan(5);
    expect(new Set(stamps)).toEqual(new Set([`0/${((2024 - 1980) << 9) | (1 << 5) | 1}`]));
    expect(() => fixZipTimestamps(new Uint8Array(30))).toThrow(/zip/);
  });
});

describe('vocabulary', () => {
  it('has project names no two of which the merge would take for one project', () => {
    const pairs: string[] = [];
    PROJECT_NAMES.forEach((a, i) =>
      PROJECT_NAMES.slice(i + 1).forEach((b) => {
        if (nameSimilarity(a, b) >= 0.5) pairs.push(`${a} ~ ${b}`);
      }),
    );
    expect(pairs).toEqual([]);
  });

  it('names thousands of distinct agencies after real places', () => {
    const pool = agencyPool();
    expect(pool.length).toBeGreaterThan(2500);
    expect(new Set(pool).size).toBe(pool.length);
    expect(pool.every((a) => /公安局$|分局$/.test(a))).toBe(true);
    expect(pool).toContain('武胜县公安局');
  });
});

describe('gen:corpus CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/gen-corpus.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('writes only the reports into --out and the truth to --truth', () => {
    execFileSync(process.execPath, [
      '--import',
      'tsx',
      join(ROOT, 'scripts/gen-corpus.ts'),
      '--reports',
      '12',
      '--out',
      join(dir, 'reports'),
      '--seed',
      '3',
      '--truth',
      join(dir, 'truth.json'),
    ]);
    const files = readdirSync(join(dir, 'reports')).sort();
    const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
      seed: number;
      reports: { file: string }[];
    };
    expect(files).toHaveLength(12);
    expect(truth.seed).toBe(3);
    expect(truth.reports.map((r) => r.file).sort()).toEqual(files);
  }, 30_000);

  it('refuses a truth file inside the report folder and bad arguments', () => {
    const inside = run(['--reports', '2', '--out', join(dir, 'x'), '--truth', join(dir, 'x', 'truth.json')]);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toMatch(/--truth must be outside --out/);
    expect(run(['--reports', 'many', '--out', join(dir, 'y')]).status).toBe(2);
  }, 30_000);
});
