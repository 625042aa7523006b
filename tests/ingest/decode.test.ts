import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary, normalizeNewlines } from '../../src/ingest/decode.ts';
import { expected, fixture } from './formats/fixtures.ts';

const TEXT_VARIANTS = [
  'self-eval.utf8.txt',
  'self-eval.utf8-bom.txt',
  'self-eval.gbk.txt',
  'self-eval.utf16le-bom.txt',
  'self-eval.utf16be.txt',
];
const reference = new TextDecoder('utf-8').decode(fixture('self-eval.utf8.txt'));

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[endian === 'le' ? 2 * i : 2 * i + 1] = c & 0xff;
    out[endian === 'le' ? 2 * i + 1 : 2 * i] = c >> 8;
  }
  return out;
}

describe('decodeText on the same 自评表 in five encodings', () => {
  it.each(TEXT_VARIANTS)('%s: detected encoding, text identical to the UTF-8 file', (name) => {
    const bytes = fixture(name);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe(expected.encodings[name]);
    expect(text).toBe(reference);
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text).not.toContain('\r');
  });

  it('keeps line numbers: the funds row is line 7 in every variant (CRLF files included)', () => {
    for (const name of TEXT_VARIANTS) {
      const lines = decodeText(fixture(name)).text.split('\n');
      expect(lines[6]?.split('\t').slice(0, 6)).toEqual([
        '',
        '年度资金总额',
        '120.00',
        '135.50',
        '128.73',
        '10',
      ]);
    }
  });

  it('the fixtures really differ in bytes (BOMs, CRLF, byte order)', () => {
    expect(Array.from(fixture('self-eval.utf8-bom.txt').subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(Array.from(fixture('self-eval.utf16le-bom.txt').subarray(0, 2))).toEqual([0xff, 0xfe]);
    expect(Array.from(fixture('self-eval.utf16be.txt').subarray(0, 2))).toEqual([0x98, 0x79]); // 项 U+9879, no BOM
    expect(new TextDecoder('gb18030').decode(fixture('self-eval.gbk.txt'))).toContain('\r\n');
  });
});

describe('decodeText edge cases', () => {
  it('normalises CRLF and lone CR without adding or removing lines', () => {
    expect(normalizeNewlines('a\r\nb\r\rc\n\nd\r')).toBe('a\nb\n\nc\n\nd\n');
    expect(decodeText(new TextEncoder().encode('一\r\n二\r三')).text).toBe('一\n二\n三');
  });

  it('detects UTF-16LE without BOM from the NUL pattern', () => {
    const text = '项目名称\t禁毒宣传教育专项经费\n年度资金总额\t30\t30\t12\n';
    expect(decodeText(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' });
  });

  it('reads a short GBK line as gb18030', () => {
    const bytes = new Uint8Array(iconv.encode('执行率66%，得分6.6', 'gbk'));
    expect(decodeText(bytes)).toEqual({ text: '执行率66%，得分6.6', encoding: 'gb18030' });
  });

  it('reads GB18030 four-byte characters', () => {
    const text = '项目名称：𠀀号工程，预算数120万元，执行数118万元，执行率98.33%。'.repeat(3);
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gb18030')))).toEqual({ text, encoding: 'gb18030' });
  });

  it('recognises Big5 (traditional Chinese) instead of misreading it as GBK', () => {
    const text =
      '臺北市政府警察局一一二年度預算執行情形：年度預算數一千二百萬元，執行數一千一百萬元，執行率百分之九十一點七。\n績效目標達成情形良好，服務對象滿意度達九成以上。\n';
    expect(decodeText(new Uint8Array(iconv.encode(text, 'big5')))).toEqual({ text, encoding: 'big5' });
  });

  it('keeps UTF-8 with a damaged byte as UTF-8', () => {
    const good = new TextEncoder().encode(
      '项目支出绩效自评表，年度资金总额150万元，全年执行数100万元。'.repeat(20),
    );
    const between = Uint8Array.from([...good.subarray(0, 39), 0xff, ...good.subarray(39)]); // after 13 characters
    expect(decodeText(between).encoding).toBe('utf-8');
    expect(decodeText(between).text.split('\uFFFD')).toHaveLength(2);
    const inside = Uint8Array.from([...good.subarray(0, 40), 0xff, ...good.subarray(40)]); // splits a character
    expect(decodeText(inside).encoding).toBe('utf-8');
  });

  it('returns empty text for empty input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('looksBinary', () => {
  it.each(TEXT_VARIANTS)('%s is text', (name) => expect(looksBinary(fixture(name))).toBe(false));

  it('treats zip, PDF and image bytes as binary', () => {
    expect(looksBinary(fixture('self-eval.docx'))).toBe(true);
    expect(looksBinary(fixture('summary.xlsx'))).toBe(true);
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(looksBinary(png)).toBe(true);
  });

  it('treats a high share of control bytes as binary, a few as text', () => {
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x41));
    expect(looksBinary(controls)).toBe(true);
    const fewControls = Uint8Array.from({ length: 400 }, (_, i) => (i === 10 ? 0x07 : 0x41));
    expect(looksBinary(fewControls)).toBe(false);
  });

  it('treats random bytes as binary even with the NULs removed', () => {
    let seed = 42;
    const noise = Uint8Array.from({ length: 4096 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return 1 + ((seed >>> 16) % 255);
    });
    expect(looksBinary(noise)).toBe(true);
  });

  it('is false for empty input', () => expect(looksBinary(new Uint8Array())).toBe(false));
});

describe('decodeText on the seed reports re-encoded', () => {
  const SEEDS = join(import.meta.dirname, '..', '..', 'data', 'reports');
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

  it.each(seeds)('%s: GBK, UTF-16LE and UTF-16BE without BOM decode to the UTF-8 text', (name) => {
    const text = new TextDecoder().decode(readFileSync(join(SEEDS, name)));
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gbk')))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeText(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' });
  });
});
