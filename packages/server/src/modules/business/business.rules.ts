import { REGISTRY_KEEPERS } from '@jamsos/schema';
import { and, rule } from 'graphql-shield';
import type { Context } from '../../context';
import { canEdit, denied, isTenantMember, type RuleMap, type ShieldRule } from '../common/rules';

/**
 * The caller's tenant keeps a registry (province agency, regencies, Kadin). The BPJS office sees
 * partners' businesses only through agreements, so it creates none. Contextual: caller only.
 */
export const keepsRegistry: ShieldRule = rule('keepsRegistry', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: Context, info) =>
    (ctx.viewer !== null && REGISTRY_KEEPERS.includes(ctx.viewer.organization.kind)) ||
    denied(ctx, 'keepsRegistry', `${info.parentType.name}.${info.fieldName}`),
);

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
