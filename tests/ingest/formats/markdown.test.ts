import { describe, expect, it } from 'vitest';
import { inlineText, markdownToText } from '../../../src/ingest/formats/markdown.ts';

describe('markdownToText', () => {
  it('maps line N to line N: headings, blank lines, tables, delimiter row', () => {
    const md = [
      '# 一、项目概况 #',
      '',
      '| 项目 | 金额 |',
      '|:---|---:|',
      '| 年初预算数 | 150 |',
      '| 全年执行数 |',
      '',
      '## 二、问题',
    ].join('\n');
    expect(markdownToText(md).split('\n')).toEqual([
      '一、项目概况',
      '',
      '项目\t金额',
      '',
      '年初预算数\t150',
      '全年执行数\t',
      '',
      '二、问题',
    ]);
  });

  it('accepts rows without outer pipes and escaped pipes inside cells', () => {
    const md = '指标 | 值\n--- | ---\n达标率 \\| 合格率 | 100%\n\n正文';
    expect(markdownToText(md)).toBe('指标\t值\n\n达标率 | 合格率\t100%\n\n正文');
  });

  it('reads pipe-fenced rows without a delimiter row as a table', () => {
    expect(markdownToText('| 总分 | 100 | 90.6 |\n| 等级 | 优 |')).toBe('总分\t100\t90.6\n等级\t优\t');
  });

  it('a sentence with a pipe is not a table', () => {
    expect(markdownToText('预算|执行情况见附表')).toBe('预算|执行情况见附表');
  });

  it('removes emphasis, links, images, quote marks and bullets; keeps numbering', () => {
    const md = [
      '**项目名称：**某某项目',
      '> 引用 *强调* 与 ~~删除~~',
      '- 第一条',
      '1. 第一条',
      '[附件](http://x/y.pdf) ![图1](a.png)',
      'snake_case_name 保留',
    ].join('\n');
    expect(markdownToText(md).split('\n')).toEqual([
      '项目名称：某某项目',
      '引用 强调 与 删除',
      '第一条',
      '1. 第一条',
      '附件 图1',
      'snake_case_name 保留',
    ]);
  });

  it('keeps fenced code verbatim and blanks the fences', () => {
    expect(markdownToText('```\n**不变** | a |\n```\n后')).toBe('\n**不变** | a |\n\n后');
  });

  it('turns rules and setext underlines into blank lines', () => {
    expect(markdownToText('标题\n===\n正文\n\n---\n尾')).toBe('标题\n\n正文\n\n\n尾');
  });
});

describe('inlineText', () => {
  it('decodes entities and inline HTML, <br> in a cell → space', () => {
    expect(inlineText('1、甲<br>2、乙 &ge;90% &amp; <span>字</span>')).toBe('1、甲 2、乙 ≥90% & 字');
  });

  it('drops script elements but keeps escaped or code markup as text', () => {
    expect(inlineText('前<script>alert(1)</script>后')).toBe('前后');
    expect(inlineText('`<script>` 与 \\<b> 与 \\*星号\\*')).toBe('<script> 与 <b> 与 *星号*');
  });
});
