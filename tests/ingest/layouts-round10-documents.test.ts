/**
 * Round-10 document-level probes: reports written about a bureau by someone else (a 会计师事务所's
 * 第三方绩效评价报告, a 财政局's 财政支出绩效评价报告 — the agency is the bureau evaluated); documents
 * that are not self-evaluations (a 绩效目标申报表 with targets only, a 绩效运行监控表 written while
 * the year runs, a 整改情况报告 on audit findings); years written "2022-2023年度", "2023年度（2024年
 * 编报）" or only in a cell "评价年度 | 2023"; an agency abbreviated ("莫旗公安局") in an "附件3："
 * header, named only in a 报送单位 line, a 森林公安局 the gazetteer does not list, a 派出所 of a
 * county-level city's bureau, a 新区 branch.
 */
import { describe, expect, it } from 'vitest';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const THIRD_PARTY = 'r10d-third-party-firm.txt';
const FINANCE_BUREAU = 'r10d-finance-bureau-about.txt';
const TARGETS = 'r10d-target-declaration.txt';
const MONITORING = 'r10d-mid-year-monitoring.txt';
const RECTIFICATION = 'r10d-audit-rectification.txt';
const BIENNIAL = 'r10d-biennial-submitted-by.txt';
const ABBREVIATION = 'r10d-annex-abbreviation-year-cell.txt';
const FOREST = 'r10d-forest-compiled-year.txt';
const STATION = 'r10d-station-county-city.txt';
const NEW_AREA = 'r10d-new-area-branch.txt';

const t = ingestBeforeAll(LAYOUTS, [
  THIRD_PARTY,
  FINANCE_BUREAU,
  TARGETS,
  MONITORING,
  RECTIFICATION,
  BIENNIAL,
  ABBREVIATION,
  FOREST,
  STATION,
  NEW_AREA,
]);

/** The agency row: [aliases, province, city, county]. */
function agencyRow(name: string): [string[], string | null, string | null, string | null] | undefined {
  const a = t.tables.agencies.find((x) => x.name === name);
  return a && [a.aliases, a.province, a.city, a.county];
}

/** The file's projects as [agency, year]. */
function projectAgencies(file: string): [string, number | null][] {
  return t.projectsOf(file).map((p) => [p.agency, p.year]);
}

