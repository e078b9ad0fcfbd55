import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { createdAt, uuidKey } from '../common/columns';
import { tenantFilter } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';

/** Who did what, when, in which tenant; append-only (the database refuses edits). */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  filters: tenantFilter,
  properties: {
    id: uuidKey(),
    organization: () => p.manyToOne(Organization),
    actorId: p.uuid().nullable(),
    actorEmail: p.string().length(254).nullable(),
    /** `<object>.<verb>`, e.g. `user.changeRole`, or `access.denied`. */
    action: p.string().length(64),
    objectType: p.string().length(64),
    objectId: p.string().length(64).nullable(),
    /** `{ field: { before, after } }` for changes; other details for other actions. */
    changes: p.json<Record<string, unknown>>().nullable(),
    createdAt: createdAt(),
  },
});

export type IAuditEntry = InferEntity<typeof AuditEntry>;
