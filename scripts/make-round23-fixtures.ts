/**
 * Writes the round-23 fixtures (tests/fixtures/layouts/r23-*): invented agencies' documents whose
 * department or agency figures sit where earlier rounds did not look —
 *   r23-department-parts-total.txt   a 部门整体 funds table by kind of spending ("基本支出", "项目支出")
 *                                    closed by its "合计" row
 *   r23-department-year-columns.txt  the department's funds one figure a row, one year a column
 *                                    ("指标 | 2022年 | 2023年")
 *   r23-department-this-year.txt     the same against last year ("项目 | 上年数 | 本年数 | 增减率")
 *   r23-accounts-overview-total.txt  a 部门决算 with only its 收入支出决算总表 ("本年支出合计 | …", 元)
 *   r23-agency-section-tables.txt    a city's collection of its county bureaus' project tables, each
 *                                    under a heading naming the bureau, no 单位 column
 *   r23-procurement-notice.txt       a 竞争性磋商公告 buying the evaluation of the bureau's projects
 *                                    (unrelated, though its title names 绩效评价 and a 预算金额)
 *   npx tsx scripts/make-round23-fixtures.ts [out-dir]
 * Plain UTF-8 text, byte-for-byte reproducible.
 */
import { tsv, writeLayoutFixtures } from './layout-fixtures.ts';

/** A 部门整体支出绩效自评报告: its title, the funds lines and a conclusion scoring it. */
function departmentReport(
  title: string,
  funds: readonly (string | readonly string[])[],
  score: string,
): string {
  return tsv([
    title,
    '一、部门基本情况',
    '本局内设机构12个，下设派出所9个。',
    '二、预算执行情况',
    ...funds,
    '三、自评结论',
    score,
  ]);
}

const FIXTURES: Record<string, string> = {
  'r23-department-parts-total.txt': departmentReport(
    '信丰县公安局2023年度部门整体支出绩效自评报告',
    [
      '单位：万元',
      ['项目', '年初预算数', '全年预算数', '全年执行数', '执行率'],
      ['基本支出', '3,200.00', '3,250.00', '3,180.50', '97.86%'],
      ['项目支出', '800.00', '850.00', '720.00', '84.71%'],
      ['合计', '4,000.00', '4,100.00', '3,900.50', '95.13%'],
    ],
    '部门整体支出绩效自评得分92分，等级为优。',
  ),

  'r23-department-year-columns.txt': departmentReport(
    '大余县公安局2023年度部门整体支出绩效自评报告',
    [
      '单位：万元',
      ['指标', '2022年', '2023年'],
      ['全年预算数', '4,100.00', '4,300.00'],
      ['执行数', '4,000.00', '4,250.00'],
      ['执行率', '97.56%', '98.84%'],
    ],
    '部门整体支出绩效自评得分93分，等级为优。',
  ),

  'r23-department-this-year.txt': departmentReport(
    '安远县公安局2023年度部门整体支出绩效自评报告',
    [
      '单位：万元',
      ['项目', '上年数', '本年数', '增减率'],
      ['年初预算数', '3,600.00', '3,800.00', '5.56%'],
      ['全年预算数', '3,900.00', '4,050.00', '3.85%'],
      ['执行数', '3,850.00', '3,960.00', '2.86%'],
    ],
    '部门整体支出绩效自评得分91分，等级为优。',
  ),

  'r23-accounts-overview-total.txt': tsv([
    '南康区公安分局2023年度部门决算',
    '第一部分 部门概况',
    '负责辖区治安管理、刑事侦查和交通管理。',
    '第二部分 2023年度部门决算表',
    '收入支出决算总表',
    '单位：元',
    ['收入', '', '支出', ''],
    ['项目', '决算数', '项目', '决算数'],
    ['一般公共预算财政拨款收入', '38,562,480.00', '公共安全支出', '36,120,000.00'],
    ['其他收入', '120,000.00', '社会保障和就业支出', '1,980,500.00'],
    ['本年收入合计', '38,682,480.00', '本年支出合计', '38,100,500.00'],
    '第三部分 2023年度部门决算情况说明',
    '一、预算绩效情况说明',
    '本部门组织对2023年度一般公共预算项目支出全面开展绩效自评。',
  ]),

  'r23-agency-section-tables.txt': tsv([
    '赣州市公安局2023年度县级公安机关项目支出绩效自评汇总',
    '一、于都县公安局',
    '单位：万元',
    ['项目名称', '全年预算数', '执行数', '自评得分'],
    ['视频监控运维', '60.00', '58.00', '95'],
    ['禁毒经费', '30.00', '29.00', '94'],
    '二、兴国县公安局',
    ['项目名称', '全年预算数', '执行数', '自评得分'],
    ['警务保障', '50.00', '50.00', '98'],
    ['看守所运维', '40.00', '38.00', '92'],
  ]),

  'r23-procurement-notice.txt': tsv([
    '于都县公安局2023年度项目支出绩效评价服务采购项目竞争性磋商公告',
    '一、项目基本情况',
    '项目编号：YDGA-2024-05',
    '项目名称：2023年度项目支出绩效评价服务',
    '预算金额：15万元',
    '最高限价：15万元',
    '采购需求：对本局2023年度视频监控运维等项目开展绩效评价，出具绩效评价报告。',
    '二、申请人的资格要求',
    '具有独立承担民事责任的能力。',
    '三、获取采购文件',
    '时间：2024年3月1日至2024年3月8日',
  ]),
};

writeLayoutFixtures(FIXTURES);
