import { GraphQLClient } from './graphql-client';
import type { TestServer } from './server';

/**
 * A task the BPJS office gave a regency that is now past its due date: created over GraphQL, then
 * its due date moved into the past by the owner, as the calendar would (nobody may set a past
 * due date), and the daily overdue-notices job run, as the morning would. Returns the task's
 * global id and title.
 */
export async function overdueTask(server: TestServer, assigneeCode: string): Promise<{ id: string; title: string }> {
  const bpjs = await new GraphQLClient(server.url).loginAs('STAFF', 'bpjs-yogyakarta');
  const orgs = await bpjs.request<{ organizations: { edges: { node: { id: string; code: string } }[] } }>(
    '{ organizations(first: 100) { edges { node { id code } } } }',
  );
  const assignee = orgs.data?.organizations.edges.find((e) => e.node.code === assigneeCode)?.node.id;
  const directory = await bpjs.request<{ partnerBusinesses: { edges: { node: { id: string } }[] } }>(
    'query($g: ID!) { partnerBusinesses(grantorId: $g, first: 1) { edges { node { id } } } }',
    { g: assignee },
  );
  const title = `Sosialisasi JKK-JKM yang terlambat ${Date.now() % 100000}`;
  const created = await bpjs.request<{ createOutreachTask: { id: string } }>(
    'mutation($input: CreateOutreachTaskInput!) { createOutreachTask(input: $input) { id } }',
    {
      input: {
        assigneeId: assignee,
        title,
        description: '',
        businessIds: directory.data?.partnerBusinesses.edges.map((e) => e.node.id) ?? [],
        dueOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
        priority: 'HIGH',
        targetWorkers: 10,
      },
    },
  );
  const id = created.data?.createOutreachTask.id;
  if (!id) throw new Error(`no task: ${JSON.stringify(created.errors)}`);
  const uuid = Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
  await server.portal.database.ownerOrm.em
    .fork()
    .getConnection()
    .execute('update outreach_task set due_on = current_date - 1 where id = ?', [uuid]);
  const run = await server.portal.jobs.runNow('overdue-notices');
  if (run.state !== 'completed') throw new Error(`overdue-notices: ${run.state} ${run.error ?? ''}`);
  return { id, title };
}
