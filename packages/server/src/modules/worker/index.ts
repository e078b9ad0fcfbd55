import type { Feature } from '../common/feature';
import { Worker } from './worker.entity';
import { WorkerResolver } from './worker.resolver';
import { workerRules } from './worker.rules';
import { WorkerType } from './worker.type';

/** The worker registry (BPJS coverage of PU/BPU workers): what this module adds to the app. */
export const workerFeature: Feature = {
  name: 'worker',
  resolvers: [WorkerResolver],
  rules: [workerRules],
  nodes: {
    // Archived records stay reachable by id (to be restored), as in the lists' `archived` filter.
    [WorkerType.typename]: async (ctx, id) => {
      const entity = await ctx.em.findOne(Worker, { id });
      return entity ? WorkerType.from(entity) : null;
    },
  },
};
