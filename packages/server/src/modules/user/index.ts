import type { Feature } from '../common/feature';
import { AuthResolver } from './auth.resolver';
import { authRules } from './auth.rules';
import { PasswordResetResolver } from './password-reset.resolver';
import { User } from './user.entity';
import { UserResolver } from './user.resolver';
import { userRules } from './user.rules';
import { UserType } from './user.type';

/** Users, sessions, invitations and password resets: what this module adds to the app. */
export const userFeature: Feature = {
  name: 'user',
  resolvers: [AuthResolver, PasswordResetResolver, UserResolver],
  rules: [authRules, userRules],
  nodes: {
    // Tenant-owned types need no tenant condition here: the data layer and RLS add it.
    [UserType.typename]: async (ctx, id) => {
      const entity = await ctx.em.findOne(User, { id }, { populate: ['organization'] });
      return entity ? UserType.from(entity) : null;
    },
  },
};
