/**
 * Writes the round-18 fixtures (tests/fixtures/layouts/r18-*): invented agencies' reports stating
 * their unit, or laying out their rows, in ways earlier rounds did not cover —
 *   r18-summary-title-unit.md        a Markdown summary whose unit closes its heading in brackets
 *                                    ("…汇总表（单位：元）"), its amounts in 元
 *   r18-summary-note-unit.txt        a summary whose unit is stated only in a note below the table
 *                                    ("注：本表金额单位为元。")
 *   r18-project-note-unit.txt        a project table whose unit is stated only in such a note
 *   r18-summary-two-row-projects.txt a summary giving each project two rows: its 序号 and name on the
 *                                    first, its figures under their columns on the second
 *   npx tsx scripts/make-round18-fixtures.ts [out-dir]
 * Plain UTF-8 text, byte-for-byte reproducible.
 */
import { tsv, writeLayoutFixtures } from './layout-fixtures.ts';

/** A Markdown table: a header row, its rule, then the rows. */
const markdownTable = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');

const SUMMARY_HEADER = ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分'];

const FIXTURES: Record<string, string> = {
  'r18-summary-title-unit.md': [
    '# 吉安县公安局2023年度项目支出绩效自评汇总表（单位：元）',
    '',
    markdownTable(SUMMARY_HEADER, [
      ['1', '城乡视频监控联网运维', '480000.00', '500000.00', '485000.00', '97.00%', '94'],
      ['2', '执法记录仪更新购置', '120000.00', '120000.00', '114000.00', '95.00%', '92'],
      ['3', '看守所监控系统改造', '260000.00', '260000.00', '252200.00', '97.00%', '93'],
    ]),
    '',
  ].join('\n'),

  'r18-summary-note-unit.txt': tsv([
    '安福县公安局2023年度项目支出绩效自评汇总表',
    SUMMARY_HEADER,
    ['1', '农村地区视频监控补点', '300000.00', '300000.00', '291000.00', '97.00%', '94'],
    ['2', '禁毒宣传教育经费', '80000.00', '90000.00', '86400.00', '96.00%', '92'],
    ['3', '反诈预警劝阻专项', '150000.00', '150000.00', '139500.00', '93.00%', '90'],
    '注：本表金额单位为元。',
  ]),

  'r18-project-note-unit.txt': tsv([
    '井冈山市公安局2023年度项目支出绩效自评表',
    ['项目名称', '禁毒专项经费', '', '', '', '', '', ''],
    ['主管部门', '井冈山市公安局', '', '', '实施单位', '井冈山市公安局禁毒大队', '', ''],
    ['项目资金', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '200000.00', '200000.00', '190000.00', '10', '95%', '9.5'],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '年度指标值',
      '实际完成值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ['产出指标', '数量指标', '开展禁毒宣传活动', '40', '≥30场', '35场', '40', ''],
    ['效益指标', '社会效益指标', '新发现吸毒人员下降率', '40', '≥5%', '4%', '32', '外来流动人口增多'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '10', '≥90%', '93%', '10', ''],
    ['总分', '', '', '100', '', '', '91.5', ''],
    '注：本表金额单位为元。',
  ]),

  'r18-summary-two-row-projects.txt': tsv([
    '万安县公安局2023年度项目支出绩效自评汇总表',
    '单位：万元',
    SUMMARY_HEADER,
    ['1', '公安检查站运行保障'],
    ['', '', '50.00', '50.00', '48.50', '97.00%', '94'],
    ['2', '110指挥中心系统升级'],
    ['', '', '36.00', '40.00', '38.00', '95.00%', '92'],
    ['3', '道路交通安全设施维护'],
    ['', '', '18.00', '18.00', '16.20', '90.00%', '88'],
    ['', '合计', '104.00', '108.00', '102.70', '95.09%', ''],
  ]),
};

writeLayoutFixtures(FIXTURES);
