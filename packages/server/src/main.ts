import 'reflect-metadata';
import cluster from 'node:cluster';
import os from 'node:os';
import { DEMO_TENANTS, demoEmail } from '@jamsos/schema';
import { startPortal } from './app';
import { type Config, ConfigError, loadConfig } from './config';
import { prepareDatabase } from './database/database';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded';
import { createLogger, type Logger } from './logger';

function fail(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`Port already in use: ${error.message}. Set PORT to a free port.`);
  } else if (error instanceof Error) {
    console.error('The portal could not start:', error);
  } else {
    // Some libraries reject with nothing at all; say so rather than print "undefined".
    console.error(`The portal could not start (no reason given: ${String(error)})`);
  }
  process.exit(1);
}

/** The banner for the person who started the portal (plain text, once, whatever the processes). */
function banner(config: Config, url: string, database: string, processes: number): string {
  const lines = [
    '',
    `Portal Kemitraan Jaminan Sosial DIY is running at ${url}${processes > 1 ? ` (${processes} server processes)` : ''}`,
    `  GraphQL: ${url}/graphql   health: ${url}/livez, ${url}/readyz   database: ${database}`,
  ];
  if (config.SEED_DEMO) {
    lines.push(`  Demo logins (password: ${config.DEMO_PASSWORD}):`);
    for (const tenant of DEMO_TENANTS) {
      lines.push(
        `    ${tenant.name.padEnd(46)} ${demoEmail('ADMIN', tenant.code)}, ${demoEmail('STAFF', tenant.code)}, ${demoEmail('VIEWER', tenant.code)}`,
      );
    }
  }
  return lines.join('\n');
}

const PREPARED = 'portal.prepared';

function preparedByPrimary(): Promise<void> {
  return new Promise((resolve) => {
    const listener = (message: unknown) => {
      if (message !== PREPARED) return;
      process.off('message', listener);
      resolve();
    };
    process.on('message', listener);
  });
}

/** What a worker tells the primary once it listens. */
interface WorkerReady {
  readonly kind: 'portal.ready';
  readonly url: string;
  readonly database: string;
}

/**
 * One server process: the portal itself. `worker`: one of the cluster's, so the database was
 * prepared by the primary and the primary prints the banner.
 */
async function serve(config: Config, logger: Logger, worker: boolean): Promise<void> {
  // A worker is forked while the primary prepares the database, so its loading overlaps that
  // work; it opens the database once told it is ready.
  if (worker) await preparedByPrimary();
  const portal = await startPortal(config, logger, {}, { prepared: worker });
  if (worker) {
    const ready: WorkerReady = { kind: 'portal.ready', url: portal.url, database: portal.database.description };
    process.send?.(ready);
  } else {
    console.log(banner(config, portal.url, portal.database.description, 1));
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'portal.stopping', signal }, `${signal}: stopping…`);
    // In-flight requests get their time; a connection stuck after a database outage does not
    // get to keep the process alive forever.
    setTimeout(() => {
      logger.error({ event: 'portal.stop-timeout' }, 'Still stopping after 30 s; exiting.');
      process.exit(1);
    }, 30_000).unref();
    portal.stop().then(
      () => process.exit(),
      (error: unknown) => {
        logger.error({ event: 'portal.stop-failed', err: error }, 'Error while stopping');
        process.exit(1);
      },
    );
  };
  // Ours finish in-flight requests first and then stop the cluster (see database/embedded.ts).
  // A crash still stops the embedded PostgreSQL rather than leaving it running.
  process.on('uncaughtException', (error) => {
    logger.fatal({ event: 'portal.crash', err: error }, `Uncaught exception: ${error.message}`);
    process.exitCode = 1;
    shutdown('uncaughtException');
  });
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

/**
 * The cluster's primary (issue 19, both cores): it starts the embedded PostgreSQL when there is no
 * DATABASE_URL, prepares the database once (role, migrations, demo data), then forks `processes`
 * workers that share the port (node:cluster hands them connections in turn). Every piece of state
 * a request relies on lives in the database (sessions, the login throttle, the dashboards'
 * versions), so any worker answers any request alike. A worker that dies is replaced; SIGTERM or
 * SIGINT stops the workers (each finishes its requests), then the embedded PostgreSQL.
 */
async function primary(config: Config, logger: Logger, processes: number): Promise<void> {
  const log = (line: string) => logger.info(line);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, log);
    log(`Started embedded PostgreSQL (data in ${config.EMBEDDED_PG_DIR})`);
    databaseUrl = embedded.url;
  }
  const env = { DATABASE_URL: databaseUrl, JAMSOS_CLUSTER_WORKER: '1' };
  let stopping = false;
  let announced = false;
  let prepared = false;
  const ready = new Map<number, WorkerReady>();
  const fork = () => {
    const worker = cluster.fork(env);
    if (prepared) worker.once('online', () => worker.send(PREPARED));
    worker.on('message', (message: WorkerReady) => {
      if (message?.kind !== 'portal.ready') return;
      ready.set(worker.id, message);
      if (!announced && ready.size >= processes) {
        announced = true;
        console.log(
          banner(
            config,
            message.url,
            embedded ? `embedded PostgreSQL (${message.database})` : message.database,
            processes,
          ),
        );
      }
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    ready.delete(worker.id);
    if (stopping) return;
    logger.error(
      { event: 'portal.worker-exit', pid: worker.process.pid, code, signal },
      `Server process ${worker.process.pid} exited (${signal ?? code}); starting another.`,
    );
    fork();
  });
  for (let i = 0; i < processes; i++) fork();
  await prepareDatabase({ ...config, DATABASE_URL: databaseUrl }, log);
  prepared = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.send(PREPARED);
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'portal.stopping', signal }, `${signal}: stopping ${processes} server processes…`);
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    const exited = workers.map((w) => new Promise((resolve) => (w.isDead() ? resolve(null) : w.once('exit', resolve))));
    for (const w of workers) w.process.kill('SIGTERM');
    Promise.all(exited)
      .then(() => embedded?.stop())
      .then(
        () => process.exit(),
        (error: unknown) => {
          logger.error({ event: 'portal.stop-failed', err: error }, 'Error while stopping');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

try {
  const config = loadConfig();
  // Log records (pino) go to stdout: JSON in production, one readable line each elsewhere. The
  // banner is for the person who started the portal, so it stays plain text.
  const logger = createLogger({
    format: config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty'),
    level: config.LOG_LEVEL,
  });
  const processes = config.SERVER_PROCESSES ?? os.availableParallelism();
  if (cluster.isWorker) await serve(config, logger, process.env.JAMSOS_CLUSTER_WORKER === '1');
  else if (processes > 1) await primary(config, logger, processes);
  else await serve(config, logger, false);
} catch (error) {
  fail(error);
}
