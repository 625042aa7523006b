/**
 * The spill gives back what was set aside, however values and reads interleave with its buffered
 * writes, and the document codec's packed cited lines come back as the very rows that went in.
 */
import { describe, expect, it } from 'vitest';
import { documentCodec } from '../../src/cli/document-codec.ts';
import { Spill } from '../../src/cli/spill.ts';
import type { SourceLineRow } from '../../src/data/schema.ts';
import type { ParsedDocument } from '../../src/ingest/types.ts';

function parsed(file: string, cited: SourceLineRow[]): ParsedDocument {
  return {
    info: {
      doc_id: 'd1',
      file,
      sha256: '',
      bytes: 10,
      encoding: 'utf-8',
      format: 'txt',
      doc_kind: 'narrative',
      title: '某县公安局2023年度项目支出绩效自评报告',
      agency: '某县公安局',
      agency_aliases: [],
      year: 2023,
      status: 'ok',
      message: '',
    },
    projects: [],
    department: null,
    problems: [{ text: '预算执行进度滞后', line: 3, project_name: null }],
    cited_lines: cited,
  };
}

const roundTrip = (doc: ParsedDocument): ParsedDocument =>
  documentCodec.unpack(structuredClone(documentCodec.pack(doc)));

describe('documentCodec', () => {
  it('gives back the cited lines of the document, text for text (empty, long, surrogates)', () => {
    const texts = ['一、项目基本情况', '', '𠀋 😀 \ud83d', '\ude00 end', 'x'.repeat(5000), '  缩进\t'];
    const doc = parsed(
      'a/报告.txt',
      texts.map((text, k) => ({ file: 'a/报告.txt', line: k + 1, text })),
    );
    const packed = documentCodec.pack(doc) as { cited_lines: unknown };
    expect(Array.isArray(packed.cited_lines)).toBe(false);
    expect(roundTrip(doc)).toEqual(doc);
    expect(roundTrip(parsed('b.txt', []))).toEqual(parsed('b.txt', []));
  });

  it('stores rows it could not give back exactly as they are', () => {
    const other = parsed('a.txt', [
      { file: 'a.txt', line: 1, text: 'a' },
      { file: 'elsewhere.txt', line: 2, text: 'b' },
    ]);
    const fractional = parsed('a.txt', [{ file: 'a.txt', line: 1.5, text: 'a' }]);
    const huge = parsed('a.txt', [{ file: 'a.txt', line: 2 ** 40, text: 'a' }]);
    const notText = parsed('a.txt', [{ file: 'a.txt', line: 1, text: null as never }]);
    for (const doc of [other, fractional, huge, notText]) {
      expect(Array.isArray((documentCodec.pack(doc) as ParsedDocument).cited_lines)).toBe(true);
      expect(roundTrip(doc)).toEqual(doc);
    }
  });
});

describe('Spill with buffered writes', () => {
  it('reads back values still in its write buffer and ones already on disk, in any order', () => {
    const spill = new Spill(documentCodec);
    try {
      const docs = Array.from({ length: 300 }, (_, k) =>
        parsed(
          `f${k}.txt`,
          Array.from({ length: 20 }, (_, line) => ({
            file: `f${k}.txt`,
            line: line + 1,
            text: `第${k}份第${line}行 `.repeat(k % 7 === 0 ? 200 : 3),
          })),
        ),
      );
      const entries = docs.slice(0, 150).map((doc) => spill.add(doc));
      // Read before the rest are added: the first values are flushed, the later ones buffered.
      expect(spill.read(entries[149]!)).toEqual(docs[149]);
      expect(spill.read(entries[0]!)).toEqual(docs[0]);
      entries.push(...docs.slice(150).map((doc) => spill.add(doc)));
      const order = entries.map((_, k) => k).reverse();
      for (const k of order) expect(spill.read(entries[k]!)).toEqual(docs[k]);
    } finally {
      spill.close();
    }
  });
});
