/**
 * The standard 项目支出绩效自评表 (and its 绩效目标完成情况表 variant): header block (项目名称,
 * 主管部门, 实施单位), the funds block (年初预算数 … 得分), the indicator rows and the 总分 row.
 * Works on Rows, so tab-separated and one-cell-per-line exports read the same.
 */
import type { Source } from '../../data/schema.ts';
import {
  compact,
  isMissing,
  parseAmount,
  parseNumericCell,
  parseRate,
  parseScore,
  parseYear,
  unitIn,
  type AmountUnit,
} from '../normalize.ts';
import { filled, filledLines, mergeRows, type Row } from '../segment.ts';
import type { IndicatorDraft, ProjectObservation, Sourced } from '../types.ts';
import { fundFieldOf, isPlaceholder, level1Of, level2Of, TITLE_RE, type FundField } from './labels.ts';
import { emptyObservation, splitCode } from './observation.ts';

export interface TableRegion {
  /** Row index of the title (or of the 项目名称 row when there is no title). */
  start: number;
  /** Row index of the 项目名称 row. */
  nameRow: number;
  /** Exclusive end row index. */
  end: number;
}

const NAME_LABEL = /^项目名称[:：]?(.*)$/;
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分)/;
const ZONE_END =
  /^(?:总分|合计|总计|项目绩效分析|主要经验做法|项目管理中存在|下一步改进|存在的问题|项目负责人|制表人|填报人)/;

function isNameRow(row: Row): boolean {
  const cells = filled(row);
  const first = cells[0];
  if (!first || cells.length > 4) return false;
  const m = NAME_LABEL.exec(compact(first));
  return m !== null && (m[1] !== '' || cells.length >= 2);
}

/** Finds every project table: a 项目名称 row, extended back to its title within 4 rows. */
export function findProjectTables(rows: readonly Row[], isBoundary: (i: number) => boolean): TableRegion[] {
  const starts: { start: number; nameRow: number }[] = [];
  rows.forEach((row, i) => {
    if (!isNameRow(row)) return;
    let start = i;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      if (TITLE_RE.test(compact(filled(rows[j] as Row).join('')))) {
        start = j;
        break;
      }
    }
    starts.push({ start, nameRow: i });
  });
  return starts.map((s, k) => {
    const next = starts[k + 1]?.start ?? rows.length;
    let end = s.nameRow + 1;
    while (end < next && !isBoundary(end)) end++;
    return { ...s, end };
  });
}

function source(file: string, row: Row): Source {
  return { file, line_start: row.line, line_end: row.lineEnd };
}

function sourced<T>(value: T | null, file: string, row: Row): Sourced<T> | null {
  return value === null ? null : { value, source: source(file, row) };
}

/** The value following a label cell in the same row, or the first cell of the next row. */
function valueAfterLabel(rows: readonly Row[], from: number, to: number, label: RegExp): string | null {
  for (let i = from; i < to; i++) {
    const cells = filled(rows[i] as Row);
    for (let k = 0; k < cells.length; k++) {
      // Labels open a short cell; long cells are values or prose.
      if ((cells[k] as string).length > 60) continue;
      const c = compact(cells[k] as string);
      const m = label.exec(c);
      if (!m) continue;
      const inline = m[1] ?? '';
      if (inline !== '') return (cells[k] as string).replace(/^[^:：]*[:：]\s*/, '').trim() || inline;
      const next = cells[k + 1] ?? filled(rows[i + 1] as Row)[0];
      return next ?? null;
    }
  }
  return null;
}

interface Funds {
  budget_initial: Sourced<number> | null;
  budget_adjusted: Sourced<number> | null;
  executed: Sourced<number> | null;
  rate: Sourced<number> | null;
  weight: number | null;
  score: Sourced<number> | null;
  headerRow: number;
}

const TOTAL_LABEL = /^(?:年度资金总额|资金总额|合计|总计)[:：]?$/;

function parseFundValue(field: FundField, cell: string, unit: AmountUnit): number | null {
  switch (field) {
    case 'rate':
      return parseRate(cell);
    case 'weight':
    case 'score':
      return parseScore(cell);
    default:
      return parseAmount(cell, unit);
  }
}

