import type { EnrolmentLineTerms } from '@jamsos/schema';

/**
 * A line's monthly contribution, as stored on the line (a snapshot: a later change of rates does
 * not change a sent request). Until the dated rate table of packages/schema (contributions.ts)
 * is merged this carries a provisional copy of the rates the issue names.
 */
export interface LineContribution {
  parts: {
    programme: string;
    rate: number | null;
    amount: number;
    employerAmount: number;
    workerAmount: number;
    assistanceAmount: number;
    rateVersion: string;
    source: string;
  }[];
  total: number;
  byPayer: { EMPLOYER: number; WORKER: number; ASSISTANCE: number };
  rateVersion: string;
}

const JKK_PU = [0.0024, 0.0054, 0.0089, 0.0127, 0.0174];
const JP_WAGE_CAP = 10_547_400;

export function lineContribution(terms: EnrolmentLineTerms, _on: string): LineContribution {
  const wage = terms.monthlyWage;
  const version = 'provisional';
  const parts = terms.programmes.map((programme) => {
    let rate: number | null = null;
    let amount = 0;
    let workerShare = 0;
    if (terms.workerType === 'BPU') {
      if (programme === 'JKK') rate = 0.01;
      if (programme === 'JHT') rate = 0.02;
      amount = programme === 'JKM' ? 6_800 : Math.round(wage * (rate ?? 0));
      workerShare = amount;
    } else {
      const base = programme === 'JP' ? Math.min(wage, JP_WAGE_CAP) : wage;
      rate =
        { JKK: JKK_PU[(terms.jkkRiskClass ?? 1) - 1] ?? 0.0024, JKM: 0.003, JHT: 0.057, JP: 0.03, JKP: 0 }[programme] ??
        0;
      amount = Math.round(base * rate);
      workerShare = programme === 'JHT' ? Math.round(base * 0.02) : programme === 'JP' ? Math.round(base * 0.01) : 0;
    }
    const byWho =
      terms.payer === 'ASSISTANCE'
        ? { employerAmount: 0, workerAmount: 0, assistanceAmount: amount }
        : terms.payer === 'WORKER'
          ? { employerAmount: 0, workerAmount: amount, assistanceAmount: 0 }
          : { employerAmount: amount - workerShare, workerAmount: workerShare, assistanceAmount: 0 };
    return { programme, rate, amount, ...byWho, rateVersion: version, source: '' };
  });
  const sum = (key: 'employerAmount' | 'workerAmount' | 'assistanceAmount') =>
    parts.reduce((total, part) => total + part[key], 0);
  return {
    parts,
    total: parts.reduce((total, part) => total + part.amount, 0),
    byPayer: { EMPLOYER: sum('employerAmount'), WORKER: sum('workerAmount'), ASSISTANCE: sum('assistanceAmount') },
    rateVersion: version,
  };
}
