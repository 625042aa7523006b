/**
 * Round-7 probes of project tables (项目支出绩效自评表) and summary tables: the 中央对地方转移支付
 * 区域绩效自评表 (转移支付（项目）名称, 中央 / 地方主管部门, 资金使用单位, 预算数 | 执行数 | 执行率,
 * 全年实际完成值), 项目负责人 / 项目起止时间 rows, several tables parted by a blank line only, web
 * text exports that drop empty cells, scores written "10分" and "—", a 合计 of the indicator rows
 * above the 总分, "自评得分：95.5分（优）", and summaries with a 主要问题 column, a two-row header,
 * category subtotals ("专项业务类小计"), "91分（优）" cells, 预算安排数 and a misstated 执行率.
 */
import { describe, expect, it } from 'vitest';
import { expectCleanProjectTables, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const REGION = 'r7t-transfer-region-form.txt';
const REGION_CELLS = 'r7t-transfer-cell-per-line.txt';
const REGION_SCORED = 'r7t-transfer-form-scored.md';
const MANAGER = 'r7t-manager-rows-narrative-cell.txt';
const THREE = 'r7t-three-tables-blank-line.txt';
const OMITTED = 'r7t-cell-per-line-omitted-cells.txt';
const FEN = 'r7t-scores-fen-qualitative.txt';
const INLINE = 'r7t-inline-score-grade.txt';
const SUBTOTAL = 'r7t-indicator-subtotal-then-total.txt';
const PROBLEMS = 'r7t-summary-problems-column.txt';
const TWO_ROW = 'r7t-summary-two-row-header-category.txt';
const CATEGORY = 'r7t-summary-category-subtotal-names.txt';
const SCORE_GRADE = 'r7t-summary-score-grade-cell.txt';
const SYNONYMS = 'r7t-summary-header-synonyms.txt';
const TWO_ROW_GRADE = 'r7t-summary-two-row-score-grade.txt';
const SUMMARY_CELLS = 'r7t-summary-cell-per-line.txt';

const t = ingestBeforeAll(LAYOUTS, [
  REGION,
  REGION_CELLS,
  REGION_SCORED,
  MANAGER,
  THREE,
  OMITTED,
  FEN,
  INLINE,
  SUBTOTAL,
  PROBLEMS,
  TWO_ROW,
  CATEGORY,
  SCORE_GRADE,
  SYNONYMS,
  TWO_ROW_GRADE,
  SUMMARY_CELLS,
]);

function expectSummary(file: string, agency: string, year: number): void {
  expect(t.docOf(file)).toMatchObject({ doc_kind: 'summary_table', agency, year, status: 'ok' });
}

describe('the 中央对地方转移支付区域绩效自评表', () => {
  it('reads 转移支付（项目）名称, the local 主管部门, 资金使用单位 and the 年度资金总额 row', () => {
    expectCleanProjectTables(t, REGION, '静宁县公安局', 2023, 1);
    expect(t.docOf(REGION).title).toBe('中央对地方转移支付区域绩效自评表');
    expect(t.project('中央政法纪检监察转移支付资金（公安部分）')).toMatchObject({
      aliases: [],
      managing_dept: '静宁县公安局',
      implementing_unit: '静宁县公安局',
      budget_initial: 286,
      budget_adjusted: null,
      executed: 271.7,
      execution_rate_reported: 0.95,
      execution_weight: null,
      execution_score: null,
      total_score: null,
      grade: null,
      indicator_count: 7,
    });
    expect(t.indicatorsOf('中央政法纪检监察转移支付资金（公安部分）')).toEqual([
      ['产出指标', '数量指标', '购置执法执勤装备数量', '≥300件', '326件', null, null, null],
      ['产出指标', '数量指标', '保障派出所数量', '18个', '18个', null, null, null],
      ['产出指标', '质量指标', '装备验收合格率', '100%', '100%', null, null, null],
      [
        '产出指标',
        '时效指标',
        '资金拨付及时率',
        '≥95%',
        '92%',
        null,
        null,
        '地方配套资金到位较晚，下一步提前向财政申请拨付',
      ],
      ['效益指标', '社会效益指标', '刑事案件破案数', '不低于上年', '同比上升6.2%', null, null, null],
      ['效益指标', '可持续影响指标', '基层执法保障水平', '持续提升', '持续提升', null, null, null],
      ['满意度指标', '服务对象满意度指标', '基层民警满意度', '≥90%', '95%', null, null, null],
    ]);
    // The form has no scores: what its 未完成原因 column states is why a target was missed (the
    // measure after "下一步" is no problem); the cells of other rows are actual values, not reasons.
    expect(t.problemTexts(REGION)).toEqual(['地方配套资金到位较晚']);
    expect(t.problemLines(REGION)).toEqual([17]);
  });

  it('reads the one-cell-per-line export: 全年预算数（A）, 全年实际完成值, cells dropped at row ends', () => {
    expectCleanProjectTables(t, REGION_CELLS, '镇原县公安局', 2024, 1);
    expect(t.project('公共安全领域转移支付资金（禁毒）')).toMatchObject({
      managing_dept: '镇原县公安局',
      implementing_unit: '镇原县公安局禁毒大队',
      budget_initial: null,
      budget_adjusted: 64,
      executed: 60.8,
      execution_rate_reported: 0.95,
      total_score: null,
      indicator_count: 5,
    });
    expect(t.indicatorsOf('公共安全领域转移支付资金（禁毒）')).toEqual([
      ['产出指标', '数量指标', '禁毒宣传进校园场次', '≥30场', '36场', null, null, null],
      ['产出指标', '质量指标', '吸毒人员动态管控率', '≥95%', '97%', null, null, null],
      ['产出指标', '时效指标', '资金支付进度', '≥95%', '95%', null, null, null],
      ['效益指标', '社会效益指标', '毒品案件破案数', '≥8起', '9起', null, null, null],
      [
        '满意度指标',
        '服务对象满意度指标',
        '师生满意度',
        '≥90%',
        '88%',
        null,
        null,
        '部分学校宣传形式单一，下一步丰富宣传形式',
      ],
    ]);
  });

  it('reads a scored Markdown variant; the form’s title is no alias of the project', () => {
    expectCleanProjectTables(t, REGION_SCORED, '沁源县公安局', 2022, 1);
    expect(t.project('禁毒补助经费（中央转移支付）')).toMatchObject({
      aliases: [],
      managing_dept: '沁源县公安局',
      budget_initial: 42,
      executed: 37.8,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 91,
      grade: '优',
      grade_band: '优',
    });
    expect(t.indicatorsOf('禁毒补助经费（中央转移支付）')).toEqual([
      ['产出指标', '数量指标', '禁毒宣传活动场次', '≥40场', '42场', 20, 20, null],
      ['产出指标', '质量指标', '吸毒人员管控率', '≥95%', '96%', 20, 20, null],
      ['效益指标', '社会效益指标', '破获毒品案件数', '≥8起', '11起', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '87%', 20, 12, null],
    ]);
  });
});

describe('项目负责人 / 联系电话 / 项目起止时间 rows and a 绩效目标完成情况 narrative cell', () => {
  it('reads the header block, funds, indicators and "总分 | 100 | 98.7 | 优"', () => {
    expectCleanProjectTables(t, MANAGER, '靖边县公安局', 2022, 1);
    expect(t.project('看守所在押人员伙食及医疗保障经费')).toMatchObject({
      managing_dept: '靖边县公安局',
      implementing_unit: '靖边县公安局看守所',
      budget_initial: 96,
      budget_adjusted: 104.5,
      executed: 101.37,
      execution_rate_reported: 0.97,
      execution_weight: 10,
      execution_score: 9.7,
      total_score: 98.7,
      grade: '优',
    });
    expect(t.indicatorsOf('看守所在押人员伙食及医疗保障经费')).toEqual([
      ['产出指标', '数量指标', '保障在押人员人次', '≥1000人次', '1126人次', 20, 20, null],
      ['产出指标', '质量指标', '伙食标准达标率', '100%', '100%', 15, 15, null],
      ['产出指标', '时效指标', '医疗费用结算及时率', '≥95%', '98%', 10, 10, null],
      ['产出指标', '成本指标', '人均日伙食费', '≤18元', '18元', 5, 5, null],
      ['效益指标', '社会效益指标', '监所安全事故', '0起', '0起', 20, 20, null],
      [
        '效益指标',
        '可持续影响指标',
        '监所规范化管理水平',
        '持续提升',
        '持续提升',
        10,
        9,
        '监区医疗设施老化，下一步申请更新',
      ],
      ['满意度指标', '服务对象满意度指标', '在押人员及家属满意度', '≥85%', '90%', 10, 10, null],
    ]);
    expect(t.problemTexts(MANAGER)).toEqual(['监区医疗设施老化']);
  });
});

describe('three project tables parted by a blank line only, no title repeated', () => {
  it('reads each as its own project with its own indicators', () => {
    expectCleanProjectTables(t, THREE, '岳西县公安局', 2024, 3);
    expect(t.figuresOf(THREE)).toEqual([
      ['交通信号灯及电子警察维护', 58, 58, 55.1, 0.95, 99.5, '优'],
      ['禁毒宣传教育经费', 20, 24, 18, 0.75, 92.5, '优'],
      ['派出所执法执勤用车运维', 45, 45, 45, 1, 99, '优'],
    ]);
    expect(t.projectsOf(THREE).map((p) => [p.implementing_unit, p.execution_score])).toEqual([
      ['岳西县公安局交通管理大队', 9.5],
      ['岳西县公安局禁毒大队', 7.5],
      ['岳西县公安局警务保障室', 10],
    ]);
    expect(t.indicatorsOf('交通信号灯及电子警察维护')).toEqual([
      ['产出指标', '数量指标', '维护信号灯路口数', '32个', '32个', 30, 30, null],
      ['产出指标', '质量指标', '设备完好率', '≥95%', '97%', 30, 30, null],
      ['效益指标', '社会效益指标', '路口通行效率提升', '≥10%', '12%', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '驾驶人满意度', '≥90%', '92%', 10, 10, null],
    ]);
    expect(t.indicatorsOf('禁毒宣传教育经费')).toEqual([
      ['产出指标', '数量指标', '开展禁毒宣传活动场次', '≥40场', '46场', 30, 30, null],
      [
        '产出指标',
        '时效指标',
        '宣传资金支付进度',
        '≥90%',
        '75%',
        20,
        15,
        '追加资金下达较晚，部分宣传物料次年采购',
      ],
      ['效益指标', '社会效益指标', '青少年禁毒知识知晓率', '≥95%', '96%', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '94%', 10, 10, null],
    ]);
    expect(t.indicatorsOf('派出所执法执勤用车运维')).toEqual([
      ['产出指标', '数量指标', '保障车辆数', '38辆', '38辆', 40, 40, null],
      ['效益指标', '社会效益指标', '出警及时率', '≥95%', '97%', 40, 40, null],
      [
        '满意度指标',
        '服务对象满意度指标',
        '民警满意度',
        '≥90%',
        '91%',
        10,
        9,
        '部分车辆车龄较长，故障率偏高',
      ],
    ]);
    expect(t.problemTexts(THREE)).toEqual([
      '追加资金下达较晚，部分宣传物料次年采购',
      '部分车辆车龄较长，故障率偏高',
    ]);
  });
});

describe('a one-cell-per-line export that drops merged level cells and empty 偏差原因 cells', () => {
  it('reads every indicator with its levels and no shifted value', () => {
    expectCleanProjectTables(t, OMITTED, '龙泉市公安局', 2023, 1);
    expect(t.project('龙泉市公安局智慧派出所建设项目')).toMatchObject({
      managing_dept: '龙泉市公安局',
      implementing_unit: '龙泉市公安局科技信息化室',
      budget_initial: 120,
      budget_adjusted: 126,
      executed: 119.7,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 96.5,
      grade: '优',
    });
    expect(t.indicatorsOf('龙泉市公安局智慧派出所建设项目')).toEqual([
      ['产出指标', '数量指标', '建设智慧派出所数量', '4个', '4个', 20, 20, null],
      ['产出指标', '数量指标', '接入智能终端数量', '≥60台', '64台', 10, 10, null],
      ['产出指标', '质量指标', '系统验收合格率', '100%', '100%', 10, 10, null],
      [
        '产出指标',
        '时效指标',
        '项目完工时间',
        '2023年10月底前',
        '2023年12月',
        10,
        7,
        '设备供货延迟，已督促供应商加快进度',
      ],
      ['效益指标', '社会效益指标', '派出所接处警平均时长缩短', '≥15%', '18%', 20, 20, null],
      ['效益指标', '可持续影响指标', '系统持续运行年限', '≥5年', '≥5年', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥90%', '93%', 10, 10, null],
    ]);
  });
});

describe('scores written "10分" / "9.5分", unscored 定性 indicators "—", amounts "35.6万"', () => {
  it('reads the numbers, leaves the unscored weights and scores null', () => {
    expectCleanProjectTables(t, FEN, '宜章县公安局', 2023, 1);
    expect(t.project('社区戒毒康复工作经费')).toMatchObject({
      managing_dept: '宜章县公安局',
      implementing_unit: '宜章县公安局禁毒大队',
      budget_initial: 35.6,
      budget_adjusted: 35.6,
      executed: 30.26,
      execution_rate_reported: 0.85,
      execution_weight: 10,
      execution_score: 8.5,
      total_score: 91,
      grade: '优',
    });
    expect(t.indicatorsOf('社区戒毒康复工作经费')).toEqual([
      ['产出指标', '数量指标', '社区戒毒康复人员管控人数', '≥120人', '126人', 20, 20, null],
      ['产出指标', '质量指标', '尿检执行率', '≥95%', '97%', 20, 19.5, null],
      [
        '产出指标',
        '时效指标',
        '经费支付进度',
        '100%',
        '85%',
        10,
        7,
        '部分康复站建设经费年底未能支付，下一步加快进度',
      ],
      ['产出指标', '时效指标', '康复站规范化管理', '规范', '规范', null, null, '定性指标，不计分'],
      ['效益指标', '社会效益指标', '戒毒人员复吸率', '≤10%', '8%', 20, 20, null],
      ['效益指标', '可持续影响指标', '戒毒康复长效机制', '健全', '健全', null, null, null],
      [
        '满意度指标',
        '服务对象满意度指标',
        '戒毒人员家属满意度',
        '≥90%',
        '92%',
        20,
        16,
        '部分家属对就业帮扶不满意',
      ],
    ]);
  });
});

describe('the total written "自评得分：95.5分（优）" under the table', () => {
  it('reads the score and the grade in brackets', () => {
    expectCleanProjectTables(t, INLINE, '肃南裕固族自治县公安局', 2023, 1);
    expect(t.project('草原森林防火宣传及巡护经费')).toMatchObject({
      managing_dept: '肃南裕固族自治县公安局',
      implementing_unit: '肃南裕固族自治县公安局治安管理大队',
      budget_initial: 28,
      budget_adjusted: 28,
      executed: 26.6,
      execution_rate_reported: 0.95,
      execution_score: 9.5,
      total_score: 95.5,
      grade: '优',
      indicator_count: 4,
    });
  });
});

describe('a 合计 row of the indicators (90 | 85) above the 总分 row (100 | 94 | 优)', () => {
  it('takes the 总分 row as the total, so no total_not_sum', () => {
    expectCleanProjectTables(t, SUBTOTAL, '勐海县公安局', 2024, 1);
    expect(t.project('边境检查站执勤保障经费')).toMatchObject({
      budget_initial: 76,
      budget_adjusted: 82,
      executed: 73.8,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 94,
      grade: '优',
    });
    expect(t.indicatorsOf('边境检查站执勤保障经费')).toEqual([
      ['产出指标', '数量指标', '保障执勤检查站数量', '3个', '3个', 20, 20, null],
      [
        '产出指标',
        '质量指标',
        '查验设备完好率',
        '≥95%',
        '93%',
        20,
        17,
        '部分设备超期服役，已列入下年更新计划',
      ],
      ['效益指标', '社会效益指标', '查获走私案件数', '≥20起', '26起', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '过往群众满意度', '≥90%', '90%', 20, 18, null],
    ]);
  });
});

describe('a summary with a 主要问题 column and a 执行率 stated 100 % at 105 %', () => {
  it('reads the rows, flags the overspent row and takes each problem cell as a statement', () => {
    expectSummary(PROBLEMS, '临朐县公安局', 2022);
    expect(t.figuresOf(PROBLEMS)).toEqual([
      ['执法办案区智能化改造', 180, null, 172.8, 0.96, 95, '优'],
      ['看守所监控系统维护', 64, null, 67.2, 1, 93, '优'],
      ['交通事故处理中心运行经费', 40, null, 26, 0.65, 82, '良'],
      ['治安巡防补助经费', 90, null, 90, 1, 98, '优'],
    ]);
    expect(t.flagRules(PROBLEMS)).toEqual(['executed_exceeds_budget', 'execution_rate_mismatch']);
    const over = t.project('看守所监控系统维护').project_id;
    expect(t.tables.flags.filter((f) => f.project_id === over).map((f) => f.rule)).toHaveLength(2);
    expect(t.problemTexts(PROBLEMS)).toEqual([
      '部分设备调试周期较长，影响项目完工进度',
      '年中追加维护任务未及时调整预算，导致超预算支出',
      '资金支付进度缓慢，绩效目标设定不够细化',
    ]);
    expect(t.problemLines(PROBLEMS)).toEqual([4, 5, 6]);
  });
});

describe('a summary with 资金情况（万元） over 年初预算 | 全年预算 | 全年执行, a 项目类别 column and 小计 rows', () => {
  it('reads the numbered projects only', () => {
    expectSummary(TWO_ROW, '瑞金市公安局', 2024);
    expect(t.figuresOf(TWO_ROW)).toEqual([
      ['执法办案业务经费', 210, 230, 220.8, 0.96, 94, '优'],
      ['刑事技术鉴定经费', 48, 48, 45.6, 0.95, 93, '优'],
      ['指挥中心系统运维', 95, 95, 85.5, 0.9, 90, '优'],
      ['派出所网络线路租赁', 36, 36, 36, 1, 96, '优'],
    ]);
    expect(t.flagRules(TWO_ROW)).toEqual([]);
  });
});

describe('a summary whose category subtotals sit in the name column ("专项业务类小计")', () => {
  it('drops the subtotals; flags the misstated rate and the high score at 52 %', () => {
    expectSummary(CATEGORY, '泾川县公安局', 2023);
    expect(t.figuresOf(CATEGORY)).toEqual([
      ['刑侦破案专项经费', null, 66, 62.7, 0.95, 94, '优'],
      ['禁毒专项经费', null, 24, 25.2, 1, 92, '优'],
      ['公安视频专网运维', null, 120, 108, 0.9, 91, '优'],
      ['办案中心设备维保', null, 30, 15.6, 0.52, 90, '优'],
    ]);
    expect(t.flagRules(CATEGORY)).toEqual([
      'executed_exceeds_budget',
      'execution_rate_mismatch',
      'high_score_low_execution',
    ]);
  });
});

describe('a summary column 自评得分及等级 holding "91分（优）", amounts "35.6万"', () => {
  it('reads the score and the grade of each cell', () => {
    expectSummary(SCORE_GRADE, '华亭市公安局', 2021);
    expect(t.figuresOf(SCORE_GRADE)).toEqual([
      ['政法转移支付办案经费', 86.5, 92.3, 88.6, 0.9599, 91, '优'],
      ['110接处警系统升级', 35.6, 35.6, 35.6, 1, 96, '优'],
      ['戒毒所医疗保障经费', 22, 24, 14.4, 0.6, 78.5, '中'],
    ]);
    expect(t.projectsOf(SCORE_GRADE).map((p) => p.grade_band)).toEqual(['优', '优', '中']);
    expect(t.flagRules(SCORE_GRADE)).toEqual([]);
  });
});

describe('summary headers 预算安排数 | 实际支出数 | 资金执行率 | 绩效自评得分 | 绩效等级 | 存在问题', () => {
  it('reads 预算安排数 as the budget', () => {
    expectSummary(SYNONYMS, '祁连县公安局', 2023);
    expect(t.figuresOf(SYNONYMS)).toEqual([
      ['牧区警务室运行保障', 32, null, 30.4, 0.95, 92.5, '优'],
      ['边境治安卡点建设', 150, null, 97.5, 0.65, 86, '良'],
      ['警犬训练基地运维', 18, null, 18, 1, 95, '优'],
    ]);
    expect(t.flagRules(SYNONYMS)).toEqual([]);
    expect(t.problemTexts(SYNONYMS)).toEqual([
      '部分警务室冬季取暖费用超出预期',
      '工程招标延迟，项目进度滞后于计划',
    ]);
  });
});

describe('a summary with 资金情况（万元） and 绩效自评 over 得分 | 等级, and no 执行率 column', () => {
  it('reads the child headers; the reported rate stays null', () => {
    expectSummary(TWO_ROW_GRADE, '通渭县公安局', 2022);
    expect(t.figuresOf(TWO_ROW_GRADE)).toEqual([
      ['农村警务室建设', 88, 88, 84.48, null, 93, '优'],
      ['执法执勤车辆购置', 126, 118, 118, null, 97, '优'],
      ['案件侦办专项经费', 40, 46, 27.6, null, 76, '中'],
    ]);
    expect(t.flagRules(TWO_ROW_GRADE)).toEqual([]);
  });
});

describe('a summary in a one-cell-per-line export', () => {
  it('reads the rows and flags 91 points at 55 % execution', () => {
    expectSummary(SUMMARY_CELLS, '礼县公安局', 2023);
    expect(t.figuresOf(SUMMARY_CELLS)).toEqual([
      ['治安防控体系建设', 150, null, 142.5, 0.95, 92, '优'],
      ['出入境业务运行经费', 20, null, 20, 1, 98, '优'],
      ['交通安全宣传经费', 12, null, 6.6, 0.55, 91, '优'],
    ]);
    expect(t.flagRules(SUMMARY_CELLS)).toEqual(['high_score_low_execution']);
  });
});
