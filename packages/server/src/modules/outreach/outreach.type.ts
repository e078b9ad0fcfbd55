import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { enumOf } from '../business/business.type';
import { ConnectionArgs, connectionType } from '../common/connection';
import { DateTimeScalar } from '../common/date-time';
import { Node, toGlobalId } from '../common/node';
import { OrganizationType } from '../organization/organization.type';
import {
  isOpenTaskStatus,
  TASK_PRIORITIES,
  TASK_STATUSES,
  type TaskPriority,
  type TaskStatus,
} from './outreach.entity';
import type { TaskRecord } from './outreach.service';

/*
 * The task as the board and its page read it. Its history (events, visit reports, comments) is
 * typed in task-history.type.ts, the mutations' inputs in outreach.input.ts.
 */

export const TaskStatusEnum = enumOf(TASK_STATUSES, 'TaskStatus');
export const TaskPriorityEnum = enumOf(TASK_PRIORITIES, 'TaskPriority');
export const TaskSideEnum = enumOf(
  ['CREATED', 'ASSIGNED'] as const,
  'TaskSide',
  'Tasks the caller’s organisation created, or was assigned.',
);

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

@ObjectType('TaskProgress')
export class TaskProgressType {
  @Field(() => Int)
  registered!: number;

  @Field(() => Float, { description: 'registered / targetWorkers, at most 1.' })
  rate!: number;
}
