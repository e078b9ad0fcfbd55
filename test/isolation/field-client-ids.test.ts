import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE,
  closeOutreachWorld,
  day,
  MOVE,
  type OutreachWorld,
  openOutreachWorld,
  outreachTaskInput,
  type Task,
} from '../helpers/outreach-world';

/**
 * The client-made ids of offline field work (issue 18): a second delivery answers the first
 * record, within the sender's tenant only. Another tenant's id is never a way to reach, learn of
 * or change a record: for it the same id makes its own record (unique per tenant), or is refused
 * where it may not write at all.
 */
let world: OutreachWorld;
let task: Task;
let otherTask: Task;

const REPORT =
  'mutation($input: VisitReportInput!) { reportVisit(input: $input) { id peopleReached workersRegistered } }';
const WORKER =
  'mutation($input: WorkerFields!, $clientId: ID) { createWorker(input: $input, clientId: $clientId) { id fullName } }';
const OWN_BUSINESS = '{ businesses(first: 1) { edges { node { id } } } }';

async function accepted(title: string): Promise<Task> {
  const created = await world.bpjs.request<{ createOutreachTask: Task }>(CREATE, {
    input: outreachTaskInput(world, { title }),
  });
  const open = created.data?.createOutreachTask as Task;
  const moved = await world.bantulAdmin.request<{ transitionOutreachTask: Task }>(MOVE, {
    input: { id: open.id, expectedVersion: open.version, to: 'ACCEPTED' },
  });
  return moved.data?.transitionOutreachTask as Task;
}

function workerInput(businessId: string | undefined, nik: string, fullName: string) {
  return {
    businessIds: [businessId],
    nik,
    fullName,
    workerType: 'BPU',
    coverageStatus: 'NOT_ENROLLED',
    programmes: [],
  };
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const rows = await world.server.portal.database.ownerOrm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(sql, params);
  return Number(rows[0]?.n);
}

beforeAll(async () => {
  world = await openOutreachWorld();
  task = await accepted('Kunjungan lapangan tanpa sinyal');
  otherTask = await accepted('Kunjungan lapangan kedua');
});
afterAll(async () => closeOutreachWorld(world));

describe('a visit report sent twice', () => {
  it('is made once: the second delivery answers the first report, unchanged', async () => {
    const clientId = randomUUID();
    const input = { taskId: task.id, visitedOn: day(0), peopleReached: 9, workersRegistered: 2, clientId };
    const first = await world.bantulStaff.request<{ reportVisit: { id: string } }>(REPORT, { input });
    const again = await world.bantulStaff.request<{ reportVisit: { id: string; peopleReached: number } }>(REPORT, {
      input: { ...input, peopleReached: 99 },
    });
    expect(first.errors).toBeUndefined();
    expect(again.data?.reportVisit).toEqual({ ...first.data?.reportVisit, peopleReached: 9 });
    expect(await count('select count(*) as n from visit_report where client_id = ?', [clientId])).toBe(1);
  });

  it('is refused on another task, and for another tenant, which learns nothing of the first', async () => {
    const clientId = randomUUID();
    const input = { taskId: task.id, visitedOn: day(0), peopleReached: 3, workersRegistered: 0, clientId };
    expect((await world.bantulStaff.request(REPORT, { input })).errors).toBeUndefined();
    const elsewhere = await world.bantulStaff.request(REPORT, { input: { ...input, taskId: otherTask.id } });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'clientId', problem: 'DUPLICATE' }],
    });
    // Sleman is no party to the task: refused as for any report, the id changes nothing.
    const sleman = await world.sleman.request(REPORT, { input });
    expect(sleman.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    // The task's creator cannot report either, even with the assignee's id.
    const creator = await world.bpjs.request(REPORT, { input });
    expect(creator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count('select count(*) as n from visit_report where client_id = ?', [clientId])).toBe(1);
  });

  it('refuses an id that is not a UUID', async () => {
    const bad = await world.bantulStaff.request(REPORT, {
      input: { taskId: task.id, visitedOn: day(0), peopleReached: 1, workersRegistered: 0, clientId: 'satu' },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ problems: [{ field: 'clientId', problem: 'UNKNOWN_VALUE' }] });
  });
});

describe('a worker added in the field and sent twice', () => {
  it('is made once, and another tenant with the same id makes its own worker, never reaching the first', async () => {
    const clientId = randomUUID();
    const bantulBusiness = (
      await world.bantulStaff.request<{ businesses: { edges: { node: { id: string } }[] } }>(OWN_BUSINESS)
    ).data?.businesses.edges[0]?.node.id;
    const slemanBusiness = (
      await world.sleman.request<{ businesses: { edges: { node: { id: string } }[] } }>(OWN_BUSINESS)
    ).data?.businesses.edges[0]?.node.id;
    const input = workerInput(bantulBusiness, '3402121104929881', 'Tukiyem');
    const first = await world.bantulStaff.request<{ createWorker: { id: string } }>(WORKER, { input, clientId });
    const again = await world.bantulStaff.request<{ createWorker: { id: string } }>(WORKER, { input, clientId });
    expect(first.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
    expect(again.data?.createWorker.id).toBe(first.data?.createWorker.id);

    const sleman = await world.sleman.request<{ createWorker: { id: string; fullName: string } }>(WORKER, {
      input: workerInput(slemanBusiness, '3404121104929882', 'Paijo'),
      clientId,
    });
    expect(sleman.errors).toBeUndefined();
    expect(sleman.data?.createWorker.id).not.toBe(first.data?.createWorker.id);
    expect(sleman.data?.createWorker.fullName).toBe('Paijo');
    expect(await count('select count(*) as n from worker where client_id = ?', [clientId])).toBe(2);
    // Under row-level security, each tenant's connection sees its own one.
    await world.app.query('begin');
    await world.app.query(`select set_config('app.tenant_id', $1, true)`, [world.orgs.sleman?.id]);
    const seen = await world.app.query('select full_name from worker where client_id = $1', [clientId]);
    await world.app.query('rollback');
    expect(seen.rows).toEqual([{ full_name: 'Paijo' }]);
  });
});
