/**
 * Builders shared by the format-fixture scripts (make-format-fixtures.ts and the round-6/7 ones):
 * the 项目支出绩效自评表 model and grid, span reading, XML escaping, HTML and docx tables, a
 * reproducible docx package, a workbook with fixed dates, chromium PDF printing, encoders and the
 * writer of the files. Grids mark merges: '<' = merged with the cell on the left (colspan), '^' =
 * merged with the cell above (rowspan); '\n' = a line break inside a cell.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

export type Grid = readonly (readonly string[])[];

// ── the project model ────────────────────────────────────────────────────────────────────────

export interface Indicator {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: number;
  score: number;
  reason: string;
}

export interface Project {
  name: string;
  dept: string;
  unit: string;
  initial: string;
  adjusted: string;
  executed: string;
  rate: string;
  execScore: string;
  goal: string;
  done: string;
  indicators: readonly Indicator[];
  total: string;
}

export const ind = (
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual: string,
  weight: number,
  score: number,
  reason = '',
): Indicator => ({ level1, level2, name, target, actual, weight, score, reason });

/** Other wordings of the funds header labels. */
export interface Labels {
  funds?: string;
  initial?: string;
  adjusted?: string;
  executed?: string;
  rate?: string;
}

/** The standard 项目支出绩效自评表 as a 10-column grid. */
export function projectGrid(p: Project, labels: Labels = {}): string[][] {
  const grid: string[][] = [
    ['项目名称', p.name, '<', '<', '<', '<', '<', '<', '<', '<'],
    ['主管部门', p.dept, '<', '<', '<', '实施单位', p.unit, '<', '<', '<'],
    [
      labels.funds ?? '项目资金（万元）',
      '',
      '<',
      labels.initial ?? '年初预算数',
      labels.adjusted ?? '全年预算数',
      labels.executed ?? '全年执行数',
      '分值',
      labels.rate ?? '执行率',
      '得分',
      '<',
    ],
    ['^', '年度资金总额', '<', p.initial, p.adjusted, p.executed, '10', p.rate, p.execScore, '<'],
    ['^', '其中：当年财政拨款', '<', p.initial, p.adjusted, p.executed, '—', '', '—', '<'],
    ['^', '上年结转资金', '<', '', '', '', '—', '', '—', '<'],
    ['^', '其他资金', '<', '', '', '', '—', '', '—', '<'],
    ['年度总体目标', '预期目标', '<', '<', '<', '实际完成情况', '<', '<', '<', '<'],
    ['^', p.goal, '<', '<', '<', p.done, '<', '<', '<', '<'],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '<',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
  ];
  p.indicators.forEach((i, k) => {
    const prev = p.indicators[k - 1];
    const same1 = prev?.level1 === i.level1;
    const same2 = same1 && prev?.level2 === i.level2;
    grid.push([
      '^',
      same1 ? '^' : i.level1,
      same2 ? '^' : i.level2,
      i.name,
      '<',
      i.target,
      i.actual,
      String(i.weight),
      String(i.score),
      i.reason,
    ]);
  });
  grid.push(['总分', '<', '<', '<', '<', '<', '<', '100', p.total, '']);
  return grid;
}

// ── grids ────────────────────────────────────────────────────────────────────────────────────

export interface Span {
  text: string;
  colspan: number;
  rowspan: number;
  /** A vertical-merge continuation (docx writes it; HTML omits it). */
  continued: boolean;
  /** The grid column the cell starts in. */
  col: number;
}

/** Cells of each row with their spans, read from the markers. */
export function spans(grid: Grid): Span[][] {
  return grid.map((row, r) => {
    const out: Span[] = [];
    row.forEach((value, c) => {
      if (value === '<') return;
      let colspan = 1;
      while (row[c + colspan] === '<') colspan++;
      let rowspan = 1;
      while (grid[r + rowspan]?.[c] === '^') rowspan++;
      out.push({ text: value === '^' ? '' : value, colspan, rowspan, continued: value === '^', col: c });
    });
    return out;
  });
}

