/**
 * Round-7 prose probes: a 项目支出绩效自评报告 in five sections whose title writes its year in Chinese
 * numerals and whose funds sentence says "项目预算资金…实际到位…"; 部门整体 reports with the rate in
 * parentheses, a year written 二〇二三年度 above a 2024 mention, and a self-score no sentence
 * attributes; narratives listing projects as "（一）X项目。该项目…" paragraphs, naming one project in
 * its section and again in a paragraph, reporting "支出进度98.5%", titled "关于…情况的报告", or
 * naming the project in "项目名称 | X" cells; agencies written as a 交通警察大队, a 分局, a 自治州, a
 * 公安局机关, "XX县公安局（本级）" in 填报单位 beside the city's 主管部门, or only in the signature.
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles, IngestedTables, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const FIVE_SECTIONS = 'r7p-project-five-sections.txt';
const PARENTHESES = 'r7p-department-rate-parentheses.txt';
const PARAGRAPHS = 'r7p-narrative-numbered-paragraphs.txt';
const BRIGADE = 'r7p-brigade-spending-progress.txt';
const BENJI = 'r7p-label-agency-benji.txt';
const ORGAN = 'r7p-organ-numbered-projects.txt';
const HAN_YEAR = 'r7p-department-han-year.txt';
const TWICE = 'r7p-narrative-project-mentioned-twice.txt';
const ABOUT = 'r7p-narrative-about-title-wrapped.txt';
const UNIT_CELLS = 'r7p-unit-name-cells-overspent.txt';
const UNATTRIBUTED = 'r7p-department-unattributed-score.txt';

const t = ingestBeforeAll(LAYOUTS, [
  FIVE_SECTIONS,
  PARENTHESES,
  PARAGRAPHS,
  BRIGADE,
  BENJI,
  ORGAN,
  HAN_YEAR,
  TWICE,
  ABOUT,
  UNIT_CELLS,
  UNATTRIBUTED,
]);

function agencyAliases(name: string): string[] | undefined {
  return t.tables.agencies.find((a) => a.name === name)?.aliases;
}

/** The file's problems as [line, attributed to a project]. */
function problemOwners(file: string): [number, boolean][] {
  return t.problemsOf(file).map((q) => [q.line, q.project_id !== null]);
}

