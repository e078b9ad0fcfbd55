import { checkBusiness, checkWorker, registryMessage } from '@jamsos/schema';
import { describe, expect, it } from 'vitest';

const bantul = { kind: 'REGENCY' as const, regencyCode: '34.02' };
const business = {
  legalForm: 'UMKM',
  name: 'Batik Giriloyo',
  kbliSection: 'C',
  sizeClass: 'MIKRO',
  regency: '34.02',
  district: 'Imogiri',
  address: 'Giriloyo',
};

describe('validation messages say what to do', () => {
  it('calls an empty choice required, and a wrong one unknown', () => {
    const empty = checkBusiness({ ...business, sizeClass: '', kbliSection: ' ', legalForm: '' }, bantul);
    expect(empty.ok ? [] : empty.problems).toEqual(
      expect.arrayContaining([
        { field: 'sizeClass', problem: 'REQUIRED' },
        { field: 'kbliSection', problem: 'REQUIRED' },
        { field: 'legalForm', problem: 'REQUIRED' },
      ]),
    );
    const wrong = checkBusiness({ ...business, sizeClass: 'RAKSASA' }, bantul);
    expect(wrong.ok ? [] : wrong.problems).toEqual([{ field: 'sizeClass', problem: 'UNKNOWN_VALUE' }]);
    expect(registryMessage('REQUIRED', 'id')).toBe('Wajib diisi.');
  });

  it('says the range a value fell out of, in the reader’s language', () => {
    const today = new Date(2026, 11, 2);
    const old = checkBusiness({ ...business, foundedYear: 1850 }, bantul, today);
    const problem = old.ok ? undefined : old.problems[0];
    expect(problem).toEqual({ field: 'foundedYear', problem: 'OUT_OF_RANGE', params: { min: '1900', max: '2026' } });
    if (!problem) return;
    expect(registryMessage(problem, 'id')).toBe('Harus antara 1900 dan 2026.');
    expect(registryMessage(problem, 'en')).toBe('Must be between 1900 and 2026.');
    const income = checkWorker(
      {
        nik: '3402124507900001',
        fullName: 'Sri',
        workerType: 'BPU',
        monthlyIncome: -5,
        coverageStatus: 'NOT_ENROLLED',
        programmes: [],
      },
      { sizeClass: 'MIKRO' },
    );
    const incomeProblem = income.ok ? undefined : income.problems.find((p) => p.field === 'monthlyIncome');
    expect(incomeProblem && registryMessage(incomeProblem, 'id')).toBe('Harus antara 0 dan 1.000.000.000.');
    expect(registryMessage({ field: 'validUntil', problem: 'OUT_OF_RANGE', params: { min: '2026-12-02' } }, 'en')).toBe(
      'Cannot be before 2 Dec 2026.',
    );
    // Without bounds the general sentence stays.
    expect(registryMessage('OUT_OF_RANGE', 'id')).toBe('Nilai di luar batas yang wajar.');
  });
});
