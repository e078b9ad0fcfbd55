import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';

/** The headline figures above the breakdowns. */
export const DashboardTotalsFragment = graphql(`
  fragment DashboardTotals_Figure on CoverageFigure {
    businesses
    coveredBusinesses
    workers
    enrolled
    lapsed
    coverageRate
  }
`);

/** `children`: more headline figures of the caller's own (the assistance tile of a regency). */
export function DashboardTotals(props: { totals: FragmentType<typeof DashboardTotalsFragment>; children?: ReactNode }) {
  const { t } = useTranslation();
  const f = useFormat();
  const totals = getFragmentData(DashboardTotalsFragment, props.totals);
  return (
    <section className="totals" aria-label={t('dashboard.totals')} data-testid="dashboard-totals">
      <div className="card stat">
        <span className="stat-value" data-testid="total-rate">
          {f.share(totals.coverageRate)}
        </span>
        <span className="stat-label">{t('dashboard.rate')}</span>
      </div>
      <div className="card stat">
        <span className="stat-value" data-testid="total-enrolled">
          {f.count(totals.enrolled)}
        </span>
        <span className="stat-label">{t('dashboard.enrolledOf', { workers: f.count(totals.workers) })}</span>
      </div>
      <div className="card stat">
        <span className="stat-value">{f.number(totals.businesses ?? 0)}</span>
        <span className="stat-label">
          {t('dashboard.businessesCovered', {
            covered: f.number(totals.coveredBusinesses ?? 0),
          })}
        </span>
      </div>
      {props.children}
    </section>
  );
}
