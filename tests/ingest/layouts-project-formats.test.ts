/**
 * Project self-evaluation tables (项目支出绩效自评表) in other formats and layouts: Word/WPS HTML
 * exports (GBK too), a docx with two projects, an xlsx with a project per sheet, a transposed funds
 * block, a 计量单位 column, 得分 before 分值, a unit on the caption line, grade words.
 * The docx and xlsx were built as scripts/make-format-fixtures.ts builds its own (jszip, exceljs).
 */
import { describe, expect, it } from 'vitest';
import { expectCleanProjectTables, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const FILES = [
  'pt2-caption-yuan.html',
  'pt2-funds-source-columns.txt',
  'pt2-wps-unit-column.gbk.htm',
  'pt2-word-export.html',
  'pt2-two-projects.docx',
  'pt2-sheets.xlsx',
  'pt2-gbk-tab-4dp.txt',
  'pt2-grade-word-two-reason-columns.txt',
];

const t = ingestBeforeAll(LAYOUTS, FILES);

describe('a caption "填报单位：… 金额单位：元" on one line (HTML, <thead>/<th>)', () => {
  it('converts the funds from 元 to 万元', () => {
    expectCleanProjectTables(t, 'pt2-caption-yuan.html', '商南县公安局', 2023, 1);
    expect(t.project('看守所医疗保障经费')).toMatchObject({
      managing_dept: '商南县公安局',
      implementing_unit: '商南县看守所',
      budget_initial: 32,
      budget_adjusted: 35,
      executed: 34.3,
      execution_rate_reported: 0.98,
      execution_weight: 10,
      execution_score: 9.8,
      total_score: 99.8,
      grade: '优秀',
      grade_band: '优',
      indicator_count: 3,
    });
    expect(t.indicatorsOf('看守所医疗保障经费')).toEqual([
      ['产出指标', '数量指标', '在押人员体检覆盖率', '100%', '100%', 40, 40, null],
      ['产出指标', '成本指标', '人均医疗费用', '≤1200元', '1143元', 20, 20, null],
      ['效益指标', '社会效益指标', '监所医疗安全事故', '0起', '0起', 30, 30, null],
    ]);
  });
});

describe('a transposed funds block (rows 年初预算数/全年预算数/全年执行数, columns 资金总额/财政资金/其他资金)', () => {
  it('reads the 资金总额 column and the 执行率 | 分值 | 得分 row', () => {
    expectCleanProjectTables(t, 'pt2-funds-source-columns.txt', '铜川市耀州区公安分局', 2021, 1);
    expect(t.project('禁毒专项经费')).toMatchObject({
      managing_dept: '铜川市耀州区公安分局',
      implementing_unit: '铜川市耀州区公安分局禁毒大队',
      budget_initial: 60,
      budget_adjusted: 64.5,
      executed: 58.05,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 98,
      grade: '优',
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('禁毒专项经费')).toEqual([
      ['产出指标', '数量指标', '禁毒宣传活动场次', '≥40场', '46场', 20, 20, null],
      ['产出指标', '质量指标', '吸毒人员管控率', '≥95%', '96%', 20, 20, null],
      ['产出指标', '时效指标', '经费支付及时率', '100%', '90%', 10, 9, '部分经费年底支付'],
      ['效益指标', '社会效益指标', '新发现吸毒人员同比下降', '≥5%', '7%', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '91%', 10, 10, null],
    ]);
  });
});

describe('GBK WPS export: a 计量单位 column and 得分 before 分值, in the total row too', () => {
  it('joins the unit to the values and reads the total from the 得分 column', () => {
    expectCleanProjectTables(t, 'pt2-wps-unit-column.gbk.htm', '兴平市公安局', 2022, 1);
    expect(t.project('执法记录仪购置项目')).toMatchObject({
      managing_dept: '兴平市公安局',
      implementing_unit: '兴平市公安局装备财务科',
      budget_initial: 48,
      budget_adjusted: 48,
      executed: 46.56,
      execution_rate_reported: 0.97,
      execution_weight: 10,
      execution_score: 9.7,
      total_score: 94.7,
      grade: '优',
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('执法记录仪购置项目')).toEqual([
      ['产出指标', '数量指标', '购置执法记录仪', '≥240台', '240台', 30, 30, null],
      ['产出指标', '质量指标', '设备验收合格率', '100%', '100%', 15, 15, null],
      ['产出指标', '时效指标', '采购完成时间', '6月', '8月', 15, 10, '政府采购流程较长'],
      ['效益指标', '社会效益指标', '现场执法记录率', '≥95%', '98%', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', '92%', 10, 10, null],
    ]);
  });
});

describe('Word "Save as HTML": <p>/<span>/<o:p> in cells, <br> inside labels and names, rowspan/colspan', () => {
  it('reads every field and drops line breaks between hanzi', () => {
    expectCleanProjectTables(t, 'pt2-word-export.html', '西安市临潼区公安分局', 2023, 1);
    expect(t.project('社区警务室规范化建设')).toMatchObject({
      managing_dept: '西安市临潼区公安分局',
      implementing_unit: '西安市临潼区公安分局社区警务大队',
      budget_initial: 86.4,
      budget_adjusted: 92,
      executed: 87.4,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 95.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('社区警务室规范化建设')).toEqual([
      ['产出指标', '数量指标', '改造警务室数量', '12个', '12个', 20, 20, null],
      ['产出指标', '质量指标', '验收合格率', '100%', '100%', 10, 10, null],
      [
        '产出指标',
        '时效指标',
        '完成时间',
        '2023年11月前',
        '2023年12月',
        10,
        8,
        '施工受雨季影响，今后合理安排工期',
      ],
      ['产出指标', '成本指标', '单个警务室改造成本', '≤7.7万元', '7.28万元', 10, 10, null],
      ['效益指标', '社会效益指标', '社区可防性案件同比下降', '≥5%', '6.2%', 30, 28, '个别社区警力不足'],
      ['满意度指标', '服务对象满意度指标', '社区群众满意度', '≥90%', '94%', 10, 10, null],
    ]);
  });
});

describe('a docx with two tables, vMerge/gridSpan merged cells', () => {
  it('reads both projects', () => {
    expectCleanProjectTables(t, 'pt2-two-projects.docx', '宜川县公安局', 2021, 2);
    expect(t.project('交通安全设施维护')).toMatchObject({
      managing_dept: '宜川县公安局',
      implementing_unit: '宜川县公安局交通警察大队',
      budget_initial: 35,
      budget_adjusted: 38,
      executed: 38,
      execution_rate_reported: 1,
      execution_weight: 10,
      execution_score: 10,
      total_score: 95,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('交通安全设施维护')).toEqual([
      ['产出指标', '数量指标', '维护信号灯路口', '16个', '16个', 25, 25, null],
      ['产出指标', '质量指标', '设施完好率', '≥95%', '97%', 25, 25, null],
      ['效益指标', '社会效益指标', '交通事故起数同比下降', '≥3%', '2.1%', 30, 25, '车流量增长较快'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 10, 10, null],
    ]);
    expect(t.project('刑事技术实验室耗材')).toMatchObject({
      managing_dept: '宜川县公安局',
      implementing_unit: '宜川县公安局刑事侦查大队',
      budget_initial: 20,
      budget_adjusted: 20,
      executed: 15.2,
      execution_rate_reported: 0.76,
      execution_weight: 10,
      execution_score: 7.6,
      total_score: 93.6,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('刑事技术实验室耗材')).toEqual([
      ['产出指标', '数量指标', '完成检验鉴定数', '≥300件', '326件', 30, 30, null],
      ['产出指标', '时效指标', '鉴定按期完成率', '≥95%', '96%', 20, 20, null],
      ['效益指标', '社会效益指标', '技术破案率', '≥30%', '28%', 30, 26, '部分案件物证提取不足'],
      ['满意度指标', '服务对象满意度指标', '办案单位满意度', '≥90%', '95%', 10, 10, null],
    ]);
  });
});

describe('an xlsx with one project per sheet, merged cells, "1,234.50" text and 0.95 as a percentage', () => {
  it('reads each sheet as a project', () => {
    expectCleanProjectTables(t, 'pt2-sheets.xlsx', '富平县公安局', 2024, 2);
    expect(t.project('反电诈宣传经费')).toMatchObject({
      managing_dept: '富平县公安局',
      implementing_unit: '富平县公安局刑侦大队',
      budget_initial: 15,
      budget_adjusted: 15,
      executed: 12.75,
      execution_rate_reported: 0.85,
      execution_weight: 10,
      execution_score: 8.5,
      total_score: 95.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('反电诈宣传经费')).toEqual([
      ['产出指标', '数量指标', '宣传活动场次', '≥50场', '52场', 30, 30, null],
      ['产出指标', '时效指标', '资金支付及时率', '100%', '85%', 20, 17, '部分宣传品年底结算'],
      ['效益指标', '社会效益指标', '电诈案件发案数同比下降', '≥10%', '12%', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '91%', 10, 10, null],
    ]);
    expect(t.project('户籍档案数字化')).toMatchObject({
      managing_dept: '富平县公安局',
      implementing_unit: '富平县公安局户政大队',
      budget_initial: 1234.5,
      budget_adjusted: 1234.5,
      executed: 1172.78,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 99.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 4,
    });
    expect(t.indicatorsOf('户籍档案数字化')).toEqual([
      ['产出指标', '数量指标', '档案数字化页数', '≥120万页', '126万页', 30, 30, null],
      ['产出指标', '质量指标', '数字化准确率', '≥99%', '99.6%', 20, 20, null],
      ['效益指标', '社会效益指标', '群众查档平均时长', '≤10分钟', '8分钟', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥90%', '96%', 10, 10, null],
    ]);
  });
});

describe('a GBK tab-separated text with 4-decimal 万元 amounts and CRLF', () => {
  it('keeps full precision', () => {
    expectCleanProjectTables(t, 'pt2-gbk-tab-4dp.txt', '韩城市公安局', 2022, 1);
    expect(t.project('看守所监管设施维修改造')).toMatchObject({
      managing_dept: '韩城市公安局',
      implementing_unit: '韩城市看守所',
      budget_initial: 297.9122,
      budget_adjusted: 312.456,
      executed: 301.0388,
      execution_rate_reported: 0.9635,
      execution_weight: 10,
      execution_score: 9.64,
      total_score: 99.64,
      grade: '优',
      grade_band: '优',
      indicator_count: 5,
    });
    expect(t.indicatorsOf('看守所监管设施维修改造')).toEqual([
      ['产出指标', '数量指标', '改造监室数量', '24间', '24间', 20, 20, null],
      ['产出指标', '质量指标', '工程验收合格率', '100%', '100%', 20, 20, null],
      ['产出指标', '成本指标', '改造成本控制', '≤312.4560万元', '301.0388万元', 10, 10, null],
      ['效益指标', '社会效益指标', '监管安全事故发生数', '0起', '0起', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '在押人员及民警满意度', '≥90%', '95%', 10, 10, null],
    ]);
  });
});

describe('a 自评等级 line with "良好" and 偏差原因 / 改进措施 in two columns', () => {
  it('keeps the stated word and both notes', () => {
    expectCleanProjectTables(t, 'pt2-grade-word-two-reason-columns.txt', '凤翔区公安分局', 2024, 1);
    expect(t.project('智慧安防小区建设')).toMatchObject({
      managing_dept: '宝鸡市凤翔区公安分局',
      implementing_unit: '宝鸡市凤翔区公安分局治安大队',
      budget_initial: 150,
      budget_adjusted: 140,
      executed: 112,
      execution_rate_reported: 0.8,
      execution_weight: 10,
      execution_score: 8,
      total_score: 88,
      grade: '良好',
      grade_band: '良',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('智慧安防小区建设')).toEqual([
      [
        '产出指标',
        '数量指标',
        '建成智慧安防小区数量',
        '20个',
        '16个',
        20,
        16,
        '部分小区物业配合度低 加强与住建部门协调',
      ],
      ['产出指标', '质量指标', '前端设备在线率', '≥95%', '93%', 15, 13, '网络不稳定 更换传输链路'],
      ['产出指标', '时效指标', '建设完成时间', '2024年10月', '2024年12月', 10, 8, '招标延期 提前启动招标'],
      ['效益指标', '社会效益指标', '小区发案率同比下降', '≥20%', '22%', 20, 20, null],
      ['效益指标', '可持续影响指标', '运维机制建立', '建立', '已建立', 15, 15, null],
      ['满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '88%', 10, 8, '宣传不到位 加强宣传'],
    ]);
  });
});
