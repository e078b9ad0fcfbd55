import { ROLES, USER_STATUSES } from '@jamsos/schema';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { createdAt, uuidKey } from '../common/columns';
import { tenantFilter } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';

/** A person who logs in; belongs to exactly one tenant. */
export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  filters: tenantFilter,
  properties: {
    id: uuidKey(),
    organization: () => p.manyToOne(Organization).index(),
    /** Stored lower-cased, so logins are case-insensitive. */
    email: p.string().length(254).unique(),
    displayName: p.string().length(200),
    role: p.enum(ROLES),
    /** Null until an invited user sets a password. */
    passwordHash: p.string().nullable().hidden().lazy(),
    /** INVITED until the invitation is accepted; DEACTIVATED users cannot log in. */
    status: p.enum(USER_STATUSES).default('ACTIVE'),
    /** The language of their email (`id` or `en`). */
    language: p.string().length(2).default('id'),
    /** Which notices also come by email (EMAIL_NOTICE_CHOICES); empty: none. */
    emailNotices: p.array<string>().default([]),
    createdAt: createdAt(),
  },
});

export type IUser = InferEntity<typeof User>;
