import { describe, expect, it } from 'vitest';
import { DEFAULT_IN, DEFAULT_OUT, parseIngestArgs } from '../../src/cli/args.ts';

describe('parseIngestArgs', () => {
  it('defaults to data/reports → data/ without extra formats', () => {
    expect(parseIngestArgs([])).toEqual({
      kind: 'run',
      options: {
        inDir: DEFAULT_IN,
        outDir: DEFAULT_OUT,
        json: false,
        csv: false,
        quiet: false,
        taxonomy: 'data/taxonomy.yaml',
      },
    });
    expect(DEFAULT_IN).toBe('data/reports');
  });

  it('reads every flag', () => {
    expect(
      parseIngestArgs(['--in', 'a', '--out=b', '--json', '--csv', '--quiet', '--taxonomy', 't.yaml']),
    ).toEqual({
      kind: 'run',
      options: { inDir: 'a', outDir: 'b', json: true, csv: true, quiet: true, taxonomy: 't.yaml' },
    });
  });

  it('asks for help with --help or -h', () => {
    expect(parseIngestArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseIngestArgs(['-h', '--json'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--jsn'], /未知选项：--jsn/],
    [['reports'], /多余的参数：reports/],
    [['--in'], /选项取值无效/],
    [['--json=yes'], /选项取值无效/],
    [['--out', ''], /--out 不能为空/],
  ])('rejects %j with a clear message', (argv, message) => {
    const parsed = parseIngestArgs(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });
});
