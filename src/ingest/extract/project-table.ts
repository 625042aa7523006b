/**
 * The standard 项目支出绩效自评表 (and its 绩效目标完成情况表 variant): header block (项目名称,
 * 主管部门, 实施单位), the funds block (年初预算数 … 得分), the indicator rows and the 总分 row.
 * Works on Rows, so tab-separated and one-cell-per-line exports read the same.
 */
import type { Source } from '../../data/schema.ts';
import {
  compact,
  firstNumber,
  joinHanSpacing,
  parseNumericCell,
  parseScore,
  parseYear,
  type AmountUnit,
} from '../normalize.ts';
import { filled, type Row } from '../segment.ts';
import type { ProjectObservation, Sourced } from '../types.ts';
import { stripDivisionUnit } from './document-info.ts';
import { isIndicatorHeader, readIndicators, type IndicatorLayout } from './indicator-table.ts';
import {
  fundFieldOf,
  scoreWithGrade,
  tickedOption,
  TITLE_RE,
  TOTAL_SCORE_ROW,
  unitLineOf,
  unitNoteIn,
  GRADE_WORD,
} from './labels.ts';
import { emptyObservation, splitCode } from './observation.ts';
import { fundPairsOf, readFunds } from './project-funds.ts';

export interface TableRegion {
  /** Row index of the title (or of the 项目名称 row when there is no title). */
  start: number;
  /** Row index of the 项目名称 row. */
  nameRow: number;
  /** Exclusive end row index. */
  end: number;
  /** The amount unit stated on the last unit line above the table ("金额单位：元"), if any. */
  unit: AmountUnit | null;
  /**
   * Rows [from, to) of a header block above the file's first table, shared by every table below
   * it ("主管部门：旬阳市公安局" stated once for 表1, 表2 …).
   */
  shared: { from: number; to: number };
}

/** How far above the first table a shared header block may start. */
const SHARED_HEADER_ROWS = 12;

/** "项目名称", or the 转移支付 forms' "转移支付（项目）名称". */
const NAME_LABEL = /^(?:项目名称|转移支付(?:[（(]项目[)）])?名称)[:：]?(.*)$/;
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分)/;
/** Labels of the header block that may share a row with 项目名称 or follow it. */
const FIELD_LABEL =
  /^(?:项目名称|转移支付(?:[（(]项目[)）])?名称|(?:项目|中央|地方)?主管部门|主管单位|预算部门|预算单位|(?:项目)?实施单位|资金使用单位|项目单位|项目(?:编码|代码|编号)|项目负责人|联系电话|项目属性|项目类型)[:：]?$/;
const MANAGING_LABEL = /^(?:项目主管部门|主管部门|主管单位|预算部门|预算单位)[:：]?(.*)$/;
/**
 * The 转移支付 forms name two: the ministry (中央主管部门, the same for every bureau) and the
 * local one, which is the project's.
 */
const LOCAL_MANAGING_LABEL = /^地方主管部门[:：]?(.*)$/;
const IMPLEMENTING_LABEL = /^(?:实施单位|项目实施单位|资金使用单位)[:：]?(.*)$/;

/**
 * A 项目名称 row: the label with its value, alone or with other label-value pairs of the header
 * block (主管部门, 实施单位). Other labels after it mean a summary table's header instead.
 */
function isNameRow(row: Row): boolean {
  const all = filled(row);
  const first = all[0];
  // Every name label ends in 名称: nearly all rows are ruled out before anything is compacted.
  if (!first || !first.includes('称')) return false;
  const cells = withoutRepeats(all);
  const m = NAME_LABEL.exec(compact(first));
  if (m === null || (m[1] === '' && cells.length < 2)) return false;
  if (cells.length <= 4) return true;
  const pairsFrom = m[1] === '' ? 2 : 1;
  return cells.every((c, k) => k < pairsFrom || (k - pairsFrom) % 2 === 1 || FIELD_LABEL.test(compact(c)));
}

/**
 * Cells with runs of one value written once: exports that unmerge cells repeat a merged value in
 * every column it spanned ("项目名称 | X | X | X").
 */
