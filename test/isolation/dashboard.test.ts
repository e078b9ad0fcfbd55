import { protectCount, ROUNDING_BASE } from '@jamsos/schema';
import { Organization } from '@jamsos/server/modules/organization/organization.entity';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAsAppRole } from '../helpers/database';
import { errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * The dashboard: its figures equal counts over the rows (the summary cells are right, and stay
 * right after edits in the same transaction); each tenant sees its own figures, the BPJS office
 * the granting partners' aggregates and nothing else; the cells are under row-level security.
 */
let server: TestServer;
let orgs: Record<string, { id: string; globalId: string }>;
let owner: pg.Client;
let app: pg.Client;

const DASHBOARD = `query($filter: DashboardFilter) { dashboard(filter: $filter) {
  sources { id name own }
  totals { businesses coveredBusinesses workers enrolled lapsed coverageRate }
  bySource { key label workers enrolled }
  byRegency { key label businesses workers enrolled coverageRate }
  byDistrict { key workers enrolled } bySector { key label workers enrolled }
  bySizeClass { key businesses workers enrolled } byLegalForm { key workers enrolled }
  byWorkerType { key businesses workers enrolled }
  enrolmentTrend { month enrolled cumulative }
  programmeMix { programme workers share }
  taskProgress { key label open overdue done targetWorkers registeredWorkers } } }`;

interface Figure {
  key: string;
  label: string;
  businesses: number | null;
  workers: number;
  enrolled: number;
}
interface Dashboard {
  sources: { id: string; name: string; own: boolean }[];
  totals: Figure & { coveredBusinesses: number; lapsed: number; coverageRate: number };
  bySource: Figure[];
  byRegency: Figure[];
  byDistrict: Figure[];
  bySector: Figure[];
  bySizeClass: Figure[];
  byLegalForm: Figure[];
  byWorkerType: Figure[];
  enrolmentTrend: { month: string; enrolled: number; cumulative: number }[];
  programmeMix: { programme: string; workers: number; share: number }[];
  taskProgress: { key: string; open: number; done: number }[];
}

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0.05' });
  const all = await server.portal.database.ownerOrm.em.fork().find(Organization, {});
  orgs = Object.fromEntries(
    all.map((o) => [o.code, { id: o.id, globalId: Buffer.from(`Organization:${o.id}`).toString('base64url') }]),
  );
  owner = new pg.Client({ connectionString: server.database.url });
  await owner.connect();
  app = await connectAsAppRole(server.database.url);
});
afterAll(async () => {
  await Promise.all([owner?.end(), app?.end()]);
  await server?.stop();
});

async function dashboardOf(client: GraphQLClient, filter: Record<string, unknown> = {}): Promise<Dashboard> {
  const result = await client.request<{ dashboard: Dashboard }>(DASHBOARD, { filter });
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no dashboard');
  return result.data.dashboard;
}

/** The same figures counted from the rows, as the owner (no RLS), for some tenants. */
async function fromRows(codes: string[], extra = 'true', workerExtra = 'true') {
  const ids = codes.map((c) => orgs[c]?.id);
  const { rows } = await owner.query<{ workers: number; enrolled: number; businesses: number }>(
    `select (select count(distinct w.id) from employment e join worker w on w.id = e.worker_id
               join business b on b.id = e.business_id
              where b.organization_id = any($1) and w.archived_at is null and b.archived_at is null
                and ${extra} and ${workerExtra})::int as workers,
            (select count(distinct w.id) from employment e join worker w on w.id = e.worker_id
               join business b on b.id = e.business_id
              where b.organization_id = any($1) and w.archived_at is null and b.archived_at is null
                and w.coverage_status = 'ENROLLED' and ${extra} and ${workerExtra})::int as enrolled,
            (select count(*) from business b where b.organization_id = any($1) and b.archived_at is null and ${extra})::int as businesses`,
    [ids],
  );
  return rows[0];
}

