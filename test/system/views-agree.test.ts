import { DEMO_TENANTS, protectCount } from '@jamsos/schema';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * "Views agree" (issue 15, "two totals for one thing"): a person counts once in every total a
 * person reads. For every tenant and a handful of filters, the dashboard's totals equal the
 * lists' totalCounts (workers, enrolled, businesses); and the BPJS office's per-source figures
 * equal each source's own dashboard. The demo registry has workers employed by two businesses,
 * some of them in two sectors or regencies, which the dashboard used to count twice.
 */

let server: TestServer;

interface Filter {
  regencyCode?: string;
  districtCode?: string;
  kbliSection?: string;
  sizeClass?: string;
  legalForm?: string;
  workerType?: string;
}

interface Figure {
  key: string;
  workers: number;
  enrolled: number;
  businesses: number | null;
  coverageRate: number;
}

const DASHBOARD = `query($filter: DashboardFilter) { dashboard(filter: $filter) {
  sources { id own } totals { workers enrolled businesses coverageRate }
  bySource { key workers enrolled businesses coverageRate } } }`;
const LISTS = `query($workers: WorkerFilter, $enrolled: WorkerFilter, $businesses: BusinessFilter) {
  workers(first: 0, filter: $workers) { totalCount }
  enrolled: workers(first: 0, filter: $enrolled) { totalCount }
  businesses(first: 0, filter: $businesses) { totalCount } }`;

interface DashboardAnswer {
  dashboard: { sources: { id: string; own: boolean }[]; totals: Figure; bySource: Figure[] };
}

async function ownDashboard(client: GraphQLClient, filter: Filter): Promise<DashboardAnswer['dashboard']> {
  const all = await client.request<DashboardAnswer>(DASHBOARD, { filter });
  expect(all.errors).toBeUndefined();
  const own = all.data?.dashboard.sources.find((s) => s.own);
  // The caller's own data only (a regency also sees what its partners granted it).
  const result = await client.request<DashboardAnswer>(DASHBOARD, { filter: { ...filter, sourceId: own?.id } });
  expect(result.errors).toBeUndefined();
  return result.data?.dashboard as DashboardAnswer['dashboard'];
}

/** Filters worth comparing: none, the tenant's busiest regency, sector, size class, worker type, and a mix. */
async function filtersFor(databaseUrl: string, tenantCode: string): Promise<Filter[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ regency_code: string; district_code: string; kbli_section: string }>(
      `select b.regency_code, b.district_code, b.kbli_section
         from business b join organization o on o.id = b.organization_id
         join employment e on e.business_id = b.id
        where o.code = $1 and b.archived_at is null
        group by 1, 2, 3 order by count(*) desc limit 1`,
      [tenantCode],
    );
    const top = rows[0];
    if (!top) return [{}];
    return [
      {},
      { regencyCode: top.regency_code },
      { districtCode: top.district_code },
      { kbliSection: top.kbli_section },
      { sizeClass: 'MIKRO' },
      { workerType: 'BPU' },
      { regencyCode: top.regency_code, kbliSection: top.kbli_section, workerType: 'PU' },
      { legalForm: 'KOPERASI' },
    ];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0.05' });
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

