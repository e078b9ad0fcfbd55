import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { businessIdFrom } from '../business/business.resolver';
import { clientIdFrom } from '../common/client-id';
import { type ConnectionShape, pageOf } from '../common/connection';
import { appError, ErrorCode } from '../common/errors';
import { uuidFromGlobalId } from '../common/node';
import { scopeOf } from '../common/scope';
import { OrganizationType } from '../organization/organization.type';
import { UserType } from '../user/user.type';
import { workerIdFrom } from '../worker/worker.resolver';
import {
  AssignOutreachTaskInput,
  CreateOutreachTaskInput,
  TaskCommentInput,
  TransitionOutreachTaskInput,
  VisitReportInput,
} from './outreach.input';
import { OutreachLoaders } from './outreach.loaders';
import { createTask, findTask, listTasks, listTaskTargets } from './outreach.service';
import {
  OutreachTaskConnection,
  OutreachTasksArgs,
  OutreachTaskType,
  TaskProgressType,
  TaskTargetBusinessType,
} from './outreach.type';
import { addComment, listComments } from './task-comment.service';
import { taskHistory } from './task-history';
import { TaskCommentType, TaskEventType, VisitReportType } from './task-history.type';
import { assignTaskUser, transitionTask } from './task-lifecycle.service';
import { addVisitReport, listVisitReports, visitReportPhoto } from './visit-report.service';

const NO_ID = '00000000-0000-0000-0000-000000000000';

export function taskIdFrom(globalId: string): string {
  const id = uuidFromGlobalId(globalId, OutreachTaskType.typename);
  if (!id) throw appError(ErrorCode.NotFound, 'No such task.');
  return id;
}

