import { randomBytes } from 'node:crypto';
import { APP_DB_ROLE } from '@jamsos/server/modules/common/tenancy';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of its own for one test file, so files can run in parallel. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `jamsos_t_${randomBytes(6).toString('hex')}`;
  await asAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => asAdmin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/**
 * A plain SQL connection to a test server's database as the role requests run as (not the owner,
 * no BYPASSRLS), with the password the portal gives it by default: row-level security applies.
 */
export async function connectAsAppRole(databaseUrl: string): Promise<pg.Client> {
  const url = new URL(databaseUrl);
  url.username = APP_DB_ROLE;
  url.password = 'jamsos-app-local';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}
