import type { JKK_RISK_CLASSES } from './enrolment';
import type { Programme, WorkerType } from './validators/coverage';

/**
 * Monthly BPJS Ketenagakerjaan contributions (iuran) per programme, and who pays which share.
 *
 * Rates are dated data: each schedule below is complete, carries the date it took effect and
 * the legal source of every figure. A change of rate is a new schedule appended to
 * RATE_SCHEDULES (never an edit of an old one), so a request priced on an earlier date keeps
 * its figures: store the `rateVersion` a result names and price it again with that version.
 *
 * Rounding: every share (employer, worker, assistance) of every programme is rounded to the
 * nearest whole rupiah, halves up; a programme's amount is the sum of its rounded shares and
 * the total the sum of the programmes' amounts, so the parts always add up to the total.
 */

export const PAYERS = ['EMPLOYER', 'WORKER', 'ASSISTANCE'] as const;
export type Payer = (typeof PAYERS)[number];

/** Who may be named as the payer of a line, by worker type. */
export const PAYERS_FOR: Record<WorkerType, readonly Payer[]> = {
  // A wage worker's contributions are split by law: the employer pays its share and deducts
  // the worker's share from the wage.
  PU: ['EMPLOYER'],
  // An informal worker pays alone, or a contribution-assistance programme (bantuan iuran)
  // pays the programmes it covers.
  BPU: ['WORKER', 'ASSISTANCE'],
};

/** 1 (very low) to 5 (very high), PP 44/2015 (the list lives in enrolment.ts). */
export type JkkRiskClass = (typeof JKK_RISK_CLASSES)[number];

export interface ContributionInput {
  workerType: WorkerType;
  programmes: readonly Programme[];
  /** Rupiah a month: the wage of a PU worker, the declared income of a BPU worker. */
  monthlyWage: number;
  /** PU only; the employer's work-accident risk class, 1 (very low) to 5 (very high). Default 1. */
  jkkRiskClass?: JkkRiskClass;
  payer: Payer;
  /** `YYYY-MM-DD`: the day whose rates apply. */
  on: string;
  /** Price with this schedule instead of the one in force `on` (a past request's stored version). */
  rateVersion?: string;
  /**
   * With payer ASSISTANCE: the programmes the assistance programme pays (e.g. JKK+JKM). The
   * line's other programmes stay with the worker. Default: all the line's programmes.
   */
  assistanceProgrammes?: readonly Programme[];
}

export interface ContributionPart {
  programme: Programme;
  /** A fraction of the wage/income (0.0024 = 0.24%); null for a flat amount (BPU JKM). */
  rate: number | null;
  /** Rupiah a month: employerAmount + workerAmount + assistanceAmount. */
  amount: number;
  employerAmount: number;
  workerAmount: number;
  assistanceAmount: number;
  rateVersion: string;
  /** The regulation that sets this rate. */
  source: string;
}

export interface MonthlyContribution {
  parts: ContributionPart[];
  total: number;
  byPayer: Record<Payer, number>;
  rateVersion: string;
}

/** A percentage rate split between employer and worker (percent of the wage). */
interface SplitRate {
  employer: number;
  worker: number;
  source: string;
}

export interface RateSchedule {
  /** Stable id stored with priced requests. */
  version: string;
  /** `YYYY-MM-DD` the schedule took effect. */
  effectiveFrom: string;
  /** What changed from the schedule before, in a line. */
  note: string;
  pu: {
    /** JKK by risk class 1–5, employer only. */
    jkk: { byClass: Record<JkkRiskClass, number>; source: string };
    jkm: SplitRate;
    jht: SplitRate;
    /** JP is computed on the wage up to `wageCap` rupiah. */
    jp: SplitRate & { wageCap: number; wageCapSource: string };
    /**
     * JKP: `rate` percent of the wage up to `wageCap`, funded by the central government and by
     * recomposing part of the JKK (and before 2025 the JKM) contribution the employer already
     * pays. It adds nothing to what the employer or the worker pays: its amount here is 0.
     */
    jkp: { rate: number; wageCap: number; funding: string; source: string };
  };
  bpu: {
    jkk: { rate: number; source: string };
    /** Flat rupiah a month. */
    jkm: { flat: number; source: string };
    jht: { rate: number; source: string };
  };
}

const PP44_2015 = 'PP 44/2015 jo. PP 82/2019, Lampiran I (JKK), Pasal 18 (JKM)';
const PP46_2015 = 'PP 46/2015 Pasal 16 (JHT)';
const PP45_2015 = 'PP 45/2015 Pasal 28 (JP)';
const PERMENAKER5_2021 = 'Permenaker 5/2021 Lampiran (BPU)';