describe('views agree', () => {
  it('the demo registry has people with two employers in different sectors (what this test is about)', async () => {
    const client = new pg.Client({ connectionString: server.database.url });
    await client.connect();
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from (
         select e.worker_id from employment e join business b on b.id = e.business_id
          group by e.worker_id having count(distinct b.kbli_section) > 1) x`,
    );
    await client.end();
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
  });

  for (const tenant of DEMO_TENANTS.map((t) => t.code)) {
    it(`${tenant}: dashboard totals equal the lists' totalCounts, with filters`, async () => {
      const admin = await new GraphQLClient(server.url).loginAs('ADMIN', tenant);
      for (const filter of await filtersFor(server.database.url, tenant)) {
        const { workerType, ...businessFilter } = filter;
        const dashboard = await ownDashboard(admin, filter);
        const lists = await admin.request<{
          workers: { totalCount: number };
          enrolled: { totalCount: number };
          businesses: { totalCount: number };
        }>(LISTS, {
          workers: filter,
          enrolled: { ...filter, coverageStatus: 'ENROLLED' },
          businesses: businessFilter,
        });
        expect(lists.errors).toBeUndefined();
        const seen = {
          filter,
          workers: dashboard.totals.workers,
          enrolled: dashboard.totals.enrolled,
          businesses: workerType ? null : dashboard.totals.businesses,
          coverageRate: dashboard.totals.coverageRate,
        };
        const workers = lists.data?.workers.totalCount ?? 0;
        const enrolled = lists.data?.enrolled.totalCount ?? 0;
        expect(seen).toEqual({
          filter,
          workers,
          enrolled,
          businesses: workerType ? null : lists.data?.businesses.totalCount,
          coverageRate: workers > 0 ? enrolled / workers : 0,
        });
      }
    }, 120_000);
  }

  it('still agree after the employer of a shared worker is archived and restored, and moved to another sector', async () => {
    const db = new pg.Client({ connectionString: server.database.url });
    await db.connect();
    const { rows } = await db.query<{ business_id: string }>(
      `select e.business_id from employment e join business b on b.id = e.business_id
         join organization o on o.id = b.organization_id
        where o.code = 'bantul' and e.worker_id in (select worker_id from employment group by 1 having count(*) > 1)
        limit 1`,
    );
    await db.end();
    const businessId = rows[0]?.business_id;
    expect(businessId).toBeDefined();
    const staff = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
    const id = Buffer.from(`Business:${businessId}`).toString('base64url');
    const agree = async () => {
      for (const filter of await filtersFor(server.database.url, 'bantul')) {
        const dashboard = await ownDashboard(staff, filter);
        const lists = await staff.request<{ workers: { totalCount: number }; enrolled: { totalCount: number } }>(
          LISTS,
          { workers: filter, enrolled: { ...filter, coverageStatus: 'ENROLLED' }, businesses: {} },
        );
        expect({ filter, workers: dashboard.totals.workers, enrolled: dashboard.totals.enrolled }).toEqual({
          filter,
          workers: lists.data?.workers.totalCount,
          enrolled: lists.data?.enrolled.totalCount,
        });
      }
    };
    const read = await staff.request<{ node: { version: number; kbliSection: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Business { version kbliSection } } }',
      { id },
    );
    const archived = await staff.request<{ archiveBusiness: { version: number } }>(
      'mutation($input: VersionedIdInput!) { archiveBusiness(input: $input) { version } }',
      { input: { id, expectedVersion: read.data?.node.version } },
    );
    expect(archived.errors).toBeUndefined();
    // (While archived, its workers with no other employer are in the list and not in the
    // dashboard, which counts the workers of live businesses: compared after the restore.)
    const restored = await staff.request<{ restoreBusiness: { version: number } }>(
      'mutation($input: VersionedIdInput!) { restoreBusiness(input: $input) { version } }',
      { input: { id, expectedVersion: archived.data?.archiveBusiness.version } },
    );
    expect(restored.errors).toBeUndefined();
    await agree();
    // Another sector: the worker's two employers now lie in different cells (or the same).
    const db2 = new pg.Client({ connectionString: server.database.url });
    await db2.connect();
    await db2.query(
      `update business set kbli_section = case when kbli_section = 'C' then 'G' else 'C' end where id = $1`,
      [businessId],
    );
    await db2.end();
    await agree();
  }, 120_000);

  it('say how many people in the totals work for several businesses (the web notes it beside breakdowns)', async () => {
    const db = new pg.Client({ connectionString: server.database.url });
    await db.connect();
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from (
         select e.worker_id from employment e join business b on b.id = e.business_id and b.archived_at is null
           join worker w on w.id = e.worker_id and w.archived_at is null
           join organization o on o.id = b.organization_id
          where o.code = 'gunungkidul' group by 1 having count(*) > 1) x`,
    );
    await db.end();
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'gunungkidul');
    const result = await admin.request<{ dashboard: { workersWithSeveralEmployers: number } }>(
      '{ dashboard { workersWithSeveralEmployers } }',
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
    expect(result.data?.dashboard.workersWithSeveralEmployers).toBe(rows[0]?.n);
  });

  it("BPJS's per-source figures equal each source's own dashboard, with filters", async () => {
    const bpjs = await new GraphQLClient(server.url).loginAs('ADMIN', 'bpjs-yogyakarta');
    const codes = new Map<string, string>();
    const orgs = await bpjs.request<{ organizations: { edges: { node: { id: string; code: string } }[] } }>(
      '{ organizations(first: 100) { edges { node { id code } } } }',
    );
    for (const { node } of orgs.data?.organizations.edges ?? []) codes.set(node.id, node.code);
    const viewers = new Map<string, GraphQLClient>();
    const viewerOf = async (code: string) => {
      const known = viewers.get(code);
      if (known) return known;
      const client = await new GraphQLClient(server.url).loginAs('VIEWER', code);
      viewers.set(code, client);
      return client;
    };
    let compared = 0;
    for (const filter of await filtersFor(server.database.url, 'bantul')) {
      const province = await bpjs.request<DashboardAnswer>(DASHBOARD, { filter });
      expect(province.errors).toBeUndefined();
      const figures = province.data?.dashboard.bySource ?? [];
      expect(figures.length).toBeGreaterThan(0);
      let sum = 0;
      for (const figure of figures) {
        const code = codes.get(figure.key);
        expect(code).toBeDefined();
        const own = await ownDashboard(await viewerOf(code ?? ''), filter);
        expect({ source: code, filter, workers: figure.workers, enrolled: figure.enrolled }).toEqual({
          source: code,
          filter,
          // Another tenant's people: small groups suppressed, the rest rounded (docs/privacy.md).
          workers: protectCount(own.totals.workers),
          enrolled: protectCount(own.totals.enrolled),
        });
        sum += own.totals.workers;
        compared += 1;
      }
      // No person is in two tenants' registries: the province's total is the sum of its sources'.
      expect(province.data?.dashboard.totals.workers).toBe(protectCount(sum));
    }
    expect(compared).toBeGreaterThan(8);
  }, 300_000);
});
