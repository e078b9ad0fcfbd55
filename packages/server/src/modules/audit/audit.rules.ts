import { isAdmin, type RuleMap } from '../common/rules';

export const auditRules: RuleMap = {
  // A tenant's admins read their own tenant's log; the data layer and RLS keep it to that tenant.
  Query: { auditLog: isAdmin },
};