/** Reads the funds block: header cells mapped to fields, values from the 年度资金总额 row. */
function readFunds(rows: readonly Row[], region: TableRegion, file: string): Funds | null {
  const knownFields = (row: Row) =>
    new Set(row.cells.map(fundFieldOf).filter((f) => f !== null && f !== 'amount_any')).size;
  for (let i = region.nameRow; i < region.end; i++) {
    let header = rows[i] as Row;
    const next = rows[i + 1];
    // A header over two lines ("年初" / "预算数") reads as one.
    if (next && i + 1 < region.end && !next.cells.some((c) => /\d/.test(c))) {
      const merged = mergeRows(header, next);
      if (knownFields(merged) > Math.max(knownFields(header), knownFields(next))) {
        header = merged;
        i++;
      }
    }
    if (knownFields(header) < 2) continue;
    const unit = unitIn(header.cells.join(' ')) ?? '万元';
    const funds: Funds = {
      budget_initial: null,
      budget_adjusted: null,
      executed: null,
      rate: null,
      weight: null,
      score: null,
      headerRow: i,
    };
    const assign = (field: FundField, cell: string, row: Row) => {
      const value = parseFundValue(field, cell, unitIn(cell) ?? unit);
      if (value === null) return;
      if (field === 'weight') funds.weight ??= value;
      else if (field !== 'amount_any') funds[field] ??= sourced(value, file, row);
    };
    // Label-value layout ("预算数:", "319.67万元", "执行数:", …) inside the header row itself.
    const labelled = header.cells.some(
      (c) => /[:：]$/.test(c.trim()) && fundFieldOf(c.replace(/[:：]$/, '')),
    );
    if (labelled) {
      const cells = filled(header);
      cells.forEach((cell, k) => {
        const field = /[:：]$/.test(cell) ? fundFieldOf(cell.replace(/[:：]$/, '')) : null;
        const next = cells[k + 1];
        if (field && next !== undefined) assign(field, next, header);
      });
      return funds;
    }
    const headerFields = header.cells
      .map((c, col) => ({ col, field: fundFieldOf(c) }))
      .filter((h): h is { col: number; field: FundField } => h.field !== null && h.field !== 'amount_any');
    for (let j = i + 1; j < Math.min(region.end, i + 4); j++) {
      const row = rows[j] as Row;
      const labelCol = row.cells.findIndex((c) => TOTAL_LABEL.test(compact(c)));
      if (labelCol < 0) continue;
      const values = row.cells.slice(labelCol + 1).filter((c) => c.trim() !== '');
      if (values.length === headerFields.length) {
        headerFields.forEach((h, k) => assign(h.field, values[k] as string, row));
      } else {
        // Counts differ (a cell lost in export): fall back to column positions.
        headerFields.forEach((h) => assign(h.field, row.cells[h.col] ?? '', row));
      }
      return funds;
    }
    return funds;
  }
  return null;
}

function isIndicatorHeader(row: Row): boolean {
  const c = compact(filled(row).join('|'));
  return c.includes('三级指标') || (c.includes('一级指标') && c.includes('二级指标'));
}

interface LevelState {
  level1: string | null;
  level2: string | null;
  /** Column of 一级指标 in the header, to place "成本指标" (a level-1 or level-2 label). */
  level1Col: number | null;
  /** Column of 三级指标 (the indicator name) in the header. */
  nameCol: number | null;
}

/** Splits an indicator row into its parts; null when the row carries no indicator. */
function parseIndicatorRow(row: Row, current: LevelState): IndicatorDraft | null {
  const positions = row.cells.map((c, col) => ({ c, col })).filter((x) => x.c !== '');
  const cells = positions.map((x) => x.c);
  const lines = filledLines(row);
  let k = 0;
  if (compact(cells[0] ?? '') === '绩效指标') k++;
  let sawLevel1 = false;
  while (k < cells.length) {
    const cell = cells[k] as string;
    const l1 = level1Of(cell);
    const l2 = level2Of(cell);
    // 成本指标 is a level-1 label in some templates and a level-2 one under 产出指标 in others.
    const inLevel1Col = current.level1Col !== null && positions[k]?.col === current.level1Col;
    const asLevel1 = l1 !== null && (!l2 || (!sawLevel1 && (inLevel1Col || current.level1 !== '产出指标')));
    if (asLevel1) {
      current.level1 = l1;
      current.level2 = null;
      sawLevel1 = true;
    } else if (l2) {
      current.level2 = l2;
    } else break;
    k++;
  }
  const nameCol = positions[k]?.col;
  const line = lines[k] ?? lines[0] ?? 0;
  if (nameCol === undefined) return null;
  // A row aligned with the header is read by position, so an empty 实际完成值 keeps its place; a
  // row shifted by merged-cell drift is read by its non-empty cells in order.
  const aligned = nameCol === current.nameCol;
  const rest = aligned ? row.cells.slice(nameCol) : cells.slice(k);
  while (rest.length > 0 && rest[rest.length - 1] === '') rest.pop();
  // OCR keeps template prefixes: "指标 1：租赁的线路不少于 5 条".
  const name = rest[0]?.replace(/^指标\s*\d+\s*[:：]\s*/, '');
  if (name === undefined || isPlaceholder(name) || rest.filter((c) => c !== '').length < 2) return null;
  const target = rest[1] ?? null;
  const actual = rest[2] ?? null;
  const numbers: number[] = [];
  const notes: string[] = [];
  for (const cell of rest.slice(3)) {
    if (cell === '') continue;
    const n = parseNumericCell(cell);
    if (n !== null && notes.length === 0 && numbers.length < 2) numbers.push(n);
    else notes.push(cell);
  }
  const reason = notes.join(' ').trim();
  return {
    level1: current.level1,
    level2: current.level2,
    name,
    target: target === null || isMissing(target) ? null : target,
    actual: actual === null || isMissing(actual) ? null : actual,
    weight: numbers[0] ?? null,
    score: numbers[1] ?? null,
    deviation_reason: isMissing(reason) ? null : reason,
    line,
  };
}

