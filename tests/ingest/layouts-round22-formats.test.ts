/**
 * Round 22, office files whose content sits where the readers did not look: an xlsx with an
 * indicator row hidden, an xlsx with hidden columns (row ids under the merged title, indicator
 * codes), an xlsx whose cells and rows carry no references (empty <c/> for the gaps), a docx
 * built from a web page (its content an HTML w:altChunk part), one whose chunk is MHT, and an OA
 * system's ".doc" that is Word's single file web page (MHT, GB2312, quoted-printable).
 * Built by scripts/make-round22-fixtures.ts (jszip, exceljs, iconv-lite).
 */
import { describe, expect, it } from 'vitest';
import { expectCleanProjectTables, ingestBeforeAll, LAYOUTS } from '../helpers/ingest.ts';

const FILES = [
  'r22f-hidden-row.xlsx',
  'r22f-hidden-columns.xlsx',
  'r22f-no-cell-references.xlsx',
  'r22f-altchunk-html.docx',
  'r22f-altchunk-mht.docx',
  'r22f-single-file-page.doc',
];

const t = ingestBeforeAll(LAYOUTS, FILES);

/** One project form read whole: the document, its only project and no flags. */
function expectForm(file: string, agency: string, format: string, encoding: string | null): void {
  expectCleanProjectTables(t, file, agency, 2023, 1);
  expect(t.docOf(file)).toMatchObject({
    status: 'ok',
    format,
    encoding,
    title: `${agency}2023年度项目支出绩效自评表`,
  });
  expect(t.flagRules(file)).toEqual([]);
}

describe('an xlsx with an indicator row hidden', () => {
  const file = 'r22f-hidden-row.xlsx';
  // The hidden 时效指标 row ("本年度不适用", weight 0) is set aside: not on the printed form.
  it('leaves the hidden row out', () => {
    expectForm(file, '泸西县公安局', 'xlsx', null);
    expect(t.figuresOf(file)).toEqual([['视频监控联网运维经费', 85, 85, 80.75, 0.95, 98.5, null]]);
    expect(t.project('视频监控联网运维经费')).toMatchObject({
      managing_dept: '泸西县公安局',
      implementing_unit: '泸西县公安局科技信息化大队',
      execution_rate_reported: 0.95,
      execution_weight: 10,
      execution_score: 9.5,
      grade_band: '优',
    });
    expect(t.indicatorsOf('视频监控联网运维经费')).toEqual([
      ['产出指标', '数量指标', '运维监控点位', '≥600个', '612个', 30, 30, null],
      ['产出指标', '质量指标', '点位在线率', '≥95%', '98%', 20, 20, null],
      ['效益指标', '社会效益指标', '协助破获案件', '≥50起', '57起', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '92%', 20, 19, '个别点位夜间画面不清晰'],
    ]);
    expect(t.problemsByLine(file)).toEqual([[16, '个别点位夜间画面不清晰']]);
  });
});

describe('an xlsx with hidden columns: row ids under the merged title, indicator codes', () => {
  const file = 'r22f-hidden-columns.xlsx';
  // The title's merged range starts in the hidden column A: Excel shows it, so does the reader.
  it('reads the title and leaves the hidden columns out', () => {
    expectForm(file, '弥勒市公安局', 'xlsx', null);
    expect(t.figuresOf(file)).toEqual([['执法记录仪购置经费', 64, 60, 57.6, 0.96, 96.6, null]]);
    expect(t.project('执法记录仪购置经费')).toMatchObject({
      managing_dept: '弥勒市公安局',
      implementing_unit: '弥勒市公安局警务保障室',
      execution_rate_reported: 0.96,
      execution_weight: 10,
      execution_score: 9.6,
      grade_band: '优',
    });
    expect(t.indicatorsOf('执法记录仪购置经费')).toEqual([
      ['产出指标', '数量指标', '执法记录仪采购数量', '320台', '320台', 30, 30, null],
      ['产出指标', '质量指标', '设备验收合格率', '100%', '100%', 20, 20, null],
      ['效益指标', '社会效益指标', '执法全过程记录率', '≥95%', '97%', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '民警使用满意度', '≥90%', '88%', 20, 17, '部分设备续航不足'],
    ]);
    expect(t.problemsByLine(file)).toEqual([[16, '部分设备续航不足']]);
  });
});

describe('an xlsx whose cells and rows carry no references', () => {
  const file = 'r22f-no-cell-references.xlsx';
  // Every cell is written in order, the merged-away ones as empty <c/>: each counts as a column.
  it('puts every cell in its column', () => {
    expectForm(file, '开远市公安局', 'xlsx', null);
    expect(t.figuresOf(file)).toEqual([['看守所被监管人员伙食经费', 96, 108, 108, 1, 100, null]]);
    expect(t.project('看守所被监管人员伙食经费')).toMatchObject({
      managing_dept: '开远市公安局',
      implementing_unit: '开远市看守所',
      execution_rate_reported: 1,
      execution_weight: 10,
      execution_score: 10,
      grade_band: '优',
    });
    expect(t.indicatorsOf('看守所被监管人员伙食经费')).toEqual([
      ['产出指标', '数量指标', '保障在押人员人日数', '≥3.5万人日', '3.9万人日', 30, 30, null],
      ['产出指标', '质量指标', '食品安全事故', '0起', '0起', 20, 20, null],
      ['效益指标', '社会效益指标', '监所安全稳定', '无重大事故', '无重大事故', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '驻所检察满意度', '≥90%', '95%', 20, 20, null],
    ]);
    expect(t.problemsOf(file)).toEqual([]);
  });
});

