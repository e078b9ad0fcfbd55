import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { businessIdFrom } from '../business/business.resolver';
import { ConnectionArgs, type ConnectionShape, pageOf } from '../common/connection';
import { appError, ErrorCode } from '../common/errors';
import { uuidFromGlobalId } from '../common/node';
import { viewerOf } from '../common/scope';
import { OrganizationType } from '../organization/organization.type';
import { UserType } from '../user/user.type';
import { workerIdFrom } from '../worker/worker.resolver';
import { Notification, TaskComment } from './outreach.entity';
import { OutreachLoaders } from './outreach.loaders';
import {
  addComment,
  addVisitReport,
  assignTaskUser,
  createTask,
  findTask,
  listTasks,
  noticeOverdue,
  transitionTask,
} from './outreach.service';
import {
  AssignOutreachTaskInput,
  CreateOutreachTaskInput,
  NotificationConnection,
  NotificationType,
  OutreachTaskConnection,
  OutreachTasksArgs,
  OutreachTaskType,
  TaskCommentInput,
  TaskCommentType,
  TaskEventType,
  TaskProgressType,
  TaskTargetBusinessType,
  TransitionOutreachTaskInput,
  VisitReportInput,
  VisitReportType,
} from './outreach.type';

const NO_ID = '00000000-0000-0000-0000-000000000000';

export function taskIdFrom(globalId: string): string {
  const id = uuidFromGlobalId(globalId, OutreachTaskType.typename);
  if (!id) throw appError(ErrorCode.NotFound, 'No such task.');
  return id;
}

/** The database's date, read with the caller (see viewerFromToken). */
function today(ctx: Context): string {
  return viewerOf(ctx).today;
}

@Resolver(() => OutreachTaskType)
export class OutreachResolver {
  @Query(() => OutreachTaskConnection, { description: 'Tasks the caller’s organisation created or was assigned.' })
  async outreachTasks(
    @Args(() => OutreachTasksArgs) args: OutreachTasksArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<OutreachTaskType>> {
    const viewer = viewerOf(ctx);
    const filter = {
      ...args,
      assigneeOrgId: args.assigneeId ? (uuidFromGlobalId(args.assigneeId, OrganizationType.typename) ?? NO_ID) : null,
    };
    return pageOf(args, async (window) => {
      const [rows, total] = await listTasks(ctx.em, viewer, filter, window);
      // The registered workers read with the page answer `progress` (no second query), at once.
      const tasks = rows.map((row) => {
        ctx.loaders.get(OutreachLoaders).taskRegistered.prime(row.id, row.registered);
        return Object.assign(OutreachTaskType.from(row, viewer.today), { registered: row.registered });
      });
      return [tasks, total];
    });
  }

  // Synchronous for a board page's tasks: an asynchronous field makes graphql-js complete every
  // task of the page through promises. A single task's comes from one batched query.
  @FieldResolver(() => TaskProgressType, { description: 'Workers registered in visit reports, against the target.' })
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
    const rows = await ctx.em.execute<{ id: string; name: string; nib: string | null; district_code: string }[]>(
      `select b.id, b.name, b.nib, b.district_code from outreach_task_target t join business b on b.id = t.business_id
        where t.task_id = ? order by b.name`,
      [task.uuid],
    );
    // Visible only where RLS lets the caller read the business: its own, or under a live directory agreement.
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
    // Raw SQL with the task in it, under row-level security (both parties read the events); the
    // visited business's name shows where RLS lets the caller read that business.
    const rows = await ctx.em.execute<(EventRow & Omit<VisitRow, 'id'> & { visit_id: string | null })[]>(
      `select e.kind, e.from_status, e.to_status, e.actor_email, e.actor_name, e.reason, e.assigned_to_name,
              e.created_at, v.id as visit_id, to_char(v.visited_on, 'YYYY-MM-DD') as visited_on, b.name,
              v.people_reached, v.workers_registered, v.notes, v.reported_by, v.reported_by_name
         from outreach_task_event e
         left join visit_report v on v.id = e.visit_report_id
         left join business b on b.id = v.business_id
        where e.task_id = ? order by e.created_at, e.seq`,
      [task.uuid],
    );
    return rows.map((r) =>
      Object.assign(new TaskEventType(), {
        kind: r.kind,
        fromStatus: r.from_status,
        toStatus: r.to_status,
        actorEmail: r.actor_email,
        actorName: r.actor_name,
        reason: r.reason,
        assignedToName: r.assigned_to_name,
        visit: r.visit_id ? visitReportOf({ ...r, id: r.visit_id }) : null,
        createdAt: new Date(r.created_at),
      }),
    );
  }

  @FieldResolver(() => [VisitReportType])
  async reports(@Root() task: OutreachTaskType, @Ctx() ctx: Context): Promise<VisitReportType[]> {
    // Raw SQL with the task in it; the visited business's name shows where RLS lets the caller
    // read that business (the assignee's own, or the creator under a live directory agreement).
    const rows = await ctx.em.execute<VisitRow[]>(
      `select v.id, to_char(v.visited_on, 'YYYY-MM-DD') as visited_on, b.name, v.people_reached, v.workers_registered,
              v.notes, v.reported_by, v.reported_by_name
         from visit_report v left join business b on b.id = v.business_id
        where v.task_id = ? order by v.visited_on desc, v.id`,
      [task.uuid],
    );
    return rows.map(visitReportOf);
  }

