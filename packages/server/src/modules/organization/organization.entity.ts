import { ORGANIZATION_KINDS } from '@jamsos/schema';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createdAt, uuidKey } from '../common/columns';
import type { Viewer } from '../common/viewer';

/** A tenant: one partner organisation of the programme. */
export const Organization = defineEntity({
  name: 'Organization',
  tableName: 'organization',
  properties: {
    id: uuidKey(),
    /** Stable short code, e.g. `bantul`; the demo logins are built from it. */
    code: p.string().length(64).unique(),
    name: p.string().length(200),
    kind: p.enum(ORGANIZATION_KINDS),
    /** Kemendagri code of the regency a REGENCY tenant governs, e.g. `34.02`. */
    regencyCode: p.string().length(8).nullable(),
    /** Its API clients may send operations other than the web client's (see trusted-documents.ts). */
    adhocQueries: p.boolean().default(false),
    createdAt: createdAt(),
  },
});

export type IOrganization = InferEntity<typeof Organization>;

/**
 * The caller's organisation as a managed entity of `em`, for a new row that refers to it: put
 * into the identity map from what the session lookup read (no query), as a find would have, so
 * what reads the row back (a new task's creator, say) finds it loaded. Only writes need it;
 * reads use the plain `viewer.organization` (see Viewer in modules/common/viewer.ts).
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
