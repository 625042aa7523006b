/**
 * PDF rows of vertically centred cells of many lines, and tables across a page break (round 12,
 * the seed reports printed from a browser): a label wrapped over four lines or beside a one-line
 * value joins its row; a table continued on the next page keeps its first column; a first column
 * filled in one row only still leads the others with an empty cell; a cell of several lines
 * centred on its own row is not taken for a label merged over the rows around it; a row cut by
 * a page break is joined back into one row; a page whose rows all interleave their lines takes
 * its line pitch from the page before.
 */
import type { StructuredTextItem } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { pageLines, pagesText } from '../../../src/ingest/formats/pdf.ts';
import { pdfTextItem as item } from './fixtures.ts';

describe('pageLines: cells wrapped over several lines, centred on their row', () => {
  it('joins a label of four lines beside a one-line header row and a two-line header cell', () => {
    const lines = pageLines([
      item('绩效', 40, 105.2),
      item('指标', 40, 91),
      item('预期指标值(包含', 320, 91),
      item('一级指标', 80, 83.5),
      item('二级指标', 160, 83.5),
      item('三级指标', 240, 83.5),
      item('完成', 40, 76.7),
      item('文字描述)', 320, 76.7),
      item('情况', 40, 62.5),
    ]);
    expect(lines).toEqual(['绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值(包含文字描述)']);
  });

  it('joins a cell of three lines whose middle line is on the baseline, beside cells of two', () => {
    const lines = pageLines([
      item('租赁图像监', 200, 548.5),
      item('完成400个点位的正常使', 300, 541.7),
      item('项目完成指标', 40, 534.2),
      item('数量指标', 120, 534.2),
      item('控点位400', 200, 534.2),
      item('用', 300, 527.5),
      item('个；', 200, 520),
    ]);
    expect(lines).toEqual(['项目完成指标\t数量指标\t租赁图像监控点位400个；\t完成400个点位的正常使用']);
  });

  it('joins a label wrapped in a narrow first column around its one-line value', () => {
    const lines = pageLines([
      item('项目', 42.7, 434.5),
      item('天网工程技术服务项目', 73.9, 427),
      item('名称', 42.7, 420.2),
    ]);
    expect(lines).toEqual(['项目名称\t天网工程技术服务项目']);
  });

  it('leaves a cell of four lines centred on its own row there, though the rows around have none beside it', () => {
    const lines = pageLines([
      item('其中-财政拨', 80, 299.5),
      item('款:', 80, 285.2),
      item('319.67万元', 240, 292),
      item('其它资金:', 80, 268.7),
      item('0', 240, 268.7),
      item('年度', 40, 252.2),
      item('目标', 40, 238),
      item('预期目标', 80, 230.5),
      item('实际完成目标', 240, 230.5),
      item('完成', 40, 223.7),
      item('情况', 40, 209.5),
      item('通过对图像监控系统的租赁', 80, 193),
      item('通过对图像监控系统的租赁', 240, 193),
      item('使用，达到实时监控', 80, 178.7),
      item('使用，达到实时监控', 240, 178.7),
    ]);
    expect(lines.slice(0, 3)).toEqual([
      '\t其中-财政拨款:\t319.67万元',
      '\t其它资金:\t0',
      '年度目标完成情况\t预期目标\t实际完成目标',
    ]);
  });
});

