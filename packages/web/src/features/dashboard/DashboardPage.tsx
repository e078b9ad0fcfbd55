import { WORKER_TYPES } from '@jamsos/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { DashboardFilter, WorkerType } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { useUrlFilters } from '../../shared/ui/Pager';
import { AssistanceCoverageTile } from '../enrolment/AssistanceCoverageTile';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { BusinessFilters, businessFilterFields, SelectFilter } from '../registry/Filters';
import { ChartCanvas } from './Chart';
import { CoverageFigure } from './CoverageFigure';
import { DashboardTotals } from './DashboardTotals';
import { Figure } from './Figure';
import { BLUE, GREEN, ORANGE, percent } from './palette';
import { VillageFigure } from './VillageFigure';

const DashboardQuery = graphql(`
  query Dashboard($filter: DashboardFilter) {
    dashboard(filter: $filter) {
      smallGroupsProtected
      sources {
        id
        name
        own
      }
      totals {
        ...DashboardTotals_Figure
      }
      bySource {
        ...Coverage_Figure
      }
      byRegency {
        ...Coverage_Figure
      }
      byDistrict {
        ...Coverage_Figure
      }
      bySector {
        ...Coverage_Figure
      }
      bySizeClass {
        ...Coverage_Figure
      }
      byLegalForm {
        ...Coverage_Figure
      }
      byWorkerType {
        ...Coverage_Figure
      }
      enrolmentTrend {
        month
        enrolled
        cumulative
      }
      programmeMix {
        programme
        workers
        share
      }
      taskProgress {
        key
        label
        open
        overdue
        done
        targetWorkers
        registeredWorkers
      }
    }
  }
`);

/** The filters every figure shares, from the URL (so a view can be reloaded and shared). */
function useDashboardFilter(): DashboardFilter {
  const { params } = useUrlFilters();
  return useMemo(
    () => ({
      sourceId: params.get('sumber'),
      ...businessFilterFields(params),
      workerType: params.get('jenis') as WorkerType | null,
    }),
    [params],
  );
}

/** `2026-03` → `Mar 2026` in the user's language. */
function monthLabel(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(new Date(year, m - 1, 1));
}

