import { mayWorkTasks, TASK_STATUSES_NEEDING_REASON, TASK_TRANSITIONS, taskMoves } from '@jamsos/schema';
import { audit } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import { checkVersion, flushVersioned } from '../common/optimistic';
import { invalidInput } from '../common/problems';
import { ownedBy, type RequestScope } from '../common/scope';
import { notify } from '../notification/notification.service';
import { User } from '../user/user.entity';
import type { IOutreachTask, TaskStatus } from './outreach.entity';
import { findTask, partyOf } from './outreach.service';
import { recordTaskEvent } from './task-history';

export async function transitionTask(
  scope: RequestScope,
  id: string,
  expectedVersion: number,
  to: TaskStatus,
  reason: string | null,
): Promise<IOutreachTask> {
  const task = await findTask(scope, id);
  await checkVersion(scope, 'OutreachTask', task, expectedVersion);
  const from: TaskStatus = task.status as TaskStatus;
  const allowed = TASK_TRANSITIONS[from][to];
  const party = partyOf(scope, task);
  if (allowed !== party) {
    throw appError(
      ErrorCode.BadUserInput,
      `A task that is ${from} cannot be moved to ${to} by the ${party.toLowerCase()}.`,
      {
        reason: 'ILLEGAL_TRANSITION',
        from,
        to,
        allowed: taskMoves(from, party),
      },
    );
  }
  const text = reason?.trim() ?? '';
  if (TASK_STATUSES_NEEDING_REASON.includes(to) && !text)
    throw invalidInput([{ field: 'reason', problem: 'REQUIRED' }]);
  if (text.length > 1000) throw invalidInput([{ field: 'reason', problem: 'TOO_LONG' }]);
  task.status = to;
  if (TASK_STATUSES_NEEDING_REASON.includes(to)) task.closingReason = text;
  recordTaskEvent(scope, task, { kind: 'STATUS', from, to, reason: text || null });
  audit(scope, {
    action: 'task.transition',
    objectType: 'OutreachTask',
    objectId: id,
    changes: {
      status: { before: from, after: to },
      version: { before: task.version, after: task.version + 1 },
      reason: text || null,
    },
  });
  await flushVersioned(scope, 'OutreachTask', id, expectedVersion);
  const other = party === 'CREATOR' ? task.assigneeOrg.id : task.organization.id;
  await notify(scope, task, other, null, 'STATUS_CHANGED', { from, to });
  if (task.assigneeUser && party === 'CREATOR')
    await notify(scope, task, task.assigneeOrg.id, task.assigneeUser.id, 'STATUS_CHANGED', { from, to });
  return task;
}

/** The assignee's admin hands the task to one of its people (or takes it back: null). */
export async function assignTaskUser(
  scope: RequestScope,
  id: string,
  expectedVersion: number,
  userId: string | null,
): Promise<IOutreachTask> {
  const { em } = scope;
  const task = await findTask(scope, id);
  if (partyOf(scope, task) !== 'ASSIGNEE') {
    throw appError(ErrorCode.Forbidden, 'Only the assigned organisation hands a task to one of its people.', {
      reason: 'NOT_ASSIGNEE',
    });
  }
  await checkVersion(scope, 'OutreachTask', task, expectedVersion);
  // Users are tenant-owned: another tenant's user is simply not found.
  const user = userId ? await em.findOne(User, { id: userId, ...ownedBy(scope) }) : null;
  if (userId && !user) throw invalidInput([{ field: 'userId', problem: 'UNKNOWN_VALUE' }]);
  // A task is worked by someone who may change data: an active admin or staff member, never a
  // viewer (read-only) or a deactivated or not yet joined account.
  if (user && !mayWorkTasks(user)) {
    throw appError(ErrorCode.BadUserInput, 'Only an active admin or staff member can be handed a task.', {
      reason: 'USER_CANNOT_WORK_TASK',
      field: 'userId',
    });
  }
  audit(scope, {
    action: 'task.assignUser',
    objectType: 'OutreachTask',
    objectId: id,
    changes: { assigneeUser: { before: task.assigneeUser?.email ?? null, after: user?.email ?? null } },
  });
  recordTaskEvent(scope, task, { kind: 'ASSIGNED', assignedToName: user?.displayName ?? null });
  task.assigneeUser = user;
  await flushVersioned(scope, 'OutreachTask', id, expectedVersion);
  if (user) await notify(scope, task, task.assigneeOrg.id, user.id, 'TASK_ASSIGNED_TO_YOU');
  return task;
}
