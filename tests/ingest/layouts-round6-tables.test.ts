/**
 * Round-6 probes of project tables (项目支出绩效自评表) and summary tables: the 2021 template with
 * fund-source rows and a two-column 年度总体目标, funds columns in another order, amounts in 元
 * with thousands separators, Markdown and HTML exports with merged cells, a funds row with no
 * label, 指标性质 / 度量单位 columns, and summaries whose 单位名称 / 预算单位 column names the
 * agency of each row, whose columns state their own units, or whose total row drifted.
 */
import { describe, expect, it } from 'vitest';
import { expectCleanProjectTables, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const TEMPLATE_2021 = 'r6t-2021-template-fund-sources.txt';
const RATE_BEFORE_WEIGHT = 'r6t-funds-rate-before-weight.txt';
const YUAN = 'r6t-yuan-thousands.txt';
const MARKDOWN = 'r6t-markdown-merged.md';
const HTML = 'r6t-html-rowspan.html';
const UNLABELLED = 'r6t-funds-unlabelled-row.txt';
const NATURE = 'r6t-indicator-nature-unit.txt';
const CITY = 'r6t-city-summary-counties.txt';
const COUNTY_DETAIL = 'r6t-county-detail-of-city-row.txt';
const MERGED_UNIT = 'r6t-summary-merged-unit.txt';
const HTML_SUMMARY = 'r6t-summary-html-rowspan-unit.html';
const MIXED_UNITS = 'r6t-summary-mixed-units.txt';
const MARKDOWN_SUMMARY = 'r6t-summary-markdown.md';
const YUAN_SUMMARY = 'r6t-summary-yuan-thousands.txt';
const COLUMN_NUMBERS = 'r6t-summary-column-numbers.txt';
const FUND_TOTAL = 'r6t-summary-fund-total-executed.txt';
const PAIRS = 'r6t-funds-label-value-pairs.txt';
const PAIRS_YUAN = 'r6t-funds-pairs-reexport-yuan.txt';

const t = ingestBeforeAll(LAYOUTS, [
  TEMPLATE_2021,
  RATE_BEFORE_WEIGHT,
  YUAN,
  MARKDOWN,
  HTML,
  UNLABELLED,
  NATURE,
  CITY,
  COUNTY_DETAIL,
  MERGED_UNIT,
  HTML_SUMMARY,
  MIXED_UNITS,
  MARKDOWN_SUMMARY,
  YUAN_SUMMARY,
  COLUMN_NUMBERS,
  FUND_TOTAL,
  PAIRS,
  PAIRS_YUAN,
]);

function projectOf(agency: string, name: string) {
  const p = t.tables.projects.find((x) => x.agency === agency && x.name === name);
  if (!p) throw new Error(`no project ${agency} · ${name}`);
  return p;
}

describe('the 2021 template: 年度资金总额 over 当年财政拨款 / 上年结转资金 / 其他资金, goals in two columns', () => {
  it('reads the total row, not a source row, and every indicator under merged level cells', () => {
    expectCleanProjectTables(t, TEMPLATE_2021, '宁陕县公安局', 2022, 1);
    expect(t.project('智慧安防小区建设项目')).toMatchObject({
      managing_dept: '宁陕县公安局',
      implementing_unit: '宁陕县公安局科技信息化大队',
      budget_initial: 150,
      budget_adjusted: 168,
      executed: 159.6,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 97.5,
      grade: '优',
      grade_band: '优',
      indicator_count: 9,
    });
    expect(t.indicatorsOf('智慧安防小区建设项目')).toEqual([
      ['产出指标', '数量指标', '改造小区数量', '20个', '20个', 15, 15, null],
      ['产出指标', '数量指标', '接入前端设备数量', '≥400台', '412台', 10, 10, null],
      ['产出指标', '质量指标', '设备验收合格率', '≥98%', '100%', 10, 10, null],
      [
        '产出指标',
        '时效指标',
        '项目完工时间',
        '2022年10月底前',
        '2022年11月',
        5,
        4,
        '受疫情影响设备到货延迟，今后提前备货',
      ],
      ['产出指标', '成本指标', '单个小区改造成本', '≤8.4万元', '7.98万元', 10, 10, null],
      ['效益指标', '社会效益指标', '小区盗窃案件下降率', '≥20%', '37%', 15, 15, null],
      ['效益指标', '社会效益指标', '群众安全感', '有所提升', '明显提升', 10, 10, null],
      ['效益指标', '可持续影响指标', '设施持续运行年限', '≥5年', '≥5年', 5, 5, null],
      [
        '满意度指标',
        '服务对象满意度指标',
        '小区居民满意度',
        '≥90%',
        '93.6%',
        10,
        9,
        '个别小区门禁识别速度偏慢，已督促厂家优化',
      ],
    ]);
  });
});

describe('funds columns 执行率 | 分值 | 得分, indicator columns 分值 before 年度指标值, 项目属性 rows', () => {
  it('maps every column by its header and reads "总分 | 100 | 92.5" and the 自评等级 row', () => {
    expectCleanProjectTables(t, RATE_BEFORE_WEIGHT, '麻栗坡县公安局', 2023, 1);
    expect(t.project('边境管控视频监控运维经费')).toMatchObject({
      managing_dept: '麻栗坡县公安局',
      implementing_unit: '麻栗坡县公安局边境管理大队',
      budget_initial: 86,
      budget_adjusted: 92,
      executed: 87.4,
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      total_score: 92.5,
      grade: '优',
      indicator_count: 6,
    });
    expect(t.indicatorsOf('边境管控视频监控运维经费')).toEqual([
      ['产出指标', '数量指标', '运维监控点位数量', '62个', '62个', 20, 20, null],
      [
        '产出指标',
        '质量指标',
        '设备在线率',
        '≥98%',
        '96.5%',
        20,
        17,
        '雨季雷击导致部分设备故障，下一步加装防雷设施',
      ],
      ['产出指标', '时效指标', '故障修复时间', '≤48小时', '36小时', 10, 10, null],
      ['效益指标', '社会效益指标', '查获走私偷渡案件', '≥15起', '21起', 20, 20, null],
      ['效益指标', '可持续影响指标', '边境管控长效机制', '持续发挥作用', '持续发挥作用', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '边境群众满意度', '≥90%', '95%', 10, 6, '部分村寨点位覆盖不足'],
    ]);
  });
});

describe('funds in 元 with thousands separators, the unit in each header cell', () => {
  it('converts to 万元 and reads the 合计 total row', () => {
    expectCleanProjectTables(t, YUAN, '安吉县公安局', 2022, 1);
    expect(t.docOf(YUAN).title).toBe('安吉县公安局2022年度项目支出绩效自评表');
    const p = t.project('派出所执法记录仪更新采购');
    expect(p).toMatchObject({
      managing_dept: '安吉县公安局',
      implementing_unit: '安吉县公安局警务保障室',
      budget_initial: 125,
      budget_adjusted: 118,
      executed: 115.268,
      execution_rate_reported: 0.9768,
      execution_weight: 10,
      execution_score: 9.77,
      total_score: 97.77,
      grade: null,
      grade_band: '优',
    });
    expect(p.execution_rate).toBeCloseTo(115.268 / 118, 9);
    expect(t.indicatorsOf('派出所执法记录仪更新采购')).toEqual([
      ['产出指标', '数量指标', '采购执法记录仪数量', '400台', '400台', 20, 20, null],
      ['产出指标', '质量指标', '设备验收合格率', '100%', '100%', 15, 15, null],
      ['产出指标', '成本指标', '单台采购价格', '≤2,950元/台', '2,881.7元/台', 15, 15, null],
      ['效益指标', '社会效益指标', '现场执法全过程记录率', '≥95%', '98.2%', 20, 20, null],
      ['效益指标', '可持续影响指标', '设备使用年限', '≥5年', '≥5年', 10, 10, null],
      [
        '满意度指标',
        '服务对象满意度指标',
        '一线民警满意度',
        '≥90%',
        '88%',
        10,
        8,
        '部分设备续航时间短，下一步采购备用电池',
      ],
    ]);
  });
});

describe('one Markdown pipe table for the whole form, merged cells left empty', () => {
  it('reads the header block, the funds total, goals and indicators', () => {
    expectCleanProjectTables(t, MARKDOWN, '武功县公安局', 2023, 1);
    expect(t.project('公安检查站运行保障经费')).toMatchObject({
      managing_dept: '武功县公安局',
      implementing_unit: '武功县公安局治安管理大队',
      budget_initial: 48,
      budget_adjusted: 52.5,
      executed: 49.35,
      execution_rate_reported: 0.94,
      execution_weight: 10,
      execution_score: 9.4,
      total_score: 98.4,
      grade: '优',
    });
    expect(t.indicatorsOf('公安检查站运行保障经费')).toEqual([
      ['产出指标', '数量指标', '保障检查站数量', '2个', '2个', 20, 20, null],
      ['产出指标', '数量指标', '查验车辆数', '≥20万辆次', '21.3万辆次', 10, 10, null],
      ['产出指标', '质量指标', '查验设备完好率', '≥95%', '97%', 10, 10, null],
      ['产出指标', '时效指标', '经费支付及时率', '100%', '100%', 10, 10, null],
      ['效益指标', '社会效益指标', '查获违法犯罪人员', '≥30人', '34人', 20, 20, null],
      ['效益指标', '可持续影响指标', '检查站长效运行', '长期', '长期', 10, 10, null],
      [
        '满意度指标',
        '服务对象满意度指标',
        '过往群众满意度',
        '≥90%',
        '91%',
        10,
        9,
        '高峰期排队时间较长，将增设查验通道',
      ],
    ]);
  });
});

describe('an HTML table with rowspan / colspan (Word export)', () => {
  it('reads the funds total under a spanning label and the 总分 row spanning seven columns', () => {
    expectCleanProjectTables(t, HTML, '莒县公安局', 2023, 1);
    expect(t.project('农村警务室规范化建设')).toMatchObject({
      managing_dept: '莒县公安局',
      implementing_unit: '莒县公安局警务保障科',
      budget_initial: 210,
      budget_adjusted: 210,
      executed: 184.8,
      execution_rate_reported: 0.88,
      execution_weight: 10,
      execution_score: 8.8,
      total_score: 94.8,
      grade: null,
      grade_band: '优',
    });
    expect(t.indicatorsOf('农村警务室规范化建设')).toEqual([
      [
        '产出指标',
        '数量指标',
        '改造警务室数量',
        '30个',
        '27个',
        20,
        18,
        '3个警务室选址调整，2024年一季度完成',
      ],
      ['产出指标', '质量指标', '验收合格率', '100%', '100%', 15, 15, null],
      ['产出指标', '时效指标', '完工时间', '2023年11月前', '2023年12月', 5, 3, '选址调整导致延期'],
      ['产出指标', '成本指标', '单个警务室改造成本', '≤7万元', '6.84万元', 10, 10, null],
      ['效益指标', '社会效益指标', '农村警情处置时间缩短', '≥10%', '15%', 20, 20, null],
      ['效益指标', '可持续影响指标', '警务室持续使用', '长期', '长期', 10, 10, null],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '94%', 10, 10, null],
    ]);
  });
});

