import type { District, ProvinceAreas, Regency, Village } from '../reference/areas';
import { provinceAreas } from '../reference/regions';

export type RegionProblem =
  | 'REGENCY_UNKNOWN'
  | 'DISTRICT_UNKNOWN'
  | 'DISTRICT_NOT_IN_REGENCY'
  | 'VILLAGE_UNKNOWN'
  | 'VILLAGE_NOT_IN_DISTRICT';

/** `34.02`, `3402`, `34 02` → `34.02`; a village's last part has four digits (`3402122001` → `34.02.12.2001`). */
function asCode(text: string, parts: number): string | null {
  const digits = text.replace(/[\s.]/g, '');
  const length = parts === 4 ? 10 : parts * 2;
  if (!/^\d+$/.test(digits) || digits.length !== length) return null;
  const pairs = digits.slice(0, 6).match(/\d{2}/g) ?? [];
  return [...pairs.slice(0, Math.min(parts, 3)), ...(parts === 4 ? [digits.slice(6)] : [])].join('.');
}

function plainName(name: string): string {
  return name
    .toLowerCase()
    .replace(
      /^(kabupaten|kab\.?|kota|kapanewon|kemantren|kecamatan|kec\.?|distrik|kalurahan|kelurahan|kel\.?|desa|ds\.?)\s+/,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** A regency of the province by code (`34.02`, `3402`) or name (`Bantul`, `Kabupaten Bantul`, `kota yogyakarta`). */
export function findRegency(codeOrName: string, areas: ProvinceAreas = provinceAreas()): Regency | null {
  const all = areas.regencies;
  const code = asCode(codeOrName, 2);
  if (code) return all.find((r) => r.code === code) ?? null;
  const text = codeOrName.trim().toLowerCase().replace(/\s+/g, ' ');
  const exact = all.find((r) => r.name.toLowerCase() === text);
  if (exact) return exact;
  const plain = plainName(text);
  // A name shared by a regency and a city ("Yogyakarta", "Malang"): the one that is nothing else.
  const matches = all.filter((r) => plainName(r.name) === plain);
  if (matches.length === 1) return matches[0] ?? null;
  // "Yogyakarta" alone means the city; the province is not a regency.
  return matches.find((r) => r.name.startsWith('Kota ')) ?? null;
}

/**
 * A district within a regency, by code (`34.02.12`, `340212`) or name. Always within a regency:
 * names repeat across regencies (Jetis is in Bantul and in the city).
 */
export function findDistrict(
  regencyCode: string,
  codeOrName: string,
  areas: ProvinceAreas = provinceAreas(),
): District | null {
  const regency = findRegency(regencyCode, areas);
  if (!regency) return null;
  const code = asCode(codeOrName, 3);
  if (code) return regency.districts.find((d) => d.code === code) ?? null;
  const plain = plainName(codeOrName);
  return regency.districts.find((d) => d.name.toLowerCase() === plain) ?? null;
}

/** A district anywhere in the province by its code. */
export function districtByCode(districtCode: string, areas: ProvinceAreas = provinceAreas()): District | null {
  const code = asCode(districtCode, 3);
  for (const regency of areas.regencies) {
    const district = regency.districts.find((d) => d.code === code);
    if (district) return district;
  }
  return null;
}

/**
 * A village (kalurahan/kelurahan/desa) within a district, by code (`34.02.12.2001`, `3402122001`)
 * or name. Always within a district: village names repeat across districts.
 */
export function findVillage(
  districtCode: string,
  codeOrName: string,
  areas: ProvinceAreas = provinceAreas(),
): Village | null {
  const district = districtByCode(districtCode, areas);
  if (!district) return null;
  const code = asCode(codeOrName, 4);
  if (code) return district.villages.find((v) => v.code === code) ?? null;
  const plain = plainName(codeOrName);
  return district.villages.find((v) => v.name.toLowerCase() === plain) ?? null;
}

/** A village anywhere in the province by its code. */
export function villageByCode(villageCode: string, areas: ProvinceAreas = provinceAreas()): Village | null {
  const code = asCode(villageCode, 4);
  if (!code) return null;
  return districtByCode(code.slice(0, 8), areas)?.villages.find((v) => v.code === code) ?? null;
}

export function regencyOfDistrict(districtCode: string, areas: ProvinceAreas = provinceAreas()): Regency | null {
  const code = asCode(districtCode, 3);
  return areas.regencies.find((r) => r.districts.some((d) => d.code === code)) ?? null;
}

export function regionProblem(
  regencyCode: string,
  districtCode: string,
  areas: ProvinceAreas = provinceAreas(),
): RegionProblem | null {
  const regency = findRegency(regencyCode, areas);
  if (!regency) return 'REGENCY_UNKNOWN';
  if (findDistrict(regency.code, districtCode, areas)) return null;
  const elsewhere = areas.regencies.some((r) => findDistrict(r.code, districtCode, areas));
  return elsewhere ? 'DISTRICT_NOT_IN_REGENCY' : 'DISTRICT_UNKNOWN';
}

/** Whether a village (code or name) lies in the district: unknown anywhere, or in another district. */
export function villageProblem(
  districtCode: string,
  villageCodeOrName: string,
  areas: ProvinceAreas = provinceAreas(),
): RegionProblem | null {
  if (findVillage(districtCode, villageCodeOrName, areas)) return null;
  const code = asCode(villageCodeOrName, 4);
  const elsewhere = code
    ? villageByCode(code, areas) !== null
    : areas.regencies.some((r) =>
        r.districts.some((d) => d.villages.some((v) => v.name.toLowerCase() === plainName(villageCodeOrName))),
      );
  return elsewhere ? 'VILLAGE_NOT_IN_DISTRICT' : 'VILLAGE_UNKNOWN';
}
