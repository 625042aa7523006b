/**
 * Round 14: three known gaps.
 *  - Reports in traditional characters: a Big5 export (narrative, twin of a simplified report; a
 *    tab-separated 自评表) and a mainland report converted to traditional and saved as GBK are
 *    detected, decoded, read in simplified characters like their simplified twins, and cite their
 *    lines as the file writes them. Short Big5 and GBK texts are told apart by which decoding reads
 *    as a report.
 *  - Indicators stated in sentences ("（1）数量指标：…，年度指标值为200台，实际完成值为200台，分值20分，
 *    得分20分。", "指标1：案件查处率，目标值≥90%，…；偏差原因：无") become indicator rows of the
 *    project whose section or 附表 heading they are under.
 *  - A 分局's 大队 (and a 支队's 大队) reporting on its own budget is an agency of its own, in its
 *    branch's district; a 分局's 派出所 stays its 分局's.
 * Fixtures: tests/fixtures/layouts/r14-*; the Big5 and GBK ones are written by
 * scripts/make-round14-fixtures.ts from simplified sources.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.ts';
import { documentFacts } from '../../src/ingest/extract/document-info.ts';
import {
  mayStateIndicatorSentences,
  readIndicatorSentences,
} from '../../src/ingest/extract/indicator-sentences.ts';
import { looksTraditional } from '../../src/ingest/hanzi.ts';
import { splitLines, toRows } from '../../src/ingest/segment.ts';
import { simplifiedIfTraditional, toSimplified } from '../../src/ingest/simplify.ts';
import type { ProjectRow } from '../../src/data/schema.ts';
import { ingestBeforeAll, ingestFiles, IngestedTables, LAYOUTS } from '../helpers/ingest.ts';

const TWIN = 'r14-twin-simplified.txt';
const BIG5 = 'r14-twin-traditional.big5.txt';
const BIG5_TABLE = 'r14-big5-table.big5.txt';
const GBK_TRADITIONAL = 'r14-gbk-traditional.gbk.txt';
const SENTENCES = 'r14-indicator-sentences-two-projects.txt';
const BRIGADE = 'r14-branch-brigade-own.txt';
const BRIGADE_SUMMARY = 'r14-branch-brigade-summary.txt';
const STATION = 'r14-branch-station.txt';
const DETACHMENT_BRIGADE = 'r14-detachment-brigade.txt';

// The twins share agency, year and project: ingested together they would merge into one project.
const simplified = ingestBeforeAll(LAYOUTS, [TWIN]);
const t = ingestBeforeAll(LAYOUTS, [
  BIG5,
  BIG5_TABLE,
  GBK_TRADITIONAL,
  SENTENCES,
  BRIGADE,
  BRIGADE_SUMMARY,
  STATION,
  DETACHMENT_BRIGADE,
]);

/** Every field of a project row but its document and sources, for comparing twins. */
function projectFields(p: ProjectRow): Omit<ProjectRow, 'doc_id' | 'sources'> {
  const { doc_id: _, sources: __, ...rest } = p;
  return rest;
}

function sourceText(file: string, line: number): string | undefined {
  return t.tables.source_lines.find((l) => l.file === file && l.line === line)?.text;
}

const TWIN_INDICATORS = [
  ['产出指标', '数量指标', '购置执法记录仪', '200台', '200台', 20, 20, null],
  ['产出指标', '质量指标', '设备验收合格率', '≥98%', '100%', 15, 15, null],
  [
    '产出指标',
    '时效指标',
    '设备配发完成时间',
    '2023年9月底前',
    '2023年10月',
    10,
    8,
    '供货商延迟交货，配发顺延一个月',
  ],
  // 反向指标: the target is a ceiling.
  ['产出指标', '成本指标', '单台采购成本', '≤0.3万元', '0.287万元', 5, 5, null],
  ['效益指标', '社会效益指标', '执法过程记录率', '≥95%', '98%', 30, 30, null],
  ['满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', '88%', 10, 8, '部分民警反映设备续航不足'],
];

