/**
 * Word/Excel 97–2003 (.doc, .xls): LibreOffice's copies of self-eval.docx and summary.xlsx
 * (scripts/make-legacy-fixtures.sh) give the text forms the .docx/.xlsx give; the extraction
 * from them is checked field by field in formats-extraction.test.ts (expected.json lists them).
 * Encrypted, damaged and other OLE files give a reason, never a throw from the pipeline.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat, FormatError, toText, unsupportedReason } from '../../../src/ingest/formats/index.ts';
import { parseDocumentAsync } from '../../../src/ingest/pipeline.ts';
import { readFileSync } from 'node:fs';
import { expected, fixture } from './fixtures.ts';

const layoutFixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/layouts/${name}`, import.meta.url)));

const DOC = 'self-eval.doc';
const XLS = 'summary.xls';

async function textOf(name: string): Promise<string> {
  const result = await toText(name, fixture(name));
  expect([result.format, result.encoding]).toEqual([expected.formats[name], expected.encodings[name]]);
  return result.text;
}

/** A copy of `bytes` with one byte changed. */
function patched(bytes: Uint8Array, at: number, value: (old: number) => number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = value(copy[at] as number);
  return copy;
}

/** Offset of the first sector (512-byte aligned, after the header) that starts with `signature`. */
function sectorStarting(bytes: Uint8Array, signature: readonly number[]): number {
  for (let at = 512; at + signature.length <= bytes.length; at += 512)
    if (signature.every((b, k) => bytes[at + k] === b)) return at;
  throw new Error('signature not found');
}

describe('Word 97–2003 (.doc)', () => {
  it('text form identical to the .docx (and the TSV export): merged cells as empty cells, cell paragraphs joined', async () => {
    const reference = new TextDecoder().decode(fixture('self-eval.utf8.txt'));
    expect(await textOf(DOC)).toBe(reference);
    expect((await toText('self-eval.docx', fixture('self-eval.docx'))).text).toBe(reference);
  });

  it('is detected by its WordDocument stream, whatever the extension (.wps, none)', () => {
    expect(detectFormat('报告.wps', fixture(DOC))).toBe('doc');
    expect(detectFormat('报告', fixture(DOC))).toBe('doc');
  });

  it('an encrypted .doc (fEncrypted) → the password reason', async () => {
    const bytes = fixture(DOC);
    const fib = sectorStarting(bytes, [0xec, 0xa5]);
    const encrypted = patched(bytes, fib + 0x0b, (b) => b | 0x01);
    await expect(toText(DOC, encrypted)).rejects.toThrow(FormatError);
    await expect(toText(DOC, encrypted)).rejects.toThrow(/打开密码/);
    expect(await parseDocumentAsync({ file: DOC, bytes: encrypted })).toMatchObject({
      info: { status: 'error', format: 'doc', message: expect.stringMatching(/打开密码/) },
    });
  });
});

describe('Excel 97–2003 (.xls)', () => {
  it('text form identical to the .xlsx: every sheet, titles, merges, formula results, percent formats', async () => {
    expect(await textOf(XLS)).toBe(await textOf('summary.xlsx'));
  });

  it('leaves hidden rows and columns out, as the .xlsx reader does (ROW fDyZero, COLINFO fHidden)', async () => {
    for (const name of ['r22f-hidden-row', 'r22f-hidden-columns']) {
      const xlsx = await toText(`${name}.xlsx`, layoutFixture(`${name}.xlsx`));
      const xls = await toText(`${name}.xls`, layoutFixture(`${name}.xls`));
      expect(xls.text, name).toBe(xlsx.text);
    }
    // The indicator row set aside (hidden) is not in the text; the ones beside it are.
    const shown = (await toText('r22f-hidden-row.xls', layoutFixture('r22f-hidden-row.xls'))).text;
    expect(shown).not.toContain('故障修复时长');
    expect(shown).toContain('泸西县公安局2023年度项目支出绩效自评表');
  });

  it('is detected by its Workbook stream (.et, no extension)', () => {
    expect(detectFormat('汇总表.et', fixture(XLS))).toBe('xls');
    expect(detectFormat('汇总表', fixture(XLS))).toBe('xls');
  });

  it('an encrypted .xls (FILEPASS record) → the password reason', async () => {
    const bytes = fixture(XLS);
    // The globals' BOF (09 08, 16 bytes, BIFF8 06 00, workbook 05 00); the record after it becomes FILEPASS.
    const bof = sectorStarting(bytes, [0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]);
    const encrypted = patched(
      patched(bytes, bof + 20, () => 0x2f),
      bof + 21,
      () => 0,
    );
    await expect(toText(XLS, encrypted)).rejects.toThrow(/打开密码/);
  });
});

describe('damaged and other OLE files', () => {
  it.each([DOC, XLS])('%s truncated → status error with a Chinese reason, no throw', async (name) => {
    const bytes = fixture(name);
    for (const cut of [600, 4096, Math.floor(bytes.length / 2), bytes.length - 700]) {
      const doc = (await parseDocumentAsync({ file: name, bytes: bytes.slice(0, cut) })).info;
      expect(doc.status, `${name} cut at ${cut}`).toBe('error');
      expect(doc.message, `${name} cut at ${cut}`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('an OLE file with neither stream (.ppt) or an encrypted .docx (EncryptedPackage) keeps a clear reason', () => {
    const header = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const withName = (name: string): Uint8Array => {
      const utf16 = Array.from(name, (ch) => [ch.charCodeAt(0), 0]).flat();
      return Uint8Array.from([...header, ...Array<number>(504).fill(0), ...utf16, 0, 0]);
    };
    const ppt = withName('PowerPoint Document');
    expect(detectFormat('汇报.ppt', ppt)).toBe('unknown');
    expect(unsupportedReason('汇报.ppt', ppt)).toMatch(/\.ppt 演示文稿/);
    const encrypted = withName('EncryptedPackage');
    expect(detectFormat('报告.docx', encrypted)).toBe('unknown');
    expect(unsupportedReason('报告.docx', encrypted)).toMatch(/打开密码/);
  });

  it('a text export named .xls or .doc is still read as text', () => {
    const tsv = new TextEncoder().encode('序号\t项目名称\n1\t甲\n');
    expect(detectFormat('汇总表.xls', tsv)).toBe('txt');
    expect(detectFormat('报告.doc', tsv)).toBe('txt');
  });
});
