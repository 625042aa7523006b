/**
 * Round 10, file formats and encodings: GB18030 text with four-byte characters, a GBK text whose
 * first line was saved as UTF-8 behind a BOM, a UTF-16LE tab export without BOM, Big5 text, WPS
 * HTML with hidden print copies of its table, an xlsx with the project form on one sheet and its
 * indicators on another, a docx with a table of contents and a landscape section, PDFs whose table
 * text is drawn column by column or whose narrative runs in two columns, a .md holding an HTML
 * table and a CSV with a BOM and typographic quotes around its cells.
 * Built by scripts/make-round10-format-fixtures.ts (iconv-lite, exceljs, jszip, chromium print-to-pdf).
 */
import { describe, expect, it } from 'vitest';
import { expectCleanProjectTables, ingestBeforeAll, LAYOUTS, readFixture } from '../helpers/ingest.ts';
import { toText } from '../../src/ingest/formats/index.ts';

const FILES = [
  'r10f-four-byte.gb18030.txt',
  'r10f-bom-then-gbk.txt',
  'r10f-no-bom.utf16le.tsv',
  'r10f-traditional.big5.txt',
  'r10f-wps-print-copy.html',
  'r10f-form-two-sheets.xlsx',
  'r10f-toc-landscape.docx',
  'r10f-column-order.pdf',
  'r10f-two-column.pdf',
  'r10f-html-table.md',
  'r10f-smart-quotes.csv',
];

const t = ingestBeforeAll(LAYOUTS, FILES);

async function textOf(file: string): Promise<string> {
  const { file: name, bytes } = readFixture(LAYOUTS, file);
  return (await toText(name, bytes)).text;
}

