import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { closeOutreachWorld, type OutreachWorld, openOutreachWorld } from '../helpers/outreach-world';

/**
 * A worker's interest in enrolment, marked in the field (issue 18): idempotent by the phone's id,
 * for the owning tenant's staff and admins only. Another tenant cannot mark the worker (by its id
 * or by the id the phone gave it), nor see the mark in its lists or under row-level security.
 */
let world: OutreachWorld;
let viewer: GraphQLClient;
let worker: { id: string };
const workerClientId = randomUUID();

const MARK =
  'mutation($input: MarkEnrolmentInterestInput!) { markEnrolmentInterest(input: $input) { id enrolmentInterestAt } }';
const WORKER =
  'mutation($input: WorkerFields!, $clientId: ID) { createWorker(input: $input, clientId: $clientId) { id } }';
const INTERESTED = '{ workers(filter: { enrolmentInterest: true }) { totalCount edges { node { id fullName } } } }';
const OWN_BUSINESS = '{ businesses(first: 1) { edges { node { id } } } }';

async function rows(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  return world.server.portal.database.ownerOrm.em.fork().getConnection().execute(sql, params);
}

beforeAll(async () => {
  world = await openOutreachWorld();
  viewer = await new GraphQLClient(world.server.url).loginAs('VIEWER', 'bantul');
  const business = (
    await world.bantulStaff.request<{ businesses: { edges: { node: { id: string } }[] } }>(OWN_BUSINESS)
  ).data?.businesses.edges[0]?.node.id;
  const created = await world.bantulStaff.request<{ createWorker: { id: string } }>(WORKER, {
    input: {
      businessIds: [business],
      nik: '3402121104929883',
      fullName: 'Sukinah Minat',
      workerType: 'BPU',
      coverageStatus: 'NOT_ENROLLED',
      programmes: [],
    },
    clientId: workerClientId,
  });
  expect(created.errors).toBeUndefined();
  worker = created.data?.createWorker as { id: string };
});
afterAll(async () => closeOutreachWorld(world));

describe('marking a worker interested in enrolment', () => {
  it('is refused to another tenant, by the worker id or the phone’s id, and changes nothing', async () => {
    const byId = await world.sleman.request(MARK, { input: { workerId: worker.id, clientId: randomUUID() } });
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byClientId = await world.sleman.request(MARK, { input: { workerClientId, clientId: randomUUID() } });
    expect(byClientId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const denied = await viewer.request(MARK, { input: { workerId: worker.id, clientId: randomUUID() } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows('select enrolment_interest_at from worker where client_id = ?', [workerClientId])).toEqual([
      { enrolment_interest_at: null },
    ]);
  });

  it('is made once by the owner, sent twice, and audited once', async () => {
    const clientId = randomUUID();
    const first = await world.bantulStaff.request<{ markEnrolmentInterest: { enrolmentInterestAt: string } }>(MARK, {
      input: { workerClientId, clientId },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.markEnrolmentInterest.enrolmentInterestAt).toBeTruthy();
    const again = await world.bantulStaff.request<{ markEnrolmentInterest: { enrolmentInterestAt: string } }>(MARK, {
      input: { workerClientId, clientId },
    });
    expect(again.data?.markEnrolmentInterest).toEqual(first.data?.markEnrolmentInterest);
    // Another phone marking the same worker: the first mark stays.
    const other = await world.bantulAdmin.request<{ markEnrolmentInterest: { enrolmentInterestAt: string } }>(MARK, {
      input: { workerId: worker.id, clientId: randomUUID() },
    });
    expect(other.data?.markEnrolmentInterest).toEqual(first.data?.markEnrolmentInterest);
    const audits = await rows(
      "select count(*)::int as n from audit_entry where action = 'worker.enrolmentInterest'",
      [],
    );
    expect(audits).toEqual([{ n: 1 }]);
  });

  it('is seen by its own tenant only, in the list and under row-level security', async () => {
    const own = await world.bantulStaff.request<{ workers: { edges: { node: { id: string } }[] } }>(INTERESTED);
    expect(own.data?.workers.edges.map((e) => e.node.id)).toEqual([worker.id]);
    const sleman = await world.sleman.request<{ workers: { totalCount: number } }>(INTERESTED);
    expect(sleman.data?.workers.totalCount).toBe(0);
    const seen = await world.sleman.request<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', {
      id: worker.id,
    });
    expect(seen.data?.node ?? null).toBeNull();
    await world.app.query('begin');
    await world.app.query(`select set_config('app.tenant_id', $1, true)`, [world.orgs.sleman?.id]);
    const underRls = await world.app.query('select id from worker where enrolment_interest_at is not null');
    await world.app.query('rollback');
    expect(underRls.rows).toEqual([]);
  });

  it('refuses a mark without a client id or a worker', async () => {
    const bad = await world.bantulStaff.request(MARK, { input: { workerId: worker.id, clientId: 'satu' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ problems: [{ field: 'clientId', problem: 'UNKNOWN_VALUE' }] });
    const none = await world.bantulStaff.request(MARK, { input: { clientId: randomUUID() } });
    expect(none.errors?.[0]?.extensions).toMatchObject({ problems: [{ field: 'workerId', problem: 'REQUIRED' }] });
  });
});
