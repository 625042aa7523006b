/**
 * The 部门整体支出绩效自评表 in table form: a funds block ("年度预算执行情况 | 年初预算数 | 全年预算数
 * | 全年执行数 | 分值 | 执行率 | 得分" over "年度资金总额 | …") and an indicator block closed by a
 * "总分" row. Both are the department's; no project is named.
 */
import { compact, isMissing, parseAmount, parseRate, parseScore, type AmountUnit } from '../normalize.ts';
import { filled, type Row } from '../segment.ts';
import type { DepartmentDraft } from '../types.ts';
import { emptyDepartment } from './department.ts';
import {
  fundFieldOf,
  headerYear,
  indicatorFieldOf,
  TOTAL_SCORE_LABEL,
  unitLineOf,
  type FundField,
} from './labels.ts';

type Slot = 'budget_initial' | 'budget_adjusted' | 'executed' | 'rate';
const SLOTS: readonly FundField[] = ['budget_initial', 'budget_adjusted', 'executed', 'rate'];

/** Fund columns of a header row; its first cell labels the block ("年度预算执行情况") and is skipped. */
function fundColumns(row: Row): Map<Slot, number> | null {
  const cells = row.cells;
  if (cells.length < 3 || cells.some((c) => /\d/.test(c))) return null;
  const cols = new Map<Slot, number>();
  cells.forEach((c, k) => {
    const field = k === 0 ? null : fundFieldOf(c);
    if (field && SLOTS.includes(field) && !cols.has(field as Slot)) cols.set(field as Slot, k);
  });
  const amounts = [...cols.keys()].filter((s) => s !== 'rate').length;
  return amounts >= 2 ? cols : null;
}

function unitAbove(rows: readonly Row[], header: number): AmountUnit {
  for (let i = header - 1; i >= Math.max(0, header - 5); i--) {
    for (const c of (rows[i] as Row).cells) {
      const unit = unitLineOf(c);
      if (unit) return unit;
    }
  }
  return '万元';
}

/** The label of a funds table's total row, below rows of its parts (基本支出, 项目支出). */
const FUNDS_TOTAL_LABEL = /^(?:合计|总计|部门合计|资金合计)$/;
/** Rows under a funds header searched for its total row. */
const FUNDS_PART_ROWS = 6;

/**
 * The row of a funds header's figures: a 合计 row under rows of its parts ("基本支出 | … ",
 * "项目支出 | …", "合计 | …"), else the first row below the header.
 */
function fundsTotalRow(rows: readonly Row[], header: number): Row {
  for (let k = header + 1; k < rows.length && k <= header + FUNDS_PART_ROWS; k++) {
    const row = rows[k] as Row;
    if (filled(row).length < 2) break;
    if (FUNDS_TOTAL_LABEL.test(compact(row.cells[0] ?? ''))) return row;
  }
  return rows[header + 1] as Row;
}

/** The funds block's total row (its 合计, else the first row of figures not a "其中" part) read into the draft. */
function readFunds(rows: readonly Row[], draft: DepartmentDraft, file: string): boolean {
  for (let i = 0; i < rows.length - 1; i++) {
    const cols = fundColumns(rows[i] as Row);
    if (!cols) continue;
    const row = fundsTotalRow(rows, i);
    if (/^其中/.test(compact(row.cells[0] ?? ''))) continue;
    const unit = unitAbove(rows, i);
    const cell = (slot: Slot) => row.cells[cols.get(slot) ?? -1] ?? '';
    draft.budget_initial = parseAmount(cell('budget_initial'), unit);
    draft.budget_adjusted = parseAmount(cell('budget_adjusted'), unit);
    draft.executed = parseAmount(cell('executed'), unit);
    draft.execution_rate_reported = isMissing(cell('rate')) ? null : parseRate(cell('rate'));
    draft.sources.push({ file, line_start: (rows[i] as Row).line, line_end: row.lineEnd });
    return true;
  }
  return false;
}

/** A column of the report's own year in a table comparing years ("本年数", "本年度", "本期"). */
const THIS_YEAR_COLUMN = /^(?:本年|本期|当年)(?:度|数|决算数|执行数)?$/;
const OTHER_YEAR_COLUMN = /^(?:上年|上期|上年同期|去年)(?:度|数|决算数|执行数)?$/;

/**
 * The column of the report's year in a header of years ("指标 | 2022年 | 2023年", "项目 | 上年数 |
 * 本年数"): the one naming `year`, else "本年"; null when the header compares no years.
 */
