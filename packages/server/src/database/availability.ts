import { AsyncResource } from 'node:async_hooks';
import pg from 'pg';
import { DomainError, ErrorCode } from '../modules/common/errors';

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
]);

const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|Connection terminated|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Query read timeout|the database did not answer in time|connection ended while checked out|Client has encountered a connection error|not queryable/i;

/**
 * Whether an error means "PostgreSQL is not there right now" (down, restarting, connection
 * lost or silent) rather than a fault in the request. Walks the cause chain: MikroORM and the pg
 * driver wrap the socket error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailableCause(error) !== null;
}

/** The underlying reason an error counts as "database away", for the log; null if it does not. */
export function unavailableCause(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    if (typeof current === 'object') {
      const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
      if (current instanceof DatabaseAway) return current.message;
      if (typeof code === 'string' && UNAVAILABLE_CODES.has(code))
        return typeof message === 'string' && message ? `${code}: ${message}` : code;
      if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return message;
      current = cause;
    } else break;
  }
  return null;
}

/** Seconds a client should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The answer while the database is away: 503, a stable code, and a message a person can act on.
 * `maybeSaved` is for a commit whose answer never came: PostgreSQL may have committed it, and
 * saying "nothing was saved" would then be a lie.
 */
export function serviceUnavailable(options: { maybeSaved?: boolean } = {}): DomainError {
  const message = options.maybeSaved
    ? 'The database stopped answering while saving: the change may or may not have been saved. Please check before trying again.'
    : 'The database is not reachable right now. Nothing was saved; please try again shortly.';
  return new DomainError(
    ErrorCode.ServiceUnavailable,
    message,
    {},
    { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
  );
}

/** Thrown instead of touching the pool while the monitor knows the database is away. */
export class DatabaseAway extends Error {
  override name = 'DatabaseAway';
}

export interface AvailabilityLog {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface MonitorOptions {
  /** Where the probe connects: the role requests use, so it sees what requests would see. */
  url: string;
  /** How long a probe may take (connect and `select 1`) before the database counts as away. */
  timeoutMs: number;
  /** Pause between probes while the database is up (a heartbeat) and while it is away. */
  heartbeatMs: number;
  retryMs: number;
  /** Called when the database goes away: e.g. give up on queries that will get no answer. */
  onAway?: () => void;
}

/**
 * Knows whether the database is there, so that requests need not find out one pool timeout at
 * a time. A heartbeat (`select 1` on a connection of its own, bounded by `timeoutMs`) runs while
 * the database is up; a request that hits a connection error asks for a probe at once. When a
 * probe fails the database is "away": requests are refused at once (503, Retry-After) without
 * touching the pool, and a fresh connection is tried every `retryMs` until one answers. Each
 * change is logged once, with its cause, and on return with how long it lasted and how many
 * requests were refused meanwhile.
 */
export class DatabaseMonitor {
  private state: 'up' | 'away' = 'up';
  private since = Date.now();
  private cause = '';
  private refusedWhileAway = 0;
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private probing: Promise<void> | null = null;
  private strikes = 0;
  private stopped = false;
  /** Totals for the shutdown summary. */
  readonly totals = { outages: 0, awayMs: 0, refused: 0 };

  /**
   * Probes run outside any request: one that a request asked for must not carry that request's
   * id into the log (AsyncLocalStorage would follow it into the probe and its timers).
   */
  private readonly probeDetached: () => void;

  constructor(
    private readonly options: MonitorOptions,
    private readonly log: AvailabilityLog,
  ) {
    this.probeDetached = AsyncResource.bind(() => void this.probe());
  }

  start(): void {
    this.schedule(this.options.heartbeatMs);
  }

  get available(): boolean {
    return this.state === 'up';
  }

  /** What readiness reports. */
  status(): { database: 'up' | 'away'; since: string; cause?: string } {
    return {
      database: this.state,
      since: new Date(this.since).toISOString(),
      ...(this.state === 'away' ? { cause: this.cause } : {}),
    };
  }

  /** Throws DatabaseAway (a fast refusal) while the database is known to be away. */
  assertAvailable(): void {
    if (this.state === 'up') return;
    this.refusedWhileAway++;
    this.totals.refused++;
    throw new DatabaseAway(`database unavailable since ${new Date(this.since).toISOString()} (${this.cause})`);
  }

  /** A request met a connection error: check now rather than at the next heartbeat. */
  suspect(): void {
    if (this.state === 'up') this.probeDetached();
  }

  /** Counts a refusal the monitor did not make itself (a request that failed on its own). */
  countRefusal(): void {
    this.totals.refused++;
    if (this.state === 'away') this.refusedWhileAway++;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.probing?.catch(() => {});
    await this.dropClient();
    if (this.state === 'away') this.totals.awayMs += Date.now() - this.since;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.probe(), ms);
    this.timer.unref();
  }

  private probe(): Promise<void> {
    this.probing ??= this.runProbe().finally(() => {
      this.probing = null;
      // After a first failed check, the second follows at once: a database gone silent is known
      // within a heartbeat and two probe timeouts.
      this.schedule(this.state === 'away' ? this.options.retryMs : this.strikes > 0 ? 0 : this.options.heartbeatMs);
    });
    return this.probing;
  }

  private async runProbe(): Promise<void> {
    try {
      await withTimeout(this.check(), this.options.timeoutMs);
      this.strikes = 0;
      this.markUp();
    } catch (error) {
      await this.dropClient();
      // Two failed checks in a row (the second at once, on a fresh connection) before
      // declaring the database away: one slow answer on a busy machine is not an outage.
      this.strikes++;
      if (this.state === 'up' && this.strikes < 2) return;
      this.markAway(error instanceof Error ? error.message || error.name : String(error));
    }
  }

  private async check(): Promise<void> {
    if (!this.client) {
      const client = new pg.Client({
        connectionString: this.options.url,
        connectionTimeoutMillis: this.options.timeoutMs,
        keepAlive: true,
      });
      // A connection dropped between probes must not become an uncaught 'error' event.
      client.on('error', () => {});
      this.client = client;
      await client.connect();
    }
    await this.client.query('select 1');
  }

  private async dropClient(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (!client) return;
    // end() waits for the server's goodbye, which a silent server never sends.
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    await client.end().catch(() => {});
  }

  private markAway(cause: string): void {
    if (this.stopped) return;
    if (this.state === 'away') {
      this.cause = cause;
      return;
    }
    this.state = 'away';
    this.since = Date.now();
    this.cause = cause;
    this.refusedWhileAway = 0;
    this.totals.outages++;
    this.log.warn(`database unavailable: ${cause}; refusing requests with 503 until it answers again`, {
      event: 'database.away',
      cause,
    });
    this.options.onAway?.();
  }

  private markUp(): void {
    if (this.state === 'up') return;
    const awayMs = Date.now() - this.since;
    this.totals.awayMs += awayMs;
    this.log.info(
      `database available again after ${(awayMs / 1000).toFixed(1)} s (away since ${new Date(this.since).toISOString()}, ${this.refusedWhileAway} requests refused meanwhile)`,
      { event: 'database.back', awayMs, awaySince: new Date(this.since).toISOString(), refused: this.refusedWhileAway },
    );
    this.state = 'up';
    this.since = Date.now();
    this.cause = '';
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
