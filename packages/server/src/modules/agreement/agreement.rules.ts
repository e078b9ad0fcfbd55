import { and } from 'graphql-shield';
import { isAdmin, isTenantMember, type RuleMap, type ShieldRule } from '../common/rules';

/** A tenant's admin: agreements bind the organisation, so only its admins sign them off. */
const isTenantAdmin: ShieldRule = and(isTenantMember, isAdmin);

export const agreementRules: RuleMap = {
  Query: {
    agreements: isTenantMember,
    partnerBusinesses: isTenantMember,
    partnerCoverage: isTenantMember,
  },
  Mutation: {
    grantAgreement: isTenantAdmin,
    revokeAgreement: isTenantAdmin,
  },
};