describe('placement: the first column of a table', () => {
  const row = (y: number, cells: readonly (readonly [string, number])[]) =>
    cells.map(([s, x]) => item(s, x, y));

  it('is the table’s left edge even when only one row fills it', () => {
    const lines = pageLines([
      ...row(600, [
        ['看守所内部监控点位', 40],
        ['226个点位正常使用', 150],
        ['226个点位正常使用', 260],
      ]),
      ...row(580, [
        ['项目完成指标', 150],
        ['质量指标', 260],
        ['点位使用率', 370],
      ]),
      ...row(560, [
        ['项目完成指标', 150],
        ['时效指标', 260],
        ['租赁使用时间', 370],
      ]),
      ...row(540, [
        ['满意度指标', 150],
        ['服务对象满意度指标', 260],
        ['群众满意度', 370],
      ]),
    ]);
    expect(lines).toEqual([
      '看守所内部监控点位\t226个点位正常使用\t226个点位正常使用',
      '\t项目完成指标\t质量指标\t点位使用率',
      '\t项目完成指标\t时效指标\t租赁使用时间',
      '\t满意度指标\t服务对象满意度指标\t群众满意度',
    ]);
  });

  it('carries over a page break: rows continued on the next page keep their empty first cell', () => {
    const first = [
      ...row(120, [
        ['绩效指标', 40],
        ['一级指标', 150],
        ['二级指标', 260],
        ['三级指标', 370],
      ]),
      ...row(100, [
        ['项目完成指标', 150],
        ['数量指标', 260],
        ['点位数', 370],
      ]),
      ...row(80, [
        ['项目完成指标', 150],
        ['质量指标', 260],
        ['使用率', 370],
      ]),
    ];
    const next = [
      ...row(560, [
        ['效益指标', 150],
        ['社会效益指标', 260],
        ['监控作用', 370],
      ]),
      ...row(540, [
        ['满意度指标', 150],
        ['服务对象满意度指标', 260],
        ['群众满意度', 370],
      ]),
    ];
    expect(pagesText([first, next]).split('\n')).toEqual([
      '绩效指标\t一级指标\t二级指标\t三级指标',
      '\t项目完成指标\t数量指标\t点位数',
      '\t项目完成指标\t质量指标\t使用率',
      '\t效益指标\t社会效益指标\t监控作用',
      '\t满意度指标\t服务对象满意度指标\t群众满意度',
      '',
    ]);
  });

  // Lines one in-cell pitch (14.25) apart; rows lie further apart (cell padding and borders).
  const lines = (rows: [y: number, cells: [text: string, x: number][]][]): StructuredTextItem[] =>
    rows.flatMap(([y, cells]) => cells.map(([text, x]) => item(text, x, y)));

  it('joins a row cut by the break: the next page goes on with its cells only, top-aligned above', () => {
    const first = lines([
      [
        130,
        [
          ['效益指标', 40],
          ['社会效益', 100],
          ['维护稳定', 160],
          ['全部完成', 310],
          ['10', 370],
        ],
      ],
      [
        100,
        [
          ['可', 100],
          ['保障辖区平', 160],
          ['大幅提高', 250],
          ['全', 310],
          ['10', 370],
        ],
      ],
      [
        85.75,
        [
          ['持', 100],
          ['安稳定，创', 160],
          ['部', 310],
        ],
      ],
      [
        71.5,
        [
          ['续', 100],
          ['完', 310],
        ],
      ],
    ]);
    const next = lines([
      [
        560,
        [
          ['指', 100],
          ['造良好的社会。', 160],
        ],
      ],
      [
        545.75,
        [
          ['标', 100],
          ['成', 310],
        ],
      ],
      [
        520,
        [
          ['满意度指标', 40],
          ['群众满意度', 100],
          ['全部完成', 310],
          ['10', 370],
        ],
      ],
    ]);
    expect(pagesText([first, next]).split('\n')).toEqual([
      '效益指标\t社会效益\t维护稳定\t全部完成\t10',
      '可持续指标\t保障辖区平安稳定，创造良好的社会。\t大幅提高\t全部完成\t10',
      '满意度指标\t群众满意度\t全部完成\t10',
      '',
    ]);
  });

  it('leaves a row that ends on its page (a short cell centred in it) apart from the next page', () => {
    const first = lines([
      [
        130,
        [
          ['效益指标', 40],
          ['社会效益', 100],
          ['维护稳定', 160],
          ['全部完成', 310],
          ['10', 370],
        ],
      ],
      [
        100,
        [
          ['可', 100],
          ['保障辖区', 160],
        ],
      ],
      [
        85.75,
        [
          ['持', 100],
          ['大幅提高', 250],
          ['全部完成', 310],
        ],
      ],
      [
        71.5,
        [
          ['续', 100],
          ['平安稳定', 160],
        ],
      ],
    ]);
    const next = lines([
      [
        560,
        [
          ['质量', 100],
          ['考核任务', 160],
          ['全部完成', 310],
        ],
      ],
    ]);
    expect(pagesText([first, next]).split('\n')).not.toContain(expect.stringContaining('考核任务全部完成'));
    expect(pagesText([first, next]).split('\n')).toContainEqual(
      expect.stringMatching(/^\t?质量\t考核任务\t/),
    );
  });

  it('joins an interleaved row on a page that shows no line pitch of its own, by the pitch of the page before', () => {
    // The page before: a cell of two lines gives the pitch (14.25).
    const before = lines([
      [
        300,
        [
          ['数量指标', 60],
          ['办理各项任务', 140],
          ['全年', 310],
          ['全部完成', 430],
          ['无偏差', 590],
        ],
      ],
      [
        270,
        [
          ['驻京接访', 140],
          ['全年常驻', 310],
          ['全部完成', 430],
          ['无偏差', 590],
        ],
      ],
      [255.75, [['1人', 310]]],
    ]);
    // Every line of this page interleaves: no two consecutive lines start a cell at one x.
    const page = lines([
      [
        295,
        [
          ['社区管理、流动', 140],
          ['以上项目办理', 430],
        ],
      ],
      [288.2, [['产出', 100]]],
      [
        280.7,
        [
          ['绩效指标', 40],
          ['人口管理、重点', 140],
          ['全年', 310],
          ['督、巡逻防控', 430],
          ['无偏差', 590],
        ],
      ],
      [274, [['指标', 100]]],
      [
        266.5,
        [
          ['人员管理等', 140],
          ['覆盖率100%', 430],
        ],
      ],
    ]);
    expect(pagesText([before, page]).split('\n')).toContain(
      '绩效指标\t产出指标\t社区管理、流动人口管理、重点人员管理等\t全年\t以上项目办理督、巡逻防控覆盖率100%\t无偏差',
    );
  });
});
