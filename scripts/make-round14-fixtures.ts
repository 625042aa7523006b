/**
 * Writes the round-14 encoding fixtures (tests/fixtures/layouts/r14-*.big5.txt, *.gbk.txt):
 * invented agencies' reports in traditional characters, as a Taiwan- or Hong Kong-style export or a
 * mainland report converted would be saved —
 *   r14-twin-traditional.big5.txt   r14-twin-simplified.txt converted to traditional, in Big5
 *   r14-big5-table.big5.txt         a tab-separated 项目支出绩效自评表 in traditional, in Big5
 *   r14-gbk-traditional.gbk.txt     a 部门整体 report converted to traditional, saved as GBK
 * The traditional text is OpenCC's (cn → tw, Taiwan phrases); Big5 has no ≥ and ≤, so they are
 * written ≧ and ≦ as traditional texts do. Each text must convert back to its simplified source
 * (src/ingest/simplify.ts), so the twin's extraction can be compared field by field.
 *   npx tsx scripts/make-round14-fixtures.ts [out-dir]
 * Needs opencc-js (its full build, for cn → tw) and iconv-lite. Byte-for-byte reproducible.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { toSimplified } from '../src/ingest/simplify.ts';

const OUT = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'layouts');
const LAYOUTS = join(import.meta.dirname, '..', 'tests', 'fixtures', 'layouts');

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The simplified text in traditional characters, checked to convert back to itself. */
function traditional(simplified: string, big5Signs: boolean): string {
  const converted = toTraditional(simplified);
  const text = big5Signs ? converted.replace(/≥/g, '≧').replace(/≤/g, '≦') : converted;
  if (toSimplified(text) !== simplified) throw new Error(`does not convert back:\n${text}`);
  return text;
}

function write(name: string, text: string, encoding: 'big5' | 'gbk'): void {
  const bytes = iconv.encode(text, encoding);
  if (iconv.decode(bytes, encoding) !== text) throw new Error(`${name}: a character ${encoding} lacks`);
  writeFileSync(join(OUT, name), bytes);
  console.log(`wrote ${name} (${bytes.length} bytes)`);
}

const TABLE = [
  '兴国县公安局2023年度项目支出绩效自评表',
  '单位：万元',
  '项目名称\t交通安全宣传教育经费\t\t\t\t\t\t\t',
  '主管部门\t兴国县公安局\t\t\t实施单位\t兴国县公安局交通管理大队\t\t\t',
  '项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t',
  '\t年度资金总额\t25.00\t25.00\t24.50\t10\t98%\t9.8\t',
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t开展交通安全宣传活动场次\t≥40场\t42场\t20\t20\t',
  '\t质量指标\t宣传覆盖率\t≥90%\t93%\t20\t20\t',
  '\t时效指标\t宣传活动完成时间\t2023年12月底前\t2023年12月\t10\t10\t',
  '效益指标\t社会效益指标\t道路交通事故起数同比下降\t≥5%\t4.2%\t20\t16\t部分国道路段事故多发，下一步加强路面管控',
  '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t20\t20\t',
  '总分\t\t\t\t\t100\t95.8\t',
  '自评等级\t优\t\t\t\t\t\t',
  '',
].join('\n');

const DEPARTMENT = `寻乌县公安局2023年度部门整体支出绩效自评报告

一、部门基本情况
寻乌县公安局内设机构15个，下辖派出所12个，编制人数326人。

二、部门预算执行情况
2023年度部门年初预算6820.5万元，全年预算7136.2万元，全年实际支出7012.48万元，预算执行率98.27%。

三、部门整体绩效自评结论
经综合评价，部门整体支出绩效自评得分92.5分，等级为优。

四、存在的问题
（一）部分项目预算编制不够细化，年中调整较多。
（二）政府采购项目执行进度偏慢。

寻乌县公安局
2024年3月28日
`;

const twin = readFileSync(join(LAYOUTS, 'r14-twin-simplified.txt'), 'utf8');
write('r14-twin-traditional.big5.txt', traditional(twin, true), 'big5');
write('r14-big5-table.big5.txt', traditional(TABLE, true), 'big5');
// A mainland converter keeps ≥ (GBK has it).
write('r14-gbk-traditional.gbk.txt', traditional(DEPARTMENT, false), 'gbk');