describe('dashboard figures', () => {
  it('equal the counts over the rows, in total and per group, and the groups add up', async () => {
    const sleman = await new GraphQLClient(server.url).loginAs('VIEWER', 'sleman');
    const d = await dashboardOf(sleman);
    expect(d.sources).toEqual([{ id: orgs.sleman?.globalId, name: 'Pemerintah Kabupaten Sleman', own: true }]);
    const rows = await fromRows(['sleman']);
    expect(rows?.workers).toBeGreaterThan(50);
    expect(d.totals).toMatchObject({ workers: rows?.workers, enrolled: rows?.enrolled, businesses: rows?.businesses });
    // A person counts once in the totals; a breakdown by a business attribute holds a person with
    // employers in two groups in each (so its groups may add up to more), one by worker type not.
    for (const groups of [d.byRegency, d.byDistrict, d.bySector, d.bySizeClass, d.byLegalForm]) {
      expect(groups.reduce((sum, g) => sum + g.workers, 0)).toBeGreaterThanOrEqual(d.totals.workers);
      expect(groups.reduce((sum, g) => sum + g.enrolled, 0)).toBeGreaterThanOrEqual(d.totals.enrolled);
    }
    expect(d.byWorkerType.reduce((sum, g) => sum + g.workers, 0)).toBe(d.totals.workers);
    expect(d.bySector.reduce((sum, g) => sum + g.workers, 0)).toBeGreaterThan(d.totals.workers);
    const micro = d.bySizeClass.find((g) => g.key === 'MIKRO');
    const microRows = await fromRows(['sleman'], "b.size_class = 'MIKRO'");
    expect(micro).toMatchObject({ workers: microRows?.workers, businesses: microRows?.businesses });
    // Filters narrow every figure alike.
    const filtered = await dashboardOf(sleman, { sizeClass: 'MIKRO', workerType: 'PU' });
    const puRows = await fromRows(['sleman'], "b.size_class = 'MIKRO'", "w.worker_type = 'PU'");
    expect(filtered.totals.workers).toBe(puRows?.workers);
    expect(filtered.bySizeClass.map((g) => g.key)).toEqual(['MIKRO']);
    expect(filtered.byWorkerType.map((g) => g.key)).toEqual(['PU']);
    // The trend is narrowed too: a month's enrolments are the filtered rows' only.
    const busiest = [...filtered.enrolmentTrend].sort((a, b) => b.enrolled - a.enrolled)[0];
    const { rows: monthRows } = await owner.query<{ n: number }>(
      `select count(distinct w.id)::int as n from employment e join worker w on w.id = e.worker_id
         join business b on b.id = e.business_id
        where b.organization_id = $1 and w.archived_at is null and b.archived_at is null
          and w.coverage_status = 'ENROLLED' and to_char(w.enrolled_on, 'YYYY-MM') = $2
          and b.size_class = 'MIKRO' and w.worker_type = 'PU'`,
      [orgs.sleman?.id, busiest?.month],
    );
    expect(busiest?.enrolled).toBeGreaterThan(0);
    expect(busiest?.enrolled).toBe(monthRows[0]?.n);
    expect(d.enrolmentTrend.find((m) => m.month === busiest?.month)?.enrolled).toBeGreaterThan(busiest?.enrolled ?? 0);
    // JKK and JKM come with every enrolment; the trend ends at the enrolled total.
    expect(d.programmeMix.find((p) => p.programme === 'JKK')?.workers).toBe(d.totals.enrolled);
    expect(d.enrolmentTrend.at(-1)?.cumulative).toBe(d.totals.enrolled);
    // Each month's running total is every enrolment up to the end of that month, counted from the
    // rows (the trend reads only its window of months and derives the rest from the total).
    expect(d.enrolmentTrend.length).toBeGreaterThan(3);
    for (const month of [d.enrolmentTrend[0], d.enrolmentTrend.at(-3)]) {
      const { rows } = await owner.query<{ n: number }>(
        `select count(distinct w.id)::int as n from employment e join worker w on w.id = e.worker_id
           join business b on b.id = e.business_id
          where b.organization_id = $1 and w.archived_at is null and b.archived_at is null
            and w.coverage_status = 'ENROLLED' and w.enrolled_on < ($2 || '-01')::date + interval '1 month'`,
        [orgs.sleman?.id, month?.month],
      );
      expect(month?.cumulative).toBe(rows[0]?.n);
    }
  });

  it('change in the same transaction as an edit, and only the caller’s', async () => {
    const staff = await new GraphQLClient(server.url).loginAs('STAFF', 'sleman');
    const before = await dashboardOf(staff);
    const bantulBefore = await dashboardOf(await new GraphQLClient(server.url).loginAs('VIEWER', 'bantul'));
    const list = await staff.request<{
      businesses: { edges: { node: { id: string; version: number; workerCount: number; enrolledCount: number } }[] };
    }>(
      '{ businesses(first: 50, sort: WORKER_COUNT, descending: true) { edges { node { id version workerCount enrolledCount } } } }',
    );
    const biggest = list.data?.businesses.edges[0]?.node;
    expect(biggest?.workerCount).toBeGreaterThan(0);
    const archived = await staff.request(
      'mutation($input: VersionedIdInput!) { archiveBusiness(input: $input) { id } }',
      { input: { id: biggest?.id, expectedVersion: biggest?.version } },
    );
    expect(archived.errors).toBeUndefined();
    const after = await dashboardOf(staff);
    expect(after.totals.businesses).toBe((before.totals.businesses ?? 0) - 1);
    // Its workers leave the figures, except those who also work for another business.
    expect(after.totals.workers).toBeLessThan(before.totals.workers);
    expect(after.totals.workers).toBeGreaterThanOrEqual(before.totals.workers - (biggest?.workerCount ?? 0));
    const rows = await fromRows(['sleman']);
    expect(after.totals).toMatchObject({ workers: rows?.workers, enrolled: rows?.enrolled });
    expect((await dashboardOf(await new GraphQLClient(server.url).loginAs('VIEWER', 'bantul'))).totals).toEqual(
      bantulBefore.totals,
    );
  });
});

