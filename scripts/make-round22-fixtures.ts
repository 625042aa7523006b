/**
 * Writes the round-22 format fixtures (tests/fixtures/layouts/r22f-*): office files whose content
 * sits where the readers did not look — an xlsx with a hidden row (an indicator set aside) and
 * one with hidden columns (a system's row-id column under the merged title, a column of indicator
 * codes); an xlsx whose cells and rows carry no references (every cell written in order, the
 * merged-away ones as empty <c/>); a docx exported from a web page, its content an HTML part
 * (w:altChunk) and one whose chunk is MHT (quoted-printable, as html-docx tools write it); an OA
 * system's ".doc" that is Word's "single file web page" (MHT, GB2312, quoted-printable).
 *   npx tsx scripts/make-round22-fixtures.ts [out-dir] [only]
 * Needs jszip, exceljs and iconv-lite. Every file is byte-for-byte reproducible.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import {
  docxPackage,
  htmlTable,
  ind,
  type Project,
  projectGrid,
  utf8,
  workbook,
  wPara,
  writeFixtures,
} from './fixture-builders.ts';

const OUT = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'layouts');
const ONLY = process.argv[3];
const ZIP_DATE = new Date('2024-03-15T00:00:00Z');

/** The grid into the sheet from row `top`, column `left` (1-based): plain numbers typed as numbers, merges from the markers. */
function fillSheet(
  sheet: ExcelJS.Worksheet,
  grid: readonly (readonly string[])[],
  top: number,
  left = 1,
): void {
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === '<' || value === '^') return;
      sheet.getCell(top + r, left + c).value = /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      let right = c;
      while (row[right + 1] === '<') right++;
      let bottom = r;
      while (grid[bottom + 1]?.[c] === '^') bottom++;
      if (right > c || bottom > r) sheet.mergeCells(top + r, left + c, top + bottom, left + right);
    }),
  );
}

/**
 * A package rebuilt with fixed entry dates and no folder entries (exceljs stamps the time of
 * writing), each text part through `edit`: re-running the script gives the same bytes.
 */
