import { everyone, type RuleMap } from '../common/rules';

export const authRules: RuleMap = {
  // `viewer` answers null to an anonymous caller; login and logout must work without a session.
  Query: { viewer: everyone },
  // Resetting a forgotten password is for someone who cannot log in.
  Mutation: { login: everyone, logout: everyone, requestPasswordReset: everyone, resetPassword: everyone },
};