describe('dashboard isolation', () => {
  it('gives each registry tenant its own figures only', async () => {
    const bantul = await dashboardOf(await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul'));
    expect(bantul.sources.map((s) => s.id)).toEqual([orgs.bantul?.globalId]);
    expect(bantul.byRegency.map((g) => g.key)).toEqual(['34.02']);
    const rows = await fromRows(['bantul']);
    expect(bantul.totals.workers).toBe(rows?.workers);
  });

  it('gives the BPJS office the granting partners’ aggregates, and refuses a source it holds no agreement from', async () => {
    const bpjs = await new GraphQLClient(server.url).loginAs('VIEWER', 'bpjs-yogyakarta');
    const d = await dashboardOf(bpjs);
    const { rows: grantors } = await owner.query<{ code: string }>(
      `select distinct o.code from agreement a join organization o on o.id = a.organization_id
        where a.grantee_id = $1 and a.revoked_at is null and current_date between a.valid_from and a.valid_until`,
      [orgs['bpjs-yogyakarta']?.id],
    );
    expect(grantors.length).toBeGreaterThan(3);
    expect(
      d.sources
        .filter((s) => !s.own)
        .map((s) => s.id)
        .sort(),
    ).toEqual(grantors.map((g) => orgs[g.code]?.globalId).sort());
    const rows = await fromRows(grantors.map((g) => g.code));
    // Partners' people: rounded to 5, small groups suppressed (test/isolation/privacy.test.ts).
    expect(d.totals.workers).toBe(protectCount(rows?.workers ?? 0));
    expect(Math.abs(d.bySource.reduce((sum, s) => sum + s.workers, 0) - d.totals.workers)).toBeLessThanOrEqual(
      (ROUNDING_BASE / 2) * (d.bySource.length + 1),
    );
    // One source at a time, and only one it was granted.
    const slemanOnly = await dashboardOf(bpjs, { sourceId: orgs.sleman?.globalId });
    expect(slemanOnly.totals.workers).toBe(protectCount((await fromRows(['sleman']))?.workers ?? 0));
    const sleman = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
    const refused = await sleman.request(DASHBOARD, { filter: { sourceId: orgs.bantul?.globalId } });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    // Still no row: aggregates are not a way to the workers.
    const workers = await bpjs.request<{ workers: { totalCount: number } }>('{ workers { totalCount } }');
    expect(workers.data?.workers.totalCount ?? 0).toBe(0);
  });

  it('keeps the cells under row-level security: no foreign read without an agreement, no foreign write', async () => {
    const asTenant = async <T>(code: string, work: () => Promise<T>): Promise<T> => {
      await app.query('begin');
      try {
        await app.query(`select set_config('app.tenant_id', $1, true)`, [orgs[code]?.id]);
        return await work();
      } finally {
        await app.query('rollback');
      }
    };
    for (const table of ['coverage_cell', 'business_cell', 'enrolment_cell', 'shared_cell']) {
      const foreign = await asTenant('bantul', () =>
        app.query(`select count(*)::int as n from ${table} where organization_id <> $1`, [orgs.bantul?.id]),
      );
      expect(foreign.rows[0].n).toBe(0);
      const granted = await asTenant('bpjs-yogyakarta', () =>
        app.query(`select count(*)::int as n from ${table} where organization_id = $1`, [orgs.sleman?.id]),
      );
      // All of a granting partner's cells (shared_cell may have none at this scale).
      const all = await owner.query(`select count(*)::int as n from ${table} where organization_id = $1`, [
        orgs.sleman?.id,
      ]);
      expect(granted.rows[0].n).toBe(all.rows[0].n);
      if (table !== 'shared_cell') expect(granted.rows[0].n).toBeGreaterThan(0);
      const deleted = await asTenant('bpjs-yogyakarta', () =>
        app.query(`delete from ${table} where organization_id = $1`, [orgs.sleman?.id]),
      );
      expect(deleted.rowCount).toBe(0);
    }
    await expect(
      asTenant('bantul', () =>
        app.query(`insert into business_cell values ($1, '34.04', '34.04.01', 'G', 'MIKRO', 'UMKM', 1000, 1000)`, [
          orgs.sleman?.id,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