describe('项目支出绩效自评报告: 二〇二二年度 title, "项目预算资金…实际到位…", five sections', () => {
  it('reads the branch bureau above the title and the year in Chinese numerals', () => {
    expect(t.docOf(FIVE_SECTIONS)).toMatchObject({
      encoding: 'utf-8',
      doc_kind: 'narrative',
      title: '绵阳市公安局游仙分局二〇二二年度执法办案管理中心建设项目支出绩效自评报告',
      agency: '绵阳市公安局游仙分局',
      year: 2022,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(t.tables.agencies.find((a) => a.name === '绵阳市公安局游仙分局')).toMatchObject({
      aliases: [],
      province: '四川省',
      city: '绵阳市',
      county: '游仙区',
    });
  });
  it('names the project without the Chinese year; 预算资金 is planned, 实际到位 the full-year budget', () => {
    expect(t.figuresOf(FIVE_SECTIONS)).toEqual([
      ['执法办案管理中心建设', 320, 300, 291.6, 0.972, 92.3, '优'],
    ]);
    expect(t.projectsOf(FIVE_SECTIONS)[0]?.aliases).toEqual([]);
    expect(t.sourceLines(FIVE_SECTIONS)).toEqual([[2, 8, 15]]);
  });
  it('raises no flag: 291.6 ÷ 300 is the reported 97.2 %', () => {
    expect(t.flagRules(FIVE_SECTIONS)).toEqual([]);
    expect(t.departmentOf(FIVE_SECTIONS)).toBeUndefined();
  });
  it('lists the 偏差分析 and the two problems of 四 as the project’s, not the measures of 五', () => {
    expect(problemOwners(FIVE_SECTIONS)).toEqual([
      [18, true],
      [21, true],
      [22, true],
    ]);
    expect(t.problemTexts(FIVE_SECTIONS)).toEqual([
      '电子卷宗系统因供应商交货延期，较计划晚两个月上线，部分尾款未能在年内支付',
      '项目前期论证不够充分，功能区面积测算与实际需求存在差距，导致中途调整设计方案',
      '绩效目标设置偏重产出数量，效益指标量化程度不高',
    ]);
  });
});

describe('部门整体 of a 自治州 bureau: "执行率（98.5%）", "本部门自评得分为92.3分", bullets wrapped after "，"', () => {
  it('is the department report of the 自治州 bureau', () => {
    expect(t.docOf(PARENTHESES)).toMatchObject({
      doc_kind: 'department_overall',
      title: '黔东南苗族侗族自治州公安局2023年度部门整体支出绩效自评报告',
      agency: '黔东南苗族侗族自治州公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 0 个项目，含部门整体数据',
    });
    expect(t.tables.agencies.find((a) => a.name === '黔东南苗族侗族自治州公安局')).toMatchObject({
      province: '贵州省',
      city: '黔东南苗族侗族自治州',
      county: null,
    });
    expect(t.projectsOf(PARENTHESES)).toEqual([]);
  });
  it('reads the rate in parentheses and the score; not 基本支出 nor 项目支出', () => {
    expect(t.departmentFigures(PARENTHESES)).toEqual({
      year: 2023,
      budget_initial: 15362.8,
      budget_adjusted: 16108.45,
      executed: 15866.82,
      execution_rate_reported: 0.985,
      total_score: 92.3,
      project_count: null,
      average_score: null,
      lines: [7, 14],
    });
    expect(t.flagRules(PARENTHESES)).toEqual([]);
  });
  it('joins the bullet broken after "，" and lists the three problems, not the measures', () => {
    expect(t.problemLines(PARENTHESES)).toEqual([17, 18, 20]);
    expect(t.problemTexts(PARENTHESES)).toEqual([
      '预算执行进度不均衡，上半年支出进度偏慢，资金支出集中在四季度',
      '部分项目绩效目标设定不够科学，指标细化量化程度不高，难以准确衡量项目实施效果',
      '绩效自评结果运用不够充分，与下年度预算安排结合不紧密',
    ]);
  });
});

describe('narrative: "（一）X项目。该项目年初预算…" paragraphs, the agency only in the signature', () => {
  it('takes the agency from the signature block under a title that names none', () => {
    expect(t.docOf(PARAGRAPHS)).toMatchObject({
      doc_kind: 'narrative',
      title: '2023年度项目支出绩效自评报告',
      agency: '德阳市旌阳区公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 3 个项目',
    });
  });
  it('reads each numbered paragraph as a project with every figure', () => {
    expect(t.figuresOf(PARAGRAPHS)).toEqual([
      ['智慧交通信号控制系统运维项目', 180, 200, 196, 0.98, 95, '优'],
      ['看守所安全防范设施改造项目', 210, 215, 198.8, 0.9247, 88, '良'],
      ['禁毒宣传教育项目', 150, 150, 147, 0.98, 93, '优'],
    ]);
    expect(t.projectsOf(PARAGRAPHS).map((p) => p.aliases)).toEqual([[], [], []]);
    expect(t.sourceLines(PARAGRAPHS)).toEqual([[7], [8], [9]]);
  });
  it('writes no department row: the totals and the count are the three projects’', () => {
    expect(t.departmentOf(PARAGRAPHS)).toBeUndefined();
    expect(t.flagRules(PARAGRAPHS)).toEqual([]);
  });
  it('lists the one problem, attributed to no single project', () => {
    expect(problemOwners(PARAGRAPHS)).toEqual([[12, false]]);
    expect(t.problemTexts(PARAGRAPHS)).toEqual([
      '部分项目前期准备不足，招标采购周期较长，导致资金支付进度滞后',
    ]);
  });
});

describe('交通警察大队 project report: "全年执行数…支出进度98.5%"', () => {
  it('keeps the 大队 as the agency', () => {
    expect(t.docOf(BRIGADE)).toMatchObject({
      doc_kind: 'narrative',
      title: '临朐县公安局交通警察大队2023年道路交通安全设施建设项目绩效自评报告',
      agency: '临朐县公安局交通警察大队',
      year: 2023,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(t.tables.agencies.find((a) => a.name === '临朐县公安局交通警察大队')).toMatchObject({
      province: '山东省',
      city: '潍坊市',
      county: '临朐县',
    });
  });
  it('reads "支出进度98.5%" as the reported rate', () => {
    expect(t.figuresOf(BRIGADE)).toEqual([['道路交通安全设施建设', 85, 85, 83.72, 0.985, 96, '优']]);
    expect(t.sourceLines(BRIGADE)).toEqual([[2, 8, 12]]);
    expect(t.flagRules(BRIGADE)).toEqual([]);
    expect(t.departmentOf(BRIGADE)).toBeUndefined();
  });
  it('lists the problem as the project’s, not the measure', () => {
    expect(problemOwners(BRIGADE)).toEqual([[15, true]]);
  });
});

describe('填报单位 "湄潭县公安局（本级）" beside 主管部门 "遵义市公安局"', () => {
  it('reads the agency from 填报单位 and the year from "（2022年）"', () => {
    expect(t.docOf(BENJI)).toMatchObject({
      doc_kind: 'narrative',
      title: '项目支出绩效自评报告',
      agency: '湄潭县公安局',
      year: 2022,
      status: 'ok',
      message: '已提取 1 个项目',
    });
  });
  it('does not take the city’s bureau for another name of the county’s', () => {
    expect(agencyAliases('湄潭县公安局')).toEqual([]);
    expect(t.tables.agencies.map((a) => a.name)).not.toContain('遵义市公安局');
  });
  it('reads the project named in "项目名称：…"', () => {
    expect(t.figuresOf(BENJI)).toEqual([['公安信息化运维项目', 76.5, 76.5, 74.2, 0.97, 94, '优']]);
    expect(t.flagRules(BENJI)).toEqual([]);
  });
  it('lists the problem, not next year’s plan', () => {
    expect(problemOwners(BENJI)).toEqual([[16, true]]);
    expect(t.problemTexts(BENJI)).toEqual(['运维服务考核机制不健全，对服务商的考核以定性为主']);
  });
});

describe('公安局机关 report with "一、X项目" sections', () => {
  it('reads the bureau of the 机关', () => {
    expect(t.docOf(ORGAN)).toMatchObject({
      doc_kind: 'narrative',
      title: '营口市公安局机关2023年度项目支出绩效自评情况报告',
      agency: '营口市公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 2 个项目',
    });
  });
  it('reads both projects and no department', () => {
    expect(t.figuresOf(ORGAN)).toEqual([
      ['警用装备购置项目', 300, null, 288.5, 0.9617, 94, '优'],
      ['执法记录仪更新项目', 120, null, 118, 0.9833, 97, '优'],
    ]);
    expect(t.departmentOf(ORGAN)).toBeUndefined();
    expect(t.flagRules(ORGAN)).toEqual([]);
    expect(t.problemLines(ORGAN)).toEqual([12, 13]);
  });
});

describe('部门整体 titled 二〇二三年度 whose first paragraph mentions the 2024 budget', () => {
  it('reads 2023 from the title, not 2024 from the body', () => {
    expect(t.docOf(HAN_YEAR)).toMatchObject({
      doc_kind: 'department_overall',
      agency: '新余市渝水区公安分局',
      year: 2023,
      status: 'ok',
    });
  });
  it('reads the department figures', () => {
    expect(t.departmentFigures(HAN_YEAR)).toEqual({
      year: 2023,
      budget_initial: 6820.15,
      budget_adjusted: 7045.6,
      executed: 6932.41,
      execution_rate_reported: 0.9839,
      total_score: 91.5,
      project_count: null,
      average_score: null,
      lines: [5, 8],
    });
    expect(t.flagRules(HAN_YEAR)).toEqual([]);
    expect(t.problemLines(HAN_YEAR)).toEqual([11, 12]);
  });
});

describe('narrative naming a project in a paragraph and again in its section', () => {
  it('counts the projects as the merge makes them', () => {
    expect(t.docOf(TWICE)).toMatchObject({
      doc_kind: 'narrative',
      agency: '岳阳县公安局',
      year: 2023,
      status: 'ok',
      message: '已提取 3 个项目，含部门整体数据',
    });
  });
  it('merges the paragraph into the section’s project', () => {
    expect(t.figuresOf(TWICE)).toEqual([
      ['雪亮工程运维项目', 95, null, 93.1, 0.98, 95, '优'],
      ['禁毒专项经费', 40, null, 36, 0.9, 90, '优'],
      ['看守所运行保障经费', 60, null, 60, 1, 98, '优'],
    ]);
    expect(t.projectsOf(TWICE)[0]?.aliases).toEqual(['雪亮工程运维']);
    expect(t.sourceLines(TWICE)).toEqual([
      [5, 6, 7],
      [8, 9],
      [10, 11],
    ]);
    expect(t.flagRules(TWICE)).toEqual([]);
  });
  it('keeps the count of evaluated projects the text does not all describe (4 evaluated, 3 listed)', () => {
    expect(t.departmentFigures(TWICE)).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: null,
      executed: null,
      execution_rate_reported: null,
      total_score: null,
      project_count: 4,
      average_score: null,
      lines: [4],
    });
    expect(t.problemLines(TWICE)).toEqual([14]);
  });
});

describe('"关于2022年度X项目绩效自评情况的报告", agency only in the signature, bullets wrapped mid-phrase', () => {
  it('is the report of the project its title names', () => {
    expect(t.docOf(ABOUT)).toMatchObject({
      doc_kind: 'narrative',
      title: '关于2022年度反电信网络诈骗宣传项目绩效自评情况的报告',
      agency: '泸溪县公安局',
      year: 2022,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(t.figuresOf(ABOUT)).toEqual([['反电信网络诈骗宣传', 45, 45, 38.7, 0.86, 88.5, '良']]);
    expect(t.sourceLines(ABOUT)).toEqual([[1, 6, 9]]);
    expect(t.departmentOf(ABOUT)).toBeUndefined();
    expect(t.flagRules(ABOUT)).toEqual([]);
  });
  it('joins each wrapped bullet, down to a short last piece ending in 。', () => {
    expect(problemOwners(ABOUT)).toEqual([
      [11, true],
      [13, true],
    ]);
    expect(t.problemTexts(ABOUT)).toEqual([
      '宣传形式较为单一，主要以发放宣传资料和悬挂横幅为主，对老年人、在校学生等重点人群的针对性不强',
      '部分宣传物料采购集中在第四季度，资金支出进度偏慢，全年未能按序时进度完成支出',
    ]);
  });
});

describe('"单位名称 | X" and "项目名称 | X" cells under a generic title; executed over budget', () => {
  it('reads the agency and the project from the cells', () => {
    expect(t.docOf(UNIT_CELLS)).toMatchObject({
      doc_kind: 'narrative',
      title: '2022年项目支出绩效自评报告',
      agency: '通渭县公安局',
      year: 2022,
      status: 'ok',
      message: '已提取 1 个项目',
    });
    expect(t.figuresOf(UNIT_CELLS)).toEqual([['执法执勤车辆购置项目', null, 150, 157.2, 1, 98, '优']]);
    expect(t.departmentOf(UNIT_CELLS)).toBeUndefined();
  });
  it('flags the overspending reported as 100 %', () => {
    expect(t.flagRules(UNIT_CELLS)).toEqual(['executed_exceeds_budget', 'execution_rate_mismatch']);
    expect(problemOwners(UNIT_CELLS)).toEqual([[13, true]]);
  });
});

describe('部门整体 whose score sentence names neither 部门 nor 整体', () => {
  it('reads "经综合评价，自评得分为88.6分" as the department’s score', () => {
    expect(t.docOf(UNATTRIBUTED)).toMatchObject({
      doc_kind: 'department_overall',
      title: '磐安县公安局2022年度部门整体支出绩效自评报告',
      agency: '磐安县公安局',
      year: 2022,
      status: 'ok',
    });
    expect(t.departmentFigures(UNATTRIBUTED)).toEqual({
      year: 2022,
      budget_initial: 4218.36,
      budget_adjusted: 4506.9,
      executed: 4413.27,
      execution_rate_reported: 0.9792,
      total_score: 88.6,
      project_count: null,
      average_score: null,
      lines: [8, 11],
    });
    expect(t.flagRules(UNATTRIBUTED)).toEqual([]);
    expect(t.problemLines(UNATTRIBUTED)).toEqual([14, 15]);
  });
});

describe('edge cases of the round-7 rules', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  async function one(text: string): Promise<IngestedTables> {
    return new IngestedTables(await ingestFiles([{ file: 'x.txt', bytes: encode(text) }]));
  }

  it('does not read a mid-year "支出进度" as the execution rate', async () => {
    const x = await one(
      [
        '祁阳县公安局2023年度看守所改造项目绩效自评报告',
        '一、资金情况',
        '项目年初预算100万元，截至6月底支出进度45%，全年实际支出96万元。',
        '项目自评得分92分，等级为优。',
      ].join('\n'),
    );
    expect(x.figuresOf('x.txt')).toEqual([['看守所改造', 100, null, 96, null, 92, '优']]);
  });

  it('keeps 全年预算 when the 到位 amount equals it, and 年初预算 when stated', async () => {
    const x = await one(
      [
        '祁阳县公安局2023年度看守所改造项目绩效自评报告',
        '一、资金情况',
        '项目年初预算100万元，全年预算120万元，实际到位120万元，实际支出118万元，执行率98.33%。',
      ].join('\n'),
    );
    expect(x.figuresOf('x.txt')).toEqual([['看守所改造', 100, 120, 118, 0.9833, null, null]]);
  });

  it('keeps a 主管部门 of the same division as another name of the agency', async () => {
    const x = await one(
      [
        '项目支出绩效自评报告',
        '（2023年度）',
        '填报单位：大厂县公安局',
        '主管部门：大厂回族自治县公安局',
        '项目名称：禁毒宣传教育项目',
        '项目年初预算50万元，实际支出48万元，执行率96%，项目自评得分95分。',
      ].join('\n'),
    );
    expect(x.docOf('x.txt').agency).toBe('大厂县公安局');
    expect(x.tables.agencies[0]?.aliases).toEqual(['大厂回族自治县公安局']);
  });
});