describe('GB18030 text with four-byte characters (䶮 U+4DAE, 𡌶 U+21336, 𠮷 U+20BB7)', () => {
  const file = 'r10f-four-byte.gb18030.txt';
  it('decodes them and reads the project table', async () => {
    expect(t.docOf(file)).toMatchObject({
      encoding: 'gb18030',
      doc_kind: 'project_table',
      status: 'ok',
      year: 2023,
      title: '䶮阳县公安局2023年度项目支出绩效自评表',
      // A name with a CJK Extension A character (䶮) is read whole.
      agency: '䶮阳县公安局',
    });
    expect(t.figuresByLine(file)).toEqual([
      ['𡌶山派出所业务用房维修经费', 36, 36, 34.2, 0.95, 97.5, null, 1],
    ]);
    expect(t.project('𡌶山派出所业务用房维修经费')).toMatchObject({
      managing_dept: '䶮阳县公安局',
      implementing_unit: '䶮阳县公安局𡌶山派出所',
      indicator_count: 4,
    });
    expect(t.problemsByLine(file)).toEqual([[16, '工期内临时办公条件较差']]);
    expect(await textOf(file)).toContain('填报人：𠮷丽华');
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a GBK text whose first line was saved as UTF-8 behind a UTF-8 BOM', () => {
  const file = 'r10f-bom-then-gbk.txt';
  it('decodes the title as UTF-8 and the rest as GBK', async () => {
    expect(t.docOf(file)).toMatchObject({
      encoding: 'gb18030',
      doc_kind: 'narrative',
      status: 'ok',
      agency: '岚城县公安局',
      year: 2023,
      title: '岚城县公安局2023年度警犬训养经费项目支出绩效自评报告',
    });
    expect(await textOf(file)).not.toContain('\uFFFD');
    expect(t.figuresOf(file)).toEqual([['警犬训养经费', 48, 50, 47.5, 0.95, 93, '优']]);
    expect(t.problemsByLine(file)).toEqual([
      [9, '警犬训导员队伍老化，专业训导人员不足'],
      [10, '犬舍设施陈旧，部分防疫设备需更新'],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a UTF-16LE tab-separated export without BOM', () => {
  const file = 'r10f-no-bom.utf16le.tsv';
  it('detects UTF-16LE from the NUL pattern and reads the summary rows', () => {
    expect(t.docOf(file)).toMatchObject({
      encoding: 'utf-16le',
      doc_kind: 'summary_table',
      status: 'ok',
      agency: '渭川市公安局',
      year: 2024,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['公安视频专网运维经费', 320, 320, 307.2, 0.96, 95, '优', 4],
      ['交通信号设施维护经费', 145, 150, 121.5, 0.81, 84, '良', 5],
      ['反电诈宣传经费', 40, 40, 22, 0.55, 68, '中', 6],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a Big5 (traditional) text', () => {
  const file = 'r10f-traditional.big5.txt';
  it('is detected as Big5, not misread as GBK, and read in simplified characters', async () => {
    expect(t.docOf(file)).toMatchObject({
      encoding: 'big5',
      title: '澄江县公安局2023年度禁毒宣传经费项目支出绩效自评报告',
    });
    expect(await textOf(file)).toContain('經綜合評價，該項目自評得分91分，自評等級為優。');
  });
});

describe('WPS HTML: a print copy of the table hidden by a screen-only class, another by inline display:none', () => {
  const file = 'r10f-wps-print-copy.html';
  it('reads the visible copy only', async () => {
    expectCleanProjectTables(t, file, '青石县公安局', 2023, 1);
    expect(t.figuresByLine(file)).toEqual([
      ['看守所监控系统升级改造项目', 86, 86, 81.7, 0.95, 96.5, null, 1],
    ]);
    expect(t.problemsByLine(file)).toEqual([
      [15, '部分点位夜间成像偏暗'],
      [18, '部分点位夜间成像偏暗，需加装补光设备'],
    ]);
    expect((await textOf(file)).match(/项目名称/g)).toHaveLength(1);
  });
});

describe('an xlsx: the project form laid out vertically on one sheet, the indicators on a second', () => {
  const file = 'r10f-form-two-sheets.xlsx';
  it('reads one project with the other sheet’s indicators; rich text plain, Alt+Enter between hanzi dropped', async () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'project_table',
      status: 'ok',
      agency: '沙河县公安局',
      year: 2024,
    });
    expect(t.projectsOf(file)).toHaveLength(1);
    expect(t.project('移民管理服务站运行经费')).toMatchObject({
      managing_dept: '沙河县公安局',
      implementing_unit: '沙河县公安局出入境管理大队',
      budget_initial: 64,
      budget_adjusted: 64,
      executed: 60.8,
      execution_rate_reported: 0.95,
      grade: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('移民管理服务站运行经费')).toEqual([
      ['产出指标', '数量指标', '办理出入境证件', '≥3000件', '3200件', 30, 30, null],
      ['产出指标', '时效指标', '证件办理时限', '≤7个工作日', '5个工作日', 20, 20, null],
      ['效益指标', '社会效益指标', '边民通关便利度', '提升', '明显提升', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥95%', '93%', 20, 17.5, '高峰期排队时间较长'],
    ]);
    const text = await textOf(file);
    expect(text).toContain('项目资金（万元）\t年初预算数\t64');
    expect(text).toContain('一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值');
  });
});

describe('a docx with a table of contents (TOC field, PAGEREF entries) and a landscape table section', () => {
  const file = 'r10f-toc-landscape.docx';
  it('leaves the contents out; each heading once', async () => {
    expectCleanProjectTables(t, file, '云岭市公安局', 2023, 1);
    const text = await textOf(file);
    expect(text.match(/四、存在的问题/g)).toHaveLength(1);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '云岭市公安局2023年度刑事技术实验室耗材经费项目支出绩效自评报告',
      '目 录',
      '一、项目概况',
      '该项目由云岭市公安局刑事科学技术研究所实施，保障全市刑事案件检验鉴定耗材。',
    ]);
    expect(t.figuresOf(file)).toEqual([['刑事技术实验室耗材经费', 150, 160, 152, 0.95, 98.5, '优']]);
    expect(t.project('刑事技术实验室耗材经费').indicator_count).toBe(5);
    expect(t.problemsByLine(file)).toEqual([
      [22, '部分检验周期偏长'],
      [28, '部分检验项目周期偏长，影响办案进度'],
      [29, '耗材采购计划与实际用量存在偏差'],
    ]);
  });
});

describe('a PDF whose ruled table was drawn column by column', () => {
  const file = 'r10f-column-order.pdf';
  it('still reads rows as rows', async () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'summary_table',
      status: 'ok',
      agency: '白塔县公安局',
      year: 2024,
    });
    expect(t.figuresByLine(file)).toEqual([
      ['社区警务室运转经费', 75, 75, 72, 0.96, 95, null, 3],
      ['警用装备购置经费', 210, 230, 184, 0.8, 83, null, 4],
      ['网络安全等级保护测评费', 18, 18, 9, 0.5, 72, null, 5],
    ]);
    expect((await textOf(file)).split('\n')[1]).toBe(
      '项目名称\t年初预算数\t全年预算数\t全年执行数\t执行率\t自评得分',
    );
  });
});

describe('a PDF narrative set in two columns, its title wrapped', () => {
  const file = 'r10f-two-column.pdf';
  it('reads the left column, then the right; wrapped lines and the title joined', async () => {
    expect(t.docOf(file)).toMatchObject({
      doc_kind: 'narrative',
      status: 'ok',
      agency: '东湖区公安分局',
      year: 2023,
      title: '东湖区公安分局2023年度执法办案管理中心运行经费项目支出绩效自评报告',
    });
    const lines = (await textOf(file)).split('\n');
    expect(lines.slice(1, 5)).toEqual([
      '一、项目基本情况',
      '执法办案管理中心运行经费用于保障中心日常运行、设备维护和看护人员劳务费用，由东湖区公安分局法制大队组织实施，服务全区十二个派出所的执法办案活动。',
      '二、资金使用情况',
      '该项目年初预算数96万元，全年预算数96万元，全年执行数91.2万元，预算执行率95%。',
    ]);
    expect(t.figuresOf(file)).toEqual([['执法办案管理中心运行经费', 96, 96, 91.2, 0.95, 94, '优']]);
    expect(t.problemsByLine(file)).toEqual([
      [10, '部分设备使用年限较长，故障率有所上升'],
      [11, '看护人员流动性大，培训工作需持续加强'],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('a .md holding the 自评表 as an HTML <table>', () => {
  const file = 'r10f-html-table.md';
  it('turns the table into tab rows on the lines of their <tr>', async () => {
    expectCleanProjectTables(t, file, '石门县公安局', 2023, 1);
    expect(t.figuresByLine(file)).toEqual([['公安检查站运行维护经费', 55, 58, 55.1, 0.95, 97.5, null, 6]]);
    expect(t.project('公安检查站运行维护经费').indicator_count).toBe(4);
    expect(t.problemsByLine(file)).toEqual([
      [19, '高峰期通行缓慢'],
      [25, '高峰期车辆通行缓慢，查验通道不足'],
      [26, '部分查验设备老化，维修频次较高'],
    ]);
    expect((await textOf(file)).split('\n')[5]).toBe('项目名称\t公安检查站运行维护经费\t\t\t\t\t\t\t\t');
  });
});

describe('a CSV with a BOM, every cell in typographic quotes (“…”), a thousands separator inside one', () => {
  const file = 'r10f-smart-quotes.csv';
  it('reads the quotes as CSV quotes', () => {
    expect(t.docOf(file)).toMatchObject({
      encoding: 'utf-8-bom',
      doc_kind: 'summary_table',
      status: 'ok',
      agency: '金溪县公安局',
      year: 2023,
      title: '金溪县公安局2023年度项目支出绩效自评汇总表',
    });
    expect(t.figuresByLine(file)).toEqual([
      ['执法记录仪、对讲机购置项目', 48, 48, 45.6, 0.95, 94, '优', 3],
      ['出租房屋管理经费', 22, 25, 20, 0.8, 85, '良', 4],
      ['视频监控联网运维经费', 1050, 1050, 997.5, 0.95, 95, '优', 5],
    ]);
    expect(t.flagRules(file)).toEqual([]);
  });
});
