/**
 * Round-9 probes of project tables (项目支出绩效自评表) and summary tables: a funds block whose 执行率
 * is "—" or "/" with only 得分 given, fund-source rows (财政拨款 / 上年结转 / 其他资金) with no
 * 年度资金总额 row, indicator tables with 权重 / 实际得分 / 扣分原因 columns, 指标值 and 实际完成值
 * in one cell ("≥95%/98%"), the project code in brackets after the name ("（项目编码：…）"), and
 * summaries with reordered columns, "未执行" and 0 executed, 万元 in every cell, grade words
 * 优秀 / 良好 / 合格 / 不合格, a table split in two with its header and 合计 repeated, and an
 * Excel-like CSV with title, unit and 填表人 rows.
 */
import { describe, expect, it } from 'vitest';
import { splitCode } from '../../src/ingest/extract/observation.ts';
import { parseExecuted } from '../../src/ingest/normalize.ts';
import { expectCleanProjectTables, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const RATE_DASH = 'r9t-rate-dash-weight-column.txt';
const NO_TOTAL = 'r9t-fund-sources-no-total.txt';
const MERGED = 'r9t-merged-target-actual-code-name.txt';
const SLASH_MD = 'r9t-markdown-slash-rate-weight.md';
const CARRYOVER = 'r9t-source-rows-carryover-kouFen.txt';
const YUAN = 'r9t-yuan-sources-overspent-fullwidth-slash.txt';
const REORDERED = 'r9t-summary-reordered-not-executed.txt';
const WAN = 'r9t-summary-wan-cells-grade-words.txt';
const SPLIT = 'r9t-summary-split-repeated-header.txt';
const CSV = 'r9t-xlsx-title-unit-footer.csv';
const CODES = 'r9t-summary-trailing-code-zero-executed.txt';
const RESULT = 'r9t-summary-result-column.txt';
const SINGLE = 'r9t-single-source-row.txt';

const t = ingestBeforeAll(LAYOUTS, [
  RATE_DASH,
  NO_TOTAL,
  MERGED,
  SLASH_MD,
  CARRYOVER,
  YUAN,
  REORDERED,
  WAN,
  SPLIT,
  CSV,
  CODES,
  RESULT,
  SINGLE,
]);

function expectSummary(file: string, agency: string, year: number, projects: number): void {
  expect(t.docOf(file)).toMatchObject({ doc_kind: 'summary_table', agency, year, status: 'ok' });
  expect(t.projectsOf(file)).toHaveLength(projects);
}

/** The project fields no summary row states. */
const NO_DETAIL = {
  aliases: [],
  managing_dept: null,
  implementing_unit: null,
  execution_weight: null,
  execution_score: null,
  indicator_count: 0,
};

describe('a funds block whose 执行率 is "—": only 分值 and 得分 are given', () => {
  it('leaves the reported rate null, reads 权重 as the weight and 扣分原因 as the reason', () => {
    expectCleanProjectTables(t, RATE_DASH, '会理市公安局', 2023, 1);
    expect(t.docOf(RATE_DASH).title).toBe('项目支出绩效自评表');
    expect(t.project('看守所监管设施改造经费')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '会理市公安局',
      implementing_unit: '会理市公安局看守所',
      budget_initial: 120,
      budget_adjusted: 135,
      executed: 128.25,
      execution_rate: 0.95,
      execution_rate_reported: null,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 95.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('看守所监管设施改造经费')).toEqual([
      ['产出指标', '数量指标', '改造监室数量', '≥24间', '24间', 20, 20, null],
      ['产出指标', '质量指标', '改造工程验收合格率', '100%', '100%', 20, 20, null],
      [
        '产出指标',
        '时效指标',
        '工程完工时间',
        '2023年9月底前',
        '2023年11月',
        10,
        7,
        '设计变更导致工期延后两个月',
      ],
      ['效益指标', '社会效益指标', '监管安全事故发生数', '0起', '0起', 20, 20, null],
      ['效益指标', '可持续影响指标', '设施使用年限', '≥10年', '≥10年', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '在押人员家属满意度', '≥90%', '92%', 10, 9, '家属会见区改造滞后'],
    ]);
    expect(t.problemTexts(RATE_DASH)).toEqual(['设计变更导致工期延后两个月', '家属会见区改造滞后']);
    expect(t.problemLines(RATE_DASH)).toEqual([12, 15]);
  });

  it('reads "/" in a Markdown table as no rate, and the "总分" row spanning empty cells', () => {
    expectCleanProjectTables(t, SLASH_MD, '临夏市公安局', 2021, 1);
    expect(t.project('公安检查站运行经费')).toMatchObject({
      aliases: [],
      managing_dept: '临夏市公安局',
      implementing_unit: '临夏市公安局治安管理大队',
      budget_initial: 52,
      budget_adjusted: 52,
      executed: 49.4,
      execution_rate: 0.95,
      execution_rate_reported: null,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 95.5,
      grade: null,
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('公安检查站运行经费')).toEqual([
      ['产出指标', '数量指标', '检查站24小时运行天数', '365天', '365天', 30, 30, null],
      ['产出指标', '质量指标', '盘查人员信息录入准确率', '≥98%', '99%', 20, 20, null],
      ['效益指标', '社会效益指标', '查获在逃人员数', '≥10人', '14人', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '过往群众满意度', '≥85%', '80%', 20, 16, null],
    ]);
    expect(t.problemTexts(SLASH_MD)).toEqual([]);
  });
});

describe('fund-source rows with no 年度资金总额 row', () => {
  it('sums 财政拨款 and 其他资金; their disagreeing rates state no project rate', () => {
    expectCleanProjectTables(t, NO_TOTAL, '庐江县公安局', 2024, 1);
    const p = t.project('交通技术监控设备运维经费');
    expect(p).toMatchObject({
      aliases: [],
      managing_dept: '庐江县公安局',
      implementing_unit: '庐江县公安局交通管理大队',
      budget_initial: 86,
      budget_adjusted: 92,
      executed: 85.9,
      execution_rate_reported: null,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 97.5,
      grade: '优',
      indicator_count: 5,
    });
    expect(p.execution_rate).toBeCloseTo(85.9 / 92, 6);
    expect(p.sources.map((s) => [s.line_start, s.line_end])).toEqual([[2, 14]]);
    expect(t.indicatorsOf('交通技术监控设备运维经费')).toEqual([
      ['产出指标', '数量指标', '运维设备点位数', '≥150个', '156个', 20, 20, null],
      ['产出指标', '质量指标', '设备完好率', '≥95%', '97.2%', 20, 20, null],
      ['产出指标', '时效指标', '故障修复时限', '≤24小时', '18小时', 10, 10, null],
      ['效益指标', '社会效益指标', '道路交通事故起数下降率', '≥5%', '6.3%', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '91%', 20, 18, null],
    ]);
  });

  it('sums 当年财政拨款 and 上年结转资金 ("—" is no part); the one stated rate is the project’s', () => {
    expectCleanProjectTables(t, CARRYOVER, '仁怀市公安局', 2024, 1);
    expect(t.project('智慧派出所建设')).toMatchObject({
      aliases: [],
      code: '5207231240000000877',
      managing_dept: '仁怀市公安局',
      implementing_unit: '仁怀市公安局',
      budget_initial: 150,
      budget_adjusted: 180,
      executed: 174,
      execution_rate_reported: 0.96,
      execution_weight: 10,
      execution_score: 9.6,
      total_score: 95.6,
      grade: '优',
      indicator_count: 4,
    });
    // "无" in the 扣分原因 column is no reason.
    expect(t.indicatorsOf('智慧派出所建设')).toEqual([
      ['产出指标', '数量指标', '建成智慧派出所数量', '3个', '3个', 30, 30, null],
      ['产出指标', '质量指标', '系统联网率', '100%', '100%', 20, 20, null],
      [
        '效益指标',
        '社会效益指标',
        '警情处置平均时长',
        '≤15分钟',
        '17分钟',
        20,
        16,
        '部分辖区路网复杂，出警时间偏长',
      ],
      ['满意度指标', '服务对象满意度指标', '辖区群众满意度', '≥90%', '96%', 20, 20, null],
    ]);
    expect(t.problemTexts(CARRYOVER)).toEqual(['部分辖区路网复杂，出警时间偏长']);
  });

  it('sums source rows in 元 to 万元 and flags the overspending the sum shows', () => {
    expect(t.docOf(YUAN)).toMatchObject({ doc_kind: 'project_table', agency: '乡城县公安局', year: 2024 });
    expect(t.project('藏区维稳专项经费')).toMatchObject({
      aliases: [],
      managing_dept: '乡城县公安局',
      implementing_unit: '乡城县公安局特警大队',
      budget_initial: 60,
      budget_adjusted: 62,
      executed: 63.8,
      execution_rate_reported: null,
      execution_weight: 10,
      execution_score: 10,
      total_score: 98,
      grade: '优',
      indicator_count: 4,
    });
    // "指标值／实际完成值" with a full-width slash, 权重（%）, 实际得分; "100件/年/98件/年" splits at its middle slash.
    expect(t.indicatorsOf('藏区维稳专项经费')).toEqual([
      ['产出指标', '数量指标', '武装巡逻次数', '≥200次', '236次', 30, 30, null],
      ['产出指标', '质量指标', '应急处突装备配备', '100件/年', '98件/年', 20, 18, '两件装备供货延迟'],
      ['效益指标', '社会效益指标', '重大案事件发生数', '0起', '0起', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '94%', 10, 10, null],
    ]);
    expect(t.flagRules(YUAN)).toEqual(['executed_exceeds_budget']);
  });
});

describe('one fund-source row and no total', () => {
  it('reads the 财政拨款 row as the project’s funds', () => {
    expectCleanProjectTables(t, SINGLE, '武功县公安局', 2022, 1);
    expect(t.project('农村治安视频监控（雪亮工程）运维')).toMatchObject({
      aliases: [],
      code: null,
      managing_dept: '武功县公安局',
      implementing_unit: '武功县公安局科技通信科',
      budget_initial: 40,
      budget_adjusted: 40,
      executed: 39.2,
      execution_rate_reported: 0.98,
      execution_weight: 10,
      execution_score: 9.8,
      total_score: 96.8,
      grade: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('农村治安视频监控（雪亮工程）运维')).toEqual([
      ['产出指标', '数量指标', '运维监控点位', '≥600个', '612个', 25, 25, null],
      ['产出指标', '质量指标', '设备在线率', '≥95%', '93%', 25, 22, '部分点位光缆被施工挖断'],
      ['效益指标', '社会效益指标', '视频破案率', '≥30%', '34%', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '95%', 20, 20, null],
    ]);
  });
});

describe('指标值 and 实际完成值 in one cell; the code in brackets after the project name', () => {
  it('splits "≥95%/98%" into target and actual and reads "（项目编码：…）" as the code', () => {
    expectCleanProjectTables(t, MERGED, '眉县公安局', 2022, 1);
    expect(t.project('执法办案中心建设')).toMatchObject({
      aliases: [],
      code: '610326220000000123',
      managing_dept: '眉县公安局',
      implementing_unit: '眉县公安局法制大队',
      budget_initial: 300,
      budget_adjusted: 300,
      executed: 276,
      execution_rate_reported: 0.92,
      execution_weight: 10,
      execution_score: 9.2,
      total_score: 96.2,
      grade: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('执法办案中心建设')).toEqual([
      ['产出指标', '数量指标', '建设功能室数量', '≥12间', '12间', 20, 20, null],
      ['产出指标', '质量指标', '执法办案系统上线率', '≥95%', '98%', 20, 20, null],
      ['产出指标', '时效指标', '项目完成时间', '2022年12月', '2022年12月', 10, 10, null],
      [
        '效益指标',
        '社会效益指标',
        '案件办理规范率',
        '≥95%',
        '93%',
        20,
        17,
        '部分民警系统操作不熟练，已组织培训',
      ],
      ['满意度指标', '服务对象满意度指标', '办案民警满意度', '≥90%', '95%', 20, 20, null],
    ]);
    expect(t.problemLines(MERGED)).toEqual([10]);
  });
});

describe('summary tables', () => {
  it('reads columns ordered 项目名称 | 自评得分 | 执行率 | 执行数 | 预算数; "未执行" and "0" are 0 executed', () => {
    expectSummary(REORDERED, '通渭县公安局', 2023, 4);
    expect(t.figuresOf(REORDERED)).toEqual([
      ['刑事技术实验室耗材经费', 50, null, 48, 0.96, 94, null],
      ['反电诈宣传经费', 20, null, 17, 0.85, 88, null],
      ['警用无人机购置', 60, null, 0, 0, 55, null],
      ['派出所标准化建设', 35, null, 0, 0, 72, null],
    ]);
    for (const p of t.projectsOf(REORDERED)) expect(p).toMatchObject({ ...NO_DETAIL, code: null });
    expect(t.flagRules(REORDERED)).toEqual([]);
  });

  it('reads 万元 written in every cell and keeps the grade words; flags 优秀 at 88 only', () => {
    expectSummary(WAN, '和政县公安局', 2024, 5);
    expect(t.figuresOf(WAN)).toEqual([
      ['巡特警装备购置', 45.5, 48, 46.08, 0.96, 93, '优秀'],
      ['社区警务室运行经费', 12, 12, 10.2, 0.85, 86.5, '良好'],
      ['出入境证件制作经费', 8, 8, 6, 0.75, 68, '合格'],
      ['禁毒戒毒经费', 20, 20, 9, 0.45, 52, '不合格'],
      ['网络安全等级保护测评', 15, 15, 14.7, 0.98, 88, '优秀'],
    ]);
    expect(t.projectsOf(WAN).map((p) => p.grade_band)).toEqual(['优', '良', '中', '差', '良']);
    expect(t.flagRules(WAN)).toEqual(['grade_score_mismatch']);
    const flag = t.tables.flags.find((f) => f.rule === 'grade_score_mismatch');
    expect(flag?.project_id).toBe(t.project('网络安全等级保护测评').project_id);
  });

  it('reads a table split in two, its header repeated and a 合计 after each part', () => {
    expectSummary(SPLIT, '新源县公安局', 2022, 4);
    expect(t.figuresOf(SPLIT)).toEqual([
      ['边境检查站运行经费', 66, 70, 68.6, 0.98, 97, null],
      ['治安卡口运维经费', 40, 40, 38, 0.95, 94, null],
      ['牧区警务室建设', 90, 90, 72, 0.8, 84, null],
      ['反恐防暴演练经费', 15, 15, 15, 1, 98, null],
    ]);
    expect(t.projectsOf(SPLIT).map((p) => p.sources[0]?.line_start)).toEqual([4, 5, 10, 11]);
    expect(t.flagRules(SPLIT)).toEqual([]);
  });

  it('reads an Excel-like CSV: title row, "单位：元", header, 合计 and a 填表人 footer', () => {
    expectSummary(CSV, '遵化市公安局', 2023, 3);
    expect(t.docOf(CSV).title).toBe('遵化市公安局2023年度项目支出绩效自评情况表');
    expect(t.figuresOf(CSV)).toEqual([
      ['交巡警执勤车辆运维', 125, 130, 122.2, 0.94, 92, null],
      ['看守所被监管人员给养', 86, 90, 90, 1, 98, null],
      ['治安监控补点建设', 200, 200, 110, 0.55, 91, null],
    ]);
    expect(t.flagRules(CSV)).toEqual(['high_score_low_execution']);
  });

  it('reads "（项目编码：…）" after each name as the code; 0 executed at 92 points is flagged', () => {
    expectSummary(CODES, '昭觉县公安局', 2023, 3);
    expect(t.figuresOf(CODES)).toEqual([
      ['彝区禁毒防艾宣传经费', 25, null, 24.5, 0.98, 95, '优秀'],
      ['移民安置区警务室建设', 80, null, 0, null, 92, '优秀'],
      ['校园安保设施维护', 18, null, 16.2, 0.9, 81, '良好'],
    ]);
    expect(t.projectsOf(CODES).map((p) => p.code)).toEqual([
      '51343123T000000451',
      '51343123T000000452',
      '51343123T000000453',
    ]);
    expect(t.project('移民安置区警务室建设').execution_rate).toBe(0);
    expect(t.flagRules(CODES)).toEqual(['high_score_low_execution']);
  });
});

describe('a summary whose 评价结果 column states grade and score', () => {
  it('reads "优秀（94分）" as both', () => {
    expectSummary(RESULT, '鄯善县公安局', 2023, 3);
    expect(t.figuresOf(RESULT)).toEqual([
      ['反恐维稳装备购置', 120, null, 118.8, 0.99, 94, '优秀'],
      ['交通违法抓拍系统运维', 36, null, 30.6, 0.85, 83, '良好'],
      ['看守所视频监控改造', 48, null, 24, 0.5, 64, '合格'],
    ]);
    for (const p of t.projectsOf(RESULT)) expect(p).toMatchObject({ ...NO_DETAIL, code: null });
    expect(t.flagRules(RESULT)).toEqual([]);
  });
});

describe('round-9 helpers', () => {
  it.each([
    ['未执行', 0],
    ['尚未支出', 0],
    ['0', 0],
    ['12.5万元', 12.5],
    ['—', null],
    ['未定', null],
  ])('parseExecuted reads %s as %s', (cell, value) => {
    expect(parseExecuted(cell)).toBe(value);
  });

  it.each([
    ['执法办案中心建设（项目编码：5101）', null, '执法办案中心建设（项目编码：5101）'],
    ['执法办案中心建设（项目编码：51012300001）', '51012300001', '执法办案中心建设'],
    ['【项目代码：51012300001】执法办案中心建设', '51012300001', '执法办案中心建设'],
    ['维护项目（含2022年结转）', null, '维护项目（含2022年结转）'],
  ])('splitCode reads %s', (cell, code, name) => {
    expect(splitCode(cell)).toEqual({ code, name });
  });
});
