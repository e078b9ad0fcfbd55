import type { Feature } from '../common/feature';
import { viewerOf } from '../common/scope';
import { Organization } from './organization.entity';
import { OrganizationResolver } from './organization.resolver';
import { organizationRules } from './organization.rules';
import { OrganizationType } from './organization.type';

/** Organisations (tenants and the platform): what this module adds to the app. */
export const organizationFeature: Feature = {
  name: 'organization',
  resolvers: [OrganizationResolver],
  rules: [organizationRules],
  nodes: {
    [OrganizationType.typename]: async (ctx, id) => {
      const entity = await ctx.em.findOne(Organization, { id });
      // The platform's own organisation is nobody's partner (lists never show it): only its own
      // people read it.
      if (!entity || (entity.kind === 'PLATFORM' && viewerOf(ctx).organization.id !== entity.id)) return null;
      return OrganizationType.from(entity);
    },
  },
};
