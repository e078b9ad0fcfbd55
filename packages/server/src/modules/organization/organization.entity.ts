import { ORGANIZATION_KINDS } from '@jamsos/schema';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { createdAt, uuidKey } from '../common/columns';

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
