/**
 * DOCX → text form: mammoth renders the document body as HTML (tables keep colspan from gridSpan
 * and rowspan from vMerge; tracked deletions, w:del / w:moveFrom, are left out), then the HTML
 * converter applies the shared conventions. Images are replaced by empty <img> (no data URIs),
 * external files are never read.
 *
 * Two things mammoth does not know are fixed in the XML it reads (patchWordXml): a row's
 * w:gridBefore (grid columns skipped before its first cell; without it the row's cells shift
 * left) becomes an empty cell of that width, and hidden text (a run with w:vanish, never printed)
 * is removed.
 */
import { htmlToText } from './html.ts';

export async function docxToText(bytes: Uint8Array): Promise<string> {
  // mammoth and JSZip are CommonJS: their API is the module's default export under Node ESM and bundlers.
  const [mammoth, JSZip] = await Promise.all([
    import('mammoth').then((m) => m.default),
    import('jszip').then((m) => m.default),
  ]);
  const zip = await JSZip.loadAsync(bytes);
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
      return name.endsWith('.xml') ? patchWordXml(text) : text;
    },
    write: (): void => undefined,
    toArrayBuffer: (): Promise<ArrayBuffer> => zip.generateAsync({ type: 'arraybuffer' }),
  };
  const result = await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, {
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    externalFileAccess: false,
  });
  return htmlToText(result.value);
}

/** A row's properties (they never nest, so the first closing tag ends them). */
const ROW_PROPERTIES = /<w:trPr>([\s\S]*?)<\/w:trPr>/g;
const GRID_BEFORE = /<w:gridBefore\s+w:val="(\d+)"/;
/** A run holding no other run (a text box's runs sit inside a drawing run). */
const RUN = /<w:r(?:\s[^>]*)?>(?:(?!<w:r[\s>]|<\/w:r>)[\s\S])*<\/w:r>/g;
const RUN_PROPERTIES = /^<w:r(?:\s[^>]*)?>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/;
const VANISH = /<w:vanish(?:\s*\/>|\s+w:val="(?:1|true|on)")/;

/** The WordprocessingML fixes mammoth needs (see above); other XML is returned unchanged. */
export function patchWordXml(xml: string): string {
  let out = xml;
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
