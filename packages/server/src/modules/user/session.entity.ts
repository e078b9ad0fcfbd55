import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { createdAt } from '../common/columns';
import { tenantFilter } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';
import { User } from './user.entity';

/**
 * A login session. The cookie holds a random token; the table keeps only its SHA-256, so a
 * leaked database dump cannot be replayed as cookies. Any server process can check a session,
 * which keeps the servers stateless.
 */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  filters: tenantFilter,
  properties: {
    tokenHash: p.string().length(64).primary(),
    organization: () => p.manyToOne(Organization).index(),
    user: () => p.manyToOne(User).index().deleteRule('cascade'),
    createdAt: createdAt(),
    expiresAt: p.datetime().index(),
  },
});

export type ISession = InferEntity<typeof Session>;
