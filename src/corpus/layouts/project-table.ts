/**
 * The standard 项目支出绩效自评表, one to three per document: header block (项目名称, 主管部门,
 * 实施单位), funds block (年初预算数 全年预算数 全年执行数 分值 执行率 得分, 年度资金总额 row),
 * 年度总体目标, indicator rows with merged level cells, 总分 row, 自评等级 and the problems row.
 * Built once as spans; render.ts turns it into tab text, one cell per line, Markdown or HTML.
 */
import { analysisParagraph, buildProject, type IndicatorModel, type ProjectModel } from '../model.ts';
import type { NumberStyle } from '../numbers.ts';
import type { Random } from '../random.ts';
import { cell, type Block, type Cell } from '../render.ts';
import { ANALYSIS_HEADS, PROJECT_NAMES, SUB_UNITS } from '../vocabulary.ts';
import { projectTruth } from '../truth.ts';
import type { DocContext, DocModel } from './context.ts';
import { Pages } from './pages.ts';

type GradeStyle = 'none' | 'total_row' | 'line';
type AgencyStyle = 'label_only' | 'title' | 'filled_by';

/** Runs of equal keys (start index → run length), for merged cells. */
function runs<T>(items: readonly T[], key: (item: T) => string): Map<number, number> {
  const spans = new Map<number, number>();
  let start = 0;
  items.forEach((item, k) => {
    if (k > 0 && key(item) !== key(items[start] as T)) {
      spans.set(start, k - start);
      start = k;
    }
  });
  if (items.length > 0) spans.set(start, items.length - start);
  return spans;
}

/** An indicator row to print; `ind` is null for an empty level-2 line ("生态效益" with nothing). */
interface Entry {
  level1: string;
  level2: string;
  ind: IndicatorModel | null;
  /** The actual value is left blank (printed as the missing marker). */
  blank?: boolean;
}

/** Indicators, plus an empty line for an unused 效益 level-2 heading as templates often keep. */
function entriesOf(rng: Random, indicators: readonly IndicatorModel[]): Entry[] {
  const entries: Entry[] = indicators.map((ind) => ({ level1: ind.level1, level2: ind.level2, ind }));
  const lastBenefit = entries.map((e) => e.level1).lastIndexOf('效益指标');
  const used = new Set(indicators.map((i) => i.level2));
  const unused = ['生态效益指标', '经济效益指标', '可持续影响指标'].filter((l) => !used.has(l));
  if (lastBenefit >= 0 && unused.length > 0 && rng.chance(0.35)) {
    entries.splice(lastBenefit + 1, 0, { level1: '效益指标', level2: rng.pick(unused), ind: null });
  }
  return entries;
}

/** Blanks the 实际完成值 of one indicator now and then (written as the report's missing marker). */
function blankActual(rng: Random, entries: readonly Entry[]): Entry[] {
  const k = rng.chance(0.15) ? rng.int(0, entries.length - 1) : -1;
  return entries.map((e, i) => (i === k && e.ind ? { ...e, ind: { ...e.ind, actual: '' }, blank: true } : e));
}

function indicatorRows(entries: readonly Entry[], style: NumberStyle, mergedScores: boolean): Cell[][] {
  const level1 = runs(entries, (e) => e.level1);
  const level2 = runs(entries, (e) => `${e.level1}|${e.level2}`);
  return entries.map((e, k) => {
    const row: Cell[] = [];
    const l1 = level1.get(k);
    if (l1 !== undefined) row.push(cell(e.level1, 1, l1));
    const l2 = level2.get(k);
    if (l2 !== undefined) row.push(cell(e.level2, 1, l2));
    const ind = e.ind;
    row.push(
      cell(ind?.name ?? ''),
      cell(ind?.target ?? ''),
      cell(e.blank ? style.missing : (ind?.actual ?? '')),
    );
    if (!mergedScores) {
      row.push(
        cell(ind ? style.score(ind.weight) : ''),
        cell(ind ? style.score(ind.score) : ''),
        cell(ind?.reason ?? ''),
      );
    } else if (l2 !== undefined) {
      // The weight, score and reason of a level-2 group sit once, merged over the group.
      const group = entries.slice(k, k + l2).flatMap((x) => (x.ind ? [x.ind] : []));
      const sum = (f: (i: IndicatorModel) => number) => group.reduce((s, i) => s + f(i), 0);
      const reason = group.length === 0 ? '' : (group.find((i) => i.reason !== '无偏差')?.reason ?? '无偏差');
      const text = (v: number) => (group.length === 0 ? '' : style.score(v));
      row.push(
        cell(text(sum((i) => i.weight)), 1, l2),
        cell(text(sum((i) => i.score)), 1, l2),
        cell(reason, 1, l2),
      );
    }
    return row;
  });
}

const FUND_HEADERS = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率'];

/** The funds header, on one row or, as PDF exports break it, over two ("年初" / "预算数"). */
function fundsHeader(unit: string, twoLines: boolean, blockRows: number): Cell[][] {
  if (!twoLines) {
    return [
      [cell(`项目资金${unit}`, 1, blockRows), cell(''), ...FUND_HEADERS.map((h) => cell(h)), cell('得分', 2)],
    ];
  }
  return [
    [
      cell(`项目资金${unit}`, 1, blockRows + 1),
      cell(''),
      ...['年初', '全年', '全年', '分值', '执行率'].map((h) => cell(h)),
      cell('得分', 2),
    ],
    [cell(''), ...['预算数', '预算数', '执行数', '', ''].map((h) => cell(h)), cell('', 2)],
  ];
}

