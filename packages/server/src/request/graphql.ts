import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode } from '@jamsos/schema';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, Kind } from 'graphql';
import type { Config } from '../config';
import type { Context } from '../context';
import { RETRY_AFTER_SECONDS, serviceUnavailable } from '../database/availability';
import { describeError } from '../logger';
import { audit } from '../modules/audit/audit.service';
import { appError, ErrorCode, isDomainError } from '../modules/common/errors';
import { makeScope } from '../modules/common/scope';
import { enterTenant } from '../modules/common/tenancy';
import { recordLoginFailure } from '../modules/user/auth.service';
import { currentRequestId, requestAbandoned } from '../request-id';
import { checkTrustedDocument, type TrustedDocuments } from '../trusted-documents';
import { internalError, type RequestLifecycle } from './lifecycle';

async function recordAfterResponse(log: (line: string) => void, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    log(`Could not record after a response: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * GraphQL's side of the request lifecycle (request/lifecycle.ts). The transaction and the session
 * lookup start only once the operation is parsed and validated, so an operation refused by the
 * limits (or malformed) never reaches the database. Refusals of logged-in callers and failed
 * logins are recorded afterwards in a transaction of their own, since the request's own is
 * rolled back.
 */
export function requestTransaction(
  lifecycle: RequestLifecycle,
  trusted: TrustedDocuments | null,
): ApolloServerPlugin<Context> {
  const { database, log, refusals } = lifecycle;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, request }) {
          const { em, req, res } = contextValue;
          const scope = await lifecycle.begin(em, req, res);
          contextValue.viewer = scope?.viewer ?? null;
          if (scope) contextValue.loaders.enter(scope);
          if (trusted) checkTrustedDocument(trusted, request.query, contextValue.viewer);
        },
        async willSendResponse({ contextValue, response, operationName, request, document }) {
          const label = operationName ?? request.operationName ?? firstOperationName(document) ?? 'anonymous operation';
          const { em, viewer, denials, loginFailures } = contextValue;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const failed = errors.length > 0;
          const unavailable = errors.some((e) => e.extensions?.code === ErrorCode.ServiceUnavailable);
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
          if (failed) await lifecycle.rollback(em);
          else {
            const outcome = await lifecycle.commit(em);
            if (!outcome.committed) {
              if (response.body.kind === 'single')
                response.body.singleResult = { errors: [withRequestId(outcome.error.toJSON())] };
              response.http.status = outcome.status;
              if (outcome.status === 503) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
              log(
                outcome.cause
                  ? `${label} → 503 SERVICE_UNAVAILABLE while committing (outcome unknown): ${outcome.cause}`
                  : `${label} → INTERNAL_SERVER_ERROR`,
              );
              return;
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
            for (const failure of loginFailures) await recordLoginFailure(database.orm.em.fork(), failure);
          });
          if (viewer && denials.length > 0) {
            const auditEm = database.orm.em.fork();
            await recordAfterResponse(log, () =>
              auditEm.transactional(async (tx) => {
                await enterTenant(tx, viewer.organization.id);
                const scope = makeScope(tx, viewer);
                for (const denial of denials) {
                  audit(scope, {
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
 * The one mapping of errors to GraphQL answers. Domain errors (and GraphQL's own validation
 * errors) go out as they are, with the request id; anything else is unexpected: logged, and
 * shown to clients without internals — as SERVICE_UNAVAILABLE when the database was away, as
 * CLIENT_CLOSED_REQUEST when the client had already gone.
 */
export function formatError(
  config: Config,
  lifecycle: RequestLifecycle,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const code = formatted.extensions?.code;
    // INTERNAL_SERVER_ERROR is also what Apollo calls every error it does not know: not ours.
    const ours =
      isDomainError(unwrapResolverError(error)) ||
      (typeof code === 'string' && code !== ErrorCode.InternalServerError && isErrorCode(code));
    const graphqlInternal =
      code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST';
    if (ours || graphqlInternal || code === 'PERSISTED_QUERY_NOT_FOUND') return withRequestId(formatted);
    const original = unwrapResolverError(error);
    if (lifecycle.refusals.note(original)) return withRequestId(serviceUnavailable().toJSON());
    if (requestAbandoned()) {
      lifecycle.log('The client closed the request before the answer (not a fault).');
      return withRequestId(appError(ErrorCode.ClientClosedRequest, 'The client closed the request.').toJSON());
    }
    lifecycle.log(`Unexpected error: ${describeError(original)}`);
    if (config.NODE_ENV !== 'production' && !(original instanceof GraphQLError)) return withRequestId(formatted);
    return withRequestId(internalError().toJSON());
  };
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
