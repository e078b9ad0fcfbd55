import type { Feature } from '../common/feature';
import { AuditEntry } from './audit.entity';
import { AuditResolver } from './audit.resolver';
import { auditRules } from './audit.rules';
import { AuditEntryType } from './audit.type';

/** The append-only audit log: what this module adds to the app. */
export const auditFeature: Feature = {
  name: 'audit',
  resolvers: [AuditResolver],
  rules: [auditRules],
  nodes: {
    [AuditEntryType.typename]: async (ctx, id) => {
      // Only admins read the audit log, by id as by list.
      if (ctx.viewer?.user.role !== 'ADMIN') return null;
      const entity = await ctx.em.findOne(AuditEntry, { id });
      return entity ? AuditEntryType.from(entity) : null;
    },
  },
};
