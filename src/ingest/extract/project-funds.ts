/**
 * The funds block of a project table (年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分):
 * a header row mapped to fields and the total row (年度资金总额 / 合计) anywhere below it among the
 * source rows (当年财政拨款, 上年结转…); or, in forms written one "label：value" per line, the
 * labelled lines ("年初预算数：150万元").
 */
import type { Source } from '../../data/schema.ts';
import {
  compact,
  firstNumber,
  isMissing,
  parseAmount,
  parseExecuted,
  parseNumericCell,
  parseRate,
  parseScore,
  roundTo,
  unitIn,
  type AmountUnit,
} from '../normalize.ts';
import { filled, mergeHeaderRows, type Row } from '../segment.ts';
import type { Sourced } from '../types.ts';
import { isIndicatorHeader, ZONE_END } from './indicator-table.ts';
import { fundFieldOf, TOTAL_SCORE_ROW, unitLineOf, type FundField } from './labels.ts';

export interface Funds {
  budget_initial: Sourced<number> | null;
  budget_adjusted: Sourced<number> | null;
  executed: Sourced<number> | null;
  rate: Sourced<number> | null;
  weight: number | null;
  score: Sourced<number> | null;
}

type Field = Exclude<FundField, 'amount_any'>;

const TOTAL_LABEL = /^(?:年度资金总额|资金总额|合计|总计)[:：]?$/;
const SUBTOTAL_LABEL = /^小计[:：]?$/;
/** Rows after which the funds block is over. */
const FUNDS_END = /^(?:年度总体目标|年度绩效目标|总体目标|绩效目标|绩效指标|一级指标)/;

function emptyFunds(): Funds {
  return {
    budget_initial: null,
    budget_adjusted: null,
    executed: null,
    rate: null,
    weight: null,
    score: null,
  };
}

function source(file: string, row: Row): Source {
  return { file, line_start: row.line, line_end: row.lineEnd };
}

function parseFundValue(field: Field, cell: string, unit: AmountUnit): number | null {
  switch (field) {
    case 'rate':
      return parseRate(cell);
    case 'weight':
    case 'score':
      return parseScore(cell);
    case 'executed':
      return parseExecuted(cell, unit);
    default:
      return parseAmount(cell, unit);
  }
}

/** Records a value unless the field already has one (the first statement wins). */
function assign(funds: Funds, field: Field, value: number | null, file: string, row: Row): void {
  if (value === null) return;
  if (field === 'weight') funds.weight ??= value;
  else funds[field] ??= { value, source: source(file, row) };
}

function fieldOf(cell: string): Field | null {
  const f = fundFieldOf(cell);
  return f === 'amount_any' ? null : f;
}

/** A cell holding a value after its label ("预算数：150万元") is not a header cell. */
const INLINE_VALUE = /[:：]\s*[-+.\d]/;

function knownFields(row: Row): number {
  return new Set(
    row.cells
      .filter((c) => !INLINE_VALUE.test(c))
      .map(fieldOf)
      .filter((f) => f !== null),
  ).size;
}

/**
 * The header row at i (joined with the next when the header is written over two lines), with the
 * number of fields it knows.
 */
function headerAt(
  rows: readonly Row[],
  i: number,
  end: number,
): { header: Row; span: number; known: number } {
  const header = rows[i] as Row;
  const known = knownFields(header);
  const next = rows[i + 1];
  if (next && i + 1 < end && !next.cells.some((c) => /\d/.test(c))) {
    const merged = mergeHeaderRows(header, next, (c) => fieldOf(c) !== null);
    const joined = knownFields(merged);
    if (joined > Math.max(known, knownFields(next))) return { header: merged, span: 2, known: joined };
  }
  return { header, span: 1, known };
}

/** Label-value cells inside the header row itself ("预算数:", "319.67万元", "执行数:", …). */
function readLabelledHeader(header: Row, unit: AmountUnit, file: string): Funds | null {
  const labelled = header.cells.some((c) => /[:：]$/.test(c.trim()) && fundFieldOf(c.replace(/[:：]$/, '')));
  if (!labelled) return null;
  const funds = emptyFunds();
  const cells = filled(header);
  cells.forEach((cell, k) => {
    const field = /[:：]$/.test(cell) ? fieldOf(cell.replace(/[:：]$/, '')) : null;
    const next = cells[k + 1];
    if (field && next !== undefined)
      assign(funds, field, parseFundValue(field, next, unitIn(next) ?? unit), file, header);
  });
  return funds;
}