export const escXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────

/** The grid's rows as <tr> elements; each line of a cell through `cell`, lines joined by <br>. */
export function htmlRows(grid: Grid, cell: (text: string) => string = escXml): string[] {
  return spans(grid).map((row) => {
    const cells = row
      .filter((c) => !c.continued)
      .map((c) => {
        const a = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
        return `<td${a}>${c.text.split('\n').map(cell).join('<br>')}</td>`;
      });
    return `<tr>${cells.join('')}</tr>`;
  });
}

/** The grid as a <table> with `attrs`; the first `head` rows in a <thead> when head > 0. */
export function htmlTable(grid: Grid, options: { attrs?: string; head?: number } = {}): string {
  const { attrs = 'border="1"', head = 0 } = options;
  const rows = htmlRows(grid);
  if (head === 0) return `<table ${attrs}>\n${rows.join('\n')}\n</table>`;
  return `<table ${attrs}>\n<thead>${rows.slice(0, head).join('\n')}</thead>\n<tbody>${rows.slice(head).join('\n')}</tbody>\n</table>`;
}

// ── DOCX ─────────────────────────────────────────────────────────────────────────────────────

export const W_MAIN = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
export const W_NS = `${W_MAIN} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

export const wRun = (text: string): string => `<w:r><w:t xml:space="preserve">${escXml(text)}</w:t></w:r>`;

export const wPara = (text: string, props = ''): string =>
  `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${text ? wRun(text) : ''}</w:p>`;

/** A cell's content: each '\n'-separated piece its own paragraph; an empty cell is <w:p/>. */
export const wCellParagraphs = (text: string): string =>
  text === ''
    ? '<w:p/>'
    : text
        .split('\n')
        .map((t) => wPara(t))
        .join('');

/** A cell's content in one paragraph, a '\n' a soft line break (w:br). */
export const wCellBreaks = (text: string): string =>
  text === ''
    ? '<w:p/>'
    : `<w:p><w:r>${text
        .split('\n')
        .map((t) => `<w:t xml:space="preserve">${escXml(t)}</w:t>`)
        .join('<w:br/>')}</w:r></w:p>`;

export interface DocxTableOptions {
  /** The XML of a cell's content from its text (default: a paragraph a line). */
  cellText?: (text: string) => string;
  /** Override the XML of a cell's content, by "row,col" of the grid. */
  content?: Readonly<Record<string, string>>;
  /** Rows written with w:gridBefore instead of their first (empty, vertically merged) cells. */
  gridBefore?: ReadonlySet<number>;
  /** More table properties, after w:tblW. */
  tblPr?: string;
}

export function docxTable(grid: Grid, options: DocxTableOptions = {}): string {
  const cellText = options.cellText ?? wCellParagraphs;
  const width = grid[0]?.length ?? 1;
  const rows = spans(grid).map((row, r) => {
    let cells = row;
    let before = '';
    if (options.gridBefore?.has(r)) {
      const skipped = cells.filter((c) => c.continued && c.col < (cells.find((x) => !x.continued)?.col ?? 0));
      cells = cells.slice(skipped.length);
      before = `<w:trPr><w:gridBefore w:val="${skipped.reduce((s, c) => s + c.colspan, 0)}"/></w:trPr>`;
    }
    const tcs = cells.map((c) => {
      const props = [
        c.colspan > 1 ? `<w:gridSpan w:val="${c.colspan}"/>` : '',
        c.continued ? '<w:vMerge/>' : c.rowspan > 1 ? '<w:vMerge w:val="restart"/>' : '',
      ].join('');
      const body = options.content?.[`${r},${c.col}`] ?? cellText(c.text);
      return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${body}</w:tc>`;
    });
    return `<w:tr>${before}${tcs.join('')}</w:tr>`;
  });
  const cols = Array.from({ length: width }, () => `<w:gridCol w:w="${Math.floor(14000 / width)}"/>`).join(
    '',
  );
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${options.tblPr ?? ''}</w:tblPr><w:tblGrid>${cols}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** Parts of a docx besides word/document.xml, each the inner XML of its root element. */
export interface DocxParts {
  numbering?: string;
  styles?: string;
  footnotes?: string;
  header?: string;
}

