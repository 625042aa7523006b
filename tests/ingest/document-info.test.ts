/**
 * Document-level facts read from the head of a report: the agency (a label cell is not part of
 * the name; a 实施单位 is not an alias) and the year the report covers (not a signing date, not a
 * year mentioned in passing).
 */
import { describe, expect, it } from 'vitest';
import { documentFacts } from '../../src/ingest/extract/document-info.ts';
import { splitLines, toRows } from '../../src/ingest/segment.ts';

function facts(text: string) {
  return documentFacts(toRows(splitLines(text)));
}

describe('documentFacts: agency', () => {
  it('reads the agency from a value cell, not from the label joined to it', () => {
    const head = ['项目支出绩效自评表', '（2024年度）', '项目名称\t桐柏县公安局2024年中央政法转移支付资金'];
    expect(facts(head.join('\n')).agency).toBe('桐柏县公安局');
  });

  it('drops a label written in the same cell (columns aligned with spaces)', () => {
    const head = [
      '项目支出绩效自评表',
      '（2022年度）',
      ' 主管部门        沁源县公安局      实施单位      沁源县公安局警务保障室',
    ];
    expect(facts(head.join('\n')).agency).toBe('沁源县公安局');
  });

  it('keeps a police detachment as the agency of its own report', () => {
    const head = ['桂林市公安局交通警察支队2022年度项目支出绩效自评情况汇总表', '单位：万元'];
    expect(facts(head.join('\n')).agency).toBe('桂林市公安局交通警察支队');
  });

  it('does not take the implementing unit for another name of the agency', () => {
    const text = [
      '项目支出绩效自评表',
      '（2023年度）',
      '项目名称\t看守所医疗保障经费',
      '主管部门\t凯里市公安局\t实施单位\t凯里市公安局看守所',
    ].join('\n');
    expect(facts(text)).toMatchObject({ agency: '凯里市公安局', agencyAliases: [] });
  });
});

describe('documentFacts: aliases', () => {
  it('does not take the city’s bureau named as 主管部门 for another name of a county bureau', () => {
    const text = ['项目支出绩效自评报告', '填报单位：湄潭县公安局（本级）', '主管部门：遵义市公安局'];
    expect(facts(text.join('\n'))).toMatchObject({ agency: '湄潭县公安局', agencyAliases: [] });
  });

  it('keeps another name of the same division, and a name whose division is unknown', () => {
    const same = ['项目支出绩效自评报告', '填报单位：大厂县公安局', '主管部门：大厂回族自治县公安局'];
    expect(facts(same.join('\n')).agencyAliases).toEqual(['大厂回族自治县公安局']);
    const unknown = ['承德市公安局高新技术产业开发区分局项目绩效自评汇总表', '填报单位：高新区公安分局'];
    expect(facts(unknown.join('\n')).agencyAliases).toEqual(['高新区公安分局']);
  });
});

describe('documentFacts: year', () => {
  it('reads a year written in Chinese numerals before a later year in the first paragraph', () => {
    const text = [
      '新余市渝水区公安分局二〇二三年度部门整体支出绩效自评报告',
      '一、基本情况',
      '2024年预算已批准。',
    ];
    expect(facts(text.join('\n')).year).toBe(2023);
    expect(facts('二零二二年项目支出绩效自评报告\n宁陵县公安局').year).toBe(2022);
  });

  it('prefers the fiscal year to a filling-in date above it', () => {
    const text = [
      '项目支出绩效自评表',
      '填报单位：邯郸市公安局永年分局',
      '填报日期：2024年3月12日',
      '评价年度：2023年度',
    ];
    expect(facts(text.join('\n')).year).toBe(2023);
  });

  it('ignores a year mentioned in passing in the first paragraph', () => {
    const text = [
      '# 锡林浩特市公安局交通警察大队道路交通智能管控平台运维项目绩效自评报告',
      '## 一、项目概况',
      '道路交通智能管控平台于2019年建成投入使用，覆盖城区主要路口126处，包括信号控制、电子警察等子系统。',
      '## 二、资金投入和使用情况',
      '本项目年初预算为180万元，实际支出172.8万元。',
      '锡林浩特市公安局交通警察大队',
      '2024年3月15日',
    ];
    // No year of its own: signed in March 2024, so it covers 2023.
    expect(facts(text.join('\n')).year).toBe(2023);
  });

  it('reads the year from a title without 年度 and a date signed late in the year as that year', () => {
    expect(facts('2022年项目支出绩效自评报告\n宁陵县公安局').year).toBe(2022);
    expect(facts('绩效自评报告\n我局全年完成各项任务。\n宁陵县公安局\n2023年12月28日').year).toBe(2023);
    expect(facts('绩效自评报告\n宁陵县公安局').year).toBeNull();
  });
});