function reportYearColumn(row: Row, year: number | null): number | null {
  let years = 0;
  let column: number | null = null;
  row.cells.forEach((c, k) => {
    const t = compact(c);
    if (k === 0 || fundFieldOf(t)) return;
    const own = headerYear(t);
    if (own !== null && /^(?:19|20)\d{2}年度?(?:数)?$/.test(t)) {
      years++;
      if (own === year) column = k;
    } else if (THIS_YEAR_COLUMN.test(t)) {
      years++;
      column ??= k;
    } else if (OTHER_YEAR_COLUMN.test(t)) years++;
  });
  return years >= 2 ? column : null;
}

/** Rows under a header of years searched for the funds labels. */
const YEAR_TABLE_ROWS = 8;

/**
 * The funds laid out one figure a row and one year a column ("全年预算数 | 4,100.00 | 4,300.00",
 * "执行数 | 4,000.00 | 4,250.00" under "指标 | 2022年 | 2023年"): the report year's column.
 */
function readFundsByYear(
  rows: readonly Row[],
  draft: DepartmentDraft,
  file: string,
  year: number | null,
): boolean {
  for (let i = 0; i < rows.length - 1; i++) {
    const header = rows[i] as Row;
    if (header.cells.length < 3 || header.cells.some((c) => /\d/.test(c) && !headerYear(c))) continue;
    const col = reportYearColumn(header, year);
    if (col === null) continue;
    const found: Found = new Map();
    const unit = unitAbove(rows, i);
    for (let k = i + 1; k < rows.length && k <= i + YEAR_TABLE_ROWS; k++) {
      const row = rows[k] as Row;
      if (filled(row).length < 2) break;
      const label = fundFieldOf(row.cells[0] ?? '');
      if (!label || !SLOTS.includes(label) || found.has(label as Slot)) continue;
      noteFigure(found, label as Slot, row.cells[col] ?? '', unit, row);
    }
    if (fillFound(found, draft, file)) return true;
  }
  return false;
}

type Found = Map<Slot, { value: number; row: Row }>;

/** Notes the figure `value` of `row` under its slot (a rate, else an amount in `unit`), if it parses. */
function noteFigure(found: Found, slot: Slot, value: string, unit: AmountUnit, row: Row): void {
  const parsed = slot === 'rate' ? parseRate(value) : parseAmount(value, unit);
  if (parsed !== null) found.set(slot, { value: parsed, row });
}

/** Rows of a label-value funds block hold a label or two and one figure: "年度预算 | 年初预算数 | 12,480.00". */
const PAIR_ROW_CELLS = 3;
const AMOUNT_SLOTS: readonly Slot[] = ['budget_initial', 'budget_adjusted', 'executed'];

/**
 * The funds block written one figure a row ("年度预算 | 年初预算数 | 12,480.00", " | 全年预算数 |
 * 13,106.50", "全年执行 | 全年执行数 | 12,895.30", "执行率 | 98.39%"): the label just before each
 * figure names it. Read above the indicator table only (its rows hold 执行率 targets); two amounts
 * at least make the block.
 */
function readFundPairs(rows: readonly Row[], draft: DepartmentDraft, file: string): boolean {
  const found: Found = new Map();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    const cells = filled(row);
    if (cells.map(indicatorFieldOf).includes('level1')) break;
    if (cells.length < 2 || cells.length > PAIR_ROW_CELLS) continue;
    const label = fundFieldOf(cells[cells.length - 2] as string);
    const value = cells[cells.length - 1] as string;
    if (!label || !SLOTS.includes(label) || found.has(label as Slot) || fundFieldOf(value)) continue;
    noteFigure(found, label as Slot, value, unitAbove(rows, i), row);
  }
  return fillFound(found, draft, file);
}

/** The figures found for each slot written into the draft, when two amounts at least were found. */
function fillFound(
  found: ReadonlyMap<Slot, { value: number; row: Row }>,
  draft: DepartmentDraft,
  file: string,
): boolean {
  if (AMOUNT_SLOTS.filter((s) => found.has(s)).length < 2) return false;
  draft.budget_initial = found.get('budget_initial')?.value ?? null;
  draft.budget_adjusted = found.get('budget_adjusted')?.value ?? null;
  draft.executed = found.get('executed')?.value ?? null;
  draft.execution_rate_reported = found.get('rate')?.value ?? null;
  const lines = [...found.values()].map((f) => f.row);
  const first = Math.min(...lines.map((r) => r.line));
  const last = Math.max(...lines.map((r) => r.lineEnd));
  draft.sources.push({ file, line_start: first, line_end: last });
  return true;
}

