/**
 * Standard project tables (项目支出绩效自评表) in layouts the first fixtures did not cover: a unit
 * line above the table, indicator columns in another order, the funds total below source rows,
 * total-score lines, fund-header synonyms, level-1 cells carrying their weight, a header repeated
 * after a page break, a wide 项目名称 row, a 预算执行率 row inside the indicator table, a
 * "label：value" form, cells wrapped onto the next line and a space-aligned (pdftotext) export.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectCleanProjectTables, ingestFixtures, type IngestedTables } from '../helpers/ingest.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');
const FILES = [
  'pt-unit-line-yuan.txt',
  'pt-unit-line-two-tables.txt',
  'pt-reordered-indicator-columns.txt',
  'pt-fund-source-rows-total-line.txt',
  'pt-one-cell-per-line-synonyms.txt',
  'pt-level1-weight-page-break.txt',
  'pt-wide-name-row.txt',
  'pt-execution-row-in-indicators.md',
  'pt-label-value-form.txt',
  'pt-wrapped-cells.txt',
  'pt-pdftotext-layout.txt',
];

let t: IngestedTables;
beforeAll(async () => {
  t = await ingestFixtures(DIR, FILES);
});

describe('a unit line above the table ("金额单位：元")', () => {
  it('converts the funds block from 元 to 万元', () => {
    expectCleanProjectTables(t, 'pt-unit-line-yuan.txt', '蓝田县公安局', 2022, 1);
    expect(t.project('公安检查站运行维护经费')).toMatchObject({
      managing_dept: '蓝田县公安局',
      implementing_unit: '蓝田县公安局治安管理大队',
      budget_initial: 185,
      budget_adjusted: 212,
      executed: 203.52,
      execution_rate_reported: 0.96,
      execution_weight: 10,
      execution_score: 9.6,
      total_score: 96.6,
      grade: '优',
      grade_band: '优',
      indicator_count: 8,
    });
    expect(t.project('公安检查站运行维护经费').execution_rate).toBeCloseTo(0.96, 9);
  });
  it('reads every indicator', () => {
    expect(t.indicatorsOf('公安检查站运行维护经费')).toEqual([
      ['产出指标', '数量指标', '保障检查站运行数量', '3个', '3个', 15, 15, null],
      ['产出指标', '数量指标', '查验过往车辆', '≥30万辆次', '32.6万辆次', 10, 10, null],
      ['产出指标', '质量指标', '查验设备完好率', '≥95%', '97%', 10, 10, null],
      ['产出指标', '时效指标', '经费拨付及时率', '100%', '100%', 10, 10, null],
      ['产出指标', '成本指标', '单站年运行成本', '≤70万元', '67.84万元', 5, 5, null],
      ['效益指标', '社会效益指标', '查获违法犯罪嫌疑人', '≥50人', '58人', 20, 20, null],
      [
        '效益指标',
        '可持续影响指标',
        '检查站长效运行机制',
        '健全',
        '基本健全',
        10,
        8,
        '值班轮换制度有待完善，下一步修订勤务制度',
      ],
      ['满意度指标', '服务对象满意度指标', '过往群众满意度', '≥90%', '92%', 10, 9, '高峰期通行等待时间较长'],
    ]);
  });
  it('applies to every table below it, while a unit in a header cell wins', () => {
    expectCleanProjectTables(t, 'pt-unit-line-two-tables.txt', '汝阳县公安局', 2023, 2);
    expect(t.project('警用车辆运行维护')).toMatchObject({
      budget_initial: 36,
      budget_adjusted: 40,
      executed: 38,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 97.5,
      grade: '优',
    });
    // "项目资金（万元）" in the header overrides the "（单位：元）" line above both tables.
    expect(t.project('看守所视频监控维护')).toMatchObject({
      budget_initial: 12,
      budget_adjusted: 12,
      executed: 10.8,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 98,
      grade: '优',
    });
    expect(t.indicatorsOf('警用车辆运行维护')).toEqual([
      ['产出指标', '数量指标', '保障警用车辆', '≥45辆', '48辆', 30, 30, null],
      ['产出指标', '时效指标', '维修及时率', '≥95%', '96%', 20, 20, null],
      ['效益指标', '社会效益指标', '出警车辆完好率', '≥95%', '97%', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', '88%', 10, 8, '部分车辆车龄偏长'],
    ]);
    expect(t.indicatorsOf('看守所视频监控维护')).toEqual([
      ['产出指标', '数量指标', '维护监控点位', '≥120个', '126个', 30, 30, null],
      ['产出指标', '质量指标', '监控在线率', '≥98%', '98.5%', 20, 20, null],
      ['效益指标', '社会效益指标', '监管安全事故', '0起', '0起', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '监管民警满意度', '≥90%', '92%', 10, 9, null],
    ]);
  });
});

describe('indicator columns in another order (分值 before 年度指标值, 评分 for 得分)', () => {
  it('maps every column by its header name', () => {
    expectCleanProjectTables(t, 'pt-reordered-indicator-columns.txt', '临朐县公安局', 2021, 1);
    expect(t.project('社区警务室规范化建设')).toMatchObject({
      managing_dept: '临朐县公安局',
      implementing_unit: '临朐县公安局社区警务大队',
      budget_initial: 80,
      budget_adjusted: 96,
      executed: 91.2,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 95.5,
      grade: '优',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('社区警务室规范化建设')).toEqual([
      ['产出指标', '数量指标', '规范化建设社区警务室', '≥24个', '24个', 20, 20, null],
      ['产出指标', '质量指标', '警务室建设验收合格率', '100%', '100%', 10, 10, null],
      ['产出指标', '时效指标', '建设完成时限', '2021年10月底前', '2021年10月', 10, 10, null],
      [
        '效益指标',
        '社会效益指标',
        '辖区可防性案件下降率',
        '≥5%',
        '4.2%',
        20,
        16,
        '部分社区流动人口增多，下一步加强巡防',
      ],
      ['效益指标', '可持续影响指标', '警务室长效运行机制', '建立', '已建立', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '社区群众满意度', '≥90%', '94%', 20, 20, null],
    ]);
  });
});

describe('funds total below the source rows; total score on a "自评总分：" line', () => {
  it('reads the 合计 row after 当年财政拨款 / 上年结转 / 其他资金 rows', () => {
    expectCleanProjectTables(t, 'pt-fund-source-rows-total-line.txt', '平遥县公安局', 2023, 3);
    expect(t.project('执法办案管理中心运行经费')).toMatchObject({
      managing_dept: '平遥县公安局',
      implementing_unit: '平遥县公安局法制大队',
      budget_initial: 72,
      budget_adjusted: 72,
      executed: 66,
      execution_rate_reported: 0.9167,
      execution_weight: 10,
      execution_score: 9.2,
      total_score: 97.2,
      grade: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('执法办案管理中心运行经费')).toEqual([
      ['产出指标', '数量指标', '入区办案案件数', '≥1500起', '1620起', 20, 20, null],
      ['产出指标', '质量指标', '执法问题整改率', '100%', '95%', 20, 18, '个别问题整改滞后'],
      ['产出指标', '时效指标', '案件流转平均时长（反向指标）', '≤3天', '2.6天', 10, 10, null],
      ['效益指标', '社会效益指标', '执法办案安全事故', '0起', '0起', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '办案民警满意度', '≥85%', '88%', 10, 10, null],
    ]);
  });
  it('reads the first table of the report as before', () => {
    expect(t.project('看守所监管设施改造')).toMatchObject({
      implementing_unit: '平遥县看守所',
      budget_initial: 150,
      budget_adjusted: 150,
      executed: 138,
      execution_rate_reported: 0.92,
      execution_weight: 10,
      execution_score: 9.2,
      total_score: 98.2,
      grade: '优',
    });
    expect(t.indicatorsOf('看守所监管设施改造')).toEqual([
      ['产出指标', '数量指标', '改造监室数量', '12间', '12间', 20, 20, null],
      ['产出指标', '质量指标', '改造工程验收合格率', '100%', '100%', 20, 20, null],
      ['产出指标', '时效指标', '完工时间', '2023年10月', '2023年10月', 10, 10, null],
      ['效益指标', '社会效益指标', '监管安全事故', '0起', '0起', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '监管民警满意度', '≥90%', '92%', 10, 9, null],
    ]);
  });
  it('takes the total score from "自评总分：85.9分" and the grade from its own line', () => {
    expect(t.project('禁毒宣传教育经费')).toMatchObject({
      implementing_unit: '平遥县公安局禁毒大队',
      budget_initial: 20,
      budget_adjusted: 20,
      executed: 15.8,
      execution_rate_reported: 0.79,
      execution_weight: 10,
      execution_score: 7.9,
      total_score: 85.9,
      grade: '良',
      grade_band: '良',
    });
    expect(t.indicatorsOf('禁毒宣传教育经费')).toEqual([
      ['产出指标', '数量指标', '开展禁毒宣传活动', '≥40场', '36场', 20, 16, '疫情后活动组织延迟'],
      ['产出指标', '质量指标', '宣传覆盖率', '≥90%', '85%', 20, 16, '农村地区覆盖不足'],
      ['产出指标', '时效指标', '宣传活动完成时间', '2023年12月底前', '2023年12月', 10, 10, null],
      ['效益指标', '社会效益指标', '新增吸毒人员数量（反向指标）', '同比下降', '同比下降12%', 30, 28, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', null, 10, 8, '未开展满意度调查，按估算评分'],
    ]);
  });
});

describe('fund header synonyms in a one-cell-per-line export (年度预算数, 资金到位数, 实际支出数)', () => {
  it('reads 资金到位数 as the adjusted budget', () => {
    expectCleanProjectTables(t, 'pt-one-cell-per-line-synonyms.txt', '勉县公安局', 2024, 1);
    expect(t.project('勉县公安局反电信网络诈骗专项经费')).toMatchObject({
      managing_dept: '勉县公安局',
      implementing_unit: '勉县公安局刑事侦查大队',
      budget_initial: 45,
      budget_adjusted: 45,
      executed: 43.2,
      execution_rate_reported: 0.96,
      execution_weight: 10,
      execution_score: 9.6,
      total_score: 98.6,
      grade: '优',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('勉县公安局反电信网络诈骗专项经费')).toEqual([
      ['产出指标', '数量指标', '开展反诈宣传进社区活动', '≥100场', '126场', 20, 20, null],
      ['产出指标', '数量指标', '反诈APP注册推广', '≥5万人', '6.3万人', 10, 10, null],
      ['产出指标', '质量指标', '涉诈资金止付冻结率', '≥90%', '93%', 10, 10, null],
      [
        '效益指标',
        '社会效益指标',
        '电信网络诈骗案件发案数（反向指标）',
        '同比下降10%',
        '同比下降18.4%',
        30,
        30,
        null,
      ],
      ['效益指标', '可持续影响指标', '反诈宣传长效机制', '建立', '已建立', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', null, 10, 9, '满意度调查样本不足'],
    ]);
  });
});

describe('level-1 cells with their weight ("产出指标（５０分）"), header repeated after a page break, 亿元', () => {
  it('keeps the level-1 name, places 成本指标 under 产出指标 and skips the repeated header', () => {
    expectCleanProjectTables(t, 'pt-level1-weight-page-break.txt', '洛阳市公安局', 2023, 1);
    expect(t.project('洛阳市“雪亮工程”视频监控扩面提质项目')).toMatchObject({
      aliases: [],
      managing_dept: '洛阳市公安局',
      implementing_unit: '洛阳市公安局科技信息化支队',
      budget_initial: 3500,
      budget_adjusted: 3280,
      executed: 3116,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 96.5,
      grade: '优',
      indicator_count: 8,
    });
    expect(t.indicatorsOf('洛阳市“雪亮工程”视频监控扩面提质项目')).toEqual([
      ['产出指标', '数量指标', '新建高清视频监控点位', '≥1200个', '1236个', 10, 10, null],
      ['产出指标', '数量指标', '改造老旧监控点位', '≥800个', '812个', 10, 10, null],
      ['产出指标', '质量指标', '点位在线率', '≥98%', '98.6%', 10, 10, null],
      [
        '产出指标',
        '时效指标',
        '项目完工时间',
        '2023年11月底前',
        '2023年12月',
        10,
        8,
        '冬季施工受限，光缆敷设延误',
      ],
      ['产出指标', '成本指标', '单点位建设成本', '≤2.5万元', '2.41万元', 10, 10, null],
      ['效益指标', '社会效益指标', '视频监控破案贡献率', '≥30%', '33.2%', 15, 15, null],
      ['效益指标', '可持续影响指标', '设备使用年限', '≥6年', '6年', 15, 15, null],
      ['满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', '93%', 10, 9, '部分点位画质夜间偏暗'],
    ]);
  });
});

describe('项目名称, 主管部门 and 实施单位 on one row; total row labelled "总分（100分）"', () => {
  it('finds the project and reads the total and grade from the labelled row', () => {
    expectCleanProjectTables(t, 'pt-wide-name-row.txt', '绥德县公安局', 2021, 1);
    expect(t.project('公安监管场所医疗卫生保障经费')).toMatchObject({
      managing_dept: '绥德县公安局',
      implementing_unit: '绥德县看守所',
      budget_initial: 40,
      budget_adjusted: 40,
      executed: 35,
      execution_rate_reported: 0.875,
      execution_weight: 10,
      execution_score: 8.75,
      total_score: 93.75,
      grade: '优',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('公安监管场所医疗卫生保障经费')).toEqual([
      ['产出指标', '数量指标', '在押人员健康体检', '≥1200人次', '1286人次', 20, 20, null],
      ['产出指标', '质量指标', '传染病筛查覆盖率', '100%', '100%', 20, 20, null],
      ['产出指标', '时效指标', '急症送医及时率', '100%', '100%', 10, 10, null],
      ['效益指标', '社会效益指标', '监所医疗安全事故', '0起', '0起', 20, 20, null],
      ['效益指标', '可持续影响指标', '驻所医生制度', '长期落实', '已落实', 10, 8, '驻所医生人员不稳定'],
      ['满意度指标', '服务对象满意度指标', '在押人员满意度', '≥85%', '82%', 10, 7, '部分药品配备不全'],
    ]);
  });
});

describe('a 预算执行率 row inside the indicator table (Markdown, "—" as level 2)', () => {
  it('gives the execution weight and score and is not an indicator', () => {
    expectCleanProjectTables(t, 'pt-execution-row-in-indicators.md', '枣阳市公安局', 2022, 1);
    expect(t.project('110接处警指挥系统升级改造')).toMatchObject({
      managing_dept: '枣阳市公安局',
      implementing_unit: '枣阳市公安局指挥中心',
      budget_initial: 200,
      budget_adjusted: null,
      executed: 191,
      execution_rate_reported: 0.955,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 97.5,
      grade: '优',
      indicator_count: 7,
    });
    expect(t.indicatorsOf('110接处警指挥系统升级改造')).toEqual([
      ['产出指标', '数量指标', '升级接处警席位', '24个', '24个', 15, 15, null],
      ['产出指标', '质量指标', '系统可用率', '≥99.9%', '99.95%', 15, 15, null],
      ['产出指标', '时效指标', '警情平均派单时长（反向指标）', '≤60秒', '45秒', 10, 10, null],
      ['产出指标', '成本指标', '项目总成本', '≤200万元', '191万元', 10, 10, null],
      ['效益指标', '社会效益指标', '城区警情平均到场时间', '≤10分钟', '8.5分钟', 20, 20, null],
      ['效益指标', '可持续影响指标', '系统运维保障期', '≥3年', null, 10, 8, '运维合同尚未签订'],
      ['满意度指标', '服务对象满意度指标', '报警群众满意度', '≥95%', '96.2%', 10, 10, null],
    ]);
  });
});

describe('a form with one "label：value" per line', () => {
  it('reads the funds, the execution score with its weight and the total', () => {
    expectCleanProjectTables(t, 'pt-label-value-form.txt', '邯郸市公安局永年分局', 2023, 1);
    expect(t.project('永年区智慧安防小区建设')).toMatchObject({
      managing_dept: '邯郸市公安局永年分局',
      implementing_unit: '邯郸市公安局永年分局社区警务大队',
      budget_initial: 150,
      budget_adjusted: 150,
      executed: 142.3,
      execution_rate_reported: 0.9487,
      execution_weight: 10,
      execution_score: 9.49,
      total_score: 96.49,
      grade: '优',
      indicator_count: 7,
    });
    expect(t.indicatorsOf('永年区智慧安防小区建设')).toEqual([
      ['产出指标', '数量指标', '建成智慧安防小区', '≥30个', '30个', 20, 20, null],
      ['产出指标', '质量指标', '前端设备在线率', '≥95%', '96.5%', 15, 15, null],
      ['产出指标', '时效指标', '建设完成时间', '2023年11月底前', '2023年12月', 10, 8, '部分小区施工协调困难'],
      ['产出指标', '成本指标', '单个小区建设成本', '≤5万元', '4.74万元', 5, 5, null],
      ['效益指标', '社会效益指标', '建成小区入室盗窃案件下降率', '≥20%', '35%', 20, 20, null],
      ['效益指标', '可持续影响指标', '物业联动管理机制', '建立', '已建立', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '小区居民满意度', '≥90%', '93%', 10, 9, null],
    ]);
  });
});

describe('cells wrapped onto the next line', () => {
  it('joins the project name, an indicator name, a reason and a two-line header', () => {
    expectCleanProjectTables(t, 'pt-wrapped-cells.txt', '桐柏县公安局', 2024, 1);
    expect(t.project('桐柏县公安局2024年中央政法转移支付资金（派出所执法执勤装备购置）')).toMatchObject({
      managing_dept: '桐柏县公安局',
      implementing_unit: '桐柏县公安局警务保障室',
      budget_initial: 268,
      budget_adjusted: 268,
      executed: 252.46,
      execution_rate_reported: 0.942,
      execution_weight: 10,
      execution_score: 9.4,
      total_score: 95.4,
      grade: '优',
      indicator_count: 8,
    });
    expect(t.indicatorsOf('桐柏县公安局2024年中央政法转移支付资金（派出所执法执勤装备购置）')).toEqual([
      ['产出指标', '数量指标', '配备执法记录仪数量', '≥320台', '320台', 15, 15, null],
      ['产出指标', '数量指标', '配备警用无人机数量', '≥8架', '8架', 10, 10, null],
      ['产出指标', '质量指标', '装备验收合格率', '100%', '100%', 10, 10, null],
      [
        '产出指标',
        '时效指标',
        '装备采购完成时间',
        '2024年9月底前',
        '2024年11月',
        10,
        7,
        '政府采购流程较长，到货时间推迟；今后提前启动采购程序',
      ],
      ['产出指标', '成本指标', '执法记录仪单价', '≤0.35万元', '0.33万元', 5, 5, null],
      ['效益指标', '社会效益指标', '现场执法全过程记录率', '100%', '100%', 20, 20, null],
      ['效益指标', '可持续影响指标', '装备正常使用年限', '≥5年', '5年', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '基层民警满意度', '≥90%', '91%', 10, 9, '部分装备续航时间偏短'],
    ]);
  });
});

describe('columns set apart by runs of spaces (pdftotext -layout)', () => {
  it('reads the table like a tab-separated one', () => {
    expectCleanProjectTables(t, 'pt-pdftotext-layout.txt', '沁源县公安局', 2022, 1);
    expect(t.project('公安派出所业务用房维修改造')).toMatchObject({
      managing_dept: '沁源县公安局',
      implementing_unit: '沁源县公安局警务保障室',
      budget_initial: 85,
      budget_adjusted: 92,
      executed: 88.32,
      execution_rate_reported: 0.96,
      execution_weight: 10,
      execution_score: 9.6,
      total_score: 98.6,
      grade: '优',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('公安派出所业务用房维修改造')).toEqual([
      ['产出指标', '数量指标', '维修改造派出所数量', '6个', '6个', 20, 20, null],
      ['产出指标', '质量指标', '工程验收合格率', '100%', '100%', 20, 20, null],
      ['产出指标', '时效指标', '工程完工时间', '2022年10月', '2022年10月', 10, 10, null],
      ['效益指标', '社会效益指标', '办公办案条件改善', '明显改善', '明显改善', 20, 20, null],
      ['效益指标', '可持续影响指标', '维修后使用年限', '≥10年', '10年', 10, 10, null],
      [
        '满意度指标',
        '服务对象满意度指标',
        '基层民警满意度',
        '≥90%',
        '90%',
        10,
        9,
        '部分所站仍需增加功能用房',
      ],
    ]);
  });
});
