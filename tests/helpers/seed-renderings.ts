/**
 * The seed reports rendered in the other input formats and encodings: what a supervisor receives
 * when a bureau publishes the same report as a web page, a Word or Excel file, Markdown, a PDF, or
 * saves its text as GB18030, UTF-16 or with CRLF line breaks. Rendered in memory (deterministic,
 * except the PDF's timestamps) so the renderings never drift from the seeds.
 */
import iconv from 'iconv-lite';
import {
  docxPackage,
  docxTable,
  escXml,
  htmlTable,
  printPdf,
  utf8,
  workbook,
  wPara,
  type Grid,
} from '../../scripts/fixture-builders.ts';

type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** A line of the one-cell-per-line export: "\t<cell>" (the run up to a blank line is one row). */
const CELL_LINE = /^\t[^\t]*$/;

/**
 * The seed's lines as paragraphs and tables, as the report's author laid them out: a line of
 * tab-separated cells is a table row, and so is a run of one-cell-per-line lines ("\t<cell>")
 * up to a blank line; consecutive rows (blank lines between them aside) are one table, padded to
 * its widest row. Any other non-empty line is a paragraph.
 */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const addRow = (cells: string[]) => {
    const last = blocks.at(-1);
    if (last?.kind === 'table') last.rows.push(cells);
    else blocks.push({ kind: 'table', rows: [cells] });
  };
  for (let i = 0; i < lines.length;) {
    const line = lines[i] ?? '';
    if (CELL_LINE.test(line)) {
      const cells: string[] = [];
      for (; i < lines.length && CELL_LINE.test(lines[i] ?? ''); i++) cells.push((lines[i] ?? '').trim());
      addRow(cells);
      continue;
    }
    i++;
    if (line.includes('\t')) addRow(line.split('\t').map((c) => c.trim()));
    else if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim() });
    else if (CELL_LINE.test(lines[i] ?? ''))
      continue; // a blank line between two rows
    else if (blocks.at(-1)?.kind === 'table') blocks.push({ kind: 'paragraph', text: '' });
  }
  const out = blocks.filter((b) => b.kind === 'table' || b.text !== '');
  for (const block of out) {
    if (block.kind !== 'table') continue;
    const width = Math.max(...block.rows.map((r) => r.length));
    // Text cells that happen to be a merge marker of the grid builders stay text.
    block.rows = block.rows.map((r) =>
      [...r, ...Array<string>(width - r.length).fill('')].map((c) => (c === '<' || c === '^' ? ` ${c}` : c)),
    );
  }
  return out;
}

export function html(blocks: readonly Block[], title: string): string {
  const body = blocks
    .map((b) => (b.kind === 'paragraph' ? `<p>${escXml(b.text)}</p>` : htmlTable(b.rows as Grid)))
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escXml(title)}</title>
<style>@page { size: A4 landscape; margin: 12mm } body { font: 10pt sans-serif } table { border-collapse: collapse } td { border: 1px solid #000; padding: 1px 3px }</style>
</head><body>
${body}
</body></html>
`;
}

function docxBody(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === 'paragraph' ? wPara(b.text) : docxTable(b.rows as Grid))).join('');
}

/** Pipe tables need a header row: a table's first row serves as one, as exports do. */
function markdown(blocks: readonly Block[]): string {
  const cell = (c: string) => c.replace(/\|/g, '\\|');
  return blocks
    .map((b) => {
      if (b.kind === 'paragraph') return b.text;
      const [head = [], ...rest] = b.rows;
      const line = (r: readonly string[]) => `| ${r.map(cell).join(' | ')} |`;
      return ['', line(head), line(head.map(() => '---')), ...rest.map(line), ''].join('\n');
    })
    .join('\n');
}

/** One sheet: a paragraph in column A of its row, a table's cells across the columns. */
async function xlsx(blocks: readonly Block[]): Promise<Uint8Array> {
  const wb = workbook('seed rendering');
  const sheet = wb.addWorksheet('Sheet1');
  for (const b of blocks) {
    if (b.kind === 'paragraph') sheet.addRow([b.text]);
    else for (const row of b.rows) sheet.addRow(row);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every rendering but the PDF: the folder (format or encoding) → the rendered file. */
export const RENDERINGS = [
  'gb18030',
  'utf16le',
  'utf16be',
  'crlf',
  'cells-without-tab',
  'md',
  'html',
  'docx',
  'xlsx',
] as const;
export type Rendering = (typeof RENDERINGS)[number] | 'pdf';

/** The encoding documents.encoding must record for a rendering (null: not a text encoding). */
export const RENDERED_ENCODING: Readonly<Record<Rendering, string | null>> = {
  gb18030: 'gb18030',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  crlf: 'utf-8',
  'cells-without-tab': 'utf-8',
  md: 'utf-8',
  html: null,
  docx: null,
  xlsx: null,
  pdf: null,
};

/** One seed report (its UTF-8 text and file name) as `rendering`: the file name and bytes. */
export async function renderSeed(
  seed: { file: string; text: string },
  rendering: Rendering,
): Promise<{ file: string; bytes: Uint8Array }> {
  const { text } = seed;
  const base = seed.file.replace(/\.txt$/, '');
  const blocks = blocksOf(text);
  const page = () => html(blocks, blocks.find((b) => b.kind === 'paragraph')?.text ?? base);
  switch (rendering) {
    case 'gb18030':
      return { file: `${base}.txt`, bytes: new Uint8Array(iconv.encode(text, 'gb18030')) };
    case 'utf16le':
      return { file: `${base}.txt`, bytes: new Uint8Array(iconv.encode(text, 'utf16le', { addBOM: true })) };
    case 'utf16be':
      return { file: `${base}.txt`, bytes: new Uint8Array(iconv.encode(text, 'utf16be')) };
    case 'crlf':
      return { file: `${base}.txt`, bytes: utf8(text.replace(/\r?\n/g, '\r\n')) };
    case 'cells-without-tab':
      // The one-cell-per-line export saved without the tab before each cell.
      return { file: `${base}.txt`, bytes: utf8(text.replace(/^\t/gm, '')) };
    case 'md':
      return { file: `${base}.md`, bytes: utf8(markdown(blocks)) };
    case 'html':
      return { file: `${base}.html`, bytes: utf8(page()) };
    case 'docx':
      return { file: `${base}.docx`, bytes: await docxPackage(docxBody(blocks)) };
    case 'xlsx':
      return { file: `${base}.xlsx`, bytes: await xlsx(blocks) };
    case 'pdf':
      return { file: `${base}.pdf`, bytes: printPdf(page(), { prefix: 'seed-pdf-' }) };
  }
}
