import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { serviceUnavailable, unavailableCause } from '../database/availability';
import type { Database } from '../database/database';
import { describeError } from '../logger';
import { appError, type DomainError, ErrorCode } from '../modules/common/errors';
import { makeScope, type RequestScope } from '../modules/common/scope';
import { enterTenantFilter, switchOffTenantFilterForTests } from '../modules/common/tenancy';
import { SESSION_COOKIE, viewerFromToken } from '../modules/user/auth.service';
import { currentRequestId } from '../request-id';

/**
 * Why requests were refused with 503, by request id, from where the database error is seen
 * (the lifecycle, formatError) to the one log line per request. Noting a connection error also
 * asks the monitor to check the database now.
 */
export class Refusals {
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

/** How a commit ended: done, or refused with the error the client must hear instead. */
export type CommitOutcome =
  | { committed: true }
  | { committed: false; error: DomainError; cause: string | null; status: 500 | 503 };

/**
 * The one request lifecycle, shared by GraphQL (request/graphql.ts) and the plain-HTTP routes
 * (request/http.ts): each request runs in one database transaction on its own EntityManager
 * fork, as the unprivileged role; the caller is looked up from the session cookie inside it; the
 * tenant is entered from the caller's scope here and nowhere else; and the writes commit together
 * or not at all. While PostgreSQL is away a request is refused at once with SERVICE_UNAVAILABLE
 * (503, Retry-After), and a commit whose answer never came says "may or may not have been saved".
 */
export class RequestLifecycle {
  readonly refusals: Refusals;

  constructor(
    readonly database: Database,
    readonly log: (line: string) => void,
    private readonly testOptions: { tenantFilterOff?: boolean } = {},
  ) {
    this.refusals = new Refusals(database);
  }

  /** A request's own EntityManager (no database work yet). */
  fork(): EntityManager {
    const em = this.database.orm.em.fork() as EntityManager;
    if (this.testOptions.tenantFilterOff) switchOffTenantFilterForTests(em);
    return em;
  }

  /**
   * Begins the request's transaction and finds its caller, in their tenant: the request's scope
   * (null: no live session). Throws SERVICE_UNAVAILABLE when the database is away, having rolled back.
   */
  async begin(em: EntityManager, req: Request, res: Response): Promise<RequestScope | null> {
    try {
      // Known to be away: refuse at once, rather than wait for the pool to say so.
      this.database.monitor.assertAvailable();
      await em.begin();
      // A client that leaves before its answer does not keep the transaction open.
      res.once('close', () => {
        if (!res.writableFinished && em.isInTransaction()) em.rollback().catch(() => {});
      });
      const token: unknown = req.cookies?.[SESSION_COOKIE];
      const viewer = await viewerFromToken(em, typeof token === 'string' ? token : undefined);
      if (!viewer) return null;
      const scope = makeScope(em, viewer);
      enterScope(scope);
      return scope;
    } catch (error) {
      // PostgreSQL is away: answer at once with 503; the pool reconnects when it is back.
      if (em.isInTransaction()) await em.rollback().catch(() => {});
      if (this.refusals.note(error)) throw serviceUnavailable();
      throw error;
    }
  }

  /** Rolls back whatever the request did (a failed request, an error answer). */
  async rollback(em: EntityManager): Promise<void> {
    if (em.isInTransaction()) await em.rollback().catch(() => {});
  }

  /**
   * Commits the request's transaction. Not committed means not done: the client must not be told
   * it was. Whether PostgreSQL committed before the connection broke cannot be known: say so.
   */
  async commit(em: EntityManager): Promise<CommitOutcome> {
    if (!em.isInTransaction()) return { committed: true };
    try {
      await em.commit();
      return { committed: true };
    } catch (error) {
      const cause = unavailableCause(error);
      if (cause) {
        this.database.monitor.countRefusal();
        this.database.monitor.suspect();
      } else {
        this.log(`Commit failed: ${describeError(error)}`);
      }
      await this.rollback(em);
      return cause
        ? { committed: false, error: serviceUnavailable({ maybeSaved: true }), cause, status: 503 }
        : { committed: false, error: internalError(), cause: null, status: 500 };
    }
  }
}

/**
 * Puts the request in its caller's tenant, from their scope: the data-layer filter here; the
 * database session's `app.tenant_id` (row-level security) was set by the session lookup's own
 * statement, one round trip less on every request (see viewerFromToken).
 */
function enterScope(scope: RequestScope): void {
  enterTenantFilter(scope.em, scope.tenantId);
}

export function internalError(): DomainError {
  return appError(ErrorCode.InternalServerError, 'Internal server error.');
}
