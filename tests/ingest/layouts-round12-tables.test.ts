/**
 * Round-12 probes of project tables (项目支出绩效自评表) and summary tables: a blank 全年预算数 beside
 * 年初, a 预算执行率 row among the indicators (weights 90 + 10), as a level-1 row first, a rate over
 * 100 %, "执行率（%）" and "权重（%）" headers, units in every cell ("36万元", "10分"), a vertical form
 * of "label ⇥⇥ value" rows, two tables under one shared header block (主管部门 stated once); summaries
 * of 一级项目 / 二级项目 with 小计 rows, a row repeated after a page break, 项目编码 with numbered
 * category rows ("（一） | 专项业务类"), "预算数（万元）" with a bare "105.00" rate, "万"/"分" in every
 * CSV cell, one name under two 实施单位, two HTML tables each closed by 合计. Also the known
 * defects of rounds 10–11: a ticked checkbox grade, a vertical xlsx form's 总分 and 执行率得分, and
 * score-only projects named in prose.
 */
import { describe, expect, it } from 'vitest';
import { mergeProjects } from '../../src/ingest/merge.ts';
import { emptyObservation } from '../../src/ingest/extract/observation.ts';
import { tickedOption } from '../../src/ingest/extract/labels.ts';
import type { ProjectObservation } from '../../src/ingest/types.ts';
import {
  expectCleanProjectTables,
  ingestBeforeAll,
  LAYOUTS,
  type IndicatorTuple,
} from '../helpers/ingest.ts';

const INITIAL_ONLY = 'r12t-initial-only-adjusted-blank.txt';
const EXECUTION_ROW = 'r12t-execution-row-weights-90.txt';
const EXECUTION_FIRST = 'r12t-execution-level1-first.txt';
const OVER_100 = 'r12t-project-rate-over-100.txt';
const PERCENT_HEADERS = 'r12t-project-rate-percent-header.txt';
const UNITS_IN_CELLS = 'r12t-project-units-in-cells.md';
const VERTICAL = 'r12t-vertical-form-double-tab.txt';
const SHARED_HEADER = 'r12t-shared-header-two-tables.txt';
const LEVELS = 'r12t-summary-level1-level2.txt';
const REPEAT = 'r12t-summary-page-repeat-row.txt';
const CATEGORIES = 'r12t-summary-codes-categories-conclusion.txt';
const RATE_PERCENT = 'r12t-summary-rate-percent-header-overrun.txt';
const WAN = 'r12t-summary-wan-every-cell.csv';
const TWO_UNITS = 'r12t-summary-same-name-two-units.txt';
const TWO_TABLES = 'r12t-summary-two-tables-html.html';
const FORM_XLSX = 'r10f-form-two-sheets.xlsx';

const t = ingestBeforeAll(LAYOUTS, [
  INITIAL_ONLY,
  EXECUTION_ROW,
  EXECUTION_FIRST,
  OVER_100,
  PERCENT_HEADERS,
  UNITS_IN_CELLS,
  VERTICAL,
  SHARED_HEADER,
  LEVELS,
  REPEAT,
  CATEGORIES,
  RATE_PERCENT,
  WAN,
  TWO_UNITS,
  TWO_TABLES,
  FORM_XLSX,
]);

const SATISFACTION = ['满意度指标', '服务对象满意度指标'] as const;

/** A project's header-block and execution facts: [managing, implementing, weight, execution score, code]. */
function facts(file: string): unknown[][] {
  return t
    .projectsOf(file)
    .map((p) => [p.managing_dept, p.implementing_unit, p.execution_weight, p.execution_score, p.code]);
}

/** A summary document of the given agency, read without flags unless listed. */
function expectSummary(file: string, agency: string, title: string, flags: string[] = []): void {
  expect(t.docOf(file)).toMatchObject({ doc_kind: 'summary_table', status: 'ok', agency, year: 2023, title });
  expect(t.flagRules(file)).toEqual(flags);
}

