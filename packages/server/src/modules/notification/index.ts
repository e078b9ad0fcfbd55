import type { Feature } from '../common/feature';
import { EmailPreferencesResolver } from './email-preferences.resolver';
import { noticeEmailsJob } from './notice-emails';
import { NotificationResolver } from './notification.resolver';
import { notificationRules } from './notification.rules';
import { noticeOverdueTasks } from './notification.service';

/** A person's notices (task assigned, overdue, done) and their unread count; overdue notices daily at 06:00; notices by email for those who chose them. */
export const notificationFeature: Feature = {
  name: 'notification',
  resolvers: [NotificationResolver, EmailPreferencesResolver],
  rules: [notificationRules],
  jobs: [
    {
      name: 'overdue-notices',
      cron: '0 6 * * *',
      exclusive: true,
      run: async (job) => void (await noticeOverdueTasks(job)),
    },
    noticeEmailsJob,
  ],
};
