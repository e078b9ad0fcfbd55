import path from 'node:path';
import { type Portal, startPortal } from '@jamsos/server/app';
import { loadConfig, REPO_ROOT } from '@jamsos/server/config';
import type { JobDefinition } from '@jamsos/server/modules/common/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

/**
 * The job queue (modules/jobs, pg-boss in PostgreSQL): a failing job is retried with backoff until
 * it succeeds or runs out of tries, its error kept for the operator, who may put it back; a job
 * queued before a restart runs after it; the features' schedules are registered.
 */
let database: TestDatabase;
let portal: Portal | null = null;
const tries = new Map<string, number>();
const done: string[] = [];

const testJobs: JobDefinition[] = [
  {
    name: 'test-flaky',
    retryLimit: 3,
    retryDelaySeconds: 1,
    run: async (_job, data) => {
      const key = String(data.key);
      const n = (tries.get(key) ?? 0) + 1;
      tries.set(key, n);
      if (n < 3) throw new Error(`try ${n} failed`);
      done.push(key);
    },
  },
  {
    name: 'test-broken',
    retryLimit: 0,
    run: async (_job, data) => {
      if (!done.includes(`mended ${data.key}`)) throw new Error('the printer is on fire');
      done.push(String(data.key));
    },
  },
  {
    name: 'test-record',
    run: async (job, data) => {
      // Jobs run as the owner, across tenants: they may read what no request role may.
      const [row] = await job.em
        .getConnection()
        .execute<{ n: string }[]>('select count(*)::text as n from pgboss.queue');
      done.push(`${data.key} saw ${Number(row?.n) > 0 ? 'queues' : 'nothing'}`);
    },
  },
];

async function start(): Promise<Portal> {
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: database.url,
    DEMO_REGISTRY_SCALE: '0',
    JOBS_POLL_SECONDS: '0.5',
    WEB_DIST: path.join(REPO_ROOT, 'packages', 'web', 'dist'),
  });
  return startPortal(config, () => {}, { jobs: testJobs });
}

beforeAll(async () => {
  database = await createTestDatabase();
  portal = await start();
});
afterAll(async () => {
  await portal?.stop();
  await database?.drop();
});

describe('the job queue', () => {
  it('retries a failing job with growing delays until it succeeds', async () => {
    const run = await (portal as Portal).jobs.runNow('test-flaky', { key: 'a' });
    expect(run).toMatchObject({ state: 'completed', retryCount: 2 });
    expect(tries.get('a')).toBe(3);
    expect(done).toContain('a');
  });

  it('keeps a job that ran out of tries as failed, with its error, until the operator puts it back', async () => {
    const jobs = (portal as Portal).jobs;
    const run = await jobs.runNow('test-broken', { key: 'b' });
    expect(run).toMatchObject({ state: 'failed', error: 'the printer is on fire' });
    const [listed] = await jobs.list({ states: ['failed'], name: 'test-broken', limit: 10 });
    expect(listed?.id).toBe(run.id);
    expect(await jobs.retry('00000000-0000-0000-0000-000000000000')).toBe(false);
    expect(await jobs.retry('not an id')).toBe(false);
    done.push('mended b');
    expect(await jobs.retry(run.id)).toBe(true);
    for (let i = 0; i < 200 && !done.includes('b'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(done).toContain('b');
    // Retrying a job that no longer failed does nothing.
    expect(await jobs.retry(run.id)).toBe(false);
  });

  it('runs a job queued before a restart after it', async () => {
    const id = await (portal as Portal).jobs.send('test-record', { key: 'queued' }, { startAfterSeconds: 2 });
    expect(id).toBeTruthy();
    await (portal as Portal).stop();
    portal = null;
    expect(done.some((d) => d.startsWith('queued'))).toBe(false);
    portal = await start();
    for (let i = 0; i < 200 && !done.some((d) => d.startsWith('queued')); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(done).toContain('queued saw queues');
    const state = async () =>
      (await (portal as Portal).jobs.list({ name: 'test-record', limit: 10 })).find((r) => r.id === id)?.state;
    // Marked completed a moment after its handler returned.
    for (let i = 0; i < 100 && (await state()) !== 'completed'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await state()).toBe('completed');
  });

  it('registers the features’ schedules and refuses a job nobody defined', async () => {
    const schedules = await (portal as Portal).database.ownerOrm.em
      .getConnection()
      .execute<{ name: string; cron: string; timezone: string }[]>('select name, cron, timezone from pgboss.schedule');
    expect(schedules).toContainEqual({ name: 'overdue-notices', cron: '0 6 * * *', timezone: 'Asia/Jakarta' });
    expect(schedules).toContainEqual({ name: 'assistance-renewals', cron: '30 6 * * *', timezone: 'Asia/Jakarta' });
    await expect((portal as Portal).jobs.send('no-such-job')).rejects.toThrow(/No job is named/);
  });

  it('keeps its tables out of the request role’s reach', async () => {
    const { connectAsAppRole } = await import('../helpers/database');
    const client = await connectAsAppRole(database.url);
    try {
      await expect(client.query('select count(*) from pgboss.job')).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });
});
