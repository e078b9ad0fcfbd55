import { describe, expect, it } from 'vitest';
import {
  monthlyContribution,
  RATE_SCHEDULES,
  type RateSchedule,
  rateScheduleOn,
  sumContributions,
} from './contributions';

const on = '2026-12-02';

describe('monthlyContribution — worked examples (domain-facts.md)', () => {
  it('BPU at Rp1,000,000 with JKK+JKM pays Rp16,800 a month', () => {
    const result = monthlyContribution({
      workerType: 'BPU',
      programmes: ['JKK', 'JKM'],
      monthlyWage: 1_000_000,
      payer: 'WORKER',
      on,
    });
    expect(result.parts.map((p) => [p.programme, p.rate, p.amount])).toEqual([
      ['JKK', 0.01, 10_000],
      ['JKM', null, 6_800],
    ]);
    expect(result.total).toBe(16_800);
    expect(result.byPayer).toEqual({ EMPLOYER: 0, WORKER: 16_800, ASSISTANCE: 0 });
  });

  it('BPU at Rp1,000,000 with JKK+JKM+JHT pays Rp36,800 a month', () => {
    const result = monthlyContribution({
      workerType: 'BPU',
      programmes: ['JHT', 'JKK', 'JKM'],
      monthlyWage: 1_000_000,
      payer: 'WORKER',
      on,
    });
    expect(result.parts.map((p) => p.programme)).toEqual(['JKK', 'JKM', 'JHT']);
    expect(result.total).toBe(36_800);
  });

  it('assistance pays the programmes it covers; the worker the rest', () => {
    const result = monthlyContribution({
      workerType: 'BPU',
      programmes: ['JKK', 'JKM', 'JHT'],
      monthlyWage: 1_500_000,
      payer: 'ASSISTANCE',
      assistanceProgrammes: ['JKK', 'JKM'],
      on,
    });
    expect(result.byPayer).toEqual({ EMPLOYER: 0, WORKER: 30_000, ASSISTANCE: 21_800 });
    expect(result.total).toBe(51_800);
  });

  it('PU at Rp2,500,000, risk class 2, all five programmes: employer and worker shares', () => {
    const result = monthlyContribution({
      workerType: 'PU',
      programmes: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'],
      monthlyWage: 2_500_000,
      jkkRiskClass: 2,
      payer: 'EMPLOYER',
      on,
    });
    const table = Object.fromEntries(
      result.parts.map((p) => [p.programme, [p.rate, p.employerAmount, p.workerAmount]]),
    );
    expect(table).toEqual({
      JKK: [0.0054, 13_500, 0],
      JKM: [0.003, 7_500, 0],
      JHT: [0.057, 92_500, 50_000],
      JP: [0.03, 50_000, 25_000],
      // Funded by the government and JKK recomposition: adds nothing to either share.
      JKP: [0.0036, 0, 0],
    });
    expect(result.byPayer).toEqual({ EMPLOYER: 163_500, WORKER: 75_000, ASSISTANCE: 0 });
    expect(result.total).toBe(238_500);
    expect(result.rateVersion).toBe('2025-03-01');
  });

  it('JP stops at its wage cap (Rp10,547,400 from 1 March 2025)', () => {
    const result = monthlyContribution({
      workerType: 'PU',
      programmes: ['JKK', 'JKM', 'JP'],
      monthlyWage: 20_000_000,
      payer: 'EMPLOYER',
      on,
    });
    const jp = result.parts.find((p) => p.programme === 'JP');
    expect([jp?.employerAmount, jp?.workerAmount]).toEqual([210_948, 105_474]);
    // JKK and JKM have no cap.
    expect(result.parts[0]?.amount).toBe(48_000);
  });

  it('rounds each share to the nearest rupiah, halves up', () => {
    const result = monthlyContribution({
      workerType: 'PU',
      programmes: ['JKK', 'JKM'],
      monthlyWage: 2_345_678,
      payer: 'EMPLOYER',
      on,
    });
    // 0.24% = 5,629.6272 → 5,630; 0.30% = 7,037.034 → 7,037.
    expect(result.parts.map((p) => p.amount)).toEqual([5_630, 7_037]);
    const half = monthlyContribution({
      workerType: 'BPU',
      programmes: ['JKK'],
      monthlyWage: 1_000_050,
      payer: 'WORKER',
      on,
    });
    expect(half.total).toBe(10_001); // 10,000.5 → 10,001
  });

  it('leaves out programmes BPU cannot hold', () => {
    const result = monthlyContribution({
      workerType: 'BPU',
      programmes: ['JKK', 'JKM', 'JP', 'JKP'],
      monthlyWage: 1_000_000,
      payer: 'WORKER',
      on,
    });
    expect(result.parts.map((p) => p.programme)).toEqual(['JKK', 'JKM']);
  });
});

describe('dated rates', () => {
  it('uses the schedule in force on the day', () => {
    expect(rateScheduleOn('2024-06-01').pu.jp.wageCap).toBe(10_042_300);
    expect(rateScheduleOn('2025-02-10').pu.jkp.rate).toBe(0.36);
    expect(rateScheduleOn('2025-01-31').pu.jkp.rate).toBe(0.46);
    expect(rateScheduleOn('2026-12-02').version).toBe('2025-03-01');
  });

  it('a rate change on a later date leaves an earlier date’s result unchanged', () => {
    const input = {
      workerType: 'BPU' as const,
      programmes: ['JKK', 'JKM', 'JHT'] as const,
      monthlyWage: 1_000_000,
      payer: 'WORKER' as const,
    };
    const before = monthlyContribution({ ...input, on: '2026-06-01' });
    const last = RATE_SCHEDULES[RATE_SCHEDULES.length - 1] as RateSchedule;
    const raised: RateSchedule[] = [
      ...RATE_SCHEDULES,
      {
        ...last,
        version: '2027-01-01',
        effectiveFrom: '2027-01-01',
        note: 'test: BPU JKM Rp10,000',
        bpu: { ...last.bpu, jkm: { flat: 10_000, source: 'test' } },
      },
    ];
    const earlier = monthlyContribution({ ...input, on: '2026-06-01' }, raised);
    const later = monthlyContribution({ ...input, on: '2027-02-01' }, raised);
    expect(earlier).toEqual(before);
    expect(earlier.total).toBe(36_800);
    expect(later.total).toBe(40_000);
    expect(later.rateVersion).toBe('2027-01-01');
    // A past request priced again by its stored version keeps its figure after the change.
    expect(monthlyContribution({ ...input, on: '2027-02-01', rateVersion: before.rateVersion }, raised).total).toBe(
      36_800,
    );
  });

  it('sums a request', () => {
    const a = monthlyContribution({
      workerType: 'BPU',
      programmes: ['JKK', 'JKM'],
      monthlyWage: 1_000_000,
      payer: 'ASSISTANCE',
      on,
    });
    const b = monthlyContribution({
      workerType: 'BPU',
      programmes: ['JKK', 'JKM', 'JHT'],
      monthlyWage: 1_000_000,
      payer: 'WORKER',
      on,
    });
    expect(sumContributions([a, b])).toEqual({
      total: 53_600,
      byPayer: { EMPLOYER: 0, WORKER: 36_800, ASSISTANCE: 16_800 },
      byProgramme: { JKK: 20_000, JKM: 13_600, JHT: 20_000 },
    });
  });
});
