import { describe, expect, it } from 'vitest';
import { bigramDice, clusterProblems } from '../../../src/ingest/problems/cluster.ts';
import { extractProblems } from '../../../src/ingest/problems/extract.ts';
import { readLines } from './helpers.ts';

const cluster = (texts: string[]): string[] => {
  const ids = clusterProblems(texts.map((text, i) => ({ key: `k${i}`, text })));
  return texts.map((_t, i) => ids.get(`k${i}`) ?? '');
};

describe('clusterProblems', () => {
  it('puts identical statements that differ in punctuation, spacing, width or list marker together', () => {
    const ids = cluster([
      '预算编制不够细化。',
      '预算编制不够细化',
      ' 预算 编制不够细化；',
      '（一）预算编制不够细化',
      '预算编制不够细化!',
    ]);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^c[0-9a-f]{12}$/);
  });

  it('puts near-identical statements (one word changed) together', () => {
    const pairs: [string, string][] = [
      ['从事预算绩效管理的专业人员缺乏', '从事预算绩效管理的专业人才缺乏'],
      ['未及时进行项目绩效跟踪、绩效评价工作', '未及时开展项目绩效跟踪、绩效评价工作'],
      ['工程验收进度慢，从而导致结算评审无法按时完成', '工程验收进度较慢，导致结算评审无法按时完成'],
    ];
    for (const [a, b] of pairs) {
      const [x, y] = cluster([a, b]);
      expect(x, `${a} | ${b}`).toBe(y);
    }
  });

  it('keeps different problems apart', () => {
    const texts = [
      '从事预算绩效管理的专业人员缺乏',
      '绩效管理专业人员匮乏，规范管理有盲点',
      '图像监控尚存在无法监控的死角',
      '部分监控点损坏发现维修不及时',
      '预算编制不够精细',
      '预算执行进度滞后',
      '维修不及时',
      '维护不及时',
    ];
    expect(new Set(cluster(texts)).size).toBe(texts.length);
    expect(bigramDice('预算编制不够精细', '预算执行进度滞后')).toBeLessThan(0.3);
  });

  it('is deterministic and independent of input order', () => {
    const texts = [
      '预算编制不够细化',
      '预算编制不够细化。',
      '资金支付进度缓慢',
      '资金支付进度较缓慢',
      '专业人员缺乏',
    ];
    const forward = cluster(texts);
    const backward = cluster([...texts].reverse()).reverse();
    expect(backward).toEqual(forward);
    expect(cluster(texts)).toEqual(forward);
  });

  it('counts the repeated problems of seed 001 as three clusters across its annexes', () => {
    const problems = extractProblems(readLines('data/reports/001_57d721c392cb664d.txt'));
    const ids = clusterProblems(problems.map((p, i) => ({ key: String(i), text: p.text })));
    const byText = new Map<string, Set<string>>();
    problems.forEach((p, i) =>
      byText.set(p.text, (byText.get(p.text) ?? new Set()).add(ids.get(String(i)) ?? '')),
    );
    expect(byText.get('从事预算绩效管理的专业人员缺乏')?.size).toBe(1);
    const repeated = problems.filter((p) => p.text === '从事预算绩效管理的专业人员缺乏').length;
    expect(repeated).toBe(7);
    expect(new Set(ids.values()).size).toBe(byText.size);
  });

  it('handles a few thousand statements quickly', () => {
    const texts = Array.from(
      { length: 3000 },
      (_v, i) => `第${i % 700}号项目资金支付进度缓慢，原因是${['采购', '验收', '结算'][i % 3]}推迟`,
    );
    const t0 = performance.now();
    const ids = cluster(texts);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(ids.every((id) => /^c[0-9a-f]{12}/.test(id))).toBe(true);
  });
});
