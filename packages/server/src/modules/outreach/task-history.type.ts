import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { enumOf } from '../business/business.type';
import { DateTimeScalar } from '../common/date-time';
import { toGlobalId } from '../common/node';
import {
  type ITaskComment,
  type IVisitReport,
  TASK_EVENT_KINDS,
  type TaskEventKind,
  type TaskStatus,
} from './outreach.entity';
import { TaskStatusEnum } from './outreach.type';
import type { VisitRow } from './task-history';

/* What happened to a task: its history entries, its visit reports and its comments. */

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

  @Field(() => Float, {
    nullable: true,
    description: 'Where, rounded to 0.01° (about 1 km); only if the officer added it.',
  })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => Boolean, {
    description: 'Whether a photo of the signed attendance sheet is kept (seen by the reporting organisation only).',
  })
  hasPhoto!: boolean;

  /** The database id, for the photo (not exposed). */
  uuid!: string;

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
      latitude: r.latitude == null ? null : Number(r.latitude),
      longitude: r.longitude == null ? null : Number(r.longitude),
      hasPhoto: false,
      uuid: r.id,
    });
  }

  /** A report as the task's page reads it in SQL (see `listVisitReports`, `taskHistory`). */
  static fromRow(r: VisitRow): VisitReportType {
    return Object.assign(new VisitReportType(), {
      id: Buffer.from(`VisitReport:${r.id}`).toString('base64url'),
      visitedOn: r.visited_on,
      businessName: r.name,
      peopleReached: r.people_reached,
      workersRegistered: r.workers_registered,
      notes: r.notes,
      reportedBy: r.reported_by,
      reportedByName: r.reported_by_name,
      latitude: r.latitude ?? null,
      longitude: r.longitude ?? null,
      hasPhoto: Boolean(r.has_photo),
      uuid: r.id,
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
