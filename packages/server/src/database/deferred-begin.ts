import type pg from 'pg';

/**
 * One round trip less on every request: `begin` is sent together with the transaction's first
 * statement instead of on its own.
 *
 * Why this exists: each request runs in one transaction (request/lifecycle.ts), so a page cost
 * four round trips — `begin`, the session lookup, the page, `commit` — where `begin` alone carries
 * no information; on this two-core machine each round trip is a socket write, a wake-up of the
 * PostgreSQL backend and a wait for its answer (issue 19 measured about a quarter of a page's
 * server CPU in those writes). MikroORM (through Kysely) sends every statement as text with its parameters
 * already written in (`CompiledQuery.raw` of the formatted SQL, no bound values), which is
 * PostgreSQL's simple-query protocol: one message may hold several statements, run in order, and
 * a statement after a failed one is not run. So `begin;<first statement>` behaves exactly as the
 * two sent one after the other, and the first statement's error is still the error its caller
 * sees.
 *
 * The rules, per pooled connection:
 * - `begin` (or `start transaction …`) is answered at once and remembered, not sent;
 * - the next text-only statement goes out as `begin;<statement>`, and its caller gets that
 *   statement's result as if it had been sent alone;
 * - `commit` or `rollback` with nothing sent since: nothing was begun, nothing is sent;
 * - anything else (bound values, a cursor, a callback): the remembered `begin` is sent first, on
 *   its own (pg runs a connection's queries in the order they were given);
 * - a connection going back to the pool forgets a remembered `begin`, so it can never open a
 *   transaction in the next borrower's name.
 */
export function deferBegin(pool: pg.Pool): void {
  const pending = new WeakMap<pg.PoolClient, string>();
  pool.on('connect', (client) => {
    const poolClient = client as pg.PoolClient;
    const send = client.query.bind(client) as (...args: unknown[]) => unknown;
    const deferred = ((...args: unknown[]) => {
      const [text, values, callback] = args;
      const plain = typeof text === 'string' && isEmpty(values) && callback === undefined;
      const begin = pending.get(poolClient);
      if (plain && TRANSACTION_START.test(text)) {
        // Sent with the next statement; a `begin` already remembered would only have warned.
        pending.set(poolClient, text);
        return Promise.resolve(emptyResult('BEGIN'));
      }
      if (begin === undefined) return send(...args);
      pending.delete(poolClient);
      const end = plain ? TRANSACTION_END.exec(text) : null;
      if (end?.[1]) return Promise.resolve(emptyResult(end[1].toUpperCase()));
      if (plain) {
        return (send(`${begin};${text}`) as Promise<pg.QueryResult | pg.QueryResult[]>).then((results) => {
          if (!Array.isArray(results)) return results;
          const own = results.slice(1);
          return own.length === 1 ? own[0] : own;
        });
      }
      // Queued before the statement: its failure (a dead connection) is the statement's failure too.
      (send(begin) as Promise<unknown>).catch(() => {});
      return send(...args);
    }) as typeof client.query;
    client.query = deferred;
  });
  pool.on('release', (_error, client) => {
    pending.delete(client);
  });
  pool.on('remove', (client) => {
    pending.delete(client as pg.PoolClient);
  });
}

const TRANSACTION_START = /^\s*(begin|start\s+transaction\b[^;]*)\s*;?\s*$/i;
const TRANSACTION_END = /^\s*(commit|rollback)\s*;?\s*$/i;

function isEmpty(values: unknown): boolean {
  return values === undefined || (Array.isArray(values) && values.length === 0);
}

function emptyResult(command: string): pg.QueryResult {
  return { command, rowCount: null, oid: 0, fields: [], rows: [] };
}
