import { mayViewPersonalData as callerMayViewPersonalData } from '@jamsos/schema';
import { canEditRegistry } from '../business/business.rules';
import { isTenantMember, type RuleMap } from '../common/rules';
import type { Viewer } from '../common/viewer';

/**
 * Whether the caller sees workers' personal data in full (and may search by NIK prefix): the
 * shared predicate of packages/schema, which the web's guards ask too. `Worker.personalData`
 * and the file routes' full export ask it; object fields carry no shield rule.
 */
export function mayViewPersonalData(viewer: Viewer): boolean {
  return callerMayViewPersonalData({ role: viewer.user.role });
}

export const workerRules: RuleMap = {
  Query: { workers: isTenantMember },
  Mutation: {
    createWorker: canEditRegistry,
    updateWorker: canEditRegistry,
    updateWorkerDetails: canEditRegistry,
    archiveWorker: canEditRegistry,
    restoreWorker: canEditRegistry,
    markEnrolmentInterest: canEditRegistry,
  },
};