describe('a docx built from a web page: its content an HTML w:altChunk part', () => {
  const file = 'r22f-altchunk-html.docx';
  it('reads the chunk where it stands, before the closing paragraph', () => {
    expectForm(file, '蒙自市公安局', 'docx', null);
    expect(t.figuresOf(file)).toEqual([['公安检查站运行经费', 150, 150, 139.5, 0.93, 97.3, null]]);
    expect(t.project('公安检查站运行经费')).toMatchObject({
      managing_dept: '蒙自市公安局',
      implementing_unit: '蒙自市公安局交通警察支队',
      execution_rate_reported: 0.93,
      execution_weight: 10,
      execution_score: 9.3,
      grade_band: '优',
    });
    expect(t.indicatorsOf('公安检查站运行经费')).toEqual([
      ['产出指标', '数量指标', '检查车辆数', '≥60万辆次', '65万辆次', 30, 30, null],
      ['产出指标', '时效指标', '检查站运转时长', '24小时', '24小时', 20, 20, null],
      ['效益指标', '社会效益指标', '查获违法犯罪人员', '≥30名', '41名', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '过往群众满意度', '≥90%', '89%', 20, 18, '高峰时段通行缓慢'],
    ]);
    expect(t.problemsByLine(file)).toEqual([
      [15, '高峰时段通行缓慢'],
      [19, '检查站信息化查控设备老化，识别准确率下降'],
      [20, '节假日高峰时段警力不足，车辆通行缓慢'],
    ]);
    expect(t.sourceLines(file)).toEqual([[1]]);
  });
});

describe('a docx whose w:altChunk part is MHT (quoted-printable HTML)', () => {
  const file = 'r22f-altchunk-mht.docx';
  it('unwraps the web archive and reads its page', () => {
    expectForm(file, '个旧市公安局', 'docx', null);
    expect(t.figuresOf(file)).toEqual([['反诈预警劝阻经费', 40, 45, 42.3, 0.94, 95.4, null]]);
    expect(t.project('反诈预警劝阻经费')).toMatchObject({
      managing_dept: '个旧市公安局',
      implementing_unit: '个旧市公安局反电信网络诈骗中心',
      execution_rate_reported: 0.94,
      execution_weight: 10,
      execution_score: 9.4,
      grade_band: '优',
    });
    expect(t.indicatorsOf('反诈预警劝阻经费')).toEqual([
      ['产出指标', '数量指标', '预警劝阻人次', '≥6000人次', '6812人次', 30, 30, null],
      ['产出指标', '时效指标', '预警线索处置时限', '≤30分钟', '25分钟', 20, 20, null],
      ['效益指标', '社会效益指标', '电诈案件发案率下降', '≥10%', '8%', 20, 16, '新型诈骗手法不断变化'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 20, 20, null],
    ]);
    expect(t.problemsByLine(file)).toEqual([
      [14, '新型诈骗手法不断变化'],
      [19, '部分群众对预警劝阻电话不信任，劝阻成功率有待提高'],
      [20, '预警平台与通信运营商数据对接不够及时'],
    ]);
  });
});

describe("an OA system's .doc that is Word's single file web page (MHT, GB2312)", () => {
  const file = 'r22f-single-file-page.doc';
  it('reads it as a web page in its declared charset', () => {
    expectForm(file, '建水县公安局', 'html', 'gb18030');
    expect(t.figuresOf(file)).toEqual([['禁毒宣传教育经费', 25, 25, 21.25, 0.85, 94.5, null]]);
    expect(t.project('禁毒宣传教育经费')).toMatchObject({
      managing_dept: '建水县公安局',
      implementing_unit: '建水县公安局禁毒大队',
      execution_rate_reported: 0.85,
      execution_weight: 10,
      execution_score: 8.5,
      grade_band: '优',
    });
    expect(t.indicatorsOf('禁毒宣传教育经费')).toEqual([
      ['产出指标', '数量指标', '宣传活动场次', '≥50场', '52场', 30, 30, null],
      ['效益指标', '社会效益指标', '禁毒知识知晓率', '≥90%', '92%', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '87%', 30, 26, '乡村宣传覆盖面不足'],
    ]);
    expect(t.problemsByLine(file)).toEqual([
      [14, '乡村宣传覆盖面不足'],
      [17, '乡村地区宣传阵地少，宣传覆盖面不足'],
    ]);
  });
});
