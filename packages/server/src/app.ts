import 'reflect-metadata';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express from 'express';
import { type Config, ConfigError } from './config';
import type { Context } from './context';
import { type Database, openDatabase } from './database/database';
import { features } from './features';
import { healthRoutes } from './health';
import { apiSecurityHeaders, graphqlArmor, securityHeaders } from './limits';
import { createLogger, type Logger, type LogLine, lineLog } from './logger';
import type { JobDefinition } from './modules/common/jobs';
import { RequestLoaders } from './modules/common/loaders';
import { type JobRunner, startJobs } from './modules/jobs/queue';
import { installPlaces } from './places';
import { formatError, requestTransaction } from './request/graphql';
import { httpRunner } from './request/http';
import { RequestLifecycle } from './request/lifecycle';
import { assignRequestId } from './request-id';
import { buildAppSchema, buildBareSchema } from './schema';
import { loadTrustedDocuments, resolvePersistedDocuments } from './trusted-documents';

export interface Portal {
  readonly url: string;
  readonly database: Database;
  /** The job queue (modules/jobs): the features' jobs and schedules. */
  readonly jobs: JobRunner;
  stop(): Promise<void>;
}

/** Options for tests only: switch layer 1 and/or 2 off to test layer 3 alone; jobs of their own. */
export interface PortalTestOptions {
  switchOff?: { rules?: boolean; tenantFilter?: boolean };
  /** Jobs of the test's own, beside the features' (test/system/jobs.test.ts). */
  jobs?: readonly JobDefinition[];
}

/**
 * Builds the HTTP server: GraphQL at /graphql, the features' file routes under /api, the health
 * routes, and the built web client at /. Every request to GraphQL or /api runs in the one
 * request lifecycle (request/lifecycle.ts).
 *
 * `logTo`: a pino logger (main.ts), or a function that receives each line as
 * `[request …] message` (tests pass `() => {}` to silence it, or collect the lines); when
 * omitted, the portal logs to stdout in LOG_FORMAT.
 */
