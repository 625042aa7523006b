/**
 * Table layouts and number conventions beyond the seeds (issue 6), on fixtures written for them:
 * columns in any order with synonyms, headers over two lines, one cell per line, Markdown pipe
 * tables, page footers, line breaks inside cells, full-width digits, 元/亿元, missing values, GBK.
 */
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, ingestFixtures, readFixture, type IngestedTables } from '../helpers/ingest.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');
const FILES = [
  'summary-reordered.txt',
  'project-fullwidth-yuan.txt',
  'one-cell-per-line.txt',
  'markdown-table.md',
  'department-yi.txt',
  'unrelated.txt',
];

let t: IngestedTables;
beforeAll(async () => {
  t = await ingestFixtures(DIR, FILES);
});

describe('summary table: columns in any order, header over two lines, 元, footer, broken cell', () => {
  it('classifies the document and its agency', () => {
    expect(t.docOf('summary-reordered.txt')).toMatchObject({
      doc_kind: 'summary_table',
      agency: '宁陵县公安局',
      year: 2023,
      status: 'ok',
    });
  });
  it('reads each row by header name, converting 元 to 万元', () => {
    expect(t.project('交通管理设施维护')).toMatchObject({
      budget_initial: 125,
      executed: 118,
      execution_rate_reported: 0.944,
      total_score: 95,
      grade: '优',
    });
    expect(t.project('执法记录仪购置')).toMatchObject({
      budget_initial: 80,
      executed: 80,
      total_score: 88,
      grade: '良',
    });
  });
  it('joins a cell broken over two lines and skips the page footer', () => {
    expect(t.project('看守所监控升级改造')).toMatchObject({
      budget_initial: 200,
      executed: 120,
      execution_rate_reported: 0.6,
      total_score: 72,
      grade: '中',
    });
  });
  it('reads "—", "/" and empty as missing (null, never 0)', () => {
    expect(t.project('禁毒宣传经费')).toMatchObject({
      budget_initial: 15,
      executed: null,
      execution_rate_reported: null,
      total_score: null,
      grade: null,
    });
    expect(t.tables.projects.filter((p) => p.sources[0]?.file === 'summary-reordered.txt')).toHaveLength(4);
  });
  it('raises no flag on consistent rows', () => {
    expect(t.flagRules('summary-reordered.txt')).toEqual([]);
  });
});

describe('detailed table: full-width digits, 元 header over two lines, page footer between indicators', () => {
  it('reads the funds block', () => {
    expect(t.project('智慧警务平台运维')).toMatchObject({
      agency: '柘城县公安局',
      year: 2022,
      budget_initial: 300,
      budget_adjusted: 280,
      executed: 252,
      execution_rate_reported: 0.9,
      execution_weight: 10,
      execution_score: 9,
      total_score: 95,
      grade: '优',
      grade_band: '优',
      implementing_unit: '柘城县公安局科技信息化大队',
      indicator_count: 5,
    });
    expect(t.project('智慧警务平台运维').execution_rate).toBeCloseTo(0.9, 6);
  });
  it('reads every indicator with targets, comparators and deviation reasons', () => {
    const ids = t.tables.indicators.filter((i) => i.project_id === t.project('智慧警务平台运维').project_id);
    expect(ids.map((i) => i.name)).toEqual([
      '运维服务器数量',
      '系统故障率（反向指标）',
      '故障响应时间',
      '警情处置效率提升',
      '一线民警满意度',
    ]);
    expect(ids[1]).toMatchObject({
      level1: '产出指标',
      level2: '质量指标',
      target: '≤5%',
      actual: '3%',
      weight: 20,
      score: 20,
    });
    expect(ids[2]).toMatchObject({ weight: 10, score: 8, deviation_reason: '夜间响应偏慢，已调整值班安排' });
    expect(ids[0]?.deviation_reason).toBeNull();
  });
  it('raises no flag when weights, scores and grade agree', () => {
    expect(t.flagRules('project-fullwidth-yuan.txt')).toEqual([]);
  });
  it('still reads the same figures from a GBK copy and records the encoding', async () => {
    const utf8 = readFixture(DIR, 'project-fullwidth-yuan.txt');
    const gbk = new Uint8Array(iconv.encode(new TextDecoder().decode(utf8.bytes), 'gbk'));
    const copy = await ingestFiles([{ file: 'gbk-copy.txt', bytes: gbk }]);
    expect(copy.documents[0]?.encoding).toMatch(/gb/i);
    expect(copy.projects[0]).toMatchObject({
      name: '智慧警务平台运维',
      executed: 252,
      total_score: 95,
      indicator_count: 5,
    });
  });
});

describe('one cell per line (web text export)', () => {
  it('reads the funds, indicators and total', () => {
    expect(t.project('执法办案区智能化改造')).toMatchObject({
      agency: '睢县公安局',
      year: 2023,
      budget_initial: 85,
      budget_adjusted: 85,
      executed: 80.75,
      execution_rate_reported: 0.95,
      execution_score: 9.5,
      total_score: 94.5,
      indicator_count: 3,
    });
    const last = t.tables.indicators
      .filter((i) => i.project_id === t.project('执法办案区智能化改造').project_id)
      .at(-1);
    expect(last).toMatchObject({
      name: '办案民警满意度',
      target: '≥90%',
      actual: '88%',
      weight: 30,
      score: 25,
    });
    expect(t.flagRules('one-cell-per-line.txt')).toEqual([]);
  });
});

describe('Markdown pipe tables', () => {
  it('reads the table and flags over-execution', () => {
    expect(t.project('农村派出所警务用车购置')).toMatchObject({
      agency: '民权县公安局',
      budget_initial: 120,
      budget_adjusted: 126,
      executed: 131.5,
      execution_rate_reported: 1,
      total_score: 95,
      indicator_count: 4,
    });
    expect(t.flagRules('markdown-table.md')).toEqual(['executed_exceeds_budget', 'execution_rate_mismatch']);
  });
});

describe('department-wide evaluation with amounts in 亿元', () => {
  it('converts 亿元 to 万元 and reads the department score', () => {
    const doc = t.docOf('department-yi.txt');
    expect(doc.doc_kind).toBe('department_overall');
    const dept = t.tables.departments.find((d) => d.doc_id === doc.doc_id);
    expect(dept).toMatchObject({
      agency: '永城市公安局',
      year: 2023,
      budget_initial: 13500,
      budget_adjusted: 15200,
      executed: 14896.2,
      execution_rate_reported: 0.98,
      total_score: 93,
    });
    const texts = t.tables.problems.filter((q) => q.doc_id === doc.doc_id).map((q) => q.text);
    expect(texts.some((t) => t.includes('支付进度偏慢'))).toBe(true);
    expect(texts.some((t) => t.includes('难以量化'))).toBe(true);
  });
});

describe('an unrelated document that mentions 预算', () => {
  it('is "unrelated" with no projects, department or flags', () => {
    const doc = t.docOf('unrelated.txt');
    expect(doc).toMatchObject({ doc_kind: 'unrelated', status: 'unrecognized' });
    expect(doc.message).not.toBe('');
    expect(t.tables.departments.some((d) => d.doc_id === doc.doc_id)).toBe(false);
    expect(t.tables.flags.some((f) => f.doc_id === doc.doc_id)).toBe(false);
    expect(t.tables.problems.some((q) => q.doc_id === doc.doc_id)).toBe(false);
    expect(t.tables.agencies.map((a) => a.name)).not.toContain('虞城县公安局');
    expect(t.tables.agencies.map((a) => a.name)).toContain('永城市公安局');
  });
});
