import { OPEN_TASK_STATUSES, TASK_STATUSES } from '@jamsos/schema';
import { defineEntity, type FilterQuery, type InferEntity, p } from '@mikro-orm/core';
import { Business } from '../business/business.entity';
import { createdAt, uuidKey, versionedRecord } from '../common/columns';
import { TENANT_FILTER } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { Worker } from '../worker/worker.entity';

/** The lifecycle's vocabulary lives in packages/schema, shared with the web. */
export { isOpenTaskStatus, OPEN_TASK_STATUSES, TASK_STATUSES, type TaskStatus } from '@jamsos/schema';
/** OPEN_TASK_STATUSES as an SQL list, for hand-written statements: `t.status in ${…}`. */
export const OPEN_TASK_STATUSES_SQL = `(${OPEN_TASK_STATUSES.map((status) => `'${status}'`).join(', ')})`;
export const TASK_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
/** What a history entry records: a status move, the task handed to a person, a visit reported. */
export const TASK_EVENT_KINDS = ['STATUS', 'ASSIGNED', 'VISIT_REPORTED'] as const;
export type TaskEventKind = (typeof TASK_EVENT_KINDS)[number];
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/**
 * A task and everything hanging off it belong to two tenants: the creator (`organization`) and
 * the assignee (`assigneeOrg`). The data layer's filter says "either party", as the policy does.
 */
export const partyFilter = {
  [TENANT_FILTER]: {
    name: TENANT_FILTER,
    cond: (args: { id?: string; off?: boolean }): FilterQuery<{ organization: string; assigneeOrg: string }> =>
      args.off ? {} : { $or: [{ organization: args.id ?? '' }, { assigneeOrg: args.id ?? '' }] },
    default: true,
  },
};

const parties = {
  organization: () => p.manyToOne(Organization),
  assigneeOrg: () => p.manyToOne(Organization).fieldName('assignee_org_id'),
};

export const OutreachTask = defineEntity({
  name: 'OutreachTask',
  tableName: 'outreach_task',
  filters: partyFilter,
  properties: {
    id: uuidKey(),
    ...parties,
    /** The assignee's own person for it, chosen by the assignee's admin. */
    assigneeUser: () => p.manyToOne(User).nullable().fieldName('assignee_user_id'),
    title: p.string().length(200),
    description: p.text().default(''),
    regencyCode: p.string().length(8).nullable(),
    districtCode: p.string().length(11).nullable(),
    kbliSection: p.string().length(1).nullable(),
    dueOn: p.date(),
    priority: p.enum(TASK_PRIORITIES),
    targetWorkers: p.integer(),
    status: p.enum(TASK_STATUSES).default('OPEN'),
    closingReason: p.string().length(1000).nullable(),
    createdBy: p.string().length(254),
    ...versionedRecord(),
  },
});
export type IOutreachTask = InferEntity<typeof OutreachTask>;

export const TaskTarget = defineEntity({
  name: 'TaskTarget',
  tableName: 'outreach_task_target',
  filters: partyFilter,
  properties: {
    task: () => p.manyToOne(OutreachTask).primary(),
    business: () => p.manyToOne(Business).primary(),
    ...parties,
  },
});
export type ITaskTarget = InferEntity<typeof TaskTarget>;

export const TaskEvent = defineEntity({
  name: 'TaskEvent',
  tableName: 'outreach_task_event',
  filters: partyFilter,
  properties: {
    id: uuidKey(),
    task: () => p.manyToOne(OutreachTask),
    ...parties,
    actorOrg: () => p.manyToOne(Organization).fieldName('actor_org_id'),
    kind: p.enum(TASK_EVENT_KINDS).default('STATUS'),
    actorEmail: p.string().length(254),
    /** Kept with the row: the other party cannot read the actor's user record. */
    actorName: p.string().length(200).nullable(),
    fromStatus: p.string().length(16).nullable(),
    /** Set on status moves only. */
    toStatus: p.string().length(16).nullable(),
    reason: p.string().length(1000).nullable(),
    /** ASSIGNED: the person handed the task (null when it was taken back). */
    assignedToName: p.string().length(200).nullable(),
    /** VISIT_REPORTED: the report. */
    visitReport: () => p.manyToOne(VisitReport).nullable().fieldName('visit_report_id'),
    createdAt: createdAt(),
  },
});
export type ITaskEvent = InferEntity<typeof TaskEvent>;

export const VisitReport = defineEntity({
  name: 'VisitReport',
  tableName: 'visit_report',
  filters: partyFilter,
  properties: {
    id: uuidKey(),
    task: () => p.manyToOne(OutreachTask),
    ...parties,
    visitedOn: p.date(),
    business: () => p.manyToOne(Business).nullable(),
    peopleReached: p.integer(),
    workersRegistered: p.integer(),
    notes: p.string().length(4000).default(''),
    reportedBy: p.string().length(254),
    reportedByName: p.string().length(200).nullable(),
    /** The id the reporting phone gave it (offline work is sent again until answered): unique per assignee. */
    clientId: p.uuid().nullable(),
    /** Only when the officer asked for it, rounded to 0.01° (about 1 km). */
    latitude: p.double().nullable(),
    longitude: p.double().nullable(),
    createdAt: createdAt(),
  },
});
export type IVisitReport = InferEntity<typeof VisitReport>;

export const VisitReportWorker = defineEntity({
  name: 'VisitReportWorker',
  tableName: 'visit_report_worker',
  filters: partyFilter,
  properties: {
    report: () => p.manyToOne(VisitReport).primary(),
    worker: () => p.manyToOne(Worker).primary(),
    ...parties,
  },
});

export const TaskComment = defineEntity({
  name: 'TaskComment',
  tableName: 'task_comment',
  filters: partyFilter,
  properties: {
    id: uuidKey(),
    task: () => p.manyToOne(OutreachTask),
    ...parties,
    authorOrg: () => p.manyToOne(Organization).fieldName('author_org_id'),
    authorEmail: p.string().length(254),
    authorName: p.string().length(200),
    body: p.string().length(4000),
    createdAt: createdAt(),
  },
});
export type ITaskComment = InferEntity<typeof TaskComment>;