export interface DocxPackageOptions {
  /** The namespace declarations of document.xml and the parts (default W_NS). */
  ns?: string;
  /** More section properties, after w:pgSz. */
  sectPr?: string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** A landscape docx of `body`, with fixed dates and no folder entries: reproducible bytes. */
export async function docxPackage(
  body: string,
  parts: DocxParts = {},
  options: DocxPackageOptions = {},
): Promise<Uint8Array> {
  const { ns = W_NS, sectPr = '' } = options;
  const zip = new JSZip();
  const date = new Date('2024-03-15T00:00:00Z');
  const add = (name: string, text: string): void => {
    zip.file(name, text, { date, createFolders: false });
  };
  const extra: [key: keyof DocxParts, file: string, type: string, root: string][] = [
    ['numbering', 'numbering.xml', 'numbering', 'w:numbering'],
    ['styles', 'styles.xml', 'styles', 'w:styles'],
    ['footnotes', 'footnotes.xml', 'footnotes', 'w:footnotes'],
    ['header', 'header1.xml', 'header', 'w:hdr'],
  ];
  const present = extra.filter(([key]) => parts[key] !== undefined);
  add(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>${present.map(([, file, type]) => `<Override PartName="/word/${file}" ContentType="${CT}.${type}+xml"/>`).join('')}</Types>`,
  );
  add(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  if (present.length > 0)
    add(
      'word/_rels/document.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${present.map(([, file, type], k) => `<Relationship Id="rIdP${k}" Type="${REL}/${type}" Target="${file}"/>`).join('')}</Relationships>`,
    );
  for (const [key, file, , root] of present)
    add(`word/${file}`, `${XML_HEAD}<${root} ${ns}>${parts[key] ?? ''}</${root}>`);
  const header = present.findIndex(([key]) => key === 'header');
  const sect = header >= 0 ? `<w:headerReference w:type="default" r:id="rIdP${header}"/>` : '';
  add(
    'word/document.xml',
    `${XML_HEAD}<w:document ${ns}><w:body>${body}<w:sectPr>${sect}<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>${sectPr}</w:sectPr></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// ── XLSX ─────────────────────────────────────────────────────────────────────────────────────

/** A workbook by `creator` with fixed created/modified dates. */
export function workbook(creator: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.created = wb.modified = new Date('2024-03-15T00:00:00Z');
  return wb;
}

// ── PDF ──────────────────────────────────────────────────────────────────────────────────────

/** Prints HTML to PDF with headless chromium, through a temporary folder named from `prefix`. */
export function printPdf(
  html: string,
  options: { prefix: string; source?: string; target?: string },
): Uint8Array {
  const { prefix, source: sourceName = 'in.html', target: targetName = 'out.pdf' } = options;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    const source = join(dir, sourceName);
    const target = join(dir, targetName);
    writeFileSync(source, html);
    execFileSync(
      '/usr/bin/chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-pdf-header-footer',
        `--print-to-pdf=${target}`,
        `file://${source}`,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(target));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ── encoders and output ──────────────────────────────────────────────────────────────────────

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gbk'));

/** Writes the files into `out` (created if missing), only those whose name includes `only` if given. */
export function writeFixtures(out: string, files: Readonly<Record<string, Uint8Array>>, only?: string): void {
  mkdirSync(out, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) {
    if (only && !name.includes(only)) continue;
    writeFileSync(join(out, name), bytes);
    console.log(`${name}\t${bytes.length} bytes`);
  }
}
