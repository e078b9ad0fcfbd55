import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.service';
import { Business } from '../business/business.entity';
import { appError, ErrorCode } from '../common/errors';
import { checkVersion, flushVersioned } from '../common/optimistic';
import { invalidInput } from '../common/problems';
import { makeScope } from '../common/scope';
import { pageWithTotal, SqlConditions } from '../common/sql-page';
import { TENANT_FILTER, tenantScope } from '../common/tenancy';
import type { Viewer } from '../common/viewer';
import { Organization, organizationEntity } from '../organization/organization.entity';
import { type OrganizationRecord, organizationJson } from '../organization/organization.service';
import { User } from '../user/user.entity';
import { Worker } from '../worker/worker.entity';
import {
  type IOutreachTask,
  type IVisitReport,
  Notification,
  OPEN_TASK_STATUSES,
  OPEN_TASK_STATUSES_SQL,
  OutreachTask,
  TaskComment,
  TaskEvent,
  type TaskPriority,
  type TaskStatus,
  TaskTarget,
  VisitReport,
  VisitReportWorker,
} from './outreach.entity';

/** Tenants that plan outreach and assign it. */
export const TASK_CREATORS: readonly string[] = ['BPJS_OFFICE', 'PROVINCE_AGENCY'];
/** Tenants that carry outreach out. */
export const TASK_ASSIGNEES: readonly string[] = ['REGENCY', 'CHAMBER', 'PROVINCE_AGENCY'];

type Party = 'CREATOR' | 'ASSIGNEE';

/**
 * The lifecycle: which move each party may make from each state. Everything else is refused.
 * OPEN → ACCEPTED → IN_PROGRESS → DONE, or DECLINED by the assignee, or CANCELLED by the creator.
 */
const TRANSITIONS: Record<TaskStatus, Partial<Record<TaskStatus, Party>>> = {
  OPEN: { ACCEPTED: 'ASSIGNEE', DECLINED: 'ASSIGNEE', CANCELLED: 'CREATOR' },
  ACCEPTED: { IN_PROGRESS: 'ASSIGNEE', DECLINED: 'ASSIGNEE', CANCELLED: 'CREATOR' },
  IN_PROGRESS: { DONE: 'ASSIGNEE', CANCELLED: 'CREATOR' },
  DONE: {},
  DECLINED: {},
  CANCELLED: {},
};
const NEEDS_REASON: readonly TaskStatus[] = ['DECLINED', 'CANCELLED'];

/** A task as lists read it: its own columns, both parties, and the assignee's person. */
export type TaskRecord = Pick<
  IOutreachTask,
  | 'id'
  | 'title'
  | 'description'
  | 'regencyCode'
  | 'districtCode'
  | 'kbliSection'
  | 'dueOn'
  | 'priority'
  | 'targetWorkers'
  | 'status'
  | 'closingReason'
  | 'createdBy'
  | 'version'
  | 'createdAt'
> & {
  organization: OrganizationRecord;
  assigneeOrg: OrganizationRecord;
  assigneeUser?: { id?: string; displayName: string } | null;
};

/** A row of the task board: the task and the workers its visit reports registered. */
export type TaskListRow = TaskRecord & { registered: number };

export interface TaskListFilter {
  side?: 'CREATED' | 'ASSIGNED' | null;
  statuses?: readonly IOutreachTask['status'][] | null;
  /** Only tasks assigned to this organisation. */
  assigneeOrgId?: string | null;
  overdue?: boolean | null;
  /** Due on or before (`YYYY-MM-DD`). */
  dueBefore?: string | null;
}

const TASK_SELECT = `t.id, t.title, t.description, t.regency_code as "regencyCode", t.district_code as "districtCode",
  t.kbli_section as "kbliSection", t.due_on::text as "dueOn", t.priority, t.target_workers as "targetWorkers", t.status,
  t.closing_reason as "closingReason", t.created_by as "createdBy", t.version, t.created_at as "createdAt",
  ${organizationJson('c')} as organization, ${organizationJson('a')} as "assigneeOrg",
  case when u.id is null then null else json_build_object('id', u.id, 'displayName', u.display_name) end as "assigneeUser",
  coalesce(r.registered, 0)::int as registered`;

/**
 * One page of the task board (tasks the caller created or was assigned) with its total, both
 * parties, the assignee's person (visible to the assignee only: app_user is tenant-owned) and the
 * workers registered, in one statement; the joins are made for the page's rows alone.
 */
