import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { audit } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import { scopeOf } from '../common/scope';
import { BackgroundJobState, BackgroundJobType, JobScheduleType, RetryBackgroundJobInput, TO_QUEUE } from './jobs.type';

/** The platform operator's view of the job queue (rules: jobs.rules.ts). */
@Resolver()
export class JobsResolver {
  @Query(() => [BackgroundJobType], { description: 'The queue’s jobs, newest first (platform operator).' })
  async backgroundJobs(
    @Arg('states', () => [BackgroundJobState], { nullable: true }) states: BackgroundJobState[] | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<BackgroundJobType[]> {
    const records = await ctx.jobs.list({
      states: (states ?? []).map((state) => TO_QUEUE[state]),
      name,
      limit: Math.max(1, Math.min(first, 200)),
    });
    return records.map(BackgroundJobType.from);
  }

  @Query(() => [JobScheduleType], { description: 'The jobs that run by themselves, and when (platform operator).' })
  async jobSchedules(@Ctx() ctx: Context): Promise<JobScheduleType[]> {
    return (await ctx.jobs.schedules()).map((s) => Object.assign(new JobScheduleType(), s));
  }

  @Mutation(() => Boolean, { description: 'Puts a FAILED job back in the queue (platform operator).' })
  async retryBackgroundJob(
    @Arg('input', () => RetryBackgroundJobInput) input: RetryBackgroundJobInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const scope = scopeOf(ctx);
    if (!(await ctx.jobs.retry(input.id))) {
      throw appError(ErrorCode.NotFound, 'There is no failed job with this id.');
    }
    audit(scope, { action: 'job.retry', objectType: 'BackgroundJob', objectId: input.id });
    return true;
  }
}
