import { describe, expect, it } from 'vitest';
import { abbreviates, agencyKey, resolveAgency, sameAgency } from '../../src/ingest/agency.ts';

const DACHANG = { province: '河北省', city: '廊坊市', county: '大厂回族自治县' };
const NO_REGION = { province: null, city: null, county: null };

describe('resolveAgency: the seed agencies', () => {
  it.each([
    ['大厂回族自治县公安局', '大厂回族自治县公安局', DACHANG],
    ['大厂县公安局', '大厂回族自治县公安局', DACHANG],
    ['大厂回族自治县公安系统', '大厂回族自治县公安系统', DACHANG],
    ['武胜县公安局', '武胜县公安局', { province: '四川省', city: '广安市', county: '武胜县' }],
    ['临泽县公安局', '临泽县公安局', { province: '甘肃省', city: '张掖市', county: '临泽县' }],
    [
      '承德市公安局高新技术产业开发区分局',
      '承德市公安局高新技术产业开发区分局',
      { province: '河北省', city: '承德市', county: null },
    ],
    [
      '晋中市公安局开发区分局',
      '晋中市公安局开发区分局',
      { province: '山西省', city: '晋中市', county: null },
    ],
  ])('%s → %s', (name, canonical, region) => {
    expect(resolveAgency(name)).toEqual({ canonical, ...region });
  });
});

describe('resolveAgency: written forms', () => {
  it.each([
    ['大厂公安局', '大厂回族自治县公安局', DACHANG],
    ['大厂回族自治县 公安局', '大厂回族自治县公安局', DACHANG],
    ['河北大厂县公安局', '河北省大厂回族自治县公安局', DACHANG],
    ['廊坊市大厂县公安局', '廊坊市大厂回族自治县公安局', DACHANG],
    ['河北承德市公安局', '河北省承德市公安局', { province: '河北省', city: '承德市', county: null }],
    ['承德公安局', '承德市公安局', { province: '河北省', city: '承德市', county: null }],
    ['承德县公安局', '承德县公安局', { province: '河北省', city: '承德市', county: '承德县' }],
    [
      '海西州公安局',
      '海西蒙古族藏族自治州公安局',
      { province: '青海省', city: '海西蒙古族藏族自治州', county: null },
    ],
    [
      '积石山县公安局',
      '积石山保安族东乡族撒拉族自治县公安局',
      { province: '甘肃省', city: '临夏回族自治州', county: '积石山保安族东乡族撒拉族自治县' },
    ],
    [
      '广西南宁市公安局',
      '广西壮族自治区南宁市公安局',
      { province: '广西壮族自治区', city: '南宁市', county: null },
    ],
    ['内蒙古公安厅', '内蒙古自治区公安厅', { province: '内蒙古自治区', city: null, county: null }],
  ])('%s → %s', (name, canonical, region) => {
    expect(resolveAgency(name)).toEqual({ canonical, ...region });
  });

  it('does not read the agency word 公安 as 公安县 (湖北荆州)', () => {
    expect(resolveAgency('荆州市公安局')).toEqual({
      canonical: '荆州市公安局',
      province: '湖北省',
      city: '荆州市',
      county: null,
    });
    expect(resolveAgency('公安县公安局').county).toBe('公安县');
  });

  it('gives municipalities as their own city and 省直辖 counties no city', () => {
    expect(resolveAgency('北京市朝阳区公安分局')).toMatchObject({
      province: '北京市',
      city: '北京市',
      county: '朝阳区',
    });
    expect(resolveAgency('重庆市公安局')).toMatchObject({ province: '重庆市', city: '重庆市', county: null });
    expect(resolveAgency('仙桃市公安局')).toMatchObject({ province: '湖北省', city: null, county: '仙桃市' });
  });
});

