import { canEditRegistry } from '../business/business.rules';
import { isTenantMember, type RuleMap } from '../common/rules';

export const workerRules: RuleMap = {
  Query: { workers: isTenantMember },
  Mutation: {
    createWorker: canEditRegistry,
    updateWorker: canEditRegistry,
    updateWorkerDetails: canEditRegistry,
    archiveWorker: canEditRegistry,
    restoreWorker: canEditRegistry,
  },
};
