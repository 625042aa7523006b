/**
 * Tab-separated text as spreadsheets export it ("文本文件(制表符分隔)", .tsv/.txt): a cell holding
 * a line break (Alt+Enter), a tab or a quote is written in quotes, "" for a quote inside — so a
 * two-line header cell "项目资金\n（万元）" splits its row over two lines. joinQuotedTabFields
 * puts such a row back on one line, its quoted cells unquoted and their line breaks → a space.
 * Only well-formed quoting is touched: a quote opening a field, closed by a quote followed by a
 * tab or the line's end, quotes inside doubled, the row holding a tab. Anything else — a sentence
 * such as `"十四五"规划项目` — stays verbatim. Text after a joined row moves up by the lines joined.
 */

/** A record spans at most this many lines (a cell of a few short paragraphs). */
const MAX_LINES = 20;

export function joinQuotedTabFields(text: string): string {
  if (!text.includes('"') || !text.includes('\t')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!(line.startsWith('"') || line.includes('\t"'))) {
      out.push(line);
      continue;
    }
    const record = readRecord(lines, i);
    if (record) {
      out.push(record.fields.join('\t'));
      i = record.last;
    } else out.push(line);
  }
  return out.join('\n');
}

/** The tab record starting at line `first`, or null when its quoting is not well formed. */
function readRecord(lines: readonly string[], first: number): { fields: string[]; last: number } | null {
  const fields: string[] = [];
  let row = first;
  let line = lines[row] ?? '';
  let at = 0;
  let quoted = false;
  for (;;) {
    if (line[at] === '"') {
      quoted = true;
      let value = '';
      at++;
      for (;;) {
        const close = line.indexOf('"', at);
        if (close < 0) {
          // The cell goes on on the next line.
          value += `${line.slice(at)} `;
          row++;
          if (row >= lines.length || row - first >= MAX_LINES) return null;
          line = lines[row] ?? '';
          at = 0;
          continue;
        }
        value += line.slice(at, close);
        if (line[close + 1] === '"') {
          value += '"';
          at = close + 2;
          continue;
        }
        at = close + 1;
        if (at < line.length && line[at] !== '\t') return null;
        break;
      }
      fields.push(value.replace(/\s+/g, ' ').trim());
    } else {
      const tab = line.indexOf('\t', at);
      const end = tab < 0 ? line.length : tab;
      fields.push(line.slice(at, end));
      at = end;
    }
    if (at >= line.length) break;
    at++; // the tab
    if (at === line.length) {
      fields.push('');
      break;
    }
  }
  return quoted && fields.length > 1 ? { fields, last: row } : null;
}
