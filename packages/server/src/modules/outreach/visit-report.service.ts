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
  /** A photo of the signed attendance sheet (base64), kept by the reporting organisation only. */
  photo?: { mime: string; base64: string } | null;
  /** Where, only when the officer asked for it: stored rounded to 0.01° (about 1 km). */
  latitude?: number | null;
  longitude?: number | null;
}

/** The largest attendance-sheet photo kept (the phone sends about 300 KB). */
export const VISIT_PHOTO_MAX_BYTES = 400 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** 0.01° is about 1 km: enough to see the village, not the house. */
function coarse(value: number): number {
  return Math.round(value * 100) / 100;
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
  const hasPlace = input.latitude != null || input.longitude != null;
  if (
    hasPlace &&
    !(
      Number.isFinite(input.latitude) &&
      Number.isFinite(input.longitude) &&
      Math.abs(input.latitude ?? 0) <= 90 &&
      Math.abs(input.longitude ?? 0) <= 180
    )
  )
    problems.push({ field: 'latitude', problem: 'OUT_OF_RANGE' });
  let photo: Buffer | null = null;
  if (input.photo) {
    photo = Buffer.from(input.photo.base64, 'base64');
    if (!PHOTO_TYPES.includes(input.photo.mime) || photo.length === 0)
      problems.push({ field: 'photo', problem: 'UNKNOWN_VALUE' });
    else if (photo.length > VISIT_PHOTO_MAX_BYTES) problems.push({ field: 'photo', problem: 'TOO_LONG' });
  }
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
    latitude: hasPlace ? coarse(input.latitude ?? 0) : null,
    longitude: hasPlace ? coarse(input.longitude ?? 0) : null,
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
      photo: Boolean(photo),
      place: hasPlace,
    },
  });
  await em.flush();
  if (photo && input.photo) {
    // Row-level security keeps it to the reporting organisation (the assignee: this caller).
    await em.execute(
      'insert into visit_report_photo (visit_report_id, organization_id, mime, content) values (?, ?, ?, ?)',
      [report.id, scope.tenantId, input.photo.mime, photo],
    );
  }
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
            v.notes, v.reported_by, v.reported_by_name, v.latitude::float8 as latitude, v.longitude::float8 as longitude,
            exists (select 1 from visit_report_photo p where p.visit_report_id = v.id) as has_photo
       from visit_report v left join business b on b.id = v.business_id
      where v.task_id = ? order by v.visited_on desc, v.id`,
    [taskId],
  );
}

/** A report's photo, for the reporting organisation only (row-level security): null otherwise. */
export async function visitReportPhoto(
  scope: RequestScope,
  reportId: string,
): Promise<{ mime: string; content: Buffer } | null> {
  const rows = await scope.em.execute<{ mime: string; content: Buffer }[]>(
    'select mime, content from visit_report_photo where visit_report_id = ? and organization_id = ?',
    [reportId, scope.tenantId],
  );
  return rows[0] ?? null;
}