  @FieldResolver(() => [TaskCommentType])
  async comments(@Root() task: OutreachTaskType, @Ctx() ctx: Context): Promise<TaskCommentType[]> {
    return (await ctx.em.find(TaskComment, { task: task.uuid }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map(
      TaskCommentType.from,
    );
  }

  @Mutation(() => OutreachTaskType, { description: 'Plans outreach and assigns it to a partner organisation.' })
  async createOutreachTask(
    @Arg('input', () => CreateOutreachTaskInput) input: CreateOutreachTaskInput,
    @Ctx() ctx: Context,
  ) {
    const task = await createTask(ctx.em, viewerOf(ctx), {
      ...input,
      assigneeId: uuidFromGlobalId(input.assigneeId, OrganizationType.typename) ?? NO_ID,
      businessIds: input.businessIds.map((id) => uuidFromGlobalId(id, 'Business') ?? NO_ID),
    });
    return OutreachTaskType.from(await findTask(ctx.em, task.id), today(ctx));
  }

  @Mutation(() => OutreachTaskType, {
    description: 'Moves a task along its lifecycle; out-of-order moves are refused.',
  })
  async transitionOutreachTask(
    @Arg('input', () => TransitionOutreachTaskInput) input: TransitionOutreachTaskInput,
    @Ctx() ctx: Context,
  ) {
    const task = await transitionTask(
      ctx.em,
      viewerOf(ctx),
      taskIdFrom(input.id),
      input.expectedVersion,
      input.to,
      input.reason ?? null,
    );
    return OutreachTaskType.from(task, today(ctx));
  }

  @Mutation(() => OutreachTaskType, { description: 'The assignee’s admin hands the task to one of its people.' })
  async assignOutreachTask(
    @Arg('input', () => AssignOutreachTaskInput) input: AssignOutreachTaskInput,
    @Ctx() ctx: Context,
  ) {
    const userId = input.userId ? (uuidFromGlobalId(input.userId, UserType.typename) ?? NO_ID) : null;
    const task = await assignTaskUser(ctx.em, viewerOf(ctx), taskIdFrom(input.id), input.expectedVersion, userId);
    return OutreachTaskType.from(task, today(ctx));
  }

  @Mutation(() => VisitReportType, {
    description: 'Reports a field visit on a task assigned to the caller’s organisation.',
  })
  async reportVisit(@Arg('input', () => VisitReportInput) input: VisitReportInput, @Ctx() ctx: Context) {
    const report = await addVisitReport(ctx.em, viewerOf(ctx), {
      ...input,
      taskId: taskIdFrom(input.taskId),
      businessId: input.businessId ? safe(() => businessIdFrom(input.businessId ?? '')) : null,
      workerIds: input.workerIds.map((id) => safe(() => workerIdFrom(id))),
    });
    return VisitReportType.from(report);
  }

  @Mutation(() => TaskCommentType)
  async commentOnTask(@Arg('input', () => TaskCommentInput) input: TaskCommentInput, @Ctx() ctx: Context) {
    return TaskCommentType.from(await addComment(ctx.em, viewerOf(ctx), taskIdFrom(input.taskId), input.body));
  }

  @Query(() => NotificationConnection, { description: 'The caller’s notifications, newest first.' })
  async notifications(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<NotificationType>> {
    const viewer = viewerOf(ctx);
    await noticeOverdue(ctx.em, viewer);
    return pageOf(page, async (window) => {
      const [rows, total] = await ctx.em.findAndCount(
        Notification,
        { user: viewer.user.id, ...(unreadOnly ? { readAt: null } : {}) },
        { orderBy: { createdAt: 'desc', id: 'desc' }, ...window },
      );
      return [rows.map(NotificationType.from), total];
    });
  }

  @Query(() => Int, { description: 'How many of the caller’s notifications are unread (for the header).' })
  async unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    const viewer = viewerOf(ctx);
    await noticeOverdue(ctx.em, viewer);
    return ctx.em.count(Notification, { user: viewer.user.id, readAt: null });
  }

  @Mutation(() => Int, { description: 'Marks all the caller’s notifications read; returns how many were unread.' })
  async markNotificationsRead(@Ctx() ctx: Context): Promise<number> {
    const viewer = viewerOf(ctx);
    return ctx.em.nativeUpdate(Notification, { user: viewer.user.id, readAt: null }, { readAt: new Date() });
  }
}

interface EventRow {
  kind: TaskEventType['kind'];
  from_status: TaskEventType['fromStatus'];
  to_status: TaskEventType['toStatus'];
  actor_email: string;
  actor_name: string | null;
  reason: string | null;
  assigned_to_name: string | null;
  created_at: string | Date;
}

interface VisitRow {
  id: string;
  visited_on: string;
  name: string | null;
  people_reached: number;
  workers_registered: number;
  notes: string;
  reported_by: string;
  reported_by_name: string | null;
}

function visitReportOf(r: VisitRow): VisitReportType {
  return Object.assign(new VisitReportType(), {
    id: Buffer.from(`VisitReport:${r.id}`).toString('base64url'),
    visitedOn: r.visited_on,
    businessName: r.name,
    peopleReached: r.people_reached,
    workersRegistered: r.workers_registered,
    notes: r.notes,
    reportedBy: r.reported_by,
    reportedByName: r.reported_by_name,
  });
}

/** A malformed id inside a list is reported as an unknown object, with the field named. */
function safe(read: () => string): string {
  try {
    return read();
  } catch {
    return NO_ID;
  }
}
