import type { Feature } from '../common/feature';
import { JobsResolver } from './jobs.resolver';
import { jobsRules } from './jobs.rules';

/**
 * Work that runs on its own: the queue itself (queue.ts, started and stopped with the portal in
 * app.ts) and the platform operator's view of it. The jobs themselves belong to the features
 * (`Feature.jobs`).
 */
export const jobsFeature: Feature = {
  name: 'jobs',
  resolvers: [JobsResolver],
  rules: [jobsRules],
};
