/**
 * The 部门整体支出绩效自评表 in table form: a funds block ("年度预算执行情况 | 年初预算数 | 全年预算数
 * | 全年执行数 | 分值 | 执行率 | 得分" over "年度资金总额 | …") and an indicator block closed by a
 * "总分" row. Both are the department's; no project is named.
 */
import { compact, isMissing, parseAmount, parseRate, parseScore, type AmountUnit } from '../normalize.ts';
import { filled, type Row } from '../segment.ts';
import type { DepartmentDraft } from '../types.ts';
import { emptyDepartment } from './department.ts';
import { fundFieldOf, indicatorFieldOf, TOTAL_SCORE_LABEL, unitLineOf, type FundField } from './labels.ts';

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

/** The funds block's total row (the first row of figures not a "其中" part) read into the draft. */
function readFunds(rows: readonly Row[], draft: DepartmentDraft, file: string): boolean {
  for (let i = 0; i < rows.length - 1; i++) {
    const cols = fundColumns(rows[i] as Row);
    if (!cols) continue;
    const row = rows[i + 1] as Row;
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
  const found = new Map<Slot, { value: number; row: Row }>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    const cells = filled(row);
    if (cells.map(indicatorFieldOf).includes('level1')) break;
    if (cells.length < 2 || cells.length > PAIR_ROW_CELLS) continue;
    const label = fundFieldOf(cells[cells.length - 2] as string);
    const value = cells[cells.length - 1] as string;
    if (!label || !SLOTS.includes(label) || found.has(label as Slot) || fundFieldOf(value)) continue;
    const parsed = label === 'rate' ? parseRate(value) : parseAmount(value, unitAbove(rows, i));
    if (parsed !== null) found.set(label as Slot, { value: parsed, row });
  }
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
export function extractDepartmentTable(rows: readonly Row[], file: string): DepartmentDraft | null {
  const draft = emptyDepartment();
  const funds = readFunds(rows, draft, file) || readFundPairs(rows, draft, file);
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
 * The 合计 row of a 部门决算's 支出决算表 ("科目名称 | 本年支出合计 | 基本支出 | 项目支出" over
 * "合计 | 38,562,480.00 | …"): the department's executed amount; null when there is no such table.
 */
export function extractAccountsSpending(
  rows: readonly Row[],
  file: string,
): { value: number; source: DepartmentDraft['sources'][number] } | null {
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
