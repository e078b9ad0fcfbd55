import type { Feature } from '../common/feature';
import { viewerOf } from '../common/scope';
import { OutreachTask } from './outreach.entity';
import { OutreachResolver } from './outreach.resolver';
import { outreachRules } from './outreach.rules';
import { OutreachTaskType } from './outreach.type';

/** Outreach tasks between tenants (sosialisasi, visits): what this module adds to the app. */
export const outreachFeature: Feature = {
  name: 'outreach',
  resolvers: [OutreachResolver],
  rules: [outreachRules],
  nodes: {
    // Exactly the two parties see a task.
    [OutreachTaskType.typename]: async (ctx, id) => {
      const entity = await ctx.em.findOne(
        OutreachTask,
        { id },
        { populate: ['organization', 'assigneeOrg', 'assigneeUser'] },
      );
      return entity ? OutreachTaskType.from(entity, viewerOf(ctx).today) : null;
    },
  },
};
