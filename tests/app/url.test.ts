import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/app/filters.ts';
import { formatHash, parseHash, sameFilters, type UrlState } from '../../src/app/state/url.ts';

describe('URL state', () => {
  it('round-trips view, every filter and the selected project', () => {
    const state: UrlState = {
      view: 'quality',
      filters: {
        agency: '承德市公安局 高新区分局&x=1',
        province: '河北省',
        city: '承德市',
        year: 2021,
        grade: '优',
        rule: 'high_score_low_execution',
        category: '绩效目标不明确/不可量化',
      },
      project: 'd1-p3',
    };
    const hash = formatHash(state);
    expect(hash.startsWith('#/quality?')).toBe(true);
    expect(parseHash(hash)).toEqual(state);
  });

  it('writes no query string without filters, and keys in a fixed order', () => {
    expect(formatHash({ view: 'budget', filters: { ...EMPTY_FILTERS }, project: null })).toBe('#/budget');
    const hash = formatHash({
      view: 'scores',
      filters: { ...EMPTY_FILTERS, category: '其他', rule: 'weights_not_100', year: 2020 },
      project: null,
    });
    expect(hash).toBe(`#/scores?year=2020&rule=weights_not_100&category=${encodeURIComponent('其他')}`);
  });

  it('drops what it does not know instead of failing', () => {
    const parsed = parseHash(
      '#/nope?year=20x1&grade=A&rule=drop_table&agency=%20%20&category=&province=' + 'x'.repeat(300),
    );
    expect(parsed.view).toBe('overview');
    expect(sameFilters(parsed.filters, EMPTY_FILTERS)).toBe(true);
    expect(parseHash('').view).toBe('overview');
    expect(parseHash('#/projects?year=1850').filters.year).toBeNull();
  });
});