export default function DashboardPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const f = useFormat();
  const access = registryAccess(props.viewer);
  const filter = useDashboardFilter();
  // cache-first (graphcache): a revisited dashboard shows at once from the cache.
  const [{ data, fetching, error, stale }] = useQuery({ query: DashboardQuery, variables: { filter } });
  const d = data?.dashboard;
  // While a changed filter's figures load, the previous ones stay on screen: say so, plainly.
  const updating = Boolean(d) && (fetching || stale);

  const trendLabels = useMemo(() => d?.enrolmentTrend.map((m) => monthLabel(m.month, f.locale)) ?? [], [d, f]);
  const trendSeries = useMemo(
    () => [
      { label: t('dashboard.newEnrolments'), values: d?.enrolmentTrend.map((m) => m.enrolled) ?? [], color: BLUE },
    ],
    [d, t],
  );
  const programmeLabels = useMemo(() => d?.programmeMix.map((p) => p.programme) ?? [], [d]);
  const programmeSeries = useMemo(
    () => [
      {
        label: t('dashboard.share'),
        values: d?.programmeMix.map((p) => (p.share === null ? null : percent(p.share))) ?? [],
        color: BLUE,
      },
    ],
    [d, t],
  );
  const taskLabels = useMemo(() => d?.taskProgress.map((p) => p.label) ?? [], [d]);
  const taskSeries = useMemo(
    () => [
      { label: t('dashboard.target'), values: d?.taskProgress.map((p) => p.targetWorkers) ?? [], color: ORANGE },
      {
        label: t('dashboard.registered'),
        values: d?.taskProgress.map((p) => p.registeredWorkers) ?? [],
        color: GREEN,
      },
    ],
    [d, t],
  );

  return (
    <div className="dashboard">
      <h1>{t('dashboard.title')}</h1>
      <form className="card filters" aria-label={t('dashboard.filters')} onSubmit={(e) => e.preventDefault()}>
        {d && d.sources.length > 1 && (
          <SelectFilter
            label={t('dashboard.source')}
            param="sumber"
            options={d.sources.map((s) => ({
              value: s.id,
              label: s.own ? `${s.name} (${t('dashboard.own')})` : s.name,
            }))}
          />
        )}
        <BusinessFilters keeper={access.keeper} />
        <SelectFilter
          label={t('dashboard.workerType')}
          param="jenis"
          options={WORKER_TYPES.map((v) => ({ value: v, label: t(`workerType.${v}`) }))}
        />
      </form>
      {fetching && !d && (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      )}
      {updating && (
        <p className="updating" role="status" data-testid="dashboard-updating">
          <span className="spinner" aria-hidden="true" />
          {t('words.updating')}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {t(`errors.${errorKey(error)}`)}
        </p>
      )}
      {d && (
        <div className={updating ? 'dashboard-body stale' : 'dashboard-body'} aria-busy={updating}>
          {d.smallGroupsProtected && (
            <p className="muted small" data-testid="small-groups-note">
              {t('privacy.protectedNote')}
            </p>
          )}
          <DashboardTotals totals={d.totals}>
            {/* The regency's own figure: not shown while another partner's shared data is chosen. */}
            {access.keeper.kind === 'REGENCY' &&
              (!filter.sourceId || d.sources.some((s) => s.own && s.id === filter.sourceId)) && (
                <AssistanceCoverageTile />
              )}
          </DashboardTotals>
          <div className="figures">
            {d.bySource.length > 1 && (
              <CoverageFigure id="per-sumber" kind="source" title={t('dashboard.bySource')} groups={d.bySource} />
            )}
            <CoverageFigure id="per-kabupaten" kind="regency" title={t('dashboard.byRegency')} groups={d.byRegency} />
            <CoverageFigure id="per-sektor" kind="sector" title={t('dashboard.bySector')} groups={d.bySector} />
            <CoverageFigure id="per-skala" kind="sizeClass" title={t('dashboard.bySizeClass')} groups={d.bySizeClass} />
            <CoverageFigure
              id="per-bentuk"
              kind="legalForm"
              title={t('dashboard.byLegalForm')}
              groups={d.byLegalForm}
            />
            <CoverageFigure
              kind="workerType"
              id="per-jenis-pekerja"
              title={t('dashboard.byWorkerType')}
              groups={d.byWorkerType}
              withBusinesses={false}
            />
            <Figure
              id="tren-kepesertaan"
              title={t('dashboard.trend')}
              chart={<ChartCanvas kind="line" labels={trendLabels} series={trendSeries} />}
              columns={[t('dashboard.month'), t('dashboard.newEnrolments'), t('dashboard.cumulative')]}
              rows={d.enrolmentTrend.map((m, i) => ({
                key: m.month,
                cells: [trendLabels[i] ?? m.month, m.enrolled, m.cumulative],
              }))}
            />
            <Figure
              id="program"
              title={t('dashboard.programmes')}
              chart={<ChartCanvas kind="bar" percent labels={programmeLabels} series={programmeSeries} />}
              columns={[t('dashboard.programme'), t('dashboard.workers'), t('dashboard.share')]}
              rows={d.programmeMix.map((p) => ({
                key: p.programme,
                cells: [{ abbr: p.programme }, p.workers, { percent: p.share }],
              }))}
            />
            <CoverageFigure
              id="per-kapanewon"
              kind="district"
              title={t('dashboard.byDistrict')}
              groups={d.byDistrict}
            />
            {filter.districtCode && (
              <VillageFigure
                districtCode={filter.districtCode}
                filter={filter}
                ownSource={!filter.sourceId || d.sources.some((s) => s.own && s.id === filter.sourceId)}
              />
            )}
            <Figure
              id="tugas"
              title={t('dashboard.tasks')}
              chart={<ChartCanvas kind="bar" horizontal labels={taskLabels} series={taskSeries} />}
              columns={[
                t('dashboard.assignee'),
                t('dashboard.open'),
                t('dashboard.overdue'),
                t('dashboard.done'),
                t('dashboard.target'),
                t('dashboard.registered'),
              ]}
              rows={d.taskProgress.map((p) => ({
                key: p.key,
                cells: [p.label, p.open, p.overdue, p.done, p.targetWorkers, p.registeredWorkers],
              }))}
            />
          </div>
        </div>
      )}
    </div>
  );
}
