/**
 * The OLE2 compound file (Word 97–2003 .doc/.wps, Excel 97–2003 .xls/.et) read through cfb,
 * SheetJS' pure-JS container reader; the streams inside are parsed by doc.ts and xls.ts.
 */
import { FormatError } from './format-error.ts';

export interface CompoundFile {
  /** A top-level stream's bytes, or null when the file has none by that name. */
  stream(name: string): Uint8Array | null;
}

export async function openCompoundFile(bytes: Uint8Array): Promise<CompoundFile> {
  // cfb is CommonJS: its API is the module's default export under Node ESM.
  const CFB = (await import('cfb')).default;
  const container = CFB.read(bytes, { type: 'array' });
  return {
    stream(name) {
      const entry = CFB.find(container, `/${name}`);
      if (!entry || entry.type !== 2 || !entry.content) return null;
      const content = entry.content as Uint8Array | number[];
      return content instanceof Uint8Array ? content : Uint8Array.from(content);
    },
  };
}

/** A stream the format cannot do without; its absence means a damaged file. */
export function requireStream(file: CompoundFile, name: string): Uint8Array {
  const stream = file.stream(name);
  if (!stream) throw new FormatError(`文件已损坏：缺少 ${name} 数据流`);
  return stream;
}
