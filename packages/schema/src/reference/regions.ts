// The province the portal serves and its areas. The areas come from the national register
// (`idn-area-data`, see areas.ts and register.ts); which province is configuration
// (PORTAL_PROVINCE, DIY by default): the server reads it at start, the web build bakes it in,
// and both install it here with installProvinceAreas. Validators take the areas as their last
// argument and default to these.
// A NIK's first six digits are the region where it was first registered, written without dots
// (e.g. 340212 = Banguntapan, Bantul); a worker may hold a NIK from any province.
import type { District, ProvinceAreas, Regency, Village } from './areas';
import { DEFAULT_AREAS } from './areas/default';

export type { District, DistrictWord, ProvinceAreas, Regency, Village, VillageWord } from './areas';
export { villageWord } from './areas';
export { DEFAULT_AREAS };

let active: ProvinceAreas = DEFAULT_AREAS;

/** The configured province's areas (DIY unless PORTAL_PROVINCE says otherwise). */
export function provinceAreas(): ProvinceAreas {
  return active;
}

/** Installs the configured province's areas: once, at server start or web boot. */
export function installProvinceAreas(areas: ProvinceAreas): void {
  active = areas;
}

/** The configured province's regencies. */
export function regencies(areas: ProvinceAreas = active): readonly Regency[] {
  return areas.regencies;
}

export function allDistricts(areas: ProvinceAreas = active): readonly District[] {
  return areas.regencies.flatMap((r) => r.districts);
}

export function allVillages(areas: ProvinceAreas = active): readonly Village[] {
  return areas.regencies.flatMap((r) => r.districts.flatMap((d) => d.villages));
}
