/**
 * Writes the round-21 fixtures (tests/fixtures/layouts/r21-*): invented agencies' narrative reports
 * in layouts earlier rounds did not cover —
 *   r21-approximate-amounts.txt       one project's amounts stated approximately ("120余万元",
 *                                     "近118万元")
 *   r21-approximate-department.txt    a department's amounts stated approximately ("约5200万元",
 *                                     "5100余万元")
 *   r21-grade-after-clause.txt        the grade after another clause in its sentence ("项目绩效
 *                                     目标基本完成，自评等级为“良”。")
 *   r21-score-grade-sentences.txt     the score and the grade in two sentences of one line
 *                                     ("自评得分95/100分。自评等级：优。")
 *   r21-rate-score-only.txt           a project named by the title, its report stating only its
 *                                     execution rate, score and grade, no amounts
 *   r21-ordinal-project-list.txt      the projects listed in one sentence, "一是A项目，预算…；二是B
 *                                     项目，…"
 *   r21-project-ordinal-headings.txt  project headings numbered by the word 项目 ("项目一：X项目")
 *   r21-final-score-rank.txt          "该项目最终得分为95.5分（满分100分），评定为“优秀”等次。"
 *   r21-score-points-word.txt         "本项目自评分数为85分，自评等级为良好。"
 *   npx tsx scripts/make-round21-fixtures.ts [out-dir]
 * Plain UTF-8 text, byte-for-byte reproducible.
 */
import { tsv, writeLayoutFixtures } from './layout-fixtures.ts';

/** A one-project report: its title, funds sentence and conclusion lines. */
function projectReport(title: string, funds: string, conclusion: readonly string[]): string {
  return tsv([title, '一、项目资金情况', funds, '二、自评结论', ...conclusion]);
}

const FIXTURES: Record<string, string> = {
  'r21-approximate-amounts.txt': projectReport(
    '于都县公安局2023年度看守所运维项目绩效自评报告',
    '看守所运维项目全年预算120余万元，实际支出近118万元。',
    ['项目自评得分90分，等级为优。'],
  ),

  'r21-approximate-department.txt': tsv([
    '崇义县公安局2023年度部门整体支出绩效自评报告',
    '一、部门基本情况',
    '本部门2023年度全年预算约5200万元，实际支出5100余万元，预算执行率98%。',
    '二、自评结论',
    '部门整体支出绩效自评得分93分，等级为优。',
  ]),

  'r21-grade-after-clause.txt': projectReport(
    '瑞金市公安局2023年度交通安全宣传项目绩效自评报告',
    '交通安全宣传项目全年预算25万元，实际支出24万元，预算执行率96%。',
    ['项目绩效目标基本完成，自评等级为“良”。'],
  ),

  'r21-score-grade-sentences.txt': projectReport(
    '兴国县公安局2023年度禁毒经费项目绩效自评报告',
    '禁毒经费项目全年预算50万元，实际支出48万元，预算执行率96%。',
    ['自评得分95/100分。自评等级：优。'],
  ),

  'r21-rate-score-only.txt': tsv([
    '寻乌县公安局2023年度户政管理项目绩效自评报告',
    '一、项目执行情况',
    '预算执行率为96.8%。',
    '二、自评结论',
    '项目自评得分94分，等级为优。',
  ]),

  'r21-ordinal-project-list.txt': tsv([
    '宁都县公安局2023年度项目支出绩效自评报告',
    '一、项目资金情况',
    '本年度共实施项目2个：一是视频监控建设项目，预算50万元，支出48万元，自评得分96分；二是警务保障项目，全年预算30万元，实际支出30万元，自评得分98分，等级为优。',
    '二、存在问题',
    '部分项目资金支付进度偏慢。',
  ]),

  'r21-project-ordinal-headings.txt': tsv([
    '赣县区公安分局2023年度项目支出绩效自评报告',
    '项目一：视频监控建设项目',
    '全年预算50万元，实际支出48万元，自评得分95分。',
    '项目二：警务保障项目',
    '全年预算30万元，实际支出30万元，自评得分98分。',
  ]),

  'r21-final-score-rank.txt': projectReport(
    '信丰县公安局2023年度指挥中心运维项目绩效自评报告',
    '指挥中心运维项目全年预算60万元，实际支出58万元。',
    ['经自评，该项目最终得分为95.5分（满分100分），评定为“优秀”等次。'],
  ),

  'r21-score-points-word.txt': projectReport(
    '会昌县公安局2023年度交警装备项目绩效自评报告',
    '交警装备项目全年预算80万元，实际支出64万元，预算执行率80%。',
    ['本项目自评分数为85分，自评等级为良好。'],
  ),
};

writeLayoutFixtures(FIXTURES);
