import { describe, expect, it } from 'vitest';
import { extractProblems, isDeviationProblem } from '../../../src/ingest/problems/extract.ts';
import { readLines } from './helpers.ts';

const run = (lines: string[]): [number, string][] => extractProblems(lines).map((p) => [p.line, p.text]);

describe('extractProblems on fixtures', () => {
  it('reads every layout of report-sample.txt', () => {
    expect(run(readLines('tests/fixtures/problems/report-sample.txt'))).toEqual([
      [5, '视频监控平台升级工作进度滞后，部分点位尚未接入'], // cue phrase after 但, outside a problem section
      [7, '预算编制不够精细，年中追加预算较多'], // （一）（二）（三） items of 三、存在的问题
      [8, '绩效指标设置不够科学，部分指标难以量化'],
      [9, '财务人员兼职较多，专业能力有待提高'],
      [16, '设备采购流程较长，导致资金支付滞后'], // tab label cell + <p> value with 一是/二是
      [16, '部分系统运维单位响应慢'],
      [20, '部分点位选址未获审批，建设推迟'], // deviation-reason cell of a row that lost points
      [27, '个别派出所经费保障不足'], // one cell per line: label line, then value line
      [32, '绩效目标设定较为笼统'], // intro "存在以下问题：" + 1. 2. list, cut before 针对以上问题
      [32, '绩效自评佐证材料不够完整'],
      [33, '辅警队伍流动性较大'], // ①② list, cut before 下一步
      [33, '执法记录仪老化严重'],
    ]);
  });

  it('splits every numbering style of numbered-lists.txt and skips remedy sections', () => {
    expect(run(readLines('tests/fixtures/problems/numbered-lists.txt'))).toEqual([
      [2, '预算编制不够细化'],
      [2, '项目执行进度较慢'],
      [2, '绩效监控不到位'],
      [6, '绩效目标设定不够明确'],
      [6, '部分指标无法量化'],
      [6, '自评结果偏高'],
      [8, '信息系统运行不稳定'],
      [8, '监控点位存在盲区'],
      [8, '运维响应不及时'],
      [10, '资金到位较晚，影响支付进度'],
      [10, '招标流程耗时较长'],
      [12, '专业人员匮乏'],
      [12, '培训次数偏少'],
      [14, '辅警流动性较大'], // headline of an item that goes on to explain itself
      [15, '日常管理待加强'],
    ]);
  });

  it('drops headings, fillers and reports of no problem inside a problem section', () => {
    const lines = [
      '三、存在的问题',
      '无。',
      '（二）存在问题。',
      '/',
      '资金使用过程中未出现违规使用问题。',
      '目前新招聘47名辅警，有效解决了警力不足问题。',
      '项目管理中存在的主要问题及原因分析\t无',
      '项目管理中存在的主要问题及原因分析\t——',
    ];
    expect(run(lines)).toEqual([]);
  });

  it('drops negated cues, definitions, neutral uses of weak cues and remedies elsewhere', () => {
    const lines = [
      '一、基本情况',
      '项目资金使用过程中未出现违规使用问题，不存在截留、挤占、挪用的情况。',
      '服务大局“零偏差”。',
      '年初结转和结余：指以前年度尚未完成、结转到本年继续使用的资金。',
      '在机关运行经费无法涵盖的领域，结合上级的要求进行立项。',
      '组织成员对照自查，查找单位存在的问题并整改问题。',
      '四、改进措施',
      '建议在专项经费拨款上逐年有所上升，缓解经费压力。',
      '我局将进一步加强绩效管理，对发现的问题及时整改。',
    ];
    expect(run(lines)).toEqual([]);
  });

  it('keeps the problem part of a sentence and cuts the remedy that follows', () => {
    expect(
      run([
        '预算编制基本合理，但个别项目预算存在一定偏差；执行总体较好。',
        '2024年完成了各项指标，但还是存在一定差距，下一步不断加大预算执行力度。',
      ]),
    ).toEqual([
      [1, '个别项目预算存在一定偏差'],
      [2, '还是存在一定差距'],
    ]);
  });

  it('reads deviation reasons only where the row lost points or the text states a problem', () => {
    const lines = [
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '产出指标\t数量指标\t培训人次\t100\t100\t10\t10\t降低全局民警伤亡率',
      '产出指标\t时效指标\t完成时间\t6月\t9月\t10\t8\t设备到货晚',
      '\t质量指标\t合格率\t100%\t100%\t10\t10\t采购合同签订不及时',
      '\t成本指标\t成本\t10万元\t9万元\t10\t10\t不涉及',
      '总分\t\t\t\t\t100\t98\t',
      '备注\t设备到货晚',
    ];
    expect(run(lines)).toEqual([
      [3, '设备到货晚'],
      [4, '采购合同签订不及时'],
    ]);
  });

  it('reports the source line of each statement', () => {
    const lines = ['', '', '五、存在的问题', '', '1、绩效管理专业人员匮乏，规范管理有盲点。'];
    expect(extractProblems(lines)).toEqual([{ text: '绩效管理专业人员匮乏，规范管理有盲点', line: 5 }]);
  });
});

describe('isDeviationProblem', () => {
  it('accepts a reason when the indicator lost points or the text states a problem', () => {
    expect(isDeviationProblem('警犬基地房屋使用时间为1-6月', 20, 18)).toBe(true);
    expect(isDeviationProblem('采购合同签订不及时', 10, 10)).toBe(true);
    expect(isDeviationProblem('工程未办理结算评审', null, null)).toBe(true);
  });

  it('rejects fillers, numbers and unrelated text in full-score rows', () => {
    expect(isDeviationProblem('降低全局民警、辅警伤亡率', 10, 10)).toBe(false);
    expect(isDeviationProblem('无偏差', 10, 7)).toBe(false);
    expect(isDeviationProblem('——', 10, 7)).toBe(false);
    expect(isDeviationProblem('100%', 10, 7)).toBe(false);
  });
});

describe('extractProblems on Markdown', () => {
  it('reads headings, bullets and pipe tables', () => {
    const lines = [
      '## 三、存在的问题',
      '- **预算编制不够精细**，年中调整较多。',
      '| 项目 | 内容 |',
      '| --- | --- |',
      '| 项目管理中存在的主要问题及原因分析 | 设备到货延迟，验收推迟 |',
    ];
    expect(run(lines)).toEqual([
      [2, '预算编制不够精细，年中调整较多'],
      [5, '设备到货延迟，验收推迟'],
    ]);
  });
});
