import { regencyOfDistrict } from '@jamsos/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { getFragmentData, graphql } from '../../gql';
import type { DashboardQuery as DashboardData, DashboardFilter, WorkerType } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { useUrlFilters } from '../../shared/ui/Pager';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { BusinessFilters, businessFilterFields, SelectFilter } from '../registry/Filters';
import { ChartCanvas } from './Chart';
import { Figure, type FigureRow } from './Figure';

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

/** More bars than this make a chart nobody can read: the table carries them, grouped. */
const MAX_CHART_GROUPS = 20;

/** How a breakdown names its groups: the server sends codes for the enumerations. */
type GroupKind = 'source' | 'regency' | 'district' | 'sector' | 'sizeClass' | 'legalForm' | 'workerType';

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

function CoverageFigure(props: {
  id: string;
  title: string;
  groups: CoverageRef[];
  kind: GroupKind;
  withBusinesses?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const groups = getFragmentData(CoverageFragment, props.groups);
  const manyRegencies = new Set(groups.map((g) => g.key.slice(0, 5))).size > 1;
  const name = useMemo(
    () =>
      (g: { key: string; label: string }): string => {
        switch (props.kind) {
          case 'sizeClass':
            return t(`size.${g.key}`, { defaultValue: g.label });
          case 'legalForm':
            return t(`legalFormName.${g.key}`, { defaultValue: g.label });
          case 'workerType':
            return t(`workerType.${g.key}`, { defaultValue: g.label });
          case 'district': {
            // Two districts share a name (Jetis): name the regency whenever several are shown.
            const regency = regencyOfDistrict(g.key);
            return regency && manyRegencies ? `${g.label} (${regency.name.replace(/^Kabupaten /, '')})` : g.label;
          }
          default:
            return g.label;
        }
      },
    [props.kind, t, manyRegencies],
  );
  // Districts are read by regency: ordered by it, each under its regency's heading.
  const ordered = useMemo(
    () => (props.kind === 'district' ? [...groups].sort((a, b) => a.key.localeCompare(b.key)) : groups),
    [groups, props.kind],
  );
  const charted = ordered.length <= MAX_CHART_GROUPS;
  // A sector's bar is labelled by its KBLI letter (the table beside it names it in full), so
  // long titles are not cut off at the chart's edge.
  const labels = useMemo(
    () => ordered.map((g) => (props.kind === 'sector' ? g.key : name(g))),
    [ordered, name, props.kind],
  );
  const series = useMemo(
    () => [
      { label: t('dashboard.enrolled'), values: ordered.map((g) => g.enrolled), color: GREEN },
      {
        label: t('dashboard.notEnrolled'),
        values: ordered.map((g) => g.workers - g.enrolled),
        color: ORANGE,
      },
    ],
    [ordered, t],
  );
  const withBusinesses = props.withBusinesses !== false;
  const columns = [
    t('dashboard.group'),
    ...(withBusinesses ? [t('dashboard.businesses')] : []),
    t('dashboard.workers'),
    t('dashboard.enrolled'),
    t('words.ratePercent'),
  ];
  const rows: FigureRow[] = ordered.map((g) => ({
    key: g.key,
    section: props.kind === 'district' ? (regencyOfDistrict(g.key)?.name ?? undefined) : undefined,
    cells: [
      name(g),
      ...(withBusinesses ? [g.businesses ?? 0] : []),
      g.workers,
      g.enrolled,
      { percent: g.coverageRate },
    ],
  }));
  return (
    <Figure
      id={props.id}
      title={props.title}
      chart={
        charted ? (
          <ChartCanvas kind="bar" horizontal labels={labels} series={series} />
        ) : (
          <p className="muted chart-note" data-testid={`${props.id}-chart-note`}>
            {t('words.chartTooMany', { count: ordered.length, formatted: f.number(ordered.length) })}
          </p>
        )
      }
      columns={columns}
      rows={rows}
      note={props.kind === 'workerType' ? undefined : t('words.breakdownNote')}
    />
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
        <BusinessFilters keeper={access.keeper} />
        <SelectFilter
          label={t('dashboard.workerType')}
          param="jenis"
          options={['PU', 'BPU'].map((v) => ({ value: v, label: t(`workerType.${v}`) }))}
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
          <section className="totals" aria-label={t('dashboard.totals')} data-testid="dashboard-totals">
            <div className="card stat">
              <span className="stat-value" data-testid="total-rate">
                {f.percent(d.totals.coverageRate)}
              </span>
              <span className="stat-label">{t('dashboard.rate')}</span>
            </div>
            <div className="card stat">
              <span className="stat-value" data-testid="total-enrolled">
                {f.number(d.totals.enrolled)}
              </span>
              <span className="stat-label">{t('dashboard.enrolledOf', { workers: f.number(d.totals.workers) })}</span>
            </div>
            <div className="card stat">
              <span className="stat-value">{f.number(d.totals.businesses ?? 0)}</span>
              <span className="stat-label">
                {t('dashboard.businessesCovered', {
                  covered: f.number(d.totals.coveredBusinesses ?? 0),
                })}
              </span>
            </div>
          </section>
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
