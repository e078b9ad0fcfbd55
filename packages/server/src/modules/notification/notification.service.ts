import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobContext } from '../common/jobs';
import type { RequestScope } from '../common/scope';
import { enterTenant } from '../common/tenancy';
import { OPEN_TASK_STATUSES_SQL } from '../outreach/outreach.entity';
import { type INotification, Notification } from './notification.entity';

/** What a notice says happened; the client words each kind in the reader's language. */
export const NOTIFICATION_KINDS = [
  'TASK_ASSIGNED',
  'TASK_ASSIGNED_TO_YOU',
  'STATUS_CHANGED',
  'VISIT_REPORTED',
  'COMMENT',
  'OVERDUE',
  // Enrolment requests (modules/enrolment/enrolment.notify.ts writes them).
  'ENROLMENT_RECEIVED',
  'ENROLMENT_PROCESSED',
  'ASSISTANCE_RENEWAL',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notice is about; the reader's client words it in the reader's language. */
export interface NotificationParams {
  title: string;
  organization?: string;
  from?: string;
  to?: string;
  dueOn?: string;
  excerpt?: string;
  /** Enrolment notices: workers in the request, registered, rejected (as text). */
  count?: string;
  registered?: string;
  rejected?: string;
}

/** The task a notice is about: notices are about tasks only (see `notify_task`). */
export interface NoticeSubject {
  readonly id: string;
  readonly title: string;
}

const STATUS_ID: Record<string, string> = {
  OPEN: 'Baru',
  ACCEPTED: 'Diterima',
  IN_PROGRESS: 'Dikerjakan',
  DONE: 'Selesai',
  DECLINED: 'Ditolak',
  CANCELLED: 'Dibatalkan',
};

/** The stored Indonesian sentence: what rows written before the parameters show, and other clients read. */
function sentence(kind: NotificationKind, p: NotificationParams): string {
  switch (kind) {
    case 'TASK_ASSIGNED':
      return `Tugas baru dari ${p.organization ?? ''}: ${p.title}`;
    case 'TASK_ASSIGNED_TO_YOU':
      return `Tugas untuk Anda: ${p.title}`;
    case 'STATUS_CHANGED':
      return `${p.title}: ${STATUS_ID[p.from ?? ''] ?? p.from} → ${STATUS_ID[p.to ?? ''] ?? p.to}`;
    case 'VISIT_REPORTED':
      return `Laporan kunjungan: ${p.title}`;
    case 'COMMENT':
      return `Komentar pada ${p.title}: ${p.excerpt ?? ''}`;
    case 'OVERDUE':
      return `Lewat tenggat (${p.dueOn ?? ''}): ${p.title}`;
    default:
      return p.title;
  }
}

/**
 * Puts notices in front of the people of one party (`userId` null: its admins; else that person);
 * goes through `notify_task`, which checks the caller is a party and gives nobody a second overdue
 * notice for one task.
 */
export async function notify(
  scope: RequestScope,
  task: NoticeSubject,
  orgId: string,
  userId: string | null,
  kind: NotificationKind,
  details: Omit<NotificationParams, 'title'> = {},
): Promise<void> {
  await scope.em.flush();
  await notifyIn(scope.em, task, orgId, userId, kind, details);
}

/** `notify` on an EntityManager already in the tenant (`app.tenant_id` set): requests and jobs. */
async function notifyIn(
  em: EntityManager,
  task: NoticeSubject,
  orgId: string,
  userId: string | null,
  kind: NotificationKind,
  details: Omit<NotificationParams, 'title'>,
): Promise<void> {
  const params: NotificationParams = { title: task.title, ...details };
  await em.execute('select notify_task(?::uuid, ?::uuid, ?::uuid, ?, ?, ?::jsonb)', [
    task.id,
    orgId,
    userId,
    kind,
    sentence(kind, params).slice(0, 500),
    JSON.stringify(params),
  ]);
}

interface OverdueRow {
  id: string;
  title: string;
  due_on: string;
  organization_id: string;
  assignee_org_id: string;
  assignee_user_id: string | null;
}

/**
 * The daily `overdue-notices` job: each open task past its due date (the database's date) gets one
 * OVERDUE notice for the admins of each party, and for its assigned person in their own tenant.
 * Runs as the owner across tenants, and enters each tenant in a transaction of its own before it
 * writes there, so `notify_task` checks the party against that tenant as for a request. Idempotent:
 * nobody gets a second overdue notice for one task (the `notification_overdue_once` index), so a
 * retry or a second run the same day adds only what is missing (an admin added since, say).
 * Returns how many notices it wrote.
 */
export async function noticeOverdueTasks(job: JobContext): Promise<number> {
  const tasks = await job.em.getConnection().execute<OverdueRow[]>(
    `select id, title, due_on::text as due_on, organization_id, assignee_org_id, assignee_user_id
       from outreach_task where due_on < current_date and status in ${OPEN_TASK_STATUSES_SQL}
      order by id`,
  );
  const byTenant = new Map<string, OverdueRow[]>();
  for (const task of tasks) {
    for (const tenant of new Set([task.organization_id, task.assignee_org_id])) {
      byTenant.set(tenant, [...(byTenant.get(tenant) ?? []), task]);
    }
  }
  let written = 0;
  for (const [tenant, owned] of byTenant) {
    written += await job.em.fork().transactional(async (em) => {
      await enterTenant(em, tenant);
      const before = await em.count(Notification, { kind: 'OVERDUE', organization: tenant });
      for (const task of owned) {
        await notifyIn(em, task, tenant, null, 'OVERDUE', { dueOn: task.due_on });
        if (task.assignee_user_id && task.assignee_org_id === tenant) {
          await notifyIn(em, task, tenant, task.assignee_user_id, 'OVERDUE', { dueOn: task.due_on });
        }
      }
      return (await em.count(Notification, { kind: 'OVERDUE', organization: tenant })) - before;
    });
  }
  if (written > 0) job.log.info({ event: 'notices.overdue', written }, `${written} overdue notice(s) written`);
  return written;
}

/** One page of the caller's notices, newest first, with the total. */
export async function listNotifications(
  scope: RequestScope,
  unreadOnly: boolean,
  window: { limit: number; offset: number },
): Promise<[INotification[], number]> {
  return scope.em.findAndCount(
    Notification,
    { user: scope.viewer.user.id, ...(unreadOnly ? { readAt: null } : {}) },
    { orderBy: { createdAt: 'desc', id: 'desc' }, ...window },
  );
}

/** How many of the caller's notices are unread. */
export async function countUnreadNotifications(scope: RequestScope): Promise<number> {
  return scope.em.count(Notification, { user: scope.viewer.user.id, readAt: null });
}

/** Marks all the caller's notices read; returns how many were unread. */
export async function markAllNotificationsRead(scope: RequestScope): Promise<number> {
  return scope.em.nativeUpdate(Notification, { user: scope.viewer.user.id, readAt: null }, { readAt: new Date() });
}
