/**
 * Round-9 document-level probes: a title printed over two lines (the agency, or the agency and the
 * year, above the rest); a report whose only year is a signing date in Chinese numerals; a
 * 公安局机关 as the 填报单位; an agency named only on the seal line below prose naming its city's
 * bureau; a 旗 (Inner Mongolia banner) bureau; a development-zone branch whose table says another
 * year than its title; a 部门决算 beside a 部门预算 of the same county; an OCR-spaced two-line title
 * of a district 公安分局 written "2023年1-12月" with "（本级）" in its 填报单位（盖章）.
 */
import { describe, expect, it } from 'vitest';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const TWO_LINE_TABLE = 'r9d-two-line-title-table.txt';
const TWO_LINE_DEPARTMENT = 'r9d-two-line-title-department.txt';
const HAN_DATE = 'r9d-han-signing-date.txt';
const ORGAN = 'r9d-organ-label.txt';
const SEAL = 'r9d-seal-agency-city-mentions.txt';
const BANNER = 'r9d-banner-forest.txt';
const DEVZONE = 'r9d-devzone-title-year-wins.txt';
const FINAL_ACCOUNTS = 'r9d-final-accounts.txt';
const BUDGET_PLAN = 'r9d-budget-plan.txt';
const OCR_DISTRICT = 'r9d-ocr-brackets-district.txt';

