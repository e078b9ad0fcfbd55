import type pg from 'pg';

/**
 * Keeps the `pg` pool honest through database outages.
 *
 * Why this exists: Kysely (under MikroORM) returns a connection to the pool only after a
 * successful `begin`, `commit` or `rollback`. When the connection dies in between — PostgreSQL
 * stopped, a failover reset it — `begin` or `rollback` throws before the release, and the pool
 * counts that dead connection as checked out for ever. Ten such leaks and the pool is "full":
 * every later request waited the whole acquire timeout and got 503, long after PostgreSQL was
 * back (issue 21). So: a connection that ends while checked out is handed back here, with an
 * error, which removes it from the pool and frees its place.
 *
 * And when PostgreSQL stops answering without closing anything (a blackhole: packets dropped),
 * a query waits for ever. A query that has had no answer for `queryTimeoutMs` — or, once the
 * database is known to be away, for `stuckAfterMs` — has its connection destroyed, so the
 * request fails (503) and the connection, ending, is handed back as above.
 */
export interface PoolGuard {
  /** Destroys connections whose query has waited longer than `ms` (the database is away). */
  abandonStuck(ms: number): number;
  /** Connections checked out right now (for the shutdown summary and tests). */
  readonly checkedOut: number;
  /** Connections handed back because they ended while checked out, since the start. */
  readonly reclaimed: number;
  /** Connections destroyed because their query got no answer, since the start. */
  readonly abandoned: number;
  stop(): void;
}

interface PgClientInternals {
  /** pg 8's current query (the public `activeQuery` getter logs a deprecation warning). */
  _activeQuery?: object | null;
  connection?: { stream?: { destroy(error?: Error): void } };
  release?: (error?: Error) => void;
}

export function guardPool(pool: pg.Pool, options: { queryTimeoutMs: number }): PoolGuard {
  const checkedOut = new Set<pg.PoolClient>();
  const watched = new WeakSet<pg.PoolClient>();
  /** When each query was first seen waiting (to within the watchdog's tick). */
  const waitingSince = new WeakMap<object, number>();
  let reclaimed = 0;
  let abandoned = 0;

  pool.on('acquire', (client) => {
    checkedOut.add(client);
    if (watched.has(client)) return;
    watched.add(client);
    client.once('end', () => {
      if (!checkedOut.has(client)) return;
      // pg-pool's release throws when called twice: whoever still holds the client (Kysely's
      // pending rollback, say) gets a harmless no-op instead.
      const internals = client as unknown as PgClientInternals;
      const release = internals.release;
      internals.release = () => {};
      reclaimed++;
      release?.(new Error('connection ended while checked out'));
    });
  });
  pool.on('release', (_error, client) => {
    checkedOut.delete(client);
  });
  pool.on('remove', (client) => {
    checkedOut.delete(client);
  });

  const abandonOlderThan = (ms: number): number => {
    const now = Date.now();
    let count = 0;
    for (const client of checkedOut) {
      const internals = client as unknown as PgClientInternals;
      const query = internals._activeQuery;
      if (!query) continue;
      const since = waitingSince.get(query);
      if (since === undefined) {
        waitingSince.set(query, now);
        continue;
      }
      if (now - since >= ms) {
        count++;
        internals.connection?.stream?.destroy(new Error('the database did not answer in time'));
      }
    }
    abandoned += count;
    return count;
  };

  const tick = setInterval(() => abandonOlderThan(options.queryTimeoutMs), 500);
  tick.unref();

  return {
    abandonStuck: abandonOlderThan,
    get checkedOut() {
      return checkedOut.size;
    },
    get reclaimed() {
      return reclaimed;
    },
    get abandoned() {
      return abandoned;
    },
    stop: () => clearInterval(tick),
  };
}
