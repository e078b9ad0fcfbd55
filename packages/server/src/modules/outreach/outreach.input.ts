import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { TaskPriority, TaskStatus } from './outreach.entity';
import { TaskPriorityEnum, TaskStatusEnum } from './outreach.type';

/* The inputs of the outreach mutations: plan a task, move it, hand it over, report a visit, comment. */

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

@InputType('VisitPhotoInput')
export class VisitPhotoInput {
  @Field(() => String, { description: '`image/jpeg`, `image/png` or `image/webp`.' })
  mime!: string;

  @Field(() => String, { description: 'The image, base64.' })
  base64!: string;
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

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID the client made for this report: sent again, the report already made is answered.',
  })
  clientId?: string | null;

  @Field(() => VisitPhotoInput, {
    nullable: true,
    description: 'A photo of the signed attendance sheet (at most 400 KB), kept by the reporting organisation only.',
  })
  photo?: VisitPhotoInput | null;

  @Field(() => Float, { nullable: true, description: 'Where, if the officer added it: stored rounded to 0.01°.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;
}

@InputType('TaskCommentInput')
export class TaskCommentInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String)
  body!: string;
}
