import { ageOn } from './nik';
import type { SizeClass } from './size-class';

export const LEGAL_FORMS = ['KOPERASI', 'UMKM'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
/** PU: formal wage workers (Penerima Upah); BPU: informal (Bukan Penerima Upah). */
export const WORKER_TYPES = ['PU', 'BPU'] as const;
export type WorkerType = (typeof WORKER_TYPES)[number];
export const COVERAGE_STATUSES = ['NOT_ENROLLED', 'ENROLLED', 'LAPSED'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];
export const PROGRAMMES = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** The lowest declared monthly income of an informal (BPU) member, rupiah. */
export const BPU_MIN_INCOME = 1_000_000;
/** JKP is open to workers under 54 at registration. */
export const JKP_MAX_AGE = 54;

export type CoverageProblem =
  | 'PROGRAMME_NOT_FOR_BPU'
  | 'PROGRAMMES_MISSING_BASE'
  | 'JKP_NEEDS_BASE'
  | 'JKP_AGE'
  | 'KPJ_REQUIRED'
  | 'ENROLMENT_DATE_REQUIRED'
  | 'NOT_ENROLLED_WITH_PROGRAMMES'
  | 'INCOME_TOO_LOW'
  | 'ENROLMENT_BEFORE_BIRTH'
  | 'ENROLMENT_IN_FUTURE';

export interface CoverageInput {
  workerType: WorkerType;
  status: CoverageStatus;
  programmes: readonly Programme[];
  kpj?: string | null;
  /** `YYYY-MM-DD`. */
  enrolledOn?: string | null;
  birthDate?: string | null;
  monthlyIncome?: number | null;
  /** The largest size class among the worker's businesses. */
  sizeClass?: SizeClass | null;
  today?: Date;
}

type Field = 'programmes' | 'kpj' | 'enrolledOn' | 'monthlyIncome';

/**
 * The BPJS Ketenagakerjaan rules a worker's membership must follow (domain-facts.md): which
 * programmes each worker type may hold, what an enrolled member must have, JKP's conditions.
 */
export function coverageProblems(input: CoverageInput): { field: Field; problem: CoverageProblem }[] {
  const problems: { field: Field; problem: CoverageProblem }[] = [];
  const has = new Set(input.programmes);
  const today = input.today ?? new Date();
  if (input.workerType === 'BPU' && (has.has('JP') || has.has('JKP')))
    problems.push({ field: 'programmes', problem: 'PROGRAMME_NOT_FOR_BPU' });
  if (input.status === 'NOT_ENROLLED') {
    if (has.size > 0) problems.push({ field: 'programmes', problem: 'NOT_ENROLLED_WITH_PROGRAMMES' });
  } else {
    if (!has.has('JKK') || !has.has('JKM')) problems.push({ field: 'programmes', problem: 'PROGRAMMES_MISSING_BASE' });
    if (has.has('JKP')) {
      const base =
        has.has('JKK') && has.has('JKM') && has.has('JHT') && (input.sizeClass !== 'MENENGAH' || has.has('JP'));
      if (!base) problems.push({ field: 'programmes', problem: 'JKP_NEEDS_BASE' });
      if (
        input.birthDate &&
        input.enrolledOn &&
        ageOn(input.birthDate, new Date(`${input.enrolledOn}T00:00:00Z`)) >= JKP_MAX_AGE
      )
        problems.push({ field: 'programmes', problem: 'JKP_AGE' });
    }
    if (!input.kpj) problems.push({ field: 'kpj', problem: 'KPJ_REQUIRED' });
    if (!input.enrolledOn) problems.push({ field: 'enrolledOn', problem: 'ENROLMENT_DATE_REQUIRED' });
  }
  if (input.enrolledOn) {
    if (input.birthDate && input.enrolledOn < input.birthDate)
      problems.push({ field: 'enrolledOn', problem: 'ENROLMENT_BEFORE_BIRTH' });
    if (input.enrolledOn > today.toISOString().slice(0, 10))
      problems.push({ field: 'enrolledOn', problem: 'ENROLMENT_IN_FUTURE' });
  }
  if (input.workerType === 'BPU' && input.monthlyIncome != null && input.monthlyIncome < BPU_MIN_INCOME)
    problems.push({ field: 'monthlyIncome', problem: 'INCOME_TOO_LOW' });
  return problems;
}