export async function listTasks(
  em: EntityManager,
  viewer: Viewer,
  filter: TaskListFilter,
  window: { limit: number; offset: number },
): Promise<[TaskListRow[], number]> {
  const where = new SqlConditions();
  const own = viewer.organization.id;
  const tenant = tenantScope(em);
  if (tenant) where.add('(t.organization_id = ? or t.assignee_org_id = ?)', tenant, tenant);
  if (filter.side === 'CREATED') where.add('t.organization_id = ?', own);
  if (filter.side === 'ASSIGNED') where.add('t.assignee_org_id = ?', own);
  if (filter.statuses?.length) where.add('t.status = any(?::text[])', `{${filter.statuses.join(',')}}`);
  if (filter.assigneeOrgId) where.add('t.assignee_org_id = ?', filter.assigneeOrgId);
  if (filter.overdue === true) where.add(`t.due_on < ?::date and t.status in ${OPEN_TASK_STATUSES_SQL}`, viewer.today);
  if (filter.dueBefore && /^\d{4}-\d{2}-\d{2}$/.test(filter.dueBefore))
    where.add('t.due_on <= ?::date', filter.dueBefore);
  return pageWithTotal<TaskListRow>(em, {
    select: TASK_SELECT,
    from: 'outreach_task t',
    where,
    orderBy: 't.due_on asc, t.id asc',
    ...window,
    joinPage: {
      alias: 't',
      join: `join organization c on c.id = t.organization_id
        join organization a on a.id = t.assignee_org_id
        left join app_user u on u.id = t.assignee_user_id${tenant ? ' and u.organization_id = ?' : ''}
        left join lateral (select sum(v.workers_registered) as registered from visit_report v where v.task_id = t.id) r on true`,
      params: tenant ? [tenant] : [],
    },
  });
}

function partyOf(task: IOutreachTask, viewer: Viewer): Party {
  return task.organization.id === viewer.organization.id ? 'CREATOR' : 'ASSIGNEE';
}

export async function findTask(em: EntityManager, id: string): Promise<IOutreachTask> {
  const task = await em.findOne(OutreachTask, { id }, { populate: ['organization', 'assigneeOrg', 'assigneeUser'] });
  if (!task) throw appError(ErrorCode.NotFound, 'No such task.');
  return task;
}

