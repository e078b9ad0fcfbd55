import type { RequestScope } from '../common/scope';
import { organizationEntity } from '../organization/organization.entity';
import {
  type IOutreachTask,
  type IVisitReport,
  TaskEvent,
  type TaskEventKind,
  type TaskStatus,
} from './outreach.entity';

/** What one line of a task's history records. */
export type TaskHistoryEntry =
  | { kind: 'STATUS'; from: TaskStatus | null; to: TaskStatus; reason: string | null }
  | { kind: 'ASSIGNED'; assignedToName: string | null }
  | { kind: 'VISIT_REPORTED'; report: IVisitReport };

/**
 * Adds one line to the task's history (written with the next flush), with the actor's name kept
 * beside the email: the other party cannot read the actor's user record.
 */
export function recordTaskEvent(scope: RequestScope, task: IOutreachTask, entry: TaskHistoryEntry): void {
  const { em, viewer } = scope;
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

/** A visit report as the task's page reads it, with the visited business's name where RLS shows it. */
export interface VisitRow {
  id: string;
  visited_on: string;
  name: string | null;
  people_reached: number;
  workers_registered: number;
  notes: string;
  reported_by: string;
  reported_by_name: string | null;
  /** Only in the task's report list (`listVisitReports`). */
  latitude?: number | null;
  longitude?: number | null;
  has_photo?: boolean;
}

/** One line of a task's history as read back, with its visit report when it has one. */
export interface TaskEventRow extends Omit<VisitRow, 'id'> {
  kind: TaskEventKind;
  from_status: TaskStatus | null;
  to_status: TaskStatus | null;
  actor_email: string;
  actor_name: string | null;
  reason: string | null;
  assigned_to_name: string | null;
  created_at: string | Date;
  visit_id: string | null;
}

/**
 * The task's history in the order it happened. Raw SQL with the task in it, under row-level
 * security (both parties read the events); the visited business's name shows where RLS lets the
 * caller read that business.
 */
export async function taskHistory(scope: RequestScope, taskId: string): Promise<TaskEventRow[]> {
  return scope.em.execute<TaskEventRow[]>(
    `select e.kind, e.from_status, e.to_status, e.actor_email, e.actor_name, e.reason, e.assigned_to_name,
            e.created_at, v.id as visit_id, to_char(v.visited_on, 'YYYY-MM-DD') as visited_on, b.name,
            v.people_reached, v.workers_registered, v.notes, v.reported_by, v.reported_by_name
       from outreach_task_event e
       left join visit_report v on v.id = e.visit_report_id
       left join business b on b.id = v.business_id
      where e.task_id = ? order by e.created_at, e.seq`,
    [taskId],
  );
}
