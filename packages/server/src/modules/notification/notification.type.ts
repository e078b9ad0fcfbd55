import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../common/connection';
import { DateTimeScalar } from '../common/date-time';
import { toGlobalId } from '../common/node';
import { OutreachTaskType } from '../outreach/outreach.type';
import type { INotification } from './notification.entity';

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

  @Field(() => String, {
    nullable: true,
    description: 'Workers in the request (ENROLMENT_RECEIVED, ASSISTANCE_RENEWAL).',
  })
  count!: string | null;

  @Field(() => String, { nullable: true, description: 'Lines registered (ENROLMENT_PROCESSED).' })
  registered!: string | null;

  @Field(() => String, { nullable: true, description: 'Lines rejected (ENROLMENT_PROCESSED).' })
  rejected!: string | null;
}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description:
      'TASK_ASSIGNED, TASK_ASSIGNED_TO_YOU, STATUS_CHANGED, COMMENT, VISIT_REPORTED, OVERDUE, ENROLMENT_RECEIVED, ENROLMENT_PROCESSED, ASSISTANCE_RENEWAL.',
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

  @Field(() => ID, { nullable: true, description: 'The enrolment request the notice is about.' })
  enrolmentRequestId!: string | null;

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
            count: n.params.count ?? null,
            registered: n.params.registered ?? null,
            rejected: n.params.rejected ?? null,
          })
        : null,
      taskId: n.taskId ? toGlobalId(OutreachTaskType.typename, n.taskId) : null,
      enrolmentRequestId: n.enrolmentRequestId ? toGlobalId('EnrolmentRequest', n.enrolmentRequestId) : null,
      read: n.readAt !== null && n.readAt !== undefined,
      createdAt: n.createdAt,
    });
  }
}

export const NotificationConnection = connectionType('Notification', NotificationType);