/** What a notice is about; the reader's client words it in the reader's language. */
export interface NotificationParams {
  title: string;
  organization?: string;
  from?: string;
  to?: string;
  dueOn?: string;
  excerpt?: string;
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
function sentence(kind: string, p: NotificationParams): string {
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
 * Puts notices in front of the people of one party; goes through `notify_task`, which checks the
 * caller is a party and gives nobody a second overdue notice for one task.
 */
async function notify(
  em: EntityManager,
  task: IOutreachTask,
  orgId: string,
  userId: string | null,
  kind: string,
  details: Omit<NotificationParams, 'title'> = {},
) {
  const params: NotificationParams = { title: task.title, ...details };
  await em.flush();
  await em.execute('select notify_task(?::uuid, ?::uuid, ?::uuid, ?, ?, ?::jsonb)', [
    task.id,
    orgId,
    userId,
    kind,
    sentence(kind, params).slice(0, 500),
    JSON.stringify(params),
  ]);
}

/** One line of the task's history, with the actor's name kept beside the email. */
function event(
  em: EntityManager,
  task: IOutreachTask,
  viewer: Viewer,
  entry:
    | { kind: 'STATUS'; from: TaskStatus | null; to: TaskStatus; reason: string | null }
    | { kind: 'ASSIGNED'; assignedToName: string | null }
    | { kind: 'VISIT_REPORTED'; report: IVisitReport },
) {
  em.create(TaskEvent, {
    task,
    organization: task.organization,
    assigneeOrg: task.assigneeOrg,
    actorOrg: organizationEntity(em, viewer),
    actorEmail: viewer.user.email,
    actorName: viewer.user.displayName,
    kind: entry.kind,
    fromStatus: entry.kind === 'STATUS' ? entry.from : null,
    toStatus: entry.kind === 'STATUS' ? entry.to : null,
    reason: entry.kind === 'STATUS' ? entry.reason : null,
    assignedToName: entry.kind === 'ASSIGNED' ? entry.assignedToName : null,
    visitReport: entry.kind === 'VISIT_REPORTED' ? entry.report : null,
  });
}

export interface CreateTaskInput {
  assigneeId: string;
  title: string;
  description: string;
  businessIds: string[];
  regencyCode?: string | null;
  districtCode?: string | null;
  kbliSection?: string | null;
  dueOn: string;
  priority: TaskPriority;
  targetWorkers: number;
}

export async function createTask(em: EntityManager, viewer: Viewer, input: CreateTaskInput): Promise<IOutreachTask> {
  const problems: {
    field: string;
    problem: 'REQUIRED' | 'TOO_LONG' | 'UNKNOWN_VALUE' | 'OUT_OF_RANGE' | 'BUSINESS_UNKNOWN';
  }[] = [];
  const title = input.title.trim();
  if (!title) problems.push({ field: 'title', problem: 'REQUIRED' });
  if (title.length > 200) problems.push({ field: 'title', problem: 'TOO_LONG' });
  if (input.description.length > 10_000) problems.push({ field: 'description', problem: 'TOO_LONG' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueOn) || Number.isNaN(Date.parse(input.dueOn)))
    problems.push({ field: 'dueOn', problem: 'UNKNOWN_VALUE' });
  else if (input.dueOn < viewer.today) problems.push({ field: 'dueOn', problem: 'OUT_OF_RANGE' });
  if (!Number.isInteger(input.targetWorkers) || input.targetWorkers < 1 || input.targetWorkers > 1_000_000)
    problems.push({ field: 'targetWorkers', problem: 'OUT_OF_RANGE' });
  const found = await em.findOne(Organization, { id: input.assigneeId });
  const assignee = found && found.id !== viewer.organization.id && TASK_ASSIGNEES.includes(found.kind) ? found : null;
  if (!assignee) problems.push({ field: 'assigneeId', problem: 'UNKNOWN_VALUE' });
  if (input.businessIds.length === 0 && !input.regencyCode && !input.districtCode && !input.kbliSection)
    problems.push({ field: 'businessIds', problem: 'REQUIRED' });
  // Target businesses come from the assignee's directory as shared with the caller: read with the
  // data layer scoped to the assignee, and row-level security passing them only under a live agreement.
  const ids = [...new Set(input.businessIds)];
  const targets =
    assignee && ids.length > 0
      ? await em.find(
          Business,
          { id: { $in: ids }, archivedAt: null },
          { filters: { [TENANT_FILTER]: { id: assignee.id } } },
        )
      : [];
  if (assignee && targets.length !== ids.length) problems.push({ field: 'businessIds', problem: 'BUSINESS_UNKNOWN' });
  if (problems.length > 0 || !assignee) throw invalidInput(problems);
  const organization = organizationEntity(em, viewer);
  const task = em.create(OutreachTask, {
    organization,
    assigneeOrg: assignee,
    title,
    description: input.description.trim(),
    regencyCode: input.regencyCode ?? null,
    districtCode: input.districtCode ?? null,
    kbliSection: input.kbliSection ?? null,
    dueOn: input.dueOn,
    priority: input.priority,
    targetWorkers: input.targetWorkers,
    createdBy: viewer.user.email,
  });
  for (const business of targets) {
    em.create(TaskTarget, { task, business, organization, assigneeOrg: assignee });
  }
  event(em, task, viewer, { kind: 'STATUS', from: null, to: 'OPEN', reason: null });
  audit(makeScope(em, viewer), {
    action: 'task.create',
    objectType: 'OutreachTask',
    objectId: task.id,
    changes: {
      assignee: assignee.code,
      title,
      dueOn: input.dueOn,
      targets: targets.length,
      targetWorkers: input.targetWorkers,
    },
  });
  await notify(em, task, assignee.id, null, 'TASK_ASSIGNED', { organization: viewer.organization.name });
  return task;
}

export async function transitionTask(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  to: TaskStatus,
  reason: string | null,
): Promise<IOutreachTask> {
  const task = await findTask(em, id);
  await checkVersion(makeScope(em, viewer), 'OutreachTask', task, expectedVersion);
  const from: TaskStatus = task.status as TaskStatus;
  const allowed = TRANSITIONS[from][to];
  const party = partyOf(task, viewer);
  if (allowed !== party) {
    throw appError(
      ErrorCode.BadUserInput,
      `A task that is ${from} cannot be moved to ${to} by the ${party.toLowerCase()}.`,
      {
        reason: 'ILLEGAL_TRANSITION',
        from,
        to,
        allowed: Object.entries(TRANSITIONS[from])
          .filter(([, who]) => who === party)
          .map(([status]) => status),
      },
    );
  }
  const text = reason?.trim() ?? '';
  if (NEEDS_REASON.includes(to) && !text) throw invalidInput([{ field: 'reason', problem: 'REQUIRED' }]);
  if (text.length > 1000) throw invalidInput([{ field: 'reason', problem: 'TOO_LONG' }]);
  task.status = to;
  if (NEEDS_REASON.includes(to)) task.closingReason = text;
  event(em, task, viewer, { kind: 'STATUS', from, to, reason: text || null });
  audit(makeScope(em, viewer), {
    action: 'task.transition',
    objectType: 'OutreachTask',
    objectId: id,
    changes: {
      status: { before: from, after: to },
      version: { before: task.version, after: task.version + 1 },
      reason: text || null,
    },
  });
  await flushVersioned(makeScope(em, viewer), 'OutreachTask', id, expectedVersion);
  const other = party === 'CREATOR' ? task.assigneeOrg.id : task.organization.id;
  await notify(em, task, other, null, 'STATUS_CHANGED', { from, to });
  if (task.assigneeUser && party === 'CREATOR')
    await notify(em, task, task.assigneeOrg.id, task.assigneeUser.id, 'STATUS_CHANGED', { from, to });
  return task;
}

/** The assignee's admin hands the task to one of its people (or takes it back: null). */
export async function assignTaskUser(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  userId: string | null,
): Promise<IOutreachTask> {
  const task = await findTask(em, id);
  if (partyOf(task, viewer) !== 'ASSIGNEE') {
    throw appError(ErrorCode.Forbidden, 'Only the assigned organisation hands a task to one of its people.', {
      reason: 'NOT_ASSIGNEE',
    });
  }
  await checkVersion(makeScope(em, viewer), 'OutreachTask', task, expectedVersion);
  // Users are tenant-owned: another tenant's user is simply not found.
  const user = userId ? await em.findOne(User, { id: userId }) : null;
  if (userId && !user) throw invalidInput([{ field: 'userId', problem: 'UNKNOWN_VALUE' }]);
  // A task is worked by someone who may change data: an active admin or staff member, never a
  // viewer (read-only) or a deactivated or not yet joined account.
  if (user && !canWorkTasks(user)) {
    throw appError(ErrorCode.BadUserInput, 'Only an active admin or staff member can be handed a task.', {
      reason: 'USER_CANNOT_WORK_TASK',
      field: 'userId',
    });
  }
  audit(makeScope(em, viewer), {
    action: 'task.assignUser',
    objectType: 'OutreachTask',
    objectId: id,
    changes: { assigneeUser: { before: task.assigneeUser?.email ?? null, after: user?.email ?? null } },
  });
  event(em, task, viewer, { kind: 'ASSIGNED', assignedToName: user?.displayName ?? null });
  task.assigneeUser = user;
  await flushVersioned(makeScope(em, viewer), 'OutreachTask', id, expectedVersion);
  if (user) await notify(em, task, task.assigneeOrg.id, user.id, 'TASK_ASSIGNED_TO_YOU');
  return task;
}

/** Who may be handed a task: an active admin or staff member (mirrored by the web's picker). */
export function canWorkTasks(user: { role: string; status: string }): boolean {
  return user.status === 'ACTIVE' && (user.role === 'ADMIN' || user.role === 'STAFF');
}

export interface VisitInput {
  taskId: string;
  visitedOn: string;
  businessId: string | null;
  peopleReached: number;
  workersRegistered: number;
  workerIds: string[];
  notes: string;
}

export async function addVisitReport(em: EntityManager, viewer: Viewer, input: VisitInput) {
  const task = await findTask(em, input.taskId);
  if (partyOf(task, viewer) !== 'ASSIGNEE') {
    throw appError(ErrorCode.Forbidden, 'Only the assigned organisation reports visits on a task.', {
      reason: 'NOT_ASSIGNEE',
    });
  }
  if (task.status !== 'ACCEPTED' && task.status !== 'IN_PROGRESS') {
    throw appError(ErrorCode.BadUserInput, `Visits are reported on accepted tasks, not on ${task.status} ones.`, {
      reason: 'TASK_NOT_ACTIVE',
    });
  }
  const problems: { field: string; problem: 'UNKNOWN_VALUE' | 'OUT_OF_RANGE' | 'BUSINESS_UNKNOWN' | 'TOO_LONG' }[] = [];
  const day = viewer.today;
  const created = task.createdAt.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.visitedOn) || Number.isNaN(Date.parse(input.visitedOn)))
    problems.push({ field: 'visitedOn', problem: 'UNKNOWN_VALUE' });
  else if (input.visitedOn > day || input.visitedOn < created)
    problems.push({ field: 'visitedOn', problem: 'OUT_OF_RANGE' });
  for (const field of ['peopleReached', 'workersRegistered'] as const) {
    if (!Number.isInteger(input[field]) || input[field] < 0 || input[field] > 100_000)
      problems.push({ field, problem: 'OUT_OF_RANGE' });
  }
  if (input.notes.length > 4000) problems.push({ field: 'notes', problem: 'TOO_LONG' });
  // The visited business and the newly covered workers are the assignee's own: tenant-scoped reads.
  const business = input.businessId ? await em.findOne(Business, { id: input.businessId }) : null;
  if (input.businessId && !business) problems.push({ field: 'businessId', problem: 'BUSINESS_UNKNOWN' });
  const workerIds = [...new Set(input.workerIds)];
  const workers = workerIds.length ? await em.find(Worker, { id: { $in: workerIds } }) : [];
  if (workers.length !== workerIds.length) problems.push({ field: 'workerIds', problem: 'UNKNOWN_VALUE' });
  if (problems.length > 0) throw invalidInput(problems);
  const report = em.create(VisitReport, {
    task,
    organization: task.organization,
    assigneeOrg: task.assigneeOrg,
    visitedOn: input.visitedOn,
    business,
    peopleReached: input.peopleReached,
    workersRegistered: Math.max(input.workersRegistered, workers.length),
    notes: input.notes.trim(),
    reportedBy: viewer.user.email,
    reportedByName: viewer.user.displayName,
  });
  for (const worker of workers) {
    em.create(VisitReportWorker, { report, worker, organization: task.organization, assigneeOrg: task.assigneeOrg });
  }
  // The first report puts an accepted task in progress.
  event(em, task, viewer, { kind: 'VISIT_REPORTED', report });
  if (task.status === 'ACCEPTED') {
    event(em, task, viewer, { kind: 'STATUS', from: 'ACCEPTED', to: 'IN_PROGRESS', reason: null });
    task.status = 'IN_PROGRESS';
  }
  audit(makeScope(em, viewer), {
    action: 'task.reportVisit',
    objectType: 'OutreachTask',
    objectId: task.id,
    changes: {
      visitedOn: input.visitedOn,
      peopleReached: input.peopleReached,
      workersRegistered: report.workersRegistered,
    },
  });
  await em.flush();
  await notify(em, task, task.organization.id, null, 'VISIT_REPORTED');
  return report;
}