describe('project tables', () => {
  it('leaves a blank 全年预算数 missing and reads 年初 and the rest', () => {
    expectCleanProjectTables(t, INITIAL_ONLY, '岚皋县公安局', 2023, 1);
    expect(t.figuresByLine(INITIAL_ONLY)).toEqual([
      ['看守所监控系统升级改造', 86, null, 81.7, 0.95, 97.5, '优', 1],
    ]);
    expect(facts(INITIAL_ONLY)).toEqual([['岚皋县公安局', '岚皋县公安局看守所', 10, 9.5, null]]);
    const indicators: IndicatorTuple[] = [
      ['产出指标', '数量指标', '更换高清摄像机', '≥120路', '126路', 20, 20, null],
      ['产出指标', '质量指标', '系统验收合格率', '100%', '100%', 15, 15, null],
      [
        '产出指标',
        '时效指标',
        '完工时间',
        '2023年10月底前',
        '2023年11月中旬',
        10,
        8,
        '设备到货延迟，工期顺延半个月',
      ],
      ['效益指标', '社会效益指标', '监所安全事故', '0起', '0起', 20, 20, null],
      ['效益指标', '可持续影响指标', '系统使用年限', '≥5年', '≥5年', 10, 10, null],
      [...SATISFACTION, '监管民警满意度', '≥90%', '94%', 15, 15, null],
    ];
    expect(t.indicatorsOf('看守所监控系统升级改造')).toEqual(indicators);
    expect(t.problemsByLine(INITIAL_ONLY)).toEqual([[14, '设备到货延迟，工期顺延半个月']]);
  });

  it('takes a 预算执行率 row among the indicators as the execution (weights 90 + 10), not an indicator', () => {
    expectCleanProjectTables(t, EXECUTION_ROW, '紫阳县公安局', 2023, 1);
    expect(t.figuresByLine(EXECUTION_ROW)).toEqual([
      ['城区治安防控网建设', 150, 168, 159.6, 0.95, 96.5, null, 1],
    ]);
    expect(facts(EXECUTION_ROW)).toEqual([['紫阳县公安局', '紫阳县公安局巡特警大队', 10, 9.5, null]]);
    expect(t.indicatorsOf('城区治安防控网建设')).toEqual([
      ['产出指标', '数量指标', '新建治安岗亭', '6个', '6个', 20, 20, null],
      ['产出指标', '质量指标', '工程验收合格率', '100%', '100%', 15, 15, null],
      ['产出指标', '时效指标', '建设完成时间', '2023年9月前', '2023年9月', 10, 10, null],
      ['产出指标', '成本指标', '单个岗亭建设成本', '≤22万元', '21.5万元', 5, 5, null],
      [
        '效益指标',
        '社会效益指标',
        '城区可防性案件下降率',
        '≥10%',
        '8.6%',
        20,
        17,
        '部分岗亭投入使用时间较晚，防控效果尚未充分显现',
      ],
      [...SATISFACTION, '群众满意度', '≥90%', '93%', 20, 20, null],
    ]);
    expect(t.problemsByLine(EXECUTION_ROW)).toEqual([[13, '部分岗亭投入使用时间较晚，防控效果尚未充分显现']]);
  });

  it('reads a "预算执行率（10分）" level-1 row placed first, before 产出指标（40分）', () => {
    expectCleanProjectTables(t, EXECUTION_FIRST, '宁强县公安局', 2023, 1);
    expect(t.figuresByLine(EXECUTION_FIRST)).toEqual([
      ['监管场所医疗保障经费', 40, 44, 39.6, 0.9, 96, '优', 1],
    ]);
    expect(facts(EXECUTION_FIRST)).toEqual([['宁强县公安局', '宁强县公安局看守所', 10, 9, null]]);
    expect(t.indicatorsOf('监管场所医疗保障经费')).toEqual([
      ['产出指标', '数量指标', '在押人员健康体检', '≥1200人次', '1260人次', 20, 20, null],
      ['产出指标', '质量指标', '疾病筛查覆盖率', '100%', '100%', 20, 20, null],
      ['效益指标', '社会效益指标', '监管场所非正常死亡', '0起', '0起', 30, 30, null],
      [...SATISFACTION, '在押人员家属满意度', '≥85%', '82%', 20, 17, '家属探视渠道有限，沟通不够及时'],
    ]);
    expect(t.problemsByLine(EXECUTION_FIRST)).toEqual([[12, '家属探视渠道有限，沟通不够及时']]);
  });

  it('reads a rate over 100 % as stated and flags the overspending', () => {
    expect(t.docOf(OVER_100)).toMatchObject({
      doc_kind: 'project_table',
      agency: '汉阴县公安局',
      year: 2023,
    });
    expect(t.figuresByLine(OVER_100)).toEqual([['执法办案区智能化改造', 50, 50, 51, 1.02, 100, '优', 1]]);
    expect(facts(OVER_100)).toEqual([['汉阴县公安局', '汉阴县公安局法制大队', 10, 10, null]]);
    expect(t.indicatorsOf('执法办案区智能化改造')).toEqual([
      ['产出指标', '数量指标', '改造功能室', '8间', '8间', 25, 25, null],
      ['产出指标', '质量指标', '验收合格率', '100%', '100%', 15, 15, null],
      ['效益指标', '社会效益指标', '办案安全事故', '0起', '0起', 30, 30, null],
      [...SATISFACTION, '办案民警满意度', '≥90%', '95%', 20, 20, null],
    ]);
    // 51 spent of 50: a real overrun; 10 points for 102 % is within rate × weight.
    expect(t.flagRules(OVER_100)).toEqual(['executed_exceeds_budget']);
    expect(t.problemsOf(OVER_100)).toEqual([]);
  });

  it('reads "执行率（%）" values without % and a "权重（%）" column as weights', () => {
    expectCleanProjectTables(t, PERCENT_HEADERS, '石泉县公安局', 2023, 1);
    expect(t.figuresByLine(PERCENT_HEADERS)).toEqual([
      ['刑事技术DNA实验室运行', 66, 66, 63.03, 0.955, 96.55, '优秀', 1],
    ]);
    expect(facts(PERCENT_HEADERS)).toEqual([['石泉县公安局', '石泉县公安局刑事科学技术室', 10, 9.55, null]]);
    expect(t.indicatorsOf('刑事技术DNA实验室运行')).toEqual([
      ['产出指标', '数量指标', '完成DNA检验样本', '≥3000份', '3260份', 25, 25, null],
      ['产出指标', '质量指标', '检验结果准确率', '100%', '100%', 20, 20, null],
      [
        '效益指标',
        '社会效益指标',
        'DNA比中破案数',
        '≥40起',
        '36起',
        25,
        22,
        '部分比中线索尚在核查，未计入破案数',
      ],
      [...SATISFACTION, '办案单位满意度', '≥90%', '96%', 20, 20, null],
    ]);
    expect(t.problemsByLine(PERCENT_HEADERS)).toEqual([[10, '部分比中线索尚在核查，未计入破案数']]);
  });

  it('reads a Markdown table whose every cell carries its unit ("36万元", "10分", "96.1分")', () => {
    expectCleanProjectTables(t, UNITS_IN_CELLS, '宁陕县公安局', 2023, 1);
    expect(t.figuresByLine(UNITS_IN_CELLS)).toEqual([
      ['森林公安巡护经费', 36, 40, 38.4, 0.96, 96.1, '优', 1],
    ]);
    expect(facts(UNITS_IN_CELLS)).toEqual([['宁陕县公安局', '宁陕县公安局森林警察大队', 10, 9.6, null]]);
    expect(t.indicatorsOf('森林公安巡护经费')).toEqual([
      ['产出指标', '数量指标', '巡护里程', '≥12000公里', '12860公里', 30, 30, null],
      ['产出指标', '时效指标', '火情发现报告时间', '≤30分钟', '18分钟', 20, 20, null],
      ['效益指标', '生态效益指标', '森林火灾受害率', '≤0.9‰', '0.3‰', 20, 20, null],
      [...SATISFACTION, '林区群众满意度', '≥90%', '88%', 20, 16.5, null],
    ]);
    expect(t.problemsOf(UNITS_IN_CELLS)).toEqual([]);
  });

  it('reads a vertical form of "label ⇥⇥ value" rows, 总分 and 自评等级 last', () => {
    expectCleanProjectTables(t, VERTICAL, '镇巴县公安局', 2023, 1);
    expect(t.figuresByLine(VERTICAL)).toEqual([
      ['山区道路交通安全防护设施', 120, 120, 102, 0.85, 94.5, '优', 1],
    ]);
    expect(facts(VERTICAL)).toEqual([['镇巴县公安局', '镇巴县公安局交通管理大队', 10, 8.5, null]]);
    expect(t.indicatorsOf('山区道路交通安全防护设施')).toEqual([
      ['产出指标', '数量指标', '新建波形护栏', '≥18公里', '18.6公里', 30, 30, null],
      ['产出指标', '时效指标', '完工时间', '2023年10月前', '2023年12月', 10, 6, '雨季施工受阻，工期延后'],
      ['效益指标', '社会效益指标', '事故多发路段事故下降率', '≥20%', '24%', 30, 30, null],
      [...SATISFACTION, '沿线群众满意度', '≥90%', '92%', 20, 20, null],
    ]);
    expect(t.problemsByLine(VERTICAL)).toEqual([[13, '雨季施工受阻，工期延后']]);
  });

  it('gives every table the 主管部门 a header block states once above 表1 and 表2', () => {
    expectCleanProjectTables(t, SHARED_HEADER, '旬阳市公安局', 2023, 2);
    expect(t.figuresByLine(SHARED_HEADER)).toEqual([
      ['执法记录仪购置', 48, 48, 46.56, 0.97, 99.7, null, 7],
      ['反电诈宣传经费', 20, 25, 20, 0.8, 92, null, 19],
    ]);
    expect(facts(SHARED_HEADER)).toEqual([
      ['旬阳市公安局', '旬阳市公安局警务保障室', 10, 9.7, null],
      ['旬阳市公安局', '旬阳市公安局刑事侦查大队', 10, 8, null],
    ]);
    expect(t.indicatorsOf('执法记录仪购置')).toEqual([
      ['产出指标', '数量指标', '购置执法记录仪', '240台', '240台', 30, 30, null],
      ['产出指标', '质量指标', '设备验收合格率', '100%', '100%', 20, 20, null],
      ['效益指标', '社会效益指标', '执法全过程记录覆盖率', '100%', '100%', 20, 20, null],
      [...SATISFACTION, '一线民警满意度', '≥90%', '92%', 20, 20, null],
    ]);
    expect(t.indicatorsOf('反电诈宣传经费')).toEqual([
      ['产出指标', '数量指标', '开展宣传活动', '≥100场', '112场', 30, 30, null],
      ['产出指标', '时效指标', '宣传覆盖周期', '全年', '全年', 10, 10, null],
      [
        '效益指标',
        '社会效益指标',
        '电诈案件发案下降率',
        '≥15%',
        '11%',
        30,
        24,
        '新型诈骗手法翻新快，宣传针对性不足',
      ],
      [...SATISFACTION, '群众满意度', '≥90%', '91%', 20, 20, null],
    ]);
    expect(t.problemsByLine(SHARED_HEADER)).toEqual([[26, '新型诈骗手法翻新快，宣传针对性不足']]);
  });
});

