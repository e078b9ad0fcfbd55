import {
  checkBusiness,
  DEFAULT_AREAS,
  findRegency,
  installProvinceAreas,
  provinceAreas,
  regencies,
} from '@jamsos/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { installPlaces } from './places';

afterEach(() => installProvinceAreas(DEFAULT_AREAS));

describe('the province as configuration', () => {
  it('is DIY unless PORTAL_PROVINCE says otherwise, and must be a two-digit code', () => {
    expect(loadConfig({}).PORTAL_PROVINCE).toBe('34');
    expect(loadConfig({ PORTAL_PROVINCE: '35' }).PORTAL_PROVINCE).toBe('35');
    expect(() => loadConfig({ PORTAL_PROVINCE: 'DIY' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORTAL_PROVINCE: 'DIY' })).toThrow(/PORTAL_PROVINCE must be a two-digit province code/);
  });

  it('installs another province’s areas from the register, and every check then follows them', async () => {
    await installPlaces('35');
    expect(provinceAreas().province.name).toBe('Jawa Timur');
    expect(regencies().length).toBe(38);
    expect(findRegency('Bantul')).toBeNull();
    expect(findRegency('Kota Malang')?.code).toBe('35.73');
    const draft = {
      legalForm: 'UMKM',
      name: 'Keripik Tempe',
      kbliSection: 'C',
      sizeClass: 'MIKRO',
      regency: 'Kota Malang',
      district: '35.73.01',
      village: '',
      address: 'Jl. Sanan',
    };
    const checked = checkBusiness(draft, { kind: 'PROVINCE_AGENCY', regencyCode: null });
    // The province agency keeps cooperatives only; the region itself is accepted.
    expect(checked.ok ? [] : checked.problems.map((p) => p.field)).toEqual(['legalForm']);
    await installPlaces('34');
    expect(provinceAreas()).toBe(DEFAULT_AREAS);
  });

  it('refuses a province the register does not know', async () => {
    await expect(installPlaces('99')).rejects.toThrow(/No province 99/);
  });
});

describe('checkBusiness and the village', () => {
  const base = {
    legalForm: 'UMKM',
    name: 'Bakpia Jagalan',
    kbliSection: 'C',
    sizeClass: 'MIKRO',
    regency: 'Bantul',
    district: 'Banguntapan',
    address: 'Jl. Jagalan',
  };
  const keeper = { kind: 'REGENCY' as const, regencyCode: '34.02' };

  it('stores the village code found by name, none when empty or left out', () => {
    const named = checkBusiness({ ...base, village: 'Jagalan' }, keeper);
    expect(named.ok && named.values.villageCode).toBe('34.02.12.2003');
    const empty = checkBusiness({ ...base, village: ' ' }, keeper);
    expect(empty.ok && empty.values.villageCode).toBeNull();
    const absent = checkBusiness(base, keeper);
    expect(absent.ok && absent.values.villageCode).toBeNull();
  });

  it('names the village field when the village is unknown or lies in another district', () => {
    const unknown = checkBusiness({ ...base, village: 'Atlantis' }, keeper);
    expect(unknown.ok ? [] : unknown.problems).toEqual([{ field: 'village', problem: 'VILLAGE_UNKNOWN' }]);
    const elsewhere = checkBusiness({ ...base, village: 'Wukirsari' }, keeper);
    expect(elsewhere.ok ? [] : elsewhere.problems).toEqual([{ field: 'village', problem: 'VILLAGE_NOT_IN_DISTRICT' }]);
  });
});