interface TableOptions {
  grade: GradeStyle;
  mergedScores: boolean;
  twoLineHeader: boolean;
  entries: Entry[];
  analysis: string[];
}

function projectTable(p: ProjectModel, ctx: DocContext, opts: TableOptions): Cell[][] {
  const { style } = ctx;
  const amounts = () => [p.budgetInitial, p.budgetAdjusted, p.executed].map((a) => cell(style.amountCell(a)));
  const indicators = indicatorRows(opts.entries, style, opts.mergedScores);
  const weightSum = (p.execWeight ?? 0) + p.indicators.reduce((s, i) => s + i.weight, 0);
  const analysis: Cell[][] = opts.analysis.map((text, k) => [
    ...(k === 0 ? [cell('项目绩效分析', 1, opts.analysis.length)] : []),
    cell(ANALYSIS_HEADS[k] ?? '其他分析'),
    cell(text, 7),
  ]);
  return [
    [cell('项目名称'), cell(p.name, 8)],
    [cell('主管部门'), cell(ctx.agency, 3), cell('实施单位'), cell(p.implementingUnit, 4)],
    ...fundsHeader(style.headerUnit, opts.twoLineHeader, 5),
    [
      cell('年度资金总额'),
      ...amounts(),
      cell(style.score(p.execWeight)),
      cell(style.rate(p.ratePercent)),
      cell(style.score(p.execScore), 2),
    ],
    [cell('其中：当年财政拨款'), ...amounts(), cell('—'), cell(''), cell('—', 2)],
    [cell('上年结转资金'), cell(''), cell(''), cell(''), cell('—'), cell(''), cell('—', 2)],
    [cell('其他资金'), cell(''), cell(''), cell(''), cell('—'), cell(''), cell('—', 2)],
    [cell('年度总体目标', 1, 2), cell('预期目标', 4), cell('实际完成情况', 4)],
    [cell(p.goal, 4), cell(`${p.goal}，已按计划完成`, 4)],
    [
      cell('绩效指标', 1, indicators.length + 1),
      ...[
        '一级指标',
        '二级指标',
        '三级指标',
        '年度指标值',
        '实际完成值',
        '分值',
        '得分',
        '偏差原因分析及改进措施',
      ].map((h) => cell(h)),
    ],
    ...indicators,
    [
      cell('总分', 6),
      cell(style.score(weightSum)),
      cell(style.score(p.total)),
      cell(opts.grade === 'total_row' ? (p.grade ?? '') : ''),
    ],
    ...analysis,
    [cell('项目管理中存在的主要问题及原因分析'), cell(`${p.problem}。`, 8)],
  ];
}

export function projectTableDocument(ctx: DocContext): DocModel {
  const { rng, agency, year } = ctx;
  const agencyStyle = rng.pick<AgencyStyle>(['label_only', 'title', 'filled_by']);
  const names = rng.sample(PROJECT_NAMES, rng.int(1, 3));
  const blocks: Block[] = [];
  const projects: ProjectModel[] = [];
  const pages = new Pages(rng, ctx.footers);
  const quirks = new Set<string>();
  const yearLine = rng.chance(0.5) ? `（${year}年度）` : `(${year}年度)`;
  names.forEach((name, k) => {
    const grade = rng.pick<GradeStyle>(['none', 'total_row', 'line']);
    const p = buildProject(rng, {
      name,
      implementingUnit: rng.chance(0.5) ? agency : `${agency}${rng.pick(SUB_UNITS)}`,
      year,
      detail: true,
      funds: { initial: rng.chance(0.8), adjusted: true, rate: true },
      scored: true,
      gradeStated: grade !== 'none',
    });
    projects.push(p);
    const title = agencyStyle === 'title' ? `${agency}${year}年度项目支出绩效自评表` : '项目支出绩效自评表';
    blocks.push({ kind: 'heading', text: title }, { kind: 'line', text: yearLine });
    if (k === 0 && agencyStyle === 'filled_by') blocks.push({ kind: 'line', text: `填报单位：${agency}` });
    const opts: TableOptions = {
      grade,
      mergedScores: rng.chance(0.4),
      twoLineHeader: rng.chance(0.25),
      entries: blankActual(rng, entriesOf(rng, p.indicators)),
      analysis: Array.from({ length: rng.int(2, 4) }, () => analysisParagraph(rng)),
    };
    const rows = projectTable(p, ctx, opts);
    const footers = pages.tableFooters(2, rows.length - 2, rng.int(1, 2));
    blocks.push({ kind: 'table', rows, footers });
    if (opts.mergedScores) quirks.add('merged_scores');
    if (opts.twoLineHeader) quirks.add('two_line_header');
    if (opts.entries.some((e) => e.ind === null)) quirks.add('empty_indicator_row');
    if (opts.entries.some((e) => e.blank))
      quirks.add(`blank_actual${ctx.style.missing === '' ? '_empty' : ''}`);
    if (grade !== 'none') quirks.add(`grade_${grade}`);
    if (p.budgetInitial === null) quirks.add('missing_initial');
    if (footers.size > 0) quirks.add('page_footers');
    if (grade === 'line') blocks.push({ kind: 'line', text: `自评等级：${p.grade ?? ''}` });
  });
  const title = (blocks[0] as { text: string }).text;
  quirks.add(`agency_${agencyStyle}`);
  return {
    title,
    blocks,
    projects: projects.map((p) => projectTruth(p)),
    department: null,
    docKind: 'project_table',
    quirks: [...quirks].sort(),
  };
}
