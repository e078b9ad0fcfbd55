import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * Every request gets an id: sent back as `X-Request-Id`, put into error answers, and in front
 * of every log line written while the request runs (AsyncLocalStorage follows the awaits), so a
 * user's "it said request 3f2a…" finds the server's side of the story.
 */
const current = new AsyncLocalStorage<string>();

/** A caller's own id (a proxy's, say) is kept when it is harmless; anything else is replaced. */
const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

export function assignRequestId(): RequestHandler {
  return (req, res, next) => {
    const offered = req.get(REQUEST_ID_HEADER);
    const id = offered && ACCEPTABLE.test(offered) ? offered : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, id);
    current.run(id, next);
  };
}

export function currentRequestId(): string | undefined {
  return current.getStore();
}

/** Wraps a log function so each line written inside a request starts with that request's id. */
export function withRequestIds(log: (line: string) => void): (line: string) => void {
  return (line) => {
    const id = current.getStore();
    log(id ? `[request ${id}] ${line}` : line);
  };
}
