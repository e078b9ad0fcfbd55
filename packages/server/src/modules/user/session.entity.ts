import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { User } from './user.entity';

/**
 * A login session. The cookie holds a random token; the table keeps only its SHA-256, so a
 * leaked database dump cannot be replayed as cookies. Any server process can check a session,
 * which keeps the servers stateless.
 */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    tokenHash: p.string().length(64).primary(),
    user: () => p.manyToOne(User).index().deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().index(),
  },
});

export type ISession = InferEntity<typeof Session>;
