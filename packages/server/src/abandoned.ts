import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

/**
 * Requests whose client went away before the answer (a browser that navigated on while a login
 * was still checking the password). Their transaction is rolled back at once (see app.ts), so
 * the resolver still running meets a database without its tenant and fails in whatever way:
 * that failure is the client's leaving, not a fault of the server, and is logged as such.
 */
const current = new AsyncLocalStorage<{ abandoned: boolean }>();

export function trackAbandonment(): RequestHandler {
  return (_req, res, next) => {
    const state = { abandoned: false };
    // 'close' also follows every completed answer; only one that never finished was abandoned.
    res.once('close', () => {
      if (!res.writableFinished) state.abandoned = true;
    });
    current.run(state, next);
  };
}

/** True while handling a request whose client has already gone. */
export function requestAbandoned(): boolean {
  return current.getStore()?.abandoned ?? false;
}

/** The code errors of an abandoned request carry instead of INTERNAL_SERVER_ERROR (nginx's 499). */
export const CLIENT_CLOSED_REQUEST = 'CLIENT_CLOSED_REQUEST';