/** The total row of the funds block: 年度资金总额 / 合计 / 总计, else 小计, before the block ends. */
function totalRowOf(rows: readonly Row[], from: number, end: number): { row: Row; labelCol: number } | null {
  let subtotal: { row: Row; labelCol: number } | null = null;
  for (let j = from; j < end; j++) {
    const row = rows[j] as Row;
    const first = compact(filled(row)[0] ?? '');
    if (isIndicatorHeader(row) || FUNDS_END.test(first) || (ZONE_END.test(first) && !TOTAL_LABEL.test(first)))
      break;
    const labelCol = row.cells.findIndex((c) => TOTAL_LABEL.test(compact(c)));
    if (labelCol >= 0) return { row, labelCol };
    const subCol = row.cells.findIndex((c) => SUBTOTAL_LABEL.test(compact(c)));
    if (subCol >= 0) subtotal ??= { row, labelCol: subCol };
  }
  return subtotal;
}

/**
 * Templates without fund-source rows put the figures in the row right under the header, with no
 * label: a row whose filled cells are all numbers (or "—"), as many as the header's fields.
 */
function unlabelledValueRow(rows: readonly Row[], i: number, end: number, fields: number): Row | null {
  const row = rows[i];
  if (!row || i >= end) return null;
  const cells = filled(row);
  if (cells.length < 2 || cells.length > fields) return null;
  return cells.every((c) => isMissing(c) || parseNumericCell(c) !== null) ? row : null;
}

/** Reads the funds block under a header row: header cells mapped to fields, values from the total row. */
function readTable(
  rows: readonly Row[],
  i: number,
  header: Row,
  end: number,
  lineUnit: AmountUnit | null,
  file: string,
): Funds {
  const headerUnit = unitIn(header.cells.join(' ')) ?? lineUnit ?? '万元';
  const labelled = readLabelledHeader(header, headerUnit, file);
  if (labelled) return labelled;
  const funds = emptyFunds();
  const headerFields = header.cells
    .map((c, col) => ({ col, field: fieldOf(c), unit: unitIn(c) ?? headerUnit }))
    .filter((h): h is { col: number; field: Field; unit: AmountUnit } => h.field !== null);
  const unlabelled = unlabelledValueRow(rows, i + 1, end, headerFields.length);
  const total = totalRowOf(rows, i + 1, end) ?? (unlabelled ? { row: unlabelled, labelCol: -1 } : null);
  if (!total) return sumOfSources(rows, i + 1, end, headerFields, file) ?? funds;
  const { row, labelCol } = total;
  const cells = valueCells(row, labelCol, headerFields);
  headerFields.forEach((h, k) => {
    const cell = cells[k] as string;
    assign(funds, h.field, parseFundValue(h.field, cell, unitIn(cell) ?? h.unit), file, row);
  });
  return funds;
}

interface HeaderField {
  col: number;
  field: Field;
  unit: AmountUnit;
}

/**
 * The cells of a value row under each header field: by order of the filled cells after the label,
 * else by column.
 */
function valueCells(row: Row, labelCol: number, headerFields: readonly HeaderField[]): string[] {
  const values = row.cells.slice(labelCol + 1).filter((c) => c.trim() !== '');
  // Counts differ (a cell lost in export): fall back to column positions.
  const byOrder = values.length === headerFields.length;
  return headerFields.map((h, k) => (byOrder ? values[k] : row.cells[h.col]) ?? '');
}

/** A fund-source row of the funds block: "财政拨款", "其中：当年财政拨款", "上年结转资金", "其他资金". */
const SOURCE_ROW =
  /^(?:其中[:：])?(?:当年|本年)?(?:财政拨款|财政资金|财政补助|上年结转(?:资金)?|结转资金|其他资金|自筹资金|(?:中央|省级?|市级?|县级?|区级?|本级)(?:财政)?(?:补助|配套|专项)?资金)[:：]?$/;

/**
 * A funds block of fund-source rows (财政拨款 / 上年结转 / 其他资金) with no 年度资金总额 row: the
 * template defines the total as the sum of its sources, so each amount is the sum of the rows
 * stating it (a "—" part counts as none; no row stating it leaves it null). The 分值 and 得分 of
 * merged cells are written in one row only and are the project's; a rate is the project's only
 * when the rows that state one agree (a part's own rate is not the whole's).
 */
