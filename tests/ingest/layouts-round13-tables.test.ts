/**
 * Round-13 probes of table layouts: the one-cell-per-line export saved without its leading tabs
 * (each cell a line, a blank line between rows, an empty cell a blank line of its own), read only
 * inside a table that a header of known labels opens, as a project table and as a summary; an
 * indicator table opening with a 序号 column; one merged "产出指标-数量指标" column for both
 * levels; a table whose columns are set apart by ideographic spaces (a WPS copy); and an indicator
 * header over two rows, 指标值 spanning 年度目标 | 实际完成.
 */
import { describe, expect, it } from 'vitest';
import { levelPairOf } from '../../src/ingest/extract/labels.ts';
import { splitLines, toRows } from '../../src/ingest/segment.ts';
import {
  expectCleanProjectTables,
  ingestBeforeAll,
  LAYOUTS,
  type IndicatorTuple,
} from '../helpers/ingest.ts';

const BARE = 'r13t-cells-without-tab-scored.txt';
const BARE_SUMMARY = 'r13t-summary-cells-without-tab.txt';
const SERIAL = 'r13t-indicator-serial-column.txt';
const PAIR = 'r13t-indicator-level-pair-cell.txt';
const FULLWIDTH = 'r13t-fullwidth-space-columns.txt';
const TWO_ROW = 'r13t-indicator-two-row-header.txt';

const t = ingestBeforeAll(LAYOUTS, [BARE, BARE_SUMMARY, SERIAL, PAIR, FULLWIDTH, TWO_ROW]);

const SAT = ['满意度指标', '服务对象满意度指标'] as const;

/** [managing, implementing, execution weight, execution score, code] of each project. */
function facts(file: string): unknown[][] {
  return t
    .projectsOf(file)
    .map((p) => [p.managing_dept, p.implementing_unit, p.execution_weight, p.execution_score, p.code]);
}

describe('the one-cell-per-line export without tabs', () => {
  it('reads a project table: funds, indicators with reasons, total; prose around it stays prose', () => {
    expectCleanProjectTables(t, BARE, '紫阳县公安局', 2023, 1);
    expect(t.docOf(BARE).title).toBe('紫阳县公安局2023年度项目支出绩效自评报告');
    expect(t.figuresByLine(BARE)).toEqual([['执法记录仪购置', 60, 60, 57, 0.95, 96.5, null, 8]]);
    expect(facts(BARE)).toEqual([['紫阳县公安局', '紫阳县公安局装备财务室', 10, 9.5, null]]);
    expect(t.indicatorsOf('执法记录仪购置')).toEqual<IndicatorTuple[]>([
      ['产出指标', '数量指标', '采购执法记录仪数量', '≥150台', '150台', 20, 20, null],
      ['产出指标', '质量指标', '设备验收合格率', '100%', '100%', 20, 20, null],
      [
        '产出指标',
        '时效指标',
        '配发完成时间',
        '2023年9月底前',
        '2023年11月',
        10,
        7,
        '招标流标一次，配发推迟两个月',
      ],
      ['效益指标', '社会效益指标', '执法全过程记录率', '≥95%', '98%', 20, 20, null],
      ['效益指标', '可持续影响指标', '设备使用年限', '≥5年', '≥5年', 10, 10, null],
      [...SAT, '一线民警满意度', '≥90%', '93%', 10, 10, null],
    ]);
    expect(t.problemsByLine(BARE)).toEqual([
      [76, '招标流标一次，配发推迟两个月'],
      [118, '招标文件编制不够严谨，导致首次招标流标，配发时间推迟'],
    ]);
  });

  it('reads a summary table of three projects opened by its header', () => {
    const doc = t.docOf(BARE_SUMMARY);
    expect(doc).toMatchObject({
      doc_kind: 'summary_table',
      status: 'ok',
      agency: '石泉县公安局',
      year: 2023,
    });
    expect(doc.title).toBe('石泉县公安局2023年度项目支出绩效自评结果汇总表');
    expect(t.figuresByLine(BARE_SUMMARY)).toEqual([
      ['派出所办案区改造', null, 80, 76, 0.95, 95, '优', 16],
      ['警用无人机购置', null, 45, 45, 1, 98, '优', 24],
      ['刑事技术耗材', null, 30, 21, 0.7, 82, '良', 32],
    ]);
    expect(facts(BARE_SUMMARY)).toEqual([
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
    ]);
    expect(t.flagRules(BARE_SUMMARY)).toEqual([]);
    expect(t.problemsByLine(BARE_SUMMARY)).toEqual([
      [47, '刑事技术耗材采购计划与实际需求衔接不够，预算执行率偏低'],
    ]);
  });

  it('glues lines into rows only inside a table a header opens; an extra blank line is an empty cell', () => {
    const prose = [
      '一、基本情况',
      '我局全年预算数为80万元，',
      '执行数为76万元。',
      '',
      '项目名称',
      '经费保障',
    ];
    expect(toRows(prose).map((r) => r.cells)).toEqual([
      ['一、基本情况'],
      ['我局全年预算数为80万元，'],
      ['执行数为76万元。'],
      ['项目名称', '经费保障'],
    ]);
    const table = [
      '一级指标',
      '二级指标',
      '三级指标',
      '',
      '',
      '产出指标',
      '数量指标',
      '点位',
      '',
      '二、问题',
      '一是…',
      '二是…',
    ];
    expect(toRows(splitLines(table.join('\n'))).map((r) => [r.line, r.lineEnd, r.cells])).toEqual([
      [1, 3, ['一级指标', '二级指标', '三级指标']],
      [6, 8, ['', '产出指标', '数量指标', '点位']],
      [10, 10, ['二、问题']],
      [11, 11, ['一是…']],
      [12, 12, ['二是…']],
    ]);
  });
});

