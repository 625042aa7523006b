/**
 * A summary table of many projects (项目支出绩效自评结果汇总表): 序号 first, then the other
 * columns in random order with synonym headers (年初预算数/年度预算/预算数, 全年执行数/执行数/实际支出,
 * 自评得分/得分/评分 …), a 合计 row, and the unit in a "单位：" line, the headers or the cells.
 */
import { buildProject, type ProjectModel } from '../model.ts';
import { shiftYuan } from '../numbers.ts';
import { cell, type Block, type Cell } from '../render.ts';
import { projectTruth } from '../truth.ts';
import { PROJECT_NAMES, SUB_UNITS } from '../vocabulary.ts';
import type { DocContext, DocModel } from './context.ts';
import { Pages } from './pages.ts';
import { paragraphs } from './prose.ts';

type Column = 'name' | 'initial' | 'adjusted' | 'executed' | 'rate' | 'score' | 'grade' | 'unit';

const HEADERS: Readonly<Record<Column, readonly string[]>> = {
  name: ['项目名称'],
  initial: ['年初预算数', '年度预算', '预算数'],
  adjusted: ['全年预算数', '调整后预算数'],
  executed: ['全年执行数', '执行数', '实际支出'],
  rate: ['执行率', '预算执行率'],
  score: ['自评得分', '得分', '评分'],
  grade: ['自评等级', '等级'],
  unit: ['实施单位'],
};

const AMOUNT_COLUMNS = new Set<Column>(['initial', 'adjusted', 'executed']);

export function summaryDocument(ctx: DocContext): DocModel {
  const { rng, agency, year, style } = ctx;
  const optional: Column[] = ['adjusted', 'rate', 'grade', 'unit'].filter(() => rng.chance(0.6)) as Column[];
  const columns: Column[] = rng.shuffle<Column>(['name', 'initial', 'executed', 'score', ...optional]);
  // 元 tables state their unit either in every amount header or in a "单位：元" line.
  const unitInHeader = style.unit === 'yuan-header' && rng.chance(0.5);
  const header = (c: Column): string => {
    const word = rng.pick(HEADERS[c]);
    return unitInHeader && AMOUNT_COLUMNS.has(c) ? `${word}（元）` : word;
  };
  const headerRow: Cell[] = [cell('序号'), ...columns.map((c) => cell(header(c)))];

  const projects: ProjectModel[] = rng.sample(PROJECT_NAMES, rng.int(3, 12)).map((name) => {
    // A few rows leave the score (and so the grade) blank.
    const scored = rng.chance(0.93);
    return buildProject(rng, {
      name,
      implementingUnit: `${agency}${rng.pick(SUB_UNITS)}`,
      year,
      detail: false,
      // Without a 全年预算数 column the 预算数 column is the only budget; with it, some rows omit 年初.
      funds: {
        initial: !columns.includes('adjusted') || rng.chance(0.85),
        adjusted: columns.includes('adjusted'),
        rate: columns.includes('rate'),
      },
      scored,
      gradeStated: scored && columns.includes('grade'),
    });
  });
  // Spreadsheet cells hold numbers only when the text is a plain number in the table's unit.
  const numeric = style.numerals === 'plain' && (style.unit === 'wan' || style.unit === 'yuan-header');
  const amountCell = (yuan: number | null): Cell => {
    const c = cell(style.amountCell(yuan));
    if (numeric && yuan !== null) c.num = { value: Number(shiftYuan(yuan, style.unitWord)) };
    return c;
  };
  // A long name wraps inside its cell in some exports: the line break splits a tab row in two.
  const wrapped = rng.chance(0.2)
    ? rng.pick(
        projects
          .filter((p) => p.name.length >= 8)
          .map((p) => p.name)
          .concat(['']),
      )
    : '';
  const nameText = (name: string): string => {
    if (name !== wrapped) return name;
    const at = rng.int(3, name.length - 3);
    return `${name.slice(0, at)}\n${name.slice(at)}`;
  };
  const valueCell = (p: ProjectModel, c: Column): Cell => {
    switch (c) {
      case 'name':
        return cell(nameText(p.name));
      case 'initial':
        return amountCell(p.budgetInitial);
      case 'adjusted':
        return amountCell(p.budgetAdjusted);
      case 'executed':
        return amountCell(p.executed);
      case 'rate': {
        const r = cell(style.rate(p.ratePercent));
        if (numeric && p.ratePercent !== null) {
          const decimals = p.ratePercent.split('.')[1]?.length ?? 0;
          r.num = {
            value: Number(p.ratePercent) / 100,
            format: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%',
          };
        }
        return r;
      }
      case 'score': {
        const s = cell(style.score(p.total));
        if (numeric && p.total !== null) s.num = { value: p.total };
        return s;
      }
      case 'grade':
        return cell(p.grade ?? style.missing);
      case 'unit':
        return cell(p.implementingUnit);
    }
  };
  const sum = (pick: (p: ProjectModel) => number | null): number =>
    projects.reduce((s, p) => s + (pick(p) ?? 0), 0);
  const totalCell = (c: Column): Cell => {
    if (c === 'name') return cell('合计');
    if (c === 'initial') return amountCell(sum((p) => p.budgetInitial));
    if (c === 'adjusted') return amountCell(sum((p) => p.budgetAdjusted));
    if (c === 'executed') return amountCell(sum((p) => p.executed));
    return cell('');
  };
  const rows: Cell[][] = [
    headerRow,
    ...projects.map((p, k) => [cell(String(k + 1)), ...columns.map((c) => valueCell(p, c))]),
    [cell(''), ...columns.map(totalCell)],
  ];
  const footers = new Pages(rng, ctx.footers && projects.length > 3).tableFooters(1, projects.length - 1, 1);
  const repeatHeader = footers.size > 0 && rng.chance(0.5);
  const quirks = [
    wrapped ? 'wrapped_name' : '',
    footers.size > 0 ? 'page_footers' : '',
    repeatHeader ? 'repeated_header' : '',
    unitInHeader ? 'unit_in_header' : '',
    projects.some((p) => p.total === null) ? 'missing_score' : '',
    projects.some((p) => p.budgetInitial === null) ? 'missing_initial' : '',
  ].filter(Boolean);

  const title = `${agency}${year}年度项目支出绩效自评结果汇总表`;
  // The table sits in a short report: how the self-evaluation was done, then the table.
  const blocks: Block[] = [
    { kind: 'heading', text: title },
    { kind: 'line', text: '一、绩效自评工作开展情况' },
    ...paragraphs(rng, 3, 8),
    { kind: 'line', text: '二、项目支出绩效自评结果' },
  ];
  if (style.unit === 'yuan-header' && !unitInHeader) blocks.push({ kind: 'line', text: '单位：元' });
  else if (style.unit === 'wan' && rng.chance(0.6)) blocks.push({ kind: 'line', text: '单位：万元' });
  blocks.push({ kind: 'table', rows, footers, repeatHeader });
  return {
    title,
    blocks,
    projects: projects.map((p) => projectTruth(p)),
    department: null,
    docKind: 'summary_table',
    quirks,
  };
}
