import { KBLI_SECTIONS } from '@jamsos/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import { districtName, regencyName } from '../business/business.type';
import { appError, ErrorCode } from '../common/errors';
import { uuidArray } from '../common/loaders';
import type { Viewer } from '../common/viewer';
import { OPEN_TASK_STATUSES_SQL } from '../outreach/outreach.entity';
import type {
  AssigneeProgressType,
  CoverageFigureType,
  DashboardFilterInput,
  DashboardSourceType,
  DashboardType,
  EnrolmentMonthType,
  ProgrammeFigureType,
} from './dashboard.type';

/**
 * The dashboard reads the summary cells kept by the `coverage_summary` migration, never worker
 * rows: a few thousand cells for the whole province. Every figure is grouped in SQL (one
 * GROUPING SETS query per cell table), so the cost does not depend on how many workers there are.
 *
 * Isolation: the data layer reads only the caller's own cells and those of tenants that granted
 * it a live AGGREGATES or BUSINESS_DIRECTORY agreement (the `sources`); row-level security on the
 * cell tables enforces the same set again.
 */
type Dimension = 'organization_id' | 'regency_code' | 'district_code' | 'kbli_section' | 'size_class' | 'legal_form';
const DIMENSIONS: readonly Dimension[] = [
  'organization_id',
  'regency_code',
  'district_code',
  'kbli_section',
  'size_class',
  'legal_form',
];

interface SourceRow extends DashboardSourceType {
  /** The source's dashboard_version (see that migration). */
  version: string;
}

async function sourcesOf(em: EntityManager, viewer: Viewer): Promise<SourceRow[]> {
  return em.execute<SourceRow[]>(
    `select o.id, o.name, o.id = ?::uuid as own, o.dashboard_version::text as version
       from organization o
      where o.id = ?::uuid or o.id in (
        select a.organization_id from agreement a
         where a.grantee_id = ?::uuid and a.scope in ('AGGREGATES', 'BUSINESS_DIRECTORY') and a.revoked_at is null
           and current_date between a.valid_from and a.valid_until)
      order by 3 desc, 2`,
    [viewer.organization.id, viewer.organization.id, viewer.organization.id],
  );
}

/** The WHERE clause of every cell query: the visible sources, narrowed by the shared filters. */
function whereOf(
  organizations: string[],
  filter: DashboardFilterInput,
  withWorkerType: boolean,
  /** Where the business columns come from (the employer cells of shared_cell: `c.`). */
  businessAlias = '',
) {
  const conditions = ['organization_id = any(?::uuid[])'];
  const params: unknown[] = [uuidArray(organizations)];
  const add = (column: string, value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    conditions.push(`${column} = ?`);
    params.push(value);
  };
  add(`${businessAlias}regency_code`, filter.regencyCode);
  add(`${businessAlias}district_code`, filter.districtCode);
  add(`${businessAlias}kbli_section`, filter.kbliSection);
  add(`${businessAlias}size_class`, filter.sizeClass);
  add(`${businessAlias}legal_form`, filter.legalForm);
  if (withWorkerType) add('worker_type', filter.workerType);
  return { sql: conditions.join(' and '), params };
}

const COUNT_COLUMNS = ['workers', 'enrolled', 'lapsed', 'jkk', 'jkm', 'jht', 'jp', 'jkp'] as const;
const BUSINESS_COLUMNS = ['regency_code', 'district_code', 'kbli_section', 'size_class', 'legal_form'] as const;

/**
 * What the cells count twice: a worker with several matching employers is in the cell of each
 * (see Migration20261202100000_shared_workers). Per shared group and grouping set, `m` is the
 * number of its employers that match the filter (and the set's group); (m − 1) × its counts is
 * the excess. Sets: '' the totals, `organization_id`, `worker_type`, `month` (of enrolment), and
 * each business column — so a person counts once in the totals, in their source, in the trend and
 * in each group they belong to (a breakdown by business attribute may hold them in two groups).
 */
