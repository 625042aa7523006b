/** memoizeText: answers as the function would, caches while below its limit, never grows past it. */
import { describe, expect, it } from 'vitest';
import { memoizeText } from '../../src/ingest/memo.ts';

function counted<T>(fn: (text: string) => T): { calls: string[]; fn: (text: string) => T } {
  const calls: string[] = [];
  return {
    calls,
    fn: (text) => {
      calls.push(text);
      return fn(text);
    },
  };
}

describe('memoizeText', () => {
  it('calls the function once per distinct text, undefined and null answers included', () => {
    const { calls, fn } = counted((t) => (t === 'u' ? undefined : t === 'n' ? null : t.length));
    const memo = memoizeText(fn);
    for (let k = 0; k < 3; k++) {
      expect(memo('u')).toBeUndefined();
      expect(memo('n')).toBeNull();
      expect(memo('abc')).toBe(3);
    }
    expect(calls).toEqual(['u', 'n', 'abc']);
  });
  it('answers texts past a full cache by calling the function, and keeps the cached ones', () => {
    const { calls, fn } = counted((t) => t.length);
    const memo = memoizeText(fn, 2);
    memo('a');
    memo('ab');
    expect(memo('abc')).toBe(3);
    expect(memo('abc')).toBe(3);
    expect(memo('a')).toBe(1);
    expect(memo('ab')).toBe(2);
    expect(calls).toEqual(['a', 'ab', 'abc', 'abc']);
  });
  it('does not cache long texts', () => {
    const { calls, fn } = counted((t) => t.length);
    const memo = memoizeText(fn);
    const long = '长'.repeat(81);
    memo(long);
    memo(long);
    expect(calls).toHaveLength(2);
  });
});
