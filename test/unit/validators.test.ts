import {
  ageOn,
  checkBusiness,
  checkWorker,
  coverageProblems,
  findDistrict,
  findRegency,
  maskNik,
  maskPhone,
  nibProblem,
  normalisePhone,
  parseNik,
  phoneProblem,
  regionProblem,
  sizeClassFrom,
} from '@jamsos/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const TODAY = new Date('2026-11-24T00:00:00Z');

describe('NIK', () => {
  it('reads sex and birth date, women with 40 added to the day', () => {
    expect(parseNik('3402124709850012', TODAY)).toEqual({
      ok: true,
      info: { nik: '3402124709850012', regionCode: '34.02.12', sex: 'F', birthDate: '1985-09-07', serial: '0012' },
    });
    expect(parseNik('3471010101900003', TODAY)).toMatchObject({
      ok: true,
      info: { sex: 'M', birthDate: '1990-01-01' },
    });
  });

  it('takes the century that puts the birth date in the past', () => {
    expect(parseNik('3402120101100001', TODAY)).toMatchObject({ info: { birthDate: '2010-01-01' } });
    expect(parseNik('3402120112260001', TODAY)).toMatchObject({ info: { birthDate: '1926-12-01' } });
  });

  it.each([
    ['3402120001900001', 'NIK_BIRTH_DATE'], // day 00
    ['3402123201900001', 'NIK_BIRTH_DATE'], // day 32
    ['3402124001900001', 'NIK_BIRTH_DATE'], // day 40: neither a man's nor a woman's day
    ['3402127201900001', 'NIK_BIRTH_DATE'], // day 72 (a woman's 32nd)
    ['3402120113900001', 'NIK_BIRTH_DATE'], // month 13
    ['3402123102900001', 'NIK_BIRTH_DATE'], // 31 February
    ['3402122902010001', 'NIK_BIRTH_DATE'], // 29 February 2001
    ['3402120101900000', 'NIK_SERIAL'],
    ['340212010190001', 'NIK_FORMAT'],
    ['34021201019000011', 'NIK_FORMAT'],
    ['34021201019O0001', 'NIK_FORMAT'],
    ['0502120101900001', 'NIK_FORMAT'],
  ])('refuses %s (%s)', (nik, problem) => {
    expect(parseNik(nik, TODAY)).toEqual({ ok: false, problem });
  });

  it('accepts 29 February in a leap year, and a NIK from another province', () => {
    expect(parseNik('3402122902000001', TODAY)).toMatchObject({ ok: true, info: { birthDate: '2000-02-29' } });
    expect(parseNik('3301016908880001', TODAY)).toMatchObject({ ok: true, info: { sex: 'F', regionCode: '33.01.01' } });
  });

  it('masks all but the first four and last four digits', () => {
    expect(maskNik('3402124709850012')).toBe('3402••••••••0012');
  });

  it('never throws, whatever the string', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseNik(text, TODAY).ok === 'boolean'));
  });

  it('round-trips any valid date, sex and serial', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1927-01-01T00:00:00Z'), max: new Date('2026-11-23T00:00:00Z'), noInvalidDate: true }),
        fc.boolean(),
        fc.integer({ min: 1, max: 9999 }),
        (date, female, serial) => {
          const day = date.getUTCDate() + (female ? 40 : 0);
          const nik = `340212${String(day).padStart(2, '0')}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCFullYear() % 100).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
          const parsed = parseNik(nik, TODAY);
          return (
            parsed.ok &&
            parsed.info.birthDate === date.toISOString().slice(0, 10) &&
            parsed.info.sex === (female ? 'F' : 'M')
          );
        },
      ),
    );
  });

  it('masks never show more than eight digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{16}$/), (nik) => (maskNik(nik).match(/\d/g) ?? []).length === 8));
  });

  it('counts age in whole years', () => {
    expect(ageOn('1972-11-25', TODAY)).toBe(53);
    expect(ageOn('1972-11-24', TODAY)).toBe(54);
  });
});

describe('business numbers and phones', () => {
  it('checks NIB digits', () => {
    expect(nibProblem('9120000000001')).toBeNull();
    expect(nibProblem('912000000000')).toBe('NIB_FORMAT');
  });

  it('accepts Indonesian phone forms and normalises them', () => {
    for (const phone of ['0812 3456 7890', '+62 812-3456-7890', '6281234567890']) {
      expect(phoneProblem(phone)).toBeNull();
      expect(normalisePhone(phone)).toBe('081234567890');
    }
    expect(phoneProblem('12345')).toBe('PHONE_FORMAT');
    expect(maskPhone('081234567890')).toBe('0812••••••90');
  });
});

describe('regions', () => {
  it('finds regencies by code or name, and districts only within their regency', () => {
    expect(findRegency('Bantul')?.code).toBe('34.02');
    expect(findRegency('3471')?.name).toBe('Kota Yogyakarta');
    expect(findRegency('kota yogyakarta')?.code).toBe('34.71');
    expect(findDistrict('34.02', 'Jetis')?.code).toBe('34.02.09');
    expect(findDistrict('34.71', 'Jetis')?.code).toBe('34.71.02');
    expect(regionProblem('34.02', 'Depok')).toBe('DISTRICT_NOT_IN_REGENCY');
    expect(regionProblem('34.09', '34.09.01')).toBe('REGENCY_UNKNOWN');
  });
});

describe('size classes (PP 7/2021)', () => {
  it('puts the boundaries where the regulation does', () => {
    expect(sizeClassFrom({ capital: 1_000_000_000 })).toBe('MIKRO');
    expect(sizeClassFrom({ capital: 1_000_000_001 })).toBe('KECIL');
    expect(sizeClassFrom({ capital: 10_000_000_001 })).toBe('BESAR');
    expect(sizeClassFrom({ annualSales: 15_000_000_000 })).toBe('KECIL');
    expect(sizeClassFrom({})).toBeNull();
  });
});

describe('coverage rules', () => {
  const base = { kpj: '12345678901', enrolledOn: '2020-01-01', birthDate: '1990-01-01', today: TODAY };
  it('keeps JP and JKP from informal workers and needs JKK+JKM of every member', () => {
    expect(
      coverageProblems({ ...base, workerType: 'BPU', status: 'ENROLLED', programmes: ['JKK', 'JKM', 'JP'] }),
    ).toEqual([{ field: 'programmes', problem: 'PROGRAMME_NOT_FOR_BPU' }]);
    expect(coverageProblems({ ...base, workerType: 'PU', status: 'ENROLLED', programmes: ['JHT'] })).toEqual([
      { field: 'programmes', problem: 'PROGRAMMES_MISSING_BASE' },
    ]);
  });

  it('needs the base programmes and an age under 54 for JKP', () => {
    expect(
      coverageProblems({
        ...base,
        workerType: 'PU',
        status: 'ENROLLED',
        programmes: ['JKK', 'JKM', 'JHT', 'JKP'],
        sizeClass: 'MENENGAH',
      }),
    ).toEqual([{ field: 'programmes', problem: 'JKP_NEEDS_BASE' }]);
    expect(
      coverageProblems({
        ...base,
        birthDate: '1960-01-01',
        workerType: 'PU',
        status: 'ENROLLED',
        programmes: ['JKK', 'JKM', 'JHT', 'JKP'],
      }),
    ).toEqual([{ field: 'programmes', problem: 'JKP_AGE' }]);
  });

  it('needs a card number and a date for members, and no programme for others', () => {
    expect(coverageProblems({ workerType: 'PU', status: 'LAPSED', programmes: ['JKK', 'JKM'], today: TODAY })).toEqual([
      { field: 'kpj', problem: 'KPJ_REQUIRED' },
      { field: 'enrolledOn', problem: 'ENROLMENT_DATE_REQUIRED' },
    ]);
    expect(
      coverageProblems({ workerType: 'BPU', status: 'NOT_ENROLLED', programmes: ['JKK'], monthlyIncome: 900_000 }),
    ).toEqual([
      { field: 'programmes', problem: 'NOT_ENROLLED_WITH_PROGRAMMES' },
      { field: 'monthlyIncome', problem: 'INCOME_TOO_LOW' },
    ]);
    expect(
      coverageProblems({
        ...base,
        enrolledOn: '1980-01-01',
        workerType: 'PU',
        status: 'ENROLLED',
        programmes: ['JKK', 'JKM'],
      }),
    ).toEqual([{ field: 'enrolledOn', problem: 'ENROLMENT_BEFORE_BIRTH' }]);
  });
});

describe('whole records', () => {
  it('check a business for its keeper', () => {
    const draft = {
      legalForm: 'umkm',
      name: '  Batik   Giriloyo ',
      kbliSection: 'c',
      sizeClass: 'mikro',
      regency: 'Bantul',
      district: 'Imogiri',
      address: 'Giriloyo',
    };
    const result = checkBusiness(draft, { kind: 'REGENCY', regencyCode: '34.02' });
    expect(result).toMatchObject({
      ok: true,
      values: { name: 'Batik Giriloyo', kbliSection: 'C', regencyCode: '34.02' },
    });
    expect(checkBusiness(draft, { kind: 'REGENCY', regencyCode: '34.04' })).toEqual({
      ok: false,
      problems: [{ field: 'regency', problem: 'REGION_OUTSIDE_TENANT' }],
    });
  });

  it('never throw on random input: a record is either valid or has problems', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('', ' ', 'PU', 'ENROLLED', '3402124709850012', 'JKK'));
    fc.assert(
      fc.property(
        fc.record({
          nik: text,
          fullName: text,
          workerType: text,
          coverageStatus: text,
          programmes: fc.array(text),
          monthlyIncome: fc.option(fc.oneof(fc.integer(), fc.double())),
          kpj: fc.option(text),
          enrolledOn: fc.option(text),
          phone: fc.option(text),
        }),
        (draft) => {
          const result = checkWorker(draft, {}, TODAY);
          return result.ok ? result.values.nik.length === 16 : result.problems.length > 0;
        },
      ),
      { numRuns: 500 },
    );
  });
});