describe('a funds header whose figures sit in the next row, with no 年度资金总额 label', () => {
  it('reads that row as the funds total', () => {
    expectCleanProjectTables(t, UNLABELLED, '金寨县公安局', 2022, 1);
    expect(t.project('森林防火检查站运行经费')).toMatchObject({
      budget_initial: 42,
      budget_adjusted: 45,
      executed: 40.5,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 99,
      grade: null,
      indicator_count: 6,
    });
    expect(t.indicatorsOf('森林防火检查站运行经费').map((i) => [i[2], i[3], i[4], i[5], i[6]])).toEqual([
      ['保障检查站数量', '4个', '4个', 20, 20],
      ['进山人员登记率', '≥95%', '97%', 20, 20],
      ['防火期值守覆盖率', '100%', '100%', 10, 10],
      ['重大森林火灾发生数', '0起', '0起', 20, 20],
      ['群防群治机制', '健全', '健全', 10, 10],
      ['林区群众满意度', '≥90%', '92%', 10, 10],
    ]);
  });
});

describe('指标性质 and 度量单位 columns beside 年度指标值 (budget-system export)', () => {
  it('writes the sign and the unit into the target, the unit into the actual value', () => {
    expectCleanProjectTables(t, NATURE, '阿荣旗公安局', 2023, 1);
    expect(t.project('"雪亮工程"视频监控租赁')).toMatchObject({
      code: '15078323T000000012345',
      budget_initial: 318,
      budget_adjusted: 318,
      executed: 318,
      execution_rate_reported: 1,
      execution_weight: 10,
      execution_score: 10,
      total_score: 98,
    });
    expect(t.indicatorsOf('"雪亮工程"视频监控租赁')).toEqual([
      ['产出指标', '数量指标', '租赁视频监控点位', '≥1200个', '1236个', 20, 20, null],
      ['产出指标', '质量指标', '监控点位在线率', '≥95%', '96.8%', 20, 20, null],
      ['产出指标', '时效指标', '租赁费支付时间', '≤12月', '12月', 10, 10, null],
      ['产出指标', '成本指标', '单点位年租赁费', '≤2650元', '2573元', 10, 10, null],
      ['效益指标', '社会效益指标', '利用视频破获案件数', '≥150起', '182起', 20, 20, null],
      [
        '满意度指标',
        '服务对象满意度指标',
        '群众安全感满意度',
        '≥90%',
        '88%',
        10,
        8,
        '群众对部分乡村点位覆盖不满意，下一步补点',
      ],
    ]);
  });
});

