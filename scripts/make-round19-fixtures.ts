/**
 * Writes the round-19 fixtures (tests/fixtures/layouts/r19-*): invented agencies' narrative reports
 * in layouts earlier rounds did not cover —
 *   r19-grade-in-words.txt            one project's report stating its grade in words only
 *                                     ("经综合评价，本项目自评等级为“良”。"), no score
 *   r19-result-in-words.txt           the same with "评价结果为优秀。"
 *   r19-score-over-full-marks.txt     the score written over its full marks ("自评得分：95/100")
 *   r19-problems-two-columns.txt      problems in a "存在问题 | 整改措施" table without a 序号 column
 *   r19-numbered-label-lines.txt      numbered project headings, each followed by its own
 *                                     "预算：…万元" / "支出：…万元" / "得分：95" lines
 *   r19-numbered-figures-score.txt    numbered project headings, each followed by one sentence of
 *                                     its figures ending in its score ("…，自评得分95分。")
 *   npx tsx scripts/make-round19-fixtures.ts [out-dir]
 * Plain UTF-8 text, byte-for-byte reproducible.
 */
import { tsv, writeLayoutFixtures } from './layout-fixtures.ts';

/** A one-project report: its title, funds sentence and conclusion lines. */
function projectReport(title: string, funds: string, conclusion: readonly string[]): string {
  return tsv([title, '一、项目资金情况', funds, '二、自评结论', ...conclusion]);
}

const FIXTURES: Record<string, string> = {
  'r19-grade-in-words.txt': projectReport(
    '万安县公安局2023年度社区警务室建设项目绩效自评报告',
    '社区警务室建设项目全年预算70万元，实际支出63万元，预算执行率90%。',
    ['经综合评价，本项目自评等级为“良”。'],
  ),

  'r19-result-in-words.txt': projectReport(
    '永丰县公安局2023年度治安巡逻车辆运维项目绩效自评报告',
    '治安巡逻车辆运维项目全年预算30万元，实际支出30万元，预算执行率100%。',
    ['评价结果为优秀。'],
  ),

  'r19-score-over-full-marks.txt': projectReport(
    '吉州区公安分局2023年度户籍业务经费项目绩效自评报告',
    '户籍业务经费项目全年预算15万元，实际支出14.7万元，预算执行率98%。',
    ['自评得分：95/100，等级为优。'],
  ),

  'r19-problems-two-columns.txt': tsv([
    '永新县公安局2023年度监管场所改造项目绩效自评报告',
    '一、项目资金情况',
    '监管场所改造项目全年预算90万元，实际支出81万元，预算执行率90%。',
    '二、自评结论',
    '项目自评得分88分，等级为良。',
    '三、存在问题及整改措施',
    ['存在问题', '整改措施'],
    ['部分监室改造工程进度滞后', '加强施工进度督导，按月通报'],
    ['工程尾款支付不及时', '优化支付审批流程'],
  ]),

  'r19-numbered-label-lines.txt': tsv([
    '吉安县公安局2023年度项目支出绩效自评报告',
    '（一）公安视频监控运维项目',
    '预算：120万元',
    '支出：115.2万元',
    '得分：95',
    '（二）执法办案中心运行经费项目',
    '预算：45万元',
    '支出：42.75万元',
    '得分：91',
    '（三）交通管理设施维护项目',
    '预算：30万元',
    '支出：30万元',
    '得分：97',
  ]),

  'r19-numbered-figures-score.txt': tsv([
    '泰和县公安局2023年度项目支出绩效自评报告',
    '一、警用无人机购置项目',
    '全年预算80万元，实际支出76万元，预算执行率95%，自评得分93分。',
    '二、反诈宣传经费',
    '全年预算40万元；实际支出39.2万元；得分：96分',
    '三、禁毒宣传教育项目',
    '全年预算20万元，实际支出18万元，预算执行率90%。',
    '自评等级为“良”。',
  ]),
};

writeLayoutFixtures(FIXTURES);