function sumOfSources(
  rows: readonly Row[],
  from: number,
  end: number,
  headerFields: readonly HeaderField[],
  file: string,
): Funds | null {
  const parts: { row: Row; labelCol: number }[] = [];
  for (let j = from; j < end; j++) {
    const row = rows[j] as Row;
    const first = compact(filled(row)[0] ?? '');
    if (isIndicatorHeader(row) || FUNDS_END.test(first) || ZONE_END.test(first)) break;
    if (!first.includes('资金') && !first.includes('拨款') && !first.includes('结转')) continue;
    const labelCol = row.cells.findIndex((c) => SOURCE_ROW.test(compact(c)));
    if (labelCol >= 0) parts.push({ row, labelCol });
  }
  const firstPart = parts[0];
  const lastPart = parts[parts.length - 1];
  if (!firstPart || !lastPart) return null;
  const span: Source = { file, line_start: firstPart.row.line, line_end: lastPart.row.lineEnd };
  const funds = emptyFunds();
  const rates = new Set<number>();
  let rateSource: Source | null = null;
  const partCells = parts.map(({ row, labelCol }) => ({
    row,
    cells: valueCells(row, labelCol, headerFields),
  }));
  headerFields.forEach((h, k) => {
    let sum: number | null = null;
    for (const { row, cells } of partCells) {
      const cell = cells[k] as string;
      const value = parseFundValue(h.field, cell, unitIn(cell) ?? h.unit);
      if (value === null) continue;
      if (AMOUNT_FIELDS.has(h.field)) sum = roundTo((sum ?? 0) + value);
      else if (h.field === 'rate') {
        rates.add(value);
        rateSource ??= source(file, row);
      } else assign(funds, h.field, value, file, row);
    }
    if (sum !== null)
      funds[h.field as 'budget_initial' | 'budget_adjusted' | 'executed'] ??= { value: sum, source: span };
  });
  const [rate] = rates;
  if (rates.size === 1 && rate !== undefined && rateSource) funds.rate = { value: rate, source: rateSource };
  return hasAny(funds) ? funds : null;
}

/**
 * A "label：value" line of a form ("年初预算数：150万元", "预算执行得分：9.49分（分值10分）").
 * A bare 得分 / 分值 label there is the project's total, not the execution score: only labels
 * naming 执行 give those.
 */
