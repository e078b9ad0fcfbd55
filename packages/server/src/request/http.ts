import { HTTP_STATUS } from '@jamsos/schema';
import type { Request, Response } from 'express';
import { RETRY_AFTER_SECONDS, serviceUnavailable } from '../database/availability';
import { describeError } from '../logger';
import { appError, type DomainError, ErrorCode, isDomainError } from '../modules/common/errors';
import type { RunHttpRequest } from '../modules/common/feature';
import { currentRequestId } from '../request-id';
import { internalError, type RequestLifecycle } from './lifecycle';

/** The JSON body of an HTTP error answer: the same code and extensions GraphQL would carry. */
export interface HttpErrorBody {
  code: ErrorCode;
  message: string;
  requestId: string | undefined;
  [extension: string]: unknown;
}

/**
 * The one mapping of domain errors to HTTP: the status from `HTTP_STATUS` (packages/schema) and
 * `{ code, message, requestId, ...extensions }`. Anything else is unexpected: 500, no internals.
 */
export function httpError(error: unknown): { status: number; body: HttpErrorBody; known: boolean } {
  const known = isDomainError(error);
  const domain: DomainError = known ? error : internalError();
  return {
    status: HTTP_STATUS[domain.code],
    body: { ...domain.details, code: domain.code, message: domain.message, requestId: currentRequestId() },
    known,
  };
}

/**
 * Runs the plain-HTTP routes (files, streams) in the request lifecycle, like a GraphQL request:
 * one transaction, the caller from the session cookie, their tenant, commit or rollback. These
 * routes are not behind the shield, so only logged-in tenant members get this far; each route
 * checks the rest with the same predicates the rules use.
 */
export function httpRunner(lifecycle: RequestLifecycle): RunHttpRequest {
  const { refusals, log } = lifecycle;
  return async (req, res, work) => {
    const em = lifecycle.fork();
    // Set only when the commit itself met the database away: its outcome is then unknown.
    let commitCause: string | null = null;
    try {
      const scope = await lifecycle.begin(em, req, res);
      if (!scope) throw appError(ErrorCode.Unauthenticated, 'You must be logged in.');
      if (scope.viewer.organization.kind === 'PLATFORM')
        throw appError(ErrorCode.Forbidden, 'The platform reads no tenant data.');
      await work(scope);
      const outcome = await lifecycle.commit(em);
      if (!outcome.committed) {
        commitCause = outcome.cause;
        throw outcome.error;
      }
    } catch (thrown) {
      await lifecycle.rollback(em);
      // A query that met the database away: 503; a commit whose answer never came may have been
      // applied, and lifecycle.commit said so (do not claim it was not).
      const error = refusals.note(thrown) ? serviceUnavailable() : thrown;
      const cause = commitCause ?? refusals.take();
      answer(req, res, error, cause, commitCause !== null, log);
    }
  };
}

function answer(
  req: Request,
  res: Response,
  error: unknown,
  cause: string | null,
  outcomeUnknown: boolean,
  log: (line: string) => void,
): void {
  const { status, body, known } = httpError(error);
  const where = `${req.method} ${req.path}`;
  if (body.code === ErrorCode.ServiceUnavailable) {
    log(
      `${where} → 503 SERVICE_UNAVAILABLE${outcomeUnknown ? ' while committing (outcome unknown)' : ''}${cause ? `: ${cause}` : ''}`,
    );
  } else {
    log(`${where} → ${status} ${body.code}${known ? '' : `: ${describeError(error)}`}`);
  }
  // A streamed answer has begun (200 and NDJSON lines): the error is its last line.
  if (res.headersSent) {
    res.end(`${JSON.stringify({ type: 'error', ...body })}\n`);
    return;
  }
  if (status === 503) res.set('retry-after', String(RETRY_AFTER_SECONDS));
  res.status(status).json(body);
}
