import { describe, expect, it } from 'vitest';
import { createProgress, type ProgressStream } from '../../src/cli/progress.ts';

function stream(isTTY: boolean): ProgressStream & { text: string } {
  return {
    isTTY,
    text: '',
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

function run(total: number, isTTY: boolean, now?: () => number): string {
  const out = stream(isTTY);
  const progress = createProgress(total, out, { label: '文件', quiet: false, now });
  for (let i = 0; i < total; i += 1) progress.tick();
  progress.finish();
  return out.text;
}

describe('progress', () => {
  it('writes a line about every 5 % when stderr is not a terminal', () => {
    const lines = run(200, false).trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe('文件 10/200');
    expect(lines.at(-1)).toBe('文件 200/200');
  });

  it('writes every file when there are fewer than 20', () => {
    expect(run(3, false)).toBe('文件 1/3\n文件 2/3\n文件 3/3\n');
  });

  it('rewrites one line in place on a terminal, throttled, always showing the final count', () => {
    let clock = 0;
    const text = run(1000, true, () => (clock += 1));
    expect(text).not.toMatch(/\n.*\n/);
    expect(text.endsWith('\r文件 1000/1000\n')).toBe(true);
    const draws = text.split('\r').length - 1;
    expect(draws).toBeGreaterThan(5);
    expect(draws).toBeLessThan(20);
  });

  it('is silent with --quiet', () => {
    const out = stream(false);
    const progress = createProgress(10, out, { label: '文件', quiet: true });
    progress.tick();
    progress.finish();
    expect(out.text).toBe('');
  });
});
