/**
 * Round-10 probes, figures in prose: a 自评结论 "综上，该项目自评得分96分，评价等级为优秀" at the end
 * (grade 优秀, band 优) after "项目资金到位率100%" and "预算执行率97%" (到位率 is no execution rate)
 * and "年初预算安排资金260万元" (the 年初 budget); "得分：九十五分" in Chinese numerals and a rate
 * formula "（执行数/预算数×100%）" whose 100% is no rate; "预算执行率为100.00%" over amounts giving
 * 98.5%; "年初预算人民币叁拾万元整（30万元）"; indicators listed in prose ("数量指标：…，目标值≥10个，
 * 实际完成12个，得分10分"), which are not indicator rows; "一是…" problems one a line under "（三）
 * 存在的问题和原因" and a "针对上述问题，…" remedy; a 部门整体 report ending with its problems; a
 * 部门决算 说明 stating its problems twice (summary and detail) — each line's statement is kept, as
 * in seed 001; "天网监控系统运维" and "天网监控系统运行维护项目" as one project; "预算执行率=实际支出/
 * 全年预算×100%=96.5%" and "得分为九十二点五分"; a 部门整体 report with "资金到位率100%", "全年支出" and
 * "主要问题：…" in its summary; "项目资金到位率100%" with no 执行率 stated (no rate then), "自评得分：96.00分"
 * and "评价等级：优秀" in lines of their own; a 部门整体 "绩效自评得分九十三分" and "一是…；二是…".
 */
import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../src/ingest/chinese-numerals.ts';
import { proseNumbers, withoutRateFormula } from '../../src/ingest/extract/prose-numbers.ts';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const YOUXIU = 'r10n-conclusion-youxiu.txt';
const NUMERALS = 'r10n-chinese-score-formula.txt';
const DECIMAL = 'r10n-rate-decimal-mismatch.txt';
const CAPITAL = 'r10n-capital-amount.txt';
const PROSE_INDICATORS = 'r10n-prose-indicators.txt';
const ENDS_WITH_PROBLEMS = 'r10n-department-problems-end.txt';
const ACCOUNTS = 'r10n-final-accounts-repeat.txt';
const ALIAS = 'r10n-alias-two-projects.txt';
const DAOWEI = 'r10n-department-daowei.txt';
const FORMULA = 'r10n-formula-daowei-only.txt';
const SUMMARY = 'r10n-department-repeat-summary.md';
const NO_RATE = 'r10n-daowei-no-rate.txt';
const DEPARTMENT_NUMERALS = 'r10n-department-numeral-score.txt';

const t = ingestBeforeAll(LAYOUTS, [
  YOUXIU,
  NUMERALS,
  DECIMAL,
  CAPITAL,
  PROSE_INDICATORS,
  ENDS_WITH_PROBLEMS,
  ACCOUNTS,
  ALIAS,
  DAOWEI,
  FORMULA,
  SUMMARY,
  NO_RATE,
  DEPARTMENT_NUMERALS,
]);

/** The file's projects beyond the figures as [aliases, grade_band, weight, score, code, indicator count]. */
function extras(file: string): unknown[][] {
  return t
    .projectsOf(file)
    .map((p) => [p.aliases, p.grade_band, p.execution_weight, p.execution_score, p.code, p.indicator_count]);
}

/** The file's problems as [line, text, attributed project name or null]. */
function problems(file: string): [number, string, string | null][] {
  const doc = t.docOf(file);
  const names = new Map(t.tables.projects.map((p) => [p.project_id, p.name]));
  return t.tables.problems
    .filter((q) => q.doc_id === doc.doc_id)
    .map((q): [number, string, string | null] => [
      q.line,
      q.text,
      q.project_id === null ? null : (names.get(q.project_id) ?? null),
    ]);
}

function agencyOf(name: string): unknown {
  return t.tables.agencies.find((a) => a.name === name);
}

function indicatorCountOf(file: string): number {
  const ids = new Set(t.projectsOf(file).map((p) => p.project_id));
  return t.tables.indicators.filter((i) => ids.has(i.project_id)).length;
}

