import { emailNoticeChoice } from '@jamsos/schema';
import { defineJob, type JobContext } from '../common/jobs';
import { toGlobalId } from '../common/node';
import { enterTenant } from '../common/tenancy';
import { email, publicUrl } from '../mail/mail.jobs';

interface PendingNotice {
  id: string;
  organization_id: string;
  kind: string;
  params: Record<string, string> | null;
  task_id: string | null;
  enrolment_request_id: string | null;
  email: string;
  language: string;
  email_notices: string[];
}

/** The page a notice is about: its task, its enrolment request (the web's /kepesertaan/:id), or the notices. */
function linkOf(base: string, notice: PendingNotice): string {
  if (notice.task_id) return `${base}/tugas/${toGlobalId('OutreachTask', notice.task_id)}`;
  if (notice.enrolment_request_id)
    return `${base}/kepesertaan/${toGlobalId('EnrolmentRequest', notice.enrolment_request_id)}`;
  return `${base}/notifikasi`;
}

/**
 * The `notice-emails` job (every minute): each new notice whose person chose its kind on their
 * profile page goes out as a `send-email` job in their language; every notice looked at is marked
 * (`emailed_at`), sent or not, so none is sent twice by later runs. Runs as the owner and enters
 * each tenant before it touches that tenant's notices. At least once: a crash between queueing the
 * email and marking the notice may send it again (the singleton key stops a second while the first waits).
 */
export async function emailNotices(job: JobContext): Promise<number> {
  const pending = await job.em.getConnection().execute<PendingNotice[]>(
    `select n.id, n.organization_id, n.kind, n.params, n.task_id, n.enrolment_request_id, u.email, u.language, u.email_notices
       from notification n join app_user u on u.id = n.user_id
      where n.emailed_at is null and n.created_at > now() - interval '2 days'
      order by n.created_at, n.id limit 500`,
  );
  const byTenant = new Map<string, PendingNotice[]>();
  for (const notice of pending)
    byTenant.set(notice.organization_id, [...(byTenant.get(notice.organization_id) ?? []), notice]);
  let sent = 0;
  const base = publicUrl(job.config);
  for (const [tenant, notices] of byTenant) {
    await job.em.fork().transactional(async (em) => {
      await enterTenant(em, tenant);
      for (const notice of notices) {
        const params = notice.params ?? {};
        const choice = emailNoticeChoice(notice.kind, params);
        if (!choice || !notice.email_notices.includes(choice)) continue;
        await job.queue.send(
          'send-email',
          email(notice.email, notice.language, 'notice', {
            kind: notice.kind,
            title: params.title ?? '',
            url: linkOf(base, notice),
            ...(params.organization ? { organization: params.organization } : {}),
            ...(params.to ? { to: params.to } : {}),
            ...(params.dueOn ? { dueOn: params.dueOn } : {}),
            ...(params.excerpt ? { excerpt: params.excerpt } : {}),
            ...(params.count ? { count: params.count } : {}),
            ...(params.registered ? { registered: params.registered } : {}),
            ...(params.rejected ? { rejected: params.rejected } : {}),
          }),
          { singletonKey: `notice:${notice.id}` },
        );
        sent++;
      }
      await em.execute(
        `update notification set emailed_at = now() where organization_id = ? and id = any(string_to_array(?, ',')::uuid[])`,
        [tenant, notices.map((n) => n.id).join(',')],
      );
    });
  }
  if (sent > 0) job.log.info({ event: 'notices.emailed', sent }, `${sent} notice email(s) queued`);
  return sent;
}

export const noticeEmailsJob = defineJob({
  name: 'notice-emails',
  cron: '* * * * *',
  exclusive: true,
  run: async (job) => void (await emailNotices(job)),
});
