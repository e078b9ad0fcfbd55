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

/** The village word of a village: kelurahan (code `1xxx`) or desa and its local names. */
export function villageWord(provinceCode: string, villageCode: string): VillageWord {
  if (villageCode.split('.')[3]?.startsWith('1')) return 'kelurahan';
  if (provinceCode === '34') return 'kalurahan'; // DIY: a desa is a kalurahan (Pergub DIY 25/2019)
  return 'desa';
}
