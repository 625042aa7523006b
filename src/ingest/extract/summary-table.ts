/**
 * Summary tables of many projects (项目支出绩效自评情况汇总表): a header row naming the columns
 * (项目名称, 资金/预算/执行数, 自评得分, 自评等级 …, in any order, with synonyms), then one row per
 * project until the table ends.
 */
import {
  compact,
  isMissing,
  parseAmount,
  parseExecuted,
  parseRate,
  parseScore,
  unitIn,
  type AmountUnit,
} from '../normalize.ts';
import { filled, isSubHeader, mergeHeaderRows, rowText, type Row } from '../segment.ts';
import type { Source } from '../../data/schema.ts';
import type { ProjectObservation } from '../types.ts';
import {
  headerYear,
  scoreWithGrade,
  summaryFieldOf,
  tickedOption,
  unitNoteIn,
  type SummaryField,
} from './labels.ts';
import { emptyObservation, splitCode } from './observation.ts';

export interface SummaryTable {
  headerRow: number;
  /** Exclusive end row index. */
  end: number;
  rows: ProjectObservation[];
  /** The department's own row ("部门整体支出"), read like a project row; null when absent. */
  department: ProjectObservation | null;
}

interface Column {
  col: number;
  field: SummaryField;
  /** The year the column's header states its figure for ("2024年度 | 全年执行数"), if any. */
  year?: number;
}

function fieldOf(cell: string): SummaryField | null {
  return cell.trim() === '' ? null : summaryFieldOf(cell);
}

/**
 * An untyped amount column ("资金总额（万元）") beside an executed column and no budget column is
 * the budget the execution is measured against.
 */
function withBudgetColumn(cols: Column[]): Column[] {
  const unmeasured =
    hasField(cols, 'amount_any') &&
    hasField(cols, 'executed') &&
    !hasField(cols, 'budget_initial') &&
    !hasField(cols, 'budget_adjusted');
  if (!unmeasured) return cols;
  return cols.map((c) => (c.field === 'amount_any' ? { ...c, field: 'budget_adjusted' } : c));
}

/**
 * Columns of one figure for several years ("2022年预算数 | 2023年预算数 | 2023年执行数", or a
 * "2023年度" and a "2024年度" group side by side): the report's year is the latest, earlier ones are
 * there to compare, so only the latest is read, and its rows are that year's.
 */
function latestYearColumns(cols: Column[], header: Row): Column[] {
  if (!cols.some((c) => yearOf(header, c) !== null)) return cols;
  return cols
    .filter((c) => {
      const year = yearOf(header, c);
      return year === null || !cols.some((o) => o.field === c.field && (yearOf(header, o) ?? 0) > year);
    })
    .map((c) => {
      const year = yearOf(header, c);
      return year === null ? c : { ...c, year };
    });
}

function hasField(cols: readonly Column[], field: SummaryField): boolean {
  return cols.some((c) => c.field === field);
}

/** The year a column's header opens with ("2023年预算数"), or null. */
function yearOf(header: Row, c: Column): number | null {
  return headerYear(header.cells[c.col] ?? '');
}

/** How many distinct fields a header's columns name (0 for no header). */
function distinctFields(cols: readonly Column[] | null): number {
  return new Set(cols?.map((c) => c.field)).size;
}

function headerColumns(row: Row): Column[] | null {
  const named = row.cells
    .map((c, col) => ({ col, field: fieldOf(c) }))
    .filter((c): c is Column => c.field !== null);
  // Without a project column the row heads no summary table (most rows asked have none).
  if (!named.some((c) => c.field === 'name')) return null;
  const cols = withBudgetColumn(latestYearColumns(named, row));
  // Two name columns: a side-by-side table (收入 | 支出 of a 决算总表), not a list of projects.
  if (cols.filter((c) => c.field === 'name').length > 1) return null;
  const fields = new Set(cols.map((c) => c.field));
  const measures = ['budget_initial', 'budget_adjusted', 'executed', 'amount_any', 'score', 'rate'].filter(
    (f) => fields.has(f as SummaryField),
  );
  return fields.has('name') && measures.length >= 1 && filled(row).length >= 3 ? cols : null;
}

