import 'reflect-metadata';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express from 'express';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, Kind } from 'graphql';
import type { Config } from './config';
import type { Context } from './context';
import { RETRY_AFTER_SECONDS, serviceUnavailable, unavailableCause } from './database/availability';
import { type Database, openDatabase } from './database/database';
import { apiSecurityHeaders, graphqlArmor, securityHeaders } from './limits';
import { createLogger, type Logger, type LogLine, lineLog } from './logger';
import { audit } from './modules/audit/audit.service';
import { ErrorCode } from './modules/common/errors';
import { Loaders } from './modules/common/loaders';
import { makeScope } from './modules/common/scope';
import { enterTenant, switchOffTenantFilterForTests } from './modules/common/tenancy';
import { registryFileRoutes } from './modules/import/import.routes';
import { recordLoginFailure, SESSION_COOKIE, viewerFromToken } from './modules/user/auth.service';
import { assignRequestId, CLIENT_CLOSED_REQUEST, currentRequestId, requestAbandoned } from './request-id';
import { buildAppSchema, buildBareSchema } from './schema';
import {
  checkTrustedDocument,
  loadTrustedDocuments,
  resolvePersistedDocuments,
  type TrustedDocuments,
} from './trusted-documents';

async function recordAfterResponse(log: (line: string) => void, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    log(`Could not record after a response: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Each GraphQL request runs in one database transaction: the tenant is set inside it (for
 * row-level security), and the request's writes commit together or not at all. The transaction
 * and the session lookup start only once the operation is parsed and validated, so an operation
 * refused by the limits (or malformed) never reaches the database. Refusals of logged-in callers
 * are audited afterwards in a transaction of their own, since the request's own is rolled back.
 */
function requestTransaction(
  database: Database,
  log: (line: string) => void,
  trusted: TrustedDocuments | null,
  refusals: Refusals,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, request }) {
          const { em, req, res } = contextValue;
          try {
            // Known to be away: refuse at once, rather than wait for the pool to say so.
            database.monitor.assertAvailable();
            await em.begin();
            // Whatever happens to the request, its transaction does not outlive it.
            res.once('close', () => {
              if (em.isInTransaction()) em.rollback().catch(() => {});
            });
            const token: unknown = req.cookies?.[SESSION_COOKIE];
            contextValue.viewer = await viewerFromToken(em, typeof token === 'string' ? token : undefined);
          } catch (error) {
            // PostgreSQL is away: answer at once with 503; the pool reconnects when it is back.
            if (em.isInTransaction()) await em.rollback().catch(() => {});
            if (refusals.note(error)) throw serviceUnavailable();
            throw error;
          }
          if (trusted) checkTrustedDocument(trusted, request.query, contextValue.viewer);
        },
        async willSendResponse({ contextValue, response, operationName, request, document }) {
          const label = operationName ?? request.operationName ?? firstOperationName(document) ?? 'anonymous operation';
          const { em, viewer, denials, loginFailures } = contextValue;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const failed = errors.length > 0;
          const unavailable = errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
          if (em.isInTransaction()) {
            if (failed) await em.rollback().catch(() => {});
            else {
              try {
                await em.commit();
              } catch (error) {
                // Not committed means not done: the client must not be told it was. Whether
                // PostgreSQL committed before the connection broke cannot be known: say so.
                const cause = unavailableCause(error);
                if (cause) {
                  database.monitor.countRefusal();
                  database.monitor.suspect();
                }
                const replacement = cause
                  ? serviceUnavailable({ maybeSaved: true })
                  : new GraphQLError('Internal server error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
                if (!cause)
                  log(`Commit failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
                if (response.body.kind === 'single')
                  response.body.singleResult = { errors: [withRequestId(replacement.toJSON())] };
                response.http.status = cause ? 503 : 500;
                if (cause) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
                await em.rollback().catch(() => {});
                log(
                  cause
                    ? `${label} → 503 SERVICE_UNAVAILABLE while committing (outcome unknown): ${cause}`
                    : `${label} → INTERNAL_SERVER_ERROR`,
                );
                return;
              }
            }
          }
          if (failed) {
            const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'ERROR')))];
            const cause = unavailable ? refusals.take() : null;
            log(`${label} → ${codes.join(', ')}${cause ? `: ${cause}` : ''}`);
          }
          // Best effort: with the database away these cannot be written, and the answer stands.
          if (!database.monitor.available) return;
          await recordAfterResponse(log, async () => {
            for (const failure of loginFailures) await recordLoginFailure(database, failure);
          });
          if (viewer && denials.length > 0) {
            const auditEm = database.orm.em.fork();
            await recordAfterResponse(log, () =>
              auditEm.transactional(async (tx) => {
                await enterTenant(tx, viewer.organization.id);
                for (const denial of denials) {
                  audit(makeScope(tx, viewer), {
                    action: 'access.denied',
                    objectType: 'Operation',
                    objectId: denial.field,
                    changes: denial,
                  });
                }
              }),
            );
          }
        },
      };
    },
  };
}

/**
 * Why requests were refused with 503, by request id, from where the database error is seen
 * (the transaction plugin, formatError) to the one log line per request. Noting a connection
 * error also asks the monitor to check the database now.
 */
class Refusals {
  private readonly causes = new Map<string, string>();

  constructor(private readonly database: Database) {}

  /** Whether `error` means the database is away; if so, remembers why for this request's log line. */
  note(error: unknown): boolean {
    const cause = unavailableCause(error);
    if (!cause) return false;
    const requestId = currentRequestId();
    if (requestId && !this.causes.has(requestId)) {
      // A request that never reached its log line (its client gone) must not make this grow.
      if (this.causes.size > 1000) this.causes.clear();
      this.causes.set(requestId, cause);
      if (!/^database unavailable since/.test(cause)) {
        this.database.monitor.countRefusal();
        this.database.monitor.suspect();
      }
    }
    return true;
  }