describe('documentFacts: round 9', () => {
  it('joins a title printed over two lines', () => {
    expect(facts('安吉县公安局\n2022年度项目支出绩效自评表\n项目名称\t智慧安防').title).toBe(
      '安吉县公安局2022年度项目支出绩效自评表',
    );
    expect(facts('湖州市公安局2023年度\n部门整体支出绩效自评报告\n\n一、部门基本情况').title).toBe(
      '湖州市公安局2023年度部门整体支出绩效自评报告',
    );
    expect(facts('XX县公安局2022年度项目支出\n绩效自评报告').title).toBe(
      'XX县公安局2022年度项目支出绩效自评报告',
    );
  });

  it('does not join a label, a heading or an annex number to the title', () => {
    expect(facts('附件2\n项目支出绩效自评表').title).toBe('项目支出绩效自评表');
    expect(facts('填报单位：安吉县公安局\n项目支出绩效自评表').title).toBe('项目支出绩效自评表');
    expect(facts('一、公安局职能概述\n项目支出绩效自评表').title).toBe('项目支出绩效自评表');
    expect(facts('安吉县公安局\n\n\n\n2022年度项目支出绩效自评表').title).toBe('2022年度项目支出绩效自评表');
  });

  it('titles a 部门预算 by its own first line, not by a later 情况说明 heading', () => {
    const text = ['嵩县公安局2023年部门预算', '第一部分  部门概况', '第二部分  2023年部门预算情况说明'];
    expect(facts(text.join('\n')).title).toBe('嵩县公安局2023年部门预算');
  });

  it('reads a signing date written in Chinese numerals', () => {
    expect(facts('绩效自评报告\n全年完成各项任务。\n怀宁县公安局\n二〇二三年三月十日').year).toBe(2022);
    expect(facts('绩效自评报告\n全年完成各项任务。\n怀宁县公安局\n二〇二三年十二月二十日').year).toBe(2023);
  });

  it('reads the agency from a 单位（盖章） line, or the signature, before prose naming the city’s bureau', () => {
    const prose = '根据营口市公安局统一部署，我大队对2023年度项目开展了绩效自评。';
    const sealed = ['项目绩效自评报告', prose, '单位（盖章）：盖州市公安局交通管理大队'];
    expect(facts(sealed.join('\n')).agency).toBe('盖州市公安局交通管理大队');
    const signed = ['项目绩效自评报告', prose, '项目完成良好。', '盖州市公安局交通管理大队', '2024年2月26日'];
    expect(facts(signed.join('\n')).agency).toBe('盖州市公安局交通管理大队');
  });

  it('reads a 公安局机关 as its bureau, the written name an alias', () => {
    expect(facts('2022年度项目支出绩效自评报告\n填报单位：鞍山市公安局机关')).toMatchObject({
      agency: '鞍山市公安局',
      agencyAliases: ['鞍山市公安局机关'],
    });
    expect(facts('营口市公安局机关2023年度项目支出绩效自评情况报告')).toMatchObject({
      agency: '营口市公安局',
      agencyAliases: ['营口市公安局机关'],
    });
  });

  it('keeps a district branch written the other way round as an alias, not the city bureau', () => {
    const text = [
      '宜宾市叙州区公安分局项目支出绩效自评报告',
      '填报单位：宜宾市公安局叙州区分局',
      '主管部门：宜宾市公安局',
    ];
    expect(facts(text.join('\n'))).toMatchObject({
      agency: '宜宾市叙州区公安分局',
      agencyAliases: ['宜宾市公安局叙州区分局'],
    });
  });
});

describe('documentFacts: dates in the head', () => {
  it('does not take a filling-in date in Chinese numerals for the year covered', () => {
    const text = ['项目支出绩效自评表', '填报单位：怀宁县公安局', '填报日期：二〇二四年一月十五日'];
    expect(facts(text.join('\n')).year).toBe(2023);
    expect(facts('2023年1-12月项目支出绩效自评报告\n怀宁县公安局').year).toBe(2023);
  });
});

describe('documentFacts: title lines', () => {
  it('does not join a label cell and its value above the title', () => {
    expect(facts('单位名称\t安吉县公安局\n项目支出绩效自评表').title).toBe('项目支出绩效自评表');
  });
});

describe('documentFacts: round 10', () => {
  it('reads the bureau another body reports about, not the writer before 关于', () => {
    const title = '桐乡市财政局关于桐乡市公安局2022年度交通管理专项资金财政支出绩效评价报告';
    expect(facts(title)).toMatchObject({ agency: '桐乡市公安局', year: 2022 });
    expect(facts('某会计师事务所对石门县公安局雪亮工程运维项目的绩效评价报告').agency).toBe('石门县公安局');
  });

  it('reads the year from a 年度 label in its own cell, not a number after it', () => {
    expect(facts('项目支出绩效自评表\n评价年度\t2023\n项目名称\t边境管控设施维护经费').year).toBe(2023);
    expect(facts('2023年度（2024年编报）\n长白山森林公安局项目支出绩效自评报告').year).toBe(2023);
    expect(facts('鄢陵县公安局2022-2023年度执法办案场所规范化建设项目绩效自评报告').year).toBe(2023);
  });

  it('reads the agency of a 报送单位 line over the city bureau the text names more often', () => {
    const text = [
      '2022-2023年度执法办案场所规范化建设项目绩效自评报告',
      '报送单位：鄢陵县公安局',
      '根据许昌市公安局统一部署，项目按许昌市公安局验收标准完成建设。',
    ];
    expect(facts(text.join('\n'))).toMatchObject({ agency: '鄢陵县公安局', agencyAliases: [] });
  });

  it('names an agency its report abbreviates by its full name, the short one as an alias', () => {
    const text = [
      '附件3：莫旗公安局',
      '项目支出绩效自评表',
      '主管部门\t莫力达瓦达斡尔族自治旗公安局\t实施单位\t莫旗公安局边境管理大队',
    ];
    expect(facts(text.join('\n'))).toMatchObject({
      title: '项目支出绩效自评表',
      agency: '莫力达瓦达斡尔族自治旗公安局',
      agencyAliases: ['莫旗公安局'],
    });
    // Without the full name in the text, the written name stays.
    expect(facts('莫旗公安局2023年度项目支出绩效自评报告').agency).toBe('莫旗公安局');
  });

  it('reads a 派出所’s report as its bureau’s', () => {
    const text = '义乌市公安局稠城派出所2023年度项目支出绩效自评报告';
    expect(facts(text)).toMatchObject({ agency: '义乌市公安局', agencyAliases: [], year: 2023 });
  });
});
