import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { createdAt } from '../common/columns';
import { tenantFilter } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';
import { User } from './user.entity';

/** A single-use, expiring password-reset link; only the token's SHA-256 is kept. */
export const PasswordReset = defineEntity({
  name: 'PasswordReset',
  tableName: 'password_reset',
  filters: tenantFilter,
  properties: {
    tokenHash: p.string().length(64).primary(),
    organization: () => p.manyToOne(Organization),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    requestedIp: p.string().length(64),
    createdAt: createdAt(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});

export type IPasswordReset = InferEntity<typeof PasswordReset>;
