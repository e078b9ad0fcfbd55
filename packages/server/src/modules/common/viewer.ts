import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, Viewer } from '../../context';
import { type IOrganization, Organization } from '../organization/organization.entity';
import { appError, ErrorCode } from './errors';

/** Rules have let only logged-in callers through; this narrows the type accordingly. */
export function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw appError(ErrorCode.Unauthenticated, 'You must be logged in.');
  return ctx.viewer;
}

/**
 * The caller's organisation as a managed entity of `em`, for a new row that refers to it: put
 * into the identity map from what the session lookup read (no query), as a find would have, so
 * what reads the row back (a new task's creator, say) finds it loaded. Only writes need it;
 * reads use the plain `viewer.organization` (see Viewer).
 */
export function organizationEntity(em: EntityManager, viewer: Pick<Viewer, 'organization'>): IOrganization {
  const o = viewer.organization;
  return em.map(Organization, {
    id: o.id,
    code: o.code,
    name: o.name,
    kind: o.kind,
    regency_code: o.regencyCode,
    adhoc_queries: o.adhocQueries,
    created_at: o.createdAt,
  });
}