describe('summary tables', () => {
  it('lists the 二级项目 under each 一级项目, its 小计 row and the 合计 no project', () => {
    expectSummary(LEVELS, '镇坪县公安局', '镇坪县公安局2023年度项目支出绩效自评结果汇总表');
    expect(t.figuresByLine(LEVELS)).toEqual([
      ['城区视频监控运维', 80, 80, 76, 0.95, 94, null, 5],
      ['110指挥中心运行', 60, 70, 66.5, 0.95, 93, null, 6],
      ['警用车辆运行维护', 70, 80, 76, 0.95, 92, null, 7],
      ['刑事案件侦办经费', 55, 55, 49.5, 0.9, 91, null, 9],
      ['执法办案中心运维', 40, 40, 31.25, 0.7813, 82, null, 10],
    ]);
  });

  it('reads a row printed again after a page break once, citing both lines; 本页小计 is no project', () => {
    expectSummary(REPEAT, '白河县公安局', '白河县公安局2023年度项目支出绩效自评汇总表');
    expect(t.figuresByLine(REPEAT)).toEqual([
      ['户籍业务运行经费', 32, 32, 30.4, 0.95, 94, '优', 4],
      ['出入境证件制作经费', 85, 90, 81, 0.9, 91, '优', 5],
      ['网络安全等级保护测评', 26, 26, 20.8, 0.8, 84, '良', 6],
      ['交警执勤岗亭维护', 14, 14, 13.58, 0.97, 96, '优', 11],
      ['看守所被监管人员给养', 48, 52, 52, 1, 98, '优', 12],
    ]);
    expect(t.sourceLines(REPEAT)).toEqual([[4], [5], [6, 10], [11], [12]]);
  });

  it('keeps category rows ("（一） | 专项业务类") apart from the projects and their codes', () => {
    expectSummary(CATEGORIES, '汉滨区公安分局', '汉滨区公安分局2023年度项目绩效自评结果汇总');
    expect(t.figuresByLine(CATEGORIES)).toEqual([
      ['智慧安防小区建设', 260, null, 247, 0.95, 93.5, '优秀', 5],
      ['道路交通监控补点', 140, null, 126, 0.9, 90, '优秀', 6],
      ['派出所水电物业费', 75, null, 75, 1, 97, '优秀', 8],
      ['执勤车辆燃油费', 42, null, 33.6, 0.8, 85, '良好', 9],
    ]);
    expect(t.projectsOf(CATEGORIES).map((p) => p.code)).toEqual([
      '61090223T000000451201',
      '61090223T000000451202',
      '61090223T000000451203',
      '61090223T000000451204',
    ]);
  });

  it('reads bare rates under "执行率（%）", 105.00 included, and flags the overrun', () => {
    expectSummary(RATE_PERCENT, '平利县公安局', '平利县公安局2023年度项目支出绩效自评情况汇总表', [
      'executed_exceeds_budget',
    ]);
    expect(t.figuresByLine(RATE_PERCENT)).toEqual([
      ['交通违法处理系统运维', 45, null, 47.25, 1.05, 88, '良', 3],
      ['禁毒宣传专项', 12, null, 11.4, 0.95, 95, '优', 4],
      ['派出所警务用房维修', 60, null, 58.2, 0.97, 92, '优', 5],
      ['警犬训练基地运行', 18, null, 12.6, 0.7, 78, '中', 6],
    ]);
  });

  it('reads "万" and "分" in every CSV cell, a blank 调整后预算 missing', () => {
    expectSummary(WAN, '勉县公安局', '勉县公安局2023年度项目支出绩效自评结果汇总表');
    expect(t.figuresByLine(WAN)).toEqual([
      ['城区智能交通信号改造', 120, 135, 128.25, 0.95, 95.5, '优', 3],
      ['刑侦技术实验室耗材', 28, 28, 26.6, 0.95, 93, '优', 4],
      ['警务辅助人员培训', 15, null, 12, 0.8, 82.5, '良', 5],
    ]);
  });

  it('keeps one project name under two 实施单位 as two projects', () => {
    expectSummary(TWO_UNITS, '略阳县公安局', '略阳县公安局2023年度项目支出绩效自评汇总表');
    expect(t.figuresByLine(TWO_UNITS)).toEqual([
      ['业务装备购置', null, 36, 34.2, 0.95, 94, null, 4],
      ['业务装备购置', null, 28, 22.4, 0.8, 86, null, 5],
      ['大型活动安保经费', null, 18, 18, 1, 97, null, 6],
    ]);
    expect(t.projectsOf(TWO_UNITS).map((p) => p.implementing_unit)).toEqual([
      '略阳县公安局交通管理大队',
      '略阳县公安局刑事侦查大队',
      '略阳县公安局治安管理大队',
    ]);
  });

  it('reads two HTML tables each closed by 合计; "—" leaves the rate missing, 0.00 is spent nothing', () => {
    expectSummary(TWO_TABLES, '佛坪县公安局', '佛坪县公安局2023年度项目支出绩效自评汇总');
    expect(t.figuresByLine(TWO_TABLES)).toEqual([
      ['公安检查站运行经费', 24, 24, 22.8, 0.95, 95, null, 4],
      ['熊猫保护区治安巡查', 16, 16, 0, null, 55, null, 5],
      ['袁家庄派出所办公楼维修', 30, 32, 30.4, 0.95, 93, null, 10],
      ['岳坝派出所警务室建设', 12, 12, 10.8, 0.9, 91, null, 11],
    ]);
    expect(t.projectsOf(TWO_TABLES).map((p) => p.execution_rate)).toEqual([0.95, 0, 0.95, 0.9]);
  });
});

