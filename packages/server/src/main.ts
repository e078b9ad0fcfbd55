import 'reflect-metadata';
import cluster from 'node:cluster';
import os from 'node:os';
import { type Config, ConfigError, loadConfig } from './config';
import type { EmbeddedDatabase } from './database/embedded';
import { createLogger, type Logger } from './logger';

// The server itself (app, database, features) is imported where it is needed, not here: the
// cluster's primary serves nothing, so it loads none of it (a compiled chunk of its own).

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
async function banner(config: Config, url: string, database: string, processes: number): Promise<string> {
  const { DEMO_TENANTS, demoEmail } = await import('@jamsos/schema');
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

/** A worker's part: `prepare` (the first: it prepares the database) or `wait` (for the word that it is ready). */
type WorkerRole = 'prepare' | 'wait';

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
 * One server process: the portal itself. `role`: null alone; in the cluster, the first worker
 * prepares the database (role, migrations, demo data) and the others wait until it has, so the
 * preparing never runs twice at once while their loading overlaps it; the primary prints the banner.
 */
async function serve(config: Config, logger: Logger, role: WorkerRole | null): Promise<void> {
  const waiting = role === 'wait' ? preparedByPrimary() : null;
  const { startPortal } = await import('./app');
  if (waiting) await waiting;
  const portal = await startPortal(config, logger, {}, { prepared: role === 'wait' });
  if (role) {
    const ready: WorkerReady = { kind: 'portal.ready', url: portal.url, database: portal.database.description };
    process.send?.(ready);
  } else {
    console.log(await banner(config, portal.url, portal.database.description, 1));
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
 * DATABASE_URL, then forks `processes` workers that share the port (node:cluster hands them
 * connections in turn). The first prepares the database; once it serves, the others open the
 * database too. Every piece of state a request relies on lives in the database (sessions, the
 * login throttle, the dashboards' versions), so any worker answers any request alike. A worker
 * that dies is replaced — unless the first dies before it served, which means the portal cannot
 * start (it said why): then the primary stops too. SIGTERM or SIGINT stops the workers (each
 * finishes its requests), then the embedded PostgreSQL.
 */
async function primary(config: Config, logger: Logger, processes: number): Promise<void> {
  const log = (line: string) => logger.info(line);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const { startEmbeddedPostgres } = await import('./database/embedded');
    embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, log);
    log(`Started embedded PostgreSQL (data in ${config.EMBEDDED_PG_DIR})`);
    databaseUrl = embedded.url;
  }
  let stopping = false;
  let prepared = false;
  let announced = false;
  const ready = new Set<number>();
  const stopAll = (code: number) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    const exited = workers.map((w) => new Promise((resolve) => (w.isDead() ? resolve(null) : w.once('exit', resolve))));
    for (const w of workers) w.process.kill('SIGTERM');
    Promise.all(exited)
      .then(() => embedded?.stop())
      .then(
        () => process.exit(code),
        (error: unknown) => {
          logger.error({ event: 'portal.stop-failed', err: error }, 'Error while stopping');
          process.exit(1);
        },
      );
  };
  const fork = (role: WorkerRole) => {
    const worker = cluster.fork({ DATABASE_URL: databaseUrl, JAMSOS_CLUSTER_ROLE: role });
    if (role === 'wait' && prepared) worker.send(PREPARED);
    worker.on('message', (message: WorkerReady) => {
      if (message?.kind !== 'portal.ready') return;
      ready.add(worker.id);
      if (!prepared) {
        prepared = true;
        for (const other of Object.values(cluster.workers ?? {})) if (other && other !== worker) other.send(PREPARED);
      }
      if (!announced && ready.size >= processes) {
        announced = true;
        const database = embedded ? `embedded PostgreSQL (${message.database})` : message.database;
        banner(config, message.url, database, processes).then((text) => console.log(text));
      }
    });
  };
  let restartDelayMs = 0;
  let lastRestartAt = 0;
  cluster.on('exit', (worker, code, signal) => {
    ready.delete(worker.id);
    if (stopping) return;
    if (!prepared) {
      // The first could not prepare or open the database, and said why on its way out.
      stopAll(1);
      return;
    }
    // A process that dies soon after the last replacement (a database that refuses new
    // connections, say) is replaced after a pause that doubles, up to 30 s, instead of at once in
    // a loop; one that served for a minute resets the pause.
    const now = Date.now();
    restartDelayMs = now - lastRestartAt > 60_000 ? 0 : Math.min(Math.max(restartDelayMs * 2, 500), 30_000);
    lastRestartAt = now;
    logger.error(
      { event: 'portal.worker-exit', pid: worker.process.pid, code, signal, restartInMs: restartDelayMs },
      `Server process ${worker.process.pid} exited (${signal ?? code}); starting another${restartDelayMs ? ` in ${restartDelayMs / 1000} s` : ''}.`,
    );
    setTimeout(() => {
      if (!stopping) fork('wait');
    }, restartDelayMs);
  });
  fork('prepare');
  for (let i = 1; i < processes; i++) fork('wait');
  const shutdown = (signal: string) => {
    if (stopping) return;
    logger.info({ event: 'portal.stopping', signal }, `${signal}: stopping ${processes} server processes…`);
    stopAll(0);
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
  if (cluster.isWorker) await serve(config, logger, process.env.JAMSOS_CLUSTER_ROLE === 'wait' ? 'wait' : 'prepare');
  else if (processes > 1) await primary(config, logger, processes);
  else await serve(config, logger, null);
} catch (error) {
  fail(error);
}
