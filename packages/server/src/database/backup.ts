/**
 * Backup and restore of the portal's database with PostgreSQL's own tools.
 *
 *   pnpm db:backup <file>                  pg_dump --format=custom of the portal's database
 *   pnpm db:restore <file> [--database X]  pg_restore into the (empty) database, or into a new
 *                                          database X on the same server
 *
 * The database is DATABASE_URL's, or the running embedded cluster's (found from its
 * postmaster.pid). pg_dump refuses servers newer than itself, so the tools are looked up to
 * match the server: PG_BIN, then /usr/lib/postgresql/<major>/bin, then PATH.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { APP_DB_ROLE } from '../modules/common/tenancy';

const run = promisify(execFile);

export class BackupError extends Error {}

/** The embedded cluster's credentials (see database/embedded.ts) and its port, while it runs. */
export function embeddedUrl(dataDir: string): string {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile))
    throw new BackupError(
      `DATABASE_URL is unset and the embedded PostgreSQL in ${dataDir} is not running: start the portal (pnpm start) or set DATABASE_URL.`,
    );
  // postmaster.pid: pid, data directory, start time, port, …
  const port = readFileSync(pidFile, 'utf8').split('\n')[3]?.trim();
  return `postgres://jamsos:jamsos-local@127.0.0.1:${port}/jamsos`;
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('show server_version_num');
    return Math.floor(Number(rows[0]?.server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

async function toolMajor(binary: string): Promise<number | null> {
  try {
    const { stdout } = await run(binary, ['--version']);
    const match = /(\d+)(?:\.\d+)?/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** A pg_dump/pg_restore at least as new as the server, or a clear refusal naming what was found. */
export async function findTool(tool: 'pg_dump' | 'pg_restore', major: number): Promise<string> {
  const candidates = [
    process.env.PG_BIN ? path.join(process.env.PG_BIN, tool) : null,
    `/usr/lib/postgresql/${major}/bin/${tool}`,
    tool,
  ].filter((c): c is string => c !== null);
  const found: string[] = [];
  for (const candidate of candidates) {
    const version = await toolMajor(candidate);
    if (version === null) continue;
    if (version >= major) return candidate;
    found.push(`${candidate} (${version})`);
  }
  throw new BackupError(
    `No ${tool} for PostgreSQL ${major} here${found.length ? ` — found only ${found.join(', ')}` : ''}. ` +
      `${tool} must be at least as new as the server: install PostgreSQL ${major}'s client tools and set PG_BIN to their bin directory.`,
  );
}

export async function backup(url: string, file: string): Promise<void> {
  const pgDump = await findTool('pg_dump', await serverMajor(url));
  // Custom format: compressed, and pg_restore can restore it in order (data before triggers).
  await run(pgDump, ['--format=custom', '--file', file, '--dbname', url]);
}

export async function restore(url: string, file: string, newDatabase?: string): Promise<string> {
  if (!existsSync(file)) throw new BackupError(`No backup at ${file}.`);
  let target = url;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    if (newDatabase) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(newDatabase))
        throw new BackupError('--database takes a plain name: lower-case letters, digits and _.');
      await admin.query(`create database ${newDatabase}`);
      const next = new URL(url);
      next.pathname = `/${newDatabase}`;
      target = next.toString();
    } else {
      const { rows } = await admin.query<{ n: string }>(
        "select count(*) as n from pg_tables where schemaname = 'public'",
      );
      if (Number(rows[0]?.n) > 0)
        throw new BackupError(
          'The target database is not empty: restore into a new one with --database <name>, or empty this one first. Nothing was changed.',
        );
    }
    // The dump grants rights to the request role; roles belong to the cluster, not the dump. The
    // portal gives it its password and login when it starts.
    await admin.query(`do $$ begin
      if not exists (select from pg_roles where rolname = '${APP_DB_ROLE}') then
        create role ${APP_DB_ROLE} nologin nosuperuser nobypassrls nocreatedb nocreaterole noinherit;
      end if;
    end $$`);
  } finally {
    await admin.end();
  }
  const pgRestore = await findTool('pg_restore', await serverMajor(target));
  // One transaction: a restore that fails half-way leaves the target as it was.
  await run(pgRestore, ['--exit-on-error', '--single-transaction', '--no-owner', '--dbname', target, file]);
  return target;
}
