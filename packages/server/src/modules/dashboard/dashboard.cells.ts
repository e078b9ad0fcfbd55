import { uuidArray } from '../common/loaders';
import type { RequestScope } from '../common/scope';
import type { DashboardFilterInput } from './dashboard.type';

/**
 * The dashboard reads the summary cells kept by the `coverage_summary` migration, never worker
 * rows: a few thousand cells for the whole province. Every figure is grouped in SQL (one
 * GROUPING SETS query per cell table), so the cost does not depend on how many workers there are.
 *
 * Isolation: the data layer reads only the caller's own cells and those of tenants that granted
 * it a live AGGREGATES or BUSINESS_DIRECTORY agreement (the `sources`); row-level security on the
 * cell tables enforces the same set again.
 */
export type Dimension =
  | 'organization_id'
  | 'regency_code'
  | 'district_code'
  | 'kbli_section'
  | 'size_class'
  | 'legal_form';
export const DIMENSIONS: readonly Dimension[] = [
  'organization_id',
  'regency_code',
  'district_code',
  'kbli_section',
  'size_class',
  'legal_form',
];

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

export const COUNT_COLUMNS = ['workers', 'enrolled', 'lapsed', 'jkk', 'jkm', 'jht', 'jp', 'jkp'] as const;
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

/** A row of a grouping-sets answer: the set's column holds the group, the others are null. */
export type Row = Record<string, string | number | null>;
export interface TrendRow {
  month: string;
  enrolled: number;
}

/** The answers of the three cell queries and of what they counted twice, for the visible sources. */
export interface Cells {
  coverage: Row[];
  businesses: Row[];
  trend: TrendRow[];
  excess: Row[];
}

/** The worker cells' dimensions: the business ones and the worker type. */
export const WORKER_DIMENSIONS: readonly string[] = [...DIMENSIONS, 'worker_type'];

/** Reads every cell figure of the visible sources (`ids`) under the filters, in one statement. */
export async function readCells(scope: RequestScope, ids: string[], filter: DashboardFilterInput): Promise<Cells> {
  const workerDims = WORKER_DIMENSIONS;
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
  const [cells] = await scope.em.execute<Cells[]>(
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
  return {
    coverage: cells?.coverage ?? [],
    businesses: cells?.businesses ?? [],
    trend: cells?.trend ?? [],
    excess: cells?.excess ?? [],
  };
}
