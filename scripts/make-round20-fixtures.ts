/**
 * Writes the round-20 fixtures (tests/fixtures/layouts/r20-*): invented agencies' tables in
 * layouts earlier rounds did not cover —
 *   r20-summary-yen-amounts.txt        a summary whose amounts carry a currency sign ("￥55.50", "¥120")
 *   r20-project-yen-amounts.txt        a project table whose funds row does the same ("￥80.00")
 *   r20-summary-percent-unit-row.txt   a summary header with a second row stating one column's
 *                                      unit only ("（%）" under 执行率)
 *   r20-summary-yuan-unit-row.txt      a summary header with a row of units under its columns
 *                                      ("（元）" under the amounts, "（%）" under 执行率)
 *   r20-project-name-unit.txt          a project table whose name cell closes with the unit of its
 *                                      amounts ("禁毒专项经费（金额单位：元）")
 *   r20-project-pairs-score.txt        a project table whose funds are label/value pairs over two
 *                                      rows, its score on the row below them, its indicators after
 *   npx tsx scripts/make-round20-fixtures.ts [out-dir]
 * Plain UTF-8 text, byte-for-byte reproducible.
 */
import { tsv, writeLayoutFixtures } from './layout-fixtures.ts';

const FIXTURES: Record<string, string> = {
  'r20-summary-yen-amounts.txt': tsv([
    '崇义县公安局2023年度项目支出绩效自评汇总表',
    '单位：万元',
    ['序号', '项目名称', '全年预算数', '全年执行数', '执行率', '自评得分'],
    ['1', '监管场所运行经费', '￥55.50', '￥50.00', '90.1%', '91'],
    ['2', '涉案财物管理中心建设', '¥120.00', '¥118.80', '99%', '96'],
    ['3', '出入境证件制作经费', '￥8.00', '￥8.00', '100%', '98'],
  ]),

  'r20-project-yen-amounts.txt': tsv([
    '龙南市公安局2023年度项目支出绩效自评表',
    ['项目名称', '监所视频监控改造项目'],
    ['主管部门', '龙南市公安局', '实施单位', '龙南市公安局看守所'],
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', '￥80.00', '￥80.00', '￥76.00', '10', '95%', '9.5'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '改造监室数量', '24间', '24间', '30', '30'],
    ['产出指标', '时效指标', '完工时间', '2023年10月前', '2023年11月', '20', '16'],
    ['效益指标', '社会效益指标', '监所安全事故发生率', '0', '0', '40', '40'],
    ['总分', '', '', '', '', '100', '95.5'],
  ]),

  'r20-summary-percent-unit-row.txt': tsv([
    '南康区公安分局2023年度项目支出绩效自评汇总表',
    '单位：万元',
    ['项目名称', '全年预算数', '全年执行数', '执行率', '自评得分', '自评等级'],
    ['', '', '', '（%）', '', ''],
    ['治安管理经费', '30', '27', '90', '90', '优'],
    ['交通管理经费', '50', '50', '100', '97', '优'],
    ['网络安全保卫经费', '25', '21.5', '86', '85', '良'],
  ]),

  'r20-summary-yuan-unit-row.txt': tsv([
    '上犹县公安局2023年度项目支出绩效自评汇总表',
    ['项目名称', '全年预算数', '全年执行数', '执行率', '自评得分'],
    ['', '（元）', '（元）', '（%）', ''],
    ['刑事技术实验室运行经费', '300000', '270000', '90', '90'],
    ['派出所办案经费', '500000', '500000', '100', '97'],
  ]),

  'r20-project-name-unit.txt': tsv([
    '寻乌县公安局2023年度项目支出绩效自评表',
    ['项目名称', '禁毒专项经费（金额单位：元）'],
    ['主管部门', '寻乌县公安局', '实施单位', '寻乌县公安局禁毒大队'],
    ['年初预算数', '全年预算数', '全年执行数', '执行率'],
    ['1000000', '1200000', '1180000', '98.3%'],
    ['自评得分', '95', '评价等级', '优'],
  ]),

  'r20-project-pairs-score.txt': tsv([
    '定南县公安局2023年度项目支出绩效自评表',
    ['项目名称', '网络安全等级保护测评项目'],
    ['年初预算数（万元）', '40', '全年预算数（万元）', '40'],
    ['全年执行数（万元）', '38', '执行率', '95%'],
    ['自评得分', '92', '评价等级', '优'],
    '绩效指标完成情况',
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '测评系统数量', '5个', '5个', '30', '30'],
    ['产出指标', '质量指标', '测评通过率', '100%', '90%', '30', '26'],
    ['效益指标', '社会效益指标', '网络安全事件发生率', '下降', '下降10%', '30', '28'],
  ]),
};

writeLayoutFixtures(FIXTURES);
