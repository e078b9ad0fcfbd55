import { readFileSync } from 'node:fs';
import {
  allDistricts,
  allVillages,
  DEFAULT_AREAS,
  findVillage,
  provinceAreas,
  regencies,
  villageByCode,
  villageProblem,
  villageWord,
} from '@jamsos/schema';
import { loadProvinceAreas } from '@jamsos/schema/register';
import { describe, expect, it } from 'vitest';

/**
 * The hand-kept DIY reference the register replaced (a copy of ../shared/reference/diy-regions.json,
 * so the test runs on a clean clone): 5 regencies, 78 kapanewon/kemantren.
 */
const reference = JSON.parse(readFileSync(new URL('./diy-regions.reference.json', import.meta.url), 'utf8')) as {
  regencies: { code: string; name: string; districts: { code: string; name: string }[] }[];
};

describe('the areas of DIY from the national register (idn-area-data)', () => {
  it('are the configured default and name the five regencies and 78 districts the reference names', () => {
    expect(provinceAreas().province).toEqual({ code: '34', name: 'Daerah Istimewa Yogyakarta' });
    const fromRegister = regencies().map((r) => ({
      code: r.code,
      name: r.name,
      districts: r.districts.map((d) => ({ code: d.code, name: d.name })),
    }));
    expect(fromRegister).toEqual(
      reference.regencies.map((r) => ({ code: r.code, name: r.name, districts: r.districts })),
    );
    expect(allDistricts()).toHaveLength(78);
  });

  it('count the villages of each regency as the register does (438 in all)', () => {
    const counts = Object.fromEntries(
      regencies().map((r) => [r.name, r.districts.reduce((sum, d) => sum + d.villages.length, 0)]),
    );
    expect(counts).toEqual({
      'Kabupaten Kulon Progo': 88,
      'Kabupaten Bantul': 75,
      'Kabupaten Gunungkidul': 144,
      'Kabupaten Sleman': 86,
      'Kota Yogyakarta': 45,
    });
    expect(allVillages()).toHaveLength(438);
  });

  it('give every district villages, and every code nests in its parent’s', () => {
    for (const regency of regencies()) {
      expect(regency.code.startsWith('34.')).toBe(true);
      for (const district of regency.districts) {
        expect(district.code.startsWith(`${regency.code}.`)).toBe(true);
        expect(district.villages.length).toBeGreaterThan(0);
        for (const village of district.villages)
          expect(village.code).toMatch(new RegExp(`^${district.code}\\.\\d{4}$`));
      }
    }
    const codes = allVillages().map((v) => v.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are what the register gives today (the committed file is regenerated after an upgrade)', async () => {
    expect(await loadProvinceAreas('34')).toEqual(DEFAULT_AREAS);
  });

  it('serve another province from the same register', async () => {
    const jatim = await loadProvinceAreas('35');
    expect(jatim.province.name).toBe('Jawa Timur');
    expect(jatim.regencies.every((r) => r.districtWord === 'kecamatan')).toBe(true);
    expect(findVillage('35.07.01', '3507012001', jatim)?.code).toBe('35.07.01.2001');
    await expect(loadProvinceAreas('99')).rejects.toThrow(/No province 99/);
  });

  it('call a city village a kelurahan and a regency village a kalurahan', () => {
    expect(villageWord('34', '34.71.01.1001')).toBe('kelurahan');
    expect(villageWord('34', '34.02.12.2001')).toBe('kalurahan');
    expect(villageWord('33', '33.01.01.2001')).toBe('desa');
  });
});

describe('a village within its district', () => {
  it('is found by code (with or without dots) or by name, only within the district', () => {
    expect(findVillage('34.02.12', 'Jagalan')?.code).toBe('34.02.12.2003');
    expect(findVillage('34.02.12', '3402122003')?.name).toBe('Jagalan');
    expect(findVillage('34.02.12', 'Kalurahan Potorono')?.code).toBe('34.02.12.2006');
    // Bendungan is a kalurahan in Wates and in Playen.
    expect(findVillage('34.01.02', 'Bendungan')?.code).toBe('34.01.02.2005');
    expect(findVillage('34.03.09', 'Bendungan')?.code).toBe('34.03.09.2003');
    expect(villageByCode('34.71.01.1001')?.code).toBe('34.71.01.1001');
  });

  it('refuses an unknown village and one that lies in another district', () => {
    expect(villageProblem('34.02.12', 'Jagalan')).toBeNull();
    expect(villageProblem('34.02.12', 'Atlantis')).toBe('VILLAGE_UNKNOWN');
    expect(villageProblem('34.02.12', '34.02.12.2099')).toBe('VILLAGE_UNKNOWN');
    expect(villageProblem('34.02.12', 'Bendungan')).toBe('VILLAGE_NOT_IN_DISTRICT');
    expect(villageProblem('34.02.12', '34.01.02.2005')).toBe('VILLAGE_NOT_IN_DISTRICT');
  });
});
