import { type District, REGENCIES, type Regency } from '../reference/regions';

export type RegionProblem = 'REGENCY_UNKNOWN' | 'DISTRICT_UNKNOWN' | 'DISTRICT_NOT_IN_REGENCY';

/** `34.02`, `3402`, `34 02` → `34.02`; names are left alone. */
function asCode(text: string, parts: number): string | null {
  const digits = text.replace(/[\s.]/g, '');
  if (!/^\d+$/.test(digits) || digits.length !== parts * 2) return null;
  return digits.match(/\d{2}/g)?.join('.') ?? null;
}

function plainName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(kabupaten|kab\.?|kota|kapanewon|kemantren|kecamatan|kec\.?)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A regency of DIY by code (`34.02`, `3402`) or name (`Bantul`, `Kabupaten Bantul`, `kota yogyakarta`). */
export function findRegency(codeOrName: string): Regency | null {
  const code = asCode(codeOrName, 2);
  if (code) return REGENCIES.find((r) => r.code === code) ?? null;
  const text = codeOrName.trim().toLowerCase().replace(/\s+/g, ' ');
  const exact = REGENCIES.find((r) => r.name.toLowerCase() === text);
  if (exact) return exact;
  // "Yogyakarta" alone means the city; the province is not a regency.
  const plain = plainName(text) === 'yogyakarta' ? 'kota yogyakarta' : plainName(text);
  return REGENCIES.find((r) => plainName(r.name) === plain || r.name.toLowerCase() === plain) ?? null;
}

/**
 * A district within a regency, by code (`34.02.12`, `340212`) or name. Always within a regency:
 * names repeat across regencies (Jetis is in Bantul and in the city).
 */
export function findDistrict(regencyCode: string, codeOrName: string): District | null {
  const regency = findRegency(regencyCode);
  if (!regency) return null;
  const code = asCode(codeOrName, 3);
  if (code) return regency.districts.find((d) => d.code === code) ?? null;
  const plain = plainName(codeOrName);
  return regency.districts.find((d) => d.name.toLowerCase() === plain) ?? null;
}

export function regencyOfDistrict(districtCode: string): Regency | null {
  const code = asCode(districtCode, 3);
  return REGENCIES.find((r) => r.districts.some((d) => d.code === code)) ?? null;
}

export function regionProblem(regencyCode: string, districtCode: string): RegionProblem | null {
  const regency = findRegency(regencyCode);
  if (!regency) return 'REGENCY_UNKNOWN';
  if (findDistrict(regency.code, districtCode)) return null;
  const elsewhere = REGENCIES.some((r) => findDistrict(r.code, districtCode));
  return elsewhere ? 'DISTRICT_NOT_IN_REGENCY' : 'DISTRICT_UNKNOWN';
}