describe('resolveAgency: units under a city bureau', () => {
  it.each([
    ['乐山市公安局五通桥区分局', { province: '四川省', city: '乐山市', county: '五通桥区' }],
    ['承德市公安局双桥分局', { province: '河北省', city: '承德市', county: '双桥区' }],
    ['通辽市公安局科尔沁区分局', { province: '内蒙古自治区', city: '通辽市', county: '科尔沁区' }],
    // A branch named after no district of the city, or a detachment: the city only.
    ['晋中市公安局开发区分局', { province: '山西省', city: '晋中市', county: null }],
    ['乐山市公安局双桥分局', { province: '四川省', city: '乐山市', county: null }],
    ['桂林市公安局交通警察支队', { province: '广西壮族自治区', city: '桂林市', county: null }],
  ])('%s is in %j', (name, region) => {
    expect(resolveAgency(name)).toEqual({ canonical: name, ...region });
  });

  it('keeps a branch bureau its own agency, apart from the city bureau', () => {
    expect(sameAgency('乐山市公安局五通桥区分局', '乐山市公安局')).toBe(false);
    expect(sameAgency('桂林市公安局交通警察支队', '桂林市公安局')).toBe(false);
  });
});

describe('resolveAgency: ambiguous short names', () => {
  it('uses the city or province in the name to pick the county', () => {
    expect(resolveAgency('石家庄市新华区公安分局')).toMatchObject({ city: '石家庄市', county: '新华区' });
    expect(resolveAgency('南京市鼓楼区公安分局')).toMatchObject({
      province: '江苏省',
      city: '南京市',
      county: '鼓楼区',
    });
  });

  it('uses the context when the name alone is ambiguous', () => {
    expect(
      resolveAgency('新华区公安分局', '沧州市新华区公安分局2021年度部门整体支出绩效自评报告'),
    ).toMatchObject({
      province: '河北省',
      city: '沧州市',
      county: '新华区',
    });
    expect(resolveAgency('城关区公安分局', '甘肃省兰州市')).toMatchObject({
      city: '兰州市',
      county: '城关区',
    });
    expect(resolveAgency('朝阳区公安分局', '长春市')).toMatchObject({ province: '吉林省', city: '长春市' });
  });

  it('returns null regions rather than a guess when still ambiguous', () => {
    expect(resolveAgency('新华区公安分局')).toEqual({ canonical: '新华区公安分局', ...NO_REGION });
    expect(resolveAgency('鼓楼区公安分局', '本局2021年度预算执行情况')).toEqual({
      canonical: '鼓楼区公安分局',
      ...NO_REGION,
    });
    // Both 新华区 of 河北 share the province, not the city.
    expect(resolveAgency('河北省新华区公安分局')).toEqual({
      canonical: '河北省新华区公安分局',
      province: '河北省',
      city: null,
      county: null,
    });
    // A context naming both candidate cities settles nothing.
    expect(resolveAgency('新华区公安分局', '石家庄市、沧州市')).toMatchObject(NO_REGION);
  });
});

describe('resolveAgency: names without a division', () => {
  it.each([
    '公安部',
    '森林公安局',
    '长江航运公安局',
    '高新区公安分局',
    '开发区公安分局',
    '',
    '   ',
    '（）',
    'ABC',
    '12345',
  ])('%j → nulls, name kept', (name) => {
    expect(resolveAgency(name)).toEqual({ canonical: name.replace(/\s+/g, ''), ...NO_REGION });
  });

  it('never throws on long or odd input', () => {
    const long = '公安'.repeat(5000) + '大厂县';
    expect(() => resolveAgency(long, long)).not.toThrow();
    expect(resolveAgency('\uFEFF大厂县\u200B公安局\u0000')).toEqual({
      canonical: '大厂回族自治县公安局',
      ...DACHANG,
    });
  });
});

describe('sameAgency', () => {
  it.each([
    ['大厂县公安局', '大厂回族自治县公安局'],
    ['大厂回族自治县公安系统', '大厂回族自治县公安局'],
    ['河北省大厂回族自治县公安局', '大厂县公安局'],
    ['河北承德市公安局', '承德市公安局'],
    ['公安部', '公安部'],
  ])('%s = %s', (a, b) => {
    expect(sameAgency(a, b)).toBe(true);
    expect(sameAgency(b, a)).toBe(true);
  });

  it.each([
    ['武胜县公安局', '临泽县公安局'],
    ['承德县公安局', '承德市公安局'],
    ['承德市公安局', '承德市公安局高新技术产业开发区分局'],
    ['石家庄市新华区公安分局', '沧州市新华区公安分局'],
    ['新华区公安分局', '石家庄市新华区公安分局'],
    ['大厂县公安局', '大厂县财政局'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameAgency(a, b)).toBe(false);
  });

  it('keys group names of one agency', () => {
    const names = ['大厂县公安局', '大厂回族自治县公安局', '大厂回族自治县公安系统', '武胜县公安局'];
    expect(new Set(names.map((name) => agencyKey(name))).size).toBe(2);
  });
});

