import { audit } from '../audit/audit.service';
import { Business } from '../business/business.entity';
import { appError, ErrorCode } from '../common/errors';
import { invalidInput } from '../common/problems';
import type { RequestScope } from '../common/scope';
import { notify } from '../notification/notification.service';
import { Worker } from '../worker/worker.entity';
import { type IVisitReport, VisitReport, VisitReportWorker } from './outreach.entity';
import { findTask, partyOf } from './outreach.service';
import { recordTaskEvent, type VisitRow } from './task-history';

export interface VisitInput {
  taskId: string;
  visitedOn: string;
  businessId: string | null;
  peopleReached: number;
  workersRegistered: number;
  workerIds: string[];
  notes: string;
  /** The reporting phone's id for this report: a second delivery answers the first report. */
  clientId?: string | null;
}

/**
 * The assignee reports a field visit on an accepted task: the people reached, the workers newly
 * registered (at least those named), the visited business. The first report puts the task in progress.
 */
export async function addVisitReport(scope: RequestScope, input: VisitInput): Promise<IVisitReport> {
  const { em, viewer } = scope;
  const task = await findTask(scope, input.taskId);
  if (partyOf(scope, task) !== 'ASSIGNEE') {
    throw appError(ErrorCode.Forbidden, 'Only the assigned organisation reports visits on a task.', {
      reason: 'NOT_ASSIGNEE',
    });
  }
  if (task.status !== 'ACCEPTED' && task.status !== 'IN_PROGRESS') {
    throw appError(ErrorCode.BadUserInput, `Visits are reported on accepted tasks, not on ${task.status} ones.`, {
      reason: 'TASK_NOT_ACTIVE',
    });
  }
  if (input.clientId) {
    // Sent again (the phone never saw the answer): the report already made, unchanged.
    const earlier = await em.findOne(VisitReport, { clientId: input.clientId, assigneeOrg: scope.tenantId });
    if (earlier) {
      if (earlier.task.id !== task.id) throw invalidInput([{ field: 'clientId', problem: 'DUPLICATE' }]);
      return earlier;
    }
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
    clientId: input.clientId ?? null,
  });
  for (const worker of workers) {
    em.create(VisitReportWorker, { report, worker, organization: task.organization, assigneeOrg: task.assigneeOrg });
  }
  // The first report puts an accepted task in progress.
  recordTaskEvent(scope, task, { kind: 'VISIT_REPORTED', report });
  if (task.status === 'ACCEPTED') {
    recordTaskEvent(scope, task, { kind: 'STATUS', from: 'ACCEPTED', to: 'IN_PROGRESS', reason: null });
    task.status = 'IN_PROGRESS';
  }
  audit(scope, {
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
  await notify(scope, task, task.organization.id, null, 'VISIT_REPORTED');
  return report;
}

/**
 * A task's visit reports, latest first. Raw SQL with the task in it; the visited business's name
 * shows where RLS lets the caller read that business (the assignee's own, or the creator under a
 * live directory agreement).
 */
export async function listVisitReports(scope: RequestScope, taskId: string): Promise<VisitRow[]> {
  return scope.em.execute<VisitRow[]>(
    `select v.id, to_char(v.visited_on, 'YYYY-MM-DD') as visited_on, b.name, v.people_reached, v.workers_registered,
            v.notes, v.reported_by, v.reported_by_name
       from visit_report v left join business b on b.id = v.business_id
      where v.task_id = ? order by v.visited_on desc, v.id`,
    [taskId],
  );
}
