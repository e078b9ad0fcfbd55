import { demoEmail, KBLI_SECTIONS, regencies } from '@jamsos/schema';
import type pg from 'pg';
import { BUSINESS_COLUMNS, type BusinessRow, businessJson, globalId } from './business-row';
import type { PortalClient } from './portal-client';

/**
 * The five operations of the province benchmark, each twice: as the web client sends it (a
 * persisted GraphQL operation) and as hand-written SQL through `pg`, serialised to JSON — what a
 * server without GraphQL, ORM, permission rules and row-level security would at least do. The
 * raw side connects as the owner and writes the tenant into each query instead.
 */
export interface Fixture {
  /** Sleman, the largest regency: the registry lists and the record. */
  readonly regencyOrgId: string;
  readonly districtCode: string;
  readonly kbliSection: string;
  readonly search: string;
  readonly businessId: string;
  /** The BPJS office: the task board (it created most tasks) and the whole province's dashboard. */
  readonly bpjsOrgId: string;
}

export interface Clients {
  readonly staff: PortalClient;
  readonly bpjs: PortalClient;
}

export interface Operation {
  readonly key: string;
  readonly title: string;
  readonly list: boolean;
  graphql(clients: Clients, fixture: Fixture, requestId?: string): Promise<unknown>;
  raw(pool: pg.Pool, fixture: Fixture): Promise<string>;
}

const PAGE = 20;
/**
 * Regency × sector × size class × worker type: 630 filters, more than the server keeps computed
 * dashboards (500), so going round them in order never finds one already computed.
 */
const FILTERS = regencies().flatMap((r) =>
  Object.keys(KBLI_SECTIONS).flatMap((kbliSection) =>
    ['MIKRO', 'KECIL', 'MENENGAH'].flatMap((sizeClass) =>
      ['PU', 'BPU'].map((workerType) => ({ regencyCode: r.code, kbliSection, sizeClass, workerType })),
    ),
  ),
);
type DashboardFilter = (typeof FILTERS)[number];
/** Round-robin over FILTERS; the GraphQL and the raw runs each go round on their own. */
function filterRound(): () => DashboardFilter {
  let index = 0;
  return () => FILTERS[index++ % FILTERS.length] as DashboardFilter;
}
const nextFilter = filterRound();
const nextRawFilter = filterRound();

/**
 * The dashboard's statements, hand-written, for the whole province, narrowed by `filter` when
 * given (the same conditions on every cell table), with nothing kept between requests.
 */
async function dashboardRaw(pool: pg.Pool, f: Fixture, filter?: DashboardFilter): Promise<string> {
  const sources = await pool.query<{ id: string }>(
    `select o.id, o.name from organization o
  where o.id = $1 or o.id in (select a.organization_id from agreement a
    where a.grantee_id = $1 and a.scope in ('AGGREGATES', 'BUSINESS_DIRECTORY') and a.revoked_at is null
      and current_date between a.valid_from and a.valid_until)`,
    [f.bpjsOrgId],
  );
  const ids = sources.rows.map((s) => s.id);
  const cellParams: unknown[] = [ids];
  let cellWhere = 'organization_id = any($1::uuid[])';
  const narrow = (column: string, value: string) => {
    cellParams.push(value);
    cellWhere += ` and ${column} = $${cellParams.length}`;
  };
  if (filter) {
    narrow('regency_code', filter.regencyCode);
    narrow('kbli_section', filter.kbliSection);
    narrow('size_class', filter.sizeClass);
  }
  // business_cell has no worker type: its conditions stop here.
  const businessWhere = cellWhere;
  const businessParams = [...cellParams];
  if (filter) narrow('worker_type', filter.workerType);
  const dims = ['organization_id', 'regency_code', 'district_code', 'kbli_section', 'size_class', 'legal_form'];
  const sets = (columns: string[]) => ['()', ...columns.map((c) => `(${c})`)].join(', ');
  const [coverage, businesses, trend, tasks] = await Promise.all([
    pool.query(
      `select ${[...dims, 'worker_type'].join(', ')}, sum(workers)::int as workers, sum(enrolled)::int as enrolled,
          sum(lapsed)::int as lapsed, sum(jkk)::int as jkk, sum(jkm)::int as jkm, sum(jht)::int as jht,
          sum(jp)::int as jp, sum(jkp)::int as jkp
     from coverage_cell where ${cellWhere}
    group by grouping sets (${sets([...dims, 'worker_type'])})`,
      cellParams,
    ),
    pool.query(
      `select ${dims.join(', ')}, sum(businesses)::int as businesses, sum(covered_businesses)::int as covered
     from business_cell where ${businessWhere} group by grouping sets (${sets(dims)})`,
      businessParams,
    ),
    pool.query(
      `select to_char(month, 'YYYY-MM') as month, sum(enrolled)::int as enrolled
     from enrolment_cell where ${cellWhere}
      and month >= date_trunc('month', current_date - interval '23 months')::date
    group by month order by month`,
      cellParams,
    ),
    pool.query(
      `select t.assignee_org_id, t.assignee_user_id,
          count(*) filter (where t.status in ('OPEN', 'ACCEPTED', 'IN_PROGRESS')) as open,
          count(*) filter (where t.status in ('OPEN', 'ACCEPTED', 'IN_PROGRESS') and t.due_on < current_date) as overdue,
          count(*) filter (where t.status = 'DONE') as done, sum(t.target_workers) as target,
          coalesce(sum(r.registered), 0) as registered
     from outreach_task t
     left join (select task_id, sum(workers_registered) as registered from visit_report group by task_id) r
       on r.task_id = t.id
    where t.organization_id = $1 or t.assignee_org_id = $1
    group by 1, 2`,
      [f.bpjsOrgId],
    ),
  ]);
  return JSON.stringify({
    sources: sources.rows,
    coverage: coverage.rows,
    businesses: businesses.rows,
    trend: trend.rows,
    tasks: tasks.rows,
  });
}

