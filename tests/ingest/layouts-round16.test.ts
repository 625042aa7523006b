/**
 * Round 16: two gaps round 15 left.
 *  - A police unit named right under its county or city, without its bureau ("宁都县交警大队",
 *    "赣州市公安交通管理支队"), signing a report (title, 单位名称, signature) is an agency, with the
 *    region from the gazetteer. It stays apart from the bureau's unit ("宁都县公安局交通警察大队"): a
 *    name that leaves the bureau out is not read as the bureau's. Other units ("县财政局") are no
 *    police agency.
 *  - An amount in capital numerals that is a whole table cell ("壹拾贰万伍仟元整", "人民币壹佰万元",
 *    "…元整（小写：125000元）") is read, its 元 beating the header's unit; a cell that only contains one
 *    ("约壹拾万元") or has no 元 ("壹拾贰万伍仟") stays null.
 * Fixtures: tests/fixtures/layouts/r16-*, written by scripts/make-round16-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { agencyKey, sameAgency } from '../../src/ingest/agency.ts';
import { capitalAmountCell } from '../../src/ingest/chinese-numerals.ts';
import {
  divisionUnitMentions,
  isDivisionUnit,
  stripAgencyPrefix,
  stripDivisionUnit,
} from '../../src/ingest/extract/document-info.ts';
import { parseAmount, parseExecuted } from '../../src/ingest/normalize.ts';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const BRIGADE = 'r16-division-brigade-narrative.txt';
const BUREAU_BRIGADE = 'r16-bureau-brigade-summary.txt';
const DETACHMENT = 'r16-detachment-capital-table.txt';
const CAPITAL_SUMMARY = 'r16-capital-amount-summary.txt';
const FINANCE = 'r16-finance-bureau.txt';

const t = ingestBeforeAll(LAYOUTS, [BRIGADE, BUREAU_BRIGADE, DETACHMENT, CAPITAL_SUMMARY, FINANCE]);

/** The projects' extras (IngestedTables.projectExtras), then each one's agency and year. */
function extras(file: string): unknown[][] {
  const projects = t.projectsOf(file);
  return t.projectExtras(file).map((row, k) => [...row, projects[k]?.agency, projects[k]?.year]);
}