function excessQuery(where: { sql: string }): string {
  const dim = BUSINESS_COLUMNS.map((c) => `when grouping(c.${c}) = 0 then '${c}'`).join(' ');
  const value = `coalesce(${BUSINESS_COLUMNS.map((c) => `c.${c}`).join(', ')})`;
  // `people`: the persons with several matching employers (once each), for the note beside breakdowns.
  const excess = `${COUNT_COLUMNS.map((c) => `sum(${c} * (m - 1))::int as ${c}`).join(', ')}, sum(workers)::int as people`;
  return `select case when grouping(organization_id) = 0 then 'organization_id'
                      when grouping(worker_type) = 0 then 'worker_type'
                      when grouping(month) = 0 then 'month' else coalesce(dim, '') end as set,
                 coalesce(value, organization_id::text, worker_type, to_char(month, 'YYYY-MM'), '') as key, ${excess}
            from (select s.organization_id, s.worker_type, s.month, ${COUNT_COLUMNS.map((c) => `s.${c}`).join(', ')},
                         case ${dim} end as dim, ${value} as value, count(*) as m
                    from shared_cell s
                   cross join lateral (select ${BUSINESS_COLUMNS.map((c, i) => `split_part(e, '|', ${i + 1}) as ${c}`).join(', ')}
                                         from unnest(s.employer_cells) e) c
                   where ${where.sql}
                   group by s.organization_id, s.worker_type, s.employer_cells, s.month, ${COUNT_COLUMNS.map((c) => `s.${c}`).join(', ')},
                            grouping sets ((), ${BUSINESS_COLUMNS.map((c) => `(c.${c})`).join(', ')})) g
           where m > 1
           group by grouping sets ((dim, value), (dim, organization_id), (dim, worker_type), (dim, month))
          having dim is null or (grouping(organization_id) = 1 and grouping(worker_type) = 1 and grouping(month) = 1)`;
}

const rate = (enrolled: number, workers: number) => (workers > 0 ? enrolled / workers : 0);

/** A row of a grouping-sets answer: the set's column holds the group, the others are null. */
type Row = Record<string, string | number | null>;
interface TrendRow {
  month: string;
  enrolled: number;
}

/** Which grouping set a row of a GROUPING SETS query belongs to: the one column that is set. */
function setOf(row: Row, columns: readonly string[]): string | null {
  return columns.find((c) => row[c] !== null) ?? null;
}

/**
 * Dashboards already computed, one per caller's organisation, filters and day, each with the
 * versions of every visible source it was computed from. Any change to a source's cells or tasks
 * bumps that source's version in the same transaction (migration `…_dashboard_version`), and a new
 * or ended agreement changes the sources, so an entry is served only while what it was computed
 * from is unchanged; a changed one is replaced, not kept beside it. Per process, at most 500.
 */
const computed = new LRUCache<string, { stamp: string; value: DashboardType }>({
  max: 500,
  // Bounded by size too (JSON characters as the measure): the province-wide one is ~23,000.
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (entry) => JSON.stringify(entry.value).length,
});

/** Task progress per caller, day and own version (see `dashboard`). */
const progress = new LRUCache<string, AssigneeProgressType[]>({ max: 200 });

async function taskProgressOf(em: EntityManager, viewer: Viewer): Promise<AssigneeProgressType[]> {
  const tasks = await em.execute<Row[]>(
    `select t.assignee_org_id::text as org, o.name as org_name, u.id::text as user_id, u.display_name as user_name,
            (count(*) filter (where t.status in ${OPEN_TASK_STATUSES_SQL}))::text as open,
            (count(*) filter (where t.status in ${OPEN_TASK_STATUSES_SQL} and t.due_on < current_date))::text as overdue,
            (count(*) filter (where t.status = 'DONE'))::text as done,
            (coalesce(sum(t.target_workers) filter (where t.status not in ('DECLINED', 'CANCELLED')), 0))::text as target,
            (coalesce(sum(r.registered), 0))::text as registered
       from outreach_task t
       join organization o on o.id = t.assignee_org_id
       left join app_user u on u.id = t.assignee_user_id
       left join (select task_id, sum(workers_registered) as registered from visit_report group by task_id) r
         on r.task_id = t.id
      where t.organization_id = ?::uuid or t.assignee_org_id = ?::uuid
      group by 1, 2, 3, 4
      order by 2, 4 nulls first`,
    [viewer.organization.id, viewer.organization.id],
  );

  return tasks.map((row) => ({
    key: row.user_id ? `${row.org}:${row.user_id}` : String(row.org),
    label: row.user_name ? `${row.org_name} — ${row.user_name}` : String(row.org_name),
    open: Number(row.open),
    overdue: Number(row.overdue),
    done: Number(row.done),
    targetWorkers: Number(row.target),
    registeredWorkers: Number(row.registered),
  }));
}

