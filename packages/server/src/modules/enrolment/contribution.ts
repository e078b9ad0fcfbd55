import { type MonthlyContribution, monthlyContribution, type Programme } from '@jamsos/schema';
import type { IAssistanceProgramme, IEnrolmentLine } from './enrolment.entity';

/**
 * A line's monthly contribution with the rates in force on `on` (packages/schema contributions.ts,
 * dated and sourced), stored on the line when priced: a later change of rates leaves a sent
 * request's figures and its `rateVersion` as they were. With payer ASSISTANCE the programme pays
 * the programmes it covers; the worker the rest.
 */
export function lineContribution(
  line: Pick<IEnrolmentLine, 'workerType' | 'programmes' | 'monthlyWage' | 'payer' | 'jkkRiskClass'>,
  programme: Pick<IAssistanceProgramme, 'programmes'> | null,
  on: string,
): MonthlyContribution | null {
  if (line.monthlyWage == null) return null;
  return monthlyContribution({
    workerType: line.workerType,
    programmes: (line.programmes ?? []) as Programme[],
    monthlyWage: line.monthlyWage,
    payer: line.payer,
    jkkRiskClass: line.workerType === 'PU' ? ((line.jkkRiskClass ?? 1) as 1 | 2 | 3 | 4 | 5) : undefined,
    on,
    assistanceProgrammes:
      line.payer === 'ASSISTANCE' && programme ? ((programme.programmes ?? []) as Programme[]) : undefined,
  });
}
