/**
 * The synthetic corpus: N reports of invented agencies (real place names) spread over every layout
 * the parser must handle, each in a cycle of encodings, units, numerals, missing markers and page
 * footers, with credibility problems planted at a known rate, and the truth of each file.
 *
 * Deterministic: report k depends only on (seed, k), so the same seed gives byte-identical files
 * and a smaller corpus is a prefix of a larger one.
 */
import { DECODED_AS, ENCODING_VARIANTS, HTML_CHARSET, encodeText } from './encode.ts';
import type { DocContext, DocModel } from './layouts/context.ts';
import { departmentDocument, narrativeDocument, unrelatedDocument } from './layouts/prose.ts';
import { projectTableDocument } from './layouts/project-table.ts';
import { summaryDocument } from './layouts/summary.ts';
import { MISSING_MARKERS, NUMERAL_VARIANTS, NumberStyle, UNIT_VARIANTS } from './numbers.ts';
import { agencyPool } from './places.ts';
import { mixSeed, Random } from './random.ts';
import { renderCsv, renderHtml, renderMarkdown, renderText, sheetRows } from './render.ts';
import { LAYOUTS, unionFlags, type Layout, type ReportTruth, type Variants } from './truth.ts';
import { renderXlsx } from './xlsx.ts';

export { LAYOUTS, type Layout, type ReportTruth } from './truth.ts';

export interface CorpusOptions {
  reports: number;
  seed?: number;
}

export interface CorpusFile {
  file: string;
  bytes: Uint8Array;
  truth: ReportTruth;
}

export const DEFAULT_SEED = 20240601;
const FIRST_YEAR = 2019;
const YEARS = 6;

const BUILDERS: Readonly<Record<Layout, (ctx: DocContext) => DocModel>> = {
  project_tab: projectTableDocument,
  project_cells: projectTableDocument,
  project_md: projectTableDocument,
  project_html: projectTableDocument,
  summary_csv: summaryDocument,
  summary_xlsx: summaryDocument,
  summary_tab: summaryDocument,
  narrative: narrativeDocument,
  department: departmentDocument,
  unrelated: unrelatedDocument,
};

const FORMAT: Readonly<Record<Layout, ReportTruth['format']>> = {
  project_tab: 'txt',
  project_cells: 'txt',
  project_md: 'md',
  project_html: 'html',
  summary_csv: 'csv',
  summary_xlsx: 'xlsx',
  summary_tab: 'txt',
  narrative: 'txt',
  department: 'txt',
  unrelated: 'txt',
};

/**
 * Variants of report k. Layouts cycle fastest; within a layout the j-th report takes the j-th
 * encoding, unit, numerals and missing marker of offset cycles: six reports of a layout already
 * cover every encoding, unit and numeral variant, and the offsets pair every encoding with every
 * unit (16 reports) and every numeral style with every missing marker (9 reports).
 */
export function variantsOf(k: number): { layout: Layout; variants: Variants } {
  const layout = LAYOUTS[k % LAYOUTS.length] as Layout;
  const j = Math.floor(k / LAYOUTS.length);
  return {
    layout,
    variants: {
      encoding: FORMAT[layout] === 'xlsx' ? null : (ENCODING_VARIANTS[j % ENCODING_VARIANTS.length] ?? null),
      unit: UNIT_VARIANTS[(j + Math.floor(j / 4)) % UNIT_VARIANTS.length] ?? 'wan',
      numerals: NUMERAL_VARIANTS[j % NUMERAL_VARIANTS.length] ?? 'plain',
      missing: MISSING_MARKERS[(j + Math.floor(j / 3)) % MISSING_MARKERS.length] ?? '—',
      // Only paged text exports carry page footers.
      footers: FORMAT[layout] === 'txt' && (j + Math.floor(j / 4)) % 2 === 1,
    },
  };
}

const shuffledPools = new Map<number, string[]>();

/** Agency and year of report k: distinct (agency, year) pairs for the first 6 × pool reports. */
function agencyYear(seed: number, k: number): { agency: string; year: number } {
  let pool = shuffledPools.get(seed);
  if (!pool) {
    pool = new Random(seed).shuffle(agencyPool());
    shuffledPools.set(seed, pool);
  }
  const slot = k % pool.length;
  return { agency: pool[slot] as string, year: FIRST_YEAR + ((slot + Math.floor(k / pool.length)) % YEARS) };
}

async function render(
  layout: Layout,
  doc: DocModel,
  variants: Variants,
  csvQuoteAll: boolean,
): Promise<Uint8Array> {
  const encoding = variants.encoding ?? 'utf-8';
  switch (layout) {
    case 'summary_xlsx':
      return renderXlsx('汇总表', sheetRows(doc.blocks));
    case 'summary_csv':
      return encodeText(renderCsv(doc.blocks, csvQuoteAll ? 'all' : 'minimal'), encoding);
    case 'project_md':
      return encodeText(renderMarkdown(doc.blocks), encoding);
    case 'project_html':
      return encodeText(renderHtml(doc.blocks, doc.title, HTML_CHARSET[encoding]), encoding);
    default: {
      const tables = layout.startsWith('project_') || layout.startsWith('summary_');
      return encodeText(
        renderText(doc.blocks, { cellPerLine: layout === 'project_cells', spacing: tables }),
        encoding,
      );
    }
  }
}

/** Report k of the corpus with this seed. */
export async function generateReport(seed: number, k: number): Promise<CorpusFile> {
  const rng = new Random(mixSeed(seed, k));
  const { layout, variants } = variantsOf(k);
  const { agency, year } = agencyYear(seed, k);
  const style = new NumberStyle(variants.unit, variants.numerals, variants.missing, rng.chance(0.5));
  const doc = BUILDERS[layout]({ rng, agency, year, style, footers: variants.footers });
  const hex = rng.int(0, 0xffffffff).toString(16).padStart(8, '0');
  const file = `${String(k).padStart(5, '0')}_${hex}.${FORMAT[layout]}`;
  const bytes = await render(layout, doc, variants, rng.chance(0.5));
  const truth: ReportTruth = {
    file,
    layout,
    format: FORMAT[layout],
    encoding: variants.encoding === null ? null : DECODED_AS[variants.encoding],
    variants,
    doc_kind: doc.docKind,
    status: doc.docKind === 'unrelated' ? 'unrecognized' : 'ok',
    agency,
    year,
    projects: doc.projects,
    department: doc.department,
    quirks: doc.quirks,
    flags: unionFlags(doc.projects, doc.department),
  };
  return { file, bytes, truth };
}

/** Reports one at a time (constant memory for large corpora). */
export async function* corpusFiles(options: CorpusOptions): AsyncGenerator<CorpusFile> {
  const seed = options.seed ?? DEFAULT_SEED;
  for (let k = 0; k < options.reports; k++) yield await generateReport(seed, k);
}

export async function generateCorpus(options: CorpusOptions): Promise<CorpusFile[]> {
  const out: CorpusFile[] = [];
  for await (const f of corpusFiles(options)) out.push(f);
  return out;
}
