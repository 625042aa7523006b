/**
 * Round-6 prose probes: a 部门整体 report stating its budget as "部门预算收入合计" / "本年收入合计"
 * beside a “三公”经费 sentence, a 部门整体 report scored in a 一级指标 table, a 部门决算 whose executed
 * amount is the 合计 of its 支出决算表 (in 元) and whose one project is a sentence, narratives with a
 * numbered list of scored projects, amounts in 亿元 beside a 总投资, OCR'd digits, a grade stated
 * before the score, and a 工作要点 and a 政府信息公开 annual report that only mention 预算 and 绩效.
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles, IngestedTables, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const INCOME = 'r6p-department-income-totals.txt';
const SUBSCORES = 'r6p-department-subscores.md';
const ACCOUNTS = 'r6p-final-accounts-prose-project.txt';
const NUMBERED = 'r6p-narrative-numbered-scores.txt';
const YI = 'r6p-narrative-yi-parentheses.txt';
const OCR = 'r6p-narrative-ocr.txt';
const SECTIONS = 'r6p-narrative-sections-problems.txt';
const WORK_POINTS = 'r6p-unrelated-work-points.txt';
const DISCLOSURE = 'r6p-unrelated-disclosure-annual.txt';
const GBK_DEPARTMENT = 'fm-department-narrative.gbk.html';
const R5_ACCOUNTS = 'r5-final-accounts-project-sentence.txt';

const t = ingestBeforeAll(LAYOUTS, [
  INCOME,
  SUBSCORES,
  ACCOUNTS,
  NUMBERED,
  YI,
  OCR,
  SECTIONS,
  WORK_POINTS,
  DISCLOSURE,
  GBK_DEPARTMENT,
  R5_ACCOUNTS,
]);

describe('部门整体: "部门预算收入合计", "本年收入合计", "本年支出合计" and a “三公”经费 sentence', () => {
  it('is the department self-evaluation of its agency and year', () => {
    expect(t.docOf(INCOME)).toMatchObject({
      doc_kind: 'department_overall',
      title: '云岭县公安局2023年度部门整体支出绩效自评报告',
      agency: '云岭县公安局',
      year: 2023,
      status: 'ok',
    });
    expect(t.projectsOf(INCOME)).toEqual([]);
  });
  it('reads the budget income as 年初预算, the year’s income as 全年预算, not the “三公” budget', () => {
    expect(t.departmentFigures(INCOME)).toEqual({
      year: 2023,
      budget_initial: 8652.3,
      budget_adjusted: 9124.86,
      executed: 8937.52,
      execution_rate_reported: 0.9795,
      total_score: 94.2,
      project_count: null,
      average_score: null,
      lines: [7, 8, 9, 16],
    });
  });
  it('lists the two problems, not the measures, and raises no flag', () => {
    expect(t.problemLines(INCOME)).toEqual([19, 20]);
    expect(t.problemTexts(INCOME)).toEqual([
      '预算编制的精准性有待提高，年中追加预算较多',
      '部分项目资金支付集中在第四季度，支出均衡性不足',
    ]);
    expect(t.flagRules(INCOME)).toEqual([]);
  });
  it('reads "部门预算收入合计" as 年初预算 in a GBK report too', () => {
    expect(t.departmentOf(GBK_DEPARTMENT)).toMatchObject({
      budget_initial: 8652.3,
      budget_adjusted: 9120.45,
      executed: 8903.17,
    });
    expect(t.flagRules(GBK_DEPARTMENT)).toEqual([]);
  });
});

describe('部门整体 scored in a 一级指标 table (投入 / 过程 / 产出 / 效益), rate as "资金执行率"', () => {
  it('reads the 合计 of the score table as the department’s score, no 一级指标 as a project', () => {
    expect(t.docOf(SUBSCORES)).toMatchObject({
      doc_kind: 'department_overall',
      title: '河源市公安局东埔分局2022年度部门整体支出绩效自评报告',
      agency: '河源市公安局东埔分局',
      year: 2022,
      status: 'ok',
    });
    expect(t.projectsOf(SUBSCORES)).toEqual([]);
    expect(t.departmentFigures(SUBSCORES)).toEqual({
      year: 2022,
      budget_initial: 6235.48,
      budget_adjusted: 6580.2,
      executed: 6336.73,
      execution_rate_reported: 0.963,
      total_score: 92.5,
      project_count: null,
      average_score: null,
      lines: [9, 19],
    });
  });
  it('lists the two problems and raises no flag', () => {
    expect(t.problemLines(SUBSCORES)).toEqual([25, 26]);
    expect(t.flagRules(SUBSCORES)).toEqual([]);
  });
});

describe('部门决算: executed only in the 支出决算表 (元), one project in a "我局对X项目开展了绩效自评" sentence', () => {
  it('is a final account with a project and department figures', () => {
    expect(t.docOf(ACCOUNTS)).toMatchObject({
      doc_kind: 'final_accounts',
      agency: '青川县公安局',
      year: 2023,
      status: 'ok',
    });
  });
  it('reads the project and its figures from the sentence', () => {
    expect(t.figuresOf(ACCOUNTS)).toEqual([['执法办案中心运行维护', 85, 92, 91.08, 0.99, 96, '优']]);
    const [p] = t.projectsOf(ACCOUNTS);
    expect(p?.aliases).toEqual(['执法办案中心运行维护项目']);
    expect(p?.sources.map((s) => s.line_start)).toEqual([25]);
  });
  it('takes the 合计 of 本年支出合计 as executed, in 万元; not 收入总计 nor the “三公” figures', () => {
    expect(t.departmentFigures(ACCOUNTS)).toEqual({
      year: 2023,
      budget_initial: null,
      budget_adjusted: null,
      executed: 3856.248,
      execution_rate_reported: null,
      total_score: null,
      project_count: null,
      average_score: null,
      lines: [14],
    });
  });
  it('lists the two problems of the one line and raises no flag', () => {
    expect(t.problemLines(ACCOUNTS)).toEqual([26]);
    expect(t.problemTexts(ACCOUNTS)).toEqual(['绩效目标设置不够细化', '绩效自评结果应用不够充分']);
    expect(t.flagRules(ACCOUNTS)).toEqual([]);
  });
  it('reads the round-5 部门决算 the same way (it came out partial before)', () => {
    expect(t.docOf(R5_ACCOUNTS)).toMatchObject({ doc_kind: 'final_accounts', status: 'ok' });
    expect(t.figuresOf(R5_ACCOUNTS)).toEqual([['交通管理设施维护', null, 120, 118.5, 0.9875, 95, null]]);
    expect(t.departmentFigures(R5_ACCOUNTS)).toMatchObject({
      budget_initial: null,
      budget_adjusted: null,
      executed: 4560.78,
      execution_rate_reported: null,
      lines: [11],
    });
  });
});

describe('narrative: numbered list of projects with "自评得分95分，评价等级为“优”"', () => {
  it('reads the three projects with every figure', () => {
    expect(t.docOf(NUMBERED)).toMatchObject({
      doc_kind: 'narrative',
      title: '关于平川县公安局2022年度项目支出绩效自评情况的报告',
      agency: '平川县公安局',
      year: 2022,
      status: 'ok',
    });
    expect(t.figuresOf(NUMBERED)).toEqual([
      ['看守所视频监控升级改造项目', 180, 186, 183.4, 0.986, 95, '优'],
      ['交通违法抓拍设备运维项目', 130, 150, 148.2, 0.988, 92.5, '优'],
      ['刑事技术实验室耗材项目', 100, null, 90, 0.9, 86, '优'],
    ]);
  });
  it('writes no department row: the totals are the projects’, the count is the listed projects’', () => {
    // "全年预算合计436万元" = 186 + 150 + the unadjusted project's 100.
    expect(t.departmentOf(NUMBERED)).toBeUndefined();
  });
  it('flags only the 86-point project graded 优', () => {
    expect(t.flagRules(NUMBERED)).toEqual(['grade_score_mismatch']);
    const flag = t.tables.flags.find((f) => f.doc_id === t.docOf(NUMBERED).doc_id);
    expect(flag?.project_id).toBe(t.project('刑事技术实验室耗材项目').project_id);
  });
  it('lists the problems of 三, not the 产出 figures nor the measures', () => {
    expect(t.problemLines(NUMBERED)).toEqual([18, 19]);
  });
});

describe('narrative of one project: amounts in 亿元, "（预算执行率98%）", a multi-year 总投资', () => {
  it('reads the title’s project in 万元, without the 总投资 as a conflicting amount', () => {
    expect(t.docOf(YI)).toMatchObject({
      doc_kind: 'narrative',
      agency: '临江市公安局',
      year: 2023,
      status: 'ok',
    });
    expect(t.figuresOf(YI)).toEqual([['雪亮工程三期建设', 8500, 9200, 9016, 0.98, 93.5, '优']]);
    expect(t.projectsOf(YI)[0]?.sources.map((s) => s.line_start)).toEqual([1, 5, 11]);
    expect(t.departmentOf(YI)).toBeUndefined();
    expect(t.flagRules(YI)).toEqual([]);
  });
  it('attributes the problem to the project', () => {
    expect(t.problemLines(YI)).toEqual([14]);
    const doc = t.docOf(YI);
    const ids = t.tables.problems.filter((q) => q.doc_id === doc.doc_id).map((q) => q.project_id);
    expect(ids).toEqual([t.project('雪亮工程三期建设').project_id]);
  });
});

describe("narrative of one project with OCR'd digits (１２３．５, 9l分, 1OO%)", () => {
  it('reads the full-width amounts and the score with an l for a 1', () => {
    expect(t.docOf(OCR)).toMatchObject({
      doc_kind: 'narrative',
      agency: '清溪县公安局',
      year: 2022,
      status: 'ok',
    });
    expect(t.figuresOf(OCR)).toEqual([['禁毒专项经费', 123.5, 123.5, 121.65, 0.985, 91, '优']]);
    expect(t.projectsOf(OCR)[0]?.sources.map((s) => s.line_start)).toEqual([1, 5, 11]);
    expect(t.departmentOf(OCR)).toBeUndefined();
    expect(t.flagRules(OCR)).toEqual([]);
  });
  it('lists the two problems', () => {
    expect(t.problemLines(OCR)).toEqual([14, 15]);
  });
});

describe('narrative of one project: 一、基本情况 / 二、绩效目标完成情况 / 三、存在问题 / 四、下一步改进措施', () => {
  it('reads the grade stated before the score ("自评等级为“良”，得分86.5分")', () => {
    expect(t.docOf(SECTIONS)).toMatchObject({
      doc_kind: 'narrative',
      agency: '柳泉县公安局',
      year: 2023,
      status: 'ok',
    });
    expect(t.figuresOf(SECTIONS)).toEqual([['交通安全设施维护', 260, 240, 216, 0.9, 86.5, '良']]);
    expect(t.departmentOf(SECTIONS)).toBeUndefined();
    expect(t.flagRules(SECTIONS)).toEqual([]);
  });
  it('takes the problems from 三 only: not "不存在挤占、挪用等问题", not the measures restating them', () => {
    expect(t.problemLines(SECTIONS)).toEqual([14, 15]);
    expect(t.problemTexts(SECTIONS)).toEqual([
      '部分维护工程招标时间较晚，资金支付滞后，预算执行率未达到序时进度',
      '绩效目标中个别指标表述笼统，如“群众出行更加便利”，难以量化评价',
    ]);
  });
});

describe('other genres mentioning 预算, 绩效自评 and amounts', () => {
  it.each([
    [WORK_POINTS, '溪口县公安局2024年度预算绩效管理工作要点'],
    [DISCLOSURE, '青峰县公安局2023年政府信息公开工作年度报告'],
  ])('%s is unrelated, with no records', (file, title) => {
    expect(t.docOf(file)).toMatchObject({ doc_kind: 'unrelated', status: 'unrecognized', title });
    expect(t.projectsOf(file)).toEqual([]);
    expect(t.departmentOf(file)).toBeUndefined();
    expect(t.problemTexts(file)).toEqual([]);
    expect(t.flagRules(file)).toEqual([]);
  });
});

describe('edges of the new rules, on inline reports', () => {
  const file = (name: string, text: string) => ({ file: name, bytes: new TextEncoder().encode(text) });
  it('keeps a project count the listed projects do not reach (23 evaluated, 2 described)', async () => {
    const inline = new IngestedTables(
      await ingestFiles([
        file(
          'count.txt',
          [
            '石门县公安局2023年度项目支出绩效自评报告',
            '我局对2023年度23个项目开展了绩效自评，现将重点项目情况报告如下。',
            '1.禁毒宣传教育项目：年初预算50万元，实际支出48万元，执行率96%，自评得分95分。',
            '2.警犬训练基地运维项目：年初预算120万元，实际支出118万元，执行率98.33%，自评得分93分。',
          ].join('\n'),
        ),
      ]),
    );
    expect(inline.projectsOf('count.txt')).toHaveLength(2);
    expect(inline.departmentOf('count.txt')).toMatchObject({ project_count: 23, executed: null });
  });
  it('reads no project from "对X项目进行了绩效评价，评价报告见附件"; a 合计 row last is still the total', async () => {
    const inline = new IngestedTables(
      await ingestFiles([
        file(
          'annex.txt',
          [
            '石门县公安局2023年度部门决算',
            '财政拨款支出决算表',
            '单位：万元',
            '项目\t本年支出合计\t基本支出\t项目支出',
            '公共安全支出\t4,300.12\t3,000.00\t1,300.12',
            '社会保障和就业支出\t260.66\t210.50\t50.16',
            '合计\t4,560.78\t3,210.50\t1,350.28',
            '我局对执法办案中心运行维护项目进行了绩效评价，评价报告见附件。',
            '部门整体支出绩效自评得分93分。',
          ].join('\n'),
        ),
      ]),
    );
    expect(inline.projectsOf('annex.txt')).toEqual([]);
    expect(inline.departmentOf('annex.txt')).toMatchObject({ executed: 4560.78, total_score: 93 });
  });
});
