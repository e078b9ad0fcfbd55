import { mayEditRegistry as callerMayEditRegistry, REGISTRY_KEEPERS } from '@jamsos/schema';
import { and, rule } from 'graphql-shield';
import type { Context } from '../../context';
import { canEdit, denied, isTenantMember, type RuleMap, type ShieldRule } from '../common/rules';
import type { Viewer } from '../common/viewer';

/**
 * The caller's tenant keeps a registry (province agency, regencies, Kadin). The BPJS office sees
 * partners' businesses only through agreements, so it creates none. Contextual: caller only.
 */
export const keepsRegistry: ShieldRule = rule('keepsRegistry', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: Context, info) =>
    (ctx.viewer !== null && tenantKeepsRegistry(ctx.viewer)) ||
    denied(ctx, 'keepsRegistry', `${info.parentType.name}.${info.fieldName}`),
);

export function tenantKeepsRegistry(viewer: Viewer): boolean {
  return REGISTRY_KEEPERS.includes(viewer.organization.kind);
}

/**
 * The same decision as `canEditRegistry`, for the file routes (import), which are not GraphQL
 * fields and so are not behind the shield: the route asks this before touching anything.
 */
export function mayEditRegistry(viewer: Viewer): boolean {
  // One predicate with the web's route guard (packages/schema permissions.ts).
  return callerMayEditRegistry({ role: viewer.user.role, kind: viewer.organization.kind });
}

/**
 * `mayEditRegistry` as a shield rule. Composed of its two halves rather than calling it, so a
 * refusal names the half that failed (`canEdit` or `keepsRegistry`) for the admins who read it.
 */
export const canEditRegistry: ShieldRule = and(canEdit, keepsRegistry);

export const businessRules: RuleMap = {
  Query: { businesses: isTenantMember },
  Mutation: {
    createBusiness: canEditRegistry,
    updateBusiness: canEditRegistry,
    archiveBusiness: canEditRegistry,
    restoreBusiness: canEditRegistry,
  },
};
