/**
 * DOCX → text form: mammoth renders the document body as HTML (tables keep colspan from gridSpan
 * and rowspan from vMerge; tracked deletions, w:del / w:moveFrom, are left out), then the HTML
 * converter applies the shared conventions. Images are replaced by empty <img> (no data URIs),
 * external files are never read.
 *
 * What mammoth does not know is fixed in the XML it reads (patchWordXml): a row's w:gridBefore
 * (grid columns skipped before its first cell; without it the row's cells shift left) becomes an
 * empty cell of that width; hidden text (a run with w:vanish, never printed) is removed; footnote
 * and endnote references are removed (mammoth would put "[1]" into the sentence and the notes'
 * text after the last paragraph, where it reads as part of the closing section); a text box that
 * is only DrawingML (no VML fallback, as WPS and newer Word write it, often the title) is given
 * the VML form mammoth reads; a simple field (w:fldSimple) is unwrapped to its result, which
 * mammoth would drop; an unfilled content control's placeholder text is removed. In the main document part, automatic numbering ("三、", "（一）",
 * "1." from numbering.xml) is written into its paragraphs (docx-numbering.ts).
 */
import { decodeText } from '../decode.ts';
import { detectFormat } from './detect.ts';
import { numberParagraphs, readNumbering, type Numbering } from './docx-numbering.ts';
import { htmlToText } from './html.ts';
import { webPageText } from './mht.ts';

export async function docxToText(bytes: Uint8Array): Promise<string> {
  // mammoth and JSZip are CommonJS: their API is the module's default export under Node ESM and bundlers.
  const [mammoth, JSZip] = await Promise.all([
    import('mammoth').then((m) => m.default),
    import('jszip').then((m) => m.default),
  ]);
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string): Promise<string | null> =>
    (await zip.file(name)?.async('string')) ?? null;
  const main = partTarget((await text('_rels/.rels')) ?? '', '', 'officeDocument') ?? 'word/document.xml';
  const mainRels = (await text(main.replace(/([^/]*)$/, '_rels/$1.rels'))) ?? '';
  const numberingXml = await text(partTarget(mainRels, main, 'numbering') ?? 'word/numbering.xml');
  const numbering = numberingXml?.includes('<w:num ')
    ? readNumbering(numberingXml, await text(partTarget(mainRels, main, 'styles') ?? 'word/styles.xml'))
    : null;
  const chunks = await readAltChunks(mainRels, main, async (name) => zip.file(name)?.async('uint8array'));
  // mammoth's unzip layer takes an opened package as { file }: the same reads, with the XML patched.
  const file = {
    exists: (name: string): boolean => zip.file(name) !== null,
    read: async (name: string, encoding?: string): Promise<string | Uint8Array> => {
      const entry = zip.file(name);
      if (entry === null) throw new Error(`${name} 不存在`);
      const data = await entry.async('uint8array');
      if (!encoding) return data;
      if (encoding === 'base64') return entry.async('base64');
      const text = new TextDecoder(encoding).decode(data);
      if (!name.endsWith('.xml')) return text;
      const patched = patchWordXml(text, name === main ? numbering : null);
      return name === main && chunks.size > 0 ? markAltChunks(patched) : patched;
    },
    write: (): void => undefined,
    toArrayBuffer: (): Promise<ArrayBuffer> => zip.generateAsync({ type: 'arraybuffer' }),
  };
  const result = await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, {
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    externalFileAccess: false,
  });
  const out = htmlToText(result.value);
  return chunks.size > 0 ? insertAltChunks(out, chunks) : out;
}

/**
 * A document built from a web page or a text (OA systems' "导出Word", html-docx tools) holds its
 * content as "alternative format" parts that Word imports on opening (w:altChunk → an .htm, .mht,
 * .txt or .docx part); mammoth skips them. Each is read here by its own format's rules and put
 * where its w:altChunk stands (a marker paragraph mammoth keeps, replaced in the text).
 */
async function readAltChunks(
  rels: string,
  main: string,
  read: (name: string) => Promise<Uint8Array | undefined>,
): Promise<Map<string, string>> {
  const chunks = new Map<string, string>();
  if (!rels.includes('/aFChunk"')) return chunks;
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*\/aFChunk"[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = partTarget(tag, main, 'aFChunk');
    const bytes = target === null ? undefined : await read(target);
    if (id !== undefined && target !== null && bytes !== undefined)
      chunks.set(id, await altChunkText(target, bytes));
  }
  return chunks;
}

