/**
 * Round 17: three gaps.
 *  - A city 公安局's summary names its own units by the short names police reports use ("章贡分局",
 *    "宁都县局", "宁都局"): each is the branch of that district or the bureau of that county, when the
 *    gazetteer places the name in exactly one county of the city (cityUnitAgency). The row's project
 *    is that agency's and merges with the unit's own table. Names it cannot place stay the city's.
 *  - The one-cell-per-line layout without tabs writes an empty cell as a blank line: a 总分 label
 *    alone on its line, then blank lines, then its numbers, is one row, and the score is read.
 *  - A summary row naming its project with its own agency (and a year) in front ("上犹县公安局
 *    2023年度…经费") is named without them when the rest still says it is a project; the written
 *    name is kept as an alias, and merges with the table naming the project without the prefix.
 * Fixtures: tests/fixtures/layouts/r17-*, written by scripts/make-round17-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { cityUnitAgency } from '../../src/ingest/agency.ts';
import { toRows } from '../../src/ingest/segment.ts';
import { ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const CITY = 'r17-city-summary-short-units.txt';
const COUNTY_TABLE = 'r17-county-project-table.txt';
const PREFIXED_SUMMARY = 'r17-prefixed-project-summary.txt';
const PREFIXED_TABLE = 'r17-prefixed-project-table.txt';
const BLANK_TOTAL = 'r17-cells-without-tab-blank-total.txt';

const t = ingestBeforeAll(LAYOUTS, [CITY, COUNTY_TABLE, PREFIXED_SUMMARY, PREFIXED_TABLE, BLANK_TOTAL]);

/** The projects' extras (IngestedTables.projectExtras), then each one's agency and year. */
function extras(file: string): unknown[][] {
  const projects = t.projectsOf(file);
  return t.projectExtras(file).map((row, k) => [...row, projects[k]?.agency, projects[k]?.year]);
}

/** The files each of the document's projects is read from. */
function filesOf(file: string): string[][] {
  return t.projectsOf(file).map((p) => [...new Set(p.sources.map((s) => s.file))]);
}