export async function addComment(em: EntityManager, viewer: Viewer, taskId: string, body: string) {
  const task = await findTask(em, taskId);
  const text = body.trim();
  if (!text) throw invalidInput([{ field: 'body', problem: 'REQUIRED' }]);
  if (text.length > 4000) throw invalidInput([{ field: 'body', problem: 'TOO_LONG' }]);
  const comment = em.create(TaskComment, {
    task,
    organization: task.organization,
    assigneeOrg: task.assigneeOrg,
    authorOrg: organizationEntity(em, viewer),
    authorEmail: viewer.user.email,
    authorName: viewer.user.displayName,
    body: text,
  });
  audit(makeScope(em, viewer), { action: 'task.comment', objectType: 'OutreachTask', objectId: task.id });
  const party = partyOf(task, viewer);
  const other = party === 'CREATOR' ? task.assigneeOrg.id : task.organization.id;
  const excerpt = text.slice(0, 120);
  await notify(em, task, other, null, 'COMMENT', { excerpt });
  if (task.assigneeUser && task.assigneeUser.id !== viewer.user.id) {
    await notify(em, task, task.assigneeOrg.id, task.assigneeUser.id, 'COMMENT', { excerpt });
  }
  return comment;
}

/**
 * Overdue notices are made when someone looks: each open task of the caller's tenant past its
 * due date gets one OVERDUE notice per admin (and its assigned person), once.
 */
export async function noticeOverdue(em: EntityManager, viewer: Viewer): Promise<void> {
  const day = viewer.today;
  const overdue = await em.find(
    OutreachTask,
    { dueOn: { $lt: day }, status: { $in: [...OPEN_TASK_STATUSES] } },
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
    await notify(em, task, viewer.organization.id, null, 'OVERDUE', { dueOn });
    if (task.assigneeUser && task.assigneeOrg.id === viewer.organization.id) {
      await notify(em, task, viewer.organization.id, task.assigneeUser.id, 'OVERDUE', { dueOn });
    }
  }
}
