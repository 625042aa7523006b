/**
 * Minimal reproductions of parser gaps the synthetic corpus once found; each asserts the correct
 * extraction, so the gap stays closed.
 */
import { describe, expect, it } from 'vitest';
import type { Tables } from '../../src/data/schema.ts';
import { assembleTables, parseDocument } from '../../src/ingest/pipeline.ts';

function ingest(file: string, lines: readonly string[]): Tables {
  const doc = parseDocument({ file, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) });
  return assembleTables([doc]);
}

const names = (t: Tables): string[] => t.projects.map((p) => p.name).sort();

describe('parser gaps found by the synthetic corpus', () => {
  // Control: the same sentence without thousands separators is read (so the gap is the commas).
  it('control: department figures in prose without separators are read', () => {
    const t = ingest('dept-plain.txt', [
      '青禾县公安局部门整体支出绩效自评报告',
      '（2023年度）',
      '2023年度，本部门年初预算为12345600元，实际支出11000000元，预算执行率为89.10%。',
    ]);
    expect(t.departments[0]).toMatchObject({
      budget_initial: 1234.56,
      executed: 1100,
      execution_rate_reported: 0.891,
    });
  });

  // extract/department.ts: AMOUNT is (\d+(?:\.\d+)?) — "12,345,600元" is read as "600元" or not at all.
  it('prose-thousands: department figures with thousands separators ("12,345,600元")', () => {
    const t = ingest('dept-thousands.txt', [
      '青禾县公安局部门整体支出绩效自评报告',
      '（2023年度）',
      '2023年度，本部门年初预算为12,345,600元，实际支出11,000,000元，预算执行率为89.10%。',
    ]);
    expect(t.departments[0]).toMatchObject({
      budget_initial: 1234.56,
      executed: 1100,
      execution_rate_reported: 0.891,
    });
  });

  // extract/document-info.ts: LEADING_NOISE strips 本/对/向/经/由/我 — "本溪…" becomes "溪…" (6 of the
  // 3,204 agencies of the gazetteer pool: 本溪市公安局 and its branches, 本溪满族自治县公安局).
  it('agency-leading-word: an agency named 本溪… keeps its first character', () => {
    const t = ingest('benxi.txt', [
      '本溪满族自治县公安局',
      '专项项目绩效自评报告',
      '（2021年度）',
      '警用装备购置项目，年初预算150万元，实际支出148.5万元，预算执行率99%。',
    ]);
    expect(t.documents[0]?.agency).toBe('本溪满族自治县公安局');
  });

  // extract/narrative.ts: NOT_A_NAME_START rejects names opening with a digit or 经/全/各/在/为/本…
  // ("110接处警…", "经济犯罪…"); the rejected line then falls through to the department reader,
  // so its figures become the department's when the report states none of its own.
  it('narrative-name-start: paragraphs of "110…" and "经济…" projects are projects', () => {
    const t = ingest('names.txt', [
      '青禾县公安局',
      '专项项目绩效自评报告',
      '（2022年度）',
      '经济犯罪侦查专项经费项目，年初预算20万元，实际支出18万元，预算执行率90%。',
      '110接处警系统升级改造项目，年初预算50万元，实际支出45万元，预算执行率90%。',
      '警用装备购置项目，年初预算150万元，实际支出148.5万元，预算执行率99%。',
    ]);
    expect(names(t)).toEqual(['110接处警系统升级改造', '经济犯罪侦查专项经费', '警用装备购置'].sort());
    expect(t.departments).toEqual([]);
  });

  // extract/summary-table.ts: after a page footer the header row printed again is read as a data
  // row named "项目名称".
  it('repeated-header: a summary header repeated after a page break is no project', () => {
    const t = ingest('repeat.txt', [
      '青禾县公安局2023年度项目支出绩效自评结果汇总表',
      '序号\t项目名称\t年初预算数\t全年执行数\t自评得分',
      '1\t警用装备购置项目\t150\t148.5\t96',
      '2\t禁毒宣传教育专项经费\t30\t27\t92',
      '',
      '第 1 页 共 2 页',
      '',
      '序号\t项目名称\t年初预算数\t全年执行数\t自评得分',
      '3\t执法记录仪购置项目\t80\t80\t95',
    ]);
    expect(names(t)).toEqual(['执法记录仪购置项目', '禁毒宣传教育专项经费', '警用装备购置项目'].sort());
  });

  // extract/project-table.ts parseIndicatorRow works on filled(row): an empty 实际完成值 drops out,
  // so 分值 is read as the actual value and 得分 as the weight → false total_not_sum.
  it('blank-indicator-cell: an empty 实际完成值 keeps 分值 and 得分 in their columns', () => {
    const t = ingest('blank.txt', [
      '项目支出绩效自评表',
      '（2023年度）',
      '项目名称\t警用装备购置项目\t\t\t\t\t\t\t',
      '主管部门\t青禾县公安局\t\t\t实施单位\t青禾县公安局\t\t\t',
      '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t',
      '\t年度资金总额\t100\t100\t100\t10\t100%\t10\t',
      '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '\t产出指标\t数量指标\t采购设备数量\t10台\t10台\t50\t50\t无偏差',
      '\t效益指标\t社会效益指标\t群众安全感\t≥90%\t\t30\t28\t宣传不足',
      '\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t10\t10\t无偏差',
      '总分\t\t\t\t\t\t100\t98\t',
    ]);
    expect(t.indicators.map((i) => [i.weight, i.score])).toEqual([
      [50, 50],
      [30, 28],
      [10, 10],
    ]);
    expect(t.flags.map((f) => f.rule)).toEqual([]);
  });
});
