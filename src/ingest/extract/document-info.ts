/**
 * Document-level facts: title, agency (with the other names the document uses for itself) and
 * report year. Read from the title lines first, then labelled cells, then the most frequent
 * mention in the text.
 */
import { compact, parseYear } from '../normalize.ts';
import { filled, rowText, type Row } from '../segment.ts';

const AGENCY_RE =
  /[\u4e00-\u9fa5]{2,24}?(?:公安局|公安系统|公安处)(?:[\u4e00-\u9fa5]{2,14}?分局)?|[\u4e00-\u9fa5]{2,14}?公安分局/g;
/** Words that cannot open an agency name; a match starting with them is trimmed. */
/** Only words no place name starts with (本溪, 向阳区, 经济开发区 do exist). */
const LEADING_NOISE = /^(?:年度?|关于|根据|按照|依据|对|由|我)+/;
const LABEL_HINT = /预算|主管|单位|部门|填报/;
const AGENCY_LABEL =
  /^(?:预算部门|预算单位|主管部门|单位名称|部门名称|填报单位|实施单位)(?:\(盖章\)|（盖章）)?[:：]?(.*)$/;

/** Trims leading words the greedy scan swallowed: "2021年大厂回族自治县公安系统" → "大厂回族自治县公安系统". */
export function trimAgency(candidate: string): string {
  const trimmed = candidate.replace(LEADING_NOISE, '');
  return trimmed.length >= 4 ? trimmed : candidate;
}

export function agencyMentions(text: string): string[] {
  if (!text.includes('公安') && !text.includes('分局')) return [];
  return [...compact(text).matchAll(AGENCY_RE)].map((m) => trimAgency(m[0])).filter((a) => a.length >= 4);
}

/** Number of leading rows considered the document's title block. */
export const TITLE_ROWS = 5;

export interface DocumentFacts {
  title: string | null;
  agency: string | null;
  agencyAliases: string[];
  year: number | null;
}

function labelledAgencies(rows: readonly Row[]): string[] {
  const found: string[] = [];
  for (const row of rows) {
    const cells = filled(row);
    cells.forEach((cell, k) => {
      if (!LABEL_HINT.test(cell)) return;
      const m = AGENCY_LABEL.exec(compact(cell));
      if (!m) return;
      const value = m[1] !== '' ? (m[1] as string) : compact(cells[k + 1] ?? '');
      if (/公安|分局/.test(value))
        found.push(...(agencyMentions(value).length ? agencyMentions(value) : [value]));
    });
  }
  return found;
}

function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

export function documentFacts(rows: readonly Row[]): DocumentFacts {
  const titleRows = rows.slice(0, TITLE_ROWS).filter((r) => filled(r).length <= 2);
  const title =
    titleRows.map(rowText).find((t) => /报告|表|说明|情况|决算/.test(t)) ??
    (titleRows[0] ? rowText(titleRows[0]) : null);
  const fromTitle = titleRows.flatMap((r) => agencyMentions(rowText(r)));
  const fromLabels = labelledAgencies(rows);
  // The most frequent mention in the text is the last resort (and the costliest scan).
  const agency =
    fromTitle[0] ??
    fromLabels.find((a) => /公安局|公安系统|分局/.test(a)) ??
    mostFrequent(rows.flatMap((r) => agencyMentions(rowText(r))));
  const aliases = [...new Set(fromLabels.filter((a) => a !== agency && /公安局|公安分局|公安系统/.test(a)))];

  let year: number | null = null;
  for (const r of rows.slice(0, TITLE_ROWS + 3)) {
    year = parseYear(rowText(r));
    if (year !== null) break;
  }
  if (year === null) {
    const years = rows.flatMap((r) =>
      [...rowText(r).matchAll(/(20\d{2})\s*年度/g)].map((m) => m[1] as string),
    );
    const best = mostFrequent(years);
    year = best === null ? null : Number(best);
  }
  return { title, agency: agency ?? null, agencyAliases: aliases, year };
}