describe("a city bureau's summary of its counties' projects (预算单位 column)", () => {
  it('is the city’s summary table, but each row is the project of the bureau it names', () => {
    expect(t.docOf(CITY)).toMatchObject({
      doc_kind: 'summary_table',
      agency: '汉中市公安局',
      year: 2023,
      status: 'ok',
    });
    const rows = t.tables.projects
      .filter((p) => p.sources.some((s) => s.file === CITY))
      .sort((a, b) => a.total_score! - b.total_score!)
      .map((p) => [p.agency, p.name, p.budget_initial, p.budget_adjusted, p.executed, p.total_score]);
    expect(rows).toEqual([
      ['南郑区公安分局', '派出所标准化建设', 180, 180, 126, 78],
      ['洋县公安局', '交通安全设施维护', 90, 96, 91.2, 92],
      ['汉中市公安局汉台分局', '城区治安卡口建设', 260, 285, 270.75, 93],
      // Merged with the county's own table, whose score leads.
      ['城固县公安局', '禁毒宣传教育经费', 35, 35, 35, 94],
      ['汉中市公安局', '全市公安视频专网运维', 420, 420, 411.6, 95.5],
    ]);
  });
  it('drops the 合计 row whose merged label pushed the amounts into the name column', () => {
    expect(t.tables.projects.filter((p) => /^[\d.,]+$/.test(p.name))).toEqual([]);
  });
  it('lists the named bureaus as agencies, with their divisions', () => {
    const byName = new Map(t.tables.agencies.map((a) => [a.name, a]));
    expect(byName.get('南郑区公安分局')).toMatchObject({
      province: '陕西省',
      city: '汉中市',
      county: '南郑区',
    });
    expect(byName.get('洋县公安局')).toMatchObject({ province: '陕西省', city: '汉中市', county: '洋县' });
    expect(byName.get('汉中市公安局汉台分局')).toMatchObject({ city: '汉中市', county: '汉台区' });
  });
  it('merges a row with the county’s own table and reports the score they disagree on', () => {
    expect(t.docOf(COUNTY_DETAIL)).toMatchObject({
      doc_kind: 'project_table',
      agency: '城固县公安局',
      year: 2023,
      status: 'ok',
    });
    expect(t.flagRules(COUNTY_DETAIL)).toEqual(['score_conflict']);
    const p = projectOf('城固县公安局', '禁毒宣传教育经费');
    expect(p).toMatchObject({
      doc_id: t.docOf(COUNTY_DETAIL).doc_id,
      implementing_unit: '城固县公安局禁毒大队',
      execution_weight: 10,
      execution_score: 10,
      total_score: 94,
      indicator_count: 4,
    });
    expect([...new Set(p.sources.map((s) => s.file))].sort()).toEqual([CITY, COUNTY_DETAIL]);
    const conflicts = t.tables.flags.filter((f) => f.project_id === p.project_id);
    expect(conflicts.map((f) => f.rule)).toEqual(['score_conflict']);
    expect(conflicts[0]?.message).toContain('96');
    expect(t.flagRules(CITY)).toEqual([]);
  });
});

