import 'reflect-metadata';
import { DEMO_TENANTS, demoEmail } from '@jamsos/schema';
import { startPortal } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

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

try {
  const config = loadConfig();
  // Log records (pino) go to stdout: JSON in production, one readable line each elsewhere. The
  // banner below is for the person who started the portal, so it stays plain text.
  const logger = createLogger({
    format: config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty'),
    level: config.LOG_LEVEL,
  });
  const portal = await startPortal(config, logger);
  const lines = [
    '',
    `Portal Kemitraan Jaminan Sosial DIY is running at ${portal.url}`,
    `  GraphQL: ${portal.url}/graphql   health: ${portal.url}/livez, ${portal.url}/readyz   database: ${portal.database.description}`,
  ];
  if (config.SEED_DEMO) {
    lines.push(`  Demo logins (password: ${config.DEMO_PASSWORD}):`);
    for (const tenant of DEMO_TENANTS) {
      lines.push(
        `    ${tenant.name.padEnd(46)} ${demoEmail('ADMIN', tenant.code)}, ${demoEmail('STAFF', tenant.code)}, ${demoEmail('VIEWER', tenant.code)}`,
      );
    }
  }
  console.log(lines.join('\n'));
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
} catch (error) {
  fail(error);
}