describe('a city bureau’s summary naming its units in short', () => {
  it('gives each row the unit it names, and leaves names it cannot place with the city', () => {
    expect(t.documentFacts(CITY)).toEqual([
      'summary_table',
      '赣州市公安局2023年度项目支出绩效自评汇总表',
      '赣州市公安局',
      2023,
      'ok',
      '已提取 6 个项目',
    ]);
    // The 宁都县局 row (line 6) is the project of the county's own table, listed with that file.
    expect(t.figuresByLine(CITY)).toEqual([
      ['全市公安视频专网运维', 120, 120, 116.4, 0.97, 95, '优', 4],
      ['城区治安卡口建设', 45, 48, 46.08, 0.96, 93, '优', 5],
      ['出入境证件自助办理设备购置', 12, 12, 11.76, 0.98, 94, '优', 7],
      ['园区巡防经费', 8, 8, 7.6, 0.95, 90, '优', 8],
      ['交通违法抓拍设备维护', 20, 20, 19, 0.95, 91, '优', 9],
    ]);
    expect(extras(CITY)).toEqual([
      [null, null, '市局本级', [], null, null, '优', 0, '赣州市公安局', 2023],
      [null, null, '章贡分局', [], null, null, '优', 0, '赣州市公安局章贡分局', 2023],
      [null, null, '宁都局', [], null, null, '优', 0, '宁都县公安局', 2023],
      [null, null, '开发区分局', [], null, null, '优', 0, '赣州市公安局', 2023],
      [null, null, '交警支队', [], null, null, '优', 0, '赣州市公安局', 2023],
    ]);
    expect(t.sourceLines(CITY)).toEqual([[4], [5], [7], [8], [9]]);
    expect(filesOf(CITY)).toEqual([[CITY], [CITY], [CITY], [CITY], [CITY]]);
    expect(t.flagRules(CITY)).toEqual([]);
    expect(t.problemsOf(CITY)).toEqual([]);
    expect(t.departmentOf(CITY)).toBeUndefined();
    expect(t.agencyFacts('赣州市公安局')).toEqual([[], '江西省', '赣州市', null]);
    expect(t.agencyFacts('赣州市公安局章贡分局')).toEqual([[], '江西省', '赣州市', '章贡区']);
    expect(t.agencyFacts('宁都县公安局')).toEqual([[], '江西省', '赣州市', '宁都县']);
  });

  it('merges the county bureau’s row with its own table', () => {
    expect(t.documentFacts(COUNTY_TABLE)).toEqual([
      'project_table',
      '宁都县公安局2023年度项目支出绩效自评表',
      '宁都县公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresByLine(COUNTY_TABLE)).toEqual([
      ['农村地区视频监控补点', 30, 30, 28.5, 0.95, 92, '优', 6],
    ]);
    expect(extras(COUNTY_TABLE)).toEqual([
      [null, '宁都县公安局', '宁都县公安局科技信息化大队', [], 10, 9.5, '优', 3, '宁都县公安局', 2023],
    ]);
    expect(t.sourceLines(COUNTY_TABLE)).toEqual([[6, 1]]);
    expect(filesOf(COUNTY_TABLE)).toEqual([[CITY, COUNTY_TABLE]]);
    expect(t.indicatorsOf('农村地区视频监控补点')).toEqual([
      ['产出指标', '数量指标', '新增视频监控点位', '≥60个', '62个', 40, 40, null],
      ['效益指标', '社会效益指标', '农村可防性案件下降率', '≥10%', '8.5%', 40, 32.5, '部分点位通电滞后'],
      ['满意度指标', '服务对象满意度指标', '群众安全感满意度', '≥90%', '94%', 10, 10, null],
    ]);
    expect(t.flagRules(COUNTY_TABLE)).toEqual([]);
    expect(t.problemsAttributed(COUNTY_TABLE)).toEqual([
      [8, '部分点位通电滞后', ['其他'], '农村地区视频监控补点'],
    ]);
    expect(t.departmentOf(COUNTY_TABLE)).toBeUndefined();
  });

  it('places a short name only in one county of a city bureau’s own city', () => {
    const city = '赣州市公安局';
    expect(cityUnitAgency('章贡分局', city)).toBe('赣州市公安局章贡分局');
    expect(cityUnitAgency('南康分局', city)).toBe('赣州市公安局南康分局');
    expect(cityUnitAgency('宁都县局', city)).toBe('宁都县公安局');
    expect(cityUnitAgency('宁都局', city)).toBe('宁都县公安局');
    expect(cityUnitAgency('瑞金局', city)).toBe('瑞金市公安局');
    const unplaced: [string, string][] = [
      ['宁都局', '宁都县公安局'], // a county bureau has no units named so
      ['宁都局', '吉安市公安局'], // not a county of that city
      ['宁都局', '赣州市公安局交通警察支队'], // not the city's bureau
      ['章贡局', city], // a district has a 分局
      ['宁都分局', city], // a county has a 局
      ['开发区分局', city],
      ['交警支队', city],
      ['市局本级', city],
      ['县局', city],
    ];
    for (const [short, bureau] of unplaced)
      expect(cityUnitAgency(short, bureau), `${short} ${bureau}`).toBeNull();
  });
});