describe('a summary whose 单位名称 cell is merged over its projects (written once)', () => {
  it('gives every row the bureau written above it; "（本级）" is the bureau itself', () => {
    expect(t.docOf(MERGED_UNIT)).toMatchObject({
      doc_kind: 'summary_table',
      agency: '商洛市公安局',
      year: 2022,
    });
    const rows = t.tables.projects
      .filter((p) => p.doc_id === t.docOf(MERGED_UNIT).doc_id)
      .sort((a, b) => a.sources[0]!.line_start - b.sources[0]!.line_start)
      .map((p) => [
        p.agency,
        p.implementing_unit,
        p.name,
        p.budget_adjusted,
        p.executed,
        p.execution_rate_reported,
      ]);
    expect(rows).toEqual([
      ['商南县公安局', '商南县公安局', '执法办案管理中心运维', 68, 66.64, 0.98],
      ['商南县公安局', '商南县公安局', '交通违法非现场执法设备购置', 120, 84, 0.7],
      ['山阳县公安局', '山阳县公安局', '派出所业务用房维修', 75, 75, 1],
      ['山阳县公安局', '山阳县公安局', '禁毒宣传经费', 20, 19, 0.95],
      ['镇安县公安局', '镇安县公安局（本级）', '警用无人机购置', 56, 56, 1],
    ]);
    expect(t.flagRules(MERGED_UNIT)).toEqual([]);
  });
});

