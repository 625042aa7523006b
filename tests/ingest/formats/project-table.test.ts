/**
 * The same 项目支出绩效自评表 in every format → the same tab rows (PDF: same cells, no empty ones).
 * Checked against the hand-written answer key (expected.json) and literal rows of the standard
 * layout, so a converter that loses a merged cell, a column or a line shows up here.
 */
import { describe, expect, it } from 'vitest';
import { toText } from '../../../src/ingest/formats/index.ts';
import { expected, fixture, rows, rowWith } from './fixtures.ts';

const reference = new TextDecoder().decode(fixture('self-eval.utf8.txt'));
/** Formats whose text form keeps every empty cell: identical to the TSV export. */
const EXACT = [
  'self-eval.utf8.txt',
  'self-eval.utf8-bom.txt',
  'self-eval.gbk.txt',
  'self-eval.utf16le-bom.txt',
  'self-eval.utf16be.txt',
  'self-eval.html',
  'self-eval.gbk.htm',
  'self-eval.docx',
];

const FUNDS_HEADER = [
  '项目资金（万元）',
  '',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
  '',
];
const FUNDS_ROW = ['', '年度资金总额', '120.00', '135.50', '128.73', '10', '95.00%', '9.50', ''];

async function textOf(name: string): Promise<string> {
  const result = await toText(name, fixture(name));
  expect(result.format).toBe(expected.formats[name]);
  expect(result.encoding).toBe(expected.encodings[name]);
  return result.text;
}

/** Each expected indicator as the consecutive cells name, target, actual, weight, score, reason. */
function expectIndicators(text: string): void {
  for (const ind of expected.project.indicators) {
    const cells = rowWith(text, ind.name);
    const at = cells.indexOf(ind.name);
    expect(cells.slice(at, at + 6)).toEqual([
      ind.name,
      ind.target,
      ind.actual,
      String(ind.weight),
      String(ind.score),
      ind.deviation_reason,
    ]);
  }
}

describe('project table: formats that keep merged cells as empty cells', () => {
  it.each(EXACT)('%s → text form identical to the TSV export', async (name) => {
    expect(await textOf(name)).toBe(reference);
  });

  it('the TSV export itself has the standard layout (merged cells as empty cells)', () => {
    const lines = reference.split('\n');
    const at = (key: string): string => lines[(expected.project.lines.text_form[key] as number) - 1] ?? '';
    expect(at('name')).toBe(`项目名称\t${expected.project.name}\t\t\t\t\t\t\t`);
    expect(at('funds_header')).toBe(FUNDS_HEADER.join('\t'));
    expect(at('funds_total')).toBe(FUNDS_ROW.join('\t'));
    expect(rowWith(reference, '主管部门')).toEqual([
      '主管部门',
      expected.project.managing_dept,
      '',
      '',
      '实施单位',
      expected.project.implementing_unit,
      '',
      '',
      '',
    ]);
    expect(at('indicator_header')).toBe(
      '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
    );
    // rowspan: 一级/二级 labels only on the first row of their span
    expect(rowWith(reference, '升级改造检查站数量').slice(0, 4)).toEqual(['', '', '', '升级改造检查站数量']);
    expect(rowWith(reference, '系统验收合格率').slice(0, 3)).toEqual(['', '', '质量指标']);
    expect(at('total')).toBe('总分\t\t\t\t\t\t100\t94.5\t');
    expect(at('grade')).toBe('自评等级：优');
    expect(at('problems')).toBe(`项目管理中存在的主要问题及原因分析\t${expected.project.problems_text}`);
    const indicatorLines = (expected.project.lines.text_form.indicators as number[]).map(
      (n) => lines[n - 1] ?? '',
    );
    expect(indicatorLines.map((l) => l.split('\t')[3])).toEqual(
      expected.project.indicators.map((i) => i.name),
    );
    expectIndicators(reference);
  });

  it('every table row has the width of its table, and a blank line ends each table', () => {
    const table = rows(reference).slice(3, 22);
    expect(new Set(table.map((r) => r.length))).toEqual(new Set([9]));
    expect(reference.split('\n')[22]).toBe('');
    expect(reference.split('\n')[27]).toBe('');
  });

  it('a line break inside a cell becomes one space', () => {
    expect(rowWith(reference, '实际完成情况').length).toBe(9);
    const goals = rows(reference)[11] ?? [];
    expect(goals[1]).toBe(
      '1、完成3个公安检查站智能化升级改造； 2、新建智能查控卡口6个，实现人、车、物信息实时比对预警。',
    );
    expect(goals[5]).toMatch(/^1、3个.*全部完成； 2、新建/);
  });
});

