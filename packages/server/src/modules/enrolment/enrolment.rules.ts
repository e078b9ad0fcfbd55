import { mayManageAssistance, mayProcessEnrolment } from '@jamsos/schema';
import { rule } from 'graphql-shield';
import type { Context } from '../../context';
import { canEditRegistry } from '../business/business.rules';
import { denied, isTenantMember, type RuleMap, type ShieldRule } from '../common/rules';
import type { Viewer } from '../common/viewer';

const callerOf = (viewer: Viewer) => ({ role: viewer.user.role, kind: viewer.organization.kind });

function callerRule(name: string, check: (viewer: Viewer) => boolean): ShieldRule {
  return rule(name, { cache: 'contextual' })((_parent: unknown, _args: unknown, ctx: Context, info) => {
    if (!ctx.viewer) return denied(ctx, name, `${info.parentType.name}.${info.fieldName}`);
    return check(ctx.viewer) || denied(ctx, name, `${info.parentType.name}.${info.fieldName}`);
  });
}

/** BPJS office staff and admins: they register and reject lines of requests sent to them. */
export const canProcessEnrolment = callerRule('canProcessEnrolment', (v) => mayProcessEnrolment(callerOf(v)));
/** A regency's admins define its assistance programmes. */
export const canManageAssistance = callerRule('canManageAssistance', (v) => mayManageAssistance(callerOf(v)));

export function mayProcess(viewer: Viewer): boolean {
  return mayProcessEnrolment(callerOf(viewer));
}

export const enrolmentRules: RuleMap = {
  Query: {
    enrolmentRequests: isTenantMember,
    assistanceProgrammes: isTenantMember,
    assistanceRenewals: isTenantMember,
    assistanceCoverage: isTenantMember,
  },
  Mutation: {
    // Building a request is editing the registry: staff and admins of a registry keeper.
    createEnrolmentRequest: canEditRegistry,
    updateEnrolmentRequest: canEditRegistry,
    deleteEnrolmentRequest: canEditRegistry,
    addEnrolmentLines: canEditRegistry,
    updateEnrolmentLines: canEditRegistry,
    removeEnrolmentLines: canEditRegistry,
    sendEnrolmentRequest: canEditRegistry,
    registerEnrolmentLines: canProcessEnrolment,
    rejectEnrolmentLines: canProcessEnrolment,
    createAssistanceProgramme: canManageAssistance,
    updateAssistanceProgramme: canManageAssistance,
  },
};
