/**
 * CSV → text form: bytes decoded first (GBK CSVs from Excel are common), delimiter detected by
 * papaparse, every record → one tab row (a quoted line break inside a field → a space), rows padded
 * to the widest record, a blank line at the end. Blank or all-empty records (",,,") → blank lines.
 */
import Papa from 'papaparse';
import { decodeText, type DecodedText } from '../decode.ts';
import { gridLines } from './table.ts';

export function csvToText(bytes: Uint8Array): DecodedText {
  const decoded = decodeText(bytes);
  return { text: csvTextToText(decoded.text), encoding: decoded.encoding };
}

export function csvTextToText(csv: string): string {
  const parsed = Papa.parse<string[]>(csv.replace(/\n+$/, ''), {
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
  });
  const lines = gridLines(parsed.data);
  return `${lines.join('\n')}\n`;
}