describe('known defects of rounds 10–11', () => {
  it('reads the ticked option of a checkbox grade (☑/☐, ■/□, √ before or after)', () => {
    expect(tickedOption('☑优 ☐良 ☐中 ☐差')).toBe('优');
    expect(tickedOption('☐优 ☑良 ☐中 ☐差')).toBe('良');
    expect(tickedOption('□优秀 ■良好 □中 □差')).toBe('良好');
    expect(tickedOption('优√ 良 中 差')).toBe('优');
    expect(tickedOption('优（ ） 良（√） 中（ ） 差（ ）')).toBe('良');
    expect(tickedOption('√中')).toBe('中');
    expect(tickedOption('（√）优 （ ）良 （ ）中 （ ）差')).toBe('优');
    // Nothing or two ticked: no grade; no box: the cell as it is.
    expect(tickedOption('☐优 ☐良 ☐中 ☐差')).toBeNull();
    expect(tickedOption('☑优 ☑良 ☐中 ☐差')).toBeNull();
    expect(tickedOption('优秀')).toBe('优秀');
  });

  it('reads the vertical xlsx form’s "⇥执行率得分⇥9.5" and "总分⇥⇥97" above the indicators', () => {
    expect(t.project('移民管理服务站运行经费')).toMatchObject({
      execution_rate_reported: 0.95,
      execution_weight: null,
      execution_score: 9.5,
      total_score: 97,
      grade: '优',
      grade_band: '优',
    });
    expect(t.flagRules(FORM_XLSX)).toEqual([]);
  });

  /** A prose observation of a score only, as narrative extraction states one. */
  function scoreOnly(name: string, score: number, alias: string | null): ProjectObservation {
    const obs = emptyObservation('narrative', name);
    if (alias) obs.aliases.push(alias);
    const source = { file: 'report.txt', line_start: 11, line_end: 11 };
    obs.total_score = { value: score, source };
    obs.sources.push(source);
    return obs;
  }

  it('keeps score-only prose projects named as projects when no table lists projects', () => {
    const placed = [
      scoreOnly('天网工程运维', 95, '天网工程运维项目'),
      scoreOnly('执法办案管理中心运行', 89, '执法办案管理中心运行项目'),
      // Named as nothing in particular: no project.
      scoreOnly('全局整体工作', 91, null),
    ].map((obs) => ({ doc_id: 'd1', obs }));
    expect(mergeProjects(placed).map((p) => [p.name, p.total_score])).toEqual([
      ['天网工程运维', 95],
      ['执法办案管理中心运行', 89],
    ]);
  });

  it('drops an unmatched score-only prose mention when a table lists the projects', () => {
    const row = emptyObservation('summary_row', '视频监控运维经费');
    row.budget_adjusted = { value: 80, source: { file: 'report.txt', line_start: 3, line_end: 3 } };
    const placed = [row, scoreOnly('天网工程运维', 95, '天网工程运维项目')].map((obs) => ({
      doc_id: 'd1',
      obs,
    }));
    expect(mergeProjects(placed).map((p) => p.name)).toEqual(['视频监控运维经费']);
  });
});
