/**
 * CSV → text form: bytes decoded first (GBK CSVs from Excel are common), delimiter detected by
 * papaparse, every record → one tab row (a quoted line break inside a field → a space), rows padded
 * to the widest record, a blank line at the end. Blank or all-empty records (",,,") → blank lines.
 * A file whose records wrap every cell in typographic quotes (“…”,“…” — Word/WPS autocorrect, or a
 * tool writing Windows-1252 quotes) has them read as CSV quotes.
 */
import Papa from 'papaparse';
import { decodeText, type DecodedText } from '../decode.ts';
import { gridLines } from './table.ts';

export function csvToText(bytes: Uint8Array): DecodedText {
  const decoded = decodeText(bytes);
  return { text: csvTextToText(decoded.text), encoding: decoded.encoding };
}

export function csvTextToText(csv: string): string {
  const parsed = Papa.parse<string[]>(typographicQuotesToAscii(csv).replace(/\n+$/, ''), {
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
  });
  const lines = gridLines(parsed.data);
  return `${lines.join('\n')}\n`;
}

const OPEN = '\u201c';
const CLOSE = '\u201d';
const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * Records quoted with “ ” instead of ": when most non-empty lines start with “ and end with ”, those
 * lines are re-quoted with ASCII quotes (a field is “…” up to a ” followed by the delimiter or the
 * line end, so a delimiter inside it stays in the cell); other lines are left alone.
 */
export function typographicQuotesToAscii(csv: string): string {
  if (!csv.includes(OPEN)) return csv;
  const lines = csv.split('\n');
  const quoted = (l: string): boolean => l.startsWith(OPEN) && l.trimEnd().endsWith(CLOSE);
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const fully = nonEmpty.filter(quoted);
  if (fully.length * 2 < nonEmpty.length) return csv;
  const delimiter = DELIMITERS.map((d) => ({
    d,
    n: fully.reduce((sum, l) => sum + l.split(`${CLOSE}${d}${OPEN}`).length - 1, 0),
  })).sort((a, b) => b.n - a.n)[0];
  if (!delimiter || delimiter.n === 0) return csv;
  return lines.map((l) => (quoted(l) ? requote(l.trimEnd(), delimiter.d) : l)).join('\n');
}

function requote(line: string, d: string): string {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line.startsWith(OPEN, i)) {
      let close = line.indexOf(CLOSE, i + 1);
      while (close >= 0 && close + 1 < line.length && line[close + 1] !== d)
        close = line.indexOf(CLOSE, close + 1);
      if (close >= 0) {
        fields.push(`"${line.slice(i + 1, close).replace(/"/g, '""')}"`);
        i = close + 2;
        continue;
      }
    }
    let next = line.indexOf(d, i);
    if (next < 0) next = line.length;
    const raw = line.slice(i, next);
    fields.push(raw.includes('"') ? `"${raw.replace(/"/g, '""')}"` : raw);
    i = next + 1;
  }
  return fields.join(d);
}