describe('round 9: divisions and units', () => {
  it.each([
    ['科尔沁左翼中旗公安局', { province: '内蒙古自治区', city: '通辽市', county: '科尔沁左翼中旗' }],
    ['阿荣旗公安局交通管理大队', { province: '内蒙古自治区', city: '呼伦贝尔市', county: '阿荣旗' }],
    [
      '莫力达瓦达斡尔族自治旗公安局',
      { province: '内蒙古自治区', city: '呼伦贝尔市', county: '莫力达瓦达斡尔族自治旗' },
    ],
    ['神农架林区公安局', { province: '湖北省', city: null, county: '神农架林区' }],
    ['盖州市公安局交通管理大队', { province: '辽宁省', city: '营口市', county: '盖州市' }],
    ['洛阳市公安局经济技术开发区分局', { province: '河南省', city: '洛阳市', county: null }],
    ['宜宾市公安局叙州区分局', { province: '四川省', city: '宜宾市', county: '叙州区' }],
  ])('%s', (name, region) => {
    expect(resolveAgency(name)).toEqual({ canonical: name, ...region });
  });

  it('reads a 公安局机关 and a （本级） name as the bureau itself', () => {
    expect(sameAgency('营口市公安局机关', '营口市公安局')).toBe(true);
    expect(sameAgency('宜宾市叙州区公安分局（本级）', '宜宾市叙州区公安分局')).toBe(true);
    expect(sameAgency('营口市公安局机关', '营口市公安局交通管理支队')).toBe(false);
  });

  it('reads a city bureau’s branch named after a district as that district’s 公安分局', () => {
    expect(sameAgency('宜宾市公安局叙州区分局', '宜宾市叙州区公安分局')).toBe(true);
    expect(sameAgency('自贡市公安局沿滩分局', '自贡市沿滩区公安分局')).toBe(true);
    expect(sameAgency('宜宾市公安局叙州区分局', '宜宾市公安局')).toBe(false);
    expect(sameAgency('洛阳市公安局经济技术开发区分局', '洛阳市公安局')).toBe(false);
  });
});

describe('round 10: divisions', () => {
  it.each([
    ['义乌市公安局', { province: '浙江省', city: '金华市', county: '义乌市' }],
    ['成都市公安局天府新区分局', { province: '四川省', city: '成都市', county: null }],
    [
      '莫力达瓦达斡尔族自治旗公安局',
      { province: '内蒙古自治区', city: '呼伦贝尔市', county: '莫力达瓦达斡尔族自治旗' },
    ],
    ['吉林省长白山森林公安局', { province: '吉林省', city: null, county: null }],
  ])('%s', (name, region) => {
    expect(resolveAgency(name)).toEqual({ canonical: name, ...region });
  });

  it('keeps a 森林公安局 apart from its division’s bureau', () => {
    expect(sameAgency('伊春市森林公安局', '伊春市公安局')).toBe(false);
  });
});

describe('abbreviates', () => {
  it.each([
    ['莫旗公安局', '莫力达瓦达斡尔族自治旗公安局', true],
    ['鄂前旗公安局', '鄂托克前旗公安局', true],
    ['莫旗公安局边境管理大队', '莫力达瓦达斡尔族自治旗公安局边境管理大队', true],
    // Another unit, another kind of division, a name the gazetteer reads itself.
    ['莫旗公安局', '莫力达瓦达斡尔族自治旗公安局交通管理大队', false],
    ['莫县公安局', '莫力达瓦达斡尔族自治旗公安局', false],
    ['大厂县公安局', '大厂回族自治县公安局', false],
    ['莫旗公安局', '莫旗公安局', false],
  ])('%s ← %s: %s', (short, full, expected) => {
    expect(abbreviates(short, full)).toBe(expected);
  });
});