export async function startPortal(
  config: Config,
  logTo?: Logger | LogLine,
  testOptions: PortalTestOptions = {},
  /** `prepared`: the database was migrated and seeded already (a worker of main.ts's cluster). */
  startOptions: { prepared?: boolean } = {},
): Promise<Portal> {
  const logger =
    typeof logTo === 'function'
      ? createLogger({ sink: logTo, level: config.LOG_LEVEL })
      : (logTo ??
        createLogger({
          format: config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty'),
          level: config.LOG_LEVEL,
        }));
  const log = lineLog(logger);
  await installPlaces(config.PORTAL_PROVINCE).catch((error: Error) => {
    throw new ConfigError(`PORTAL_PROVINCE: ${error.message}`);
  });
  // Start-up overlaps the database's round trips with the CPU work of building the schema, and
  // the job queue's (a dozen statements) with Apollo's start: one after the other they were
  // about half of the time to healthy (issue 19: cold start ≤ 2 s).
  const opening = openDatabase(
    config,
    log,
    {
      info: (message, fields) => logger.info(fields ?? {}, message),
      warn: (message, fields) => logger.warn(fields ?? {}, message),
    },
    startOptions,
  );
  const schemaBuilt = testOptions.switchOff?.rules ? buildBareSchema() : buildAppSchema();
  schemaBuilt.catch(() => {});
  const database = await opening;
  const jobsStarting = startJobs([...features.flatMap((feature) => feature.jobs ?? []), ...(testOptions.jobs ?? [])], {
    ownerOrm: database.ownerOrm,
    config,
    logger,
    databaseAvailable: () => database.monitor.available,
  });
  // Awaited below, after Apollo's start; a failure is handled there, not as an unhandled rejection.
  jobsStarting.catch(() => {});
  const schema = await schemaBuilt.catch(async (error: unknown) => {
    await jobsStarting.then((jobs) => jobs.stop()).catch(() => {});
    await database.close();
    throw error;
  });
  const lifecycle = new RequestLifecycle(database, log, { tenantFilterOff: testOptions.switchOff?.tenantFilter });
  const traffic = { requests: 0, unavailable: 0, startedAt: Date.now() };
  const app = express();
  app.disable('x-powered-by');
  app.use(assignRequestId());
  app.use((_req, res, next) => {
    traffic.requests++;
    res.once('finish', () => {
      if (res.statusCode === 503) traffic.unavailable++;
    });
    next();
  });
  const httpServer = http.createServer(app);

  const armor = graphqlArmor(config);
  const documents = loadTrustedDocuments();
  const enforce = (config.TRUSTED_DOCUMENTS ?? (config.NODE_ENV === 'production' ? 'enforce' : 'accept')) === 'enforce';
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.NODE_ENV !== 'production',
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo installs cache control by default, which wraps every field's resolver to collect
      // cache hints we never set (HTTP caching of per-tenant answers is off): pure cost per item.
      ApolloServerPluginCacheControlDisabled(),
      requestTransaction(lifecycle, enforce ? documents : null),
    ],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals: it drains HTTP, then closes the database, then exits.
    stopOnTerminationSignals: false,
    // Errors without a code of ours are unexpected: log them, and show clients no internals.
    formatError: formatError(config, lifecycle),
  });
  await apollo.start();
  const jobs = await jobsStarting.catch(async (error: unknown) => {
    await apollo.stop().catch(() => {});
    await database.close();
    throw error;
  });

  healthRoutes(app, database);

  app.use(
    '/graphql',
    apiSecurityHeaders(),
    cookieParser(),
    express.json({ limit: '1mb' }),
    resolvePersistedDocuments(documents),
    expressMiddleware(apollo, {
      // No database work here: it starts once the operation has passed validation.
      context: async ({ req, res }): Promise<Context> => {
        return {
          em: lifecycle.fork(),
          viewer: null,
          config,
          req,
          res,
          denials: [],
          loginFailures: [],
          // Each feature's made on first use, in the scope the lifecycle enters.
          loaders: new RequestLoaders(),
          jobs,
        };
      },
    }),
  );

  // The features' plain-HTTP routes (files, streams), in the same request lifecycle.
  app.use('/api', apiSecurityHeaders());
  const run = httpRunner(lifecycle);
  for (const feature of features) if (feature.routes) app.use(feature.routes({ run, config }));

  // The single-page client: static assets, and index.html for every other GET (client routes).
  const webIndex = path.join(config.WEB_DIST, 'index.html');
  if (existsSync(webIndex)) {
    app.use(securityHeaders());
    app.use(
      express.static(config.WEB_DIST, {
        index: false,
        maxAge: '1h',
        // The service worker, its registration and the manifest name the build: a browser must ask
        // for them every time, or an installed app would keep an old build for an hour (issue 18).
        setHeaders: (res, file) => {
          if (/(?:^|[\\/])(?:sw\.js|registerSW\.js|manifest\.webmanifest|index\.html)$/.test(file))
            res.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
    app.get(/^\/(?!graphql|healthz|livez|readyz|api\/).*/, (_req, res) =>
      res.sendFile(webIndex, { headers: { 'Cache-Control': 'no-cache' } }),
    );
  } else {
    log(`The web client is not built (${webIndex} is missing): run \`pnpm build\`. Serving the API only.`);
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    database,
    jobs,
    async stop() {
      await apollo.stop();
      await jobs.stop();
      const { outages, awayMs, refused } = database.monitor.totals;
      const { reclaimed, abandoned } = database.pool;
      await database.close();
      const uptimeMs = Date.now() - traffic.startedAt;
      logger.info(
        {
          event: 'portal.stopped',
          uptimeMs,
          requests: traffic.requests,
          unavailable: traffic.unavailable,
          outages,
          awayMs,
          refused,
          reclaimed,
          abandoned,
        },
        `stopped after ${(uptimeMs / 1000).toFixed(0)} s: ${traffic.requests} requests, ${traffic.unavailable} answered 503; database away ${outages} time(s) for ${(awayMs / 1000).toFixed(1)} s in all (${refused} requests refused); ${reclaimed} dead connections reclaimed from the pool, ${abandoned} unanswered ones abandoned`,
      );
    },
  };
}
