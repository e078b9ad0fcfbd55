import { checkBusiness, checkWorker, regencies } from '@jamsos/schema';
import { describe, expect, it } from 'vitest';
import { demoRegistryOptions, generateRegistry } from './registry-data';

const TODAY = new Date('2026-11-24T00:00:00Z');
const sleman = demoRegistryOptions('sleman', 'REGENCY', '34.04');

describe('the demo registry generator', () => {
  if (!sleman) throw new Error('no options for a regency');
  const registry = generateRegistry(sleman);

  it('is deterministic', () => {
    expect(generateRegistry(sleman)).toEqual(registry);
  });

  it('passes the same validators as the API, for every business and worker', () => {
    const sizes = new Map(registry.businesses.map((b) => [b.key, b.sizeClass]));
    for (const b of registry.businesses) {
      const result = checkBusiness(
        { ...b, regency: b.regencyCode, district: b.districtCode },
        { kind: 'REGENCY', regencyCode: '34.04' },
        TODAY,
      );
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
    for (const w of registry.workers) {
      const sizeClass = w.businessKeys.map((k) => sizes.get(k)).includes('MENENGAH') ? 'MENENGAH' : 'MIKRO';
      const result = checkWorker({ ...w, coverageStatus: w.status }, { sizeClass }, TODAY);
      expect(result.ok ? [] : [w.nik, w.programmes, w.enrolledOn, result.problems]).toEqual([]);
      if (result.ok) expect([result.values.sex, result.values.birthDate]).toEqual([w.sex, w.birthDate]);
    }
  });

  it('keeps NIK, NIB and KPJ unique, and businesses in the tenant’s regency', () => {
    const unique = (values: (string | null)[]) => {
      const present = values.filter((v) => v !== null);
      return new Set(present).size === present.length;
    };
    expect(unique(registry.workers.map((w) => w.nik))).toBe(true);
    expect(unique(registry.workers.map((w) => w.kpj))).toBe(true);
    expect(unique(registry.businesses.map((b) => b.nib))).toBe(true);
    const districts = new Set(
      regencies()
        .find((r) => r.code === '34.04')
        ?.districts.map((d) => d.code),
    );
    for (const b of registry.businesses) expect(districts.has(b.districtCode)).toBe(true);
  });

  it('looks like DIY: mostly micro businesses, mixed coverage', () => {
    const micro = registry.businesses.filter((b) => b.sizeClass === 'MIKRO').length / registry.businesses.length;
    expect(micro).toBeGreaterThan(0.8);
    const enrolled = registry.workers.filter((w) => w.status === 'ENROLLED').length / registry.workers.length;
    expect(enrolled).toBeGreaterThan(0.25);
    expect(enrolled).toBeLessThan(0.5);
    expect(registry.workers.length).toBeGreaterThan(1000);
  });
});
