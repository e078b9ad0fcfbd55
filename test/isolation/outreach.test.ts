import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../helpers/graphql-client';
import {
  COMMENT,
  CREATE,
  closeOutreachWorld,
  day,
  MOVE,
  type OutreachWorld,
  openOutreachWorld,
  outreachTaskInput,
  REPORT,
  TASK_FIELDS,
  type Task,
} from '../helpers/outreach-world';
import type { TestServer } from '../helpers/server';

/**
 * Outreach tasks belong to exactly two tenants. The BPJS office assigns a task to Bantul; Bantul
 * works it; Sleman, a third tenant, must never see or touch it — over GraphQL and in plain SQL.
 * Who may be handed a task, and the overdue notices: outreach-people.test.ts.
 */
let world: OutreachWorld;
let server: TestServer;
let orgs: OutreachWorld['orgs'];
let bpjs: GraphQLClient;
let bantulAdmin: GraphQLClient;
let bantulStaff: GraphQLClient;
let sleman: GraphQLClient;
let app: pg.Client;
let bantulBusinesses: string[] = [];
let slemanBusiness = '';
let task: Task;

beforeAll(async () => {
  world = await openOutreachWorld();
  ({ server, orgs, bpjs, bantulAdmin, bantulStaff, sleman, app, bantulBusinesses, slemanBusiness } = world);
});
afterAll(async () => closeOutreachWorld(world));

const taskInput = (overrides: Record<string, unknown> = {}) => outreachTaskInput(world, overrides);

describe('creating a task', () => {
  it('assigns it to a partner, with targets from that partner’s shared directory, and notifies its admins', async () => {
    expect(bantulBusinesses.length).toBeGreaterThanOrEqual(2);
    const before = (await bantulAdmin.request<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')).data;
    const created = await bpjs.request<{ createOutreachTask: Task }>(CREATE, { input: taskInput() });
    expect(created.errors).toBeUndefined();
    task = created.data?.createOutreachTask as Task;
    expect(task).toMatchObject({ status: 'OPEN', version: 1, progress: { registered: 0, rate: 0 } });
    const after = (await bantulAdmin.request<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')).data;
    expect(after?.unreadNotificationCount).toBe((before?.unreadNotificationCount ?? 0) + 1);
    const targets = await bpjs.request<{ node: { targets: { name: string }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on OutreachTask { targets { name } } } }',
      { id: task.id },
    );
    expect(targets.data?.node.targets).toHaveLength(2);
  });

  it('refuses a non-partner assignee, targets outside the agreement, a past due date, and regency planners', async () => {
    const platform = await bpjs.request(CREATE, { input: taskInput({ assigneeId: orgs.platform?.globalId }) });
    expect(platform.errors?.[0]?.extensions?.problems).toEqual([{ field: 'assigneeId', problem: 'UNKNOWN_VALUE' }]);
    const self = await bpjs.request(CREATE, { input: taskInput({ assigneeId: orgs['bpjs-yogyakarta']?.globalId }) });
    expect(self.errors?.[0]?.extensions?.problems).toEqual([{ field: 'assigneeId', problem: 'UNKNOWN_VALUE' }]);
    const outside = await bpjs.request(CREATE, { input: taskInput({ businessIds: [slemanBusiness] }) });
    expect(outside.errors?.[0]?.extensions?.problems).toEqual([{ field: 'businessIds', problem: 'BUSINESS_UNKNOWN' }]);
    const late = await bpjs.request(CREATE, { input: taskInput({ dueOn: day(-1) }) });
    expect(late.errors?.[0]?.extensions?.problems).toEqual([{ field: 'dueOn', problem: 'OUT_OF_RANGE' }]);
    const byRegency = await bantulAdmin.request(CREATE, {
      input: taskInput({ assigneeId: orgs.sleman?.globalId, businessIds: [] }),
    });
    expect(byRegency.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'plansOutreach' });
    // The province agency plans too, by area when it holds no directory.
    const province = await new GraphQLClient(server.url).loginAs('STAFF', 'dinkop-diy');
    const byArea = await province.request(CREATE, {
      input: taskInput({ assigneeId: orgs['kadin-diy']?.globalId, businessIds: [], regencyCode: '34.71' }),
    });
    expect(byArea.errors).toBeUndefined();
  });
});