async function stableZip(
  bytes: Uint8Array,
  edit = (_name: string, text: string): string => text,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.file(name);
    if (entry === null) continue; // a folder
    out.file(name, edit(name, await entry.async('string')), { date: ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const xlsxBytes = async (wb: ExcelJS.Workbook): Promise<Uint8Array> =>
  stableZip(new Uint8Array(await wb.xlsx.writeBuffer()));

// ── 1. xlsx: an indicator row hidden ───────────────────────────────────────────────────────────

const HIDDEN_ROW: Project = {
  name: '视频监控联网运维经费',
  dept: '泸西县公安局',
  unit: '泸西县公安局科技信息化大队',
  initial: '85.00',
  adjusted: '85.00',
  executed: '80.75',
  rate: '95.00%',
  execScore: '9.5',
  goal: '保障全县视频监控点位正常运行。',
  done: '监控点位在线率98%，全年调阅视频2.3万次。',
  indicators: [
    ind('产出指标', '数量指标', '运维监控点位', '≥600个', '612个', 30, 30),
    ind('产出指标', '质量指标', '点位在线率', '≥95%', '98%', 20, 20),
    ind('产出指标', '时效指标', '故障修复时长', '≤24小时', '—', 0, 0, '本年度不适用'),
    ind('效益指标', '社会效益指标', '协助破获案件', '≥50起', '57起', 20, 20),
    ind('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '92%', 20, 19, '个别点位夜间画面不清晰'),
  ],
  total: '98.5',
};

async function hiddenRowXlsx(): Promise<Uint8Array> {
  const wb = workbook('Microsoft Excel');
  const sheet = wb.addWorksheet('项目自评表');
  sheet.getCell(1, 1).value = '泸西县公安局2023年度项目支出绩效自评表';
  sheet.mergeCells(1, 1, 1, 10);
  const grid = projectGrid(HIDDEN_ROW);
  fillSheet(sheet, grid, 2);
  // The 时效指标 row set aside (hidden, not deleted): the printed form has four indicators.
  sheet.getRow(2 + grid.findIndex((row) => row[3] === '故障修复时长')).hidden = true;
  return xlsxBytes(wb);
}

// ── 2. xlsx: hidden columns (a row-id column under the title, indicator codes) ──────────────────

const HIDDEN_COLUMNS: Project = {
  name: '执法记录仪购置经费',
  dept: '弥勒市公安局',
  unit: '弥勒市公安局警务保障室',
  initial: '64.00',
  adjusted: '60.00',
  executed: '57.60',
  rate: '96.00%',
  execScore: '9.6',
  goal: '为一线民警配备执法记录仪320台。',
  done: '采购执法记录仪320台并全部配发到位。',
  indicators: [
    ind('产出指标', '数量指标', '执法记录仪采购数量', '320台', '320台', 30, 30),
    ind('产出指标', '质量指标', '设备验收合格率', '100%', '100%', 20, 20),
    ind('效益指标', '社会效益指标', '执法全过程记录率', '≥95%', '97%', 20, 20),
    ind('满意度指标', '服务对象满意度指标', '民警使用满意度', '≥90%', '88%', 20, 17, '部分设备续航不足'),
  ],
  total: '96.6',
};

async function hiddenColumnsXlsx(): Promise<Uint8Array> {
  const wb = workbook('Microsoft Excel');
  const sheet = wb.addWorksheet('Sheet1');
  const grid = projectGrid(HIDDEN_COLUMNS);
  // Column A: the system's row ids; column I (between 实际完成值 and 分值): indicator codes.
  const codes = grid.map((row, r) =>
    r === 9 ? '指标编码' : r > 9 && r < grid.length - 1 ? `ZB${1000 + r}` : '',
  );
  const withCodes = grid.map((row, r) => [...row.slice(0, 7), codes[r] ?? '', ...row.slice(7)]);
  sheet.getCell(1, 1).value = '弥勒市公安局2023年度项目支出绩效自评表';
  sheet.mergeCells(1, 1, 1, 12); // the title merged from the hidden column A: Excel shows it all the same
  withCodes.forEach((_, r) => (sheet.getCell(2 + r, 1).value = `R${String(r + 1).padStart(3, '0')}`));
  fillSheet(sheet, withCodes, 2, 2);
  sheet.getColumn(1).hidden = true;
  sheet.getColumn(9).hidden = true;
  return xlsxBytes(wb);
}

// ── 3. xlsx: no cell or row references ─────────────────────────────────────────────────────────

const NO_REFERENCES: Project = {
  name: '看守所被监管人员伙食经费',
  dept: '开远市公安局',
  unit: '开远市看守所',
  initial: '96.00',
  adjusted: '108.00',
  executed: '108.00',
  rate: '100.00%',
  execScore: '10',
  goal: '保障在押人员伙食标准足额落实。',
  done: '全年保障在押人员伙食3.9万人日，未发生食品安全事故。',
  indicators: [
    ind('产出指标', '数量指标', '保障在押人员人日数', '≥3.5万人日', '3.9万人日', 30, 30),
    ind('产出指标', '质量指标', '食品安全事故', '0起', '0起', 20, 20),
    ind('效益指标', '社会效益指标', '监所安全稳定', '无重大事故', '无重大事故', 20, 20),
    ind('满意度指标', '服务对象满意度指标', '驻所检察满意度', '≥90%', '95%', 20, 20),
  ],
  total: '100',
};

const columnNumber = (address: string): number =>
  [...address.replace(/\d+/g, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * A worksheet as a writer without references puts it: every cell of a row in order (an empty
 * <c/> for a gap), rows and cells without r, the merged ranges kept.
 */
function withoutReferences(sheetXml: string): string {
  return sheetXml.replace(/<row\b([^>]*)>([\s\S]*?)<\/row>/g, (_m, attrs: string, inner: string) => {
    let col = 0;
    let cells = '';
    for (const cell of inner.match(/<c\b[^>]*\/>|<c\b[^>]*>[\s\S]*?<\/c>/g) ?? []) {
      const at = columnNumber(/ r="([A-Z]+\d+)"/.exec(cell)?.[1] ?? '');
      while (++col < at) cells += '<c/>';
      cells += cell.replace(/ r="[A-Z]+\d+"/, '');
    }
    return `<row${attrs.replace(/ (?:r|spans)="[^"]*"/g, '')}>${cells}</row>`;
  });
}

async function noReferencesXlsx(): Promise<Uint8Array> {
  const wb = workbook('KYJX Export');
  const sheet = wb.addWorksheet('自评表');
  sheet.getCell(1, 1).value = '开远市公安局2023年度项目支出绩效自评表';
  sheet.mergeCells(1, 1, 1, 10);
  fillSheet(sheet, projectGrid(NO_REFERENCES), 2);
  return stableZip(new Uint8Array(await wb.xlsx.writeBuffer()), (name, text) =>
    name.startsWith('xl/worksheets/sheet') ? withoutReferences(text) : text,
  );
}

// ── 4, 5. docx: the content an alternative-format part (HTML, MHT) ─────────────────────────────

/** A report page as an HTML document: title, the form, a closing section with problems. */
function reportHtml(p: Project, agency: string, problems: readonly string[]): string {
  return [
    '<html><head><meta charset="utf-8"><style>td{border:1px solid #000}</style></head><body>',
    `<h2 style="text-align:center">${agency}2023年度项目支出绩效自评表</h2>`,
    htmlTable(projectGrid(p), { attrs: 'border="1" cellspacing="0"' }),
    '<p>存在的问题：</p>',
    ...problems.map((q) => `<p>${q}</p>`),
    '</body></html>',
  ].join('\n');
}

/** A docx whose body is `before`, the chunk, `after`; the chunk a part of the given name and content type. */
async function altChunkDocx(
  before: string,
  after: string,
  chunk: { name: string; type: string; bytes: Uint8Array },
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(
    await docxPackage(`${before}<w:altChunk r:id="rIdChunk1"/>${after}`, { styles: '' }),
  );
  const edit = async (name: string, change: (xml: string) => string): Promise<void> => {
    zip.file(name, change((await zip.file(name)?.async('string')) ?? ''), {
      date: ZIP_DATE,
      createFolders: false,
    });
  };
  zip.file(`word/${chunk.name}`, chunk.bytes, { date: ZIP_DATE, createFolders: false });
  await edit('word/_rels/document.xml.rels', (xml) =>
    xml.replace(
      '</Relationships>',
      `<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${chunk.name}"/></Relationships>`,
    ),
  );
  await edit('[Content_Types].xml', (xml) =>
    xml.replace('</Types>', `<Override PartName="/word/${chunk.name}" ContentType="${chunk.type}"/></Types>`),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const ALT_HTML: Project = {
  name: '公安检查站运行经费',
  dept: '蒙自市公安局',
  unit: '蒙自市公安局交通警察支队',
  initial: '150.00',
  adjusted: '150.00',
  executed: '139.50',
  rate: '93.00%',
  execScore: '9.3',
  goal: '保障3个公安检查站24小时运转。',
  done: '检查站全年运转正常，查获违法犯罪人员41名。',
  indicators: [
    ind('产出指标', '数量指标', '检查车辆数', '≥60万辆次', '65万辆次', 30, 30),
    ind('产出指标', '时效指标', '检查站运转时长', '24小时', '24小时', 20, 20),
    ind('效益指标', '社会效益指标', '查获违法犯罪人员', '≥30名', '41名', 20, 20),
    ind('满意度指标', '服务对象满意度指标', '过往群众满意度', '≥90%', '89%', 20, 18, '高峰时段通行缓慢'),
  ],
  total: '97.3',
};

function altChunkHtmlDocx(): Promise<Uint8Array> {
  const html = reportHtml(ALT_HTML, '蒙自市公安局', [
    '1.检查站信息化查控设备老化，识别准确率下降。',
    '2.节假日高峰时段警力不足，车辆通行缓慢。',
  ]);
  return altChunkDocx('', wPara('填报人：李红梅　联系电话：0873-3712345'), {
    name: 'afchunk1.htm',
    type: 'text/html',
    bytes: utf8(html),
  });
}

/** Quoted-printable as Word and html-docx tools write it: '=' escaped, non-ASCII bytes =XX, lines ≤ 76. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (const line of Buffer.from(bytes).toString('latin1').split('\n')) {
    const encoded = [...line]
      .map((ch) => {
        const code = ch.charCodeAt(0);
        return ch === '=' || code > 126 ? `=${code.toString(16).toUpperCase().padStart(2, '0')}` : ch;
      })
      .join('');
    let rest = encoded;
    while (rest.length > 75) {
      let cut = 75;
      while (rest[cut - 1] === '=' || rest[cut - 2] === '=') cut--; // never split an =XX
      lines.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    lines.push(rest);
  }
  return lines.join('\r\n');
}

/** A one-page MHT message: the HTML part quoted-printable in `charset`, an image part after it. */
function mhtMessage(html: Uint8Array, charset: string, boundary: string): string {
  return [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"`,
    '',
    'This document is a Single File Web Page, also known as a Web Archive file.',
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/D6A3F1B2/file.htm',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Type: text/html; charset="${charset}"`,
    '',
    quotedPrintable(html),
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/D6A3F1B2/file.files/image001.png',
    'Content-Transfer-Encoding: base64',
    'Content-Type: image/png',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

const ALT_MHT: Project = {
  name: '反诈预警劝阻经费',
  dept: '个旧市公安局',
  unit: '个旧市公安局反电信网络诈骗中心',
  initial: '40.00',
  adjusted: '45.00',
  executed: '42.30',
  rate: '94.00%',
  execScore: '9.4',
  goal: '对预警线索开展劝阻，减少群众被骗损失。',
  done: '全年劝阻潜在受害人6800余人次，止付涉案资金1260万元。',
  indicators: [
    ind('产出指标', '数量指标', '预警劝阻人次', '≥6000人次', '6812人次', 30, 30),
    ind('产出指标', '时效指标', '预警线索处置时限', '≤30分钟', '25分钟', 20, 20),
    ind('效益指标', '社会效益指标', '电诈案件发案率下降', '≥10%', '8%', 20, 16, '新型诈骗手法不断变化'),
    ind('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 20, 20),
  ],
  total: '95.4',
};

function altChunkMhtDocx(): Promise<Uint8Array> {
  const html = reportHtml(ALT_MHT, '个旧市公安局', [
    '1.部分群众对预警劝阻电话不信任，劝阻成功率有待提高。',
    '2.预警平台与通信运营商数据对接不够及时。',
  ]);
  return altChunkDocx('', '', {
    name: 'afchunk.mht',
    type: 'message/rfc822',
    bytes: utf8(mhtMessage(utf8(html), 'utf-8', '----=mhtDocumentPart')),
  });
}

// ── 6. an OA system's ".doc": Word's single file web page, GB2312 ──────────────────────────────

const SINGLE_FILE: Project = {
  name: '禁毒宣传教育经费',
  dept: '建水县公安局',
  unit: '建水县公安局禁毒大队',
  initial: '25.00',
  adjusted: '25.00',
  executed: '21.25',
  rate: '85.00%',
  execScore: '8.5',
  goal: '开展禁毒宣传进校园、进社区、进乡村活动。',
  done: '开展宣传活动52场，覆盖群众3.1万人次。',
  indicators: [
    ind('产出指标', '数量指标', '宣传活动场次', '≥50场', '52场', 30, 30),
    ind('效益指标', '社会效益指标', '禁毒知识知晓率', '≥90%', '92%', 30, 30),
    ind('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '87%', 30, 26, '乡村宣传覆盖面不足'),
  ],
  total: '94.5',
};

function singleFilePageDoc(): Uint8Array {
  const html = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=ProgId content=Word.Document>',
    '<title>建水县公安局2023年度项目支出绩效自评报告</title></head>',
    "<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>",
    "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'>建水县公安局2023年度项目支出绩效自评表</span></b></p>",
    htmlTable(projectGrid(SINGLE_FILE), {
      attrs: "class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'",
    }),
    '<p class=MsoNormal>存在的问题：乡村地区宣传阵地少，宣传覆盖面不足。<o:p></o:p></p>',
    '</div></body></html>',
  ].join('\n');
  return utf8(
    mhtMessage(new Uint8Array(iconv.encode(html, 'gb2312')), 'gb2312', '----=_NextPart_01DA7A3C.5B0E2F40'),
  );
}

async function main(): Promise<void> {
  writeFixtures(
    OUT,
    {
      'r22f-hidden-row.xlsx': await hiddenRowXlsx(),
      'r22f-hidden-columns.xlsx': await hiddenColumnsXlsx(),
      'r22f-no-cell-references.xlsx': await noReferencesXlsx(),
      'r22f-altchunk-html.docx': await altChunkHtmlDocx(),
      'r22f-altchunk-mht.docx': await altChunkMhtDocx(),
      'r22f-single-file-page.doc': singleFilePageDoc(),
    },
    ONLY,
  );
}

await main();
