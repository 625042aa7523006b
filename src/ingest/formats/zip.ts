/**
 * Reading parts of a zip package (xlsx) as text. The common case — a plain zip with stored or
 * deflated entries — is read straight from the central directory and inflated with Node's zlib
 * (synchronous, ~10× faster than JSZip's pure-JS inflate on small parts) or, in a browser, with
 * DecompressionStream. Anything else (zip64, encryption, other methods, damage) goes through
 * JSZip, which also words the error a damaged file reports.
 */

export interface ZipArchive {
  /** Entry names in archive order, a leading "/" removed, directories left out. */
  names: readonly string[];
  /** An entry's content decoded as UTF-8; null when there is no such entry. */
  text(name: string): Promise<string | null>;
}

/** Opens a zip: the fast reader when it understands the archive, else JSZip. */
export async function openZip(bytes: Uint8Array): Promise<ZipArchive> {
  return readDirectory(bytes) ?? openWithJsZip(bytes);
}

export async function openWithJsZip(bytes: Uint8Array): Promise<ZipArchive> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, { async(type: 'string'): Promise<string> }>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) entries.set(stripSlash(entry.name), entry);
  }
  return {
    names: [...entries.keys()],
    text: async (name) => (await entries.get(name)?.async('string')) ?? null,
  };
}

interface Entry {
  method: number;
  offset: number;
  compressedSize: number;
}

const EOCD = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const utf8 = new TextDecoder();

/** The archive from its central directory; null for anything the fast path does not handle. */
function readDirectory(bytes: Uint8Array): ZipArchive | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  // Zip64 (or a multi-disk archive) keeps its real figures elsewhere.
  if (count === 0xffff || at === 0xffffffff || view.getUint16(eocd + 4, true) !== 0) return null;
  const entries = new Map<string, Entry>();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    if (flags & 1 || (method !== STORED && method !== DEFLATED) || compressedSize === 0xffffffff) return null;
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // A later duplicate replaces the content but keeps the first position (as JSZip's file table).
    if (!name.endsWith('/')) entries.set(stripSlash(name), { method, offset, compressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: [...entries.keys()],
    text: async (name) => {
      const entry = entries.get(name);
      return entry ? utf8.decode(await entryData(bytes, view, entry)) : null;
    },
  };
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

async function entryData(bytes: Uint8Array, view: DataView, entry: Entry): Promise<Uint8Array> {
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new Error('Corrupted zip: bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new Error('Corrupted zip: entry beyond the end of the file');
  const data = bytes.subarray(start, end);
  return entry.method === STORED ? data : inflateRaw(data);
}

interface Zlib {
  inflateRawSync(data: Uint8Array): Uint8Array;
}

/** Node's zlib when running under Node (looked up at run time, so browser bundles never see it). */
const zlib = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:zlib') as Zlib | undefined;

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  if (zlib) return zlib.inflateRawSync(data);
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function stripSlash(name: string): string {
  return name.startsWith('/') ? name.slice(1) : name;
}
