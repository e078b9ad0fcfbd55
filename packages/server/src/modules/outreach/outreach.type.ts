import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumOf } from '../business/business.type';
import { ConnectionArgs, connectionType } from '../common/connection';
import { DateTimeScalar } from '../common/date-time';
import { Node, toGlobalId } from '../common/node';
import { OrganizationType } from '../organization/organization.type';
import {
  type INotification,
  type ITaskComment,
  type IVisitReport,
  isOpenTaskStatus,
  TASK_EVENT_KINDS,
  TASK_PRIORITIES,
  TASK_STATUSES,
  type TaskEventKind,
  type TaskPriority,
  type TaskStatus,
} from './outreach.entity';
import type { TaskRecord } from './outreach.service';

export const TaskStatusEnum = enumOf(TASK_STATUSES, 'TaskStatus');
export const TaskPriorityEnum = enumOf(TASK_PRIORITIES, 'TaskPriority');
export const TaskSideEnum = enumOf(
  ['CREATED', 'ASSIGNED'] as const,
  'TaskSide',
  'Tasks the caller’s organisation created, or was assigned.',
);

@ObjectType('VisitReport')
export class VisitReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  visitedOn!: string;

  @Field(() => String, { nullable: true, description: 'The visited business (the assignee’s own).' })
  businessName!: string | null;

  @Field(() => Int)
  peopleReached!: number;

  @Field(() => Int)
  workersRegistered!: number;

  @Field(() => String)
  notes!: string;

  @Field(() => String)
  reportedBy!: string;

  @Field(() => String, { nullable: true, description: 'The reporter’s display name (absent on older reports).' })
  reportedByName!: string | null;

  static from(r: IVisitReport): VisitReportType {
    return Object.assign(new VisitReportType(), {
      id: toGlobalId('VisitReport', r.id),
      visitedOn: String(r.visitedOn),
      businessName: r.business?.name ?? null,
      peopleReached: r.peopleReached,
      workersRegistered: r.workersRegistered,
      notes: r.notes,
      reportedBy: r.reportedBy,
      reportedByName: r.reportedByName ?? null,
    });
  }
}

export const TaskEventKindEnum = enumOf(
  TASK_EVENT_KINDS,
  'TaskEventKind',
  'STATUS: a status move; ASSIGNED: handed to a person (or taken back); VISIT_REPORTED: a visit reported.',
);

@ObjectType('TaskEvent', {
  description: 'One entry of a task’s history: a status move, a hand-over to a person, or a visit report.',
})
export class TaskEventType {
  @Field(() => TaskEventKindEnum)
  kind!: TaskEventKind;

  @Field(() => TaskStatusEnum, { nullable: true })
  fromStatus!: TaskStatus | null;

  @Field(() => TaskStatusEnum, { nullable: true, description: 'Set on status moves.' })
  toStatus!: TaskStatus | null;

  @Field(() => String)
  actorEmail!: string;

  @Field(() => String, { nullable: true, description: 'The actor’s display name (absent on older entries).' })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ASSIGNED: the display name of the person handed the task; null when it was taken back.',
  })
  assignedToName!: string | null;

  @Field(() => VisitReportType, { nullable: true, description: 'VISIT_REPORTED: the report.' })
  visit!: VisitReportType | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('TaskComment')
export class TaskCommentType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  authorName!: string;

  @Field(() => String)
  authorEmail!: string;

  @Field(() => String)
  body!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  static from(c: ITaskComment): TaskCommentType {
    return Object.assign(new TaskCommentType(), {
      id: toGlobalId('TaskComment', c.id),
      authorName: c.authorName,
      authorEmail: c.authorEmail,
      body: c.body,
      createdAt: c.createdAt,
    });
  }
}

@ObjectType('TaskTargetBusiness', { description: 'A target business, at directory level only.' })
export class TaskTargetBusinessType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nib!: string | null;

  @Field(() => String)
  districtCode!: string;
}

@ObjectType('OutreachTask', {
  implements: Node,
  description: 'An outreach (sosialisasi) task, seen by its creator and its assignee only.',
})
export class OutreachTaskType implements Node {
  static readonly typename = 'OutreachTask';

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => OrganizationType)
  creator!: OrganizationType;

  @Field(() => OrganizationType)
  assignee!: OrganizationType;

  @Field(() => String, { nullable: true, description: 'The assignee’s person for it.' })
  assigneeUserName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The assignee’s person for it (seen by the assignee only).' })
  assigneeUserId!: string | null;

  @Field(() => String, { nullable: true })
  regencyCode!: string | null;

  @Field(() => String, { nullable: true })
  districtCode!: string | null;

  @Field(() => String, { nullable: true })
  kbliSection!: string | null;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  dueOn!: string;

  @Field(() => TaskPriorityEnum)
  priority!: TaskPriority;

  @Field(() => Int)
  targetWorkers!: number;

  @Field(() => TaskStatusEnum)
  status!: TaskStatus;

  @Field(() => String, { nullable: true, description: 'Why it was declined or cancelled.' })
  closingReason!: string | null;

  @Field(() => Boolean, { description: 'Past its due date and not finished.' })
  overdue!: boolean;

  @Field(() => String)
  createdBy!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  uuid!: string;

  /**
   * Workers registered in the task's visit reports, when they were read with the task (a board
   * page's statement): `progress` then answers at once, without a promise per task. Not exposed.
   */
  registered?: number;

  /**
   * Organisations (and the assignee user, when set) must be loaded. `today` is the database's
   * date (`viewer.today`), so the board, the record and the overdue notices agree on "overdue".
   */
  static from(t: TaskRecord, today: string): OutreachTaskType {
    const open = isOpenTaskStatus(t.status);
    return Object.assign(new OutreachTaskType(), {
      uuid: t.id,
      id: toGlobalId(OutreachTaskType.typename, t.id),
      title: t.title,
      description: t.description,
      creator: OrganizationType.from(t.organization),
      assignee: OrganizationType.from(t.assigneeOrg),
      assigneeUserName: t.assigneeUser?.displayName ?? null,
      // Only where the person was read (the assignee's side): the creator holds a bare reference.
      assigneeUserId: t.assigneeUser?.id && t.assigneeUser.displayName ? toGlobalId('User', t.assigneeUser.id) : null,
      regencyCode: t.regencyCode ?? null,
      districtCode: t.districtCode ?? null,
      kbliSection: t.kbliSection ?? null,
      dueOn: String(t.dueOn),
      priority: t.priority,
      targetWorkers: t.targetWorkers,
      status: t.status,
      closingReason: t.closingReason ?? null,
      overdue: open && String(t.dueOn) < today,
      createdBy: t.createdBy,
      version: t.version,
      createdAt: t.createdAt,
    });
  }
}

