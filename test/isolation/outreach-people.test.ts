import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../helpers/graphql-client';
import {
  CREATE,
  closeOutreachWorld,
  type OutreachWorld,
  openOutreachWorld,
  outreachTaskInput,
  type Task,
} from '../helpers/outreach-world';
import type { TestServer } from '../helpers/server';

/**
 * The assignee's people and a task: who may be handed one (never a viewer or a deactivated
 * account), and who is told when it is overdue (its admins, once). The tenants' isolation around
 * a task: outreach.test.ts.
 */
let world: OutreachWorld;
let server: TestServer;
let bpjs: GraphQLClient;
let bantulAdmin: GraphQLClient;

beforeAll(async () => {
  world = await openOutreachWorld();
  ({ server, bpjs, bantulAdmin } = world);
});
afterAll(async () => closeOutreachWorld(world));

const taskInput = (overrides: Record<string, unknown> = {}) => outreachTaskInput(world, overrides);

describe('handing a task to a person', () => {
  const ASSIGN = 'mutation($input: AssignOutreachTaskInput!) { assignOutreachTask(input: $input) { version } }';

  it('refuses people who cannot work it: a viewer (read-only) and a deactivated account', async () => {
    const open = await bpjs.request<{ createOutreachTask: Task }>(CREATE, {
      input: taskInput({ title: 'Tugas untuk diserahkan' }),
    });
    const handed = open.data?.createOutreachTask as Task;
    const users = await bantulAdmin.request<{ users: { edges: { node: { id: string; email: string } }[] } }>(
      '{ users { edges { node { id email } } } }',
    );
    const idOf = (email: string) => users.data?.users.edges.find((e) => e.node.email === email)?.node.id;
    const toViewer = await bantulAdmin.request(ASSIGN, {
      input: { id: handed.id, expectedVersion: handed.version, userId: idOf('viewer@bantul.demo') },
    });
    expect(toViewer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USER_CANNOT_WORK_TASK' });
    const deactivated = await bantulAdmin.request(
      'mutation($input: UserIdInput!) { deactivateUser(input: $input) { status } }',
      { input: { userId: idOf('viewer@bantul.demo') } },
    );
    expect(deactivated.errors).toBeUndefined();
    // A deactivated staff member is refused alike: made so by the owner, as an admin would.
    await server.portal.database.ownerOrm.em
      .fork()
      .getConnection()
      .execute(`update app_user set role = 'STAFF' where email = 'viewer@bantul.demo'`);
    const toDeactivated = await bantulAdmin.request(ASSIGN, {
      input: { id: handed.id, expectedVersion: handed.version, userId: idOf('viewer@bantul.demo') },
    });
    expect(toDeactivated.errors?.[0]?.extensions).toMatchObject({ reason: 'USER_CANNOT_WORK_TASK' });
    // Nothing was recorded for the refusals.
    const after = await bantulAdmin.request<{ node: { version: number; events: { kind: string }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on OutreachTask { version events { kind } } } }',
      { id: handed.id },
    );
    expect(after.data?.node).toEqual({ version: handed.version, events: [{ kind: 'STATUS' }] });
  });
});

describe('notifications', () => {
  it('tell the assignee’s admins once when a task is overdue, from the daily job (not on reading)', async () => {
    const created = await bpjs.request<{ createOutreachTask: Task }>(CREATE, {
      input: taskInput({ title: 'Tugas lewat tenggat', businessIds: [], regencyCode: '34.02' }),
    });
    const id = created.data?.createOutreachTask.id ?? '';
    // Time passes: the due date is moved into the past by the owner, as the calendar would.
    const uuid = Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
    await server.portal.database.ownerOrm.em
      .fork()
      .getConnection()
      .execute(`update outreach_task set due_on = current_date - 1 where id = ?`, [uuid]);
    const kinds = async () =>
      (
        await bantulAdmin.request<{ notifications: { edges: { node: { kind: string; message: string } }[] } }>(
          '{ notifications(first: 100) { edges { node { kind message } } } }',
        )
      ).data?.notifications.edges.filter(
        (e) => e.node.kind === 'OVERDUE' && e.node.message.includes('Tugas lewat tenggat'),
      ) ?? [];
    // Reading notices writes none: the notice comes from the daily job, once however often it runs.
    expect(await kinds()).toHaveLength(0);
    expect((await server.portal.jobs.runNow('overdue-notices')).state).toBe('completed');
    expect(await kinds()).toHaveLength(1);
    expect((await server.portal.jobs.runNow('overdue-notices')).state).toBe('completed');
    expect(await kinds()).toHaveLength(1);
    const overdue = await bpjs.request<{ outreachTasks: { edges: { node: { id: string; overdue: boolean } }[] } }>(
      '{ outreachTasks(overdue: true) { edges { node { id overdue } } } }',
    );
    expect(overdue.data?.outreachTasks.edges.map((e) => e.node)).toEqual([{ id, overdue: true }]);
    // The record (node) says the same as the board: both against the database's date.
    const record = await bpjs.request<{ node: { overdue: boolean } }>(
      'query($id: ID!) { node(id: $id) { ... on OutreachTask { overdue } } }',
      { id },
    );
    expect(record.data?.node.overdue).toBe(true);
  });
});
