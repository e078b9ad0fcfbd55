import { audit } from '../audit/audit.service';
import { invalidInput } from '../common/problems';
import type { RequestScope } from '../common/scope';
import { notify } from '../notification/notification.service';
import { organizationEntity } from '../organization/organization.entity';
import { type ITaskComment, TaskComment } from './outreach.entity';
import { findTask, partyOf } from './outreach.service';

/** Either party comments on a task; the other party (and the assigned person) hear of it. */
export async function addComment(scope: RequestScope, taskId: string, body: string): Promise<ITaskComment> {
  const { em, viewer } = scope;
  const task = await findTask(scope, taskId);
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
  audit(scope, { action: 'task.comment', objectType: 'OutreachTask', objectId: task.id });
  const party = partyOf(scope, task);
  const other = party === 'CREATOR' ? task.assigneeOrg.id : task.organization.id;
  const excerpt = text.slice(0, 120);
  await notify(scope, task, other, null, 'COMMENT', { excerpt });
  if (task.assigneeUser && task.assigneeUser.id !== viewer.user.id) {
    await notify(scope, task, task.assigneeOrg.id, task.assigneeUser.id, 'COMMENT', { excerpt });
  }
  return comment;
}

/** A task's comments, oldest first (both parties read them: the party filter and RLS). */
export async function listComments(scope: RequestScope, taskId: string): Promise<ITaskComment[]> {
  return scope.em.find(TaskComment, { task: taskId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}
