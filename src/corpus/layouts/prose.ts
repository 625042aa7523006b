/**
 * Reports in running text: a narrative 专项项目绩效自评报告 (department totals, one paragraph per
 * project, 存在的问题 as 一是…二是…), a 部门整体支出绩效自评报告 (年初预算为X万元, 实际到位资金, 实际支出,
 * 自评得分为N分) and an unrelated 政府信息公开工作年度报告 that mentions 预算 but is no evaluation.
 */
import { analysisParagraph, buildDepartment, buildProject } from '../model.ts';
import type { Random } from '../random.ts';
import type { Block } from '../render.ts';
import { departmentTruth, projectTruth, type ProjectTruth } from '../truth.ts';
import { FILLER, MEASURES, PROBLEMS, PROJECT_NAMES } from '../vocabulary.ts';
import type { DocContext, DocModel } from './context.ts';
import { Pages } from './pages.ts';

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六'];

const line = (text: string): Block => ({ kind: 'line', text });

/** "一是…；二是…；三是…。" */
function enumerate(items: readonly string[]): string {
  return `${items.map((t, k) => `${CHINESE_ORDINALS[k]}是${t}`).join('；')}。`;
}

function problemsSection(rng: Random, number: number): Block[] {
  return [
    line(`${CHINESE_ORDINALS[number - 1]}、存在的问题`),
    line(enumerate(rng.sample(PROBLEMS, rng.int(2, 3)))),
    line(`${CHINESE_ORDINALS[number]}、下一步改进措施`),
    line(enumerate(rng.sample(MEASURES, 2))),
  ];
}

/** Page footers between paragraphs of a paged export. */
function paged(ctx: DocContext, doc: DocModel): DocModel {
  if (!ctx.footers) return doc;
  return {
    ...doc,
    blocks: new Pages(ctx.rng, true).between(doc.blocks, ctx.rng.int(1, 2)),
    quirks: [...doc.quirks, 'page_footers'],
  };
}

export function paragraphs(rng: Random, min: number, max: number): Block[] {
  return Array.from({ length: rng.int(min, max) }, () => line(analysisParagraph(rng)));
}

/** "X项目" as a report opens a paragraph about it. */
const asProject = (name: string): string => (name.endsWith('项目') ? name : `${name}项目`);

export function narrativeDocument(ctx: DocContext): DocModel {
  const { rng, agency, year, style } = ctx;
  const dept = buildDepartment(rng, { adjusted: false, total: false, projectCount: true });
  const title = rng.chance(0.5) ? '专项项目绩效自评报告' : `${year}年度项目支出绩效自评报告`;
  const blocks: Block[] = [
    line(agency),
    line(title),
    line(`（${year}年度）`),
    line('一、绩效自评工作组织开展情况'),
    ...rng.sample(FILLER, 2).map(line),
    ...paragraphs(rng, 8, 20),
    line('二、项目资金安排及使用情况'),
    line(
      `${year}年${agency}预算安排专项项目${dept.projectCount}个，资金预算共计${style.amountText(dept.budgetInitial ?? 0)}，` +
        `项目资金实际支出${style.amountText(dept.executed)}，实际执行率${style.rate(dept.ratePercent)}。`,
    ),
  ];
  const projects: ProjectTruth[] = [];
  const quirks: string[] = [];
  for (const name of rng.sample(PROJECT_NAMES, rng.int(2, 4))) {
    if (rng.chance(0.3)) {
      // Seed-000 style: what the project is for, then one amount with no role ("项目总金额").
      const p = buildProject(rng, {
        name,
        implementingUnit: agency,
        year,
        detail: false,
        funds: { initial: false, adjusted: true, rate: false },
        scored: false,
        gradeStated: false,
        clean: true,
      });
      blocks.push(
        line(
          `${asProject(name)}用于${p.goal}。项目总金额为${style.amountText(p.budgetAdjusted ?? 0)}，${rng.pick(FILLER)}`,
        ),
      );
      projects.push(projectTruth(p, { amountOnly: true }));
      if (!quirks.includes('amount_only')) quirks.push('amount_only');
      continue;
    }
    const p = buildProject(rng, {
      name,
      implementingUnit: agency,
      year,
      detail: false,
      funds: { initial: true, adjusted: rng.chance(0.5), rate: true },
      scored: false,
      gradeStated: false,
    });
    const adjusted = p.budgetAdjusted === null ? '' : `，全年预算数${style.amountText(p.budgetAdjusted)}`;
    blocks.push(
      line(
        `${asProject(name)}，年初预算${style.amountText(p.budgetInitial ?? 0)}${adjusted}，` +
          `实际支出${style.amountText(p.executed)}，预算执行率${style.rate(p.ratePercent)}。${p.goal}。`,
      ),
    );
    projects.push(projectTruth(p));
  }
  blocks.push(...paragraphs(rng, 1, 4), ...problemsSection(rng, 3));
  return paged(ctx, {
    title,
    blocks,
    projects,
    department: departmentTruth(dept),
    docKind: 'narrative',
    quirks,
  });
}

export function departmentDocument(ctx: DocContext): DocModel {
  const { rng, agency, year, style } = ctx;
  const dept = buildDepartment(rng, { adjusted: rng.chance(0.6), total: true, projectCount: false });
  const adjusted =
    dept.budgetAdjusted === null
      ? ''
      : `，${rng.pick(['全年预算数', '实际到位资金'])}${style.amountText(dept.budgetAdjusted)}`;
  const title = `${agency}部门整体支出绩效自评报告`;
  const blocks: Block[] = [
    line(title),
    line(`（${year}年度）`),
    line('一、部门基本情况'),
    line(rng.pick(FILLER)),
    line('二、部门预算及执行情况'),
    line(
      `${year}年度，本部门年初预算为${style.amountText(dept.budgetInitial ?? 0)}${adjusted}，` +
        `实际支出${style.amountText(dept.executed)}，预算执行率为${style.rate(dept.ratePercent)}。`,
    ),
    line('三、绩效自评工作开展情况'),
    ...rng.sample(FILLER, 2).map(line),
    ...paragraphs(rng, 12, 24),
    line('四、综合评价结论'),
    line(
      `经过各项指标的量化评分，本年度${agency}部门整体支出绩效自评得分为${style.number(dept.total ?? 0)}分。`,
    ),
    ...problemsSection(rng, 5),
  ];
  return paged(ctx, {
    title,
    blocks,
    projects: [],
    department: departmentTruth(dept),
    docKind: 'department_overall',
    quirks: [],
  });
}

export function unrelatedDocument(ctx: DocContext): DocModel {
  const { rng, agency, year, style } = ctx;
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const n = (lo: number, hi: number) => style.number(rng.int(lo, hi));
  const blocks: Block[] = [
    line(title),
    line('本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自1月1日起至12月31日止。'),
    line('一、总体情况'),
    line(
      `${year}年，本局主动公开政府信息${n(40, 300)}条，其中部门预算、决算信息${n(2, 6)}条，机构职能信息${n(3, 12)}条。`,
    ),
    line('二、主动公开政府信息情况'),
    line('通过门户网站、政务新媒体等渠道及时公开行政许可、行政处罚、户籍办理等信息，方便群众查询。'),
    line('三、收到和处理政府信息公开申请情况'),
    line(`本年度新收政府信息公开申请${n(1, 30)}件，均在法定期限内答复。`),
    line('四、存在的主要问题及改进情况'),
    line('信息公开的及时性和规范性仍需提高，下一步将加强培训，完善公开审核机制。'),
  ];
  return paged(ctx, { title, blocks, projects: [], department: null, docKind: 'unrelated', quirks: [] });
}
