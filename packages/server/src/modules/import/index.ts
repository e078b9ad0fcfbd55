import type { Feature } from '../common/feature';
import { registryFileRoutes } from './import.routes';

/** The registry's files (import, templates, export): plain HTTP routes, no GraphQL of its own. */
export const importFeature: Feature = {
  name: 'import',
  resolvers: [],
  rules: [],
  routes: registryFileRoutes,
};
