import type { Feature } from '../common/feature';
import { Business } from './business.entity';
import { BusinessResolver } from './business.resolver';
import { businessRules } from './business.rules';
import { BusinessType } from './business.type';

/** The business registry (UMKM, koperasi): what this module adds to the app. */
export const businessFeature: Feature = {
  name: 'business',
  resolvers: [BusinessResolver],
  rules: [businessRules],
  nodes: {
    // Archived records stay reachable by id (to be restored), as in the lists' `archived` filter.
    [BusinessType.typename]: async (ctx, id) => {
      const entity = await ctx.em.findOne(Business, { id });
      return entity ? BusinessType.from(entity) : null;
    },
  },
};
