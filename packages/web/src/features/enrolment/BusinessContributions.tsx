import type { MonthlyContribution } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { ContributionTotals } from './ContributionTable';

const BusinessContributionsQuery = graphql(`
  query BusinessContributions($businessId: ID!) {
    workers(first: 50, filter: { businessId: $businessId, coverageStatus: ENROLLED }) {
      totalCount
      edges {
        node {
          id
          enrolmentLines {
            status
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
      }
    }
  }
`);

/**
 * A business's monthly contributions: the enrolled workers registered through the portal, each
 * at the figure of their latest registered line (priced with that line's rates), by payer and by
 * programme. Workers enrolled outside the portal have no line and are counted apart. The first 50
 * enrolled workers are priced (the query's cost stays under half the operation limit); the note
 * under the table says how many of how many.
 */
export function BusinessContributions(props: { businessId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: BusinessContributionsQuery, variables: { businessId: props.businessId } });
  if (!data) return null;
  const contributions: MonthlyContribution[] = [];
  for (const { node } of data.workers.edges) {
    // Lines come newest first.
    const line = node.enrolmentLines.find((l) => l.status === 'REGISTERED' && l.contribution);
    if (!line?.contribution) continue;
    const c = line.contribution;
    contributions.push({
      total: c.total,
      rateVersion: c.rateVersion,
      byPayer: { EMPLOYER: c.byPayer.employer, WORKER: c.byPayer.worker, ASSISTANCE: c.byPayer.assistance },
      parts: c.parts.map((p) => ({ ...p, rate: p.rate ?? null })),
    });
  }
  if (data.workers.totalCount === 0) return null;
  return (
    <section className="card stack" aria-labelledby="business-contributions" data-testid="business-contributions">
      <h2 id="business-contributions">{t('enrolment.contribution.heading')}</h2>
      {contributions.length > 0 && <ContributionTotals contributions={contributions} testId="business-totals" />}
      <p className="small muted">
        {t('enrolment.business.basis', { priced: contributions.length, enrolled: data.workers.totalCount })}
      </p>
    </section>
  );
}