describe('evaluations written about a bureau by another body', () => {
  it('reads a 第三方绩效评价报告 as a narrative about the bureau, not the firm that signs it', () => {
    expect(t.docOf(THIRD_PARTY)).toMatchObject({
      doc_kind: 'narrative',
      title: '石门县公安局2023年度“雪亮工程”运维项目第三方绩效评价报告',
      agency: '石门县公安局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('石门县公安局')).toEqual([[], '湖南省', '常德市', '石门县']);
    expect(t.tables.agencies.map((a) => a.name)).not.toContain('湖南天衡会计师事务所有限公司');
  });

  it('takes the bureau after 关于 in a 财政局’s title, not the 财政局', () => {
    expect(t.docOf(FINANCE_BUREAU)).toMatchObject({
      doc_kind: 'narrative',
      title: '桐乡市财政局关于桐乡市公安局2022年度交通管理专项资金财政支出绩效评价报告',
      agency: '桐乡市公安局',
      year: 2022,
      status: 'ok',
    });
    expect(agencyRow('桐乡市公安局')).toEqual([[], '浙江省', '嘉兴市', '桐乡市']);
    expect(t.tables.agencies.some((a) => a.name.includes('财政局'))).toBe(false);
  });
});

describe('documents that are not self-evaluations', () => {
  it('reads a 绩效目标申报表 (targets, nothing executed) as unrelated', () => {
    expect(t.docOf(TARGETS)).toMatchObject({
      doc_kind: 'unrelated',
      title: '平舆县公安局2024年度项目支出绩效目标申报表',
      agency: '平舆县公安局',
      year: 2024,
      status: 'unrecognized',
    });
    expect(t.projectsOf(TARGETS)).toEqual([]);
  });

  it('reads a mid-year 绩效运行监控表 as unrelated: its figures are progress, not results', () => {
    expect(t.docOf(MONITORING)).toMatchObject({
      doc_kind: 'unrelated',
      title: '海城市公安局2023年度项目支出绩效运行监控表',
      agency: '海城市公安局',
      year: 2023,
      status: 'unrecognized',
    });
    expect(t.projectsOf(MONITORING)).toEqual([]);
    expect(t.tables.flags.filter((f) => f.doc_id === t.docOf(MONITORING).doc_id)).toEqual([]);
  });

  it('reads an audit 整改情况报告 as unrelated, with its bureau and year', () => {
    expect(t.docOf(RECTIFICATION)).toMatchObject({
      doc_kind: 'unrelated',
      title: '关于2022年度预算执行审计发现问题整改情况的报告',
      agency: '宁陵县公安局',
      year: 2022,
      status: 'unrecognized',
    });
    expect(t.projectsOf(RECTIFICATION)).toEqual([]);
    expect(t.problemsOf(RECTIFICATION)).toEqual([]);
  });
});

describe('years', () => {
  it('reads "2022-2023年度" as its last year and the 报送单位 over the city bureau named twice', () => {
    expect(t.docOf(BIENNIAL)).toMatchObject({
      doc_kind: 'narrative',
      title: '2022-2023年度执法办案场所规范化建设项目绩效自评报告',
      agency: '鄢陵县公安局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('鄢陵县公安局')).toEqual([[], '河南省', '许昌市', '鄢陵县']);
    expect(t.tables.agencies.find((a) => a.name === '许昌市公安局')).toBeUndefined();
    expect(projectAgencies(BIENNIAL)).toEqual([['鄢陵县公安局', 2023]]);
    // The period is no part of the project's name; 142.5 of 150 is exactly 0.95.
    expect(
      t.projectsOf(BIENNIAL).map((p) => [p.name, p.budget_adjusted, p.executed, p.execution_rate]),
    ).toEqual([['执法办案场所规范化建设', 150, 142.5, 0.95]]);
  });

  it('reads "2023年度（2024年编报）" as 2023 and keeps a 森林公安局 outside the gazetteer', () => {
    expect(t.docOf(FOREST)).toMatchObject({
      doc_kind: 'narrative',
      title: '吉林省长白山森林公安局项目支出绩效自评报告',
      agency: '吉林省长白山森林公安局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('吉林省长白山森林公安局')).toEqual([[], '吉林省', null, null]);
    expect(projectAgencies(FOREST)).toEqual([['吉林省长白山森林公安局', 2023]]);
    // "该项目自评得分95分，等级为优" two lines below the one project's paragraph is that project's.
    expect(t.figuresOf(FOREST)).toEqual([['森林防火监测系统运维', 76, 76, 74.1, 0.975, 95, '优']]);
    expect(t.departmentOf(FOREST)).toBeUndefined();
  });

  it('reads the year of a "评价年度 | 2023" cell and an abbreviated agency by its full name', () => {
    expect(t.docOf(ABBREVIATION)).toMatchObject({
      doc_kind: 'project_table',
      title: '项目支出绩效自评表',
      agency: '莫力达瓦达斡尔族自治旗公安局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('莫力达瓦达斡尔族自治旗公安局')).toEqual([
      ['莫旗公安局'],
      '内蒙古自治区',
      '呼伦贝尔市',
      '莫力达瓦达斡尔族自治旗',
    ]);
    expect(projectAgencies(ABBREVIATION)).toEqual([['莫力达瓦达斡尔族自治旗公安局', 2023]]);
  });
});

describe('units and divisions', () => {
  it('reads a 派出所’s report as its county-level city bureau’s, the project from the first line', () => {
    expect(t.docOf(STATION)).toMatchObject({
      doc_kind: 'narrative',
      title: '义乌市公安局稠城派出所2023年度项目支出绩效自评报告',
      agency: '义乌市公安局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('义乌市公安局')).toEqual([[], '浙江省', '金华市', '义乌市']);
    const [p] = t.projectsOf(STATION);
    expect([p?.name, p?.agency, p?.year, p?.budget_initial, p?.executed, p?.total_score]).toEqual([
      '社区警务室运行保障经费',
      '义乌市公安局',
      2023,
      42,
      41.2,
      96,
    ]);
  });

  it('puts a 新区 branch of a city bureau in its city', () => {
    expect(t.docOf(NEW_AREA)).toMatchObject({
      doc_kind: 'department_overall',
      title: '成都市公安局天府新区分局2023年度部门整体支出绩效自评报告',
      agency: '成都市公安局天府新区分局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('成都市公安局天府新区分局')).toEqual([[], '四川省', '成都市', null]);
    expect(t.departmentOf(NEW_AREA)).toMatchObject({ agency: '成都市公安局天府新区分局', year: 2023 });
  });
});
