/**
 * Round-8 problem rules: an overrun the report says was funded is no problem, a section that says
 * there is none opens no new section, a mixed "问题及改进措施" cell keeps its labelled problem part,
 * and a chapter heading ends a section its title did not number.
 */
import { describe, expect, it } from 'vitest';
import { sentenceHasCue } from '../../../src/ingest/problems/cues.ts';
import { extractProblems } from '../../../src/ingest/problems/extract.ts';
import { isFillerStatement } from '../../../src/ingest/problems/filler.ts';

const run = (lines: string[]): [number, string][] => extractProblems(lines).map((p) => [p.line, p.text]);

describe('超支 funded from elsewhere', () => {
  it('is no cue when the clause says what paid for the overrun', () => {
    expect(sentenceHasCue('超支部分由单位自有资金弥补。')).toBe(false);
    expect(sentenceHasCue('实际支出492.6万元，超支资金已由上级追加解决。')).toBe(false);
  });
  it('is still a cue when the overrun is stated as such', () => {
    expect(sentenceHasCue('部分项目超支，预算约束不强。')).toBe(true);
    expect(sentenceHasCue('超支部分未及时办理预算调整。')).toBe(true);
  });
  it('keeps the other problem of the sentence', () => {
    expect(run(['三、存在的问题', '项目资金超支部分由单位自有资金弥补，未及时办理预算调整手续。'])).toEqual([
      [2, '项目资金超支部分由单位自有资金弥补，未及时办理预算调整手续'],
    ]);
    expect(run(['实际支出492.6万元，预算执行率102.6%，超支部分由单位自有资金弥补。'])).toEqual([]);
  });
});

describe('a section that says there is no problem', () => {
  it('reads "不存在问题" as a filler', () => {
    expect(isFillerStatement('不存在问题')).toBe(true);
    expect(isFillerStatement('不存在明显问题。')).toBe(true);
  });
  it('opens no section of its own, so the next chapter is no problem', () => {
    expect(run(['二、存在问题及原因分析', '不存在问题。', '三、其他需要说明的情况', '无。'])).toEqual([]);
    expect(
      run(['存在问题及原因分析', '暂无问题', '三、其他需要说明的情况', '本单位无其他需要说明的情况。']),
    ).toEqual([]);
  });
  it('ends an unnumbered problem section at a chapter heading', () => {
    expect(
      run(['存在的问题', '绩效目标设置不够细化。', '三、其他需要说明的情况', '单位年末资产已全部登记入账。']),
    ).toEqual([[2, '绩效目标设置不够细化']]);
  });
});

describe('a "存在问题及改进措施" cell', () => {
  it('keeps every labelled problem, cue or not, and none of the measures', () => {
    expect(
      run([
        '存在问题及改进措施\t问题：项目前期勘察不细，施工中追加了消防改造内容；资金支付进度滞后于工程进度。改进措施：加强前期勘察论证，按工程节点及时支付资金。',
      ]),
    ).toEqual([
      [1, '项目前期勘察不细，施工中追加了消防改造内容'],
      [1, '资金支付进度滞后于工程进度'],
    ]);
  });
  it('reads an unlabelled mixed cell by its cues only', () => {
    expect(run(['存在问题及改进措施\t加强前期勘察论证，按工程节点及时支付资金。'])).toEqual([]);
  });
});
