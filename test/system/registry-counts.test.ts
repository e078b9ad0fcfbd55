import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAsAppRole } from '../helpers/database';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * The registry totals the database keeps (registry_count, issue 19): an unfiltered list's
 * totalCount is read from them instead of counting the rows, so they must equal the rows' count
 * after every kind of change — creations (also concurrent ones), archiving, restoring, deleting —
 * and be readable by no other tenant.
 */
let server: TestServer;
let owner: pg.Client;
let app: pg.Client;
let staff: GraphQLClient;

const LISTS = `{ workers(first: 1) { totalCount } archivedWorkers: workers(first: 1, filter: { archived: true }) { totalCount }
  businesses(first: 1) { totalCount } archivedBusinesses: businesses(first: 1, filter: { archived: true }) { totalCount } }`;
type Lists = Record<'workers' | 'archivedWorkers' | 'businesses' | 'archivedBusinesses', { totalCount: number }>;

/** Every tenant's kept totals against its rows' counts (as the owner: no row-level security). */
async function keptAgainstCounted() {
  const { rows } = await owner.query(`select o.code,
      coalesce(c.workers, 0) as workers, coalesce(c.archived_workers, 0) as archived_workers,
      coalesce(c.businesses, 0) as businesses, coalesce(c.archived_businesses, 0) as archived_businesses,
      (select count(*)::int from worker w where w.organization_id = o.id and w.archived_at is null) as counted_workers,
      (select count(*)::int from worker w where w.organization_id = o.id and w.archived_at is not null) as counted_archived_workers,
      (select count(*)::int from business b where b.organization_id = o.id and b.archived_at is null) as counted_businesses,
      (select count(*)::int from business b where b.organization_id = o.id and b.archived_at is not null) as counted_archived_businesses
    from organization o left join registry_count c on c.organization_id = o.id order by o.code`);
  for (const r of rows) {
    expect(
      [r.code, r.workers, r.archived_workers, r.businesses, r.archived_businesses],
      `registry_count of ${r.code}`,
    ).toEqual([
      r.code,
      r.counted_workers,
      r.counted_archived_workers,
      r.counted_businesses,
      r.counted_archived_businesses,
    ]);
  }
  return rows;
}

async function lists(): Promise<Lists> {
  const result = await staff.request<Lists>(LISTS);
  expect(result.errors).toBeUndefined();
  return result.data as Lists;
}

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0.05' });
  owner = new pg.Client({ connectionString: server.database.url });
  await owner.connect();
  app = await connectAsAppRole(server.database.url);
  staff = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
});
afterAll(async () => {
  await owner?.end();
  await app?.end();
  await server?.stop();
});

describe('the kept registry totals', () => {
  it('equal the rows after seeding, and are what the unfiltered lists answer', async () => {
    const rows = await keptAgainstCounted();
    const bantul = rows.find((r) => r.code === 'bantul');
    expect(bantul.workers).toBeGreaterThan(0);
    expect(await lists()).toEqual({
      workers: { totalCount: bantul.workers },
      archivedWorkers: { totalCount: bantul.archived_workers },
      businesses: { totalCount: bantul.businesses },
      archivedBusinesses: { totalCount: bantul.archived_businesses },
    });
  });

  it('follow creations (concurrent ones too), archiving, restoring and deleting', async () => {
    const before = await lists();
    const created = await staff.request<{ createBusiness: { id: string } }>(
      `mutation($input: BusinessFields!) { createBusiness(input: $input) { id } }`,
      {
        input: {
          legalForm: 'UMKM',
          name: 'Warung Hitung',
          kbliSection: 'C',
          sizeClass: 'MIKRO',
          regency: 'Bantul',
          district: 'Banguntapan',
          address: 'Jl. Parangtritis',
          contactPhone: '0812 2345 6789',
        },
      },
    );
    const businessId = created.data?.createBusiness.id as string;
    expect(businessId).toBeTruthy();
    // Ten workers at once, from separate requests (each its own transaction).
    const workers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        staff.request<{ createWorker: { id: string } }>(
          `mutation($input: WorkerFields!) { createWorker(input: $input) { id } }`,
          {
            input: {
              businessIds: [businessId],
              nik: `34021247098500${String(30 + i)}`,
              fullName: `Pekerja Hitung ${i}`,
              workerType: 'PU',
              coverageStatus: 'NOT_ENROLLED',
              programmes: [],
            },
          },
        ),
      ),
    );
    const ids = workers.map((w) => w.data?.createWorker.id as string);
    expect(ids.every(Boolean), JSON.stringify(workers.map((w) => w.errors))).toBe(true);
    await keptAgainstCounted();
    const archived = await staff.request(
      'mutation($id: ID!) { archiveWorker(input: { id: $id, expectedVersion: 1 }) { id } }',
      { id: ids[0] },
    );
    expect(archived.errors).toBeUndefined();
    await staff.request('mutation($id: ID!) { archiveBusiness(input: { id: $id, expectedVersion: 1 }) { id } }', {
      id: businessId,
    });
    expect(await lists()).toEqual({
      workers: { totalCount: before.workers.totalCount + 9 },
      archivedWorkers: { totalCount: before.archivedWorkers.totalCount + 1 },
      businesses: { totalCount: before.businesses.totalCount },
      archivedBusinesses: { totalCount: before.archivedBusinesses.totalCount + 1 },
    });
    await staff.request('mutation($id: ID!) { restoreWorker(input: { id: $id, expectedVersion: 2 }) { id } }', {
      id: ids[0],
    });
    await keptAgainstCounted();
    // A deletion (retention, an operator's clean-up) is counted out as well.
    const rowIds = ids.slice(0, 3).map((id) => Buffer.from(id, 'base64url').toString().split(':')[1]);
    await owner.query('delete from employment where worker_id = any($1::uuid[])', [rowIds]);
    await owner.query('delete from worker where id = any($1::uuid[])', [rowIds]);
    await keptAgainstCounted();
    expect((await lists()).workers.totalCount).toBe(before.workers.totalCount + 7);
  });

  it('are readable by their own tenant only (row-level security)', async () => {
    const { rows: orgs } = await owner.query<{ id: string; code: string }>('select id, code from organization');
    const bantul = orgs.find((o) => o.code === 'bantul')?.id;
    await app.query('begin');
    try {
      await app.query(`select set_config('app.tenant_id', $1, true)`, [bantul]);
      const { rows } = await app.query<{ organization_id: string }>('select organization_id from registry_count');
      expect(rows.map((r) => r.organization_id)).toEqual([bantul]);
      const written = await app.query(`update registry_count set workers = 0 where organization_id <> $1`, [bantul]);
      expect(written.rowCount).toBe(0);
    } finally {
      await app.query('rollback');
    }
    await app.query('begin');
    try {
      await app.query(`select set_config('app.tenant_id', '', true)`);
      expect((await app.query('select * from registry_count')).rows).toEqual([]);
    } finally {
      await app.query('rollback');
    }
  });
});
