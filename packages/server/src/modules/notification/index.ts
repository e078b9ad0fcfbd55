import type { Feature } from '../common/feature';
import { NotificationResolver } from './notification.resolver';
import { notificationRules } from './notification.rules';

/** A person's notices (task assigned, overdue, done) and their unread count. */
export const notificationFeature: Feature = {
  name: 'notification',
  resolvers: [NotificationResolver],
  rules: [notificationRules],
};
