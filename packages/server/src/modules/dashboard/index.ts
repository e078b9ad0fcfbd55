import type { Feature } from '../common/feature';
import { DashboardResolver } from './dashboard.resolver';
import { dashboardRules } from './dashboard.rules';
import { weeklyDigestJob } from './weekly-digest';

/** The coverage dashboard, and the weekly digest its figures feed: what this module adds to the app. */
export const dashboardFeature: Feature = {
  name: 'dashboard',
  resolvers: [DashboardResolver],
  rules: [dashboardRules],
  jobs: [weeklyDigestJob],
};
