import { OUTREACH_ASSIGNEES, type TaskParty } from '@jamsos/schema';
import { audit } from '../audit/audit.service';
import { Business } from '../business/business.entity';
import { appError, ErrorCode } from '../common/errors';
import { invalidInput } from '../common/problems';
import { type RequestScope, sqlTenant } from '../common/scope';
import { pageWithTotal, SqlConditions } from '../common/sql-page';
import { TENANT_FILTER } from '../common/tenancy';
import { notify } from '../notification/notification.service';
import { Organization, organizationEntity } from '../organization/organization.entity';
import { type OrganizationRecord, organizationJson } from '../organization/organization.service';
import {
  type IOutreachTask,
  OPEN_TASK_STATUSES_SQL,
  OutreachTask,
  type TaskPriority,
  TaskTarget,
} from './outreach.entity';
import { recordTaskEvent } from './task-history';

/**
 * Outreach tasks: the board, one task, and planning a new one. What happens to a task afterwards
 * lives beside this file: its lifecycle and hand-over (task-lifecycle.service.ts), visit reports
 * (visit-report.service.ts), comments (task-comment.service.ts) and its history (task-history.ts);
 * the notices each move sends are the notification module's.
 */

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

/** A row of the task board: the task and the workers registered through its enrolment requests. */
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
  t.enrolled_workers as registered`;

/**
 * One page of the task board (tasks the caller created or was assigned) with its total, both
 * parties, the assignee's person (visible to the assignee only: app_user is tenant-owned) and the
 * workers registered, in one statement; the joins are made for the page's rows alone.
 */
export async function listTasks(
  scope: RequestScope,
  filter: TaskListFilter,
  window: { limit: number; offset: number },
): Promise<[TaskListRow[], number]> {
  const where = new SqlConditions();
  const own = scope.tenantId;
  const tenant = sqlTenant(scope);
  if (tenant) where.add('(t.organization_id = ? or t.assignee_org_id = ?)', tenant, tenant);
  if (filter.side === 'CREATED') where.add('t.organization_id = ?', own);
  if (filter.side === 'ASSIGNED') where.add('t.assignee_org_id = ?', own);
  if (filter.statuses?.length) where.add('t.status = any(?::text[])', `{${filter.statuses.join(',')}}`);
  if (filter.assigneeOrgId) where.add('t.assignee_org_id = ?', filter.assigneeOrgId);
  if (filter.overdue === true)
    where.add(`t.due_on < ?::date and t.status in ${OPEN_TASK_STATUSES_SQL}`, scope.viewer.today);
  if (filter.dueBefore && /^\d{4}-\d{2}-\d{2}$/.test(filter.dueBefore))
    where.add('t.due_on <= ?::date', filter.dueBefore);
  return pageWithTotal<TaskListRow>(scope.em, {
    select: TASK_SELECT,
    from: 'outreach_task t',
    where,
    orderBy: 't.due_on asc, t.id asc',
    ...window,
    joinPage: {
      alias: 't',
      join: `join organization c on c.id = t.organization_id
        join organization a on a.id = t.assignee_org_id
        left join app_user u on u.id = t.assignee_user_id${tenant ? ' and u.organization_id = ?' : ''}`,
      params: tenant ? [tenant] : [],
    },
  });
}

/** Which side of a task the caller's tenant is on: the lifecycle table is written per party. */
export function partyOf(scope: RequestScope, task: IOutreachTask): TaskParty {
  return task.organization.id === scope.tenantId ? 'CREATOR' : 'ASSIGNEE';
}

/** One task of either party (the party filter and RLS decide which are found), with both parties read. */
export async function findTask(scope: RequestScope, id: string): Promise<IOutreachTask> {
  const task = await scope.em.findOne(
    OutreachTask,
    { id },
    { populate: ['organization', 'assigneeOrg', 'assigneeUser'] },
  );
  if (!task) throw appError(ErrorCode.NotFound, 'No such task.');
  return task;
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

/**
 * Plans a task for a partner that carries outreach out, on businesses of the partner's directory
 * shared with the caller (or an area); the partner's admins hear of it.
 */
export async function createTask(scope: RequestScope, input: CreateTaskInput): Promise<IOutreachTask> {
  const { em, viewer } = scope;
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
  const assignee = found && found.id !== scope.tenantId && OUTREACH_ASSIGNEES.includes(found.kind) ? found : null;
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
  recordTaskEvent(scope, task, { kind: 'STATUS', from: null, to: 'OPEN', reason: null });
  audit(scope, {
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
  await notify(scope, task, assignee.id, null, 'TASK_ASSIGNED', { organization: viewer.organization.name });
  return task;
}

/** A target business at directory level: what the task's page shows of it. */
export interface TaskTargetRow {
  id: string;
  name: string;
  nib: string | null;
  district_code: string;
}

/**
 * The task's target businesses, by name. Visible only where RLS lets the caller read the
 * business: its own, or under a live directory agreement.
 */
export async function listTaskTargets(scope: RequestScope, taskId: string): Promise<TaskTargetRow[]> {
  return scope.em.execute<TaskTargetRow[]>(
    `select b.id, b.name, b.nib, b.district_code from outreach_task_target t join business b on b.id = t.business_id
      where t.task_id = ? order by b.name`,
    [taskId],
  );
}