describe('a summary row naming its project with its agency in front', () => {
  it('names the project without the agency and year, and merges it with its table', () => {
    expect(t.documentFacts(PREFIXED_SUMMARY)).toEqual([
      'summary_table',
      '上犹县公安局2023年度项目支出绩效自评结果汇总表',
      '上犹县公安局',
      2023,
      'ok',
      '已提取 3 个项目',
    ]);
    // "上犹县公安局户籍档案数字化项目" (line 4) is the project of the table, listed with that file;
    // "警务保障" does not say it is a project, so the row keeps its name.
    expect(t.figuresByLine(PREFIXED_SUMMARY)).toEqual([
      ['执法办案中心运行经费', 25, 25, 24.5, 0.98, 95, '优', 5],
      ['上犹县公安局警务保障', 10, 10, 9.8, 0.98, 93, '优', 6],
    ]);
    expect(extras(PREFIXED_SUMMARY)).toEqual([
      [
        null,
        null,
        null,
        ['上犹县公安局2023年度执法办案中心运行经费'],
        null,
        null,
        '优',
        0,
        '上犹县公安局',
        2023,
      ],
      [null, null, null, [], null, null, '优', 0, '上犹县公安局', 2023],
    ]);
    expect(t.sourceLines(PREFIXED_SUMMARY)).toEqual([[5], [6]]);
    expect(t.flagRules(PREFIXED_SUMMARY)).toEqual([]);
    expect(t.problemsOf(PREFIXED_SUMMARY)).toEqual([]);
    expect(t.departmentOf(PREFIXED_SUMMARY)).toBeUndefined();
    expect(t.agencyFacts('上犹县公安局')).toEqual([[], '江西省', '赣州市', '上犹县']);

    expect(t.documentFacts(PREFIXED_TABLE)).toEqual([
      'project_table',
      '上犹县公安局2023年度项目支出绩效自评表',
      '上犹县公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresByLine(PREFIXED_TABLE)).toEqual([
      ['户籍档案数字化项目', 16, 16, 15.2, 0.95, 90, '优', 4],
    ]);
    expect(extras(PREFIXED_TABLE)).toEqual([
      [
        null,
        '上犹县公安局',
        '上犹县公安局治安管理大队',
        ['上犹县公安局户籍档案数字化项目'],
        10,
        9.5,
        '优',
        3,
        '上犹县公安局',
        2023,
      ],
    ]);
    expect(t.sourceLines(PREFIXED_TABLE)).toEqual([[4, 1]]);
    expect(filesOf(PREFIXED_TABLE)).toEqual([[PREFIXED_SUMMARY, PREFIXED_TABLE]]);
    expect(t.indicatorsOf('户籍档案数字化项目')).toEqual([
      ['产出指标', '数量指标', '数字化户籍档案', '≥20万页', '21万页', 40, 40, null],
      ['效益指标', '社会效益指标', '档案查询办理时长', '≤10分钟', '12分钟', 40, 30.5, '扫描设备老化'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10, null],
    ]);
    expect(t.flagRules(PREFIXED_TABLE)).toEqual([]);
    expect(t.problemsAttributed(PREFIXED_TABLE)).toEqual([
      [8, '扫描设备老化', ['设备与系统运维'], '户籍档案数字化项目'],
    ]);
    expect(t.departmentOf(PREFIXED_TABLE)).toBeUndefined();
  });
});

describe('a 总分 row with empty middle cells, one cell a line without tabs', () => {
  it('reads the total score after the blank lines', () => {
    expect(t.documentFacts(BLANK_TOTAL)).toEqual([
      'project_table',
      '全南县公安局2023年度项目支出绩效自评报告',
      '全南县公安局',
      2023,
      'ok',
      '已提取 1 个项目',
    ]);
    expect(t.figuresByLine(BLANK_TOTAL)).toEqual([['警用无人机购置', 40, 40, 38.8, 0.97, 96.5, null, 8]]);
    expect(extras(BLANK_TOTAL)).toEqual([
      [null, '全南县公安局', '全南县公安局特巡警大队', [], 10, 9.7, '优', 3, '全南县公安局', 2023],
    ]);
    expect(t.sourceLines(BLANK_TOTAL)).toEqual([[8]]);
    expect(t.indicatorsOf('警用无人机购置')).toEqual([
      ['产出指标', '数量指标', '购置无人机数量', '4架', '4架', 40, 40, null],
      ['效益指标', '社会效益指标', '搜救出动响应时间', '≤30分钟', '35分钟', 40, 36.8, '山区信号差'],
      ['满意度指标', '服务对象满意度指标', '一线民警满意度', '≥90%', '96%', 10, 10, null],
    ]);
    expect(t.flagRules(BLANK_TOTAL)).toEqual([]);
    expect(t.problemsAttributed(BLANK_TOTAL)).toEqual([
      [55, '山区信号差', ['其他'], '警用无人机购置'],
      [81, '山区信号覆盖不足，影响无人机图传稳定性', ['其他'], '警用无人机购置'],
    ]);
    expect(t.departmentOf(BLANK_TOTAL)).toBeUndefined();
    expect(t.agencyFacts('全南县公安局')).toEqual([[], '江西省', '赣州市', '全南县']);
  });

  it('joins only a total label with the numbers after it; a lone label of another kind stays a row', () => {
    const header = ['一级指标', '二级指标', '三级指标', '分值', '得分'];
    const lines = [...header, '', '产出指标', '', '', '数量指标', '配发数量', '40', '40', ''];
    const total = (after: string[]) => toRows([...lines, '总分', '', '', '', ...after]).at(-1)?.cells;
    expect(total(['100', '96.5'])).toEqual(['总分', '', '', '', '100', '96.5']);
    expect(total(['100', '优'])).toEqual(['总分', '', '', '', '100', '优']);
    expect(total(['详见附件', '96.5'])).toEqual(['', '详见附件', '96.5']);
    expect(toRows(lines).map((r) => r.cells)).toEqual([
      header,
      ['产出指标'],
      ['', '数量指标', '配发数量', '40', '40'],
    ]);
  });
});