async function altChunkText(name: string, bytes: Uint8Array): Promise<string> {
  switch (detectFormat(name, bytes)) {
    case 'html':
      return webPageText(bytes).text;
    case 'docx':
      return docxToText(bytes);
    case 'txt':
      return `${decodeText(bytes).text.replace(/\n*$/, '')}\n`;
    default:
      return ''; // RTF and the like: not read
  }
}

const ALT_CHUNK = /<w:altChunk\b[^>]*?\br:id="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/w:altChunk>)/g;
const chunkMarker = (id: string): string => `\uE000altChunk:${id}\uE000`;

/** Each w:altChunk → a paragraph holding only its marker. */
function markAltChunks(xml: string): string {
  return xml.replace(ALT_CHUNK, (_m, id: string) => `<w:p><w:r><w:t>${chunkMarker(id)}</w:t></w:r></w:p>`);
}

/** Each marker line → its chunk's text lines. */
function insertAltChunks(text: string, chunks: ReadonlyMap<string, string>): string {
  return text.replace(/^\uE000altChunk:([^\uE000\n]*)\uE000\n/gm, (_m, id: string) => chunks.get(id) ?? '');
}

/** A row's properties (they never nest, so the first closing tag ends them). */
const ROW_PROPERTIES = /<w:trPr>([\s\S]*?)<\/w:trPr>/g;
const GRID_BEFORE = /<w:gridBefore\s+w:val="(\d+)"/;
/** A run holding no other run (a text box's runs sit inside a drawing run). */
const RUN = /<w:r(?:\s[^>]*)?>(?:(?!<w:r[\s>]|<\/w:r>)[\s\S])*<\/w:r>/g;
const RUN_PROPERTIES = /^<w:r(?:\s[^>]*)?>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/;
const VANISH = /<w:vanish(?:\s*\/>|\s+w:val="(?:1|true|on)")/;

/** The part a relationship of the given type points at (path inside the package), if any. */
function partTarget(rels: string, source: string, type: string): string | null {
  const re = /<Relationship\b[^>]*>/g;
  for (const [tag] of rels.matchAll(re)) {
    if (!new RegExp(`Type="[^"]*/${type}"`).test(tag)) continue;
    const target = /Target="([^"]*)"/.exec(tag)?.[1];
    if (!target || /TargetMode="External"/.test(tag)) continue;
    if (target.startsWith('/')) return target.slice(1);
    const parts = source.split('/').slice(0, -1);
    for (const p of target.split('/')) {
      if (p === '..') parts.pop();
      else if (p !== '.') parts.push(p);
    }
    return parts.join('/');
  }
  return null;
}

const NOTE_REFERENCE = /<w:(?:footnote|endnote)Reference\b[^>]*\/>/g;
/**
 * A simple field's tags (w:fldSimple: DOCPROPERTY Company in a title, =SUM(ABOVE) in a total row):
 * mammoth drops the element with the result it shows; without its tags the result is plain runs.
 */
const SIMPLE_FIELD = /<w:fldSimple\b[^>]*?\/>|<w:fldSimple\b[^>]*>|<\/w:fldSimple>/g;
/** A content control holding no other (w:sdt, not w:sdtPr / w:sdtContent). */
const CONTENT_CONTROL = /<w:sdt(?=[\s>])[^>]*>(?:(?!<w:sdt[\s>])[\s\S])*?<\/w:sdt>/g;

/**
 * A content control left unfilled shows its placeholder ("单击或点击此处输入文字。", greyed):
 * a reader sees an empty field. Its runs are removed, its paragraphs (a cell's) kept.
 */
function dropPlaceholder(control: string): string {
  const content = control.indexOf('<w:sdtContent');
  if (content < 0 || !control.slice(0, content).includes('<w:showingPlcHdr')) return control;
  return control.slice(0, content) + control.slice(content).replace(RUN, '');
}
/** A DrawingML drawing holding no other drawing. */
const DRAWING = /<w:drawing>((?:(?!<w:drawing>)[\s\S])*?)<\/w:drawing>/g;
const TEXT_BOX = /<w:txbxContent>[\s\S]*?<\/w:txbxContent>/g;
/** A mc:Choice holding no other, closing its mc:AlternateContent without a mc:Fallback. */
const CHOICE_ONLY =
  /<mc:Choice\b[^>]*>((?:(?!<mc:Choice\b|<\/mc:Choice>)[\s\S])*)<\/mc:Choice>(\s*<\/mc:AlternateContent>)/g;

