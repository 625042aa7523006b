import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  FormatError,
  isSyncFormat,
  toText,
  toTextSync,
  unsupportedReason,
} from '../../../src/ingest/formats/index.ts';
import { expected, fixture } from './fixtures.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

/** A valid PDF with one empty page (no text layer), offsets computed so PDF.js needs no repair. */
function emptyPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((obj, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return utf8(body);
}

describe('detectFormat', () => {
  it.each(Object.keys(expected.formats))('%s', (name) => {
    expect(detectFormat(name, fixture(name))).toBe(expected.formats[name]);
  });

  it('magic bytes win over the extension', () => {
    expect(detectFormat('报告.doc', fixture('self-eval.docx'))).toBe('docx');
    expect(detectFormat('汇总.bin', fixture('summary.xlsx'))).toBe('xlsx');
    expect(detectFormat('报告.txt', fixture('self-eval.pdf'))).toBe('pdf');
  });

  it('sniffs HTML saved as .xls/.doc/.txt, but not in .md/.csv', () => {
    const page = utf8('\uFEFF<!-- 导出 -->\n<html><body><table><tr><td>项目</td></tr></table></body></html>');
    expect(detectFormat('汇总表.xls', page)).toBe('html');
    expect(detectFormat('报告.doc', page)).toBe('html');
    expect(detectFormat('报告.txt', utf8('<table><tr><td>a</td></tr></table>'))).toBe('html');
    expect(detectFormat('说明.md', utf8('<table><tr><td>a</td></tr></table>'))).toBe('md');
    // seed 004 has <p> inside TSV cells: not an HTML document
    expect(detectFormat('004.txt', utf8('项目支出绩效自评表\n\t<p>正文</p>\t\n'))).toBe('txt');
  });

  it('text with an unknown or no extension is txt; binary is unknown', () => {
    expect(detectFormat('README', utf8('项目支出绩效自评表'))).toBe('txt');
    expect(detectFormat('报告.wps', new Uint8Array(iconv.encode('项目支出', 'gbk')))).toBe('txt');
    expect(detectFormat('scan.jpg', PNG)).toBe('unknown');
    expect(detectFormat('报告.txt', PNG)).toBe('unknown');
    expect(detectFormat('old.doc', OLE)).toBe('unknown');
    expect(detectFormat('fake.docx', utf8('项目支出'))).toBe('unknown');
  });

  it('explains why a file cannot be read (zh-CN)', () => {
    expect(unsupportedReason('old.xls', OLE)).toMatch(/找不到 Word 文档或 Excel 工作簿.*损坏/);
    expect(unsupportedReason('slides.ppt', OLE)).toMatch(/\.ppt 演示文稿/);
    expect(unsupportedReason('scan.png', PNG)).toMatch(/OCR/);
    expect(unsupportedReason('fake.pdf', utf8('x'))).toMatch(/扩展名为 \.pdf/);
    expect(unsupportedReason('a.rtf', utf8('{\\rtf1 abc}'))).toMatch(/RTF/);
    expect(unsupportedReason('x.bin', Uint8Array.from([1, 2, 0, 3]))).toMatch(/二进制/);
  });
});

describe('toText / toTextSync errors', () => {
  it('throws FormatError with the reason for unreadable files', async () => {
    expect(() => toTextSync('old.doc', OLE)).toThrow(FormatError);
    expect(() => toTextSync('old.doc', OLE)).toThrow(/找不到 Word 文档/);
    await expect(toText('scan.png', PNG)).rejects.toThrow(/OCR/);
  });

  it('toTextSync refuses container formats; isSyncFormat says which are sync', () => {
    expect(() => toTextSync('a.docx', fixture('self-eval.docx'))).toThrow(/异步/);
    expect(['txt', 'md', 'html', 'csv', 'docx', 'xlsx', 'pdf'].map((f) => isSyncFormat(f as never))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('wraps a damaged docx/xlsx in a FormatError', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document><w:body><w:p>');
    const broken = await zip.generateAsync({ type: 'uint8array' });
    expect(detectFormat('broken.docx', broken)).toBe('docx');
    await expect(toText('broken.docx', broken)).rejects.toThrow(FormatError);
    const truncated = fixture('summary.xlsx').subarray(0, 2000);
    await expect(toText('cut.xlsx', truncated)).rejects.toThrow(/无法读取 xlsx/);
  });

  it('a PDF without a text layer asks for OCR', async () => {
    await expect(toText('scan.pdf', emptyPdf())).rejects.toThrow(/没有文字层/);
  });

  it("leaves the caller's bytes intact (PDF.js may detach its input)", async () => {
    const bytes = fixture('self-eval.pdf');
    await toText('a.pdf', bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(detectFormat('a.pdf', bytes)).toBe('pdf');
  });
});
