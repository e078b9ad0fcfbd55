import { isTenantMember, type RuleMap } from '../common/rules';

/** Every member of a tenant sees its dashboard: figures only, over what the tenant may see. */
export const dashboardRules: RuleMap = {
  Query: {
    dashboard: isTenantMember,
    dashboardVillages: isTenantMember,
  },
};
