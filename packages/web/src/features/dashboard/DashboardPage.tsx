import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { getFragmentData, graphql } from '../../gql';
import type { DashboardQuery as DashboardData, DashboardFilter, WorkerType } from '../../gql/graphql';
import { useUrlFilters } from '../../shared/ui/Pager';
import { BusinessFilters, businessFilterFields, SelectFilter } from '../registry/Filters';
import { ChartCanvas } from './Chart';
import { Figure } from './Figure';

export const DashboardQuery = graphql(`
  query Dashboard($filter: DashboardFilter) {
    dashboard(filter: $filter) {
      sources {
        id
        name
        own
      }
      totals {
        businesses
        coveredBusinesses
        workers
        enrolled
        lapsed
        coverageRate
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

const CoverageFragment = graphql(`
  fragment Coverage_Figure on CoverageFigure {
    key
    label
    businesses
    workers
    enrolled
    lapsed
    coverageRate
  }
`);

type CoverageRef = DashboardData['dashboard']['byRegency'][number];

const BLUE = '#1f6feb';
const GREEN = '#2da44e';
const ORANGE = '#d4731a';
const percent = (rate: number) => Math.round(rate * 1000) / 10;

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

function CoverageFigure(props: { id: string; title: string; groups: CoverageRef[]; withBusinesses?: boolean }) {
  const { t } = useTranslation();
  const groups = getFragmentData(CoverageFragment, props.groups);
  const labels = useMemo(() => groups.map((g) => g.label), [groups]);
  const series = useMemo(
    () => [
      { label: t('dashboard.enrolled'), values: groups.map((g) => g.enrolled), color: GREEN },
      {
        label: t('dashboard.notEnrolled'),
        values: groups.map((g) => g.workers - g.enrolled),
        color: ORANGE,
      },
    ],
    [groups, t],
  );
  const columns = [
    t('dashboard.group'),
    ...(props.withBusinesses === false ? [] : [t('dashboard.businesses')]),
    t('dashboard.workers'),
    t('dashboard.enrolled'),
    t('dashboard.rate'),
  ];
  const rows = groups.map((g) => [
    g.label,
    ...(props.withBusinesses === false ? [] : [g.businesses ?? 0]),
    g.workers,
    g.enrolled,
    `${percent(g.coverageRate)}%`,
  ]);
  return (
    <Figure
      id={props.id}
      title={props.title}
      chart={<ChartCanvas kind="bar" horizontal labels={labels} series={series} />}
      columns={columns}
      rows={rows}
    />
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const filter = useDashboardFilter();
  // cache-first (graphcache): a revisited dashboard shows at once from the cache.
  const [{ data, fetching, error }] = useQuery({ query: DashboardQuery, variables: { filter } });
  const d = data?.dashboard;

  const trendLabels = useMemo(() => d?.enrolmentTrend.map((m) => m.month) ?? [], [d]);
  const trendSeries = useMemo(
    () => [
      { label: t('dashboard.newEnrolments'), values: d?.enrolmentTrend.map((m) => m.enrolled) ?? [], color: BLUE },
    ],
    [d, t],
  );
  const programmeLabels = useMemo(() => d?.programmeMix.map((p) => p.programme) ?? [], [d]);
  const programmeSeries = useMemo(
    () => [{ label: t('dashboard.share'), values: d?.programmeMix.map((p) => percent(p.share)) ?? [], color: BLUE }],
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
        <BusinessFilters />
        <SelectFilter
          label={t('dashboard.workerType')}
          param="jenis"
          options={['PU', 'BPU'].map((v) => ({ value: v, label: v }))}
        />
      </form>
      {fetching && (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {t(`errors.${errorKey(error)}`)}
        </p>
      )}
      {d && (
        <>
          <section className="totals" aria-label={t('dashboard.totals')} data-testid="dashboard-totals">
            <div className="card stat">
              <span className="stat-value" data-testid="total-rate">
                {percent(d.totals.coverageRate)}%
              </span>
              <span className="stat-label">{t('dashboard.rate')}</span>
            </div>
            <div className="card stat">
              <span className="stat-value" data-testid="total-enrolled">
                {d.totals.enrolled.toLocaleString('id-ID')}
              </span>
              <span className="stat-label">
                {t('dashboard.enrolledOf', { workers: d.totals.workers.toLocaleString('id-ID') })}
              </span>
            </div>
            <div className="card stat">
              <span className="stat-value">{(d.totals.businesses ?? 0).toLocaleString('id-ID')}</span>
              <span className="stat-label">
                {t('dashboard.businessesCovered', {
                  covered: (d.totals.coveredBusinesses ?? 0).toLocaleString('id-ID'),
                })}
              </span>
            </div>
          </section>
          <div className="figures">
            {d.bySource.length > 1 && (
              <CoverageFigure id="per-sumber" title={t('dashboard.bySource')} groups={d.bySource} />
            )}
            <CoverageFigure id="per-kabupaten" title={t('dashboard.byRegency')} groups={d.byRegency} />
            <CoverageFigure id="per-sektor" title={t('dashboard.bySector')} groups={d.bySector} />
            <CoverageFigure id="per-skala" title={t('dashboard.bySizeClass')} groups={d.bySizeClass} />
            <CoverageFigure id="per-bentuk" title={t('dashboard.byLegalForm')} groups={d.byLegalForm} />
            <CoverageFigure
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
              rows={d.enrolmentTrend.map((m) => [m.month, m.enrolled, m.cumulative])}
            />
            <Figure
              id="program"
              title={t('dashboard.programmes')}
              chart={<ChartCanvas kind="bar" percent labels={programmeLabels} series={programmeSeries} />}
              columns={[t('dashboard.programme'), t('dashboard.workers'), t('dashboard.share')]}
              rows={d.programmeMix.map((p) => [p.programme, p.workers, `${percent(p.share)}%`])}
            />
            <CoverageFigure id="per-kapanewon" title={t('dashboard.byDistrict')} groups={d.byDistrict} />
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
              rows={d.taskProgress.map((p) => [
                p.label,
                p.open,
                p.overdue,
                p.done,
                p.targetWorkers,
                p.registeredWorkers,
              ])}
            />
          </div>
        </>
      )}
    </div>
  );
}