/** The WordprocessingML fixes mammoth needs (see above); other XML is returned unchanged. */
export function patchWordXml(xml: string, numbering: Numbering | null = null): string {
  let out = xml;
  if (numbering && out.includes('<w:numPr')) out = numberParagraphs(out, numbering);
  else if (numbering && numbering.styles.size > 0 && out.includes('<w:pStyle'))
    out = numberParagraphs(out, numbering);
  if (out.includes('TOC') || out.includes('Table of Contents')) out = dropTableOfContents(out);
  if (out.includes('Reference')) out = out.replace(NOTE_REFERENCE, '');
  if (out.includes('<w:fldSimple')) out = out.replace(SIMPLE_FIELD, '');
  if (out.includes('<w:showingPlcHdr')) out = out.replace(CONTENT_CONTROL, dropPlaceholder);
  if (out.includes('<w:txbxContent')) {
    // mammoth reads a text box in VML (w:pict/v:textbox) and, of mc:AlternateContent, only mc:Fallback.
    out = out.replace(DRAWING, (drawing: string, inner: string) => {
      const boxes = inner.match(TEXT_BOX);
      return boxes ? `<w:pict><v:textbox>${boxes.join('')}</v:textbox></w:pict>` : drawing;
    });
    out = out.replace(CHOICE_ONLY, (choice: string, inner: string, end: string) =>
      inner.includes('<w:txbxContent') ? `<mc:Fallback>${inner}</mc:Fallback>${end}` : choice,
    );
  }
  if (out.includes('<w:gridBefore')) {
    out = out.replace(ROW_PROPERTIES, (props: string, inner: string) => {
      const span = Number(GRID_BEFORE.exec(inner)?.[1] ?? 0);
      return span > 0
        ? `${props}<w:tc><w:tcPr><w:gridSpan w:val="${Math.min(span, 1000)}"/></w:tcPr><w:p/></w:tc>`
        : props;
    });
  }
  if (out.includes('<w:vanish')) {
    out = out.replace(RUN, (run) => {
      const props = RUN_PROPERTIES.exec(run)?.[1];
      return props !== undefined && VANISH.test(props) ? '' : run;
    });
  }
  return out;
}

const FIELD_CHAR = /<w:fldChar\b[^>]*w:fldCharType="(begin|end)"/g;
const TOC_INSTRUCTION = /<w:instrText\b[^>]*>\s*TOC\b/g;
const TOC_SDT =
  /<w:sdt>(?:(?!<w:sdt>)[\s\S])*?<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<\/w:sdtContent>\s*<\/w:sdt>/g;

/**
 * A table of contents repeats the headings with page numbers ("四、存在的问题 5"): the parser
 * would meet every section twice. Removed: a TOC content control (docPartGallery "Table of
 * Contents") and the paragraphs of a TOC field, from the paragraph holding its begin mark to the
 * one holding its matching end mark (the entries' PAGEREF fields nest inside it). The title
 * ("目录") outside the field stays.
 */
export function dropTableOfContents(xml: string): string {
  let out = xml.includes('Table of Contents') ? xml.replace(TOC_SDT, '') : xml;
  if (!out.includes('TOC')) return out;
  for (let guard = 0; guard < 20; guard++) {
    TOC_INSTRUCTION.lastIndex = 0;
    const instr = TOC_INSTRUCTION.exec(out);
    if (!instr) break;
    const begin = out.lastIndexOf('fldCharType="begin"', instr.index);
    if (begin < 0) break;
    FIELD_CHAR.lastIndex = Math.max(0, begin - 200);
    let depth = 0;
    let end = -1;
    for (let m = FIELD_CHAR.exec(out); m; m = FIELD_CHAR.exec(out)) {
      if (m.index + m[0].length <= begin) continue;
      depth += m[1] === 'begin' ? 1 : -1;
      if (depth === 0) {
        end = m.index;
        break;
      }
    }
    if (end < 0) break;
    const start = Math.max(out.lastIndexOf('<w:p>', begin), out.lastIndexOf('<w:p ', begin));
    const close = out.indexOf('</w:p>', end);
    if (start < 0 || close < 0) break;
    out = out.slice(0, start) + out.slice(close + '</w:p>'.length);
  }
  return out;
}
