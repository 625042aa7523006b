/**
 * Round 15: known gaps and layouts not seen before.
 *  - A police unit written by its short name ("交警大队", "网安大队") and by its official one
 *    ("交通警察大队", "网络安全保卫大队") is one agency, named in full, the short name kept as an alias.
 *  - Indicator columns and clauses under other names: 全年指标值 · 全年实际值 · 权重 · 实得分, 绩效目标值 ·
 *    实际达到值 · 指标分值 · 评分结果 · 偏差原因说明, 年度目标值 · 指标权重 · 考核得分 · 偏差说明;
 *    "目标：…；完成：…；分值：…；实得X分" sentences; a total row labelled 考核总得分; narrative
 *    scores "实得96分", "评分结果：96分".
 *  - Layouts: 年度总体目标 cells over many lines with page footers; targets saying 不高于 / 不超过 /
 *    控制在…以内 (kept as written, no "≤" added); amounts written 壹拾贰万伍仟元, 12.5万 and
 *    124,350.00元 in one report; 年初安排预算 and 实际使用资金 in prose; 小计 and 总计 rows among
 *    category headings; a summary with a 2023 and a 2024 column group (the latest year read, as
 *    that year's).
 * Fixtures: tests/fixtures/layouts/r15-*, written by scripts/make-round15-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { agencyKey, officialUnitName, sameAgency } from '../../src/ingest/agency.ts';
import { readIndicatorSentences } from '../../src/ingest/extract/indicator-sentences.ts';
import { indicatorFieldOf, statesComparison } from '../../src/ingest/extract/labels.ts';
import { splitLines, toRows } from '../../src/ingest/segment.ts';
import { ingestBeforeAll, ingestFiles, LAYOUTS } from '../helpers/ingest.ts';

const SHORT_NAME = 'r15-brigade-short-name.txt';
const FULL_NAME_SUMMARY = 'r15-brigade-full-name-summary.txt';
const CYBER = 'r15-cyber-brigade-table.txt';
const GOAL_PAGES = 'r15-goal-over-pages.txt';
const CEILING = 'r15-ceiling-targets.txt';
const MIXED_AMOUNTS = 'r15-mixed-amounts.txt';
const NARRATIVE_SYNONYMS = 'r15-narrative-synonyms.txt';
const SUBTOTALS = 'r15-summary-subtotals.txt';
const TWO_YEARS = 'r15-two-years-side-by-side.txt';
const SENTENCES = 'r15-sentence-target-labels.txt';
const CELL_PER_LINE = 'r15-cell-per-line-synonyms.txt';

const t = ingestBeforeAll(LAYOUTS, [
  SHORT_NAME,
  FULL_NAME_SUMMARY,
  CYBER,
  GOAL_PAGES,
  CEILING,
  MIXED_AMOUNTS,
  NARRATIVE_SYNONYMS,
  SUBTOTALS,
  TWO_YEARS,
  SENTENCES,
  CELL_PER_LINE,
]);

describe('a unit’s short and official names are one agency', () => {
  it('merges the 交警大队’s narrative with the 交通警察大队’s summary, named in full', () => {
    expect(t.documentFacts(SHORT_NAME)).toEqual([
      'narrative',
      '瑞金市公安局交警大队2023年度道路交通秩序整治项目支出绩效自评报告',
      '瑞金市公安局交通警察大队',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.documentFacts(FULL_NAME_SUMMARY)).toEqual([
      'summary_table',
      '瑞金市公安局交通警察大队2023年度项目支出绩效自评结果汇总表',
      '瑞金市公安局交通警察大队',
      2023,
      'ok',
      '已提取 2 个项目',
    ]);
    expect(t.agencyFacts('瑞金市公安局交通警察大队')).toEqual([
      ['瑞金市公安局交警大队'],
      '江西省',
      '赣州市',
      '瑞金市',
    ]);
    expect(t.tables.agencies.filter((a) => a.name.startsWith('瑞金市'))).toHaveLength(1);
    // One project from both files: the narrative's figures agree with the summary row's.
    const project = t.project('道路交通秩序整治');
    expect([
      project.agency,
      project.year,
      project.budget_initial,
      project.budget_adjusted,
      project.executed,
      project.execution_rate_reported,
      project.total_score,
      project.grade,
    ]).toEqual(['瑞金市公安局交通警察大队', 2023, 48, 50, 48.6, 0.972, 93, '优']);
    expect(project.sources.map((s) => [s.file, s.line_start])).toEqual([
      [FULL_NAME_SUMMARY, 4],
      [SHORT_NAME, 1],
      [SHORT_NAME, 7],
      [SHORT_NAME, 10],
    ]);
    expect(t.figuresOf(FULL_NAME_SUMMARY)).toEqual([
      ['道路交通秩序整治', 48, 50, 48.6, 0.972, 93, '优'],
      ['交通事故处理装备购置', 35, 35, 34.3, 0.98, 95, '优'],
    ]);
    expect(t.flagRules(SHORT_NAME)).toEqual([]);
    expect(t.flagRules(FULL_NAME_SUMMARY)).toEqual([]);
    expect(t.departmentOf(FULL_NAME_SUMMARY)).toBeUndefined();
    expect(t.problemsAttributed(SHORT_NAME)).toEqual([
      [13, '部分路段违法停车反弹明显，长效管控机制有待完善', ['其他'], '道路交通秩序整治'],
      [14, '交通协管员配备不足，高峰时段疏导力量紧张', ['其他'], '道路交通秩序整治'],
    ]);
    expect(t.problemsOf(FULL_NAME_SUMMARY)).toEqual([]);
  });

  it('keys every short name with its official one, and no other unit', () => {
    const sameUnits: [string, string][] = [
      ['宁都县公安局交警大队', '宁都县公安局交通警察大队'],
      ['宁都县公安局刑警大队', '宁都县公安局刑事侦查大队'],
      ['宁都县公安局刑侦大队', '宁都县公安局刑事侦查大队'],
      ['宁都县公安局经侦大队', '宁都县公安局经济犯罪侦查大队'],
      ['宁都县公安局治安大队', '宁都县公安局治安管理大队'],
      ['宁都县公安局网安大队', '宁都县公安局网络安全保卫大队'],
      ['赣州市公安局交警支队', '赣州市公安局交通警察支队'],
      ['宜宾市公安局叙州区分局交警大队', '宜宾市叙州区公安分局交通警察大队'],
      // A division the gazetteer does not know: the names still merge.
      ['某某新区公安局经侦大队', '某某新区公安局经济犯罪侦查大队'],
    ];
    for (const [short, full] of sameUnits) expect(sameAgency(short, full), `${short} = ${full}`).toBe(true);
    // A 特巡警大队 merges patrol and SWAT and is not always the 特警大队; a 交巡警大队 is no 巡警大队.
    const otherUnits: [string, string][] = [
      ['宁都县公安局特警大队', '宁都县公安局特巡警大队'],
      ['宁都县公安局巡警大队', '宁都县公安局交巡警大队'],
      ['宁都县公安局交警大队', '宁都县公安局刑警大队'],
      ['宁都县公安局', '宁都县公安局交通警察大队'],
    ];
    for (const [a, b] of otherUnits) expect(sameAgency(a, b), `${a} ≠ ${b}`).toBe(false);
    expect(agencyKey('宁都县公安局交警大队')).toBe('江西省|赣州市|宁都县|公安局交通警察大队');
  });

  it('names a unit in full, other names as written', () => {
    expect(officialUnitName('南充市公安局顺庆区分局交警大队')).toBe('南充市公安局顺庆区分局交通警察大队');
    expect(officialUnitName('赣州市公安局交警支队直属一大队')).toBe('赣州市公安局交通警察支队直属一大队');
    expect(officialUnitName('宁都县公安局特巡警大队')).toBe('宁都县公安局特巡警大队');
    expect(officialUnitName('宁都县公安局治安管理大队')).toBe('宁都县公安局治安管理大队');
    expect(officialUnitName('宁都县公安局')).toBe('宁都县公安局');
  });

  it('reads a 网安大队’s table titled with the short name: agency in full, columns under other names', () => {
    expect(t.documentFacts(CYBER)).toEqual([
      'project_table',
      '信丰县公安局网安大队2023年度项目支出绩效自评表',
      '信丰县公安局网络安全保卫大队',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.agencyFacts('信丰县公安局网络安全保卫大队')).toEqual([
      ['信丰县公安局网安大队'],
      '江西省',
      '赣州市',
      '信丰县',
    ]);
    expect(t.figuresOf(CYBER)).toEqual([['网络安全等级保护测评经费', 18, 18, 17.1, 0.95, 96.5, '优']]);
    // The title's agency (unit included) and year are no alias of the project.
    expect(t.projectExtras(CYBER)).toEqual([
      [null, '信丰县公安局', '信丰县公安局网络安全保卫大队', [], 10, 9.5, '优', 5],
    ]);
    // 权重 before the values: read by the header's names, not the standard order.
    expect(t.indicatorsOf('网络安全等级保护测评经费')).toEqual([
      ['产出指标', '数量指标', '完成等级保护测评的重要信息系统', '≥12个', '12个', 20, 20, null],
      [
        '产出指标',
        '质量指标',
        '测评发现高危漏洞整改率',
        '100%',
        '94%',
        20,
        17,
        '2个系统整改需厂商配合，已督促限期完成',
      ],
      ['产出指标', '时效指标', '测评工作完成时间', '2023年10月底前', '2023年10月', 10, 10, null],
      ['效益指标', '社会效益指标', '重要信息系统网络安全事件', '0起', '0起', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '被测评单位满意度', '≥90%', '96%', 10, 10, null],
    ]);
    expect(t.sourceLines(CYBER)).toEqual([[1]]);
    expect(t.flagRules(CYBER)).toEqual([]);
    expect(t.problemsAttributed(CYBER)).toEqual([
      [10, '2个系统整改需厂商配合，已督促限期完成', ['其他'], '网络安全等级保护测评经费'],
    ]);
  });
});

describe('indicator columns and clauses under other names', () => {
  it('maps the header synonyms a real form uses', () => {
    const fields = (headers: string[]) => headers.map(indicatorFieldOf);
    expect(fields(['全年指标值', '全年目标值', '年度绩效目标值', '绩效指标值', '计划值'])).toEqual(
      Array(5).fill('target'),
    );
    expect(fields(['全年实际值', '实际达到值', '实际达成值'])).toEqual(Array(3).fill('actual'));
    expect(fields(['实得分', '实得分数', '实得', '评分结果', '考核得分', '评定得分'])).toEqual(
      Array(6).fill('score'),
    );
    expect(fields(['偏差说明', '偏差原因说明', '偏差情况说明', '偏差原因及改进措施'])).toEqual(
      Array(4).fill('reason'),
    );
    // Words that name no column on their own stay unread: 目标 and 完成情况 head prose too.
    expect(fields(['目标', '年度目标', '完成情况', '分数'])).toEqual([null, null, null, null]);
  });

  it('reads "目标：…；完成：…；分值：…；实得X分" lines under their level-1 headings', () => {
    expect(t.documentFacts(SENTENCES)).toEqual([
      'narrative',
      '宜兴市公安局2023年度执法执勤用车购置项目绩效自评报告',
      '宜兴市公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresOf(SENTENCES)).toEqual([['执法执勤用车购置', 120, 120, 117.6, 0.98, 96.8, '优']]);
    expect(t.projectExtras(SENTENCES)).toEqual([[null, null, null, [], null, null, '优', 5]]);
    expect(t.indicatorsOf('执法执勤用车购置')).toEqual([
      ['产出指标', null, '购置执法执勤车辆', '12辆', '12辆', 20, 20, null],
      ['产出指标', null, '车辆验收合格率', '100%', '100%', 15, 15, null],
      [
        '产出指标',
        null,
        '车辆列装时间',
        '2023年9月底前',
        '2023年11月',
        10,
        7,
        '厂家排产延迟，交付推迟两个月',
      ],
      ['效益指标', null, '接处警平均到场时间缩短', '≥10%', '12%', 25, 25, null],
      ['满意度指标', null, '一线民警满意度', '≥90%', '94%', 20, 20, null],
    ]);
    expect(t.sourceLines(SENTENCES)).toEqual([[1, 4, 8, 17]]);
    // Weights 90 with no execution line: nothing to check them against.
    expect(t.flagRules(SENTENCES)).toEqual([]);
    expect(t.problemsAttributed(SENTENCES)).toEqual([
      [10, '厂家排产延迟，交付推迟两个月', ['执行进度滞后'], '执法执勤用车购置'],
      [20, '车辆交付延迟，影响了部分派出所的列装进度', ['执行进度滞后'], '执法执勤用车购置'],
    ]);
  });

  it('takes a bare 目标 or 完成 as a label only as a clause before a colon, 实得 only before its points', () => {
    const read = (text: string) => {
      const rows = toRows(splitLines(text));
      return readIndicatorSentences(rows, 0, rows.length, () => false).indicators.map((i) => [
        i.name,
        i.target,
        i.actual,
        i.weight,
        i.score,
      ]);
    };
    expect(read('目标任务完成率：目标：≥95%，完成：96%，分值10分，实得10分')).toEqual([
      ['目标任务完成率', '≥95%', '96%', 10, 10],
    ]);
    expect(read('群众满意度，目标值≥90%，实际完成值92%，分值10分，实得分10分')).toEqual([
      ['群众满意度', '≥90%', '92%', 10, 10],
    ]);
    expect(read('设备完好率，年度指标值≥95%，实际完成值97%，权重10分，评分结果10分')).toEqual([
      ['设备完好率', '≥95%', '97%', 10, 10],
    ]);
    expect(read('完成时间，目标值12月底前，实际完成值11月，分值10分，考核得分8分')).toEqual([
      ['完成时间', '12月底前', '11月', 10, 8],
    ]);
    // Names holding the words: "…完成：" before a labelled target, "落实得到" (no 实得 score).
    expect(read('培训任务完成：目标值≥300人次，实际完成值320人次，分值10分，得分10分')).toEqual([
      ['培训任务完成', '≥300人次', '320人次', 10, 10],
    ]);
    expect(read('政策落实得到保障率：目标值≥95%，实际完成值96%，分值10分，实得：9分')).toEqual([
      ['政策落实得到保障率', '≥95%', '96%', 10, 9],
    ]);
    // A 反向指标 gets "≤" only when its target states no comparison of its own.
    expect(read('人均医疗费用（反向指标）：目标值不超过500元，实际完成值474元，分值10分，得分10分')).toEqual([
      ['人均医疗费用', '不超过500元', '474元', 10, 10],
    ]);
    expect(read('投诉件数（反向指标）：目标值3件，实际完成值2件，分值10分，得分10分')).toEqual([
      ['投诉件数', '≤3件', '2件', 10, 10],
    ]);
  });

  it('reads the one-cell-per-line form with other column names; its 偏差原因 label opens no problem section', () => {
    expect(t.documentFacts(CELL_PER_LINE)).toEqual([
      'project_table',
      '项目支出绩效自评表',
      '枣阳市公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    // The name cell is taken as written, agency prefix included.
    expect(t.figuresOf(CELL_PER_LINE)).toEqual([
      ['枣阳市公安局户籍档案数字化项目', 60, 60, 57.6, 0.96, 95.6, '优'],
    ]);
    expect(t.projectExtras(CELL_PER_LINE)).toEqual([
      [null, '枣阳市公安局', '枣阳市公安局治安大队', [], 10, 9.6, '优', 5],
    ]);
    expect(t.indicatorsOf('枣阳市公安局户籍档案数字化项目')).toEqual([
      ['产出指标', '数量指标', '完成数字化档案卷数', '≥8万卷', '8.3万卷', 25, 25, null],
      ['产出指标', '质量指标', '档案扫描合格率', '≥98%', '99.2%', 15, 15, null],
      ['产出指标', '时效指标', '项目完成时间', '2023年10月底前', '2023年12月', 10, 6, '系统对接测试延期'],
      ['效益指标', '社会效益指标', '户籍业务网上办理率提升', '≥20%', '26%', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥90%', '92%', 20, 20, null],
    ]);
    expect(t.flagRules(CELL_PER_LINE)).toEqual([]);
    expect(t.problemsAttributed(CELL_PER_LINE)).toEqual([
      [58, '系统对接测试延期', ['其他'], '枣阳市公安局户籍档案数字化项目'],
    ]);
  });

  it('reads narrative scores stated as 实得, 评分结果 and 考核得分', async () => {
    const score = async (sentence: string) => {
      const text = [
        '大余县公安局2023年度监管场所维修项目绩效自评报告',
        '一、项目资金',
        '项目年初预算50万元，全年预算50万元，实际支出48万元，预算执行率96%。',
        '二、自评结论',
        sentence,
      ].join('\n');
      const tables = await ingestFiles([{ file: 'r.txt', bytes: new TextEncoder().encode(text) }]);
      return tables.projects.map((p) => [p.total_score, p.grade]);
    };
    expect(await score('经综合评价，该项目实得96分，等级为优。')).toEqual([[96, '优']]);
    expect(await score('项目绩效自评评分结果：96分，等级为优。')).toEqual([[96, '优']]);
    expect(await score('该项目考核得分96分，评价等级为优。')).toEqual([[96, '优']]);
    expect(await score('自评实得分96分，自评等级优。')).toEqual([[96, '优']]);
  });
});

describe('layouts not seen before', () => {
  it('a 年度总体目标 cell over many lines with a page footer inside, and the indicator header repeated', () => {
    expect(t.documentFacts(GOAL_PAGES)).toEqual([
      'project_table',
      '安远县公安局2024年度项目支出绩效自评表',
      '安远县公安局',
      2024,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresOf(GOAL_PAGES)).toEqual([
      ['禁毒宣传教育及社区戒毒康复经费', 36, 38, 37.24, 0.98, 97.8, '优'],
    ]);
    expect(t.projectExtras(GOAL_PAGES)).toEqual([
      [null, '安远县公安局', '安远县公安局禁毒大队', [], 10, 9.8, '优', 6],
    ]);
    expect(t.indicatorsOf('禁毒宣传教育及社区戒毒康复经费')).toEqual([
      ['产出指标', '数量指标', '禁毒宣传活动场次', '≥60场次', '72场次', 15, 15, null],
      ['产出指标', '数量指标', '宣传资料发放数量', '≥2万份', '2.6万份', 10, 10, null],
      ['产出指标', '质量指标', '社区戒毒社区康复执行率', '≥95%', '97.5%', 15, 15, null],
      [
        '产出指标',
        '时效指标',
        '备案检查完成时间',
        '2024年11月底前',
        '2024年12月',
        10,
        8,
        '个别单位停产，检查顺延至12月',
      ],
      ['效益指标', '社会效益指标', '青少年毒品预防教育覆盖率', '≥95%', '98%', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 20, 20, null],
    ]);
    expect(t.tables.indicators.filter((i) => i.file === GOAL_PAGES).map((i) => i.line)).toEqual([
      16, 17, 18, 21, 22, 23,
    ]);
    expect(t.sourceLines(GOAL_PAGES)).toEqual([[1]]);
    expect(t.flagRules(GOAL_PAGES)).toEqual([]);
    expect(t.problemsAttributed(GOAL_PAGES)).toEqual([
      [21, '个别单位停产，检查顺延至12月', ['其他'], '禁毒宣传教育及社区戒毒康复经费'],
    ]);
  });

  it('reverse indicators’ ceilings in words stay as written (no "≤" added), the name keeps its mark; the 考核总得分 row is the total', () => {
    expect(t.documentFacts(CEILING)).toEqual([
      'project_table',
      '浏阳市公安局2023年度项目支出绩效自评表',
      '浏阳市公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresOf(CEILING)).toEqual([['看守所在押人员医疗保障经费', 80, 80, 76.8, 0.96, 94.6, '优']]);
    expect(t.projectExtras(CEILING)).toEqual([
      [null, '浏阳市公安局', '浏阳市公安局看守所', [], 10, 9.6, '优', 6],
    ]);
    expect(t.indicatorsOf('看守所在押人员医疗保障经费')).toEqual([
      ['产出指标', '数量指标', '在押人员健康体检人次', '≥1500人次', '1620人次', 20, 20, null],
      ['产出指标', '质量指标', '在押人员非正常死亡（反向指标）', '0起', '0起', 20, 20, null],
      ['产出指标', '成本指标', '人均医疗费用（反向指标）', '不超过500元', '474元', 10, 10, null],
      ['产出指标', '时效指标', '急诊病人送医时间', '不高于30分钟', '25分钟', 10, 10, null],
      [
        '效益指标',
        '社会效益指标',
        '监所传染病发生率（反向指标）',
        '控制在1%以内',
        '1.3%',
        20,
        15,
        '冬季流感集中暴发，已加强监室消毒和晨检',
      ],
      ['满意度指标', '服务对象满意度指标', '在押人员及家属满意度', '≥85%', '90%', 10, 10, null],
    ]);
    expect(t.flagRules(CEILING)).toEqual([]);
    expect(t.problemsAttributed(CEILING)).toEqual([
      [12, '冬季流感集中暴发，已加强监室消毒和晨检', ['其他'], '看守所在押人员医疗保障经费'],
    ]);
    expect(
      ['不高于3%', '不超过500元', '控制在1%以内', '5%以下', '≤3起', '≧95%'].every(statesComparison),
    ).toBe(true);
    expect(['3起', '95%', '同比下降10%', '2023年12月底前'].some(statesComparison)).toBe(false);
  });

  it('amounts in capitals, 万 and 元 in one report, all in 万元', () => {
    expect(t.documentFacts(MIXED_AMOUNTS)).toEqual([
      'narrative',
      '滕州市公安局2023年度社区警务室规范化建设项目绩效自评报告',
      '滕州市公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresOf(MIXED_AMOUNTS)).toEqual([
      ['社区警务室规范化建设', 12.5, 12.5, 12.435, 0.9948, 95, '优'],
    ]);
    expect(t.projectExtras(MIXED_AMOUNTS)).toEqual([[null, null, null, [], null, null, '优', 0]]);
    expect(t.sourceLines(MIXED_AMOUNTS)).toEqual([[1, 4, 7, 13]]);
    expect(t.flagRules(MIXED_AMOUNTS)).toEqual([]);
    expect(t.problemsAttributed(MIXED_AMOUNTS)).toEqual([
      [16, '部分警务室面积偏小，接待功能区难以分设', ['其他'], '社区警务室规范化建设'],
    ]);
  });

  it('a narrative stating 年初安排预算, 实际使用资金 and 实得…分', () => {
    expect(t.documentFacts(NARRATIVE_SYNONYMS)).toEqual([
      'narrative',
      '定南县公安局2023年度看守所监控系统升级改造项目绩效自评报告',
      '定南县公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    // 年初安排预算 is the initial budget (not the full-year one); 年中追加 is no budget figure.
    expect(t.figuresOf(NARRATIVE_SYNONYMS)).toEqual([
      ['看守所监控系统升级改造', 65, 70, 68.6, 0.98, 95.5, '优'],
    ]);
    expect(t.projectExtras(NARRATIVE_SYNONYMS)).toEqual([[null, null, null, [], null, null, '优', 0]]);
    expect(t.sourceLines(NARRATIVE_SYNONYMS)).toEqual([[1, 7, 10]]);
    expect(t.flagRules(NARRATIVE_SYNONYMS)).toEqual([]);
    expect(t.problemsAttributed(NARRATIVE_SYNONYMS)).toEqual([
      [13, '部分老旧线路未同步更换，个别点位图像偶有中断', ['设备与系统运维'], '看守所监控系统升级改造'],
    ]);
  });

  it('小计 and 总计 rows and category headings are no projects', () => {
    expect(t.documentFacts(SUBTOTALS)).toEqual([
      'summary_table',
      '简阳市公安局2024年度项目支出绩效自评情况汇总表',
      '简阳市公安局',
      2024,
      'ok',
      '已提取 4 个项目',
    ]);
    expect(t.figuresByLine(SUBTOTALS)).toEqual([
      ['刑事案件侦办经费', null, 150, 146.25, 0.975, 95, '优', 5],
      ['禁毒专项经费', null, 40, 38.8, 0.97, 93, '优', 6],
      ['视频监控系统运维', null, 220, 198, 0.9, 88, '良', 9],
      ['警用车辆运行维护', null, 65, 64.35, 0.99, 96, '优', 10],
    ]);
    // The 专项业务类 heading names a category, not the unit doing the projects.
    expect(t.projectExtras(SUBTOTALS).map((e) => e[2])).toEqual([null, null, null, null]);
    expect(t.flagRules(SUBTOTALS)).toEqual([]);
    expect(t.departmentOf(SUBTOTALS)).toBeUndefined();
    expect(t.problemsOf(SUBTOTALS)).toEqual([]);
  });

  it('a 2023 and a 2024 column group side by side: the latest year read, as that year’s', () => {
    expect(t.documentFacts(TWO_YEARS)).toEqual([
      'summary_table',
      '巩义市公安局项目支出绩效自评情况对比表',
      '巩义市公安局',
      2024,
      'ok',
      '已提取 3 个项目',
    ]);
    expect(t.figuresByLine(TWO_YEARS)).toEqual([
      ['天网工程运维', null, 220, 209, null, 94, null, 5],
      ['执法办案中心运行', null, 95, 93.1, null, 96, null, 6],
      ['反诈宣传专项', null, 30, 28.5, null, 92, null, 7],
    ]);
    expect(t.projectsOf(TWO_YEARS).map((p) => [p.year, p.grade_band])).toEqual([
      [2024, '优'],
      [2024, '优'],
      [2024, '优'],
    ]);
    expect(t.flagRules(TWO_YEARS)).toEqual([]);
    expect(t.problemsOf(TWO_YEARS)).toEqual([]);
  });
});
