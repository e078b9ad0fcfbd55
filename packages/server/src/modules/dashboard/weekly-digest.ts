import { defineJob, type JobContext } from '../common/jobs';
import { enterTenant } from '../common/tenancy';
import { email, publicUrl } from '../mail/mail.jobs';
import { OPEN_TASK_STATUSES_SQL } from '../outreach/outreach.entity';

interface TenantRow {
  id: string;
  name: string;
}

interface FigureRow {
  workers: string;
  enrolled: string;
  enrolled_this_week: string;
  open: string;
  overdue: string;
}

interface AdminRow {
  email: string;
  language: string;
}

/**
 * The `weekly-digest` job (Mondays 07:00): each partner's active admins get their tenant's week —
 * workers enrolled (and how many of them newly, from `enrolled_on`), open and overdue tasks it is a
 * party to — in their language. Reads each tenant inside that tenant (`enterTenant`). One digest
 * per admin and week: the send's singleton key and 6-day slot make a rerun in the same week a no-op.
 */
export async function sendWeeklyDigests(job: JobContext): Promise<number> {
  const tenants = await job.em
    .getConnection()
    .execute<TenantRow[]>(`select id, name from organization where kind <> 'PLATFORM' order by name`);
  const url = `${publicUrl(job.config)}/dasbor`;
  let sent = 0;
  for (const tenant of tenants) {
    await job.em.fork().transactional(async (em) => {
      await enterTenant(em, tenant.id);
      const [figures] = await em.execute<FigureRow[]>(
        `select (select count(*) from worker w where w.organization_id = ?::uuid and w.archived_at is null)::text as workers,
                (select count(*) from worker w where w.organization_id = ?::uuid and w.archived_at is null
                    and w.coverage_status = 'ENROLLED')::text as enrolled,
                (select count(*) from worker w where w.organization_id = ?::uuid and w.archived_at is null
                    and w.coverage_status = 'ENROLLED' and w.enrolled_on >= current_date - 7)::text as enrolled_this_week,
                (select count(*) from outreach_task t where (t.organization_id = ?::uuid or t.assignee_org_id = ?::uuid)
                    and t.status in ${OPEN_TASK_STATUSES_SQL})::text as open,
                (select count(*) from outreach_task t where (t.organization_id = ?::uuid or t.assignee_org_id = ?::uuid)
                    and t.status in ${OPEN_TASK_STATUSES_SQL} and t.due_on < current_date)::text as overdue`,
        Array(7).fill(tenant.id),
      );
      const admins = await em.execute<AdminRow[]>(
        `select email, language from app_user where organization_id = ?::uuid and role = 'ADMIN' and status = 'ACTIVE'`,
        [tenant.id],
      );
      for (const admin of admins) {
        const id = await job.queue.send(
          'send-email',
          email(admin.email, admin.language, 'digest', {
            organization: tenant.name,
            url,
            workers: Number(figures?.workers ?? 0),
            enrolled: Number(figures?.enrolled ?? 0),
            enrolledThisWeek: Number(figures?.enrolled_this_week ?? 0),
            open: Number(figures?.open ?? 0),
            overdue: Number(figures?.overdue ?? 0),
          }),
          { singletonKey: `digest:${admin.email}`, singletonSeconds: 6 * 24 * 3600 },
        );
        if (id) sent++;
      }
    });
  }
  job.log.info({ event: 'digest.sent', sent }, `${sent} weekly digest(s) queued`);
  return sent;
}

export const weeklyDigestJob = defineJob({
  name: 'weekly-digest',
  cron: '0 7 * * 1',
  exclusive: true,
  run: async (job) => void (await sendWeeklyDigests(job)),
});
