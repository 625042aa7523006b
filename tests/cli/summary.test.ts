import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/summary.ts';
import { rowCounts } from '../../src/data/manifest.ts';
import { sampleTables } from '../data/sample-tables.ts';

describe('formatSummary', () => {
  it('counts files by status, records per table and flags by rule, on one screen', () => {
    const tables = sampleTables();
    tables.flags.push(
      { ...tables.flags[0]!, flag_id: 'f-2' },
      { ...tables.flags[0]!, flag_id: 'f-3', rule: 'amount_conflict' },
    );
    const text = formatSummary({
      outDir: 'data/',
      statuses: ['ok', 'ok', 'partial', 'error', 'unrecognized', 'ok'],
      rows: rowCounts(tables),
      flagRules: tables.flags.map((flag) => flag.rule),
      invalidRows: 2,
      filesWritten: 8,
    });
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(lines[0]).toBe('完成：6 个文件 → data/（写出 8 个文件）');
    expect(text).toContain('正常 3 · 部分识别 1 · 未识别 1 · 错误 1');
    expect(text).toContain('单位 1 · 项目 1 · 部门 0 · 指标 1 · 问题 1');
    expect(text).toContain('可信度标记 3');
    expect(text).toMatch(/execution_rate_mismatch +2 +填报执行率与计算不符/);
    expect(text).toMatch(/amount_conflict +1 +同一项目金额前后不一/);
    expect(text).not.toContain('weights_not_100');
    expect(text).toContain('无效行（未写出）2');
  });
});
