import type { Feature } from '../common/feature';
import { Agreement } from './agreement.entity';
import { AgreementResolver } from './agreement.resolver';
import { agreementRules } from './agreement.rules';
import { AgreementType } from './agreement.type';

/** Data-sharing agreements between tenants: what this module adds to the app. */
export const agreementFeature: Feature = {
  name: 'agreement',
  resolvers: [AgreementResolver],
  rules: [agreementRules],
  nodes: {
    // Both parties see an agreement; its filter and policies say so.
    [AgreementType.typename]: async (ctx, id) => {
      const entity = await ctx.em.findOne(Agreement, { id }, { populate: ['organization', 'grantee'] });
      return entity ? AgreementType.from(entity) : null;
    },
  },
};