const PU_BASE = {
  jkk: { byClass: { 1: 0.24, 2: 0.54, 3: 0.89, 4: 1.27, 5: 1.74 }, source: PP44_2015 },
  jkm: { employer: 0.3, worker: 0, source: PP44_2015 },
  jht: { employer: 3.7, worker: 2, source: PP46_2015 },
} satisfies Partial<RateSchedule['pu']>;

const BPU_BASE: RateSchedule['bpu'] = {
  jkk: { rate: 1, source: PERMENAKER5_2021 },
  jkm: { flat: 6_800, source: PERMENAKER5_2021 },
  jht: { rate: 2, source: PERMENAKER5_2021 },
};

const JKP_PP37_2021 = {
  rate: 0.46,
  wageCap: 5_000_000,
  funding: '0.22% Pemerintah Pusat; 0.24% rekomposisi iuran JKK (0.14%) dan JKM (0.10%)',
  source: 'PP 37/2021 Pasal 11–12 (JKP)',
};
const JKP_PP6_2025 = {
  rate: 0.36,
  wageCap: 5_000_000,
  funding: '0.22% Pemerintah Pusat; 0.14% rekomposisi iuran JKK',
  source: 'PP 6/2025 Pasal 11 (JKP, mengubah PP 37/2021)',
};

/** Every rate schedule, oldest first. Append a new one for a change; never edit a published one. */
export const RATE_SCHEDULES: readonly RateSchedule[] = [
  {
    version: '2024-03-01',
    effectiveFrom: '2024-03-01',
    note: 'JP wage cap Rp10,042,300',
    pu: {
      ...PU_BASE,
      jp: {
        employer: 2,
        worker: 1,
        source: PP45_2015,
        wageCap: 10_042_300,
        wageCapSource: 'PP 45/2015 Pasal 5; Surat BPJS Ketenagakerjaan, batas upah JP mulai 1 Maret 2024',
      },
      jkp: JKP_PP37_2021,
    },
    bpu: BPU_BASE,
  },
  {
    version: '2025-02-07',
    effectiveFrom: '2025-02-07',
    note: 'JKP 0.46% → 0.36% (PP 6/2025)',
    pu: {
      ...PU_BASE,
      jp: {
        employer: 2,
        worker: 1,
        source: PP45_2015,
        wageCap: 10_042_300,
        wageCapSource: 'PP 45/2015 Pasal 5; Surat BPJS Ketenagakerjaan, batas upah JP mulai 1 Maret 2024',
      },
      jkp: JKP_PP6_2025,
    },
    bpu: BPU_BASE,
  },
  {
    version: '2025-03-01',
    effectiveFrom: '2025-03-01',
    note: 'JP wage cap Rp10,547,400',
    pu: {
      ...PU_BASE,
      jp: {
        employer: 2,
        worker: 1,
        source: PP45_2015,
        wageCap: 10_547_400,
        wageCapSource: 'PP 45/2015 Pasal 5; Surat BPJS Ketenagakerjaan, batas upah JP mulai 1 Maret 2025',
      },
      jkp: JKP_PP6_2025,
    },
    bpu: BPU_BASE,
  },
];

/** The schedule in force on `on` (`YYYY-MM-DD`); the oldest one for a day before all of them. */
export function rateScheduleOn(on: string, schedules: readonly RateSchedule[] = RATE_SCHEDULES): RateSchedule {
  const day = on.slice(0, 10);
  let found = schedules[0];
  for (const schedule of schedules) if (schedule.effectiveFrom <= day) found = schedule;
  if (!found) throw new Error('no contribution rate schedule');
  return found;
}

export function rateSchedule(version: string, schedules: readonly RateSchedule[] = RATE_SCHEDULES): RateSchedule {
  const found = schedules.find((s) => s.version === version);
  if (!found) throw new Error(`unknown contribution rate version ${version}`);
  return found;
}

/** Nearest whole rupiah, halves up. */
const rupiah = (value: number): number => Math.floor(value + 0.5 + 1e-9);
const percentOf = (wage: number, percent: number): number => rupiah((wage * percent) / 100);

const ORDER: readonly Programme[] = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];

/**
 * The monthly contribution of one worker: per programme, who pays what. Programmes a worker
 * type cannot hold (JP, JKP for BPU) are left out; `coverageProblems` reports them.
 */
