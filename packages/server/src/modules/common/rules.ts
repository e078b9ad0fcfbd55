import { allow, type IRules, rule } from 'graphql-shield';
import type { Context } from '../../context';
import { appError, ErrorCode } from './errors';

/** One rule, simple (`rule()`) or logic (`and`, `or`, `allow`, …); graphql-shield does not export the name. */
export type ShieldRule = Exclude<IRules, { [type: string]: unknown }>;

/**
 * A rule map fragment: which rule guards each Query/Mutation field of a feature. Each module
 * declares its own beside its resolver; `permissions.ts` merges them.
 */
export type RuleMap = {
  Query?: Record<string, ShieldRule>;
  Mutation?: Record<string, ShieldRule>;
};

/**
 * The caller has a live session. Cached per request ('contextual'): the answer depends only on
 * the context, never on the object, so reusing it across fields is safe.
 */
export const isAuthenticated: ShieldRule = rule('isAuthenticated', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: Context) =>
    ctx.viewer !== null || appError(ErrorCode.Unauthenticated, 'You must be logged in.'),
);

/** For fields anyone may call: logging in, asking who one is. Named so the intent is explicit. */
export const everyone: ShieldRule = allow;
