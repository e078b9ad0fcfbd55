import type { RequestScope } from '../common/scope';
import { OPEN_TASK_STATUSES, OutreachTask } from '../outreach/outreach.entity';
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
  const params: NotificationParams = { title: task.title, ...details };
  await scope.em.flush();
  await scope.em.execute('select notify_task(?::uuid, ?::uuid, ?::uuid, ?, ?, ?::jsonb)', [
    task.id,
    orgId,
    userId,
    kind,
    sentence(kind, params).slice(0, 500),
    JSON.stringify(params),
  ]);
}

/**
 * Overdue notices are made when someone looks: each open task of the caller's tenant past its
 * due date gets one OVERDUE notice per admin (and its assigned person), once.
 */
export async function noticeOverdue(scope: RequestScope): Promise<void> {
  const { em, tenantId, viewer } = scope;
  const overdue = await em.find(
    OutreachTask,
    { dueOn: { $lt: viewer.today }, status: { $in: [...OPEN_TASK_STATUSES] } },
    { populate: ['organization', 'assigneeOrg', 'assigneeUser'] },
  );
  if (overdue.length === 0) return;
  const noticed = new Set(
    (
      await em.find(
        Notification,
        { kind: 'OVERDUE', taskId: { $in: overdue.map((t) => t.id) } },
        { fields: ['taskId'] },
      )
    ).map((n) => n.taskId),
  );
  for (const task of overdue) {
    if (noticed.has(task.id)) continue;
    const dueOn = String(task.dueOn);
    await notify(scope, task, tenantId, null, 'OVERDUE', { dueOn });
    if (task.assigneeUser && task.assigneeOrg.id === tenantId) {
      await notify(scope, task, tenantId, task.assigneeUser.id, 'OVERDUE', { dueOn });
    }
  }
}

/** One page of the caller's notices, newest first, with the total (call `noticeOverdue` first). */
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

/** How many of the caller's notices are unread (call `noticeOverdue` first). */
export async function countUnreadNotifications(scope: RequestScope): Promise<number> {
  return scope.em.count(Notification, { user: scope.viewer.user.id, readAt: null });
}

/** Marks all the caller's notices read; returns how many were unread. */
export async function markAllNotificationsRead(scope: RequestScope): Promise<number> {
  return scope.em.nativeUpdate(Notification, { user: scope.viewer.user.id, readAt: null }, { readAt: new Date() });
}
