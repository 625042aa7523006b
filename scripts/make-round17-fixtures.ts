/**
 * Writes the round-17 fixtures (tests/fixtures/layouts/r17-*): invented agencies' reports in
 * layouts earlier rounds did not cover —
 *   r17-city-summary-short-units.txt  a city 公安局's summary whose 单位 column names the city's own
 *                                     units by the short names police reports use ("章贡分局",
 *                                     "宁都县局", "宁都局"), and names the gazetteer cannot place
 *   r17-county-bureau-summary.txt     the county bureau's own summary, one of its projects also in
 *                                     the city's table, another written with the bureau's name and
 *                                     year in front ("宁都县公安局2023年度…项目")
 *   r17-county-project-table.txt      that bureau's table of the prefixed project, named without
 *                                     the prefix
 *   r17-cells-without-tab-blank-total.txt  the one-cell-per-line layout without tabs, its 总分 row's
 *                                     middle cells empty (a blank line each)
 *   npx tsx scripts/make-round17-fixtures.ts [out-dir]
 * Plain UTF-8 text, byte-for-byte reproducible.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'layouts');

/** Rows of cells → tab-separated lines; a string is a line as it is. */
const tsv = (rows: readonly (string | readonly string[])[]): string =>
  rows.map((r) => (typeof r === 'string' ? r : r.join('\t'))).join('\n') + '\n';

/** Rows of cells → one cell a line, a blank line between rows and for each empty cell. */
const cellLines = (rows: readonly (string | readonly string[])[]): string =>
  rows.map((r) => (typeof r === 'string' ? r : r.join('\n'))).join('\n\n') + '\n';

const FIXTURES: Record<string, string> = {
  'r17-city-summary-short-units.txt': tsv([
    '赣州市公安局2023年度项目支出绩效自评汇总表',
    '单位：万元',
    [
      '序号',
      '单位名称',
      '项目名称',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '执行率',
      '自评得分',
      '自评等级',
    ],
    ['1', '市局本级', '全市公安视频专网运维', '120.00', '120.00', '116.40', '97.00%', '95', '优'],
    ['2', '章贡分局', '城区治安卡口建设', '45.00', '48.00', '46.08', '96.00%', '93', '优'],
    ['3', '宁都县局', '农村地区视频监控补点', '30.00', '30.00', '28.50', '95.00%', '92', '优'],
    ['4', '宁都局', '出入境证件自助办理设备购置', '12.00', '12.00', '11.76', '98.00%', '94', '优'],
    ['5', '开发区分局', '园区巡防经费', '8.00', '8.00', '7.60', '95.00%', '90', '优'],
    ['6', '交警支队', '交通违法抓拍设备维护', '20.00', '20.00', '19.00', '95.00%', '91', '优'],
  ]),

  'r17-county-project-table.txt': tsv([
    '宁都县公安局2023年度项目支出绩效自评表',
    ['项目名称', '农村地区视频监控补点', '', '', '', '', '', ''],
    ['主管部门', '宁都县公安局', '', '', '实施单位', '宁都县公安局科技信息化大队', '', ''],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '30.00', '30.00', '28.50', '10', '95%', '9.5'],
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
    ['产出指标', '数量指标', '新增视频监控点位', '40', '≥60个', '62个', '40', ''],
    ['效益指标', '社会效益指标', '农村可防性案件下降率', '40', '≥10%', '8.5%', '32.5', '部分点位通电滞后'],
    ['满意度指标', '服务对象满意度指标', '群众安全感满意度', '10', '≥90%', '94%', '10', ''],
    ['总分', '', '', '100', '', '', '92', ''],
  ]),

  'r17-prefixed-project-summary.txt': tsv([
    '上犹县公安局2023年度项目支出绩效自评结果汇总表',
    '单位：万元',
    ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分', '自评等级'],
    ['1', '上犹县公安局户籍档案数字化项目', '16.00', '16.00', '15.20', '95.00%', '90', '优'],
    ['2', '上犹县公安局2023年度执法办案中心运行经费', '25.00', '25.00', '24.50', '98.00%', '95', '优'],
    ['3', '上犹县公安局警务保障', '10.00', '10.00', '9.80', '98.00%', '93', '优'],
  ]),

  'r17-prefixed-project-table.txt': tsv([
    '上犹县公安局2023年度项目支出绩效自评表',
    ['项目名称', '户籍档案数字化项目', '', '', '', '', '', ''],
    ['主管部门', '上犹县公安局', '', '', '实施单位', '上犹县公安局治安管理大队', '', ''],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '16.00', '16.00', '15.20', '10', '95%', '9.5'],
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
    ['产出指标', '数量指标', '数字化户籍档案', '40', '≥20万页', '21万页', '40', ''],
    ['效益指标', '社会效益指标', '档案查询办理时长', '40', '≤10分钟', '12分钟', '30.5', '扫描设备老化'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '10', '≥90%', '95%', '10', ''],
    ['总分', '', '', '100', '', '', '90', ''],
  ]),

  'r17-cells-without-tab-blank-total.txt': cellLines([
    '全南县公安局2023年度项目支出绩效自评报告',
    '一、项目基本情况\n全南县公安局警用无人机购置项目由县财政局批复实施，\n用于山区搜救和治安巡查。',
    '二、绩效自评表\n项目支出绩效自评表\n（2023年度）',
    ['项目名称', '警用无人机购置'],
    ['主管部门', '全南县公安局', '实施单位', '全南县公安局特巡警大队'],
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', '40.00', '40.00', '38.80', '10', '97.00%', '9.7'],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ['产出指标', '数量指标', '购置无人机数量', '4架', '4架', '40', '40', '无'],
    ['效益指标', '社会效益指标', '搜救出动响应时间', '≤30分钟', '35分钟', '40', '36.8', '山区信号差'],
    ['满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', '96%', '10', '10', '无'],
    ['总分', '', '', '', '', '100', '96.5', ''],
    '三、存在的问题\n山区信号覆盖不足，\n影响无人机图传稳定性。',
  ]),
};

for (const [name, text] of Object.entries(FIXTURES)) {
  writeFileSync(join(OUT, name), text);
  console.log(`wrote ${name} (${Buffer.byteLength(text)} bytes)`);
}
