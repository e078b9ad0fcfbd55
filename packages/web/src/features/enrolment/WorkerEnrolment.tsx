import type { MonthlyContribution } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { AbbrList } from '../glossary/Glossary';
import { ContributionTable } from './ContributionTable';

export const WorkerEnrolmentFragment = graphql(`
  fragment WorkerEnrolment_Worker on Worker {
    enrolmentLines {
      id
      requestId
      status
      programmes
      registeredProgrammes
      kpj
      effectiveDate
      rejectionReason
      rejectionNote
      existingKpj
      processedAt
      coverUntil
      contribution {
        total
        rateVersion
        byPayer {
          employer
          worker
          assistance
        }
        parts {
          programme
          rate
          amount
          employerAmount
          workerAmount
          assistanceAmount
          rateVersion
          source
        }
      }
    }
  }
`);

/**
 * A worker's enrolment requests on their page, newest first: where each stands, why a rejected
 * one was refused, and the monthly contribution it was priced at.
 */
export function WorkerEnrolment(props: { worker: FragmentType<typeof WorkerEnrolmentFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { enrolmentLines } = getFragmentData(WorkerEnrolmentFragment, props.worker);
  if (enrolmentLines.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="worker-enrolment" data-testid="worker-enrolment">
      <h2 id="worker-enrolment">{t('enrolment.worker.title')}</h2>
      {enrolmentLines.map((line) => {
        const contribution: MonthlyContribution | null = line.contribution
          ? {
              total: line.contribution.total,
              rateVersion: line.contribution.rateVersion,
              byPayer: {
                EMPLOYER: line.contribution.byPayer.employer,
                WORKER: line.contribution.byPayer.worker,
                ASSISTANCE: line.contribution.byPayer.assistance,
              },
              parts: line.contribution.parts.map((p) => ({ ...p, rate: p.rate ?? null })),
            }
          : null;
        return (
          <div key={line.id} className="stack">
            <p>
              <span className={`badge line-status-${line.status.toLowerCase()}`}>
                {t(`enrolment.lineStatus.${line.status}`)}
              </span>{' '}
              <Link to={`/kepesertaan/${line.requestId}`}>{t('enrolment.worker.request')}</Link> ·{' '}
              <AbbrList codes={line.status === 'REGISTERED' ? line.registeredProgrammes : line.programmes} />
              {line.status === 'REGISTERED' && line.kpj && ` · KPJ ${line.kpj}`}
              {line.effectiveDate && ` · ${format.date(line.effectiveDate)}`}
              {line.coverUntil && ` · ${t('enrolment.assistance.coverUntil')} ${format.date(line.coverUntil)}`}
            </p>
            {line.status === 'REJECTED' && line.rejectionReason && (
              <p className="error" data-testid="rejection-reason">
                {t('enrolment.worker.rejected', { reason: t(`enrolment.rejection.${line.rejectionReason}`) })}
                {line.existingKpj && ` (KPJ ${line.existingKpj})`}
                {line.rejectionNote && ` — ${line.rejectionNote}`}
              </p>
            )}
            {contribution && contribution.parts.length > 0 && <ContributionTable contribution={contribution} />}
          </div>
        );
      })}
    </section>
  );
}