export function monthlyContribution(
  input: ContributionInput,
  schedules: readonly RateSchedule[] = RATE_SCHEDULES,
): MonthlyContribution {
  const schedule = input.rateVersion ? rateSchedule(input.rateVersion, schedules) : rateScheduleOn(input.on, schedules);
  const wage = Math.max(0, input.monthlyWage);
  const chosen = new Set(input.programmes);
  const assisted = new Set(input.assistanceProgrammes ?? input.programmes);
  const parts: ContributionPart[] = [];

  const push = (programme: Programme, rate: number | null, employer: number, worker: number, source: string) => {
    // Assistance takes over every share of a programme it covers; for BPU the worker's share
    // otherwise, or the employer's when an employer pays for its informal worker.
    let assistance = 0;
    if (input.payer === 'ASSISTANCE' && assisted.has(programme)) {
      assistance = employer + worker;
      employer = 0;
      worker = 0;
    } else if (input.workerType === 'BPU' && input.payer === 'EMPLOYER') {
      employer += worker;
      worker = 0;
    }
    parts.push({
      programme,
      // The schedules say percent, as the regulations do; a part says the fraction.
      rate: rate === null ? null : Math.round(rate * 1e4) / 1e6,
      amount: employer + worker + assistance,
      employerAmount: employer,
      workerAmount: worker,
      assistanceAmount: assistance,
      rateVersion: schedule.version,
      source,
    });
  };

  for (const programme of ORDER) {
    if (!chosen.has(programme)) continue;
    if (input.workerType === 'PU') {
      const pu = schedule.pu;
      if (programme === 'JKK') {
        const rate = pu.jkk.byClass[input.jkkRiskClass ?? 1];
        push('JKK', rate, percentOf(wage, rate), 0, pu.jkk.source);
      } else if (programme === 'JKM') {
        push('JKM', pu.jkm.employer + pu.jkm.worker, percentOf(wage, pu.jkm.employer), 0, pu.jkm.source);
      } else if (programme === 'JHT') {
        push(
          'JHT',
          pu.jht.employer + pu.jht.worker,
          percentOf(wage, pu.jht.employer),
          percentOf(wage, pu.jht.worker),
          pu.jht.source,
        );
      } else if (programme === 'JP') {
        const base = Math.min(wage, pu.jp.wageCap);
        push(
          'JP',
          pu.jp.employer + pu.jp.worker,
          percentOf(base, pu.jp.employer),
          percentOf(base, pu.jp.worker),
          `${pu.jp.source}; ${pu.jp.wageCapSource}`,
        );
      } else {
        push('JKP', pu.jkp.rate, 0, 0, `${pu.jkp.source}: ${pu.jkp.funding}`);
      }
    } else {
      const bpu = schedule.bpu;
      if (programme === 'JKK') push('JKK', bpu.jkk.rate, 0, percentOf(wage, bpu.jkk.rate), bpu.jkk.source);
      else if (programme === 'JKM') push('JKM', null, 0, bpu.jkm.flat, bpu.jkm.source);
      else if (programme === 'JHT') push('JHT', bpu.jht.rate, 0, percentOf(wage, bpu.jht.rate), bpu.jht.source);
    }
  }

  const byPayer: Record<Payer, number> = { EMPLOYER: 0, WORKER: 0, ASSISTANCE: 0 };
  let total = 0;
  for (const part of parts) {
    byPayer.EMPLOYER += part.employerAmount;
    byPayer.WORKER += part.workerAmount;
    byPayer.ASSISTANCE += part.assistanceAmount;
    total += part.amount;
  }
  return { parts, total, byPayer, rateVersion: schedule.version };
}

/** Sums several workers' contributions (a request's or a business's total). */
export function sumContributions(items: readonly MonthlyContribution[]): {
  total: number;
  byPayer: Record<Payer, number>;
  byProgramme: Partial<Record<Programme, number>>;
} {
  const byPayer: Record<Payer, number> = { EMPLOYER: 0, WORKER: 0, ASSISTANCE: 0 };
  const byProgramme: Partial<Record<Programme, number>> = {};
  let total = 0;
  for (const item of items) {
    total += item.total;
    for (const payer of PAYERS) byPayer[payer] += item.byPayer[payer];
    for (const part of item.parts) byProgramme[part.programme] = (byProgramme[part.programme] ?? 0) + part.amount;
  }
  return { total, byPayer, byProgramme };
}

/** Whether `payer` may pay for a worker of `workerType` (PAYERS_FOR). */
export function payerAllowed(workerType: WorkerType, payer: Payer): boolean {
  return PAYERS_FOR[workerType].includes(payer);
}
