import type { Feature } from '../common/feature';
import { DashboardResolver } from './dashboard.resolver';
import { dashboardRules } from './dashboard.rules';

/** The coverage dashboard: what this module adds to the app. */
export const dashboardFeature: Feature = {
  name: 'dashboard',
  resolvers: [DashboardResolver],
  rules: [dashboardRules],
};
