import { deferBegin } from '@jamsos/server/database/deferred-begin';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * The request pool sends `begin` with the transaction's first statement (database/deferred-begin.ts).
 * What must not change: the statements run in one transaction, commit and rollback keep their
 * meaning, the first statement's error is its caller's, and a connection never carries a
 * remembered `begin` to its next borrower. What must change: one message fewer per transaction.
 */
describe('begin sent with the first statement', () => {
  let pool: pg.Pool;
  /** Simple-query messages each pooled connection sent to PostgreSQL. */
  const sent = new Map<pg.PoolClient, string[]>();

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: inject('adminDatabaseUrl'), max: 1 });
    pool.on('connect', (client) => {
      const connection = (client as unknown as { connection: { query(text: string): void } }).connection;
      const query = connection.query.bind(connection);
      const log: string[] = [];
      sent.set(client as pg.PoolClient, log);
      connection.query = (text: string) => {
        log.push(text);
        query(text);
      };
    });
    deferBegin(pool);
  });
  afterAll(async () => {
    await pool.end();
  });

  async function borrow<T>(work: (client: pg.PoolClient, messages: () => string[]) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    const log = sent.get(client) ?? [];
    const from = log.length;
    try {
      return await work(client, () => log.slice(from));
    } finally {
      client.release();
    }
  }

  it('runs begin and the first statement as one message, in one transaction', async () => {
    await borrow(async (client, messages) => {
      const begun = await client.query('begin');
      expect(begun.command).toBe('BEGIN');
      const first = await client.query(`select set_config('jamsos.probe', 'inside', true) as v`);
      expect(first.rows).toEqual([{ v: 'inside' }]);
      const second = await client.query(`select current_setting('jamsos.probe', true) as v`);
      expect(second.rows).toEqual([{ v: 'inside' }]);
      await client.query('commit');
      expect(messages()).toEqual([
        `begin;select set_config('jamsos.probe', 'inside', true) as v`,
        `select current_setting('jamsos.probe', true) as v`,
        'commit',
      ]);
      // Committed: the local setting is gone.
      expect((await client.query(`select current_setting('jamsos.probe', true) as v`)).rows).toEqual([{ v: '' }]);
    });
  });

  it('keeps commit and rollback: what was rolled back is not there', async () => {
    await borrow(async (client) => {
      await client.query('create temporary table if not exists deferred_probe (n int)');
      await client.query('begin');
      await client.query('insert into deferred_probe values (1)');
      await client.query('rollback');
      expect((await client.query('select count(*)::int as n from deferred_probe')).rows).toEqual([{ n: 0 }]);
      await client.query('begin');
      const inserted = await client.query('insert into deferred_probe values (2), (3)');
      expect(inserted.command).toBe('INSERT');
      expect(inserted.rowCount).toBe(2);
      await client.query('commit');
      expect((await client.query('select count(*)::int as n from deferred_probe')).rows).toEqual([{ n: 2 }]);
    });
  });

  it("gives the first statement's error to its caller, inside the transaction", async () => {
    await borrow(async (client) => {
      await client.query('begin');
      await expect(client.query('select 1 / 0')).rejects.toThrow(/division by zero/);
      // The begin was run: the transaction is now aborted, not in autocommit.
      await expect(client.query('select 1')).rejects.toThrow(/current transaction is aborted/);
      await client.query('rollback');
      expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    });
  });

  it('sends nothing for a transaction that ran no statement', async () => {
    await borrow(async (client, messages) => {
      await client.query('begin');
      expect((await client.query('commit;')).command).toBe('COMMIT');
      await client.query('start transaction isolation level serializable');
      expect((await client.query('ROLLBACK')).command).toBe('ROLLBACK');
      expect(messages()).toEqual([]);
    });
  });

  it('sends begin first when the statement has bound values', async () => {
    await borrow(async (client, messages) => {
      await client.query('begin');
      await client.query(`select set_config('jamsos.probe', $1, true)`, ['bound']);
      expect((await client.query(`select current_setting('jamsos.probe', true) as v`)).rows).toEqual([{ v: 'bound' }]);
      await client.query('rollback');
      expect(messages()[0]).toBe('begin');
    });
  });

  it('never hands a remembered begin to the next borrower', async () => {
    await borrow(async (client) => {
      await client.query('begin');
      // Released without a statement, commit or rollback (a request whose client left, say).
    });
    await borrow(async (client, messages) => {
      await client.query(`select set_config('jamsos.probe', 'next', true)`);
      // Not in a transaction: the local setting ended with its own statement.
      expect((await client.query(`select current_setting('jamsos.probe', true) as v`)).rows).toEqual([{ v: '' }]);
      expect(messages()[0]).toBe(`select set_config('jamsos.probe', 'next', true)`);
    });
  });
});