function readLabelledLine(funds: Funds, row: Row, unit: AmountUnit, file: string): void {
  for (const cell of filled(row)) {
    const m = /^([^:：]{2,12})[:：]\s*(\S.*)$/.exec(cell.trim());
    if (!m) continue;
    const label = m[1] as string;
    const value = (m[2] as string).trim();
    const field = fieldOf(label);
    if (field === null) continue;
    if ((field === 'score' || field === 'weight') && !label.includes('执行')) continue;
    if (field === 'score') {
      assign(funds, 'score', firstNumber(value), file, row);
      const weight = /(?:分值|权重|满分)[:：]?\s*(\d+(?:\.\d+)?)/.exec(value);
      if (weight) assign(funds, 'weight', Number(weight[1]), file, row);
      continue;
    }
    assign(
      funds,
      field,
      parseFundValue(field, value.replace(/[（(].*$/, ''), unitIn(value) ?? unit),
      file,
      row,
    );
  }
}

/** The total column's header in a transposed block ("资金总额 | 财政资金 | 其他资金"). */
const SOURCE_TOTAL = /^(?:年度)?(?:资金总额|合计|总计|小计)[:：]?$/;
const AMOUNT_FIELDS: ReadonlySet<Field> = new Set(['budget_initial', 'budget_adjusted', 'executed']);

/** Label cells of a row with the field each names; cells holding their value inline are not labels. */
function labelCells(row: Row): { col: number; field: Field }[] {
  return row.cells
    .map((c, col) => ({ col, field: INLINE_VALUE.test(c) ? null : fieldOf(c) }))
    .filter((x): x is { col: number; field: Field } => x.field !== null);
}

/**
 * A transposed funds block: one row per figure ("年初预算数 | 60.00 | 60.00 | 0.00") under fund-source
 * columns ("资金总额 | 财政资金 | 其他资金"), then "执行率 | 90% | 分值 | 10 | 得分 | 9". A row's first
 * label takes the total column's value, other labels the next filled cell. Only read when two
 * amount rows carry numbers and no row is a standard header (several amount labels).
 */
function readTransposed(
  rows: readonly Row[],
  from: number,
  end: number,
  unit: AmountUnit,
  file: string,
): Funds | null {
  const funds = emptyFunds();
  const amounts = new Set<Field>();
  let totalCol = -1;
  for (let i = from; i < end; i++) {
    const row = rows[i] as Row;
    if (isIndicatorHeader(row) || FUNDS_END.test(compact(filled(row)[0] ?? ''))) break;
    const labels = labelCells(row);
    if (labels.filter((l) => AMOUNT_FIELDS.has(l.field)).length > 1) return null;
    if (totalCol < 0) totalCol = row.cells.findIndex((c) => SOURCE_TOTAL.test(compact(c)));
    const rowUnit = unitIn(row.cells.join(' ')) ?? unit;
    const hasRate = labels.some((l) => l.field === 'rate');
    labels.forEach(({ col, field }, k) => {
      const atTotal = k === 0 && totalCol > col ? (row.cells[totalCol] ?? '') : '';
      const cell = atTotal.trim() !== '' ? atTotal : row.cells.slice(col + 1).find((c) => c.trim() !== '');
      // A bare 分值 / 得分 is the execution's only beside the rate (elsewhere it is the total);
      // "执行率得分" names it.
      const execution = hasRate || (row.cells[col] ?? '').includes('执行');
      if (cell === undefined || ((field === 'weight' || field === 'score') && !execution)) return;
      const value = parseFundValue(field, cell, unitIn(cell) ?? rowUnit);
      if (value !== null && AMOUNT_FIELDS.has(field)) amounts.add(field);
      assign(funds, field, value, file, row);
    });
  }
  return amounts.size >= 2 ? funds : null;
}

/**
 * The (field, value) pairs of a row written "label | value | label | value" ("年初预算数 | 66.00 |
 * 全年预算数 | 72.00"); null when a label is not followed by a value, as in a header row. A total
 * score ("自评得分 | 92") is the project's, not the funds block's execution score.
 */
export function fundPairsOf(row: Row): { field: Field; value: string }[] | null {
  const cells = filled(row);
  const pairs: { field: Field; value: string }[] = [];
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k] as string;
    const field = INLINE_VALUE.test(cell) || TOTAL_SCORE_ROW.test(compact(cell)) ? null : fieldOf(cell);
    if (field === null) continue;
    const next = cells[k + 1];
    if (next === undefined || !/\d/.test(next) || fieldOf(next) !== null) return null;
    pairs.push({ field, value: next });
    k++;
  }
  return pairs.length > 0 ? pairs : null;
}

/** A funds block of "label | value" pairs, over this row and the following ones that continue it. */
function readPairs(rows: readonly Row[], from: number, end: number, unit: AmountUnit, file: string): Funds {
  const funds = emptyFunds();
  for (let i = from; i < end; i++) {
    const row = rows[i] as Row;
    const pairs = isIndicatorHeader(row) ? null : fundPairsOf(row);
    if (!pairs) break;
    for (const { field, value } of pairs)
      assign(funds, field, parseFundValue(field, value, unitIn(value) ?? unit), file, row);
  }
  return funds;
}

function hasAny(funds: Funds): boolean {
  return Object.values(funds).some((v) => v !== null);
}

/**
 * Reads the funds block between rows `from` and `end`. `lineUnit` is the unit stated on a line
 * above the table ("金额单位：元"); a unit in a header cell wins for its column.
 */
export function readFunds(
  rows: readonly Row[],
  from: number,
  end: number,
  lineUnit: AmountUnit | null,
  file: string,
): Funds | null {
  const transposed = readTransposed(rows, from, end, lineUnit ?? '万元', file);
  if (transposed) return transposed;
  let unit = lineUnit;
  let stop = end;
  for (let i = from; i < end; i++) {
    const row = rows[i] as Row;
    if (isIndicatorHeader(row)) {
      stop = i;
      break;
    }
    unit =
      filled(row)
        .map(unitLineOf)
        .find((u) => u !== null) ?? unit;
    const { header, span, known } = headerAt(rows, i, end);
    if (known >= 2) {
      // "项目资金（元）" opening the first row states the unit of every pair.
      const pairUnit = unitIn(filled(row)[0] ?? '') ?? unit ?? '万元';
      if ((fundPairsOf(row)?.length ?? 0) >= 2) return readPairs(rows, i, end, pairUnit, file);
      return readTable(rows, i + span - 1, header, end, unit, file);
    }
  }
  const funds = emptyFunds();
  for (let i = from; i < stop; i++) readLabelledLine(funds, rows[i] as Row, unit ?? '万元', file);
  return hasAny(funds) ? funds : null;
}
