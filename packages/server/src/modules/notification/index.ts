import type { Feature } from '../common/feature';
import { NotificationResolver } from './notification.resolver';
import { notificationRules } from './notification.rules';
import { noticeOverdueTasks } from './notification.service';

/** A person's notices (task assigned, overdue, done) and their unread count; overdue notices daily at 06:00. */
export const notificationFeature: Feature = {
  name: 'notification',
  resolvers: [NotificationResolver],
  rules: [notificationRules],
  jobs: [{ name: 'overdue-notices', cron: '0 6 * * *', run: async (job) => void (await noticeOverdueTasks(job)) }],
};