function readIndicators(
  rows: readonly Row[],
  region: TableRegion,
): { indicators: IndicatorDraft[]; next: number } {
  const indicators: IndicatorDraft[] = [];
  let i = region.nameRow;
  while (i < region.end && !isIndicatorHeader(rows[i] as Row)) i++;
  if (i >= region.end) return { indicators, next: region.nameRow };
  const header = rows[i] as Row;
  const colOf = (label: string) => {
    const col = header.cells.findIndex((c) => compact(c) === label);
    return col >= 0 ? col : null;
  };
  const current: LevelState = {
    level1: null,
    level2: null,
    level1Col: colOf('一级指标'),
    nameCol: colOf('三级指标'),
  };
  for (i = i + 1; i < region.end; i++) {
    const row = rows[i] as Row;
    const cells = filled(row);
    const first = compact(cells[0] ?? '');
    if (ZONE_END.test(first)) break;
    if (cells.length === 1 && (HEADING.test(first) || first.length > 40) && !level2Of(first)) break;
    const indicator = parseIndicatorRow(row, current);
    if (indicator) indicators.push(indicator);
  }
  return { indicators, next: i };
}

/** The 总分 row: its last number is the total score; a grade word may follow. */
function readTotal(
  rows: readonly Row[],
  from: number,
  region: TableRegion,
  file: string,
): { total: Sourced<number> | null; grade: string | null } {
  for (let i = from; i < region.end; i++) {
    const row = rows[i] as Row;
    const cells = filled(row);
    if (!/^(?:总分|合计|总计|综合得分)$/.test(compact(cells[0] ?? ''))) continue;
    const numbers = cells
      .slice(1)
      .map(parseNumericCell)
      .filter((n): n is number => n !== null);
    const grade =
      cells.slice(1).find((c) => /^(?:优秀?|良好?|中等?|合格|差|较差|不合格)$/.test(compact(c))) ?? null;
    const total = numbers.length > 0 ? (numbers[numbers.length - 1] as number) : null;
    return { total: sourced(total, file, row), grade };
  }
  return { total: null, grade: null };
}

const GRADE_LABEL = /^(?:自评等级|评价等级|绩效等级|等级)[:：]?(.*)$/;

/** Extracts one project observation from a table region. */
export function extractProjectTable(
  rows: readonly Row[],
  region: TableRegion,
  file: string,
): ProjectObservation {
  const nameCell = valueAfterLabel(rows, region.nameRow, region.nameRow + 1, NAME_LABEL) ?? '';
  const { code, name } = splitCode(nameCell);
  const obs = emptyObservation('detail_table', name);
  obs.code =
    code ??
    splitCode(valueAfterLabel(rows, region.nameRow, region.end, /^项目(?:编码|代码|编号)[:：]?(.*)$/) ?? '')
      .code;
  obs.managing_dept = valueAfterLabel(
    rows,
    region.nameRow,
    region.end,
    /^(?:主管部门|预算部门|预算单位)[:：]?(.*)$/,
  );
  obs.implementing_unit = valueAfterLabel(
    rows,
    region.nameRow,
    region.end,
    /^(?:实施单位|项目实施单位)[:：]?(.*)$/,
  );

  const titleRow = rows[region.start] as Row;
  const title = compact(filled(titleRow).join(''));
  const titleMatch = /^(.*?)(?:项目)?(?:支出)?绩效/.exec(title);
  if (region.start !== region.nameRow && titleMatch?.[1]) obs.aliases.push(titleMatch[1]);

  const funds = readFunds(rows, region, file);
  if (funds) {
    obs.budget_initial = funds.budget_initial;
    obs.budget_adjusted = funds.budget_adjusted;
    obs.executed = funds.executed;
    obs.execution_rate_reported = funds.rate;
    obs.execution_weight = funds.weight;
    obs.execution_score = funds.score;
  }
  const { indicators, next } = readIndicators(rows, region);
  obs.indicators = indicators;
  const { total, grade } = readTotal(rows, Math.max(next, region.nameRow), region, file);
  obs.total_score = total;
  obs.grade = grade ?? valueAfterLabel(rows, region.nameRow, region.end, GRADE_LABEL);
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
