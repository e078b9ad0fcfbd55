import { and } from 'graphql-shield';
import { hasRole, isTenantMember, type RuleMap, type ShieldRule } from '../common/rules';

/** Staff and admins of a tenant: the roles that see personal data in full (`mayViewPersonalData`). */
export const canViewPersonalData: ShieldRule = and(isTenantMember, hasRole('canViewPersonalData', ['ADMIN', 'STAFF']));

export const privacyRules: RuleMap = {
  Query: { personRecord: canViewPersonalData },
};
