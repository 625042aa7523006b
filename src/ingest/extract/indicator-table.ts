/**
 * The indicator block of a project table: a header row (一级指标 … 偏差原因分析及改进措施), maybe
 * written over two lines and repeated after a page break, then one row per indicator. Columns are
 * mapped from the header's names, so any column order and the usual synonyms read the same.
 */
import { compact, isMissing, parseNumericCell, parseRate, parseScore } from '../normalize.ts';
import { filled, filledLines, mergeRows, type Row } from '../segment.ts';
import type { IndicatorDraft } from '../types.ts';
import {
  EXECUTION_ROW_RE,
  indicatorFieldOf,
  isPlaceholder,
  level1Of,
  levelPairOf,
  level2Of,
  statesComparison,
  TOTAL_SCORE_LABEL,
  type IndicatorField,
} from './labels.ts';

/** Where each field sits in the header, and the header's order of the fields after the name. */
export interface IndicatorLayout {
  cols: Partial<Record<IndicatorField, number>>;
  order: ValueField[];
  /** The 序号 column left of the levels, if the header has one. */
  seqCol?: number;
}

const SEQ_HEADER = /^(?:序号|编号|行次)$/;
const SEQ_CELL = /^\d{1,3}[.、．]?$/;

type ValueField = Exclude<IndicatorField, 'level1' | 'level2' | 'name'>;

function isValueField(f: IndicatorField): f is ValueField {
  return f !== 'level1' && f !== 'level2' && f !== 'name';
}

/** The order of the standard template, for headers that do not name their value columns. */
const STANDARD_ORDER: ValueField[] = ['target', 'actual', 'weight', 'score', 'reason'];

const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分)/;

/**
 * Rows that close the indicator block: the total, the grade, the analysis that follows. The other
 * total labels (TOTAL_SCORE_LABEL) only whole, as an indicator's name may begin with them ("考核得分率").
 */
export const ZONE_END = new RegExp(
  String.raw`^(?:总分|合计|总计|自评总分|自评得分|总得分|综合得分|自评等级|(?:项目)?(?:自评|评价)结论|项目绩效分析|主要经验做法|项目管理中存在|下一步改进|存在的问题|项目负责人|制表人|填报人)|^${TOTAL_SCORE_LABEL.source}(?![\u4e00-\u9fa5])`,
);

export function isIndicatorHeader(row: Row): boolean {
  // Each header below names 三级指标, 一级指标 or 指标名称: a row with no 级 and no 称 names none.
  if (!row.cells.some((cell) => cell.includes('级') || cell.includes('称'))) return false;
  const c = compact(filled(row).join('|'));
  if (c.includes('三级指标') || (c.includes('一级指标') && c.includes('二级指标'))) return true;
  // Templates without level columns: "绩效指标 | 指标名称 | 指标值 | 实际完成值 | 分值 | 得分".
  return c.includes('指标名称') && namesIndicatorValues(row);
}

/** A header naming an indicator's name, target, actual value and points. */
function namesIndicatorValues(row: Row): boolean {
  const fields = new Set(row.cells.map(indicatorFieldOf));
  return (
    fields.has('name') &&
    fields.has('target') &&
    fields.has('actual') &&
    (fields.has('weight') || fields.has('score'))
  );
}

function fieldCount(row: Row): number {
  return new Set(row.cells.map(indicatorFieldOf).filter((f) => f !== null)).size;
}

function hasLevelLabel(row: Row): boolean {
  return row.cells.some((c) => level1Of(c) !== null || level2Of(c) !== null);
}

/** The header at row i and the number of rows it spans (a second line "指标值 | 完成值" joins it). */
function readHeader(rows: readonly Row[], i: number, end: number): { header: Row; span: number } {
  const header = rows[i] as Row;
  const next = rows[i + 1];
  if (!next || i + 1 >= end || next.cells.some((c) => /\d/.test(c)) || hasLevelLabel(next)) {
    return { header, span: 1 };
  }
  const merged = mergeRows(header, next);
  return fieldCount(merged) > fieldCount(header) ? { header: merged, span: 2 } : { header, span: 1 };
}