/**
 * The unit of the table's amounts: a "单位：万元" statement in the header or just above it, else a
 * unit the header names ("资金（万元）"); null when neither (a note in the two rows below may
 * state it, see unitNoteIn; else 万元). A column whose own header names a unit ("实际支出（元）")
 * keeps that one (see columnUnits).
 */
function statedUnitAbove(rows: readonly Row[], headerRow: number): AmountUnit | null {
  for (let i = headerRow; i >= Math.max(0, headerRow - 3); i--) {
    const text = compact(rowText(rows[i] as Row));
    if (/单位[:：]/.test(text)) {
      // The bracket closing a title's "（金额单位：元）" is the statement's, not a wrapped "(万元)".
      const unit = unitIn(text.replace(/^.*单位[:：]/, '').replace(/[)）].*$/, ''));
      if (unit) return unit;
    }
  }
  return unitIn(compact(rowText(rows[headerRow] as Row)));
}

const AMOUNT_COLUMN: ReadonlySet<SummaryField> = new Set([
  'budget_initial',
  'budget_adjusted',
  'executed',
  'amount_any',
]);

/** The unit of each amount column: its header cell's own ("实际支出（元）"), else the table's. */
function columnUnits(header: Row, columns: readonly Column[], unit: AmountUnit): Map<number, AmountUnit> {
  const units = new Map<number, AmountUnit>();
  for (const { col, field } of columns) {
    if (AMOUNT_COLUMN.has(field)) units.set(col, unitIn(header.cells[col] ?? '') ?? unit);
  }
  return units;
}

/**
 * Totals, also with a note in the name cell ("合计（6个项目）"), in brackets ("（小计）") or a
 * category's subtotal ("专项业务类小计"; "…合计" rows are account rows, below, or the department's own).
 */
const TOTAL_ROW =
  /^(?:合计|总计|[\u4e00-\u9fa5]{0,12}小计|\.+|…+)(?:[(（][^)）]*[)）])?$|^[(（](?:合计|总计|小计)[)）]$/;
/** The department's own row in a table of its budget. */
const DEPARTMENT_ROW =
  /^(?:部门整体支出|部门整体|部门支出合计|部门预算支出|部门合计|整体支出|本年支出合计|本年支出)(?:合计)?$/;
/**
 * Rows of a 收入支出决算表 read through a "项目" column: income and expenditure classes
 * ("一、公共安全支出", "本年收入合计"), carry-overs and totals — never projects.
 */
const ACCOUNT_ROW =
  /^(?:[一二三四五六七八九十]+[、.．])?.{0,20}(?:收入|支出)(?:合计|总计)?$|合计|总计|结转|结余/;
/** Parts of the department's budget, not projects: "其中：基本支出", "项目支出", "人员经费". */
/** A trailing note in brackets: "维护项目（含2022年结转）" is a project, not a carry-over row. */
const withoutNote = (name: string): string => name.replace(/[(（][^()（）]*[)）]$/, '');
const isAccountRow = (name: string): boolean => ACCOUNT_ROW.test(withoutNote(name) || name);
const BUDGET_PART =
  /^(?:其中|(?:基本|项目|人员|公用)(?:支出|经费)(?:合计)?$|日常公用经费$|一般公共预算|政府性基金|财政拨款)/;
/** A category row's number ("一", "二、") among projects numbered 1, 2, 3. */
const CATEGORY_SEQ = /^[一二三四五六七八九十]+[、.．]?$/;

/**
 * A 单位名称 / 预算单位 cell naming a bureau or a branch bureau on its own ("城固县公安局",
 * "汉中市公安局汉台分局", "南郑区公安分局"): the agency the row's project belongs to. A unit under a
 * bureau ("…公安局交通警察大队", "…看守所") is the project's implementing unit only.
 */
const AGENCY_CELL =
  /^(?:[\u4e00-\u9fa5]{2,24}?(?:公安局|公安处)(?:[\u4e00-\u9fa5]{2,14}?分局)?|[\u4e00-\u9fa5]{2,14}?公安分局)$/;

function agencyCell(unit: string): string | null {
  if (!unit.includes('公安')) return null;
  // "城固县公安局（本级）": the bureau itself.
  const name = withoutNote(unit);
  return AGENCY_CELL.test(name) ? name : null;
}

