// Node only (server start, the web build, the generation script): reads the national register of
// administrative areas from the npm package `idn-area-data`. Never imported by the web client.
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
// Types only from areas.ts: the web build's config loads this file with Node itself, which strips
// types but resolves no extensionless relative import.
import type { District, DistrictWord, ProvinceAreas, Village } from './areas';

/** The register's package and the regulation its data follows (see its docs/references.md). */
export const REGISTER_SOURCE =
  'idn-area-data 4.0.1 (data ODbL), Kepmendagri 300.2.2-2138 Tahun 2025 (kode dan data wilayah administrasi pemerintahan)';

/** One province's areas, down to the village, from the register (about a second: it reads 83,762 villages). */
export async function loadProvinceAreas(provinceCode: string): Promise<ProvinceAreas> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  return areasFromRegister(provinceCode, { provinces, regencies, districts, villages }, REGISTER_SOURCE);
}

/** Rows as the register (`idn-area-data`) gives them. */
export interface RegisterRows {
  provinces: readonly { code: string; name: string }[];
  regencies: readonly { code: string; province_code: string; name: string }[];
  districts: readonly { code: string; regency_code: string; name: string }[];
  villages: readonly { code: string; district_code: string; name: string }[];
}

/** DIY's own words (Pergub DIY 25/2019): kapanewon in the four regencies, kemantren in the city; a desa is a kalurahan. */
const DIY = '34';

function districtWordOf(provinceCode: string, regencyName: string): DistrictWord {
  if (provinceCode === DIY) return regencyName.startsWith('Kota ') ? 'kemantren' : 'kapanewon';
  // Papua's six provinces (91–97) call their districts distrik (UU 21/2001).
  if (provinceCode.startsWith('9')) return 'distrik';
  return 'kecamatan';
}

/** The areas of one province from the register's rows, sorted by code at every level. */
export function areasFromRegister(provinceCode: string, rows: RegisterRows, source: string): ProvinceAreas {
  const province = rows.provinces.find((p) => p.code === provinceCode);
  if (!province) throw new Error(`No province ${provinceCode} in the register (codes are two digits, e.g. 34).`);
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  const villagesOf = new Map<string, Village[]>();
  for (const v of rows.villages) {
    if (!v.code.startsWith(`${provinceCode}.`)) continue;
    const list = villagesOf.get(v.district_code) ?? [];
    list.push({ code: v.code, name: v.name });
    villagesOf.set(v.district_code, list);
  }
  const districtsOf = new Map<string, District[]>();
  for (const d of rows.districts) {
    if (!d.code.startsWith(`${provinceCode}.`)) continue;
    const list = districtsOf.get(d.regency_code) ?? [];
    list.push({ code: d.code, name: d.name, villages: (villagesOf.get(d.code) ?? []).sort(byCode) });
    districtsOf.set(d.regency_code, list);
  }
  const regencies = rows.regencies
    .filter((r) => r.province_code === provinceCode)
    .map((r) => ({
      code: r.code,
      name: r.name,
      districtWord: districtWordOf(provinceCode, r.name),
      districts: (districtsOf.get(r.code) ?? []).sort(byCode),
    }))
    .sort(byCode);
  return { source, province: { code: province.code, name: province.name }, regencies };
}