describe('Chinese numerals and rate formulas in prose', () => {
  it('reads numbers written in (capital) Chinese numerals', () => {
    expect(chineseNumber('九十五')).toBe(95);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('一百')).toBe(100);
    expect(chineseNumber('叁拾万')).toBe(300000);
    expect(chineseNumber('壹佰贰拾万伍仟')).toBe(1205000);
    expect(chineseNumber('壹亿贰仟万')).toBe(120000000);
    expect(chineseNumber('九十x')).toBeNull();
  });
  it('writes amounts in capital numerals and scores after 得分 as digits', () => {
    expect(proseNumbers('年初预算人民币叁拾万元整（30万元），')).toBe('年初预算30万元，');
    expect(proseNumbers('年初预算人民币壹佰贰拾万元整，')).toBe('年初预算120万元，');
    expect(proseNumbers('合同金额人民币叁万伍仟元整')).toBe('合同金额3.5万元');
    expect(proseNumbers('本项目得分：九十五分，等级：优')).toBe('本项目得分：95分，等级：优');
    expect(proseNumbers('自评得分为九十二点五分')).toBe('自评得分为92.5分');
    // "十分" is "very", not a score.
    expect(proseNumbers('该项工作十分重要')).toBe('该项工作十分重要');
  });
  it('drops how a rate is computed, keeping the rate it states', () => {
    expect(withoutRateFormula('预算执行率=实际支出/全年预算×100%=96.5%。')).toBe('预算执行率96.5%。');
    expect(withoutRateFormula('预算执行率（实际支出/全年预算×100%）为96.5%')).toBe('预算执行率96.5%');
    expect(withoutRateFormula('预算执行率计算方法为（执行数/预算数×100%），')).toBe('预算执行率计算方法为，');
    expect(withoutRateFormula('预算执行率100%')).toBe('预算执行率100%');
  });
});

describe('"综上，该项目自评得分96分，评价等级为优秀" closing a narrative with 到位率 and 执行率', () => {
  it('is the narrative of the county-level city bureau', () => {
    expect(t.docOf(YOUXIU)).toMatchObject({
      encoding: 'utf-8',
      doc_kind: 'narrative',
      title: '宁乡市公安局2023年度看守所监管设施改造项目绩效自评报告',
      agency: '宁乡市公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('宁乡市公安局')).toEqual({
      name: '宁乡市公安局',
      aliases: [],
      province: '湖南省',
      city: '长沙市',
      county: '宁乡市',
    });
  });
  it('reads "年初预算安排资金" as the initial budget, the 执行率 not the 到位率, and the grade 优秀 as stated', () => {
    expect(t.figuresOf(YOUXIU)).toEqual([['看守所监管设施改造', 260, null, 252.2, 0.97, 96, '优秀']]);
    expect(t.projectsOf(YOUXIU)[0]?.execution_rate).toBeCloseTo(0.97, 10);
    expect(extras(YOUXIU)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(YOUXIU)).toEqual([[1, 4, 7, 16]]);
    expect(t.flagRules(YOUXIU)).toEqual([]);
    expect(t.departmentOf(YOUXIU)).toBeUndefined();
  });
  it('lists the one problem, not the conclusion after it', () => {
    expect(problems(YOUXIU)).toEqual([
      [13, '部分改造工程因施工期间需保障在押人员安全，工期有所延后', '看守所监管设施改造'],
    ]);
  });
});