@Resolver(() => OutreachTaskType)
export class OutreachResolver {
  @Query(() => OutreachTaskConnection, { description: 'Tasks the caller’s organisation created or was assigned.' })
  async outreachTasks(
    @Args(() => OutreachTasksArgs) args: OutreachTasksArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<OutreachTaskType>> {
    const scope = scopeOf(ctx);
    const filter = {
      ...args,
      assigneeOrgId: args.assigneeId ? (uuidFromGlobalId(args.assigneeId, OrganizationType.typename) ?? NO_ID) : null,
    };
    return pageOf(args, async (window) => {
      const [rows, total] = await listTasks(scope, filter, window);
      // The registered workers read with the page answer `progress` (no second query), at once.
      const tasks = rows.map((row) => {
        ctx.loaders.get(OutreachLoaders).taskRegistered.prime(row.id, row.registered);
        return Object.assign(OutreachTaskType.from(row, scope.viewer.today), { registered: row.registered });
      });
      return [tasks, total];
    });
  }

  // Synchronous for a board page's tasks: an asynchronous field makes graphql-js complete every
  // task of the page through promises. A single task's comes from one batched query.
  @FieldResolver(() => TaskProgressType, {
    description: 'Workers registered through the task’s enrolment requests (by BPJS), against the target.',
  })
  progress(@Root() task: OutreachTaskType, @Ctx() ctx: Context): TaskProgressType | Promise<TaskProgressType> {
    const progressOf = (registered: number) =>
      Object.assign(new TaskProgressType(), { registered, rate: Math.min(1, registered / task.targetWorkers) });
    return task.registered === undefined
      ? ctx.loaders.get(OutreachLoaders).taskRegistered.load(task.uuid).then(progressOf)
      : progressOf(task.registered);
  }

  // The detail of one task: these are asked for on its page, not across a list.
  @FieldResolver(() => [TaskTargetBusinessType], { description: 'Target businesses, at directory level.' })
  async targets(@Root() task: OutreachTaskType, @Ctx() ctx: Context): Promise<TaskTargetBusinessType[]> {
    const rows = await listTaskTargets(scopeOf(ctx), task.uuid);
    return rows.map((r) =>
      Object.assign(new TaskTargetBusinessType(), {
        id: Buffer.from(`Business:${r.id}`).toString('base64url'),
        name: r.name,
        nib: r.nib,
        districtCode: r.district_code,
      }),
    );
  }

  @FieldResolver(() => [TaskEventType], {
    description: 'The task’s history in the order it happened: status moves, hand-overs and visit reports.',
  })
  async events(@Root() task: OutreachTaskType, @Ctx() ctx: Context): Promise<TaskEventType[]> {
    const rows = await taskHistory(scopeOf(ctx), task.uuid);
    return rows.map((r) =>
      Object.assign(new TaskEventType(), {
        kind: r.kind,
        fromStatus: r.from_status,
        toStatus: r.to_status,
        actorEmail: r.actor_email,
        actorName: r.actor_name,
        reason: r.reason,
        assignedToName: r.assigned_to_name,
        visit: r.visit_id ? VisitReportType.fromRow({ ...r, id: r.visit_id }) : null,
        createdAt: new Date(r.created_at),
      }),
    );
  }

  @FieldResolver(() => [VisitReportType])
  async reports(@Root() task: OutreachTaskType, @Ctx() ctx: Context): Promise<VisitReportType[]> {
    const rows = await listVisitReports(scopeOf(ctx), task.uuid);
    return rows.map(VisitReportType.fromRow);
  }

  @FieldResolver(() => [TaskCommentType])
  async comments(@Root() task: OutreachTaskType, @Ctx() ctx: Context): Promise<TaskCommentType[]> {
    return (await listComments(scopeOf(ctx), task.uuid)).map(TaskCommentType.from);
  }

  @Mutation(() => OutreachTaskType, { description: 'Plans outreach and assigns it to a partner organisation.' })
  async createOutreachTask(
    @Arg('input', () => CreateOutreachTaskInput) input: CreateOutreachTaskInput,
    @Ctx() ctx: Context,
  ) {
    const scope = scopeOf(ctx);
    const task = await createTask(scope, {
      ...input,
      assigneeId: uuidFromGlobalId(input.assigneeId, OrganizationType.typename) ?? NO_ID,
      businessIds: input.businessIds.map((id) => uuidFromGlobalId(id, 'Business') ?? NO_ID),
    });
    return OutreachTaskType.from(await findTask(scope, task.id), scope.viewer.today);
  }

  @Mutation(() => OutreachTaskType, {
    description: 'Moves a task along its lifecycle; out-of-order moves are refused.',
  })
  async transitionOutreachTask(
    @Arg('input', () => TransitionOutreachTaskInput) input: TransitionOutreachTaskInput,
    @Ctx() ctx: Context,
  ) {
    const scope = scopeOf(ctx);
    const task = await transitionTask(
      scope,
      taskIdFrom(input.id),
      input.expectedVersion,
      input.to,
      input.reason ?? null,
    );
    return OutreachTaskType.from(task, scope.viewer.today);
  }

  @Mutation(() => OutreachTaskType, { description: 'The assignee’s admin hands the task to one of its people.' })
  async assignOutreachTask(
    @Arg('input', () => AssignOutreachTaskInput) input: AssignOutreachTaskInput,
    @Ctx() ctx: Context,
  ) {
    const userId = input.userId ? (uuidFromGlobalId(input.userId, UserType.typename) ?? NO_ID) : null;
    const scope = scopeOf(ctx);
    const task = await assignTaskUser(scope, taskIdFrom(input.id), input.expectedVersion, userId);
    return OutreachTaskType.from(task, scope.viewer.today);
  }

  @Mutation(() => VisitReportType, {
    description: 'Reports a field visit on a task assigned to the caller’s organisation.',
  })
  async reportVisit(@Arg('input', () => VisitReportInput) input: VisitReportInput, @Ctx() ctx: Context) {
    const report = await addVisitReport(scopeOf(ctx), {
      ...input,
      taskId: taskIdFrom(input.taskId),
      businessId: input.businessId ? safe(() => businessIdFrom(input.businessId ?? '')) : null,
      workerIds: input.workerIds.map((id) => safe(() => workerIdFrom(id))),
      clientId: clientIdFrom(input.clientId),
    });
    return Object.assign(VisitReportType.from(report), { hasPhoto: Boolean(input.photo) });
  }

  @Query(() => String, {
    nullable: true,
    description:
      'A visit report’s attendance-sheet photo as a data URL; only the reporting organisation has it (null otherwise).',
  })
  async visitReportPhoto(@Arg('reportId', () => ID) reportId: string, @Ctx() ctx: Context): Promise<string | null> {
    const id = uuidFromGlobalId(reportId, 'VisitReport');
    if (!id) return null;
    const photo = await visitReportPhoto(scopeOf(ctx), id);
    return photo ? `data:${photo.mime};base64,${photo.content.toString('base64')}` : null;
  }

  @Mutation(() => TaskCommentType)
  async commentOnTask(@Arg('input', () => TaskCommentInput) input: TaskCommentInput, @Ctx() ctx: Context) {
    return TaskCommentType.from(await addComment(scopeOf(ctx), taskIdFrom(input.taskId), input.body));
  }
}

/** A malformed id inside a list is reported as an unknown object, with the field named. */
function safe(read: () => string): string {
  try {
    return read();
  } catch {
    return NO_ID;
  }
}
