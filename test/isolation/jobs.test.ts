import { PLATFORM } from '@jamsos/schema';
import type { JobDefinition } from '@jamsos/server/modules/common/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * The job queue spans every tenant, so only the platform operator sees it: the jobs (with their
 * errors, which may name any tenant's data) and the schedules, and only the operator puts a failed
 * job back. Every tenant role, and the anonymous caller, is refused and changes nothing.
 */
let server: TestServer;
let operator: GraphQLClient;
let failedId: string;

const broken: JobDefinition = {
  name: 'test-broken',
  retryLimit: 0,
  run: async () => {
    throw new Error('SMTP refused mail for admin@bantul.demo');
  },
};

const JOBS = `query($states: [BackgroundJobState!]) { backgroundJobs(states: $states) { id name state error retryCount } }`;
const SCHEDULES = '{ jobSchedules { name cron timeZone } }';
const RETRY = 'mutation($input: RetryBackgroundJobInput!) { retryBackgroundJob(input: $input) }';

beforeAll(async () => {
  server = await startServer({}, { jobs: [broken] });
  failedId = (await server.portal.jobs.runNow('test-broken')).id;
  operator = new GraphQLClient(server.url);
  const login = await operator.request(
    'mutation($input: LoginInput!) { login(input: $input) { viewer { user { id } } } }',
    { input: { email: PLATFORM.operatorEmail, password: DEMO_PASSWORD } },
  );
  expect(login.errors).toBeUndefined();
});
afterAll(async () => {
  await server?.stop();
});

describe('the job queue', () => {
  it('shows the operator its jobs, with the error of a failed one, and its schedules', async () => {
    const jobs = await operator.request<{
      backgroundJobs: { id: string; name: string; state: string; error: string }[];
    }>(JOBS, { states: ['FAILED'] });
    expect(jobs.errors).toBeUndefined();
    expect(jobs.data?.backgroundJobs).toContainEqual({
      id: failedId,
      name: 'test-broken',
      state: 'FAILED',
      error: 'SMTP refused mail for admin@bantul.demo',
      retryCount: 0,
    });
    const schedules = await operator.request<{ jobSchedules: { name: string }[] }>(SCHEDULES);
    expect(schedules.data?.jobSchedules.map((s) => s.name)).toContain('overdue-notices');
  });

  it.each([
    ['ADMIN', 'bantul'],
    ['STAFF', 'bantul'],
    ['VIEWER', 'kota-yogyakarta'],
    ['ADMIN', 'bpjs-yogyakarta'],
  ] as const)('refuses a %s of %s: no jobs, no schedules, no retry', async (role, tenant) => {
    const client = await new GraphQLClient(server.url).loginAs(role, tenant);
    const jobs = await client.request(JOBS);
    expect(errorCodes(jobs)).toEqual(['FORBIDDEN']);
    expect(jobs.data?.backgroundJobs ?? null).toBeNull();
    expect(errorCodes(await client.request(SCHEDULES))).toEqual(['FORBIDDEN']);
    const retry = await client.request(RETRY, { input: { id: failedId } });
    expect(errorCodes(retry)).toEqual(['FORBIDDEN']);
    const [still] = (await server.portal.jobs.list({ name: 'test-broken', limit: 10 })).filter(
      (j) => j.id === failedId,
    );
    expect(still?.state).toBe('failed');
  });

  it('refuses the anonymous caller', async () => {
    const anonymous = new GraphQLClient(server.url);
    expect(errorCodes(await anonymous.request(JOBS))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await anonymous.request(RETRY, { input: { id: failedId } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lets the operator put a failed job back, audited; an unknown or unfailed id is NOT_FOUND', async () => {
    expect(errorCodes(await operator.request(RETRY, { input: { id: 'no-such-job' } }))).toEqual(['NOT_FOUND']);
    const retried = await operator.request<{ retryBackgroundJob: boolean }>(RETRY, { input: { id: failedId } });
    expect(retried.data?.retryBackgroundJob).toBe(true);
    const [record] = (await server.portal.jobs.list({ name: 'test-broken', limit: 10 })).filter(
      (j) => j.id === failedId,
    );
    expect(['retry', 'created', 'active', 'failed']).toContain(record?.state);
    const [audit] = await server.portal.database.ownerOrm.em
      .getConnection()
      .execute<{ action: string; object_id: string }[]>(
        `select action, object_id from audit_entry where action = 'job.retry' order by created_at desc limit 1`,
      );
    expect(audit).toEqual({ action: 'job.retry', object_id: failedId });
  });
});
