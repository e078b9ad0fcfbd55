import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { createdAt } from '../common/columns';
import { tenantFilter } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';
import { User } from './user.entity';

/** A one-time set-password link for an invited user; only the token's SHA-256 is kept. */
export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  filters: tenantFilter,
  properties: {
    tokenHash: p.string().length(64).primary(),
    organization: () => p.manyToOne(Organization),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    createdAt: createdAt(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});

export type IInvitation = InferEntity<typeof Invitation>;