/** A 年度 cell: "2022", "2022年", "2022年度". */
const ROW_YEAR = /^((?:19|20)\d{2})(?:年度?)?$/;

/** A name cell holding only a number: an amount shifted into it by a total row's merged label. */
const NUMBER_ONLY = /^[-+]?[\d,.]+%?$/;

/** A cell stating a score and its grade ("91分（优）", "优（92分）"): the grade, and the score unless a score column gave one. */
function readScoreWithGrade(obs: ProjectObservation, raw: string, source: Source): boolean {
  const both = scoreWithGrade(raw);
  if (!both) return false;
  obs.total_score ??= { value: both.score, source };
  obs.grade ??= both.grade;
  return true;
}

function readRow(
  row: Row,
  columns: readonly Column[],
  units: ReadonlyMap<number, AmountUnit>,
  file: string,
): ProjectObservation | null {
  const nameCol = columns.find((c) => c.field === 'name');
  if (!nameCol) return null;
  const { code, name } = splitCode(row.cells[nameCol.col] ?? '');
  if (name.length < 2 || TOTAL_ROW.test(name) || NUMBER_ONLY.test(name)) return null;
  // "合计" in the 序号 column, its merged label leaving the name cell to the amounts.
  for (let col = 0; col < nameCol.col; col++) if (TOTAL_ROW.test(compact(row.cells[col] ?? ''))) return null;
  const obs = emptyObservation('summary_row', name);
  obs.code = code;
  const source = { file, line_start: row.line, line_end: row.lineEnd };
  obs.sources.push(source);
  for (const { col, field, year } of columns) {
    const raw = row.cells[col] ?? '';
    if (isMissing(raw)) continue;
    if (year !== undefined) obs.year ??= year;
    switch (field) {
      case 'budget_initial':
      case 'budget_adjusted':
      case 'executed':
      case 'amount_any': {
        const unit = unitIn(raw) ?? units.get(col) ?? '万元';
        const value = field === 'executed' ? parseExecuted(raw, unit) : parseAmount(raw, unit);
        if (value !== null) obs[field] = { value, source };
        break;
      }
      case 'rate': {
        const value = parseRate(raw);
        if (value !== null) obs.execution_rate_reported = { value, source };
        break;
      }
      case 'score': {
        const value = parseScore(raw);
        if (value !== null) obs.total_score = { value, source };
        else readScoreWithGrade(obs, raw, source);
        break;
      }
      case 'grade': {
        // "91分（优）" under 自评得分及等级: both. Else a grade word ("优", "良好"), not a
        // sentence of a 自评结论 column.
        if (readScoreWithGrade(obs, raw, source)) break;
        // A bare number under 评价结果 is the score, not a grade.
        const score = /\d/.test(raw) ? parseScore(raw) : null;
        if (score !== null) {
          obs.total_score ??= { value: score, source };
          break;
        }
        // A form's checkboxes ("☑优 ☐良") state the ticked option.
        const grade = compact(tickedOption(raw) ?? '');
        if (grade !== '' && grade.length <= 6) obs.grade = grade;
        break;
      }
      case 'code':
        obs.code = compact(raw);
        break;
      case 'year': {
        const year = ROW_YEAR.exec(compact(raw));
        if (year) obs.year = Number(year[1]);
        break;
      }
      case 'unit':
        obs.implementing_unit = compact(raw);
        obs.agency = agencyCell(obs.implementing_unit);
        break;
      default:
        break;
    }
  }
  return obs;
}

const hasNumber = (row: Row) => row.cells.some((c) => /\d/.test(c));

/** The header at row i, possibly written over two rows; null when row i starts no summary table. */
function headerAt(
  rows: readonly Row[],
  i: number,
): { header: Row; columns: Column[]; dataStart: number } | null {
  const row = rows[i] as Row;
  // Cheap pre-check: a header names its project column in a short cell ("项目名称", or "项目"/"名称"
  // over two lines).
  if (
    row.cells.length < 3 ||
    !row.cells.some((c) => c.length <= 12 && (c.includes('项目') || c.includes('名称')))
  ) {
    return null;
  }
  const single = headerColumns(row);
  const next = rows[i + 1];
  const merged = next && !hasNumber(next) ? twoRowHeader(row, next, single) : null;
  if (merged) return { ...merged, dataStart: i + 2 };
  return single ? { header: row, columns: single, dataStart: i + 1 } : null;
}

