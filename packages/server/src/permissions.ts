import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { IMiddleware } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import { features } from './features';
import { appError, ErrorCode } from './modules/common/errors';
import type { RuleMap } from './modules/common/rules';

/** Every feature's rules, from the registry. A Query or Mutation field missing here is denied (and fails a test). */
export const ruleMaps: readonly RuleMap[] = features.flatMap((feature) => feature.rules);

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