export const OPERATIONS: readonly Operation[] = [
  {
    key: 'businesses',
    title: 'Businesses list: first page, district + sector, coverage counts',
    list: true,
    graphql: ({ staff }, f, requestId) =>
      staff.send(
        'Businesses',
        {
          first: PAGE,
          sort: 'NAME',
          descending: false,
          filter: { districtCode: f.districtCode, kbliSection: f.kbliSection },
        },
        requestId,
      ),
    async raw(pool, f) {
      const where = `b.organization_id = $1 and b.archived_at is null and b.district_code = $2 and b.kbli_section = $3`;
      const [page, total] = await Promise.all([
        pool.query<BusinessRow>(
          `select ${BUSINESS_COLUMNS} from business b left join business_counts c on c.business_id = b.id
            where ${where} order by b.name, b.id limit ${PAGE + 1}`,
          [f.regencyOrgId, f.districtCode, f.kbliSection],
        ),
        pool.query<{ n: string }>(`select count(*) as n from business b where ${where}`, [
          f.regencyOrgId,
          f.districtCode,
          f.kbliSection,
        ]),
      ]);
      return JSON.stringify({
        edges: page.rows.slice(0, PAGE).map(businessJson),
        hasNextPage: page.rows.length > PAGE,
        totalCount: Number(total.rows[0]?.n),
      });
    },
  },
  {
    key: 'workers',
    title: 'Workers list: name search, with their businesses',
    list: true,
    graphql: ({ staff }, f, requestId) =>
      staff.send('Workers', { first: PAGE, sort: 'NAME', descending: false, filter: { search: f.search } }, requestId),
    async raw(pool, f) {
      const where = `w.organization_id = $1 and w.archived_at is null and w.full_name ilike $2`;
      const params = [f.regencyOrgId, `%${f.search}%`];
      const [page, total] = await Promise.all([
        pool.query<Record<string, unknown> & { id: string }>(
          `select w.id, w.nik, w.full_name, w.sex, extract(year from w.birth_date)::int as birth_year,
                  w.occupation, w.worker_type, w.coverage_status, w.programmes
             from worker w where ${where} order by w.full_name, w.id limit ${PAGE + 1}`,
          params,
        ),
        pool.query<{ n: string }>(`select count(*) as n from worker w where ${where}`, params),
      ]);
      const ids = page.rows.slice(0, PAGE).map((r) => r.id);
      const employers = await pool.query<{ worker_id: string; id: string; name: string }>(
        `select e.worker_id, b.id, b.name from employment e join business b on b.id = e.business_id
          where e.organization_id = $1 and e.worker_id = any($2::uuid[])`,
        [f.regencyOrgId, ids],
      );
      return JSON.stringify({
        edges: page.rows.slice(0, PAGE).map((w) => ({
          ...w,
          id: globalId('Worker', w.id),
          businesses: employers.rows
            .filter((e) => e.worker_id === w.id)
            .map((e) => ({ id: globalId('Business', e.id), name: e.name })),
        })),
        hasNextPage: page.rows.length > PAGE,
        totalCount: Number(total.rows[0]?.n),
      });
    },
  },
  {
    key: 'tasks',
    title: 'Task board: first page of the BPJS office’s tasks, with progress',
    list: true,
    graphql: ({ bpjs }, _f, requestId) => bpjs.send('OutreachTasks', { first: PAGE }, requestId),
    async raw(pool, f) {
      const where = `(t.organization_id = $1 or t.assignee_org_id = $1)`;
      const [organizations, page, total] = await Promise.all([
        pool.query(`select id, kind, name from organization order by name limit 100`),
        pool.query(
          `select t.id, t.title, t.status, t.priority, t.due_on, t.target_workers, t.version,
                  c.id as creator_id, c.name as creator_name, a.id as assignee_id, a.name as assignee_name,
                  u.display_name as assignee_user_name,
                  (select coalesce(sum(r.workers_registered), 0) from visit_report r where r.task_id = t.id) as registered
             from outreach_task t
             join organization c on c.id = t.organization_id
             join organization a on a.id = t.assignee_org_id
             left join app_user u on u.id = t.assignee_user_id
            where ${where} order by t.due_on, t.id limit ${PAGE + 1}`,
          [f.bpjsOrgId],
        ),
        pool.query<{ n: string }>(`select count(*) as n from outreach_task t where ${where}`, [f.bpjsOrgId]),
      ]);
      return JSON.stringify({
        organizations: organizations.rows,
        edges: page.rows.slice(0, PAGE),
        hasNextPage: page.rows.length > PAGE,
        totalCount: Number(total.rows[0]?.n),
      });
    },
  },
  {
    key: 'dashboard',
    title: 'Dashboard: the whole province for the BPJS office (aggregates via agreements)',
    list: false,
    graphql: ({ bpjs }, _f, requestId) => bpjs.send('Dashboard', {}, requestId),
    raw: dashboardRaw,
  },
  {
    key: 'dashboardFiltered',
    title: 'Dashboard, a different filter each time (computed, never served again)',
    list: false,
    graphql: ({ bpjs }, _f, requestId) => bpjs.send('Dashboard', { filter: nextFilter() }, requestId),
    raw: (pool, f) => dashboardRaw(pool, f, nextRawFilter()),
  },
  {
    key: 'node',
    title: 'node(id:): one business with its coverage counts',
    list: false,
    graphql: ({ staff }, f, requestId) => staff.send('Business', { id: globalId('Business', f.businessId) }, requestId),
    async raw(pool, f) {
      const { rows } = await pool.query<BusinessRow>(
        `select ${BUSINESS_COLUMNS}, b.address, b.contact_name, b.contact_phone, b.cooperative_number, b.founded_year,
                b.archived_at, b.updated_at, b.version
           from business b left join business_counts c on c.business_id = b.id
          where b.id = $1 and b.organization_id = $2`,
        [f.businessId, f.regencyOrgId],
      );
      const row = rows[0];
      if (!row) throw new Error('no such business');
      return JSON.stringify({ node: { ...row, ...businessJson(row) } });
    },
  },
  {
    // Not a page of the issue's: the floor under every other row. The web client's Viewer query
    // reads nothing but the caller (begin, the session lookup, commit), so its cost is what HTTP,
    // Apollo, graphql-js and the request's transaction take before any data is read.
    key: 'viewer',
    title: 'Viewer: the caller only (the floor under every operation)',
    list: false,
    graphql: ({ staff }, _f, requestId) => staff.send('Viewer', {}, requestId),
    async raw(pool, f) {
      const { rows } = await pool.query(
        `select u.id, u.display_name, u.email, u.role, o.id as organization_id, o.kind, o.name, o.regency_code
           from app_user u join organization o on o.id = u.organization_id
          where u.email = $1 and o.id = $2`,
        [demoEmail('STAFF', 'sleman'), f.regencyOrgId],
      );
      if (!rows[0]) throw new Error('no such user');
      return JSON.stringify({ viewer: rows[0] });
    },
  },
];