describe('indicator tables', () => {
  it('skips a 序号 column: its numbers are neither levels nor names', () => {
    expectCleanProjectTables(t, SERIAL, '镇坪县公安局', 2023, 1);
    expect(t.figuresByLine(SERIAL)).toEqual([['交通违法监测设备运维', 45, 48, 46.08, 0.96, 97.6, '优', 1]]);
    expect(facts(SERIAL)).toEqual([['镇坪县公安局', '镇坪县公安局交通管理大队', 10, 9.6, null]]);
    expect(t.indicatorsOf('交通违法监测设备运维')).toEqual<IndicatorTuple[]>([
      ['产出指标', '数量指标', '运维监测点位', '12处', '12处', 20, 20, null],
      ['产出指标', '质量指标', '设备完好率', '≥95%', '97%', 20, 20, null],
      ['产出指标', '时效指标', '故障修复时限', '48小时内', '36小时', 10, 10, null],
      ['效益指标', '社会效益指标', '交通事故起数同比', '下降', '下降8%', 20, 18, '部分路段事故仍有反弹'],
      ['效益指标', '可持续影响指标', '设备运行年限', '≥3年', '≥3年', 10, 10, null],
      [...SAT, '群众满意度', '≥90%', '92%', 10, 10, null],
    ]);
    expect(t.problemsByLine(SERIAL)).toEqual([[12, '部分路段事故仍有反弹']]);
  });

  it('splits one "产出指标-数量指标" cell into both levels', () => {
    expectCleanProjectTables(t, PAIR, '宁陕县公安局', 2023, 1);
    expect(t.figuresByLine(PAIR)).toEqual([['禁毒宣传教育', 18, 18, 18, 1, 98, '优', 1]]);
    expect(facts(PAIR)).toEqual([['宁陕县公安局', '宁陕县公安局禁毒大队', 10, 10, null]]);
    expect(t.indicatorsOf('禁毒宣传教育')).toEqual<IndicatorTuple[]>([
      ['产出指标', '数量指标', '开展禁毒宣传场次', '≥30场', '35场', 30, 30, null],
      ['产出指标', '质量指标', '宣传材料发放覆盖率', '≥90%', '96%', 20, 20, null],
      ['效益指标', '社会效益指标', '新增吸毒人员数', '同比下降', '下降12%', 30, 28, null],
      [...SAT, '群众满意度', '≥90%', '90%', 10, 10, null],
    ]);
    expect(t.problemsByLine(PAIR)).toEqual([]);
    expect(levelPairOf('效益指标／社会效益')).toEqual(['效益指标', '社会效益指标']);
    expect(levelPairOf('产出指标-采购数量')).toBeNull();
  });

  it('reads columns set apart by ideographic spaces', () => {
    expectCleanProjectTables(t, FULLWIDTH, '平利县公安局', 2023, 1);
    expect(t.figuresByLine(FULLWIDTH)).toEqual([['反诈宣传专项经费', 30, 30, 24, 0.8, 96, '优', 1]]);
    expect(facts(FULLWIDTH)).toEqual([['平利县公安局', '平利县公安局刑事侦查大队', 10, 8, null]]);
    expect(t.indicatorsOf('反诈宣传专项经费')).toEqual<IndicatorTuple[]>([
      ['产出指标', '数量指标', '宣传活动场次', '≥40场', '46场', 30, 30, null],
      ['产出指标', '质量指标', '宣传覆盖率', '≥90%', '95%', 20, 20, null],
      ['效益指标', '社会效益指标', '电诈案件发案数同比', '下降', '下降15%', 20, 20, null],
      [...SAT, '群众满意度', '≥90%', '91%', 20, 18, null],
    ]);
    expect(t.problemsByLine(FULLWIDTH)).toEqual([]);
  });

  it('reads a header over two rows, 指标值 spanning 年度目标 and 实际完成', () => {
    expectCleanProjectTables(t, TWO_ROW, '汉阴县公安局', 2023, 1);
    expect(t.figuresByLine(TWO_ROW)).toEqual([['看守所伙食保障', 120, 132, 131.34, 0.995, 99.95, '优', 1]]);
    expect(facts(TWO_ROW)).toEqual([['汉阴县公安局', '汉阴县看守所', 10, 9.95, null]]);
    expect(t.indicatorsOf('看守所伙食保障')).toEqual<IndicatorTuple[]>([
      ['产出指标', '数量指标', '保障在押人员人数', '≥150人', '168人', 25, 25, null],
      ['产出指标', '质量指标', '伙食标准达标率', '100%', '100%', 25, 25, null],
      ['效益指标', '社会效益指标', '监所安全事故', '0起', '0起', 20, 20, null],
      [...SAT, '在押人员满意度', '≥85%', '88%', 20, 20, null],
    ]);
    expect(t.problemsByLine(TWO_ROW)).toEqual([]);
  });
});
