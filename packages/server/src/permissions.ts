import 'reflect-metadata';
import { type GraphQLSchema, isObjectType } from 'graphql';
import { allow, deny, shield } from 'graphql-shield';
import { auditRules } from './modules/audit/audit.rules';
import { appError, ErrorCode } from './modules/common/errors';
import { nodeRules } from './modules/common/node.resolver';
import type { RuleMap, ShieldRule } from './modules/common/rules';
import { organizationRules } from './modules/organization/organization.rules';
import { authRules } from './modules/user/auth.rules';
import { userRules } from './modules/user/user.rules';

/** Every feature's rules. A Query or Mutation field missing here is denied (and fails a test). */
export const ruleMaps: RuleMap[] = [auditRules, authRules, nodeRules, organizationRules, userRules];

export function rootRules(): Required<RuleMap> {
  const merged: Required<RuleMap> = { Query: {}, Mutation: {} };
  for (const map of ruleMaps) {
    for (const root of ['Query', 'Mutation'] as const) {
      for (const [field, fieldRule] of Object.entries(map[root] ?? {})) {
        if (merged[root][field]) throw new Error(`Two rules for ${root}.${field}`);
        merged[root][field] = fieldRule;
      }
    }
  }
  return merged;
}

/**
 * The permission layer. Deny by default: an entry point (Query/Mutation field) without a rule
 * is refused. Objects below the entry points are reachable only through a guarded entry point
 * and the data layer decides which rows come back, so their fields are allowed as a type —
 * a field that needs more (personal data) gets its own rule here.
 *
 * `allowExternalErrors` is on on purpose: resolvers throw GraphQLErrors with stable codes meant
 * for the client (bad input, conflict); unexpected errors are masked by the server's formatError.
 */
export function permissions(schema: GraphQLSchema) {
  const tree: Record<string, ShieldRule | Record<string, ShieldRule>> = { ...rootRules() };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (type.name === 'Query' || type.name === 'Mutation' || type.name === 'Subscription') continue;
    tree[type.name] = allow;
  }
  return shield(tree, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => appError(ErrorCode.Forbidden, 'Not allowed.'),
  });
}
