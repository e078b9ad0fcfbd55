import { everyone, isAdmin, isAuthenticated, type RuleMap } from '../common/rules';

export const userRules: RuleMap = {
  Query: { users: isAdmin },
  Mutation: {
    inviteUser: isAdmin,
    changeUserRole: isAdmin,
    deactivateUser: isAdmin,
    reactivateUser: isAdmin,
    // The token is the credential: whoever holds a valid one may set that user's password once.
    acceptInvitation: everyone,
    logoutEverywhere: isAuthenticated,
  },
};
