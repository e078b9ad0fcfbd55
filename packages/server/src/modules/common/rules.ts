import type { Role } from '@jamsos/schema';
import { EDITOR_ROLES } from '@jamsos/schema';
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
 * A refusal. The rule's name is shown where it helps and reveals nothing: in development, and
 * to the caller's own tenant admins. Refusals of logged-in users are audited (see app.ts).
 */
export function denied(ctx: Context, ruleName: string, field: string) {
  const explain = ctx.config.NODE_ENV === 'development' || ctx.viewer?.user.role === 'ADMIN';
  if (ctx.viewer) ctx.denials.push({ rule: ruleName, field });
  return appError(ErrorCode.Forbidden, 'You are not allowed to do this.', explain ? { rule: ruleName } : {});
}

function unauthenticated() {
  return appError(ErrorCode.Unauthenticated, 'You must be logged in.');
}

/**
 * The caller has a live session. Cached per request ('contextual'): the answer depends only on
 * the context, never on the object, so reusing it across fields is safe.
 */
export const isAuthenticated: ShieldRule = rule('isAuthenticated', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: Context) => ctx.viewer !== null || unauthenticated(),
);

/**
 * The caller holds one of the roles in their tenant. Also contextual: it looks at the caller
 * only. Which objects they may touch is the data layer's business, not this rule's.
 */
export function hasRole(name: string, roles: readonly Role[]): ShieldRule {
  return rule(name, { cache: 'contextual' })((_parent: unknown, _args: unknown, ctx: Context, info) => {
    if (!ctx.viewer) return unauthenticated();
    return roles.includes(ctx.viewer.user.role) || denied(ctx, name, `${info.parentType.name}.${info.fieldName}`);
  });
}

export const isAdmin = hasRole('isAdmin', ['ADMIN']);

/** The platform operator: an admin of the PLATFORM organisation. */
export const isOperator: ShieldRule = rule('isOperator', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: Context, info) => {
    if (!ctx.viewer) return unauthenticated();
    const operator = ctx.viewer.organization.kind === 'PLATFORM' && ctx.viewer.user.role === 'ADMIN';
    return operator || denied(ctx, 'isOperator', `${info.parentType.name}.${info.fieldName}`);
  },
);
export const canEdit = hasRole('canEdit', EDITOR_ROLES);

/** For fields anyone may call: logging in, asking who one is. Named so the intent is explicit. */
export const everyone: ShieldRule = allow;

/** Someone of a tenant: the platform operator belongs to no tenant and reads no tenant's data. */
export const isTenantMember: ShieldRule = rule('isTenantMember', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: Context, info) => {
    if (!ctx.viewer) return unauthenticated();
    return (
      ctx.viewer.organization.kind !== 'PLATFORM' ||
      denied(ctx, 'isTenantMember', `${info.parentType.name}.${info.fieldName}`)
    );
  },
);
