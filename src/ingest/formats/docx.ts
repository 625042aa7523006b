/**
 * DOCX → text form: mammoth renders the document body as HTML (tables keep colspan from gridSpan
 * and rowspan from vMerge), then the HTML converter applies the shared conventions. Images are
 * replaced by empty <img> (no data URIs), external files are never read.
 */
import { htmlToText } from './html.ts';

export async function docxToText(bytes: Uint8Array): Promise<string> {
  // mammoth is CommonJS: its API is the module's default export under Node ESM and bundlers.
  const mammoth = (await import('mammoth')).default;
  const input =
    typeof Buffer === 'undefined'
      ? { arrayBuffer: bytes.slice().buffer }
      : { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  const result = await mammoth.convertToHtml(input, {
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    externalFileAccess: false,
  });
  return htmlToText(result.value);
}
