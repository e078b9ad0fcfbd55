import { isAuthenticated, isOperator, type RuleMap } from '../common/rules';

export const organizationRules: RuleMap = {
  // The partner directory (names and kinds of the tenants) is common knowledge among partners.
  Query: { organizations: isAuthenticated },
  Mutation: { provisionTenant: isOperator },
};
