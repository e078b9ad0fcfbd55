import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * What the server knows of the request it is handling, wherever it is (AsyncLocalStorage follows
 * the awaits): one store per request, so one `run` per request whatever we keep in it.
 *
 * - The request's id: sent back as `X-Request-Id`, put into error answers, and beside every log
 *   record written while the request runs, so a user's "it said request 3f2a…" finds the
 *   server's side of the story.
 * - Whether its client went away before the answer (a browser that navigated on while a login
 *   was still checking the password). Its transaction is rolled back at once (request/lifecycle.ts), so
 *   the resolver still running meets a database without its tenant and fails in whatever way:
 *   that failure is the client's leaving, not a fault of the server, and is answered as
 *   CLIENT_CLOSED_REQUEST (ErrorCode in packages/schema; nginx's 499).
 */
interface RequestState {
  readonly id: string;
  abandoned: boolean;
}

const current = new AsyncLocalStorage<RequestState>();

/** A caller's own id (a proxy's, say) is kept when it is harmless; anything else is replaced. */
const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

export function assignRequestId(): RequestHandler {
  return (req, res, next) => {
    const offered = req.get(REQUEST_ID_HEADER);
    const state: RequestState = { id: offered && ACCEPTABLE.test(offered) ? offered : randomUUID(), abandoned: false };
    res.setHeader(REQUEST_ID_HEADER, state.id);
    // 'close' also follows every completed answer; only one that never finished was abandoned.
    res.once('close', () => {
      if (!res.writableFinished) state.abandoned = true;
    });
    current.run(state, next);
  };
}

export function currentRequestId(): string | undefined {
  return current.getStore()?.id;
}

/** True while handling a request whose client has already gone. */
export function requestAbandoned(): boolean {
  return current.getStore()?.abandoned ?? false;
}