const TOTAL_LABEL = new RegExp(
  String.raw`^(?:总分|合计|总计|自评总分|综合得分|自评得分|得分合计|${TOTAL_SCORE_LABEL.source})$`,
);

/** The score column of the indicator header, then its "总分" row. */
function readTotalScore(rows: readonly Row[], draft: DepartmentDraft, file: string): boolean {
  let scoreCol: number | null = null;
  for (const row of rows) {
    const fields = row.cells.map(indicatorFieldOf);
    if (fields.includes('level1') && fields.includes('score')) {
      scoreCol = fields.lastIndexOf('score');
      continue;
    }
    if (scoreCol === null || !TOTAL_LABEL.test(compact(filled(row)[0] ?? ''))) continue;
    // A total row exported without its empty cells holds the score last ("自评得分 | 100 | 97.8").
    const score = parseScore(row.cells[scoreCol] ?? '') ?? parseScore(lastFilled(row));
    if (score === null || score > 100) return false;
    draft.total_score = score;
    draft.sources.push({ file, line_start: row.line, line_end: row.lineEnd });
    return true;
  }
  return false;
}

function lastFilled(row: Row): string {
  const cells = filled(row);
  return cells.length > 1 ? (cells[cells.length - 1] as string) : '';
}

/** The department's figures from its self-evaluation table; null when the document has none. */
export function extractDepartmentTable(
  rows: readonly Row[],
  file: string,
  year: number | null,
): DepartmentDraft | null {
  const draft = emptyDepartment();
  const funds =
    readFunds(rows, draft, file) ||
    readFundsByYear(rows, draft, file, year) ||
    readFundPairs(rows, draft, file);
  const score = readTotalScore(rows, draft, file);
  return funds || score ? draft : null;
}

/** Fills the figures the prose left empty from the table's. */
export function withDepartmentTable(
  department: DepartmentDraft | null,
  table: DepartmentDraft | null,
): DepartmentDraft | null {
  if (!table) return department;
  if (!department) return table;
  department.budget_initial ??= table.budget_initial;
  department.budget_adjusted ??= table.budget_adjusted;
  department.executed ??= table.executed;
  department.execution_rate_reported ??= table.execution_rate_reported;
  department.total_score ??= table.total_score;
  department.sources.push(...table.sources);
  return department;
}

/** A 支出决算表's column of the year's spending ("本年支出合计", "支出决算数"). */
const SPENDING_COLUMN = /^(?:本年)?支出(?:合计|决算数?)$/;

/**
 * A 部门决算's executed amount: the 合计 row of its 支出决算表 ("科目名称 | 本年支出合计 | 基本支出 |
 * 项目支出" over "合计 | 38,562,480.00 | …"), else its 收入支出决算总表's 本年支出合计; null without either.
 */
export function extractAccountsSpending(rows: readonly Row[], file: string): AccountsFigure | null {
  return spendingTableTotal(rows, file) ?? overviewSpendingTotal(rows, file);
}

type AccountsFigure = { value: number; source: DepartmentDraft['sources'][number] };

/**
 * The 收入支出决算总表's "本年支出合计 | 38,100,500.00": its income and spending sides run side by
 * side, each label followed by its figure. Read when the accounts have no 支出决算表.
 */
function overviewSpendingTotal(rows: readonly Row[], file: string): AccountsFigure | null {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    const k = row.cells.findIndex((c) => compact(c) === '本年支出合计');
    if (k < 0) continue;
    const value = parseAmount(row.cells[k + 1] ?? '', unitAbove(rows, i));
    if (value !== null) return { value, source: { file, line_start: row.line, line_end: row.lineEnd } };
  }
  return null;
}

function spendingTableTotal(rows: readonly Row[], file: string): AccountsFigure | null {
  for (let i = 0; i < rows.length; i++) {
    const header = rows[i] as Row;
    if (header.cells.length < 3 || !header.cells.some((c) => c.includes('支出'))) continue;
    const col = header.cells.findIndex((c) => SPENDING_COLUMN.test(compact(c)));
    if (col < 1 || header.cells.some((c) => /\d/.test(c))) continue;
    // The total is the first row of figures, or soon after the 类/款 rows when it comes last.
    for (let j = i + 1; j < Math.min(rows.length, i + 40); j++) {
      const row = rows[j] as Row;
      if (filled(row).length < 2) break;
      if (!/^(?:合计|本年支出合计)$/.test(compact(filled(row)[0] ?? ''))) continue;
      const value = parseAmount(row.cells[col] ?? '', unitAbove(rows, i));
      return value === null ? null : { value, source: { file, line_start: row.line, line_end: row.lineEnd } };
    }
  }
  return null;
}
