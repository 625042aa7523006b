/**
 * Parser gaps the synthetic corpus exposes today (minimal reproductions in parser-gaps.test.ts).
 * A gap is recognised from the truth of a report (its layout, variants and quirks), never from
 * the ingest's output, so a report is set aside only for what it contains.
 */
import type { ReportTruth } from '../../src/corpus/truth.ts';

export interface KnownGap {
  id: string;
  description: string;
  applies(truth: ReportTruth): boolean;
}

const PROSE = new Set(['narrative', 'department']);

export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    id: 'prose-thousands',
    description:
      'department figures in prose with thousands separators ("年初预算为12,345,600元") are not read',
    applies: (t) => PROSE.has(t.layout) && t.variants.numerals === 'thousands',
  },
  {
    id: 'agency-leading-word',
    description: 'agency names starting with 本/对/向/经/由/我 lose that character ("本溪…" → "溪…")',
    applies: (t) => /^(?:本|对|向|经|由|我)/.test(t.agency),
  },
  {
    id: 'narrative-name-start',
    description: 'narrative paragraphs of projects named "110…", "经济…" etc. are not read as projects',
    applies: (t) =>
      t.layout === 'narrative' &&
      t.projects.some((p) => /^(?:\d|本|该|我|各|对|全|在|为|经|此)/.test(p.name)),
  },
  {
    id: 'repeated-header',
    description: 'a summary header repeated after a page break becomes a project named "项目名称"',
    applies: (t) => t.layout === 'summary_tab' && t.quirks.includes('repeated_header'),
  },
  {
    id: 'blank-indicator-cell',
    description:
      'an empty 实际完成值 cell shifts 分值/得分 of that indicator (false total_not_sum / weights_not_100)',
    applies: (t) => t.quirks.includes('blank_actual_empty'),
  },
];

export function gapsOf(truth: ReportTruth): string[] {
  return KNOWN_GAPS.filter((g) => g.applies(truth)).map((g) => g.id);
}