  take(): string | null {
    const requestId = currentRequestId();
    if (!requestId) return null;
    const cause = this.causes.get(requestId) ?? null;
    this.causes.delete(requestId);
    return cause;
  }
}

/** The operation's name for log lines, also when it failed validation (and so never resolved). */
function firstOperationName(document: DocumentNode | undefined): string | undefined {
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
}

/** Error answers carry the request's id, so a user can quote it and we can find the log line. */
function withRequestId(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const requestId = currentRequestId();
  return requestId ? { ...formatted, extensions: { ...formatted.extensions, requestId } } : formatted;
}

export interface Portal {
  readonly url: string;
  readonly database: Database;
  stop(): Promise<void>;
}

/**
 * Builds the HTTP server: GraphQL at /graphql, /healthz, and the built web client at /.
 * Each GraphQL request gets its own EntityManager fork and a typed context.
 */
/** Options for the isolation tests only: switch layer 1 and/or 2 off to test layer 3 alone. */
export interface PortalTestOptions {
  switchOff?: { rules?: boolean; tenantFilter?: boolean };
}

/**
 * `logTo`: a pino logger (main.ts), or a function that receives each line as
 * `[request …] message` (tests pass `() => {}` to silence it, or collect the lines); when
 * omitted, the portal logs to stdout in LOG_FORMAT.
 */
export async function startPortal(
  config: Config,
  logTo?: Logger | LogLine,
  testOptions: PortalTestOptions = {},
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
  const database = await openDatabase(config, log, {
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
  });
  const refusals = new Refusals(database);
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
    schema: testOptions.switchOff?.rules ? await buildBareSchema() : await buildAppSchema(),
    introspection: config.NODE_ENV !== 'production',
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo installs cache control by default, which wraps every field's resolver to collect
      // cache hints we never set (HTTP caching of per-tenant answers is off): pure cost per item.
      ApolloServerPluginCacheControlDisabled(),
      requestTransaction(database, log, enforce ? documents : null, refusals),
    ],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals: it drains HTTP, then closes the database, then exits.
    stopOnTerminationSignals: false,
    // Errors without a code of ours are unexpected: log them, and show clients no internals.
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      const ours = typeof code === 'string' && (Object.values(ErrorCode) as string[]).includes(code);
      const graphqlInternal =
        code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST';
      if (ours || graphqlInternal || code === 'PERSISTED_QUERY_NOT_FOUND') return withRequestId(formatted);
      const original = unwrapResolverError(error);
      if (refusals.note(original)) return withRequestId(serviceUnavailable().toJSON());
      if (requestAbandoned()) {
        log('The client closed the request before the answer (not a fault).');
        return withRequestId({
          message: 'The client closed the request.',
          extensions: { code: CLIENT_CLOSED_REQUEST },
        });
      }
      log(`Unexpected error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
      if (config.NODE_ENV !== 'production' && !(original instanceof GraphQLError)) return withRequestId(formatted);
      return withRequestId({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    },
  });
  await apollo.start();

  // Liveness: the process runs and answers HTTP. Never depends on the database, so an
  // orchestrator does not restart a healthy process because PostgreSQL is away.
  app.get('/livez', (_req, res) => {
    res.status(200).json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  // Readiness: whether requests can be served now — red while the database is away, green again
  // by itself when it answers (the monitor's view, so it answers at once and costs no query).
  app.get('/readyz', (_req, res) => {
    const status = database.monitor.status();
    if (database.monitor.available) res.status(200).json({ status: 'ready', ...status });
    else
      res
        .status(503)
        .set('retry-after', String(RETRY_AFTER_SECONDS))
        .json({ status: 'unavailable', ...status });
  });
  // The original health check (docs, scripts): a real query, answered at once while the monitor
  // knows the database is away.
  app.get('/healthz', async (_req, res) => {
    try {
      database.monitor.assertAvailable();
      await database.orm.em.getConnection().execute('select 1');
      res.status(200).json({ status: 'ok', database: 'up' });
    } catch (error) {
      if (unavailableCause(error) && !database.monitor.available) database.monitor.countRefusal();
      else database.monitor.suspect();
      res.status(503).set('retry-after', String(RETRY_AFTER_SECONDS)).json({ status: 'unavailable', database: 'down' });
    }
  });

  app.use(
    '/graphql',
    apiSecurityHeaders(),
    cookieParser(),
    express.json({ limit: '1mb' }),
    resolvePersistedDocuments(documents),
    expressMiddleware(apollo, {
      // No database work here: it starts once the operation has passed validation.
      context: async ({ req, res }): Promise<Context> => {
        const em = database.orm.em.fork();
        if (testOptions.switchOff?.tenantFilter) switchOffTenantFilterForTests(em);
        return { em, viewer: null, config, req, res, denials: [], loginFailures: [], loaders: new Loaders(em) };
      },
    }),
  );

  app.use('/api', apiSecurityHeaders());
  app.use(registryFileRoutes(database, log));

  // The single-page client: static assets, and index.html for every other GET (client routes).
  const webIndex = path.join(config.WEB_DIST, 'index.html');
  if (existsSync(webIndex)) {
    app.use(securityHeaders());
    app.use(express.static(config.WEB_DIST, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|livez|readyz|api\/).*/, (_req, res) => res.sendFile(webIndex));
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
    async stop() {
      await apollo.stop();
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
