/**
 * A minimal, fast XML tokenizer for the machine-written parts of an OOXML package (xlsx sheet,
 * shared strings, styles, workbook, relationships). Not a validating parser: it reports open
 * tags (with their raw attribute text), close tags and raw text; comments, processing
 * instructions, DOCTYPE and CDATA are skipped (CDATA is what exceljs' SAX handling ignored too).
 * Entities are decoded on demand (decodeXml / attr), so text nobody reads costs nothing.
 */

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw (undecoded) character data between tags; only called for non-empty runs. */
  text(raw: string): void;
}

/** An open tag at the sticky position: name, attributes (quoted values may hold '>'), optional '/'. */
const OPEN_TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const CLOSE_TAG = /<\/([^\s>]+)\s*>/y;

export function scanXml(xml: string, handler: XmlHandler): void {
  let pos = 0;
  const n = xml.length;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      handler.text(xml.slice(pos));
      return;
    }
    if (lt > pos) handler.text(xml.slice(pos, lt));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      CLOSE_TAG.lastIndex = lt;
      const m = CLOSE_TAG.exec(xml);
      if (!m) throw new Error(`XML 格式错误（位置 ${lt}）`);
      handler.close(m[1] as string);
      pos = CLOSE_TAG.lastIndex;
    } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      pos = skipSpecial(xml, lt);
    } else {
      OPEN_TAG.lastIndex = lt;
      const m = OPEN_TAG.exec(xml);
      if (!m) throw new Error(`XML 格式错误（位置 ${lt}）`);
      const name = m[1] as string;
      const selfClosing = m[3] === '/';
      handler.open(name, m[2] as string, selfClosing);
      if (selfClosing) handler.close(name);
      pos = OPEN_TAG.lastIndex;
    }
  }
}

/** End of a comment, CDATA section, processing instruction or DOCTYPE starting at `lt`. */
function skipSpecial(xml: string, lt: number): number {
  const [terminator, from] = xml.startsWith('<!--', lt)
    ? ['-->', lt + 4]
    : xml.startsWith('<![CDATA[', lt)
      ? [']]>', lt + 9]
      : xml.charCodeAt(lt + 1) === 0x3f
        ? ['?>', lt + 2]
        : ['>', lt + 2];
  const end = xml.indexOf(terminator, from);
  if (end < 0) throw new Error(`XML 格式错误（位置 ${lt}）`);
  return end + terminator.length;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|([A-Za-z]+));/g;

/** Character data as an XML parser reports it: entities decoded, CRLF/CR → LF. */
export function decodeXml(raw: string): string {
  let s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (s.includes('&')) {
    s = s.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name] ?? m;
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
  }
  return s;
}

const attrPatterns = new Map<string, RegExp>();

/** Value of attribute `name` in a tag's attribute text, decoded (whitespace normalised as XML does); undefined when absent. */
export function attr(attrs: string, name: string): string | undefined {
  if (attrs === '') return undefined;
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[.:-]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attrs);
  if (!m) return undefined;
  const raw = m[1] ?? m[2] ?? '';
  return decodeXml(raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' '));
}