/**
 * The header written over rows top and bottom, when the joined rows name more fields than either
 * alone; null otherwise. `single` is top's own reading.
 */
function twoRowHeader(
  top: Row,
  bottom: Row,
  single: Column[] | null,
): { header: Row; columns: Column[] } | null {
  const header = mergeHeaderRows(top, bottom, (c) => fieldOf(c) !== null);
  const columns = headerColumns(header);
  if (!columns) return null;
  const gained =
    distinctFields(columns) > Math.max(distinctFields(single), distinctFields(headerColumns(bottom)));
  // Children under spanning parents ("上年结转 | 当年预算 | 合计") and a row of units under the
  // labels ("（万元）", "（%）") belong to the header even when they name no new field.
  const underneath = isSubHeader(top, bottom) || isUnitRow(bottom);
  return gained || (distinctFields(columns) >= distinctFields(single) && underneath)
    ? { header, columns }
    : null;
}

/** A cell stating only a column's unit: "（万元）", "元", "(%)", "分". */
const UNIT_CELL = /^[(（]?(?:亿元|万元|元|%|％|分)[)）]?$/;

/** A header's second row giving units only, however few of its columns it fills. */
function isUnitRow(row: Row): boolean {
  const cells = filled(row);
  return cells.length > 0 && cells.every((c) => UNIT_CELL.test(compact(c)));
}

/**
 * A cell with a line break splits its row over two lines in tab exports: the first part is short
 * of cells and the second continues the broken cell. Joins them back.
 */
function joinBrokenRow(row: Row, next: Row | undefined, width: number): Row | null {
  if (!next || row.cells.length >= width - 1) return null;
  const last = row.cells.length - 1;
  // A project over two rows: its 序号 and name on the first, its figures on the second under their
  // columns, the cells below the first row's left empty.
  if (next.cells.length >= width && next.cells.slice(0, last + 1).every((c) => c === '')) {
    return {
      cells: next.cells.map((c, k) => (k <= last ? (row.cells[k] as string) : c)),
      line: row.line,
      lineEnd: next.lineEnd,
      cellLines: next.cellLines.map((l, k) => (k <= last ? (row.cellLines[k] as number) : l)),
    };
  }
  if (row.cells.length + next.cells.length - 1 > width + 1) return null;
  return {
    cells: [
      ...row.cells.slice(0, last),
      `${row.cells[last] ?? ''}${next.cells[0] ?? ''}`,
      ...next.cells.slice(1),
    ],
    line: row.line,
    lineEnd: next.lineEnd,
    cellLines: [...row.cellLines.slice(0, last + 1), ...next.cellLines.slice(1)],
  };
}

const AMOUNT_FIELDS = ['budget_initial', 'budget_adjusted', 'executed', 'amount_any'] as const;

/**
 * Rows of one project split by 资金来源 ("中央 | 省级 | 市县"): one project whose amounts are the
 * sum of its rows'. The rows' rates are each source's own, so the project states none; rows that
 * disagree on the score, grade, code or unit are left apart (they are then not one project's).
 */
function foldFundSources(projects: readonly ProjectObservation[]): ProjectObservation[] {
  const byName = new Map<string, ProjectObservation[]>();
  for (const obs of projects) {
    const list = byName.get(obs.name);
    if (list) list.push(obs);
    else byName.set(obs.name, [obs]);
  }
  const out: ProjectObservation[] = [];
  const apart = new Set<string>();
  for (const obs of projects) {
    const parts = byName.get(obs.name) as ProjectObservation[];
    if (parts.length === 1 || apart.has(obs.name)) {
      out.push(obs);
      continue;
    }
    if (parts[0] !== obs) continue;
    const same = (pick: (o: ProjectObservation) => unknown) => parts.every((p) => pick(p) === pick(obs));
    const picks: ((o: ProjectObservation) => unknown)[] = [
      (p) => p.total_score?.value ?? null,
      (p) => p.grade,
      (p) => p.code,
      (p) => p.implementing_unit,
    ];
    if (!picks.every((pick) => same(pick))) {
      apart.add(obs.name);
      out.push(obs);
      continue;
    }
    const sources = parts.flatMap((p) => p.sources);
    // The sum comes from every row: its source spans them.
    const span: Source = {
      file: obs.sources[0]?.file ?? '',
      line_start: Math.min(...sources.map((x) => x.line_start)),
      line_end: Math.max(...sources.map((x) => x.line_end)),
    };
    const folded: ProjectObservation = { ...obs, sources };
    for (const field of AMOUNT_FIELDS) {
      const values = parts.map((p) => p[field]?.value).filter((v) => v !== undefined);
      const sum = values.reduce((a, v) => a + v, 0);
      folded[field] = values.length === 0 ? null : { value: Math.round(sum * 1e6) / 1e6, source: span };
    }
    folded.execution_rate_reported = null;
    out.push(folded);
  }
  return out;
}

