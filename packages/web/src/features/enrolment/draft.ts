import {
  BPU_MIN_INCOME,
  type CoverageProblem,
  coverageProblems,
  type JkkRiskClass,
  type MonthlyContribution,
  monthlyContribution,
  PAYERS_FOR,
  type Payer,
  type Programme,
  payerAllowed,
  type SizeClass,
  type WorkerType,
} from '@jamsos/schema';
import { useEffect, useState } from 'react';

/** A worker picked for a request, before it is sent: what the line will say. */
export interface DraftLine {
  workerId: string;
  fullName: string;
  workerType: WorkerType;
  coverageStatus: string;
  businessName: string | null;
  /** The largest size class among the worker's businesses (JKP's conditions). */
  sizeClass: SizeClass | null;
  programmes: Programme[];
  /** Rupiah a month: wage (PU) or declared income (BPU). */
  monthlyWage: number;
  payer: Payer;
  jkkRiskClass: JkkRiskClass;
}

export type LineProblem = CoverageProblem | 'PAYER_NOT_ALLOWED' | 'ASSISTANCE_REQUIRED' | 'WAGE_REQUIRED';

/** A new line's defaults: the base programmes, the lowest BPU income, the payer the law names. */
export function newLine(worker: {
  id: string;
  fullName: string;
  workerType: WorkerType;
  coverageStatus: string;
  businesses: readonly { name: string; sizeClass: SizeClass }[];
}): DraftLine {
  const sizes: SizeClass[] = ['MIKRO', 'KECIL', 'MENENGAH'];
  const sizeClass = worker.businesses.reduce<SizeClass | null>(
    (largest, b) => (largest === null || sizes.indexOf(b.sizeClass) > sizes.indexOf(largest) ? b.sizeClass : largest),
    null,
  );
  return {
    workerId: worker.id,
    fullName: worker.fullName,
    workerType: worker.workerType,
    coverageStatus: worker.coverageStatus,
    businessName: worker.businesses[0]?.name ?? null,
    sizeClass,
    programmes: worker.workerType === 'PU' ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'],
    monthlyWage: worker.workerType === 'BPU' ? BPU_MIN_INCOME : 0,
    payer: PAYERS_FOR[worker.workerType][0] ?? 'WORKER',
    jkkRiskClass: 1,
  };
}

/**
 * What stops a line from being sent, checked here with the programme rules of packages/schema
 * (the server checks the same again, with the whole request and the budget).
 */
export function lineProblems(line: DraftLine, assistanceChosen: boolean): LineProblem[] {
  const problems: LineProblem[] = coverageProblems({
    workerType: line.workerType,
    // Priced as it will be once registered; KPJ and the date come from BPJS.
    status: 'ENROLLED',
    programmes: line.programmes,
    kpj: 'pending',
    enrolledOn: null,
    monthlyIncome: line.monthlyWage,
    sizeClass: line.sizeClass,
  })
    .map((p) => p.problem)
    .filter((p) => p !== 'ENROLMENT_DATE_REQUIRED');
  if (!payerAllowed(line.workerType, line.payer)) problems.push('PAYER_NOT_ALLOWED');
  if (line.payer === 'ASSISTANCE' && !assistanceChosen) problems.push('ASSISTANCE_REQUIRED');
  if (!(line.monthlyWage > 0)) problems.push('WAGE_REQUIRED');
  return problems;
}

export function lineContribution(
  line: DraftLine,
  on: string,
  assistanceProgrammes?: readonly Programme[],
): MonthlyContribution {
  return monthlyContribution({
    workerType: line.workerType,
    programmes: line.programmes,
    monthlyWage: line.monthlyWage,
    jkkRiskClass: line.workerType === 'PU' ? line.jkkRiskClass : undefined,
    payer: line.payer,
    on,
    assistanceProgrammes,
  });
}

const STORAGE_KEY = 'jamsos.enrolment.draft';

/** The request being built, kept in this browser tab so leaving the page loses nothing. */
export function useDraft() {
  const [lines, setLines] = useState<DraftLine[]>(() => {
    try {
      const stored = sessionStorage.getItem(STORAGE_KEY);
      return stored ? (JSON.parse(stored) as DraftLine[]).filter((l) => l.workerId && Array.isArray(l.programmes)) : [];
    } catch {
      return [];
    }
  });
  useEffect(() => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(lines));
  }, [lines]);
  return {
    lines,
    has: (workerId: string) => lines.some((l) => l.workerId === workerId),
    add: (added: readonly DraftLine[]) =>
      setLines((current) => [...current, ...added.filter((a) => !current.some((l) => l.workerId === a.workerId))]),
    update: (workerId: string, change: Partial<DraftLine>) =>
      setLines((current) => current.map((l) => (l.workerId === workerId ? { ...l, ...change } : l))),
    remove: (workerId: string) => setLines((current) => current.filter((l) => l.workerId !== workerId)),
    clear: () => setLines([]),
  };
}

/** Lines that ask the same (programmes, payer, risk class, wage) go to the server together. */
export function groupByTerms(lines: readonly DraftLine[]) {
  const groups = new Map<
    string,
    {
      terms: { programmes: Programme[]; payer: Payer; jkkRiskClass: number | null; monthlyWage: number };
      ids: string[];
    }
  >();
  for (const line of lines) {
    const terms = {
      programmes: [...line.programmes].sort(),
      payer: line.payer,
      jkkRiskClass: line.workerType === 'PU' ? line.jkkRiskClass : null,
      monthlyWage: Math.round(line.monthlyWage),
    };
    const key = JSON.stringify(terms);
    const group = groups.get(key) ?? { terms, ids: [] };
    group.ids.push(line.workerId);
    groups.set(key, group);
  }
  return [...groups.values()];
}