describe('the lifecycle', () => {
  const move = (client: GraphQLClient, to: string, reason: string | null = null) =>
    client.request<{ transitionOutreachTask: Task }>(MOVE, {
      input: { id: task.id, expectedVersion: task.version, to, reason },
    });

  it('refuses moves out of order or by the wrong party, with the moves allowed', async () => {
    const byCreator = await move(bpjs, 'ACCEPTED');
    expect(byCreator.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ILLEGAL_TRANSITION',
      allowed: ['CANCELLED'],
    });
    const skipping = await move(bantulStaff, 'DONE');
    expect(skipping.errors?.[0]?.extensions).toMatchObject({
      reason: 'ILLEGAL_TRANSITION',
      allowed: ['ACCEPTED', 'DECLINED'],
    });
    const declineWithoutReason = await move(bantulStaff, 'DECLINED');
    expect(declineWithoutReason.errors?.[0]?.extensions?.problems).toEqual([{ field: 'reason', problem: 'REQUIRED' }]);
    const viewer = await new GraphQLClient(server.url).loginAs('VIEWER', 'bantul');
    expect(errorCodes(await move(viewer, 'ACCEPTED'))).toEqual(['FORBIDDEN']);
  });

  it('is worked by the assignee: accepted, reported on (which starts it), done — each move recorded', async () => {
    const accepted = await move(bantulStaff, 'ACCEPTED');
    expect(accepted.data?.transitionOutreachTask.status).toBe('ACCEPTED');
    task = accepted.data?.transitionOutreachTask as Task;

    const byCreator = await bpjs.request(REPORT, {
      input: { taskId: task.id, visitedOn: day(0), peopleReached: 10, workersRegistered: 4 },
    });
    expect(byCreator.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ASSIGNEE' });
    const future = await bantulStaff.request(REPORT, {
      input: { taskId: task.id, visitedOn: day(3), peopleReached: 10, workersRegistered: 4 },
    });
    expect(future.errors?.[0]?.extensions?.problems).toEqual([{ field: 'visitedOn', problem: 'OUT_OF_RANGE' }]);
    const report = await bantulStaff.request(REPORT, {
      input: {
        taskId: task.id,
        visitedOn: day(0),
        businessId: bantulBusinesses[0],
        peopleReached: 25,
        workersRegistered: 15,
        notes: 'Sentra batik Giriloyo',
      },
    });
    expect(report.errors).toBeUndefined();

    const seen = await bpjs.request<{
      node: Task & {
        events: {
          kind: string;
          toStatus: string | null;
          actorEmail: string;
          actorName: string;
          visit: { workersRegistered: number; businessName: string | null } | null;
        }[];
        reports: { businessName: string }[];
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on OutreachTask { ${TASK_FIELDS}
        events { kind toStatus actorEmail actorName visit { workersRegistered businessName } } reports { businessName } } } }`,
      { id: task.id },
    );
    // Progress counts workers BPJS registered through the task's enrolment requests (issue 17),
    // not the numbers typed into visit reports (see test/system/enrolment.test.ts).
    expect(seen.data?.node).toMatchObject({ status: 'IN_PROGRESS', progress: { registered: 0, rate: 0 } });
    // The history tells the visit and the move it caused, in the order they happened.
    expect(seen.data?.node.events.map((e) => [e.kind, e.toStatus])).toEqual([
      ['STATUS', 'OPEN'],
      ['STATUS', 'ACCEPTED'],
      ['VISIT_REPORTED', null],
      ['STATUS', 'IN_PROGRESS'],
    ]);
    expect(seen.data?.node.events[1]).toMatchObject({
      actorEmail: 'staff@bantul.demo',
      actorName: 'Staf Pemerintah Kabupaten Bantul',
    });
    expect(seen.data?.node.events[2]?.visit?.workersRegistered).toBe(15);
    expect(seen.data?.node.reports[0]?.businessName).toBeTruthy();
    task = seen.data?.node as Task;

    const done = await move(bantulStaff, 'DONE');
    expect(done.data?.transitionOutreachTask.status).toBe('DONE');
    task = done.data?.transitionOutreachTask as Task;
    expect((await move(bpjs, 'CANCELLED', 'terlambat')).errors?.[0]?.extensions).toMatchObject({
      reason: 'ILLEGAL_TRANSITION',
      allowed: [],
    });
  });

  it('carries comments from both sides, and hands the task to a person of the assignee only', async () => {
    expect(
      (await bpjs.request(COMMENT, { input: { taskId: task.id, body: 'Terima kasih, Bantul!' } })).errors,
    ).toBeUndefined();
    expect(
      (await bantulStaff.request(COMMENT, { input: { taskId: task.id, body: 'Sama-sama.' } })).errors,
    ).toBeUndefined();
    const users = await bantulAdmin.request<{ users: { edges: { node: { id: string; email: string } }[] } }>(
      '{ users { edges { node { id email } } } }',
    );
    const staffId = users.data?.users.edges.find((e) => e.node.email === 'staff@bantul.demo')?.node.id;
    const slemanUsers = await sleman.request<{ users: { edges: { node: { id: string } }[] } }>(
      '{ users { edges { node { id } } } }',
    );
    const foreignUser = slemanUsers.data?.users.edges[0]?.node.id;
    expect(foreignUser).toBeTruthy();
    const ASSIGN =
      'mutation($input: AssignOutreachTaskInput!) { assignOutreachTask(input: $input) { assigneeUserName version } }';
    const wrong = await bantulAdmin.request(ASSIGN, {
      input: { id: task.id, expectedVersion: task.version, userId: foreignUser },
    });
    expect(wrong.errors?.[0]?.extensions?.problems).toEqual([{ field: 'userId', problem: 'UNKNOWN_VALUE' }]);
    const byCreator = await new GraphQLClient(server.url).loginAs('ADMIN', 'bpjs-yogyakarta');
    expect(
      (await byCreator.request(ASSIGN, { input: { id: task.id, expectedVersion: task.version, userId: staffId } }))
        .errors?.[0]?.extensions?.reason,
    ).toBe('NOT_ASSIGNEE');
    const handed = await bantulAdmin.request<{ assignOutreachTask: { assigneeUserName: string } }>(ASSIGN, {
      input: { id: task.id, expectedVersion: task.version, userId: staffId },
    });
    expect(handed.data?.assignOutreachTask.assigneeUserName).toContain('Staf');
    const history = await bpjs.request<{ node: { events: { kind: string; assignedToName: string | null }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on OutreachTask { events { kind assignedToName } } } }',
      { id: task.id },
    );
    expect(history.data?.node.events.at(-1)).toEqual({
      kind: 'ASSIGNED',
      assignedToName: 'Staf Pemerintah Kabupaten Bantul',
    });
    // The person's id is the assignee's business: its admin reads it, the creator does not.
    const personId = 'query($id: ID!) { node(id: $id) { ... on OutreachTask { assigneeUserId } } }';
    expect((await bantulAdmin.request(personId, { id: task.id })).data).toEqual({ node: { assigneeUserId: staffId } });
    expect((await bpjs.request(personId, { id: task.id })).data).toEqual({ node: { assigneeUserId: null } });
    const notices = await bantulStaff.request<{ notifications: { edges: { node: { kind: string } }[] } }>(
      '{ notifications(first: 50) { edges { node { kind } } } }',
    );
    expect(notices.data?.notifications.edges.map((e) => e.node.kind)).toContain('TASK_ASSIGNED_TO_YOU');
  });
});

describe('a third tenant', () => {
  it('never sees the task, its reports or comments, and can act on none of it', async () => {
    const list = await sleman.request<{ outreachTasks: { totalCount: number } }>('{ outreachTasks { totalCount } }');
    expect(list.data?.outreachTasks.totalCount).toBe(0);
    expect((await sleman.request('query($id: ID!) { node(id: $id) { id } }', { id: task.id })).data).toEqual({
      node: null,
    });
    const slemanStaff = await new GraphQLClient(server.url).loginAs('STAFF', 'sleman');
    for (const [mutation, input] of [
      [MOVE, { id: task.id, expectedVersion: task.version, to: 'CANCELLED', reason: 'x' }],
      [COMMENT, { taskId: task.id, body: 'menyusup' }],
      [REPORT, { taskId: task.id, visitedOn: day(0), peopleReached: 1, workersRegistered: 1 }],
    ] as const) {
      expect(errorCodes(await slemanStaff.request(mutation, { input }))).toEqual(['NOT_FOUND']);
    }
  });

  it('sees none of it in SQL either, and no party can move a task to a third tenant', async () => {
    await app.query('begin');
    try {
      await app.query(`select set_config('app.tenant_id', $1, true)`, [orgs.sleman?.id]);
      for (const table of [
        'outreach_task',
        'outreach_task_target',
        'outreach_task_event',
        'visit_report',
        'task_comment',
      ]) {
        expect((await app.query(`select count(*)::int as n from ${table}`)).rows[0].n).toBe(0);
      }
    } finally {
      await app.query('rollback');
    }
    await app.query('begin');
    try {
      await app.query(`select set_config('app.tenant_id', $1, true)`, [orgs.bantul?.id]);
      await expect(app.query('update outreach_task set organization_id = $1', [orgs.sleman?.id])).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.query('rollback');
    }
  });
});