export async function dashboard(
  em: EntityManager,
  viewer: Viewer,
  filter: DashboardFilterInput,
  sourceId: string | null,
): Promise<DashboardType> {
  const rows = await sourcesOf(em, viewer);
  const sources: DashboardSourceType[] = rows.map(({ id, name, own }) => ({ id, name, own }));
  let visible = sources;
  if (sourceId !== null) {
    visible = sources.filter((s) => s.id === sourceId);
    if (visible.length === 0)
      throw appError(ErrorCode.Forbidden, 'No active data-sharing agreement gives you this partner’s data.', {
        reason: 'NO_ACTIVE_AGREEMENT',
      });
  }
  const key = JSON.stringify([viewer.organization.id, sourceId, filter, viewer.today]);
  const stamp = JSON.stringify(rows.map((r) => [r.id, r.version]));
  const known = computed.get(key);
  if (known?.stamp === stamp) return known.value;
  // Task progress depends on the caller's own tasks only, not on the filters: kept apart, so a
  // new filter costs the cell queries alone. The caller's version moves with its tasks.
  const own = rows.find((r) => r.own);
  const progressKey = JSON.stringify([viewer.organization.id, viewer.today, own?.version]);
  let taskProgress = progress.get(progressKey);
  if (!taskProgress) {
    taskProgress = await taskProgressOf(em, viewer);
    progress.set(progressKey, taskProgress);
  }
  const value = await compute(em, filter, sources, visible, taskProgress);
  computed.set(key, { stamp, value });
  return value;
}