function layoutOf(header: Row): IndicatorLayout {
  const cols: Partial<Record<IndicatorField, number>> = {};
  header.cells.forEach((c, col) => {
    const field = indicatorFieldOf(c);
    if (field !== null && cols[field] === undefined) cols[field] = col;
  });
  const nameCol = cols.name;
  const named = (Object.entries(cols) as [IndicatorField, number][])
    .filter(([, col]) => nameCol !== undefined && col > nameCol)
    .sort((a, b) => a[1] - b[1])
    .map(([f]) => f)
    .filter(isValueField);
  // A header naming only some value columns says nothing of the others' order: keep the standard.
  const complete =
    (['target', 'actual', 'weight'] as const).every((f) => named.includes(f)) &&
    (named.includes('score') || named.includes('score_rate'));
  const seqCol = header.cells.findIndex((c) => SEQ_HEADER.test(compact(c)));
  const firstLevel = Math.min(...[cols.level1, cols.level2, cols.name].map((c) => c ?? Infinity));
  const layout: IndicatorLayout = { cols, order: complete ? named : STANDARD_ORDER };
  if (seqCol >= 0 && seqCol < firstLevel) layout.seqCol = seqCol;
  return layout;
}

interface LevelState {
  level1: string | null;
  level2: string | null;
}

type Values = Partial<Record<ValueField, string>> & { notes: string[] };

/**
 * Reads cells in the header's order. Text fields take one cell each (an empty one keeps its place
 * when the row is aligned); a number field takes the next non-empty cell if it is a number, and
 * otherwise every remaining cell becomes a note, as a cell lost in export would shift them.
 */
function readInOrder(cells: readonly string[], order: readonly ValueField[]): Values {
  const values: Values = { notes: [] };
  let k = 0;
  for (const field of order) {
    if (k >= cells.length) break;
    if (field === 'reason') break;
    if (field === 'weight' || field === 'score') {
      while (k < cells.length && cells[k] === '') k++;
      if (k >= cells.length || parseNumericCell(cells[k] as string) === null) break;
    }
    values[field] = cells[k] as string;
    k++;
  }
  values.notes = cells.slice(k).filter((c) => c !== '');
  return values;
}

/** The field of each header column (the last field a column was found for). */
function fieldsByColumn(layout: IndicatorLayout): Map<number, IndicatorField> {
  const fieldAt = new Map<number, IndicatorField>();
  for (const [f, col] of Object.entries(layout.cols) as [IndicatorField, number][]) fieldAt.set(col, f);
  return fieldAt;
}

/** Reads an aligned row by the header's columns; unmapped cells right of the name are notes. */
function readByColumn(row: Row, fieldAt: ReadonlyMap<number, IndicatorField>, nameCol: number): Values {
  const values: Values = { notes: [] };
  row.cells.forEach((cell, col) => {
    if (col <= nameCol || cell === '') return;
    const field = fieldAt.get(col);
    const numeric = field === 'weight' || field === 'score';
    if (field === 'explain') return;
    if (field === undefined || field === 'reason' || field === 'level1' || field === 'level2') {
      values.notes.push(cell);
    } else if (numeric && parseNumericCell(cell) === null) {
      if (!isMissing(cell)) values.notes.push(cell);
    } else if (field !== 'name') values[field] = cell;
  });
  return values;
}

function canReadByColumn(layout: IndicatorLayout): boolean {
  const { cols } = layout;
  return [cols.target, cols.actual, cols.weight, cols.score ?? cols.score_rate].every((c) => c !== undefined);
}

