import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, declaredCharset, htmlToText } from '../../../src/ingest/formats/html.ts';
import { toTextSync } from '../../../src/ingest/formats/index.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('htmlToText: tables', () => {
  it('lays out rowspan and colspan as empty cells, pads rows, ends with a blank line', () => {
    const html = `<table>
      <tr><td rowspan="3">项目资金</td><td colspan="2">年初预算数</td><td>得分</td></tr>
      <tr><td>150</td><td>150</td><td rowspan="2">6.6</td></tr>
      <tr><td colspan="2">—</td></tr>
      <tr><td>总分</td></tr>
    </table><p>之后</p>`;
    expect(htmlToText(html)).toBe(
      ['项目资金\t年初预算数\t\t得分', '\t150\t150\t6.6', '\t—\t\t', '总分\t\t\t', '', '之后', ''].join('\n'),
    );
  });

  it('rowspan=0 spans to the end of the table; absurd spans are capped', () => {
    expect(htmlToText('<table><tr><td rowspan=0>A</td><td>1</td></tr><tr><td>2</td></tr></table>')).toBe(
      'A\t1\n\t2\n\n',
    );
    const wide = htmlToText('<table><tr><td colspan="99999">x</td></tr></table>');
    expect(wide.split('\n')[0]?.split('\t')).toHaveLength(1000);
  });

  it("joins a cell's lines and paragraphs with one space; tabs in text never split a cell", () => {
    expect(htmlToText('<table><tr><td><p>1、甲</p><p>2、乙</p></td><td>a<br>b\tc</td></tr></table>')).toBe(
      '1、甲 2、乙\ta b c\n\n',
    );
  });

  it('puts caption and stray table text before the rows; flattens a nested table into its cell', () => {
    const html =
      '<table><caption>表1 项目资金</caption>说明<tr><td>x</td><td>y<table><tr><td>n1</td><td>n2</td></tr></table></td></tr></table>';
    expect(htmlToText(html)).toBe('表1 项目资金\n说明\nx\ty n1 n2\n\n');
  });

  it('closes unclosed cells, rows and tables', () => {
    expect(htmlToText('<table><tr><td>a<td>b<tr><td>c')).toBe('a\tb\nc\t\n\n');
  });
});

describe('htmlToText: text', () => {
  it('one line per block, whitespace collapsed, entities decoded', () => {
    const html =
      '<h1>项目支出&nbsp;绩效&amp;自评表</h1>\n<div>一、  基本\n情况<br>二、&ldquo;雪亮工程&rdquo; &ge;90%</div><p></p><li>第一项</li>';
    expect(htmlToText(html)).toBe('项目支出 绩效&自评表\n一、 基本情况\n二、“雪亮工程” ≥90%\n第一项\n');
  });

  it('drops <script>, <style> and <head>; escaped markup stays as text, never as a tag', () => {
    const html = `<html><head><title>标题</title><style>p{color:red}</style><script>document.write('注入')</script></head>
      <body><p>正文&lt;script&gt;alert(1)&lt;/script&gt;</p><script>var a = "<p>不是正文</p>";</script><noscript>请启用脚本</noscript></body></html>`;
    expect(htmlToText(html)).toBe('正文<script>alert(1)</script>\n');
  });

  it('keeps <pre> lines', () => {
    expect(htmlToText('<p>前</p><pre>\n第一行\n  第二行</pre><p>后</p>')).toBe('前\n第一行\n  第二行\n后\n');
    expect(htmlToText('<table><tr><td><pre>a\n  b</pre></td></tr></table><p>x   y</p>')).toBe('a b\n\nx y\n');
  });

  it('returns empty text for a document without text', () => {
    expect(htmlToText('<html><head><title>x</title></head><body> </body></html>')).toBe('');
  });
});

describe('HTML charset', () => {
  const page = (charset: string, body: string): string =>
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>${body}</p></body></html>`;

  it('reads the declared charset (meta charset, http-equiv, xml declaration)', () => {
    expect(declaredCharset(utf8('<meta charset="GB2312">'))).toBe('gb18030');
    expect(declaredCharset(utf8(page('big5', 'x')))).toBe('big5');
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="GBK"?><html>'))).toBe('gb18030');
    expect(declaredCharset(utf8('<html><p>charset</p>'))).toBeNull();
  });

  it('decodes a GBK page by its meta charset', () => {
    const bytes = new Uint8Array(iconv.encode(page('gbk', '执行率66%'), 'gbk'));
    expect(toTextSync('a.htm', bytes)).toEqual({ text: '执行率66%\n', encoding: 'gb18030', format: 'html' });
  });

  it('trusts valid UTF-8 bytes over a stale <meta charset=gbk>', () => {
    expect(decodeHtml(utf8(page('gbk', '执行率66%'))).encoding).toBe('utf-8');
  });

  it('decodes a Big5 page by its meta charset', () => {
    const bytes = new Uint8Array(iconv.encode(page('big5', '預算執行率'), 'big5'));
    expect(toTextSync('a.html', bytes)).toEqual({ text: '預算執行率\n', encoding: 'big5', format: 'html' });
  });
});