describe('project table: markdown keeps source line numbers', () => {
  it('pipe rows → the same tab rows, at the source line numbers', async () => {
    const text = await textOf('self-eval.md');
    const source = new TextDecoder().decode(fixture('self-eval.md')).split('\n');
    const lines = text.split('\n');
    expect(lines).toHaveLength(source.length);
    const md = expected.project.lines.md;
    expect(lines[(md.funds_header as number) - 1]).toBe(FUNDS_HEADER.join('\t'));
    expect(lines[(md.funds_total as number) - 1]).toBe(FUNDS_ROW.join('\t'));
    expect(lines[(md.total as number) - 1]).toBe('总分\t\t\t\t\t\t100\t94.5\t');
    expect(lines[(md.grade as number) - 1]).toBe('自评等级：优');
    expect(lines[(md.name as number) - 1]).toBe(`项目名称\t${expected.project.name}\t\t\t\t\t\t\t`);
    expect(lines[md.name as number]).toBe(''); // the |---| delimiter row
    expect(lines[0]).toBe('项目支出绩效自评表'); // "# " removed
    expectIndicators(text);
    // The table rows are the TSV export's rows; only blank lines differ.
    expect(lines.filter((l) => l.includes('\t'))).toEqual(
      reference.split('\n').filter((l) => l.includes('\t')),
    );
  });
});

describe('project table: xlsx sheet 项目自评表 (merged cells, numbers as numbers)', () => {
  it('keeps merged cells empty and shows figures as values', async () => {
    const text = await textOf('summary.xlsx');
    const sheet = text.slice(text.indexOf('项目自评表\n'));
    expect(rowWith(sheet, '项目资金（万元）')).toEqual(FUNDS_HEADER);
    expect(rowWith(sheet, '年度资金总额')).toEqual([
      '',
      '年度资金总额',
      '120',
      '135.5',
      '128.73',
      '10',
      '95.00%',
      '9.5',
      '',
    ]);
    expect(rowWith(sheet, '总分')).toEqual(['总分', '', '', '', '', '', '100', '94.5', '']);
    expect(rowWith(sheet, '升级改造检查站数量').slice(0, 4)).toEqual(['', '', '', '升级改造检查站数量']);
    expectIndicators(sheet);
  });
});

describe('project table: pdf (text layer)', () => {
  it('table rows stay rows, cells in their columns as in the TSV export; radicals folded back to hanzi', async () => {
    const text = await textOf('self-eval.pdf');
    expect(text).not.toMatch(/[\u2E80-\u2FDF]/);
    // A PDF draws no empty cell: the cells are placed by their x, merged cells become empty
    // cells as in the TSV export; only the empty cells a row ends with are not there.
    const withoutTrailing = (cells: string[]): string[] =>
      cells.slice(0, cells.findLastIndex((c) => c !== '') + 1);
    for (const label of [
      '项目名称',
      '主管部门',
      '项目资金（万元）',
      '年度资金总额',
      '上年结转资金',
      '其他资金',
      '一级指标',
      '升级改造检查站数量',
      '系统验收合格率',
      '总分',
    ])
      expect(rowWith(text, label), label).toEqual(withoutTrailing(rowWith(reference, label)));
    expectIndicators(text);
    expect(rowWith(text, '项目管理中存在的主要问题及原因分析')[1]).toBe(expected.project.problems_text);
  });

  it('separates pages by a blank line (the analysis table starts page 2)', async () => {
    const lines = (await textOf('self-eval.pdf')).split('\n');
    const grade = lines.indexOf('自评等级：优');
    expect(lines[grade + 1]).toBe('');
    expect(lines[grade + 2]?.startsWith('主要经验做法\t')).toBe(true);
  });
});
