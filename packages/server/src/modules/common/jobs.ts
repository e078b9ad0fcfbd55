import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../../config';

/**
 * Work that runs on its own (docs/operations.md, "Jobs"): a feature lists its jobs in its
 * `Feature.jobs`, one line each, and modules/jobs runs them on a PostgreSQL queue (pg-boss).
 * The floor knows only these shapes, never the queue.
 */
export interface JobContext {
  /**
   * A fresh EntityManager on the owner's connection: jobs span tenants, so they do not run under
   * row-level security. A handler that touches a tenant's data still enters that tenant
   * explicitly (`enterTenant` inside its own transaction), so layer 2 and the database's
   * `app.tenant_id` say whose rows it works on, as in a request.
   */
  readonly em: EntityManager;
  readonly config: Config;
  readonly log: Logger;
  /** To queue further jobs (an email for each notice found, say). */
  readonly queue: JobQueue;
  /** Which try this is: 0 the first, 1 the first retry… */
  readonly attempt: number;
}

export interface JobDefinition<Data extends object = Record<string, unknown>> {
  /** The queue's name: letters, digits, dashes (`overdue-notices`). */
  readonly name: string;
  /** When it runs by itself (cron, in JOBS_TIME_ZONE); none: only when sent. */
  readonly cron?: string;
  /**
   * The work. It must be idempotent — a retry, or a second run after a restart mid-way, must not
   * do anything twice — and throw to have the job retried.
   */
  readonly run: (job: JobContext, data: Data) => Promise<void>;
  /** How many times a failed run is tried again (with exponential backoff); default 5. */
  readonly retryLimit?: number;
  /** Seconds before the first retry, doubling each time (with jitter); default 30. */
  readonly retryDelaySeconds?: number;
  /** One run at a time: a run sent while another is running waits for it (a sweep over shared rows). */
  readonly exclusive?: boolean;
  /** A run that takes longer than this is taken as failed (and retried); default 15 minutes. */
  readonly expireInSeconds?: number;
}

/** Defines a job with its data's type checked against its handler. */
export function defineJob<Data extends object>(definition: JobDefinition<Data>): JobDefinition {
  return definition as unknown as JobDefinition;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** One job as the platform operator sees it. */
export interface JobRecord {
  readonly id: string;
  readonly name: string;
  readonly state: JobState;
  readonly retryCount: number;
  readonly retryLimit: number;
  readonly createdOn: Date;
  readonly startAfter: Date;
  readonly startedOn: Date | null;
  readonly completedOn: Date | null;
  /** The error of the last failed try, when the job failed (or is waiting to retry). */
  readonly error: string | null;
}

export interface SendOptions {
  /** At most one job of this name with this key waits at a time (idempotent sends). */
  readonly singletonKey?: string;
  /** With `singletonKey`: at most one job of this name and key in each slot of this many seconds, whatever its state. */
  readonly singletonSeconds?: number;
  /** Start no earlier than this many seconds from now. */
  readonly startAfterSeconds?: number;
}

/** What the app lends requests and jobs: queue a job; the operator's view. */
export interface JobQueue {
  /** Queues a job; returns its id (null when a waiting job with the same singleton key exists). */
  send(name: string, data?: object, options?: SendOptions): Promise<string | null>;
  /** Jobs, newest first (the operator's page); `states` empty: all. */
  list(filter: { states?: readonly JobState[]; name?: string | null; limit: number }): Promise<JobRecord[]>;
  /** Puts a failed job back in the queue; false when there is no such failed job. */
  retry(id: string): Promise<boolean>;
  /** The schedules in force: each job with a cron, and the time zone it is read in. */
  schedules(): Promise<readonly { name: string; cron: string; timeZone: string }[]>;
}
