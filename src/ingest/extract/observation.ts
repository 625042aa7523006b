/** Building blocks shared by the extractors: empty observations and project-name handling. */
import { compact } from '../normalize.ts';
import { BRACKETED_UNIT_TAIL } from './labels.ts';
import type { ObservationOrigin, ProjectObservation } from '../types.ts';

export function emptyObservation(origin: ObservationOrigin, name: string): ProjectObservation {
  return {
    origin,
    name,
    aliases: [],
    code: null,
    managing_dept: null,
    implementing_unit: null,
    agency: null,
    budget_initial: null,
    budget_adjusted: null,
    executed: null,
    amount_any: null,
    execution_rate_reported: null,
    execution_weight: null,
    execution_score: null,
    total_score: null,
    grade: null,
    indicators: [],
    sources: [],
    link: null,
    link_table: null,
  };
}

/** A code in brackets opening a name, maybe labelled: "[1308…]", "（项目编码：5101…）". */
const LEADING_CODE =
  /^\s*[[【(（]\s*(?:项目)?(?:编码|代码|编号)?[:：]?\s*([0-9A-Za-z-]{8,})\s*[\]】)）]\s*(.*)$/;
/** A labelled code in brackets closing a name: "执法办案中心建设（项目编码：5101…）". */
const TRAILING_CODE =
  /^(.*?)\s*[[【(（]\s*(?:项目)?(?:编码|代码|编号)\s*[:：]?\s*([0-9A-Za-z-]{8,})\s*[\]】)）]\s*$/;

/**
 * "[130811213QX4TBVF3N040]民警服装专项" → code + name. Codes are long alphanumerics in brackets,
 * opening the name, or closing it after a label ("…（项目编码：5101…）").
 */
export function splitCode(cell: string): { code: string | null; name: string } {
  const m = LEADING_CODE.exec(cell);
  if (m) return { code: m[1] as string, name: cleanProjectName(m[2] as string) };
  // Cheap test first: a trailing code needs its label.
  const t = /编码|代码|编号/.test(cell) ? TRAILING_CODE.exec(cell) : null;
  if (t && (t[1] as string).trim() !== '')
    return { code: t[2] as string, name: cleanProjectName(t[1] as string) };
  return { code: null, name: cleanProjectName(cell) };
}

/**
 * A display name: whitespace from OCR removed, quotes, trailing punctuation and a closing unit
 * statement ("（金额单位：元）", read by unitLineOf) dropped.
 */
export function cleanProjectName(name: string): string {
  return compact(name)
    .replace(BRACKETED_UNIT_TAIL, '')
    .replace(/^[“"「『]([^“”"「」『』]*)[”"」』]$/, '$1')
    .replace(/[。，,；;：:]+$/, '');
}

/** List numbering a heading starts with: "二、", "（一）", "3.", "第一部分". */
const LIST_NUMBER =
  /^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]|第[一二三四五六七八九十\d]+(?:部分|章|节))/;

/**
 * False for leftovers that are not a project's name: bare list numbering ("二、"), punctuation,
 * a single character. Headings cut at their title leave these behind as aliases.
 */
export function isNameLike(name: string): boolean {
  const rest = compact(name).replace(LIST_NUMBER, '');
  return (rest.match(/[\p{Script=Han}A-Za-z0-9]/gu) ?? []).length >= 2;
}

const GENERIC_SUFFIX = /(?:项目|专项|经费|资金|预算|工作|建设|工程|款|费)+$/;

/**
 * The core of a project name for matching: no brackets, no generic suffixes ("项目", "经费",
 * "专项"…), so "执法办案中心建设经费" and "执法办案中心" compare equal.
 */
export function nameCore(name: string): string {
  let core = compact(name).replace(/[“”"'「」『』]/g, '');
  for (let i = 0; i < 3; i++) {
    const next = core.replace(GENERIC_SUFFIX, '');
    if (next.length < 2) break;
    core = next;
  }
  return core;
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...text];
  if (chars.length === 1) grams.set(text, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = (chars[i] as string) + (chars[i + 1] as string);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of character bigrams of the name cores (0…1). */
export function nameSimilarity(a: string, b: string): number {
  const ca = nameCore(a);
  const cb = nameCore(b);
  if (ca === cb) return 1;
  if (ca.length >= 3 && cb.length >= 3 && (ca.includes(cb) || cb.includes(ca))) return 0.9;
  const ga = bigrams(ca);
  const gb = bigrams(cb);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) {
    common += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}
