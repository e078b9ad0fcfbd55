import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startPortal } from '@jamsos/server/app';
import { loadConfig, REPO_ROOT } from '@jamsos/server/config';
import { BackupError, findTool, serverMajor } from '@jamsos/server/database/backup';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * `pnpm db:backup` and `pnpm db:restore`, run as a user would run them, against a seeded
 * portal: the restored database holds every row of every table, and a portal started on it
 * serves the same registry.
 */
const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(REPO_ROOT, 'packages', 'server', 'src', 'scripts', 'backup.ts');

let server: TestServer;
const dir = mkdtempSync(path.join(tmpdir(), 'jamsos-backup-'));

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

async function cli(args: string[], databaseUrl: string) {
  try {
    const { stdout, stderr } = await run(TSX, [SCRIPT, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every table of the schema: its row count and a digest of all its rows, read as a superuser. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = 'public' order by tablename",
    );
    const result: Record<string, string> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query<{ n: string; digest: string }>(
        `select count(*) as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from public."${tablename}" t`,
      );
      result[tablename] = `${rows[0]?.n} rows, ${rows[0]?.digest}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function businessCount(url: string): Promise<number> {
  const client = await new GraphQLClient(url).loginAs('STAFF', 'sleman');
  const result = await client.request<{ businesses: { totalCount: number } }>('{ businesses { totalCount } }');
  expect(result.errors).toBeUndefined();
  return result.data?.businesses.totalCount ?? -1;
}

describe('backup and restore', () => {
  it('restores every row of every table, and the portal serves it again', async () => {
    const file = path.join(dir, 'portal.dump');
    let tool: string | null = null;
    try {
      tool = await findTool('pg_dump', await serverMajor(server.database.url));
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
    }
    const backup = await cli(['backup', file], server.database.url);
    if (tool === null) {
      // The embedded PostgreSQL is newer than any pg_dump on this machine: the command says so
      // and what to do, and writes nothing.
      expect(backup.code).toBe(2);
      expect(backup.stderr).toMatch(/must be at least as new as the server.*PG_BIN/s);
      expect(existsSync(file)).toBe(false);
      return;
    }
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(existsSync(file)).toBe(true);

    const restoredName = `${new URL(server.database.url).pathname.slice(1)}_restored`;
    const restore = await cli(['restore', file, '--database', restoredName], server.database.url);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    const restoredUrl = new URL(server.database.url);
    restoredUrl.pathname = `/${restoredName}`;

    try {
      const before = await fingerprint(server.database.url);
      expect(Object.keys(before).length).toBeGreaterThan(15);
      expect(before.worker).not.toMatch(/^0 rows/);
      expect(await fingerprint(restoredUrl.toString())).toEqual(before);

      // Restoring over a database that has data is refused, and changes nothing.
      const again = await cli(['restore', file], restoredUrl.toString());
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/not empty.*Nothing was changed/);

      const portal = await startPortal(
        loadConfig({
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: '0',
          DATABASE_URL: restoredUrl.toString(),
          SEED_DEMO: 'false',
          WEB_DIST: path.join(REPO_ROOT, 'packages', 'web', 'dist'),
        }),
        () => {},
      );
      try {
        expect(await businessCount(portal.url)).toBe(await businessCount(server.url));
      } finally {
        await portal.stop();
      }
    } finally {
      const admin = new pg.Client({ connectionString: server.database.url });
      await admin.connect();
      await admin.query(`drop database if exists ${restoredName} with (force)`);
      await admin.end();
    }
  });

  it('refuses a file that is not there, with a clear message', async () => {
    const missing = await cli(['restore', path.join(dir, 'nope.dump'), '--database', 'x_never'], server.database.url);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No backup at/);
  });
});