export const OutreachTaskConnection = connectionType('OutreachTask', OutreachTaskType);

@ArgsType()
export class OutreachTasksArgs extends ConnectionArgs {
  @Field(() => TaskSideEnum, { nullable: true })
  side?: 'CREATED' | 'ASSIGNED' | null;

  @Field(() => [TaskStatusEnum], { nullable: true })
  statuses?: TaskStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks assigned to this organisation.' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Due on or before (`YYYY-MM-DD`).' })
  dueBefore?: string | null;
}

@InputType('CreateOutreachTaskInput')
export class CreateOutreachTaskInput {
  @Field(() => ID, { description: 'The partner organisation that will carry it out.' })
  assigneeId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  description!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Target businesses, from the assignee’s shared directory.' })
  businessIds!: string[];

  @Field(() => String, { nullable: true, description: 'Or an area, when no list is known.' })
  regencyCode?: string | null;

  @Field(() => String, { nullable: true })
  districtCode?: string | null;

  @Field(() => String, { nullable: true })
  kbliSection?: string | null;

  @Field(() => String)
  dueOn!: string;

  @Field(() => TaskPriorityEnum, { defaultValue: 'NORMAL' })
  priority!: TaskPriority;

  @Field(() => Int)
  targetWorkers!: number;
}

@InputType('TransitionOutreachTaskInput')
export class TransitionOutreachTaskInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => TaskStatusEnum)
  to!: TaskStatus;

  @Field(() => String, { nullable: true, description: 'Required to decline or cancel.' })
  reason?: string | null;
}

@InputType('AssignOutreachTaskInput')
export class AssignOutreachTaskInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: 'A user of the assignee organisation, or null to take it back.' })
  userId?: string | null;
}

@InputType('VisitReportInput')
export class VisitReportInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String)
  visitedOn!: string;

  @Field(() => ID, { nullable: true })
  businessId?: string | null;

  @Field(() => Int)
  peopleReached!: number;

  @Field(() => Int)
  workersRegistered!: number;

  @Field(() => [ID], { defaultValue: [], description: 'Workers whose coverage changed on this visit.' })
  workerIds!: string[];

  @Field(() => String, { defaultValue: '' })
  notes!: string;
}

@InputType('TaskCommentInput')
export class TaskCommentInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String)
  body!: string;
}

@ObjectType('NotificationParams', {
  description: 'What a notice is about, for the client to word in the reader’s language.',
})
export class NotificationParamsType {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'The organisation that assigned the task (TASK_ASSIGNED).' })
  organization!: string | null;

  @Field(() => String, { nullable: true, description: 'The status before (STATUS_CHANGED).' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'The status after (STATUS_CHANGED).' })
  to!: string | null;

  @Field(() => String, { nullable: true, description: 'The due date, `YYYY-MM-DD` (OVERDUE).' })
  dueOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The comment’s first 120 characters (COMMENT).' })
  excerpt!: string | null;
}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'TASK_ASSIGNED, TASK_ASSIGNED_TO_YOU, STATUS_CHANGED, COMMENT, VISIT_REPORTED, OVERDUE.',
  })
  kind!: string;

  @Field(() => String, { description: 'An Indonesian sentence; `params` words it in any language.' })
  message!: string;

  @Field(() => NotificationParamsType, {
    nullable: true,
    description: 'What the notice is about; null for notices written before notices carried it (show `message`).',
  })
  params!: NotificationParamsType | null;

  @Field(() => ID, { nullable: true })
  taskId!: string | null;

  @Field(() => Boolean)
  read!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  static from(n: INotification): NotificationType {
    return Object.assign(new NotificationType(), {
      id: toGlobalId('Notification', n.id),
      kind: n.kind,
      message: n.message,
      params: n.params
        ? Object.assign(new NotificationParamsType(), {
            title: n.params.title ?? '',
            organization: n.params.organization ?? null,
            from: n.params.from ?? null,
            to: n.params.to ?? null,
            dueOn: n.params.dueOn ?? null,
            excerpt: n.params.excerpt ?? null,
          })
        : null,
      taskId: n.taskId ? toGlobalId(OutreachTaskType.typename, n.taskId) : null,
      read: n.readAt !== null && n.readAt !== undefined,
      createdAt: n.createdAt,
    });
  }
}

export const NotificationConnection = connectionType('Notification', NotificationType);

@ObjectType('TaskProgress')
export class TaskProgressType {
  @Field(() => Int)
  registered!: number;

  @Field(() => Float, { description: 'registered / targetWorkers, at most 1.' })
  rate!: number;
}
