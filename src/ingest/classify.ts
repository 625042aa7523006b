/**
 * Document kind from content, never from the file name. Signals are counted on the title block
 * and on the structures the extractors found.
 */
import type { DocKind } from '../data/schema.ts';
import { compact } from './normalize.ts';

export interface ClassifySignals {
  /** Text of the first rows (title block). */
  titleText: string;
  /** The whole document text. */
  fullText: string;
  detailTables: number;
  summaryRows: number;
  narrativeProjects: number;
  departmentFigures: number;
}

/** Evidence that a text is about budget performance evaluation at all. */
export function isEvaluationText(text: string): boolean {
  const test = (t: string) => t.includes('绩效') && /自评|评价|目标完成情况|绩效目标/.test(t);
  // Most documents pass on the raw text; only OCR-spaced words ("绩 效") need the compacted copy,
  // and only a text with a 绩 can have one.
  return test(text) || (text.includes('绩') && test(compact(text)));
}

/**
 * Words looked for in the compacted head of the text (its first 4,000 characters, whitespace
 * removed), matched on the raw head with whitespace allowed between characters: the same answer
 * without compacting every document's head.
 */
const HEAD_FINAL_ACCOUNTS = /部\s*门\s*决\s*算/;
const HEAD_DEPARTMENT_OVERALL = /部\s*门\s*整\s*体/;

/** Titles of other kinds of report that mention budgets and 绩效 in passing. */
const OTHER_GENRE =
  /政府信息公开|信息公开工作|工作总结|工作打算|工作计划|工作要点|述职|调研报告|情况通报|工作汇报/;
const EVALUATION_TITLE = /绩效|自评|评价|决算|预算/;
/** A title line is short; longer head rows are prose. */
const MAX_TITLE_LENGTH = 50;

/**
 * Whether the document's title names another genre (政府信息公开工作年度报告, 工作总结和工作打算)
 * and no title line names an evaluation, budget or accounts: such a report's figures and problems
 * are not a self-evaluation's.
 */
function isOtherGenre(titleText: string): boolean {
  const titles = titleLines(titleText);
  if (titles.some((t) => PROCUREMENT_NOTICE.test(t))) return true;
  if (titles.some((t) => MONITORING_TITLE.test(t)) && !titles.some((t) => EVALUATED.test(t))) return true;
  if (titles.some((t) => PLAN_GENRE.test(t)) && !titles.some((t) => REPORT_TITLE.test(t))) return true;
  if (titles.some((t) => AUDIT_GENRE.test(t)) && !titles.some((t) => t.includes('自评'))) return true;
  return titles.some((t) => OTHER_GENRE.test(t)) && !titles.some((t) => EVALUATION_TITLE.test(t));
}

/**
 * A procurement notice (招标公告, 竞争性磋商公告, 中标结果公告, 采购意向): a bureau buying, perhaps the
 * very service of evaluating its projects ("…绩效评价服务采购项目…公告"); its 预算金额 is a price
 * ceiling, not a project's budget. A self-evaluation's title ends in 报告 or 表, never in 公告.
 */
const PROCUREMENT_NOTICE =
  /(?:采购|招标|磋商|谈判|询价|比选|遴选|中标|成交)[^，。；]{0,30}(?:公告|公示|邀请书|邀请函)$|采购意向/;

/** A numbered heading ("一、总体情况", "（一）…", "1.") opens the body: the title block is above it. */
const BODY_HEADING =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）]|\d{1,2}[、.．](?!\d))/;

/** The short lines of the head above its first numbered heading. */
function titleLines(titleText: string): string[] {
  const titles: string[] = [];
  for (const line of titleText.split('\n')) {
    const t = compact(line).replace(/^#+/, '');
    if (BODY_HEADING.test(t)) break;
    if (t.length <= MAX_TITLE_LENGTH) titles.push(t);
  }
  return titles;
}

/**
 * Mid-year monitoring (绩效运行监控表): progress to date against the year's targets, written while
 * the year runs; its figures are not the year's results. A title that also names 自评 or 评价 is
 * an evaluation that reports its monitoring too.
 */
const MONITORING_TITLE = /绩效(?:运行)?监控|运行监控/;
const EVALUATED = /自评|评价|决算/;

/**
 * A plan for the coming year (工作要点, 工作计划, 实施方案) is never a self-evaluation, even when its
 * title is about 预算绩效管理; only a title line naming a report, 自评表 or 决算 keeps it one.
 */
const PLAN_GENRE = /工作要点|工作计划|工作安排|工作方案|实施方案/;
const REPORT_TITLE = /报告|自评表|评价表|决算/;

/**
 * An audit office's report on the bureau (审计报告, 审计决定书) or the bureau's answer to one (审计
 * 整改情况): its figures are the auditors' findings and its problems audit findings, not a
 * self-evaluation's.
 */
const AUDIT_GENRE = /审计(?:报告|决定|意见|结果|发现|整改)/;

/** A budget, or the performance targets declared with it (绩效目标申报表, 绩效目标表). */
const BUDGET_PLAN_TITLE = /部门预算|预算(?:公开|说明|草案|编制)|绩效目标(?:申报|表)/;
const REPORTS_RESULTS = /决算|自评|评价|执行/;
/** Figures only a report on a past year has: what was spent and how it scored. */
const EXECUTION_WORDS = /执行率|执行数|实际支出|支出决算|决算数|得分|评分/;

/**
 * A budget (部门预算公开说明) or a 绩效目标申报表 sets next year's 预算数 and 绩效目标 but reports no
 * execution or self-evaluation: its 预算 figures and target values are plans, not results. A title
 * line naming it decides, whatever last year's figures it compares with ("上年预算执行率97.2%");
 * otherwise the head must name it and the text report no execution.
 */
function isBudgetPlan(titleText: string, title: string, fullText: string): boolean {
  const titles = titleLines(titleText).filter((t) => !/[，。；]/.test(t));
  if (titles.some((t) => BUDGET_PLAN_TITLE.test(t)) && !titles.some((t) => REPORTS_RESULTS.test(t)))
    return true;
  return BUDGET_PLAN_TITLE.test(title) && !REPORTS_RESULTS.test(title) && !EXECUTION_WORDS.test(fullText);
}

export function classifyDocument(s: ClassifySignals): DocKind {
  const title = compact(s.titleText);
  const head = s.fullText.slice(0, 4000);
  if (!isEvaluationText(s.fullText) || isOtherGenre(s.titleText)) return 'unrelated';
  if (isBudgetPlan(s.titleText, title, s.fullText)) return 'unrelated';
  if (/部门整体(?:支出)?绩效/.test(title)) return 'department_overall';
  if (
    /部门决算/.test(title) ||
    (HEAD_FINAL_ACCOUNTS.test(head) && /决算情况说明|收入支出决算/.test(s.fullText))
  ) {
    return 'final_accounts';
  }
  if (s.summaryRows >= 3) return 'summary_table';
  if (s.detailTables > 0) return 'project_table';
  if (HEAD_DEPARTMENT_OVERALL.test(head) && s.departmentFigures > 0) return 'department_overall';
  if (s.narrativeProjects > 0 || s.departmentFigures > 0) return 'narrative';
  // A summary of one or two projects is still a summary (its rows carry the figures).
  if (s.summaryRows > 0) return 'summary_table';
  return 'unrelated';
}
