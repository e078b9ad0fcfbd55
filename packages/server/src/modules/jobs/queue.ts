import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { JobDefinition, JobQueue, JobRecord, JobState, SendOptions } from '../common/jobs';

/** pg-boss keeps its tables here; only the owner's connection (and so only jobs) reaches them. */
export const JOB_SCHEMA = 'pgboss';

export interface JobRunner extends JobQueue {
  /** Queues a job and waits until it has completed or failed for good (tests, and the operator's "run now"). */
  runNow(name: string, data?: object, timeoutMs?: number): Promise<JobRecord>;
  stop(): Promise<void>;
}

interface Deps {
  readonly ownerOrm: MikroORM;
  readonly config: Config;
  readonly logger: Logger;
  /** Whether the database answers (database/availability.ts): while it does not, the queue's own errors are expected. */
  readonly databaseAvailable: () => boolean;
}

const TERMINAL: readonly JobState[] = ['completed', 'failed', 'cancelled'];

interface JobRow {
  id: string;
  name: string;
  state: JobState;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  start_after: Date;
  started_on: Date | null;
  completed_on: Date | null;
  error: string | null;
}

function toRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    retryCount: row.retry_count,
    retryLimit: row.retry_limit,
    createdOn: row.created_on,
    startAfter: row.start_after,
    startedOn: row.started_on,
    completedOn: row.completed_on,
    error: row.error,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Starts the queue on the owner's connection: creates pg-boss's schema on first start (its own
 * migrations), a queue per registered job with its retry policy, the schedules of the ones with a
 * cron (and drops schedules no job names any more), and a worker per queue. Jobs live in
 * PostgreSQL, so a restart loses none: a job that was running when the process died is taken as
 * failed when it expires and tried again.
 */
export async function startJobs(definitions: readonly JobDefinition[], deps: Deps): Promise<JobRunner> {
  const { ownerOrm, config, logger } = deps;
  const byName = new Map<string, JobDefinition>();
  for (const definition of definitions) {
    if (byName.has(definition.name)) throw new Error(`Two jobs are named ${definition.name}`);
    byName.set(definition.name, definition);
  }
  const boss = new PgBoss({
    connectionString: ownerOrm.config.get('clientUrl'),
    schema: JOB_SCHEMA,
    application_name: 'jamsos-jobs',
    max: config.JOBS_POOL_SIZE,
    // Completed jobs stay visible a week, failed ones until retried or a month old.
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
    archiveFailedAfterSeconds: 30 * 24 * 3600,
    deleteAfterDays: 30,
  });
  let away = false;
  boss.on('error', (error) => {
    // While the database is away the monitor says so once; the queue's polls failing meanwhile are expected.
    if (!deps.databaseAvailable()) {
      if (!away) logger.warn({ event: 'jobs.paused' }, `job queue paused while the database is away: ${error.message}`);
      away = true;
      return;
    }
    away = false;
    logger.warn({ event: 'jobs.error', err: error }, `job queue: ${error.message}`);
  });
  await boss.start();

  const queue: JobRunner = {
    async send(name, data = {}, options: SendOptions = {}) {
      if (!byName.has(name)) throw new Error(`No job is named ${name}`);
      return boss.send(name, data, {
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options.singletonSeconds ? { singletonSeconds: options.singletonSeconds } : {}),
        ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      });
    },
    async list({ states, name, limit }) {
      const params: unknown[] = [];
      const where: string[] = [];
      if (states && states.length > 0) {
        params.push(states.join(','));
        where.push(`state::text = any(string_to_array(?, ','))`);
      }
      if (name) {
        params.push(name);
        where.push('name = ?');
      }
      params.push(Math.max(1, Math.min(limit, 500)));
      const rows = await ownerOrm.em.getConnection().execute<JobRow[]>(
        `select id, name, state::text as state, retry_count, retry_limit, created_on, start_after, started_on,
                completed_on,
                case when state::text in ('failed', 'retry') then coalesce(output->>'message', output::text) end as error
           from ${JOB_SCHEMA}.job ${where.length ? `where ${where.join(' and ')}` : ''}
          order by created_on desc, id desc limit ?`,
        params,
      );
      return rows.map(toRecord);
    },
    async retry(id) {
      if (!UUID.test(id)) return false;
      const [row] = await ownerOrm.em
        .getConnection()
        .execute<{ name: string }[]>(`select name from ${JOB_SCHEMA}.job where id = ? and state = 'failed'`, [id]);
      if (!row) return false;
      await boss.retry(row.name, id);
      logger.info({ event: 'jobs.retried', job: row.name, jobId: id }, `job ${row.name} ${id} put back in the queue`);
      return true;
    },
    async schedules() {
      return (await boss.getSchedules()).map((schedule) => ({
        name: schedule.name,
        cron: schedule.cron,
        timeZone: schedule.options?.tz ?? 'UTC',
      }));
    },
    async runNow(name, data = {}, timeoutMs = 30_000) {
      const id = await queue.send(name, data);
      if (!id) throw new Error(`${name} is already waiting`);
      const worker = workers.get(name);
      if (worker) boss.notifyWorker(worker);
      const until = Date.now() + timeoutMs;
      for (;;) {
        const [record] = (await queue.list({ name, limit: 500 })).filter((r) => r.id === id);
        if (record && TERMINAL.includes(record.state)) return record;
        if (Date.now() > until) throw new Error(`${name} ${id} did not finish within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (record?.state === 'retry' && worker) boss.notifyWorker(worker);
      }
    },
    async stop() {
      // In-flight jobs get a moment to finish; whatever is cut short is retried after a restart.
      await Promise.race([
        boss.stop({ graceful: true, wait: true, timeout: 5_000 }).catch(() => {}),
        new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
      ]);
    },
  };

  const workers = new Map<string, string>();
  for (const definition of definitions) {
    const policy = {
      name: definition.name,
      policy: definition.exclusive ? ('singleton' as const) : ('standard' as const),
      retryLimit: definition.retryLimit ?? 5,
      retryDelay: definition.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: definition.expireInSeconds ?? 15 * 60,
    };
    // A queue's policy is fixed when it is made; the retry settings follow the code.
    if (await boss.getQueue(definition.name)) await boss.updateQueue(definition.name, policy);
    else await boss.createQueue(definition.name, policy);
    const workerId = await boss.work<Record<string, unknown>>(
      definition.name,
      { batchSize: 1, pollingIntervalSeconds: config.JOBS_POLL_SECONDS, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        const log = logger.child({ job: definition.name, jobId: job.id });
        const started = Date.now();
        try {
          await definition.run(
            { em: ownerOrm.em.fork(), config, log, queue, attempt: job.retryCount },
            (job.data ?? {}) as Record<string, unknown>,
          );
          log.info({ event: 'job.done', ms: Date.now() - started }, `job ${definition.name} done`);
        } catch (error) {
          const last = job.retryCount >= job.retryLimit;
          log[last ? 'error' : 'warn'](
            { event: 'job.failed', err: error, attempt: job.retryCount, final: last },
            `job ${definition.name} failed (try ${job.retryCount + 1} of ${job.retryLimit + 1})${last ? '; giving up' : '; will retry'}`,
          );
          throw error;
        }
      },
    );
    workers.set(definition.name, workerId);
  }
  for (const existing of await boss.getSchedules()) {
    if (!byName.get(existing.name)?.cron) await boss.unschedule(existing.name);
  }
  for (const definition of definitions) {
    if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: config.JOBS_TIME_ZONE });
  }
  return queue;
}
