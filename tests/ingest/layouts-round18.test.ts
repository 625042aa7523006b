/**
 * Round 18: tables stating their unit, or laying out their rows, in ways the ingest did not read.
 *  - A summary whose unit closes its title in brackets ("…汇总表（单位：元）"): the bracket is the
 *    statement's, and the amounts are read in 元.
 *  - A summary or a project table whose unit is stated only in a note below it ("注：本表金额单位为
 *    元。"): the note gives the unit when nothing above the table states one.
 *  - A summary giving each project two rows, its 序号 and name on the first and its figures under
 *    their columns on the second: one row, its cells in their columns.
 * Fixtures: tests/fixtures/layouts/r18-*, written by scripts/make-round18-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { unitNoteOf } from '../../src/ingest/extract/labels.ts';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const TITLE_UNIT = 'r18-summary-title-unit.md';
const NOTE_UNIT = 'r18-summary-note-unit.txt';
const PROJECT_NOTE_UNIT = 'r18-project-note-unit.txt';
const TWO_ROWS = 'r18-summary-two-row-projects.txt';

const t = ingestBeforeAll(LAYOUTS, [TITLE_UNIT, NOTE_UNIT, PROJECT_NOTE_UNIT, TWO_ROWS]);

/** What a summary's rows carry besides their figures: none of them names a unit or has indicators. */
const plainRow = [null, null, null, [], null, null, '优', 0];

describe('a summary whose unit closes its title', () => {
  it('reads the amounts in 元', () => {
    expect(t.documentFacts(TITLE_UNIT)).toEqual([
      'summary_table',
      '吉安县公安局2023年度项目支出绩效自评汇总表（单位：元）',
      '吉安县公安局',
      2023,
      'ok',
      '已提取 3 个项目',
    ]);
    expect(t.figuresByLine(TITLE_UNIT)).toEqual([
      ['城乡视频监控联网运维', 48, 50, 48.5, 0.97, 94, null, 5],
      ['执法记录仪更新购置', 12, 12, 11.4, 0.95, 92, null, 6],
      ['看守所监控系统改造', 26, 26, 25.22, 0.97, 93, null, 7],
    ]);
    expect(t.projectExtras(TITLE_UNIT)).toEqual([plainRow, plainRow, plainRow]);
    expect(t.sourceLines(TITLE_UNIT)).toEqual([[5], [6], [7]]);
    expect(t.flagRules(TITLE_UNIT)).toEqual([]);
    expect(t.problemsOf(TITLE_UNIT)).toEqual([]);
    expect(t.departmentOf(TITLE_UNIT)).toBeUndefined();
  });
});

describe('a unit stated only in a note below the table', () => {
  it('reads a summary’s amounts in that unit', () => {
    expect(t.documentFacts(NOTE_UNIT)).toEqual([
      'summary_table',
      '安福县公安局2023年度项目支出绩效自评汇总表',
      '安福县公安局',
      2023,
      'ok',
      '已提取 3 个项目',
    ]);
    expect(t.figuresByLine(NOTE_UNIT)).toEqual([
      ['农村地区视频监控补点', 30, 30, 29.1, 0.97, 94, null, 3],
      ['禁毒宣传教育经费', 8, 9, 8.64, 0.96, 92, null, 4],
      ['反诈预警劝阻专项', 15, 15, 13.95, 0.93, 90, null, 5],
    ]);
    expect(t.projectExtras(NOTE_UNIT)).toEqual([plainRow, plainRow, plainRow]);
    expect(t.sourceLines(NOTE_UNIT)).toEqual([[3], [4], [5]]);
    expect(t.flagRules(NOTE_UNIT)).toEqual([]);
    expect(t.problemsOf(NOTE_UNIT)).toEqual([]);
    expect(t.departmentOf(NOTE_UNIT)).toBeUndefined();
  });

  it('reads a project table’s funds in that unit', () => {
    expect(t.documentFacts(PROJECT_NOTE_UNIT)).toEqual([
      'project_table',
      '井冈山市公安局2023年度项目支出绩效自评表',
      '井冈山市公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresByLine(PROJECT_NOTE_UNIT)).toEqual([['禁毒专项经费', 20, 20, 19, 0.95, 91.5, null, 1]]);
    expect(t.projectExtras(PROJECT_NOTE_UNIT)).toEqual([
      [null, '井冈山市公安局', '井冈山市公安局禁毒大队', [], 10, 9.5, '优', 3],
    ]);
    expect(t.sourceLines(PROJECT_NOTE_UNIT)).toEqual([[1]]);
    expect(t.indicatorsOf('禁毒专项经费')).toEqual([
      ['产出指标', '数量指标', '开展禁毒宣传活动', '≥30场', '35场', 40, 40, null],
      ['效益指标', '社会效益指标', '新发现吸毒人员下降率', '≥5%', '4%', 40, 32, '外来流动人口增多'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 10, 10, null],
    ]);
    expect(t.flagRules(PROJECT_NOTE_UNIT)).toEqual([]);
    expect(t.problemsAttributed(PROJECT_NOTE_UNIT)).toEqual([
      [8, '外来流动人口增多', ['其他'], '禁毒专项经费'],
    ]);
    expect(t.departmentOf(PROJECT_NOTE_UNIT)).toBeUndefined();
  });

  it('knows a note stating a unit from other notes', () => {
    expect(unitNoteOf('注：本表金额单位为元。')).toBe('元');
    expect(unitNoteOf('说明：表中金额单位均为万元')).toBe('万元');
    expect(unitNoteOf('备注：金额单位：元')).toBe('元');
    expect(unitNoteOf('注：单位为亿元')).toBe('亿元');
    expect(unitNoteOf('注：填报单位为县公安局')).toBeNull();
    expect(unitNoteOf('金额单位：元')).toBeNull(); // a unit line, read above the table
    expect(unitNoteOf('注：本表金额单位为元，执行数截至12月31日。')).toBe('元');
    expect(unitNoteOf('注：单位为元件数')).toBeNull();
  });
});

describe('a summary giving each project two rows', () => {
  it('reads the figures row under its columns', () => {
    expect(t.documentFacts(TWO_ROWS)).toEqual([
      'summary_table',
      '万安县公安局2023年度项目支出绩效自评汇总表',
      '万安县公安局',
      2023,
      'ok',
      '已提取 3 个项目',
    ]);
    expect(t.figuresByLine(TWO_ROWS)).toEqual([
      ['公安检查站运行保障', 50, 50, 48.5, 0.97, 94, null, 4],
      ['110指挥中心系统升级', 36, 40, 38, 0.95, 92, null, 6],
      ['道路交通安全设施维护', 18, 18, 16.2, 0.9, 88, null, 8],
    ]);
    expect(t.projectExtras(TWO_ROWS)).toEqual([
      plainRow,
      plainRow,
      [null, null, null, [], null, null, '良', 0],
    ]);
    expect(t.sourceLines(TWO_ROWS)).toEqual([[4], [6], [8]]);
    expect(t.flagRules(TWO_ROWS)).toEqual([]);
    expect(t.problemsOf(TWO_ROWS)).toEqual([]);
    expect(t.departmentOf(TWO_ROWS)).toBeUndefined();
  });
});
