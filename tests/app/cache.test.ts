import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/app/db/cache.ts';

describe('ResultCache', () => {
  it('answers a repeated key from the cache and evicts the least recently used', async () => {
    const cache = new ResultCache<number>(2);
    let loads = 0;
    const load = (value: number) => () => {
      loads += 1;
      return Promise.resolve(value);
    };
    expect(await cache.get('a', load(1))).toBe(1);
    expect(await cache.get('a', load(99))).toBe(1);
    await cache.get('b', load(2));
    await cache.get('a', load(99)); // a is now the most recent
    await cache.get('c', load(3)); // evicts b
    expect(await cache.get('b', load(4))).toBe(4);
    expect(loads).toBe(4);
    expect(cache.size).toBe(2);
  });

  it('forgets failures so the next call retries', async () => {
    const cache = new ResultCache<number>(4);
    await expect(cache.get('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('x', () => Promise.resolve(5))).toBe(5);
  });
});