describe('a narrative report in Big5 and its simplified twin', () => {
  it('reads the simplified twin: figures, the 附表 indicator sentences and the execution line', () => {
    expect(simplified.documentFacts(TWIN)).toEqual([
      'narrative',
      '会昌县公安局2023年度执法记录仪购置项目绩效自评报告',
      '会昌县公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(simplified.docOf(TWIN).encoding).toBe('utf-8');
    expect(simplified.figuresOf(TWIN)).toEqual([['执法记录仪购置', 60, 58, 57.42, 0.99, 96, '优']]);
    expect(simplified.projectExtras(TWIN)).toEqual([
      [null, null, '会昌县公安局装备财务室', [], 10, 9.9, '优', 6],
    ]);
    expect(simplified.indicatorsOf('执法记录仪购置')).toEqual(TWIN_INDICATORS);
    expect(simplified.tables.indicators.map((i) => i.line)).toEqual([17, 18, 19, 20, 22, 24]);
    expect(simplified.sourceLines(TWIN)).toEqual([[1, 7, 10, 17]]);
    // Weights 90 + execution 10; scores 86 + 9.9 = 95.9 against 96.
    expect(simplified.flagRules(TWIN)).toEqual([]);
    expect(simplified.departmentOf(TWIN)).toBeUndefined();
    expect(simplified.problemsAttributed(TWIN)).toEqual([
      [13, '部分执法记录仪存储卡容量偏小，长时间执法时需频繁更换', ['其他'], '执法记录仪购置'],
      [19, '供货商延迟交货，配发顺延一个月', ['其他'], '执法记录仪购置'],
      [24, '部分民警反映设备续航不足', ['人员与能力不足'], '执法记录仪购置'],
    ]);
  });

  it('detects Big5 and extracts exactly what the twin gives, in simplified characters', () => {
    expect(t.docOf(BIG5).encoding).toBe('big5');
    expect(t.documentFacts(BIG5)).toEqual(simplified.documentFacts(TWIN));
    const [twin] = simplified.projectsOf(TWIN);
    const [big5] = t.projectsOf(BIG5);
    expect(big5 && projectFields(big5)).toEqual(twin && projectFields(twin));
    expect(t.indicatorsOf('执法记录仪购置')).toEqual(TWIN_INDICATORS);
    expect(t.sourceLines(BIG5)).toEqual(simplified.sourceLines(TWIN));
    expect(t.flagRules(BIG5)).toEqual([]);
    expect(t.problemsAttributed(BIG5)).toEqual(simplified.problemsAttributed(TWIN));
    expect(t.agencyFacts('会昌县公安局')).toEqual([[], '江西省', '赣州市', '会昌县']);
  });

  it('cites its lines as the file writes them, in traditional characters', () => {
    expect(sourceText(BIG5, 1)).toBe('會昌縣公安局2023年度執法記錄儀購置項目績效自評報告');
    expect(sourceText(BIG5, 18)).toBe(
      '（2）質量指標：設備驗收合格率，年度指標值為≧98%，實際完成值為100%，分值15分，得分15分。',
    );
    expect(sourceText(BIG5, 25)).toBe('預算執行率：年度指標值為100%，實際完成值為99%，分值10分，得分9.9分。');
  });
});

describe('a Big5 tab-separated 项目支出绩效自评表', () => {
  it('reads the form: funds, execution line, indicators, grade', () => {
    expect(t.docOf(BIG5_TABLE).encoding).toBe('big5');
    expect(t.documentFacts(BIG5_TABLE)).toEqual([
      'project_table',
      '兴国县公安局2023年度项目支出绩效自评表',
      '兴国县公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresOf(BIG5_TABLE)).toEqual([['交通安全宣传教育经费', 25, 25, 24.5, 0.98, 95.8, '优']]);
    expect(t.projectExtras(BIG5_TABLE)).toEqual([
      [null, '兴国县公安局', '兴国县公安局交通管理大队', [], 10, 9.8, '优', 5],
    ]);
    expect(t.indicatorsOf('交通安全宣传教育经费')).toEqual([
      ['产出指标', '数量指标', '开展交通安全宣传活动场次', '≥40场', '42场', 20, 20, null],
      ['产出指标', '质量指标', '宣传覆盖率', '≥90%', '93%', 20, 20, null],
      ['产出指标', '时效指标', '宣传活动完成时间', '2023年12月底前', '2023年12月', 10, 10, null],
      [
        '效益指标',
        '社会效益指标',
        '道路交通事故起数同比下降',
        '≥5%',
        '4.2%',
        20,
        16,
        '部分国道路段事故多发，下一步加强路面管控',
      ],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 20, 20, null],
    ]);
    expect(t.sourceLines(BIG5_TABLE)).toEqual([[1]]);
    expect(t.flagRules(BIG5_TABLE)).toEqual([]);
    expect(t.problemsAttributed(BIG5_TABLE)).toEqual([
      [11, '部分国道路段事故多发', ['其他'], '交通安全宣传教育经费'],
    ]);
    expect(t.agencyFacts('兴国县公安局')).toEqual([[], '江西省', '赣州市', '兴国县']);
    expect(sourceText(BIG5_TABLE, 8)).toBe(
      '產出指標\t數量指標\t開展交通安全宣傳活動場次\t≧40場\t42場\t20\t20\t',
    );
  });
});

describe('a 部门整体 report converted to traditional characters and saved as GBK', () => {
  it('stays GB18030 (not Big5) and is read in simplified characters', () => {
    expect(t.docOf(GBK_TRADITIONAL).encoding).toBe('gb18030');
    expect(t.documentFacts(GBK_TRADITIONAL)).toEqual([
      'department_overall',
      '寻乌县公安局2023年度部门整体支出绩效自评报告',
      '寻乌县公安局',
      2023,
      'ok',
      '已提取 0 个项目，含部门整体数据',
    ]);
    expect(t.departmentFigures(GBK_TRADITIONAL)).toEqual({
      year: 2023,
      budget_initial: 6820.5,
      budget_adjusted: 7136.2,
      executed: 7012.48,
      execution_rate_reported: 0.9827,
      total_score: 92.5,
      project_count: null,
      average_score: null,
      lines: [7, 10],
    });
    expect(t.projectsOf(GBK_TRADITIONAL)).toEqual([]);
    expect(t.flagRules(GBK_TRADITIONAL)).toEqual([]);
    expect(t.problemsAttributed(GBK_TRADITIONAL)).toEqual([
      [13, '部分项目预算编制不够细化，年中调整较多', ['预算编制不精准'], null],
      [14, '政府采购项目执行进度偏慢', ['执行进度滞后'], null],
    ]);
    expect(t.agencyFacts('寻乌县公安局')).toEqual([[], '江西省', '赣州市', '寻乌县']);
    expect(sourceText(GBK_TRADITIONAL, 14)).toBe('（二）政府採購項目執行進度偏慢。');
  });
});

describe('decoding: Big5 and GBK told apart by which decoding reads as a report', () => {
  const title = '會昌縣公安局2023年度項目支出績效自評報告';
  const simplifiedTitle = '会昌县公安局2023年度项目支出绩效自评报告';

  it('a one-line Big5 title is Big5, the same title in GBK is GB18030', () => {
    expect(decodeText(iconv.encode(title, 'big5'))).toEqual({ text: title, encoding: 'big5' });
    expect(decodeText(iconv.encode(simplifiedTitle, 'gbk'))).toEqual({
      text: simplifiedTitle,
      encoding: 'gb18030',
    });
    // Traditional characters in GBK (a converted mainland text) are GBK, not Big5.
    expect(decodeText(iconv.encode(title, 'gbk'))).toEqual({ text: title, encoding: 'gb18030' });
  });

  it('short Big5 sentences of several kinds', () => {
    for (const text of [
      '經綜合評價，該項目自評得分91分，自評等級為優。',
      '預算執行率98%',
      '存在問題：部分設備老化。',
      '單位：萬元',
    ])
      expect(decodeText(iconv.encode(text, 'big5'))).toEqual({ text, encoding: 'big5' });
  });

  it('text of neither (Latin-1) still goes to chardet', () => {
    expect(decodeText(iconv.encode('Budget report: café résumé naïve', 'latin1')).encoding).toBe(
      'windows-1252',
    );
  });
});

describe('traditional → simplified', () => {
  it('converts characters and phrases, ≧ ≦ to ≥ ≤, line for line', () => {
    const text = '項目預算執行率≧95%\n著力提升，乾淨整潔\n臺賬（衞生）≦3項';
    const out = toSimplified(text);
    expect(out).toBe('项目预算执行率≥95%\n着力提升，干净整洁\n台账（卫生）≤3项');
    expect(out.split('\n')).toHaveLength(3);
  });

  it('converts only a text written in traditional characters', () => {
    expect(looksTraditional('某縣公安局2023年度項目支出績效自評報告')).toBe(true);
    expect(simplifiedIfTraditional('某县公安局2023年度项目支出绩效自评报告')).toBeNull();
    // A simplified report quoting a traditional name stays as it is.
    expect(looksTraditional('项目名称：臺灣同胞服务经费，预算执行率98%，绩效自评得分95分')).toBe(false);
    expect(looksTraditional('2023 budget report')).toBe(false);
  });
});

describe('indicators stated in sentences in a report of two projects', () => {
  it('reads both projects and gives each its own indicator lines', () => {
    expect(t.documentFacts(SENTENCES)).toEqual([
      'narrative',
      '石城县公安局2023年度项目支出绩效自评报告',
      '石城县公安局',
      2023,
      'ok',
      '已提取 2 个项目',
    ]);
    expect(t.figuresByLine(SENTENCES)).toEqual([
      ['刑事案件侦办经费项目', 80, 80, 78.4, 0.98, 94, '优', 7],
      ['禁毒宣传教育项目', 20, 22, 21.6, 0.9818, 92, '优', 13],
    ]);
    expect(t.projectExtras(SENTENCES)).toEqual([
      [null, null, null, [], null, null, '优', 4],
      [null, null, null, [], null, null, '优', 3],
    ]);
    expect(t.sourceLines(SENTENCES)).toEqual([
      [7, 8, 9],
      [13, 14, 20],
    ]);
    // Weights of 90 (the execution part outside the list), scores within its 10 points.
    expect(t.flagRules(SENTENCES)).toEqual([]);
    expect(t.departmentOf(SENTENCES)).toBeUndefined();
  });

  it('"指标1：…；偏差原因：无" lines in the project’s section: unit clause, reverse indicator, reason', () => {
    expect(t.indicatorsOf('刑事案件侦办经费项目')).toEqual([
      [null, null, '案件查处率', '≥90%', '95%', 30, 30, null],
      [null, null, '刑事案件破案数', '120起', '131起', 30, 30, null],
      [null, null, '办案经费支出控制', '≤80万元', '78.4万元', 10, 10, null],
      [null, null, '群众满意度', '≥90%', '86%', 20, 14, '个别案件办理周期较长，群众等待时间长'],
    ]);
  });

  it('a 附表 after the report goes to the project its heading names', () => {
    expect(t.indicatorsOf('禁毒宣传教育项目')).toEqual([
      [null, '数量指标', '禁毒宣传活动场次', '≥30场', '34场', 40, 40, null],
      [null, '质量指标', '宣传资料发放覆盖率', '≥95%', '96%', 20, 20, null],
      [null, '满意度指标', '群众满意度', '≥90%', '91%', 30, 30, null],
    ]);
    const doc = t.docOf(SENTENCES);
    const ids = new Set(t.projectsOf(SENTENCES).map((p) => p.project_id));
    const lines = t.tables.indicators
      .filter((i) => ids.has(i.project_id) && i.file === doc.file)
      .map((i) => i.line);
    expect(lines.sort((a, b) => a - b)).toEqual([9, 10, 11, 12, 20, 21, 22]);
  });

  it('keeps the problems: the deviation of the indicator that lost points and the 存在的问题', () => {
    expect(t.problemsAttributed(SENTENCES)).toEqual([
      [12, '个别案件办理周期较长，群众等待时间长', ['其他'], '刑事案件侦办经费项目'],
      [17, '禁毒宣传进农村覆盖面仍需扩大', ['其他'], null],
    ]);
  });
});

describe('indicator sentences: what is and is not an indicator line', () => {
  const read = (text: string) => {
    const rows = toRows(splitLines(text));
    return readIndicatorSentences(rows, 0, rows.length, () => false);
  };

  it('reads level labels joined or given as clauses, and a weight in brackets', () => {
    const found = read(
      [
        '一级指标：效益指标；二级指标：社会效益指标；三级指标：群众安全感；指标值：≥95%；完成值：97%；分值：10分；得分：10分',
        '产出指标-数量指标：培训民警人次，计量单位：人次，年度指标值为300，实际完成值为320，分值10分，得分10分',
        '数量指标（20分）：购置执法记录仪，年度指标值为200台，实际完成值为200台，得分20分。',
        '群众满意度：目标值≥90%，实际完成值93%，权重10分，评分9分',
      ].join('\n'),
    );
    expect(
      found.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score]),
    ).toEqual([
      ['效益指标', '社会效益指标', '群众安全感', '≥95%', '97%', 10, 10],
      ['产出指标', '数量指标', '培训民警人次', '300人次', '320人次', 10, 10],
      [null, '数量指标', '购置执法记录仪', '200台', '200台', 20, 20],
      [null, null, '群众满意度', '≥90%', '93%', 10, 9],
    ]);
    expect(found.execution).toBeNull();
  });

  it('reads the budget-execution line as the execution part, not an indicator', () => {
    const found = read('全年预算执行率：年度指标值为100%，实际完成值为96.5%，分值10分，得分9.65分');
    expect(found.indicators).toEqual([]);
    expect(found.execution).toEqual({ weight: 10, score: 9.65, rate: 0.965, line: 1 });
  });

  it('skips prose about indicators and lines without points', () => {
    const found = read(
      [
        '项目实际完成值高于年度目标值，效果良好。',
        '数量指标：完成派出所标准化改造，目标值≥10个，实际完成12个，得分10分。',
        '绩效指标完成情况：年度目标值为建设10个站点，实际完成值10个，分值20分。',
        // No name before the values: "完成良好" after them is a remark, not the name.
        '年度指标值为200台，实际完成值为200台，分值20分，得分20分，完成良好',
        '指标2：',
      ].join('\n'),
    );
    expect(found.indicators).toEqual([]);
    expect(found.rows).toEqual([]);
  });

  it('is not looked for in a text naming no target and actual value', () => {
    expect(mayStateIndicatorSentences('项目年初预算60万元，自评得分96分。')).toBe(false);
    expect(mayStateIndicatorSentences('年度指标值为200台，实际完成值为200台')).toBe(true);
  });
});

describe('units under a 分局 or 支队', () => {
  it('reads a 分局’s 大队 signing its own report as an agency of its own, in the 分局’s district', () => {
    // Named in full (交警大队 → 交通警察大队, round 15), the written forms kept as its other names.
    expect(t.documentFacts(BRIGADE)).toEqual([
      'narrative',
      '南充市公安局顺庆区分局交警大队2024年度项目支出绩效自评报告',
      '南充市公安局顺庆区分局交通警察大队',
      2024,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.agencyFacts('南充市公安局顺庆区分局交通警察大队')).toEqual([
      ['南充市公安局顺庆区分局交警大队', '南充市顺庆区公安分局交警大队'],
      '四川省',
      '南充市',
      '顺庆区',
    ]);
    expect(t.flagRules(BRIGADE)).toEqual([]);
    expect(t.problemsAttributed(BRIGADE)).toEqual([
      [13, '部分路口设备老化，故障率偏高', ['设备与系统运维'], '道路交通技术监控设备运维项目'],
    ]);
  });

  it('merges the 大队’s summary table written "…区公安分局交警大队" with its report', () => {
    expect(t.documentFacts(BRIGADE_SUMMARY)).toEqual([
      'summary_table',
      '2024年度项目支出绩效自评情况汇总表',
      '南充市公安局顺庆区分局交通警察大队',
      2024,
      'ok',
      '已提取 2 个项目',
    ]);
    // In the order they are first cited (ids, and so the table's order, hash the agency's key).
    const cited = (p: ProjectRow) => `${p.sources[0]?.file}:${p.sources[0]?.line_start}`;
    const brigade = t.tables.projects
      .filter((p) => p.agency === '南充市公安局顺庆区分局交通警察大队')
      .sort((a, b) => cited(a).localeCompare(cited(b)));
    expect(
      brigade.map((p) => [
        p.name,
        p.aliases,
        p.year,
        p.budget_initial,
        p.budget_adjusted,
        p.executed,
        p.execution_rate_reported,
        p.total_score,
        p.grade,
      ]),
    ).toEqual([
      ['道路交通技术监控设备运维项目', ['道路交通技术监控设备运维'], 2024, 45, 45, 44.1, 0.98, 93, '优'],
      ['交通安全宣传经费', [], 2024, 12, 12, 11.52, 0.96, 91, '优'],
    ]);
    expect(brigade[0]?.sources.map((s) => [s.file, s.line_start])).toEqual([
      [BRIGADE, 1],
      [BRIGADE, 7],
      [BRIGADE, 10],
      [BRIGADE_SUMMARY, 5],
    ]);
    expect(t.flagRules(BRIGADE_SUMMARY)).toEqual([]);
  });

  it('reads a 分局’s 派出所 report as the 分局’s', () => {
    expect(t.documentFacts(STATION)).toEqual([
      'narrative',
      '南充市公安局顺庆区分局北城派出所2024年度项目支出绩效自评报告',
      '南充市公安局顺庆区分局',
      2024,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.agencyFacts('南充市公安局顺庆区分局')).toEqual([[], '四川省', '南充市', '顺庆区']);
    expect(t.figuresOf(STATION)).toEqual([['社区警务室运行经费', 18, 18, 17.46, 0.97, 95, '优']]);
    expect(t.projectExtras(STATION)).toEqual([[null, null, '北城派出所', [], null, null, '优', 0]]);
  });

  it('reads a 支队’s 大队 as an agency of its own, in its city', () => {
    expect(t.documentFacts(DETACHMENT_BRIGADE)).toEqual([
      'narrative',
      '赣州市公安局交通警察支队直属一大队2024年度项目支出绩效自评报告',
      '赣州市公安局交通警察支队直属一大队',
      2024,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.agencyFacts('赣州市公安局交通警察支队直属一大队')).toEqual([[], '江西省', '赣州市', null]);
    expect(t.figuresOf(DETACHMENT_BRIGADE)).toEqual([['城区交通秩序整治', 32, 30, 29.1, 0.97, 90, '优']]);
    expect(t.projectExtras(DETACHMENT_BRIGADE)).toEqual([
      [null, null, '直属一大队', [], null, null, '优', 0],
    ]);
    expect(t.sourceLines(DETACHMENT_BRIGADE)).toEqual([[1, 7, 10]]);
    expect(t.problemsAttributed(DETACHMENT_BRIGADE)).toEqual([
      [13, '高峰时段警力不足，部分路段疏导不及时', ['人员与能力不足'], '城区交通秩序整治'],
    ]);
  });

  it('a 大队 report signed by its 分局 is the 分局’s; the 分局 as 主管部门 is no alias of its 大队', () => {
    const facts = (lines: string[]) => documentFacts(toRows(splitLines(lines.join('\n'))));
    expect(
      facts([
        '宜宾市公安局叙州区分局交警大队2024年度项目支出绩效自评报告',
        '项目完成良好。',
        '宜宾市公安局叙州区分局',
        '2025年3月1日',
      ]),
    ).toMatchObject({ agency: '宜宾市公安局叙州区分局', agencyAliases: [] });
    expect(
      facts([
        '宜宾市公安局叙州区分局交警大队2024年度项目支出绩效自评报告',
        '主管部门：宜宾市公安局叙州区分局',
      ]),
    ).toMatchObject({ agency: '宜宾市公安局叙州区分局交警大队', agencyAliases: [] });
    // A sentence naming the 分局's units in passing names no unit.
    expect(
      facts(['项目支出绩效自评报告', '宜宾市公安局叙州区分局组织各派出所和交警大队开展自评。']).agency,
    ).toBe('宜宾市公安局叙州区分局');
  });
});

describe('indicator lines no project claims', () => {
  it('stay prose in a 部门整体 report of two projects: no project gets them, the department keeps its rate', async () => {
    const text = [
      '上犹县公安局2023年度部门整体支出绩效自评报告',
      '一、部门预算执行情况',
      '2023年度部门全年预算3260万元，全年实际支出3198.6万元，预算执行率98.12%。',
      '其中，天网工程运维项目年初预算120万元，实际支出118万元，自评得分95分；执法执勤车辆购置项目年初预算80万元，实际支出79.2万元，自评得分93分。',
      '二、部门整体绩效指标完成情况',
      '1.数量指标：全年受理警情处置率，年度指标值为100%，实际完成值为100%，分值20分，得分20分。',
      '2.质量指标：刑事案件破案率，年度指标值为≥60%，实际完成值为63%，分值20分，得分20分。',
      '三、自评结论',
      '部门整体支出绩效自评得分94分，等级为优。',
    ].join('\n');
    const tables = await ingestFiles([
      { file: 'r14-inline-department.txt', bytes: new TextEncoder().encode(text) },
    ]);
    const inline = new IngestedTables(tables);
    // Both on line 4: in project-id order.
    expect(inline.figuresOf('r14-inline-department.txt')).toEqual([
      ['执法执勤车辆购置', 80, null, 79.2, null, 93, null],
      ['天网工程运维', 120, null, 118, null, 95, null],
    ]);
    expect(tables.indicators).toEqual([]);
    expect(inline.departmentFigures('r14-inline-department.txt')).toMatchObject({
      budget_adjusted: 3260,
      executed: 3198.6,
      execution_rate_reported: 0.9812,
      total_score: 94,
    });
  });
});
