import type { EntityManager } from '@mikro-orm/postgresql';
import { appError, ErrorCode } from './errors';
import { layer2SwitchedOff } from './tenancy';
import type { Viewer } from './viewer';

/**
 * One request, as every service sees it: the caller, the tenant they act in, and the request's
 * EntityManager (inside its transaction, with the tenant filter and `app.tenant_id` already set
 * from this same tenant by the request lifecycle). Every service takes it as its first argument,
 * so the tenant always travels one way: passed in, never read back out of the ORM.
 */
export interface RequestScope {
  readonly em: EntityManager;
  readonly tenantId: string;
  readonly viewer: Viewer;
}

export function makeScope(em: EntityManager, viewer: Viewer): RequestScope {
  return { em, tenantId: viewer.organization.id, viewer };
}

/** The same request on another EntityManager (a nested transaction, say). */
export function withEm(scope: RequestScope, em: EntityManager): RequestScope {
  return { ...scope, em };
}

/**
 * What a request context must hold for its scope: the GraphQL `Context` has it. Said here
 * structurally so that the scope does not import the context (which holds the loaders, which
 * are made from a scope): no circle, not even through types.
 */
export interface ScopeSource {
  readonly em: EntityManager;
  readonly viewer: Viewer | null;
}

/** Rules have let only logged-in callers through; this narrows the type accordingly. */
export function viewerOf(ctx: ScopeSource): Viewer {
  if (!ctx.viewer) throw appError(ErrorCode.Unauthenticated, 'You must be logged in.');
  return ctx.viewer;
}

/** The request scope of a GraphQL request whose caller the rules have let through. */
export function scopeOf(ctx: ScopeSource): RequestScope {
  return makeScope(ctx.em, viewerOf(ctx));
}

/**
 * Layer 2 for hand-written SQL (the list pages, the dashboard): the tenant to write into a
 * query's conditions. It is null only when the isolation tests have switched layer 2 off at the
 * filter, to show that row-level security holds alone; production code never asks for that.
 */
export function sqlTenant(scope: RequestScope): string | null {
  return layer2SwitchedOff(scope.em) ? null : scope.tenantId;
}

/**
 * "Of the caller's tenant", said explicitly in an ORM query's conditions (`{ id, ...ownedBy(scope) }`)
 * rather than left to the filter. Left out only when the isolation tests switch layer 2 off at the
 * filter, so that they still show row-level security holding on its own.
 */
export function ownedBy(scope: RequestScope): { organization?: string } {
  const tenant = sqlTenant(scope);
  return tenant ? { organization: tenant } : {};
}
