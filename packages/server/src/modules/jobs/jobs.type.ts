import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../common/date-time';
import type { JobRecord, JobState } from '../common/jobs';

/** pg-boss's states, in words an operator reads. */
export enum BackgroundJobState {
  QUEUED = 'QUEUED',
  RETRYING = 'RETRYING',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}
registerEnumType(BackgroundJobState, {
  name: 'BackgroundJobState',
  description:
    'QUEUED (waiting), RETRYING (failed, waiting for its next try), RUNNING, COMPLETED, CANCELLED, FAILED (out of tries).',
});

const FROM_QUEUE: Record<JobState, BackgroundJobState> = {
  created: BackgroundJobState.QUEUED,
  retry: BackgroundJobState.RETRYING,
  active: BackgroundJobState.RUNNING,
  completed: BackgroundJobState.COMPLETED,
  cancelled: BackgroundJobState.CANCELLED,
  failed: BackgroundJobState.FAILED,
};
export const TO_QUEUE = Object.fromEntries(Object.entries(FROM_QUEUE).map(([k, v]) => [v, k])) as Record<
  BackgroundJobState,
  JobState
>;

@ObjectType('BackgroundJob', { description: 'One run of a job of the queue (platform operator only).' })
export class BackgroundJobType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The job’s name, e.g. overdue-notices, send-email.' })
  name!: string;

  @Field(() => BackgroundJobState)
  state!: BackgroundJobState;

  @Field(() => Int, { description: 'How many times it has been tried again.' })
  retryCount!: number;

  @Field(() => Int, { description: 'How many times it may be tried again.' })
  retryLimit!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Not before then (its next try, when RETRYING).' })
  startAfter!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  startedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  completedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The error of its last failed try (FAILED, RETRYING).' })
  error!: string | null;

  static from(record: JobRecord): BackgroundJobType {
    return Object.assign(new BackgroundJobType(), {
      id: record.id,
      name: record.name,
      state: FROM_QUEUE[record.state],
      retryCount: record.retryCount,
      retryLimit: record.retryLimit,
      createdAt: record.createdOn,
      startAfter: record.startAfter,
      startedAt: record.startedOn,
      completedAt: record.completedOn,
      error: record.error,
    });
  }
}

@ObjectType('JobSchedule', { description: 'A job that runs by itself (platform operator only).' })
export class JobScheduleType {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'When, as cron (minute hour day month weekday).' })
  cron!: string;

  @Field(() => String, { description: 'The time zone the cron is read in.' })
  timeZone!: string;
}

@InputType('RetryBackgroundJobInput')
export class RetryBackgroundJobInput {
  @Field(() => ID)
  id!: string;
}