function withoutRepeats(cells: readonly string[]): string[] {
  return cells.filter((c, k) => k === 0 || c !== cells[k - 1]);
}

/** The unit stated by a unit line in the row ("金额单位：元", "（单位：万元）"), if any. */
function rowUnit(row: Row): AmountUnit | null {
  for (const cell of filled(row)) {
    const unit = unitLineOf(cell);
    if (unit !== null) return unit;
  }
  return null;
}

/** Finds every project table: a 项目名称 row, extended back to its title within 4 rows. */
export function findProjectTables(rows: readonly Row[], isBoundary: (i: number) => boolean): TableRegion[] {
  const starts: { start: number; nameRow: number; unit: AmountUnit | null }[] = [];
  // A unit line applies to every table below it, until another one.
  let unit: AmountUnit | null = null;
  rows.forEach((row, i) => {
    unit = rowUnit(row) ?? unit;
    if (!isNameRow(row)) return;
    let start = i;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      if (TITLE_RE.test(compact(filled(rows[j] as Row).join('')))) {
        start = j;
        break;
      }
    }
    starts.push({ start, nameRow: i, unit });
  });
  const firstStart = starts[0]?.start ?? 0;
  const shared = { from: Math.max(0, firstStart - SHARED_HEADER_ROWS), to: firstStart };
  return starts.map((s, k) => {
    const next = starts[k + 1]?.start ?? rows.length;
    let end = s.nameRow + 1;
    while (end < next && !isBoundary(end)) end++;
    return { ...s, unit: s.unit ?? unitNoteIn(rows, s.nameRow, Math.min(end + 1, next)), end, shared };
  });
}

function source(file: string, row: Row): Source {
  return { file, line_start: row.line, line_end: row.lineEnd };
}

function sourced<T>(value: T | null, file: string, row: Row): Sourced<T> | null {
  return value === null ? null : { value, source: source(file, row) };
}

/** A row's filled cells, and the compacted ones that open a header label (with their index). */
interface RowLabels {
  cells: readonly string[];
  labels: { k: number; text: string }[];
}

/** Labels open a short cell; longer cells are values or prose. */
const LABEL_MAX = 60;

/**
 * The rows of a table as its label lookups read them. A table is searched for up to six labels
 * (name, code, the two managing departments, the implementing unit, the grade), each over the same
 * rows: each cell is compacted and tested once, against all of them, and only the cells that open
 * one are searched again.
 */
class LabelIndex {
  private readonly read: (RowLabels | undefined)[] = [];

  constructor(private readonly rows: readonly Row[]) {}

  private at(i: number): RowLabels {
    let entry = this.read[i];
    if (entry === undefined) {
      const cells = filled(this.rows[i] as Row);
      const labels: { k: number; text: string }[] = [];
      cells.forEach((c, k) => {
        if (c.length > LABEL_MAX) return;
        const text = compact(c);
        if (ANY_HEADER_LABEL.test(text)) labels.push({ k, text });
      });
      entry = { cells, labels };
      this.read[i] = entry;
    }
    return entry;
  }

  /** The value following a label cell in the same row, or the first cell of the next row. */
  valueAfter(from: number, to: number, field: HeaderLabel): string | null {
    const label = HEADER_LABELS[field];
    for (let i = from; i < to; i++) {
      const { cells, labels } = this.at(i);
      for (const { k, text } of labels) {
        const m = label.exec(text);
        if (!m) continue;
        const inline = m[1] ?? '';
        if (inline !== '') return (cells[k] as string).replace(/^[^:：]*[:：]\s*/, '').trim() || inline;
        return cells[k + 1] ?? this.at(i + 1).cells[0] ?? null;
      }
    }
    return null;
  }

  /** A header-block field of the table, else of the header block its file states once above all tables. */
  headerValue(region: TableRegion, field: HeaderLabel): string | null {
    return (
      this.valueAfter(region.nameRow, region.end, field) ??
      this.valueAfter(region.shared.from, region.shared.to, field)
    );
  }
}

