import { isTenantMember, type RuleMap } from '../common/rules';

/** Each caller reads and clears only their own notices (the query says whose), in their tenant. */
export const notificationRules: RuleMap = {
  Query: { notifications: isTenantMember, unreadNotificationCount: isTenantMember, emailPreferences: isTenantMember },
  Mutation: { markNotificationsRead: isTenantMember, updateEmailPreferences: isTenantMember },
};
