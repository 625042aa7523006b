/**
 * Round 20: tables writing their amounts, units or scores in ways the ingest did not read.
 *  - A currency sign before an amount ("￥55.50", "¥120.00"), in a summary or a project table's
 *    funds row: the amount, in the table's unit.
 *  - A summary header with a second row of units under its labels ("（%）" under 执行率 only, or
 *    "（元）" under each amount): the row belongs to the header, and a column's unit is its own.
 *  - A project table whose name cell closes with its unit ("禁毒专项经费（金额单位：元）"): the
 *    amounts are read in that unit, and the statement is no part of the name.
 *  - A project table whose funds are "label | value" pairs over two rows, then "自评得分 | 92 |
 *    评价等级 | 优", then the indicators: 92 is the total score, not the execution's.
 * Fixtures: tests/fixtures/layouts/r20-*, written by scripts/make-round20-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { unitLineOf } from '../../src/ingest/extract/labels.ts';
import { parseAmount } from '../../src/ingest/normalize.ts';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const SUMMARY_YEN = 'r20-summary-yen-amounts.txt';
const PROJECT_YEN = 'r20-project-yen-amounts.txt';
const PERCENT_ROW = 'r20-summary-percent-unit-row.txt';
const YUAN_ROW = 'r20-summary-yuan-unit-row.txt';
const NAME_UNIT = 'r20-project-name-unit.txt';
const PAIRS_SCORE = 'r20-project-pairs-score.txt';

const t = ingestBeforeAll(LAYOUTS, [SUMMARY_YEN, PROJECT_YEN, PERCENT_ROW, YUAN_ROW, NAME_UNIT, PAIRS_SCORE]);

/** A summary row's extras: no code, unit, alias, execution figures or indicators; its band. */
const summaryRow = (band: string) => [null, null, null, [], null, null, band, 0];

/** The document facts of a clean 2023 table report of `projects` projects. */
function expectFacts(file: string, kind: string, title: string, agency: string, projects: number): void {
  expect(t.documentFacts(file)).toEqual([kind, title, agency, 2023, 'ok', `已提取 ${projects} 个项目`]);
  expect(t.flagRules(file)).toEqual([]);
  expect(t.problemsOf(file)).toEqual([]);
  expect(t.departmentOf(file)).toBeUndefined();
}

describe('amounts with a currency sign', () => {
  it('reads "￥80.00" and "-¥5" as amounts', () => {
    expect(parseAmount('￥80.00')).toBe(80);
    expect(parseAmount('¥1,200', '元')).toBe(0.12);
    expect(parseAmount('-¥5')).toBe(-5);
    expect(parseAmount('￥')).toBeNull();
  });

  it('reads a summary’s amounts', () => {
    expectFacts(
      SUMMARY_YEN,
      'summary_table',
      '崇义县公安局2023年度项目支出绩效自评汇总表',
      '崇义县公安局',
      3,
    );
    expect(t.figuresByLine(SUMMARY_YEN)).toEqual([
      ['监管场所运行经费', null, 55.5, 50, 0.901, 91, null, 4],
      ['涉案财物管理中心建设', null, 120, 118.8, 0.99, 96, null, 5],
      ['出入境证件制作经费', null, 8, 8, 1, 98, null, 6],
    ]);
    expect(t.projectExtras(SUMMARY_YEN)).toEqual([summaryRow('优'), summaryRow('优'), summaryRow('优')]);
    expect(t.sourceLines(SUMMARY_YEN)).toEqual([[4], [5], [6]]);
  });

  it('reads a project table’s funds row', () => {
    expectFacts(PROJECT_YEN, 'project_table', '龙南市公安局2023年度项目支出绩效自评表', '龙南市公安局', 1);
    expect(t.figuresByLine(PROJECT_YEN)).toEqual([['监所视频监控改造项目', 80, 80, 76, 0.95, 95.5, null, 1]]);
    expect(t.projectExtras(PROJECT_YEN)).toEqual([
      [null, '龙南市公安局', '龙南市公安局看守所', [], 10, 9.5, '优', 3],
    ]);
    expect(t.indicatorsOf('监所视频监控改造项目')).toEqual([
      ['产出指标', '数量指标', '改造监室数量', '24间', '24间', 30, 30, null],
      ['产出指标', '时效指标', '完工时间', '2023年10月前', '2023年11月', 20, 16, null],
      ['效益指标', '社会效益指标', '监所安全事故发生率', '0', '0', 40, 40, null],
    ]);
    expect(t.sourceLines(PROJECT_YEN)).toEqual([[1]]);
  });
});