/** What a summary row states, to tell a repeated row from another project of the same name. */
function rowFacts(obs: ProjectObservation): string {
  return JSON.stringify([
    obs.name,
    obs.code,
    obs.implementing_unit,
    obs.year ?? null,
    ...AMOUNT_FIELDS.map((f) => obs[f]?.value ?? null),
    obs.execution_rate_reported?.value ?? null,
    obs.total_score?.value ?? null,
    obs.grade,
  ]);
}

/**
 * A row printed again, figure for figure, at the top of the next page (its table continued after
 * a page break) is one project: the repeat adds its line to the first row's sources.
 */
function withoutRepeatedRows(projects: readonly ProjectObservation[]): ProjectObservation[] {
  const first = new Map<string, ProjectObservation>();
  const out: ProjectObservation[] = [];
  for (const obs of projects) {
    const key = rowFacts(obs);
    const seen = first.get(key);
    if (seen) seen.sources.push(...obs.sources);
    else {
      first.set(key, obs);
      out.push(obs);
    }
  }
  return out;
}

/** A row opening a section of the table: "一、刑事侦查大队", "（二）专项业务类". */
const SECTION_ROW = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])(.{2,20})$/;
/** A section's number alone in its cell: "（一）", "一、", "二". */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]?|[（(][一二三四五六七八九十]+[)）])$/;
/** Words of a report's headings ("二、项目支出绩效自评表", "三、存在的问题"), not of a unit or a category. */
const REPORT_PART = /表|绩效|情况|汇总|评价|问题|措施|结论|概况|说明/;
/** A section naming the unit its projects belong to, not a category of projects. */
const UNIT_NAME = /(?:队|科|室|所|中心|局|处)$/;

/**
 * The name a section row gives the rows below it: one numbered cell naming a unit or a category,
 * followed by a data row of the table. A heading of the report ("二、项目支出绩效自评表"), or one
 * followed by a table's header, opens the next part of the report instead.
 */
function sectionHeading(row: Row, next: Row | undefined, width: number): string | null {
  const cells = filled(row);
  // The number may sit in the 序号 column and the name in the next: "（一） | 专项业务类".
  const numbered = cells.length === 2 && SECTION_NUMBER.test(compact(cells[0] as string));
  if ((cells.length !== 1 && !numbered) || !next || filled(next).length < Math.max(2, Math.ceil(width / 2)))
    return null;
  if (headerColumns(next)) return null;
  const name = numbered ? compact(cells[1] as string) : SECTION_ROW.exec(compact(cells[0] as string))?.[1];
  return name !== undefined && /^.{2,20}$/.test(name) && !REPORT_PART.test(name) ? name : null;
}

/**
 * A heading of its own line naming a bureau ("一、于都县公安局", "兴国县公安局") over a table of
 * projects: a city's collection of its county bureaus' tables, each under its bureau's name.
 */
