import { describe, expect, it } from 'vitest';
import {
  fundFieldOf,
  indicatorFieldOf,
  level1Of,
  level2Of,
  scoreWithGrade,
  summaryFieldOf,
} from '../../src/ingest/extract/labels.ts';

describe('scoreWithGrade', () => {
  it('reads a score and a grade stated in one cell, either way round', () => {
    expect(scoreWithGrade('91分（优）')).toEqual({ score: 91, grade: '优' });
    expect(scoreWithGrade('78.5分(中)')).toEqual({ score: 78.5, grade: '中' });
    expect(scoreWithGrade('86 （良好）')).toEqual({ score: 86, grade: '良好' });
    expect(scoreWithGrade('优（92分）')).toEqual({ score: 92, grade: '优' });
  });
  it('is null for a cell stating one of them, or anything else', () => {
    expect(scoreWithGrade('91')).toBeNull();
    expect(scoreWithGrade('优')).toBeNull();
    expect(scoreWithGrade('91分（满分100分）')).toBeNull();
    expect(scoreWithGrade('2023年（优化）')).toBeNull();
  });
});

describe('header synonyms of round 7', () => {
  it('reads 预算安排数 as the budget, 全年实际完成值 as the actual value', () => {
    expect(fundFieldOf('预算安排数')).toBe('budget_initial');
    expect(summaryFieldOf('预算安排数（万元）')).toBe('budget_initial');
    expect(fundFieldOf('预算安排情况说明')).toBeNull();
    expect(indicatorFieldOf('全年实际完成值')).toBe('actual');
    expect(indicatorFieldOf('年度实际完成值')).toBe('actual');
    expect(indicatorFieldOf('未完成原因和改进措施')).toBe('reason');
  });
});

describe('header synonyms of round 9', () => {
  it('reads 扣分原因 as the reason, 权重（%） as the weight, 评价结果 as the grade', () => {
    expect(indicatorFieldOf('扣分原因')).toBe('reason');
    expect(indicatorFieldOf('扣分说明')).toBe('reason');
    expect(indicatorFieldOf('权重（%）')).toBe('weight');
    expect(indicatorFieldOf('实际得分')).toBe('score');
    expect(summaryFieldOf('评价结果')).toBe('grade');
    expect(summaryFieldOf('自评结果（等级）')).toBe('grade');
    expect(summaryFieldOf('评价结果应用情况')).not.toBe('grade');
  });
});

describe('cells ruled out before the header vocabulary is searched', () => {
  it('reads no field from a cell without a hanzi', () => {
    for (const cell of ['193.86', '—', '', '  ', '10%', 'n/a']) {
      expect(fundFieldOf(cell)).toBeNull();
      expect(summaryFieldOf(cell)).toBeNull();
      expect(indicatorFieldOf(cell)).toBeNull();
    }
  });
  it('still reads level labels split by OCR spacing ("经济 效益", "满 意 度")', () => {
    expect(level1Of('产出 指标')).toBe('产出指标');
    expect(level2Of('经济 效益')).toBe('经济效益指标');
    expect(level2Of('可持续影响')).toBe('可持续影响指标');
    expect(level2Of('满 意 度')).toBe('满意度指标');
    expect(level1Of('新建监控点位数量')).toBeNull();
    expect(level2Of('群众安全感')).toBeNull();
  });
});