describe('an HTML summary: two-row header, 预算单位 spanning two rows, 合计 spanning three columns', () => {
  it('reads each row with its bureau and the child headers under 预算执行情况', () => {
    expect(t.docOf(HTML_SUMMARY)).toMatchObject({
      doc_kind: 'summary_table',
      agency: '延安市公安局',
      year: 2024,
    });
    const rows = t.tables.projects
      .filter((p) => p.doc_id === t.docOf(HTML_SUMMARY).doc_id)
      .sort((a, b) => a.sources[0]!.line_start - b.sources[0]!.line_start)
      .map((p) => [
        p.agency,
        p.name,
        p.budget_initial,
        p.budget_adjusted,
        p.executed,
        p.total_score,
        p.grade,
      ]);
    expect(rows).toEqual([
      ['延长县公安局', '油区治安巡防经费', 150, 150, 147, 96, '优'],
      ['延长县公安局', '执法办案中心运维', 60, 66, 39.6, 90, '优'],
      ['子长市公安局', '智慧警务平台建设', 320, 300, 291, 94.5, '优'],
    ]);
    // 60 % is not below 60 %: no high_score_low_execution.
    expect(t.flagRules(HTML_SUMMARY)).toEqual([]);
  });
});

describe('a summary in 万元 with one column headed 实际支出（元）', () => {
  it('reads that column in 元 and the others in the table’s 万元', () => {
    expect(t.docOf(MIXED_UNITS)).toMatchObject({
      doc_kind: 'summary_table',
      agency: '蒙城县公安局',
      year: 2022,
    });
    expect(t.figuresOf(MIXED_UNITS)).toEqual([
      ['交通管理业务经费', 150, 162, 160.38, 0.99, 96, '优'],
      ['刑事技术实验室运行经费', 85, 85, 78.2, 0.92, 90.5, '优'],
      ['看守所被监管人员给养', 120, 128.5, 128.5, 1, 94, '优'],
    ]);
    expect(t.flagRules(MIXED_UNITS)).toEqual([]);
  });
});

describe('a Markdown summary with category rows (一 专项业务类) and a 合计 row', () => {
  it('reads the numbered projects only', () => {
    expect(t.docOf(MARKDOWN_SUMMARY)).toMatchObject({
      doc_kind: 'summary_table',
      agency: '临澧县公安局',
      year: 2024,
      status: 'ok',
    });
    expect(t.figuresOf(MARKDOWN_SUMMARY)).toEqual([
      ['执法办案中心运行经费', 160, 166, 160.2, 0.9651, 94, '优'],
      ['禁毒专项工作经费', 150, 160, 152.2, 0.9513, 88, '良'],
      ['警用车辆运行维护', 95, 95, 57, 0.6, 71.5, '中'],
    ]);
    expect(t.flagRules(MARKDOWN_SUMMARY)).toEqual([]);
  });
});