export function agencyHeading(row: Row | undefined): string | null {
  const cells = row ? filled(row) : [];
  if (cells.length !== 1 || !(cells[0] as string).includes('公安')) return null;
  const text = compact(cells[0] as string).replace(/^#+/, '');
  return agencyCell(SECTION_ROW.exec(text)?.[1] ?? text);
}

/** The bureau a heading above the header names (a "单位：万元" line may stand between them). */
function agencyAbove(rows: readonly Row[], headerRow: number): string | null {
  const above = rows[headerRow - 1];
  if (above && /单位[:：]/.test(rowText(above))) return agencyHeading(rows[headerRow - 2]);
  return agencyHeading(above);
}

interface TableBody {
  read: { obs: ProjectObservation; seq: string }[];
  department: ProjectObservation | null;
  /** Exclusive end row index. */
  end: number;
}

/** The rows of the table whose data starts at `dataStart`, read in `units`, up to its end. */
function readBody(
  rows: readonly Row[],
  dataStart: number,
  header: Row,
  columns: readonly Column[],
  units: ReadonlyMap<number, AmountUnit>,
  file: string,
  headingUnit: string | null,
): TableBody {
  const unitCol = columns.find((c) => c.field === 'unit')?.col;
  const width = filled(header).length;
  const read: { obs: ProjectObservation; seq: string }[] = [];
  let department: ProjectObservation | null = null;
  const seqCol = columns.find((c) => c.field === 'seq')?.col;
  // A 单位名称 cell merged over its projects' rows is written on the first of them only.
  let above: ProjectObservation | null = null;
  let sectionUnit = headingUnit;
  let j = dataStart;
  for (; j < rows.length; j++) {
    let row = rows[j] as Row;
    // The next bureau's heading over its own table: that table is read on its own.
    if (agencyHeading(row) !== null && agencyAbove(rows, j + 1) !== null && headerAt(rows, j + 1)) break;
    const section = sectionHeading(row, rows[j + 1], width);
    if (section !== null) {
      sectionUnit = UNIT_NAME.test(section) ? section : null;
      continue;
    }
    const joined = joinBrokenRow(row, rows[j + 1], header.cells.length);
    if (joined && filled(joined).length >= Math.ceil(width / 2)) {
      row = joined;
      j++;
    }
    // A data row is about as wide as the header; a lone cell ends the table.
    if (filled(row).length < Math.max(2, Math.ceil(width / 2))) break;
    // The header printed again after a page break.
    if (headerColumns(row)) continue;
    const obs = readRow(row, columns, units, file);
    if (!obs || BUDGET_PART.test(obs.name)) continue;
    if (unitCol !== undefined && row.cells[unitCol] === '' && above) {
      obs.implementing_unit = above.implementing_unit;
      obs.agency = above.agency;
    } else if (unitCol === undefined && sectionUnit !== null) {
      obs.implementing_unit = sectionUnit;
      obs.agency = agencyCell(sectionUnit);
    }
    above = obs;
    if (DEPARTMENT_ROW.test(obs.name)) department ??= obs;
    else if (isAccountRow(obs.name)) continue;
    else read.push({ obs, seq: seqCol === undefined ? '' : compact(row.cells[seqCol] ?? '') });
  }
  return { read, department, end: j };
}

/** Every summary table of the document. Blank lines and page footers inside a table do not end it. */
export function findSummaryTables(rows: readonly Row[], file: string): SummaryTable[] {
  const tables: SummaryTable[] = [];
  for (let i = 0; i < rows.length; i++) {
    const found = headerAt(rows, i);
    if (!found) continue;
    const { header, columns, dataStart } = found;
    const stated = statedUnitAbove(rows, i);
    const headingUnit = agencyAbove(rows, i);
    const readIn = (unit: AmountUnit): TableBody =>
      readBody(rows, dataStart, header, columns, columnUnits(header, columns, unit), file, headingUnit);
    let body = readIn(stated ?? '万元');
    // A unit stated only in a note below the table is known once its end is: read it again in that unit.
    const noted = stated ? null : unitNoteIn(rows, body.end, body.end + 2);
    if (noted && noted !== '万元') body = readIn(noted);
    const { read, department, end: j } = body;
    // Category rows ("一 专项业务费") carry subtotals of the projects numbered 1, 2, 3 under them.
    const numbered = read.some((r) => /^\d/.test(r.seq));
    let projects = read.filter((r) => !(numbered && CATEGORY_SEQ.test(r.seq))).map((r) => r.obs);
    projects = withoutRepeatedRows(projects);
    if (columns.some((c) => c.field === 'fund_source')) projects = foldFundSources(projects);
    if (projects.length > 0 || department) tables.push({ headerRow: i, end: j, rows: projects, department });
    i = j - 1;
  }
  return tables;
}