/**
 * The rest of a project name wrapped onto the next line: a table row (it has empty cells) whose
 * only filled cell is short text that is no label, heading, amount or title.
 */
function nameContinuation(rows: readonly Row[], region: TableRegion): string | null {
  const i = region.nameRow + 1;
  const row = rows[i];
  if (!row || i >= region.end || filled(rows[region.nameRow] as Row).length !== 2) return null;
  const cells = filled(row);
  const cell = cells[0];
  if (cells.length !== 1 || row.cells.length < 2 || cell === undefined) return null;
  const c = compact(cell);
  const other =
    c.length > 30 ||
    /[:：\d]/.test(c) ||
    FIELD_LABEL.test(c) ||
    fundFieldOf(c) !== null ||
    isIndicatorHeader(row) ||
    TITLE_RE.test(c) ||
    HEADING.test(c) ||
    unitLineOf(c) !== null;
  return other ? null : cell;
}

/**
 * The total score among a total row's numbers: the last one ("100 | 94.5"), unless the indicator
 * header puts 得分 before 分值 ("94.7 | 100"); then the score column's, else the one before last.
 */
function totalOf(row: Row, numbers: readonly number[], layout: IndicatorLayout | null): number | null {
  const { score, weight } = layout?.cols ?? {};
  if (score === undefined || weight === undefined || score > weight || numbers.length < 2) {
    return numbers[numbers.length - 1] ?? null;
  }
  return parseNumericCell(row.cells[score] ?? '') ?? (numbers[numbers.length - 2] as number);
}

/** Whether a row between from and to is labelled as the total score ("总分", "自评得分"), not a sum. */
function scoreRowWithin(rows: readonly Row[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const label = compact(filled(rows[i] as Row)[0] ?? '');
    if (TOTAL_SCORE_ROW.test(label) && !/^(?:合计|总计)/.test(label)) return true;
  }
  return false;
}

/**
 * The total row: its last number is the total score; a grade word may follow. Without an
 * indicator block before it, a 合计 row is the funds block's, so it is skipped.
 */
function readTotal(
  rows: readonly Row[],
  from: number,
  region: TableRegion,
  file: string,
  layout: IndicatorLayout | null,
): { total: Sourced<number> | null; grade: string | null } {
  const afterIndicators = layout !== null;
  for (let i = from; i < region.end; i++) {
    const row = rows[i] as Row;
    const cells = filled(row);
    const label = compact(cells[0] ?? '');
    const m = TOTAL_SCORE_ROW.exec(label);
    const sum = m !== null && /^(?:合计|总计)/.test(label);
    if (!m || (!afterIndicators && sum)) continue;
    // A 合计 of the indicator rows, then the 总分 with the execution score: the latter is the total.
    if (sum && scoreRowWithin(rows, i + 1, Math.min(region.end, i + 4))) continue;
    // "自评得分：95.5分（优）", "总分 | 91分（优）": the score and the grade in one statement.
    const both = [m[1] ?? '', ...cells.slice(1)].map(scoreWithGrade).find((x) => x !== null);
    const inline = (m[1] ?? '').replace(/[（(][^)）]*[)）]/g, '');
    const numbers = cells
      .slice(1)
      .map(parseNumericCell)
      .filter((n): n is number => n !== null);
    const grade = cells.slice(1).find((c) => GRADE_WORD.test(compact(c))) ?? both?.grade ?? null;
    const total = numbers.length > 0 ? totalOf(row, numbers, layout) : (both?.score ?? firstNumber(inline));
    return { total: sourced(total, file, row), grade };
  }
  return { total: null, grade: null };
}

