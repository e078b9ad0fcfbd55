import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { IMiddleware } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import { agreementRules } from './modules/agreement/agreement.rules';
import { auditRules } from './modules/audit/audit.rules';
import { businessRules } from './modules/business/business.rules';
import { appError, ErrorCode } from './modules/common/errors';
import { nodeRules } from './modules/common/node.resolver';
import type { RuleMap } from './modules/common/rules';
import { dashboardRules } from './modules/dashboard/dashboard.rules';
import { notificationRules } from './modules/notification/notification.rules';
import { organizationRules } from './modules/organization/organization.rules';
import { outreachRules } from './modules/outreach/outreach.rules';
import { authRules } from './modules/user/auth.rules';
import { userRules } from './modules/user/user.rules';
import { workerRules } from './modules/worker/worker.rules';

/** Every feature's rules. A Query or Mutation field missing here is denied (and fails a test). */
export const ruleMaps: RuleMap[] = [
  agreementRules,
  auditRules,
  authRules,
  businessRules,
  dashboardRules,
  nodeRules,
  notificationRules,
  organizationRules,
  outreachRules,
  userRules,
  workerRules,
];

const ROOTS = ['Query', 'Mutation'] as const;

export function rootRules(): Required<RuleMap> {
  const merged: Required<RuleMap> = { Query: {}, Mutation: {} };
  for (const map of ruleMaps) {
    for (const root of ROOTS) {
      for (const [field, fieldRule] of Object.entries(map[root] ?? {})) {
        if (merged[root][field]) throw new Error(`Two rules for ${root}.${field}`);
        merged[root][field] = fieldRule;
      }
    }
  }
  return merged;
}

/**
 * The permission layer, as graphql-middleware middleware. Deny by default: an entry point
 * (Query/Mutation field) without a rule is refused.
 *
 * Only the entry points are wrapped. Objects below them are reachable only through a guarded
 * entry point, and which rows come back is the data layer's decision (tenant filter, RLS); so
 * the fields of a list's items carry no rule and cost nothing per item. A field that needs its
 * own check (personal data) does it in its resolver, with the caller from the context.
 *
 * `allowExternalErrors` is on on purpose: resolvers throw GraphQLErrors with stable codes meant
 * for the client (bad input, conflict); unexpected errors are masked by the server's formatError.
 */
export function permissions(schema: GraphQLSchema): IMiddleware {
  const generated = shield(rootRules(), {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => appError(ErrorCode.Forbidden, 'You are not allowed to do this.'),
  }).generate(schema) as Record<string, unknown>;
  return Object.fromEntries(
    ROOTS.filter((root) => generated[root]).map((root) => [root, generated[root]]),
  ) as IMiddleware;
}
