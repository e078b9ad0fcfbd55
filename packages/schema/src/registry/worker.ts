import { kpjProblem, normalisePhone, phoneProblem } from '../validators/business-ids';
import {
  COVERAGE_STATUSES,
  type CoverageStatus,
  coverageProblems,
  PROGRAMMES,
  type Programme,
  WORKER_TYPES,
  type WorkerType,
} from '../validators/coverage';
import { parseNik } from '../validators/nik';
import type { SizeClass } from '../validators/size-class';
import { blankToNull, choiceProblem, type FieldProblem, textProblem } from './problems';

/** A worker as a form or a spreadsheet row gives it. */
export interface WorkerDraft {
  nik: string;
  fullName: string;
  workerType: string;
  occupation?: string | null;
  monthlyIncome?: number | null;
  phone?: string | null;
  coverageStatus: string;
  kpj?: string | null;
  programmes: readonly string[];
  /** `YYYY-MM-DD`. */
  enrolledOn?: string | null;
}

/** A worker that passed every check; sex and birth date come from the NIK. */
export interface WorkerValues {
  nik: string;
  fullName: string;
  sex: 'M' | 'F';
  birthDate: string;
  workerType: WorkerType;
  occupation: string | null;
  monthlyIncome: number | null;
  phone: string | null;
  coverageStatus: CoverageStatus;
  kpj: string | null;
  programmes: Programme[];
  enrolledOn: string | null;
}

const MAX_INCOME = 1_000_000_000;

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/**
 * Checks a worker draft and returns every problem or the values to store. `sizeClass` is the
 * largest size class among the worker's businesses (medium employers' JKP also needs JP).
 */
export function checkWorker(
  draft: WorkerDraft,
  context: { sizeClass?: SizeClass | null } = {},
  today = new Date(),
): { ok: true; values: WorkerValues } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const nik = parseNik(draft.nik.trim(), today);
  if (!nik.ok) problems.push({ field: 'nik', problem: nik.problem });
  problems.push(...textProblem('fullName', draft.fullName, 200));

  const workerType = draft.workerType.trim().toUpperCase();
  const typeKnown = oneOf(WORKER_TYPES, workerType);
  problems.push(...choiceProblem('workerType', workerType, typeKnown));
  problems.push(...textProblem('occupation', draft.occupation, 120, false));

  const income = draft.monthlyIncome ?? null;
  if (income !== null && Number.isNaN(income)) problems.push({ field: 'monthlyIncome', problem: 'NOT_A_NUMBER' });
  else if (income !== null && (!Number.isInteger(income) || income < 0 || income > MAX_INCOME))
    problems.push({ field: 'monthlyIncome', problem: 'OUT_OF_RANGE', params: { min: 0, max: MAX_INCOME } });
  const phone = blankToNull(draft.phone);
  if (phone && phoneProblem(phone)) problems.push({ field: 'phone', problem: 'PHONE_FORMAT' });

  const status = draft.coverageStatus.trim().toUpperCase();
  const statusKnown = oneOf(COVERAGE_STATUSES, status);
  problems.push(...choiceProblem('coverageStatus', status, statusKnown));
  const kpj = blankToNull(draft.kpj);
  if (kpj && kpjProblem(kpj)) problems.push({ field: 'kpj', problem: 'KPJ_FORMAT' });
  const programmes: Programme[] = [];
  for (const raw of draft.programmes) {
    const code = raw.trim().toUpperCase();
    if (!code) continue;
    if (!oneOf(PROGRAMMES, code)) problems.push({ field: 'programmes', problem: 'UNKNOWN_VALUE' });
    else if (!programmes.includes(code)) programmes.push(code);
  }
  programmes.sort((a, b) => PROGRAMMES.indexOf(a) - PROGRAMMES.indexOf(b));
  const enrolledOn = blankToNull(draft.enrolledOn);
  if (enrolledOn && !/^\d{4}-\d{2}-\d{2}$/.test(enrolledOn))
    problems.push({ field: 'enrolledOn', problem: 'UNKNOWN_VALUE' });

  if (typeKnown && statusKnown) {
    for (const found of coverageProblems({
      workerType,
      status,
      programmes,
      kpj,
      enrolledOn,
      birthDate: nik.ok ? nik.info.birthDate : null,
      monthlyIncome: income,
      sizeClass: context.sizeClass ?? null,
      today,
    })) {
      if (!problems.some((p) => p.field === found.field)) problems.push(found);
    }
  }

  if (problems.length > 0 || !nik.ok || !typeKnown || !statusKnown) return { ok: false, problems };
  return {
    ok: true,
    values: {
      nik: nik.info.nik,
      fullName: draft.fullName.trim().replace(/\s+/g, ' '),
      sex: nik.info.sex,
      birthDate: nik.info.birthDate,
      workerType,
      occupation: blankToNull(draft.occupation),
      monthlyIncome: income,
      phone: phone ? normalisePhone(phone) : null,
      coverageStatus: status,
      // A worker who never enrolled has no card number; a lapsed one keeps theirs.
      kpj: status === 'NOT_ENROLLED' ? null : kpj,
      programmes,
      enrolledOn,
    },
  };
}