/** Consumes the level labels that open a row; returns the index of the first other cell. */
function readLevels(
  cells: readonly string[],
  cols: readonly number[],
  current: LevelState,
  level1Col?: number,
): number {
  let k = 0;
  if (compact(cells[0] ?? '') === '绩效指标') k++;
  let sawLevel1 = false;
  while (k < cells.length) {
    const cell = cells[k] as string;
    const pair = sawLevel1 ? null : levelPairOf(cell);
    if (pair !== null) {
      [current.level1, current.level2] = pair;
      sawLevel1 = true;
      k++;
      continue;
    }
    const l1 = level1Of(cell);
    const l2 = level2Of(cell);
    // 成本指标 is a level-1 label in some templates and a level-2 one under 产出指标 in others.
    const inLevel1Col = level1Col !== undefined && cols[k] === level1Col;
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
  return k;
}

/** "≥240" with the 计量单位 column's "台" → "≥240台"; text values and values already carrying it stay. */
function withUnit(value: string, unit: string | undefined): string {
  const u = unit?.trim() ?? '';
  if (u === '' || isMissing(u) || !/\d$/.test(value.trim())) return value;
  return `${value.trim()}${u}`;
}

/** A 指标性质 cell naming a comparison, as the sign a 指标值 is written with ("≥95%"). */
const NATURE_SIGNS: Record<string, string> = {
  '≥': '≥',
  '≧': '≥',
  '>=': '≥',
  大于等于: '≥',
  不低于: '≥',
  '≤': '≤',
  '≦': '≤',
  '<=': '≤',
  小于等于: '≤',
  不高于: '≤',
  '=': '=',
  '＝': '=',
  等于: '=',
  '>': '>',
  '＞': '>',
  大于: '>',
  '<': '<',
  '＜': '<',
  小于: '<',
};

/** "95%" with the 指标性质 "≥" → "≥95%"; a value already stating a comparison, or 定性, stays. */
function withNature(value: string, nature: string | undefined): string {
  const sign = nature === undefined ? undefined : NATURE_SIGNS[compact(nature)];
  if (sign === undefined || statesComparison(value)) return value;
  return `${sign}${value.trim()}`;
}

/** "得分率 80%" of a weight of 20: 16 points. */
function scoreFromRate(rate: string | undefined, weight: number | null): number | null {
  if (rate === undefined || weight === null) return null;
  const r = parseRate(rate);
  return r === null ? null : Math.round(weight * r * 1e4) / 1e4;
}

/** A text value with the 计量单位 column's unit; null when missing. */
function textValue(v: string | undefined, unit: string | undefined): string | null {
  return v === undefined || isMissing(v) ? null : withUnit(v, unit);
}

function numberValue(v: string | undefined): number | null {
  return v === undefined ? null : parseNumericCell(v);
}

/** Splits an indicator row into its parts; null when the row carries no indicator. */
function parseIndicatorRow(
  row: Row,
  current: LevelState,
  layout: IndicatorLayout,
  fieldAt: ReadonlyMap<number, IndicatorField>,
): IndicatorDraft | null {
  // A 序号 column numbers the rows: its "1", "2" are neither levels nor names.
  const positions = row.cells
    .map((c, col) => ({ c, col }))
    .filter((x) => x.c !== '' && !(x.col === layout.seqCol && SEQ_CELL.test(x.c)));
  const cells = positions.map((x) => x.c);
  const k = readLevels(
    cells,
    positions.map((x) => x.col),
    current,
    layout.cols.level1,
  );
  const nameCol = positions[k]?.col;
  if (nameCol === undefined) return null;
  const line = filledLines(row)[k] ?? row.line;
  // OCR keeps template prefixes: "指标 1：租赁的线路不少于 5 条".
  const name = (cells[k] as string).replace(/^指标\s*\d+\s*[:：]\s*/, '');
  if (isPlaceholder(name) || cells.length - k < 2) return null;
  // A row aligned with the header is read by column, so an empty 实际完成值 keeps its place; a
  // row shifted by merged-cell drift is read by its non-empty cells in the header's order.
  const aligned = nameCol === layout.cols.name;
  const values =
    aligned && canReadByColumn(layout)
      ? readByColumn(row, fieldAt, nameCol)
      : readInOrder(aligned ? row.cells.slice(nameCol + 1) : cells.slice(k + 1), layout.order);
  const target = textValue(values.target, values.unit);
  const weight = numberValue(values.weight);
  const reason = [values.reason ?? '', ...values.notes].join(' ').trim();
  return {
    level1: current.level1,
    level2: current.level2,
    name,
    target: target === null ? null : withNature(target, values.nature),
    actual: textValue(values.actual, values.unit),
    weight,
    score: numberValue(values.score) ?? scoreFromRate(values.score_rate, weight),
    deviation_reason: isMissing(reason) ? null : reason,
    line,
  };
}

/** The budget-execution line of the indicator table, when the row is one. */
export interface ExecutionLine {
  weight: number | null;
  score: number | null;
  rate: number | null;
  row: Row;
}

/** The cell of a row in a header column; empty when the header has no such column. */
function cellAt(row: Row, col: number | undefined): string {
  return col === undefined ? '' : (row.cells[col] ?? '');
}

function executionLineOf(row: Row, layout: IndicatorLayout): ExecutionLine | null {
  const cells = filled(row).filter((c) => compact(c) !== '绩效指标');
  if (!EXECUTION_ROW_RE.test(compact(cells[0] ?? ''))) return null;
  const { cols } = layout;
  if (parseScore(cellAt(row, cols.weight)) !== null && parseScore(cellAt(row, cols.score)) !== null) {
    return {
      weight: parseScore(cellAt(row, cols.weight)),
      score: parseScore(cellAt(row, cols.score)),
      rate: parseRate(cellAt(row, cols.actual)),
      row,
    };
  }
  // Drifted: the plain numbers are the weight then the score; the last percentage is the rate.
  const numbers = cells.map(parseScore).filter((n): n is number => n !== null);
  const rates = cells.filter((c) => /%$/.test(c.trim()));
  return {
    weight: numbers[0] ?? null,
    score: numbers[1] ?? null,
    rate: parseRate(rates[rates.length - 1] ?? ''),
    row,
  };
}

/**
 * A row continuing the previous one's wrapped cell ("现场执法全过程" / "记录率"): one text cell
 * (name, target, actual or reason column) and nothing else. A row with a name and its values but
 * no score is an indicator of its own (merged score cells), not a continuation.
 */
/** Template prefixes and notes under the table ("注：实际完成值要与年度指标值对应"). */
const NOT_CONTINUATION = /^(?:指标\d|注[:：]|说明[:：]|备注[:：])/;

function continuationOf(row: Row, layout: IndicatorLayout): [ValueField | 'name', string][] | null {
  const { cols } = layout;
  if (cols.name === undefined || row.cells.length <= 1 || filled(row).length !== 1 || hasLevelLabel(row)) {
    return null;
  }
  const textCols = new Map<number, ValueField | 'name'>();
  for (const f of ['name', 'target', 'actual', 'reason'] as const) {
    const col = cols[f];
    if (col !== undefined) textCols.set(col, f);
  }
  const parts: [ValueField | 'name', string][] = [];
  for (let col = 0; col < row.cells.length; col++) {
    const cell = row.cells[col] as string;
    if (cell === '') continue;
    const field = textCols.get(col) ?? (cols.reason !== undefined && col > cols.reason ? 'reason' : null);
    if (field === null || isPlaceholder(cell) || NOT_CONTINUATION.test(compact(cell))) return null;
    if (field === 'name' && compact(cell).length > 20) return null;
    parts.push([field, cell]);
  }
  return parts.length > 0 ? parts : null;
}

function appendContinuation(ind: IndicatorDraft, parts: readonly [ValueField | 'name', string][]): void {
  for (const [field, cell] of parts) {
    if (field === 'name') ind.name += cell;
    else if (field === 'target') ind.target = (ind.target ?? '') + cell;
    else if (field === 'actual') ind.actual = (ind.actual ?? '') + cell;
    else if (field === 'reason') ind.deviation_reason = (ind.deviation_reason ?? '') + cell;
  }
}

export interface IndicatorBlock {
  indicators: IndicatorDraft[];
  /** Row index where the block ended. */
  next: number;
  execution: ExecutionLine | null;
  /** The header's layout; null when there is no indicator header. */
  layout: IndicatorLayout | null;
}

function endsBlock(row: Row): boolean {
  const cells = filled(row);
  const first = compact(cells[0] ?? '');
  if (ZONE_END.test(first)) return true;
  return cells.length === 1 && (HEADING.test(first) || first.length > 40) && !level2Of(first);
}

/** A header cell naming 指标值 and 实际完成值 together: "年度指标值/实际完成值". */
const TARGET_ACTUAL = /^(?:年度)?(?:指标值|目标值)[/／、]\S*(?:完成值|实际值|完成情况)$/;

/** The column of a header cell naming 指标值 and 实际完成值 together, or -1. */
function targetActualCol(header: Row): number {
  return header.cells.findIndex((c) => c.includes('值') && TARGET_ACTUAL.test(compact(c)));
}

/**
 * A row with the cell at col split in two: the header's "年度指标值/实际完成值" into its names, a
 * value "≥95%/98%" at its middle slash (a value with no slash is the target alone).
 */
function splitColumn(row: Row, col: number, header: boolean): Row {
  const cell = row.cells[col];
  if (cell === undefined) return row;
  let parts: [string, string];
  if (header) {
    const k = cell.search(/[/／、]/);
    parts = [cell.slice(0, k), cell.slice(k + 1)];
  } else {
    const slashes = [...cell.matchAll(/[/／]/g)].map((m) => m.index);
    const at = slashes.length % 2 === 1 ? slashes[(slashes.length - 1) / 2] : undefined;
    parts = at === undefined ? [cell, ''] : [cell.slice(0, at).trim(), cell.slice(at + 1).trim()];
  }
  const line = row.cellLines[col] ?? row.line;
  return {
    ...row,
    cells: [...row.cells.slice(0, col), ...parts, ...row.cells.slice(col + 1)],
    cellLines: [...row.cellLines.slice(0, col), line, line, ...row.cellLines.slice(col + 1)],
  };
}

/** Reads the indicator rows between `from` and `end`; the block starts at its header row. */
export function readIndicators(rows: readonly Row[], from: number, end: number): IndicatorBlock {
  let i = from;
  while (i < end && !isIndicatorHeader(rows[i] as Row)) i++;
  if (i >= end) return { indicators: [], next: from, execution: null, layout: null };
  // 指标值 and 实际完成值 in one column: every row of the block is read with that column split.
  const merged = targetActualCol(rows[i] as Row);
  if (merged >= 0) {
    const split = rows.map((row, j) => (j < i || j >= end ? row : splitColumn(row, merged, j === i)));
    return readBlock(split, i, end);
  }
  return readBlock(rows, i, end);
}

function readBlock(rows: readonly Row[], start: number, end: number): IndicatorBlock {
  const indicators: IndicatorDraft[] = [];
  let i = start;
  const first = readHeader(rows, i, end);
  const layout = layoutOf(first.header);
  const fieldAt = fieldsByColumn(layout);
  const current: LevelState = { level1: null, level2: null };
  let execution: ExecutionLine | null = null;
  let lastRow = -1;
  for (i += first.span; i < end; i++) {
    const row = rows[i] as Row;
    if (endsBlock(row)) break;
    // The header repeated after a page break.
    if (isIndicatorHeader(row)) {
      i += readHeader(rows, i, end).span - 1;
      continue;
    }
    const exec = executionLineOf(row, layout);
    if (exec) {
      execution ??= exec;
      continue;
    }
    const previous = indicators[indicators.length - 1];
    const parts = previous && lastRow === i - 1 ? continuationOf(row, layout) : null;
    if (previous && parts) {
      appendContinuation(previous, parts);
      lastRow = i;
      continue;
    }
    const indicator = parseIndicatorRow(row, current, layout, fieldAt);
    if (indicator) {
      indicators.push(indicator);
      lastRow = i;
    }
  }
  return { indicators, next: i, execution, layout };
}