async function compute(
  em: EntityManager,
  filter: DashboardFilterInput,
  sources: DashboardSourceType[],
  visible: DashboardSourceType[],
  taskProgress: AssigneeProgressType[],
): Promise<DashboardType> {
  const ids = visible.map((s) => s.id);
  const names = new Map(sources.map((s) => [s.id, s.name]));

  const workerDims = [...DIMENSIONS, 'worker_type'];
  const sets = ['()', ...workerDims.map((d) => `(${d})`)].join(', ');
  // coverage_cell and enrolment_cell share their key columns, worker type included.
  const workerWhere = whereOf(ids, filter, true);
  const businessWhere = whereOf(ids, filter, false);
  const sharedWhere = whereOf(ids, filter, true, 'c.');
  // The three cell queries go as one statement, each answer a JSON array: one round trip to
  // PostgreSQL instead of three (a filtered dashboard is computed per request).
  // The trend reads only the window's months, from an index that carries the cell's key and count
  // (no table fetch; Migration20261201140000_enrolment_window_index). The running total
  // needs no older rows: every enrolled worker has an enrolment month (the validators require it),
  // so the total at a month is all enrolled workers (from coverage_cell) minus those enrolled later.
  const [cells] = await em.execute<{ coverage: Row[]; businesses: Row[]; trend: TrendRow[]; excess: Row[] }[]>(
    `select
       (select coalesce(json_agg(x), '[]') from (
          select ${workerDims.join(', ')}, sum(workers)::int as workers, sum(enrolled)::int as enrolled,
                 sum(lapsed)::int as lapsed, sum(jkk)::int as jkk, sum(jkm)::int as jkm, sum(jht)::int as jht,
                 sum(jp)::int as jp, sum(jkp)::int as jkp
            from coverage_cell where ${workerWhere.sql}
           group by grouping sets (${sets})) x) as coverage,
       (select coalesce(json_agg(x), '[]') from (
          select ${DIMENSIONS.join(', ')}, sum(businesses)::int as businesses,
                 sum(covered_businesses)::int as covered_businesses
            from business_cell where ${businessWhere.sql}
           group by grouping sets (${['()', ...DIMENSIONS.map((d) => `(${d})`)].join(', ')})) x) as businesses,
       (select coalesce(json_agg(x order by x.month), '[]') from (
          select to_char(month, 'YYYY-MM') as month, sum(enrolled)::int as enrolled
            from enrolment_cell
           where ${workerWhere.sql} and month >= date_trunc('month', current_date - interval '23 months')::date
           group by month) x) as trend,
       (select coalesce(json_agg(x), '[]') from (${excessQuery(sharedWhere)}) x) as excess`,
    [...workerWhere.params, ...businessWhere.params, ...workerWhere.params, ...sharedWhere.params],
  );
  // Each person once: the cells' counts less what they counted twice, per set and group.
  const excess = new Map((cells?.excess ?? []).map((row) => [`${row.set}:${row.key}`, row]));
  const coverage = (cells?.coverage ?? []).map((row) => {
    const set = setOf(row, workerDims);
    const twice = excess.get(set === null ? ':' : `${set}:${row[set]}`);
    if (!twice) return row;
    const once: Row = { ...row };
    for (const column of COUNT_COLUMNS) once[column] = Number(row[column]) - Number(twice[column]);
    return once;
  });
  const businesses = cells?.businesses ?? [];
  const window = cells?.trend ?? [];
  const businessesBy = new Map<string, Row>();
  for (const row of businesses) {
    const set = setOf(row, DIMENSIONS);
    businessesBy.set(set === null ? '' : `${set}:${row[set]}`, row);
  }
  const figure = (set: string | null, row: Row): CoverageFigureType => {
    const key = set === null ? '' : String(row[set]);
    const b = set === 'worker_type' ? undefined : businessesBy.get(set === null ? '' : `${set}:${key}`);
    const workers = Number(row.workers);
    const enrolled = Number(row.enrolled);
    return {
      key,
      label: labelOf(set, key, names),
      businesses: b ? Number(b.businesses) : set === 'worker_type' ? null : 0,
      coveredBusinesses: b ? Number(b.covered_businesses) : set === 'worker_type' ? null : 0,
      workers,
      enrolled,
      lapsed: Number(row.lapsed),
      coverageRate: rate(enrolled, workers),
    };
  };
  const groups = new Map<string | null, CoverageFigureType[]>();
  let totalsRow: Row | undefined;
  for (const row of coverage) {
    const set = setOf(row, workerDims);
    if (set === null) totalsRow = row;
    else groups.set(set, [...(groups.get(set) ?? []), figure(set, row)]);
  }
  // Groups with businesses but no workers still show (with zero workers).
  for (const row of businesses) {
    const set = setOf(row, DIMENSIONS);
    if (set === null) continue;
    const list = groups.get(set) ?? [];
    if (!list.some((f) => f.key === row[set]))
      groups.set(set, [
        ...list,
        figure(set, { [set]: row[set] ?? '', workers: '0', enrolled: '0', lapsed: '0' } as Row),
      ]);
  }
  const emptyRow: Row = { workers: '0', enrolled: '0', lapsed: '0', jkk: '0', jkm: '0', jht: '0', jp: '0', jkp: '0' };
  const totals = figure(null, totalsRow ?? emptyRow);
  totals.label = 'Total';
  const sorted = (set: string, by: 'key' | 'workers' = 'key') =>
    [...(groups.get(set) ?? [])].sort((a, b) =>
      by === 'workers' ? b.workers - a.workers || a.key.localeCompare(b.key) : a.key.localeCompare(b.key),
    );
  const enrolledTotal = Number((totalsRow ?? emptyRow).enrolled);
  // Each month's enrolments once per person; the running total is the enrolled total less those
  // enrolled in later months of the window (as the cells' own `later`, but counted once).
  const monthly = window.map((m) => ({
    month: m.month,
    enrolled: m.enrolled - Number(excess.get(`month:${m.month}`)?.enrolled ?? 0),
  }));
  let later = 0;
  const trend: EnrolmentMonthType[] = monthly
    .reverse()
    .map((m) => {
      const point = { ...m, cumulative: enrolledTotal - later };
      later += m.enrolled;
      return point;
    })
    .reverse();
  const programmeMix: ProgrammeFigureType[] = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'].map((programme) => {
    const workers = Number((totalsRow ?? emptyRow)[programme.toLowerCase()]);
    return { programme, workers, share: rate(workers, enrolledTotal) };
  });

  return {
    sources,
    totals,
    workersWithSeveralEmployers: Number(excess.get(':')?.people ?? 0),
    bySource: sorted('organization_id', 'workers'),
    byRegency: sorted('regency_code'),
    byDistrict: sorted('district_code'),
    bySector: sorted('kbli_section'),
    bySizeClass: sorted('size_class'),
    byLegalForm: sorted('legal_form'),
    byWorkerType: sorted('worker_type'),
    enrolmentTrend: trend,
    programmeMix,
    taskProgress,
  };
}

function labelOf(set: string | null, key: string, names: Map<string, string>): string {
  switch (set) {
    case 'organization_id':
      return names.get(key) ?? key;
    case 'regency_code':
      return regencyName(key);
    case 'district_code':
      return districtName(key);
    case 'kbli_section':
      return `${key} — ${KBLI_SECTIONS[key as keyof typeof KBLI_SECTIONS] ?? key}`;
    default:
      return key;
  }
}