describe('a row of units under a summary’s header', () => {
  it('keeps the table when the row states one column’s unit only', () => {
    expectFacts(
      PERCENT_ROW,
      'summary_table',
      '南康区公安分局2023年度项目支出绩效自评汇总表',
      '南康区公安分局',
      3,
    );
    expect(t.figuresByLine(PERCENT_ROW)).toEqual([
      ['治安管理经费', null, 30, 27, 0.9, 90, '优', 5],
      ['交通管理经费', null, 50, 50, 1, 97, '优', 6],
      ['网络安全保卫经费', null, 25, 21.5, 0.86, 85, '良', 7],
    ]);
    expect(t.projectExtras(PERCENT_ROW)).toEqual([summaryRow('优'), summaryRow('优'), summaryRow('良')]);
    expect(t.sourceLines(PERCENT_ROW)).toEqual([[5], [6], [7]]);
  });

  it('reads each amount column in the unit stated under it', () => {
    expectFacts(YUAN_ROW, 'summary_table', '上犹县公安局2023年度项目支出绩效自评汇总表', '上犹县公安局', 2);
    expect(t.figuresByLine(YUAN_ROW)).toEqual([
      ['刑事技术实验室运行经费', null, 30, 27, 0.9, 90, null, 4],
      ['派出所办案经费', null, 50, 50, 1, 97, null, 5],
    ]);
    expect(t.projectExtras(YUAN_ROW)).toEqual([summaryRow('优'), summaryRow('优')]);
    expect(t.sourceLines(YUAN_ROW)).toEqual([[4], [5]]);
  });
});

describe('a project name cell closing with the unit', () => {
  it('states the unit of the table’s amounts', () => {
    expect(unitLineOf('禁毒专项经费（金额单位：元）')).toBe('元');
    expect(unitLineOf('禁毒专项经费（单位：万元）')).toBe('万元');
    expect(unitLineOf('填报单位：寻乌县公安局')).toBeNull();
  });

  it('reads the amounts in 元 and the name without the statement', () => {
    expectFacts(NAME_UNIT, 'project_table', '寻乌县公安局2023年度项目支出绩效自评表', '寻乌县公安局', 1);
    expect(t.figuresByLine(NAME_UNIT)).toEqual([['禁毒专项经费', 100, 120, 118, 0.983, 95, '优', 1]]);
    expect(t.projectExtras(NAME_UNIT)).toEqual([
      [null, '寻乌县公安局', '寻乌县公安局禁毒大队', [], null, null, '优', 0],
    ]);
    expect(t.sourceLines(NAME_UNIT)).toEqual([[1]]);
  });
});

describe('funds as label/value pairs, the score below them, the indicators after', () => {
  it('reads "自评得分 | 92" as the total score, not the execution score', () => {
    expectFacts(PAIRS_SCORE, 'project_table', '定南县公安局2023年度项目支出绩效自评表', '定南县公安局', 1);
    expect(t.figuresByLine(PAIRS_SCORE)).toEqual([
      ['网络安全等级保护测评项目', 40, 40, 38, 0.95, 92, '优', 1],
    ]);
    expect(t.projectExtras(PAIRS_SCORE)).toEqual([[null, null, null, [], null, null, '优', 3]]);
    expect(t.indicatorsOf('网络安全等级保护测评项目')).toEqual([
      ['产出指标', '数量指标', '测评系统数量', '5个', '5个', 30, 30, null],
      ['产出指标', '质量指标', '测评通过率', '100%', '90%', 30, 26, null],
      ['效益指标', '社会效益指标', '网络安全事件发生率', '下降', '下降10%', 30, 28, null],
    ]);
    expect(t.sourceLines(PAIRS_SCORE)).toEqual([[1]]);
  });
});
