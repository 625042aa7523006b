/**
 * Writes the round-24 fixtures (tests/fixtures/layouts/r24-*): narrative reports whose projects'
 * bureau, score or grade earlier rounds left unread —
 *   r24-bureau-prose-sections.txt   a city's report with one prose part per county bureau
 *                                   ("（一）泰和县公安局"), its projects' figures and scores in sentences
 *   r24-unnamed-score.txt           a generic title ("项目支出绩效自评报告"), the one project named in
 *                                   the body and its score in a line naming none ("项目自评得分90分")
 *   r24-grade-then-total.txt        "自评结果为“优”等次，总分96分。": the grade, then the total score
 *   npx tsx scripts/make-round24-fixtures.ts [out-dir]
 * Plain UTF-8 text, byte-for-byte reproducible.
 */
import { tsv, writeLayoutFixtures } from './layout-fixtures.ts';

const FIXTURES: Record<string, string> = {
  'r24-bureau-prose-sections.txt': tsv([
    '吉安市公安局2023年度项目支出绩效自评报告',
    '一、基本情况',
    '市局统筹指导各县（市、区）公安局开展项目支出绩效自评工作，现将有关情况报告如下。',
    '二、各县局项目自评情况',
    '（一）泰和县公安局',
    '泰和县公安局“天网工程运维”项目年初预算资金120万元，全年实际支出115.6万元，预算执行率96.33%，项目自评得分92分，等级为优。“执法办案中心建设”项目年初预算资金80万元，实际支出72万元，自评得分88分。',
    '（二）永丰县公安局',
    '永丰县公安局“禁毒专项经费”项目年初预算资金45万元，全年实际支出44.1万元，自评得分95分，等级为优。',
    '三、存在的问题',
    '部分项目绩效目标设置不够细化。',
  ]),

  'r24-unnamed-score.txt': tsv([
    '项目支出绩效自评报告',
    '一、项目基本情况',
    '石城县公安局“看守所被监管人员伙食费”项目，2023年年初预算资金65万元，全年预算数65万元，全年执行数63.2万元，预算执行率97.23%。',
    '二、绩效目标完成情况',
    '项目保障了被监管人员伙食标准，全年未发生监管安全事故。',
    '三、自评结论',
    '项目自评得分90分，等级为优。',
  ]),

  'r24-grade-then-total.txt': tsv([
    '会昌县公安局2023年度“社区警务室建设”项目支出绩效自评报告',
    '一、项目概况',
    '“社区警务室建设”项目年初预算资金50万元，全年实际支出48.5万元，预算执行率97%。',
    '二、自评结论',
    '经综合评价，自评结果为“优”等次，总分96分。',
  ]),
};

writeLayoutFixtures(FIXTURES);
