/**
 * Workbook-level parts of an xlsx package: which worksheets to show, in which order and under
 * which names (workbook.xml + its relationships; hidden sheets left out), the number format of each cell style
 * (styles.xml) and the shared strings as plain text. Mirrors what exceljs' reader did, so sheet
 * order, names and number formats are unchanged: parts are looked up by their fixed names
 * (xl/workbook.xml …), worksheets only under xl/worksheets/sheetN.xml, style 0 never formats.
 */
import { attr, decodeXml, scanXml } from './xml-scan.ts';

export interface WorkbookParts {
  /** Worksheets in tab order: name shown, part path in the zip. */
  sheets: { name: string; path: string }[];
  /** Cell style index (cellXfs) → its number format code, if any. */
  numFmts: (string | undefined)[];
  /** Shared strings as plain text; null when the package has none. */
  sharedStrings: string[] | null;
  date1904: boolean;
}

type ReadPart = (name: string) => Promise<string | null>;

export async function readWorkbookParts(
  read: ReadPart,
  entryNames: readonly string[],
): Promise<WorkbookParts> {
  const [workbook, rels, styles, strings] = await Promise.all([
    read('xl/workbook.xml'),
    read('xl/_rels/workbook.xml.rels'),
    read('xl/styles.xml'),
    read('xl/sharedStrings.xml'),
  ]);
  const book = workbook === null ? { sheets: [], date1904: false } : parseWorkbook(workbook);
  // Hidden sheets are left out, unless the workbook shows nothing else.
  const visible = book.sheets.filter((s) => !s.hidden);
  return {
    sheets: orderSheets(
      visible.length > 0 ? visible : book.sheets,
      rels === null ? new Map() : parseRels(rels),
      entryNames,
    ),
    numFmts: styles === null ? [] : parseStyles(styles),
    sharedStrings: strings === null ? null : parseSharedStrings(strings),
    date1904: book.date1904,
  };
}

interface SheetDef {
  name: string | undefined;
  id: number;
  rId: string | undefined;
  /** state="hidden" / "veryHidden": a draft, a lookup list — nothing the reader of the workbook sees. */
  hidden: boolean;
}

function parseWorkbook(xml: string): { sheets: SheetDef[]; date1904: boolean } {
  const sheets: SheetDef[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'sheet') {
        const sheetName = attr(attrs, 'name');
        sheets.push({
          name: sheetName === undefined ? undefined : xmlDecodeAgain(sheetName),
          id: Number.parseInt(attr(attrs, 'sheetId') ?? '', 10),
          rId: attr(attrs, 'r:id'),
          hidden: /hidden/i.test(attr(attrs, 'state') ?? ''),
        });
      } else if (name === 'workbookPr') date1904 = attr(attrs, 'date1904') === '1';
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

function parseRels(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  scanXml(xml, {
    open(name, attrs) {
      const id = attr(attrs, 'Id');
      if (name === 'Relationship' && id !== undefined) targets.set(id, attr(attrs, 'Target') ?? '');
    },
    close() {},
    text() {},
  });
  return targets;
}

const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const MAX_SHEET_NAME = 31;

/**
 * Worksheets as exceljs listed them: a <sheet> whose relationship points at a worksheet part,
 * keyed by sheetId (a later duplicate replaces an earlier one; ids below 1 are dropped), ordered
 * by the first <sheet> with that id; a missing name becomes "sheet<id>", a long one is cut to 31.
 */
function orderSheets(
  defs: readonly SheetDef[],
  rels: ReadonlyMap<string, string>,
  entryNames: readonly string[],
): { name: string; path: string }[] {
  const assigned = new Map<string, SheetDef>();
  for (const def of defs) {
    const target = def.rId === undefined ? undefined : rels.get(def.rId);
    if (target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (WORKSHEET_PART.test(path) && entryNames.includes(path)) assigned.set(path, def);
  }
  const byId: { name: string; path: string; order: number }[] = [];
  for (const path of entryNames) {
    const def = assigned.get(path);
    if (!def || !Number.isInteger(def.id) || def.id < 1) continue;
    const name = (def.name ?? `sheet${def.id}`).slice(0, MAX_SHEET_NAME);
    byId[def.id] = { name, path, order: defs.findIndex((d) => d.id === def.id) };
  }
  return byId
    .filter(Boolean)
    .sort((a, b) => a.order - b.order)
    .map(({ name, path }) => ({ name, path }));
}

/** Built-in number formats (ECMA-376 §18.8.30) that exceljs knew without a locale. */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Number format code of each cellXfs entry (custom <numFmt> codes first, then built-ins). */
function parseStyles(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'numFmt') {
        const code = attr(attrs, 'formatCode');
        if (code !== undefined)
          custom.set(Number.parseInt(attr(attrs, 'numFmtId') ?? '', 10), code.replace(/[\\](.)/g, '$1'));
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfIds.push(Number.parseInt(attr(attrs, 'numFmtId') ?? '', 10));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return xfIds.map((id) => (id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined));
}

/** Each <si> as plain text: its <t>, or its rich-text runs joined; phonetic runs (<rPh>) ignored. */
function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let plain: string | null = null;
  let runs: string[] | null = null;
  let inRun = false;
  let phonetic = 0;
  let text: string[] | null = null;
  let runText = '';
  scanXml(xml, {
    open(name) {
      if (!inSi) {
        if (name === 'si') {
          inSi = true;
          plain = null;
          runs = null;
        }
        return;
      }
      if (name === 'rPh') phonetic++;
      else if (phonetic > 0) return;
      else if (name === 'r') {
        inRun = true;
        runText = '';
      } else if (name === 't') text = [];
    },
    text(raw) {
      if (inSi && phonetic === 0 && text) text.push(raw);
    },
    close(name) {
      if (!inSi) return;
      if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (phonetic > 0) return;
      else if (name === 't' && text) {
        const t = unescapeOoxml(decodeXml(text.join('')));
        text = null;
        if (inRun) runText = t;
        else plain = t;
      } else if (name === 'r' && inRun) {
        (runs ??= []).push(runText);
        inRun = false;
      } else if (name === 'si') {
        out.push(plain ?? (runs ? runs.join('') : ''));
        inSi = false;
      }
    },
  });
  return out;
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ in shared and rich text. */
export function unescapeOoxml(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&apos;': "'",
  '&quot;': '"',
};

/** exceljs decoded the five XML entities a second time in sheet names and "str" values; kept for identical text. */
export function xmlDecodeAgain(text: string): string {
  return text.includes('&') ? text.replace(/&([a-z]*);/g, (c) => XML_ENTITIES[c] ?? c) : text;
}