/** A row of prose concluding the table: "项目自评结论 | 该项目总体完成情况良好，自评得分92分". */
const CONCLUSION_ROW = /^(?:项目)?(?:自评|评价|绩效)结论[:：]?(.*)$/;
const PROSE_SCORE = /(?:自评|综合|评价)?(?:总?得分|总分)(?:为|是)?[:：]?\s*(\d+(?:\.\d+)?)\s*分/;
const PROSE_GRADE = /(?:自评|评价|绩效)等级(?:为|是|[:：])?\s*[“"「]?(优秀?|良好?|中等?|合格|不合格|差)/;

/** The score and grade a conclusion row states in its prose, for a table with no 总分 row. */
function readConclusion(
  rows: readonly Row[],
  from: number,
  region: TableRegion,
  file: string,
): { total: Sourced<number> | null; grade: string | null } {
  for (let i = from; i < region.end; i++) {
    const row = rows[i] as Row;
    const cells = filled(row);
    const first = cells[0];
    // Cheap test first: every conclusion label holds 结论.
    if (first === undefined || !first.includes('结论')) continue;
    const m = CONCLUSION_ROW.exec(compact(first));
    if (!m) continue;
    const prose = [m[1] ?? '', ...cells.slice(1)].join('');
    const score = PROSE_SCORE.exec(prose);
    return {
      total: sourced(score ? Number(score[1]) : null, file, row),
      grade: PROSE_GRADE.exec(prose)?.[1] ?? null,
    };
  }
  return { total: null, grade: null };
}

/** A column header of the funds block ("年初预算数", "得分"), not its caption ("项目资金"). */
function isFundColumn(cell: string): boolean {
  const field = fundFieldOf(cell);
  return field !== null && field !== 'amount_any';
}

/**
 * A header-block label of the project's total score: "自评得分 | 92.5", "项目自评总分 | 88", and
 * the "总分 | 97" of forms that put it above the indicators.
 */
const SCORE_LABEL = /^(?:项目)?(?:自评总?得分|自评总分|综合得分|总得分|总分)[:：]?$/;

/**
 * The total score some templates state in the header block, beside 自评等级, for a table with no
 * 总分 row or conclusion: a score label followed by a number, above the funds block.
 */
function headerScore(rows: readonly Row[], region: TableRegion, file: string): Sourced<number> | null {
  for (let i = region.nameRow; i < region.end; i++) {
    const row = rows[i] as Row;
    const cells = filled(row);
    // The funds block's header (年初预算数 … 得分) or the indicators' end the header block; a
    // form's "项目资金（万元） | 年初预算数 | 64" does not, nor rows of funds written as label/value
    // pairs ("年初预算数 | 40 | 全年预算数 | 40"), which a score line may follow.
    if (isIndicatorHeader(row) || (cells.filter(isFundColumn).length >= 2 && fundPairsOf(row) === null))
      return null;
    const k = cells.findIndex((c) => SCORE_LABEL.test(compact(c)));
    const score = k < 0 ? null : parseScore(cells[k + 1] ?? '');
    if (score !== null) return sourced(score, file, row);
  }
  return null;
}

const CODE_LABEL = /^项目(?:编码|代码|编号)[:：]?(.*)$/;

/** The value of a 项目代码 cell: "[1310…]" or the bare code "13100023T000001234567". */
function labelledCode(cell: string | null): string | null {
  if (cell === null) return null;
  const bare = /^\s*([0-9A-Za-z-]{8,})\s*$/.exec(cell);
  return bare && /\d{6}/.test(bare[1] as string) ? (bare[1] as string) : splitCode(cell).code;
}

const GRADE_LABEL = /^(?:自评等级|评价等级|绩效等级|等级)[:：]?(.*)$/;

/** The labels of a table's header block, each with its value inline (group 1) or in the next cell. */
const HEADER_LABELS = {
  name: NAME_LABEL,
  code: CODE_LABEL,
  managing: MANAGING_LABEL,
  localManaging: LOCAL_MANAGING_LABEL,
  implementing: IMPLEMENTING_LABEL,
  grade: GRADE_LABEL,
} as const;
type HeaderLabel = keyof typeof HEADER_LABELS;
const ANY_HEADER_LABEL = new RegExp(
  Object.values(HEADER_LABELS)
    .map((re) => `(?:${re.source})`)
    .join('|'),
);

/**
 * What a title states before the project, if anything: the agency ("巩义市公安局", "…公安局…分局",
 * "…公安局网安大队", "…分局交警大队"; a unit named without its bureau is stripDivisionUnit's) and
 * the year ("2023年度").
 */
const AGENCY_YEAR_PREFIX =
  /^(?:[\u4e00-\u9fa5]{2,24}?公安(?:局|分局|处)(?:[\u4e00-\u9fa5]{2,10}?(?:分局|支队|大队)){0,2})?(?:\d{4}年度?)?/;

/** A title naming the form, not the project: "中央对地方转移支付区域绩效自评表". */
const FORM_NAME = /^(?:中央对地方)?转移支付(?:区域)?$/;

/** A line break inside a Word cell becomes a space; between two hanzi it is no part of a name. */
function joinHanBreaks(text: string | null): string | null {
  return text === null ? null : joinHanSpacing(text);
}

/** Extracts one project observation from a table region. */
export function extractProjectTable(
  rows: readonly Row[],
  region: TableRegion,
  file: string,
): ProjectObservation {
  const labels = new LabelIndex(rows);
  const nameCell = labels.valueAfter(region.nameRow, region.nameRow + 1, 'name') ?? '';
  const { code, name } = splitCode(nameCell + (nameContinuation(rows, region) ?? ''));
  const obs = emptyObservation('detail_table', name);
  obs.code = code ?? labelledCode(labels.valueAfter(region.nameRow, region.end, 'code'));
  obs.managing_dept = joinHanBreaks(
    labels.headerValue(region, 'localManaging') ?? labels.headerValue(region, 'managing'),
  );
  obs.implementing_unit = joinHanBreaks(labels.headerValue(region, 'implementing'));

  const titleRow = rows[region.start] as Row;
  const title = compact(filled(titleRow).join(''));
  const titleMatch = /^(.*?)(?:项目)?(?:支出)?绩效/.exec(title);
  // "洛阳市公安局2023年度项目支出绩效自评表" names the agency and year, not the project;
  // "附件：项目支出绩效自评表" an annex.
  const alias = stripDivisionUnit((titleMatch?.[1] ?? '').replace(/^附件\d*[:：]?/, '')).replace(
    AGENCY_YEAR_PREFIX,
    '',
  );
  if (region.start !== region.nameRow && alias !== '' && !FORM_NAME.test(alias)) obs.aliases.push(alias);

  const funds = readFunds(rows, region.nameRow, region.end, region.unit, file);
  const block = readIndicators(rows, region.nameRow, region.end);
  const exec = block.execution;
  obs.budget_initial = funds?.budget_initial ?? null;
  obs.budget_adjusted = funds?.budget_adjusted ?? null;
  obs.executed = funds?.executed ?? null;
  // The funds block states execution first; an indicator-table line fills what it leaves out.
  obs.execution_rate_reported = funds?.rate ?? (exec ? sourced(exec.rate, file, exec.row) : null);
  obs.execution_weight = funds?.weight ?? exec?.weight ?? null;
  obs.execution_score = funds?.score ?? (exec ? sourced(exec.score, file, exec.row) : null);
  obs.indicators = block.indicators;
  let { total, grade } = readTotal(rows, block.next, region, file, block.layout);
  if (total === null) ({ total, grade } = readConclusion(rows, block.next, region, file));
  obs.total_score = total ?? headerScore(rows, region, file);
  const stated = grade ?? labels.valueAfter(region.nameRow, region.end, 'grade');
  // A form's checkboxes ("☑优 ☐良 ☐中 ☐差") state the ticked option.
  obs.grade = stated === null ? null : tickedOption(stated);
  if (obs.grade !== null && !/优|良|中|差|合格/.test(obs.grade)) obs.grade = null;

  const last = rows[region.end - 1] ?? titleRow;
  obs.sources.push({ file, line_start: titleRow.line, line_end: last.lineEnd });
  return obs;
}

/** The report year stated near a table's title, e.g. "(2021 年度)". */
export function tableYear(rows: readonly Row[], region: TableRegion): number | null {
  for (let i = region.start; i <= region.nameRow; i++) {
    const y = parseYear(filled(rows[i] as Row).join(''));
    if (y !== null) return y;
  }
  return null;
}
