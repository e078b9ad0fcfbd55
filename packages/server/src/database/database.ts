import { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Config } from '../config';
import { ConfigError } from '../config';
import { ormConfig } from '../mikro-orm.config';
import { APP_DB_ROLE } from '../modules/common/tenancy';
import { seedDemoAgreements } from '../seeders/agreements.seeder';
import { DemoSeeder } from '../seeders/demo.seeder';
import { seedDemoRegistry } from '../seeders/registry.seeder';
import { type AvailabilityLog, DatabaseMonitor } from './availability';
import { deferBegin } from './deferred-begin';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded';
import { guardPool, type PoolGuard } from './pool-guard';

export interface Database {
  /** The connection requests use: the unprivileged role, under row-level security. */
  readonly orm: MikroORM;
  /** The owner's connection: migrations and seeding only, never a request. */
  readonly ownerOrm: MikroORM;
  /** Where the server connected, without the password (for the start-up banner). */
  readonly description: string;
  /** Whether the database is there right now; refuses requests at once while it is not. */
  readonly monitor: DatabaseMonitor;
  /** The request pool's guard: leaked and stuck connections (see pool-guard.ts). */
  readonly pool: PoolGuard;
  close(): Promise<void>;
}

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

async function connect(
  url: string,
  config: Config,
  what: string,
  log: (line: string) => void,
  onPool?: (pool: pg.Pool) => void,
): Promise<MikroORM> {
  const orm = await MikroORM.init({
    // SQL goes through the portal's log, so each statement carries its request's id (LOG_SQL).
    ...ormConfig(url, { debug: config.LOG_SQL, logger: log }),
    driverOptions: {
      // Bounds opening a connection and waiting for a free one: nothing waits for ever.
      connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
      // TCP keepalive, so an idle connection to a vanished host is noticed and dropped.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      ...(onPool ? { onPoolCreated: onPool } : {}),
    },
  });
  try {
    await orm.em.getConnection().execute('select 1');
    return orm;
  } catch (error) {
    await orm.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `Cannot connect to the database${what ? ` ${what}` : ''} at ${describe(url)}: ${reason || 'connection failed'}`,
    );
  }
}

/**
 * Creates (or updates the password of) the role requests run as. Roles belong to the whole
 * cluster, so concurrent starts on one server race here: the loser of a `create role` gets a
 * duplicate error (harmless), and of two `alter role`s PostgreSQL may refuse one with "tuple
 * concurrently updated" — which is retried, since the role is then in the state we want anyway.
 */
async function ensureAppRole(owner: MikroORM, password: string): Promise<void> {
  const quoted = `'${password.replaceAll("'", "''")}'`;
  for (let attempt = 1; ; attempt++) {
    try {
      await owner.em.getConnection().execute(`do $$ begin
        if not exists (select from pg_roles where rolname = '${APP_DB_ROLE}') then
          create role ${APP_DB_ROLE} login password ${quoted} nosuperuser nobypassrls nocreatedb nocreaterole noinherit;
        else
          alter role ${APP_DB_ROLE} login password ${quoted} nosuperuser nobypassrls;
        end if;
      exception when duplicate_object or unique_violation then null;
      end $$;`);
      return;
    } catch (error) {
      const concurrent = error instanceof Error && /tuple concurrently updated/.test(error.message);
      if (!concurrent || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when it is unset; applies the
 * committed migrations and, when asked, loads the demo province, as the owner; then opens the
 * unprivileged connection that requests use.
 */
/**
 * Makes the database ready for the portal once, before any server process opens it: the request
 * role, the migrations, the demo data. With several server processes (main.ts, SERVER_PROCESSES)
 * the primary does this and the workers open the database `prepared`.
 */
export async function prepareDatabase(config: Config, log: (line: string) => void): Promise<void> {
  const url = config.DATABASE_URL;
  if (!url) throw new Error('prepareDatabase needs DATABASE_URL (the primary starts an embedded cluster first)');
  const ownerOrm = await connect(url, config, '', log);
  try {
    await prepare(ownerOrm, config, log);
  } finally {
    await ownerOrm.close();
  }
}

async function prepare(ownerOrm: MikroORM, config: Config, log: (line: string) => void): Promise<void> {
  if (!config.DATABASE_APP_URL) await ensureAppRole(ownerOrm, config.DATABASE_APP_PASSWORD);
  await ownerOrm.migrator.up();
  if (config.SEED_DEMO) {
    await new DemoSeeder(config.DEMO_PASSWORD).run(ownerOrm.em.fork());
    await seedDemoAgreements(ownerOrm.em.fork());
    const workers = await seedDemoRegistry(ownerOrm.em.fork(), config.DEMO_REGISTRY_SCALE);
    if (workers > 0) log(`Loaded the demo registry (${workers} workers)`);
  }
}

/** The request role's address: DATABASE_APP_URL, or the owner's with the app role's name and password. */
function appUrlOf(config: Config, ownerUrl: string): string {
  if (config.DATABASE_APP_URL) return config.DATABASE_APP_URL;
  const derived = new URL(ownerUrl);
  derived.username = APP_DB_ROLE;
  derived.password = config.DATABASE_APP_PASSWORD;
  return derived.toString();
}

export async function openDatabase(
  config: Config,
  log: (line: string) => void,
  events: AvailabilityLog = { info: log, warn: log },
  options: { prepared?: boolean } = {},
): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  if (!config.DATABASE_URL) {
    embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, log);
    log(`Started embedded PostgreSQL (data in ${config.EMBEDDED_PG_DIR})`);
  }
  const ownerUrl = config.DATABASE_URL ?? embedded?.url ?? '';
  let ownerOrm: MikroORM | null = null;
  try {
    ownerOrm = await connect(ownerUrl, config, '', log);
    const appUrl = appUrlOf(config, ownerUrl);
    if (!options.prepared) await prepare(ownerOrm, config, log);
    let guard: PoolGuard | null = null;
    const orm = await connect(appUrl, config, `as ${APP_DB_ROLE}`, log, (pool) => {
      guard = guardPool(pool, { queryTimeoutMs: config.DATABASE_QUERY_TIMEOUT_MS });
      deferBegin(pool);
    });
    const pool = guard as PoolGuard | null;
    if (!pool) throw new Error('the request pool was not created');
    const monitor = new DatabaseMonitor(
      {
        url: appUrl,
        timeoutMs: config.DATABASE_PROBE_TIMEOUT_MS,
        heartbeatMs: config.DATABASE_HEARTBEAT_MS,
        retryMs: config.DATABASE_RETRY_MS,
        // Queries already waiting will get no answer either: fail them now, not at their timeout.
        onAway: () => pool.abandonStuck(config.DATABASE_PROBE_TIMEOUT_MS),
      },
      events,
    );
    monitor.start();
    const owner = ownerOrm;
    return {
      orm,
      ownerOrm: owner,
      description: embedded ? `embedded PostgreSQL at ${describe(ownerUrl)}` : describe(ownerUrl),
      monitor,
      pool,
      async close() {
        await monitor.stop();
        pool.stop();
        await orm.close();
        await owner.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await ownerOrm?.close();
    await embedded?.stop();
    throw error;
  }
}
