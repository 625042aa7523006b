/**
 * Writes the round-16 fixtures (tests/fixtures/layouts/r16-*): invented agencies' reports in
 * layouts earlier rounds did not cover —
 *   r16-division-brigade-narrative.txt  a 交警大队 named right under its county, without its bureau
 *                                       ("宁都县交警大队"): title, 单位名称 label and signature
 *   r16-bureau-brigade-summary.txt      the county bureau's own 交通警察大队 ("宁都县公安局交通警察大队"):
 *                                       an agency apart from the one named without the bureau
 *   r16-detachment-capital-table.txt    a 自评表 of a "赣州市公安交通管理支队", its 主管部门 the city's
 *                                       公安局, the fund cells in capital numerals ("人民币壹佰万元",
 *                                       "玖拾陆万捌仟元整")
 *   r16-capital-amount-summary.txt      a summary whose amount cells mix figures, whole capital amounts
 *                                       (one with its figure in brackets) and cells that only contain
 *                                       one ("约壹拾万元", "壹拾贰万伍仟"), which stay null
 *   r16-finance-bureau.txt              a 县财政局's report on its own project: no police agency
 *   npx tsx scripts/make-round16-fixtures.ts [out-dir]
 * Plain UTF-8 text, byte-for-byte reproducible.
 */
import { tsv, writeLayoutFixtures } from './layout-fixtures.ts';

const FIXTURES: Record<string, string> = {
  'r16-division-brigade-narrative.txt': `宁都县交警大队2023年度道路交通安全设施维护项目支出绩效自评报告
单位名称：宁都县交警大队

一、项目基本情况
道路交通安全设施维护项目由我大队组织实施，主要用于国省干道交通标志标线、信号灯和护栏的维护更新。

二、项目资金使用情况
2023年该项目年初预算60万元，全年预算64万元，全年实际支出62.08万元，预算执行率97%。

三、绩效自评结论
经综合评价，该项目自评得分92分，自评等级为优。

四、存在的问题
（一）部分乡道交通标志老化，更新进度滞后。
（二）维护项目验收标准不统一，考核依据不足。

宁都县交警大队
2024年3月20日
`,

  'r16-bureau-brigade-summary.txt': tsv([
    '宁都县公安局交通警察大队2023年度项目支出绩效自评结果汇总表',
    '单位：万元',
    ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分', '自评等级'],
    ['1', '交通事故快处快赔中心运行', '22.00', '24.00', '23.52', '98.00%', '94', '优'],
    ['2', '酒驾醉驾专项整治', '15.00', '15.00', '14.25', '95.00%', '91', '优'],
    ['合计', '', '37.00', '39.00', '37.77', '96.85%', '', ''],
  ]),

  'r16-detachment-capital-table.txt': tsv([
    '赣州市公安交通管理支队2023年度项目支出绩效自评表',
    '填报单位：赣州市公安交通管理支队',
    ['项目名称', '城区智能交通信号控制系统运维', '', '', '', '', '', ''],
    ['主管部门', '赣州市公安局', '', '', '实施单位', '赣州市公安交通管理支队', '', ''],
    ['项目资金', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '人民币壹佰万元', '壹佰万元整', '玖拾陆万捌仟元整', '10', '96.8%', '9.7'],
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
    ['产出指标', '数量指标', '运维信号控制路口', '30', '≥120个', '126个', '30', ''],
    ['', '质量指标', '信号机故障修复率', '20', '≥95%', '97%', '20', ''],
    [
      '效益指标',
      '社会效益指标',
      '高峰时段主干道平均车速提升',
      '30',
      '≥5%',
      '4.2%',
      '26',
      '部分路口改造施工影响',
    ],
    ['满意度指标', '服务对象满意度指标', '市民出行满意度', '10', '≥90%', '93%', '10', ''],
    ['总分', '', '', '100', '', '', '95.7', ''],
    ['自评等级', '优', '', '', '', '', '', ''],
  ]),

  'r16-capital-amount-summary.txt': tsv([
    '石城县公安局2023年度项目支出绩效自评结果汇总表',
    '单位：万元',
    ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分', '自评等级'],
    [
      '1',
      '执法记录仪购置',
      '壹拾贰万伍仟元整',
      '壹拾贰万伍仟元整（小写：125000元）',
      '12.40',
      '99.20%',
      '96',
      '优',
    ],
    ['2', '反诈宣传经费', '约壹拾万元', '壹拾贰万伍仟', '9.60', '96.00%', '92', '优'],
    ['3', '警用车辆维修', '20.00', '人民币贰拾万零伍佰元', '19.80', '98.75%', '90', '优'],
  ]),

  'r16-finance-bureau.txt': `宁都县财政局2023年度财政票据电子化改革项目支出绩效自评报告
单位名称：宁都县财政局

一、项目基本情况
财政票据电子化改革项目由我局组织实施，主要用于非税收入电子票据系统建设和运行维护。

二、项目资金使用情况
2023年该项目年初预算30万元，全年预算30万元，全年实际支出28.5万元，预算执行率95%。

三、绩效自评结论
经综合评价，该项目自评得分90分，自评等级为优。

宁都县财政局
2024年3月25日
`,
};

writeLayoutFixtures(FIXTURES);