describe('a police unit named without its bureau', () => {
  it('reads the 交警大队 signing a narrative as the agency, named in full, with its county', () => {
    expect(t.documentFacts(BRIGADE)).toEqual([
      'narrative',
      '宁都县交警大队2023年度道路交通安全设施维护项目支出绩效自评报告',
      '宁都县交通警察大队',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.agencyFacts('宁都县交通警察大队')).toEqual([['宁都县交警大队'], '江西省', '赣州市', '宁都县']);
    expect(t.figuresByLine(BRIGADE)).toEqual([['道路交通安全设施维护', 60, 64, 62.08, 0.97, 92, '优', 1]]);
    expect(extras(BRIGADE)).toEqual([
      [null, null, null, [], null, null, '优', 0, '宁都县交通警察大队', 2023],
    ]);
    expect(t.sourceLines(BRIGADE)).toEqual([[1, 8, 11]]);
    expect(t.flagRules(BRIGADE)).toEqual([]);
    expect(t.departmentOf(BRIGADE)).toBeUndefined();
    expect(t.problemsAttributed(BRIGADE)).toEqual([
      [14, '部分乡道交通标志老化，更新进度滞后', ['执行进度滞后', '设备与系统运维'], '道路交通安全设施维护'],
      [15, '维护项目验收标准不统一，考核依据不足', ['监控与管理机制不健全'], '道路交通安全设施维护'],
    ]);
  });

  it('keeps the bureau’s own 交通警察大队 a separate agency', () => {
    expect(t.documentFacts(BUREAU_BRIGADE)).toEqual([
      'summary_table',
      '宁都县公安局交通警察大队2023年度项目支出绩效自评结果汇总表',
      '宁都县公安局交通警察大队',
      2023,
      'ok',
      '已提取 2 个项目',
    ]);
    expect(t.agencyFacts('宁都县公安局交通警察大队')).toEqual([[], '江西省', '赣州市', '宁都县']);
    expect(t.figuresByLine(BUREAU_BRIGADE)).toEqual([
      ['交通事故快处快赔中心运行', 22, 24, 23.52, 0.98, 94, '优', 4],
      ['酒驾醉驾专项整治', 15, 15, 14.25, 0.95, 91, '优', 5],
    ]);
    expect(extras(BUREAU_BRIGADE)).toEqual([
      [null, null, null, [], null, null, '优', 0, '宁都县公安局交通警察大队', 2023],
      [null, null, null, [], null, null, '优', 0, '宁都县公安局交通警察大队', 2023],
    ]);
    expect(t.flagRules(BUREAU_BRIGADE)).toEqual([]);
    expect(t.problemsOf(BUREAU_BRIGADE)).toEqual([]);
    expect(t.departmentOf(BUREAU_BRIGADE)).toBeUndefined();
    expect(t.tables.agencies.filter((a) => a.name.startsWith('宁都县')).map((a) => a.name)).toEqual([
      '宁都县交通警察大队',
      '宁都县公安局交通警察大队',
    ]);
  });

  it('reads a 公安交通管理支队’s table, capital fund cells included; its 主管部门 is no other name of it', () => {
    expect(t.documentFacts(DETACHMENT)).toEqual([
      'project_table',
      '赣州市公安交通管理支队2023年度项目支出绩效自评表',
      '赣州市公安交通管理支队',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.agencyFacts('赣州市公安交通管理支队')).toEqual([[], '江西省', '赣州市', null]);
    expect(t.figuresByLine(DETACHMENT)).toEqual([
      ['城区智能交通信号控制系统运维', 100, 100, 96.8, 0.968, 95.7, '优', 1],
    ]);
    expect(extras(DETACHMENT)).toEqual([
      [null, '赣州市公安局', '赣州市公安交通管理支队', [], 10, 9.7, '优', 4, '赣州市公安交通管理支队', 2023],
    ]);
    expect(t.indicatorsOf('城区智能交通信号控制系统运维')).toEqual([
      ['产出指标', '数量指标', '运维信号控制路口', '≥120个', '126个', 30, 30, null],
      ['产出指标', '质量指标', '信号机故障修复率', '≥95%', '97%', 20, 20, null],
      [
        '效益指标',
        '社会效益指标',
        '高峰时段主干道平均车速提升',
        '≥5%',
        '4.2%',
        30,
        26,
        '部分路口改造施工影响',
      ],
      ['满意度指标', '服务对象满意度指标', '市民出行满意度', '≥90%', '93%', 10, 10, null],
    ]);
    expect(t.flagRules(DETACHMENT)).toEqual([]);
    expect(t.departmentOf(DETACHMENT)).toBeUndefined();
    expect(t.problemsAttributed(DETACHMENT)).toEqual([
      [10, '部分路口改造施工影响', ['其他'], '城区智能交通信号控制系统运维'],
    ]);
  });

  it('finds no agency in a 县财政局’s report', () => {
    expect(t.documentFacts(FINANCE)).toEqual([
      'narrative',
      '宁都县财政局2023年度财政票据电子化改革项目支出绩效自评报告',
      null,
      2023,
      'partial',
      // Its project cannot be of an agency, so it is not written; the reason says so.
      '未识别单位名称，1 个项目无法归属单位，未写入',
    ]);
    expect(t.projectsOf(FINANCE)).toEqual([]);
    expect(t.problemsOf(FINANCE)).toEqual([]);
    expect(t.flagRules(FINANCE)).toEqual([]);
    expect(t.tables.agencies.map((a) => a.name)).toEqual([
      '宁都县交通警察大队',
      '宁都县公安局交通警察大队',
      '石城县公安局',
      '赣州市公安交通管理支队',
    ]);
  });

  it('accepts only police units whose whole prefix is a city or county', () => {
    const units = [
      '宁都县交警大队',
      '宁都县交通警察大队',
      '宁都交警大队',
      '江西省宁都县治安大队',
      '赣州市公安交通管理支队',
    ];
    // Every unit word agency.ts knows (short and official), 经侦 included.
    const more = ['宁都县刑警大队', '宁都县网安大队', '宁都县特警大队', '宁都县巡警大队', '宁都县经侦大队'];
    for (const name of [...units, ...more, '宁都县经济犯罪侦查大队'])
      expect(isDivisionUnit(name), name).toBe(true);
    const others = [
      '宁都县财政局',
      '宁都县看守所',
      '宁都县公安局交警大队',
      '全县交警大队',
      '某某新区交警大队',
      '宁都县交警中队',
      '宁都县消防救援大队',
    ];
    for (const name of others) expect(isDivisionUnit(name), name).toBe(false);
    expect(divisionUnitMentions('经综合评价，由宁都县交通警察大队负责实施')).toEqual(['宁都县交通警察大队']);
    expect(divisionUnitMentions('全县交警大队和县财政局')).toEqual([]);
    expect(divisionUnitMentions('宁都县公安局交警大队')).toEqual([]);
    expect(stripAgencyPrefix('宁都县交警大队2023年度道路交通安全设施维护')).toBe(
      '2023年度道路交通安全设施维护',
    );
    expect(stripDivisionUnit('全县交警大队2023年度')).toBe('全县交警大队2023年度');
  });

  it('keys the unit with its official name, apart from the bureau’s unit', () => {
    expect(sameAgency('宁都县交警大队', '宁都县交通警察大队')).toBe(true);
    expect(sameAgency('宁都交警大队', '宁都县交通警察大队')).toBe(true);
    expect(sameAgency('宁都县交警大队', '宁都县公安局交通警察大队')).toBe(false);
    expect(agencyKey('赣州市公安交通管理支队')).toBe('江西省|赣州市||公安交通管理支队');
  });
});

describe('amounts in capital numerals in table cells', () => {
  it('reads a summary’s whole capital cells, and leaves partial ones null', () => {
    expect(t.documentFacts(CAPITAL_SUMMARY)).toEqual([
      'summary_table',
      '石城县公安局2023年度项目支出绩效自评结果汇总表',
      '石城县公安局',
      2023,
      'ok',
      '已提取 3 个项目',
    ]);
    expect(t.agencyFacts('石城县公安局')).toEqual([[], '江西省', '赣州市', '石城县']);
    expect(t.figuresByLine(CAPITAL_SUMMARY)).toEqual([
      ['执法记录仪购置', 12.5, 12.5, 12.4, 0.992, 96, '优', 4],
      ['反诈宣传经费', null, null, 9.6, 0.96, 92, '优', 5],
      ['警用车辆维修', 20, 20.05, 19.8, 0.9875, 90, '优', 6],
    ]);
    expect(extras(CAPITAL_SUMMARY)).toEqual([
      [null, null, null, [], null, null, '优', 0, '石城县公安局', 2023],
      [null, null, null, [], null, null, '优', 0, '石城县公安局', 2023],
      [null, null, null, [], null, null, '优', 0, '石城县公安局', 2023],
    ]);
    expect(t.flagRules(CAPITAL_SUMMARY)).toEqual([]);
    expect(t.problemsOf(CAPITAL_SUMMARY)).toEqual([]);
    expect(t.departmentOf(CAPITAL_SUMMARY)).toBeUndefined();
  });

  it('reads a cell only when it is a well-formed capital amount with its 元', () => {
    const read: [string, number][] = [
      ['壹拾贰万伍仟元整', 12.5],
      ['人民币壹佰万元', 100],
      ['人民币 壹佰 万元整', 100],
      ['贰拾万元整（小写：200000元）', 20],
      ['壹拾贰万伍仟元整（12.5万元）', 12.5],
      ['壹万零伍佰元', 1.05],
      ['叁佰贰拾元伍角', 0.03205],
      ['壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角捌分', 1234.567898],
    ];
    for (const [cell, value] of read) {
      expect(parseAmount(cell, '元'), cell).toBe(value);
      expect(parseExecuted(cell, '万元'), cell).toBe(value);
    }
    const unread = [
      '贰拾万元整（小写：210000元）',
      '壹拾贰万伍仟',
      '约壹拾万元',
      '五十万元',
      '壹壹元',
      '佰拾元',
      '壹佰仟元',
      '壹拾贰点伍万元',
      '拾万元',
    ];
    for (const cell of unread) expect(parseAmount(cell), cell).toBeNull();
    expect(capitalAmountCell('壹拾贰万伍仟元整')).toBe(125000);
    expect(capitalAmountCell('项目资金壹拾贰万伍仟元整')).toBeNull();
  });
});
