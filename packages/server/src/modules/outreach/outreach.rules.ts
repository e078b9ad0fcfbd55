import { OUTREACH_PLANNERS } from '@jamsos/schema';
import { and, rule } from 'graphql-shield';
import type { Context } from '../../context';
import { canEdit, denied, isAdmin, isTenantMember, type RuleMap, type ShieldRule } from '../common/rules';

/**
 * The caller's tenant plans outreach: the BPJS office or the province agency (the same list the
 * web's route guard reads, packages/schema permissions.ts). Contextual.
 */
const plansOutreach: ShieldRule = rule('plansOutreach', { cache: 'contextual' })(
  (_parent: unknown, _args: unknown, ctx: Context, info) =>
    (ctx.viewer !== null && OUTREACH_PLANNERS.includes(ctx.viewer.organization.kind)) ||
    denied(ctx, 'plansOutreach', `${info.parentType.name}.${info.fieldName}`),
);

// Which party may make which move is decided by the service from the task itself (creator or
// assignee); rules decide only who may act at all.
export const outreachRules: RuleMap = {
  Query: { outreachTasks: isTenantMember, visitReportPhoto: isTenantMember },
  Mutation: {
    createOutreachTask: and(canEdit, plansOutreach),
    transitionOutreachTask: and(isTenantMember, canEdit),
    assignOutreachTask: and(isTenantMember, isAdmin),
    reportVisit: and(isTenantMember, canEdit),
    commentOnTask: and(isTenantMember, canEdit),
  },
};
