import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categorize, keywordCategories, similarityScores } from '../../../src/ingest/problems/categorize.ts';
import {
  initSegmenter,
  segmentWords,
  segmenterName,
  setSegmenter,
} from '../../../src/ingest/problems/segment-words.ts';
import { parseKeyword, parseTaxonomy } from '../../../src/ingest/problems/taxonomy.ts';
import { readText } from './helpers.ts';

const taxonomy = parseTaxonomy(readText('data/taxonomy.yaml'));

beforeAll(async () => {
  expect(await initSegmenter()).toBe(true);
});

describe('jieba-wasm in Node', () => {
  it('segments Chinese into words', () => {
    expect(segmenterName()).toBe('jieba');
    expect(segmentWords('从事预算绩效管理的专业人员缺乏')).toEqual(
      expect.arrayContaining(['预算', '绩效', '管理', '专业', '人员', '缺乏']),
    );
  });

  it('falls back to character bigrams without jieba', () => {
    setSegmenter(null);
    try {
      expect(segmenterName()).toBe('bigram');
      expect(segmentWords('维修不及时')).toEqual(['维修', '修不', '不及', '及时']);
      expect(categorize('部分监控点损坏，维修不及时', taxonomy)).toEqual(['设备与系统运维']);
    } finally {
      setSegmenter(null);
    }
  });

  afterAll(async () => {
    // Restore jieba for the other suites of this file.
    expect(await initSegmenter()).toBe(true);
  });
});

describe('parseTaxonomy', () => {
  it('reads data/taxonomy.yaml', () => {
    expect(taxonomy.fallback).toBe('其他');
    expect(taxonomy.categories.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        '预算编制不精准',
        '执行进度滞后',
        '绩效目标不明确/不可量化',
        '指标体系不完善',
        '自评不客观',
        '资金使用不规范',
        '监控与管理机制不健全',
        '项目前期论证不足',
        '设备与系统运维',
        '人员与能力不足',
      ]),
    );
    for (const c of taxonomy.categories) {
      expect(c.description.length).toBeGreaterThan(10);
      expect(c.keywords.length).toBeGreaterThan(0);
    }
  });

  it('parses the keyword syntax', () => {
    expect(parseKeyword('预算编制|预算测算+偏差|不准')).toEqual([
      ['预算编制', '预算测算'],
      ['偏差', '不准'],
    ]);
  });

  it('rejects malformed taxonomies', () => {
    expect(() => parseTaxonomy('categories: []')).toThrow();
    expect(() =>
      parseTaxonomy('categories:\n  - name: A\n    keywords: [x]\n  - name: A\n    keywords: [y]'),
    ).toThrow(/duplicate/);
  });
});

describe('categorize', () => {
  it.each([
    ['预算编制与实际需求偏差较大，年中多次追加', ['预算编制不精准']],
    ['采购合同签订晚，资金支付进度滞后', ['执行进度滞后']],
    ['监控摄像头老化，故障频发', ['设备与系统运维']],
    ['评价结果没有与预算安排挂钩', ['评价结果应用不充分']],
    ['缺少熟悉财务和绩效管理的专业人员', ['人员与能力不足']],
  ])('%s → %j', (text, expected) => {
    expect(categorize(text, taxonomy)).toEqual(expected);
  });

  it('gives several categories when a statement names several problems', () => {
    expect(categorize('财政资金紧张，项目资金到位晚，导致支付滞后', taxonomy)).toEqual([
      '执行进度滞后',
      '资金保障不足',
    ]);
  });

  it('pairs topic and defect within a clause: naming a topic is not a problem', () => {
    expect(keywordCategories('预算编制科学合理，绩效目标清晰', taxonomy)).toEqual([]);
  });

  it('sends statements that match nothing to 其他', () => {
    expect(categorize('警务站选址距离居民区较远', taxonomy)).toEqual(['其他']);
    expect(categorize('', taxonomy)).toEqual(['其他']);
  });

  it('falls back on word similarity when no keyword matches', () => {
    const small = parseTaxonomy(`
fallback: 其他
similarity_threshold: 0.5
categories:
  - name: 装备
    description: 警用装备配备数量少、型号陈旧
    keywords: [装备陈旧]
    phrases: [装备配备数量少]
  - name: 培训
    description: 民警培训次数少
    keywords: [培训不足]
`);
    expect(keywordCategories('单警装备配备数量偏少', small)).toEqual([]);
    expect(similarityScores('单警装备配备数量偏少', small).get('装备')?.score).toBeGreaterThanOrEqual(0.5);
    expect(categorize('单警装备配备数量偏少', small)).toEqual(['装备']);
    expect(categorize('群众满意度调查样本偏少', small)).toEqual(['其他']);
  });
});