describe('"得分：九十五分" and a rate formula "（执行数/预算数×100%）"', () => {
  it('is the narrative of the county bureau', () => {
    expect(t.docOf(NUMERALS)).toMatchObject({
      doc_kind: 'narrative',
      title: '盐亭县公安局2022年度执法办案中心运行经费项目支出绩效自评报告',
      agency: '盐亭县公安局',
      year: 2022,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('盐亭县公安局')).toMatchObject({ province: '四川省', city: '绵阳市', county: '盐亭县' });
  });
  it('reads the score in Chinese numerals and the stated rate, not the formula’s 100%', () => {
    expect(t.figuresOf(NUMERALS)).toEqual([['执法办案中心运行经费', null, 80, 76, 0.95, 95, '优']]);
    expect(extras(NUMERALS)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(NUMERALS)).toEqual([[1, 4, 7, 10]]);
    expect(t.flagRules(NUMERALS)).toEqual([]);
    expect(t.departmentOf(NUMERALS)).toBeUndefined();
  });
  it('lists the two numbered problems', () => {
    expect(problems(NUMERALS)).toEqual([
      [13, '办案中心设备老化，维修支出逐年增加', '执法办案中心运行经费'],
      [14, '经费测算依据不够细化', '执法办案中心运行经费'],
    ]);
  });
});

describe('"预算执行率为100.00%" over 197 of 200万元, "自评得分95.00分"', () => {
  it('is the narrative of the county bureau', () => {
    expect(t.docOf(DECIMAL)).toMatchObject({
      doc_kind: 'narrative',
      title: '岳西县公安局2023年度公安检查站运行保障项目绩效自评报告',
      agency: '岳西县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('岳西县公安局')).toMatchObject({ province: '安徽省', city: '安庆市', county: '岳西县' });
  });
  it('reads the stated 100% and flags it against the 98.5% of the amounts', () => {
    expect(t.figuresOf(DECIMAL)).toEqual([['公安检查站运行保障', null, 200, 197, 1, 95, '优']]);
    expect(t.projectsOf(DECIMAL)[0]?.execution_rate).toBeCloseTo(0.985, 10);
    expect(extras(DECIMAL)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(DECIMAL)).toEqual([[1, 4, 10]]);
    expect(t.flagRules(DECIMAL)).toEqual(['execution_rate_mismatch']);
    expect(t.departmentOf(DECIMAL)).toBeUndefined();
  });
  it('lists the one problem', () => {
    expect(problems(DECIMAL)).toEqual([
      [13, '检查站信息化设备更新滞后，部分设备运行不稳定', '公安检查站运行保障'],
    ]);
  });
});

describe('"年初预算人民币叁拾万元整（30万元）"', () => {
  it('is the narrative of the county bureau', () => {
    expect(t.docOf(CAPITAL)).toMatchObject({
      doc_kind: 'narrative',
      title: '汉阴县公安局2023年度禁毒宣传教育专项经费绩效自评报告',
      agency: '汉阴县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('汉阴县公安局')).toMatchObject({ province: '陕西省', city: '安康市', county: '汉阴县' });
  });
  it('reads the amount in capital numerals once, as the initial budget', () => {
    expect(t.figuresOf(CAPITAL)).toEqual([['禁毒宣传教育专项经费', 30, null, 28.5, 0.95, 91, '优']]);
    expect(t.projectsOf(CAPITAL)[0]?.execution_rate).toBeCloseTo(0.95, 10);
    expect(extras(CAPITAL)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(CAPITAL)).toEqual([[1, 4, 7, 10]]);
    expect(t.flagRules(CAPITAL)).toEqual([]);
    expect(t.departmentOf(CAPITAL)).toBeUndefined();
  });
  it('lists the one problem', () => {
    expect(problems(CAPITAL)).toEqual([[13, '宣传形式较为单一，对农村地区覆盖不足', '禁毒宣传教育专项经费']]);
  });
});

describe('indicators in prose ("数量指标：…，目标值≥10个，实际完成12个，得分10分") and "一是…" problems one a line', () => {
  it('is the narrative of the county bureau', () => {
    expect(t.docOf(PROSE_INDICATORS)).toMatchObject({
      doc_kind: 'narrative',
      title: '镇原县公安局2023年度派出所标准化建设项目绩效自评报告',
      agency: '镇原县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('镇原县公安局')).toMatchObject({ province: '甘肃省', city: '庆阳市', county: '镇原县' });
  });
  it('reads the project’s figures, not an indicator’s 得分10分 as its score', () => {
    expect(t.figuresOf(PROSE_INDICATORS)).toEqual([['派出所标准化建设', null, 120, 118.8, 0.99, 93, '优']]);
    expect(extras(PROSE_INDICATORS)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(PROSE_INDICATORS)).toEqual([[1, 4, 13]]);
    expect(t.flagRules(PROSE_INDICATORS)).toEqual([]);
    expect(t.departmentOf(PROSE_INDICATORS)).toBeUndefined();
  });
  it('makes no indicator rows of the prose list (no weights: the checks would misfire)', () => {
    expect(indicatorCountOf(PROSE_INDICATORS)).toBe(0);
  });
  it('lists the three problems, not the remedy "针对上述问题，…"', () => {
    expect(problems(PROSE_INDICATORS)).toEqual([
      [16, '部分派出所改造方案论证不够充分，设计变更较多', '派出所标准化建设'],
      [17, '项目资金拨付进度偏慢，影响施工进度', '派出所标准化建设'],
      [18, '后期运维管理机制尚未建立', '派出所标准化建设'],
    ]);
  });
});

describe('a 部门整体 report ending with its problems section', () => {
  it('is the department self-evaluation of the county bureau', () => {
    expect(t.docOf(ENDS_WITH_PROBLEMS)).toMatchObject({
      doc_kind: 'department_overall',
      title: '旌德县公安局2023年度部门整体支出绩效自评报告',
      agency: '旌德县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(agencyOf('旌德县公安局')).toMatchObject({ province: '安徽省', city: '宣城市', county: '旌德县' });
  });
  it('reads the department’s figures', () => {
    expect(t.projectsOf(ENDS_WITH_PROBLEMS)).toEqual([]);
    expect(t.departmentFigures(ENDS_WITH_PROBLEMS, 'range')).toEqual({
      year: 2023,
      budget_initial: 3560.2,
      budget_adjusted: 3802.45,
      executed: 3745.1,
      execution_rate_reported: 0.9849,
      total_score: 94,
      project_count: null,
      average_score: null,
      lines: [
        [7, 7],
        [10, 10],
      ],
    });
    expect(t.flagRules(ENDS_WITH_PROBLEMS)).toEqual([]);
  });
  it('lists the three problems up to the end of the document', () => {
    expect(problems(ENDS_WITH_PROBLEMS)).toEqual([
      [13, '预算编制的精细化程度有待提高，部分项目年中追加较多', null],
      [14, '绩效目标设置不够科学，部分指标难以量化考核', null],
      [15, '绩效自评结果应用不够充分', null],
    ]);
  });
});

describe('a 部门决算 说明 stating its problems in the summary and again in the detail', () => {
  it('is the final accounts of the county bureau', () => {
    expect(t.docOf(ACCOUNTS)).toMatchObject({
      doc_kind: 'final_accounts',
      title: '泸溪县公安局2022年度部门决算情况说明',
      agency: '泸溪县公安局',
      year: 2022,
      status: 'ok',
      message: '已提取 1 个项目，含部门整体数据',
    });
    expect(agencyOf('泸溪县公安局')).toMatchObject({
      province: '湖南省',
      city: '湘西土家族苗族自治州',
      county: '泸溪县',
    });
  });
  it('reads the project of the summary and its detail as one, and the number of projects evaluated', () => {
    expect(t.figuresOf(ACCOUNTS)).toEqual([['交通管理设施维护项目', null, 85, 85, 1, 95, null]]);
    expect(extras(ACCOUNTS)).toEqual([[['交通管理设施维护'], '优', null, null, null, 0]]);
    expect(t.sourceLines(ACCOUNTS)).toEqual([[7, 11, 12]]);
    // 收入总计 / 支出总计 of a 决算 include balances carried over: no figure of the department's.
    expect(t.departmentFigures(ACCOUNTS, 'range')).toEqual({
      year: 2022,
      budget_initial: null,
      budget_adjusted: null,
      executed: null,
      execution_rate_reported: null,
      total_score: null,
      project_count: 6,
      average_score: null,
      lines: [[7, 7]],
    });
    expect(t.flagRules(ACCOUNTS)).toEqual([]);
  });
  it('keeps each line’s statements, as seed 001 does: the repetition is what the app shows', () => {
    expect(problems(ACCOUNTS)).toEqual([
      [8, '绩效目标编制不够细化', null],
      [8, '绩效跟踪监控不及时', null],
      [13, '绩效目标编制不够细化', null],
      [13, '绩效跟踪监控不及时', null],
    ]);
    const clusters = t.problemsOf(ACCOUNTS).map((q) => q.cluster_id);
    expect(clusters[0]).toBe(clusters[2]);
    expect(clusters[1]).toBe(clusters[3]);
  });
});

describe('"天网监控系统运维" and "天网监控系统运行维护项目" in one narrative of two projects', () => {
  it('is the narrative of the county bureau with two projects', () => {
    expect(t.docOf(ALIAS)).toMatchObject({
      doc_kind: 'narrative',
      title: '桐梓县公安局2023年度项目支出绩效自评报告',
      agency: '桐梓县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 2 个项目',
    });
    expect(agencyOf('桐梓县公安局')).toMatchObject({ province: '贵州省', city: '遵义市', county: '桐梓县' });
  });
  it('reads each project under its heading, the short 运维 form an alias', () => {
    expect(t.figuresOf(ALIAS)).toEqual([
      ['天网监控系统运行维护项目', 150, null, 145.5, 0.97, 92, '优'],
      ['执法记录仪购置项目', 40, null, 40, 1, 88, '良'],
    ]);
    expect(extras(ALIAS)).toEqual([
      [['天网监控系统运维'], '优', null, null, null, 0],
      [[], '良', null, null, null, 0],
    ]);
    expect(t.sourceLines(ALIAS)).toEqual([
      [7, 8],
      [9, 10],
    ]);
    expect(t.flagRules(ALIAS)).toEqual([]);
    expect(t.departmentOf(ALIAS)).toBeUndefined();
  });
  it('attributes the problem naming the short form to its project', () => {
    expect(problems(ALIAS)).toEqual([
      [13, '天网监控系统运维经费标准偏低，部分老旧点位维护不及时', '天网监控系统运行维护项目'],
    ]);
  });
});

describe('a 部门整体 report with "资金到位率100%", "全年支出" and "预算执行率97%"', () => {
  it('is the department self-evaluation of the county bureau', () => {
    expect(t.docOf(DAOWEI)).toMatchObject({
      doc_kind: 'department_overall',
      title: '芦溪县公安局2023年度部门整体支出绩效自评报告',
      agency: '芦溪县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(agencyOf('芦溪县公安局')).toMatchObject({ province: '江西省', city: '萍乡市', county: '芦溪县' });
  });
  it('reads "全年支出" as executed and the 执行率, not the 到位率', () => {
    expect(t.projectsOf(DAOWEI)).toEqual([]);
    expect(t.departmentFigures(DAOWEI, 'range')).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: 5120,
      executed: 4966.4,
      execution_rate_reported: 0.97,
      total_score: 92.5,
      project_count: null,
      average_score: null,
      lines: [
        [4, 4],
        [10, 10],
      ],
    });
    expect(t.flagRules(DAOWEI)).toEqual([]);
  });
  it('lists the two problems, not the measures after them', () => {
    expect(problems(DAOWEI)).toEqual([
      [13, '部分项目预算执行进度不均衡，年底支出比重较高', null],
      [14, '资产管理制度执行不到位', null],
    ]);
  });
});

describe('"预算执行率=实际支出/全年预算×100%=96.5%", "得分为九十二点五分" and "一是…。二是…。" in one line', () => {
  it('is the narrative of the county bureau', () => {
    expect(t.docOf(FORMULA)).toMatchObject({
      doc_kind: 'narrative',
      title: '青田县公安局2023年度出入境管理服务经费项目绩效自评报告',
      agency: '青田县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('青田县公安局')).toMatchObject({ province: '浙江省', city: '丽水市', county: '青田县' });
  });
  it('reads the rate after the formula and the score in Chinese numerals', () => {
    expect(t.figuresOf(FORMULA)).toEqual([['出入境管理服务经费', null, 110, 106.15, 0.965, 92.5, '优']]);
    expect(t.projectsOf(FORMULA)[0]?.execution_rate).toBeCloseTo(0.965, 10);
    expect(extras(FORMULA)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(FORMULA)).toEqual([[1, 4, 7, 10]]);
    expect(t.flagRules(FORMULA)).toEqual([]);
    expect(t.departmentOf(FORMULA)).toBeUndefined();
  });
  it('lists both problems of the line, not the remedy on the next', () => {
    expect(problems(FORMULA)).toEqual([
      [13, '自助设备使用率不高，宣传引导不够', '出入境管理服务经费'],
      [13, '证照办理高峰期窗口人员不足，群众等候时间较长', '出入境管理服务经费'],
    ]);
  });
});

describe('a Markdown 部门整体 report with "主要问题：…" in its summary and the problems section', () => {
  it('is the department self-evaluation of the county bureau', () => {
    expect(t.docOf(SUMMARY)).toMatchObject({
      doc_kind: 'department_overall',
      title: '蕉岭县公安局2022年度部门整体支出绩效自评报告',
      agency: '蕉岭县公安局',
      year: 2022,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(agencyOf('蕉岭县公安局')).toMatchObject({ province: '广东省', city: '梅州市', county: '蕉岭县' });
  });
  it('reads the summary’s figures and the 年初预算 of the next section', () => {
    expect(t.projectsOf(SUMMARY)).toEqual([]);
    expect(t.departmentFigures(SUMMARY, 'range')).toEqual({
      year: 2022,
      budget_initial: 2640,
      budget_adjusted: 2860,
      executed: 2791.36,
      execution_rate_reported: 0.976,
      total_score: 91.5,
      project_count: null,
      average_score: null,
      lines: [
        [4, 4],
        [7, 7],
      ],
    });
    expect(t.flagRules(SUMMARY)).toEqual([]);
  });
  it('lists the summary’s "主要问题：" and the section’s problems, each on its line', () => {
    expect(problems(SUMMARY)).toEqual([
      [4, '预算执行进度前慢后快，年底集中支付较多', null],
      [10, '预算执行进度前慢后快，年底集中支付较多', null],
      [11, '部分项目绩效目标设定偏低，缺乏挑战性', null],
    ]);
  });
});

describe('"项目资金到位率100%" and no 执行率; "自评得分：96.00分" and "评价等级：优秀" in lines of their own', () => {
  it('is the narrative of the county bureau', () => {
    expect(t.docOf(NO_RATE)).toMatchObject({
      doc_kind: 'narrative',
      title: '石门县公安局2023年度警犬训练基地运行经费绩效自评报告',
      agency: '石门县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(agencyOf('石门县公安局')).toMatchObject({ province: '湖南省', city: '常德市', county: '石门县' });
  });
  it('reports no rate (the 到位率 is none) and computes it from the amounts', () => {
    expect(t.figuresOf(NO_RATE)).toEqual([['警犬训练基地运行经费', 45, null, 43.2, null, 96, '优秀']]);
    expect(t.projectsOf(NO_RATE)[0]?.execution_rate).toBeCloseTo(0.96, 10);
    expect(extras(NO_RATE)).toEqual([[[], '优', null, null, null, 0]]);
    expect(t.sourceLines(NO_RATE)).toEqual([[1, 4, 7, 8]]);
    expect(t.flagRules(NO_RATE)).toEqual([]);
    expect(t.departmentOf(NO_RATE)).toBeUndefined();
  });
  it('lists the three "一是…。二是…。" problems of one line, not the remedy', () => {
    expect(problems(NO_RATE)).toEqual([
      [11, '犬舍设施老化，维修经费紧张', '警犬训练基地运行经费'],
      [11, '训导员专业培训不足', '警犬训练基地运行经费'],
      [11, '训练场地不足', '警犬训练基地运行经费'],
    ]);
  });
});

describe('a 部门整体 "绩效自评得分九十三分" and "一是…；二是…" problems', () => {
  it('is the department self-evaluation of the county bureau', () => {
    expect(t.docOf(DEPARTMENT_NUMERALS)).toMatchObject({
      doc_kind: 'department_overall',
      title: '天柱县公安局2023年度部门整体支出绩效自评报告',
      agency: '天柱县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(agencyOf('天柱县公安局')).toMatchObject({
      province: '贵州省',
      city: '黔东南苗族侗族自治州',
      county: '天柱县',
    });
  });
  it('reads the score in Chinese numerals as the department’s', () => {
    expect(t.projectsOf(DEPARTMENT_NUMERALS)).toEqual([]);
    expect(t.departmentFigures(DEPARTMENT_NUMERALS, 'range')).toEqual({
      year: 2023,
      budget_initial: 2300,
      budget_adjusted: null,
      executed: 2256.8,
      execution_rate_reported: 0.9812,
      total_score: 93,
      project_count: null,
      average_score: null,
      lines: [
        [3, 3],
        [5, 5],
      ],
    });
    expect(t.flagRules(DEPARTMENT_NUMERALS)).toEqual([]);
  });
  it('lists the two problems, not the remedy', () => {
    expect(problems(DEPARTMENT_NUMERALS)).toEqual([
      [7, '部分项目绩效目标设置不够细化', null],
      [7, '预算执行进度不均衡，四季度支出占比偏高', null],
    ]);
  });
});
