import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';

const AssistanceCoverageQuery = graphql(`
  query AssistanceCoverage {
    assistanceCoverage {
      workersCovered
      renewalsDue
    }
  }
`);

/**
 * The dashboard's figure for a regency: its workers whose contributions an assistance programme
 * (bantuan iuran) pays today, across its programmes (the sum of the programme pages' "people
 * covered" when no worker is in two), and how many of them end within 30 days.
 */
export function AssistanceCoverageTile() {
  const { t } = useTranslation();
  const f = useFormat();
  const [{ data }] = useQuery({ query: AssistanceCoverageQuery, requestPolicy: 'cache-and-network' });
  const coverage = data?.assistanceCoverage;
  if (!coverage) return null;
  return (
    <div className="card stat" data-testid="assistance-coverage">
      <span className="stat-value" data-testid="assistance-covered">
        {f.number(coverage.workersCovered)}
      </span>
      <span className="stat-label">{t('enrolment.dashboardTile.label')}</span>
      <span className="stat-label">
        {coverage.renewalsDue > 0 && (
          <>
            {t('enrolment.dashboardTile.renewals', { count: coverage.renewalsDue })}
            {' · '}
          </>
        )}
        <Link to="/bantuan-iuran">{t('enrolment.dashboardTile.programmes')}</Link>
      </span>
    </div>
  );
}