describe('a summary in 元 with thousands separators and 优秀 grades', () => {
  it('converts to 万元; a stated grade 优秀 in the 优 band raises nothing', () => {
    expect(t.docOf(YUAN_SUMMARY)).toMatchObject({
      doc_kind: 'summary_table',
      agency: '建瓯市公安局',
      year: 2021,
    });
    expect(t.figuresOf(YUAN_SUMMARY)).toEqual([
      ['110指挥中心系统运维', null, 236, 231.28, 0.98, 96.5, '优秀'],
      ['农村治安视频监控补点', null, 185, 129.5, 0.7, 91, '优秀'],
      ['出入境证件制作耗材', null, 42.65, 42.65, 1, 95, '优秀'],
    ]);
    expect(t.flagRules(YUAN_SUMMARY)).toEqual([]);
  });
});

describe('a summary with a 栏次 row (甲 | 1 | 2 | 4=3/2), 执行率（%） and a 自评结论 column', () => {
  it('skips the column numbers, reads bare percentages and the grades under 自评结论', () => {
    expect(t.docOf(COLUMN_NUMBERS)).toMatchObject({
      doc_kind: 'summary_table',
      agency: '屏南县公安局',
      year: 2023,
      status: 'ok',
    });
    expect(t.figuresOf(COLUMN_NUMBERS)).toEqual([
      ['社会治安防控体系建设', 120, 135, 131.6, 0.9748, 93.5, '优'],
      ['反电诈专项工作经费', 45, 45, 45, 1, 96, '优'],
      ['派出所“两队一室”改革', 80, 80, 51.2, 0.64, 83, '良'],
    ]);
    expect(t.flagRules(COLUMN_NUMBERS)).toEqual([]);
  });
});

describe('a summary whose only budget column is 资金总额 beside 其中：财政拨款 / 其他资金 and 执行数', () => {
  it('reads 资金总额 as the budget, not as an amount conflicting with the executed one', () => {
    expect(t.docOf(FUND_TOTAL)).toMatchObject({
      doc_kind: 'summary_table',
      agency: '长垣市公安局',
      year: 2022,
    });
    expect(t.figuresOf(FUND_TOTAL)).toEqual([
      ['刑侦技术装备购置', null, 210, 205.8, 0.98, 95, '优'],
      ['看守所运转保障', null, 96, 96, 1, 97, '优'],
    ]);
    expect(t.flagRules(FUND_TOTAL)).toEqual([]);
  });
});

describe('a funds block written "label | value | label | value" over three rows', () => {
  it('reads each pair; the same table re-exported in 元 in another file is the same project', () => {
    for (const file of [PAIRS, PAIRS_YUAN]) {
      expect(t.docOf(file)).toMatchObject({
        doc_kind: 'project_table',
        agency: '澄城县公安局',
        year: 2021,
        status: 'ok',
      });
      expect(t.flagRules(file)).toEqual([]);
    }
    const same = t.tables.projects.filter((p) => p.name === '公安信息网运行维护');
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({
      doc_id: t.docOf(PAIRS).doc_id,
      managing_dept: '澄城县公安局',
      implementing_unit: '澄城县公安局网络安全保卫大队',
      budget_initial: 66,
      budget_adjusted: 72,
      executed: 70.56,
      execution_rate_reported: 0.98,
      execution_weight: 10,
      execution_score: 9.8,
      total_score: 99.8,
      indicator_count: 4,
    });
    expect([...new Set(same[0]?.sources.map((s) => s.file))].sort()).toEqual([PAIRS, PAIRS_YUAN]);
    expect(t.indicatorsOf('公安信息网运行维护')).toEqual([
      ['产出指标', '数量指标', '运维网络节点数', '≥120个', '126个', 30, 30, null],
      ['产出指标', '质量指标', '网络可用率', '≥99%', '99.6%', 30, 30, null],
      ['效益指标', '社会效益指标', '网络安全事件', '0起', '0起', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '基层民警满意度', '≥90%', '94%', 10, 10, null],
    ]);
  });
});
