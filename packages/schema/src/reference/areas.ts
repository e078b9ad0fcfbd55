// The administrative areas of one province, down to the village: the shape the portal works in.
// The data comes from the national register (npm `idn-area-data`, Kemendagri codes); see
// register.ts (reads it, server and build only) and areas/default.ts (the configured default).

export interface Village {
  /** `34.02.12.2001`: district code and four digits. */
  readonly code: string;
  readonly name: string;
}

export interface District {
  /** `34.02.12`. */
  readonly code: string;
  readonly name: string;
  readonly villages: readonly Village[];
}

export interface Regency {
  /** `34.02`. */
  readonly code: string;
  readonly name: string;
  /** What the regency calls its districts: kapanewon/kemantren in DIY (Pergub DIY 25/2019), elsewhere kecamatan. */
  readonly districtWord: DistrictWord;
  readonly districts: readonly District[];
}

export type DistrictWord = 'kapanewon' | 'kemantren' | 'kecamatan' | 'distrik';
/** A village's kind from its code: `1xxx` is a kelurahan (urban, led by an official), `2xxx` a desa (DIY: kalurahan). */
export type VillageWord = 'kelurahan' | 'kalurahan' | 'desa' | 'kampung' | 'nagari' | 'gampong';

export interface ProvinceAreas {
  /** Where the data came from: package, version and the regulation it follows. */
  readonly source: string;
  readonly province: { readonly code: string; readonly name: string };
  readonly regencies: readonly Regency[];
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

/** The village word of a village: kelurahan (code `1xxx`) or desa and its local names. */
export function villageWord(provinceCode: string, villageCode: string): VillageWord {
  if (villageCode.split('.')[3]?.startsWith('1')) return 'kelurahan';
  if (provinceCode === DIY) return 'kalurahan';
  return 'desa';
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