const t = ingestBeforeAll(LAYOUTS, [
  TWO_LINE_TABLE,
  TWO_LINE_DEPARTMENT,
  HAN_DATE,
  ORGAN,
  SEAL,
  BANNER,
  DEVZONE,
  FINAL_ACCOUNTS,
  BUDGET_PLAN,
  OCR_DISTRICT,
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

describe('a title printed over two lines', () => {
  it('joins the agency line to the table title below it', () => {
    expect(t.docOf(TWO_LINE_TABLE)).toMatchObject({
      doc_kind: 'project_table',
      title: '安吉县公安局2022年度项目支出绩效自评表',
      agency: '安吉县公安局',
      year: 2022,
      status: 'ok',
    });
    expect(agencyRow('安吉县公安局')).toEqual([[], '浙江省', '湖州市', '安吉县']);
    expect(projectAgencies(TWO_LINE_TABLE)).toEqual([['安吉县公安局', 2022]]);
  });

  it('joins "XX市公安局2023年度" to "部门整体支出绩效自评报告"', () => {
    expect(t.docOf(TWO_LINE_DEPARTMENT)).toMatchObject({
      doc_kind: 'department_overall',
      title: '湖州市公安局2023年度部门整体支出绩效自评报告',
      agency: '湖州市公安局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('湖州市公安局')).toEqual([[], '浙江省', '湖州市', null]);
    expect(t.departmentOf(TWO_LINE_DEPARTMENT)).toMatchObject({ agency: '湖州市公安局', year: 2023 });
  });

  it('reads an OCR-spaced two-line title without its spaces, "1-12月" kept', () => {
    expect(t.docOf(OCR_DISTRICT)).toMatchObject({
      doc_kind: 'narrative',
      title: '宜宾市叙州区公安分局2023年1-12月项目支出绩效自评报告',
      agency: '宜宾市叙州区公安分局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('宜宾市叙州区公安分局')).toEqual([[], '四川省', '宜宾市', '叙州区']);
    expect(projectAgencies(OCR_DISTRICT)).toEqual([['宜宾市叙州区公安分局', 2023]]);
    // The generic title names no project ("1-12月" is the period): the opening sentence does.
    const [p] = t.projectsOf(OCR_DISTRICT);
    expect([
      p?.name,
      p?.budget_initial,
      p?.executed,
      p?.execution_rate_reported,
      p?.total_score,
      p?.grade,
    ]).toEqual(['禁毒宣传教育及戒毒康复经费', 36, 34.2, 0.95, 93, '优']);
    expect(t.departmentOf(OCR_DISTRICT)).toBeUndefined();
  });
});

describe('the year of a report dated only in Chinese numerals', () => {
  it('reads "二〇二三年三月十日" as signed in March 2023, for the year 2022', () => {
    expect(t.docOf(HAN_DATE)).toMatchObject({
      doc_kind: 'narrative',
      title: '执法办案中心运行保障项目绩效自评报告',
      agency: '怀宁县公安局',
      year: 2022,
      status: 'ok',
    });
    expect(agencyRow('怀宁县公安局')).toEqual([[], '安徽省', '安庆市', '怀宁县']);
    expect(projectAgencies(HAN_DATE)).toEqual([['怀宁县公安局', 2022]]);
  });
});

describe('agencies named in labels and signatures', () => {
  it('reads a 公安局机关 as its bureau and keeps the written name as an alias', () => {
    expect(t.docOf(ORGAN)).toMatchObject({
      doc_kind: 'narrative',
      title: '2022年度项目支出绩效自评报告',
      agency: '鞍山市公安局',
      year: 2022,
      status: 'ok',
    });
    expect(agencyRow('鞍山市公安局')).toEqual([['鞍山市公安局机关'], '辽宁省', '鞍山市', null]);
    expect(projectAgencies(ORGAN)).toEqual([
      ['鞍山市公安局', 2022],
      ['鞍山市公安局', 2022],
    ]);
  });

  it('takes the 单位（盖章） over the city bureau the first paragraph names', () => {
    expect(t.docOf(SEAL)).toMatchObject({
      doc_kind: 'narrative',
      title: '道路交通安全设施维护项目绩效自评报告',
      agency: '盖州市公安局交通管理大队',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('盖州市公安局交通管理大队')).toEqual([[], '辽宁省', '营口市', '盖州市']);
    expect(t.tables.agencies.find((a) => a.name === '营口市公安局')).toBeUndefined();
    expect(projectAgencies(SEAL)).toEqual([['盖州市公安局交通管理大队', 2023]]);
  });
});

describe('divisions: a banner, a development zone', () => {
  it('resolves a 旗 bureau of Inner Mongolia to its banner', () => {
    expect(t.docOf(BANNER)).toMatchObject({
      doc_kind: 'summary_table',
      title: '科尔沁左翼中旗公安局2023年度项目支出绩效自评汇总表',
      agency: '科尔沁左翼中旗公安局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('科尔沁左翼中旗公安局')).toEqual([[], '内蒙古自治区', '通辽市', '科尔沁左翼中旗']);
    expect(t.projectsOf(BANNER)).toHaveLength(3);
  });

  it('puts a 经济技术开发区分局 in its city, not a county, and keeps the title’s year', () => {
    expect(t.docOf(DEVZONE)).toMatchObject({
      doc_kind: 'project_table',
      title: '洛阳市公安局经济技术开发区分局2023年度项目支出绩效自评表',
      agency: '洛阳市公安局经济技术开发区分局',
      year: 2023,
      status: 'ok',
    });
    expect(agencyRow('洛阳市公安局经济技术开发区分局')).toEqual([[], '河南省', '洛阳市', null]);
    expect(projectAgencies(DEVZONE)).toEqual([['洛阳市公安局经济技术开发区分局', 2023]]);
  });
});

describe('部门决算 and 部门预算 of one county', () => {
  it('reads "XX县公安局2022年度部门决算" as final accounts', () => {
    expect(t.docOf(FINAL_ACCOUNTS)).toMatchObject({
      doc_kind: 'final_accounts',
      title: '嵩县公安局2022年度部门决算',
      agency: '嵩县公安局',
      year: 2022,
      status: 'ok',
    });
    expect(agencyRow('嵩县公安局')).toEqual([[], '河南省', '洛阳市', '嵩县']);
  });

  it('reads "XX县公安局2023年部门预算" as an unrelated budget plan, titled by its first line', () => {
    expect(t.docOf(BUDGET_PLAN)).toMatchObject({
      doc_kind: 'unrelated',
      title: '嵩县公安局2023年部门预算',
      agency: '嵩县公安局',
      year: 2023,
      status: 'unrecognized',
    });
    expect(t.projectsOf(BUDGET_PLAN)).toEqual([]);
  });
});
