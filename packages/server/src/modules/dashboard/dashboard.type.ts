import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RegionSectorFilterInput } from '../business/business-fields.input';
import { WorkerTypeEnum } from '../worker/worker.type';

@InputType('DashboardFilter', { description: 'Filters shared by every figure of the dashboard.' })
export class DashboardFilterInput extends RegionSectorFilterInput {
  @Field(() => ID, { nullable: true, description: 'One source only: the caller’s own data or one grantor’s.' })
  sourceId?: string | null;

  @Field(() => WorkerTypeEnum, {
    nullable: true,
    description: 'Narrows worker figures; business counts are not split by worker type.',
  })
  workerType?: 'PU' | 'BPU' | null;
}

@ObjectType('CoverageFigure', { description: 'Workers and their coverage in one group (a row of a chart).' })
export class CoverageFigureType {
  @Field(() => String, { description: 'The group’s code (a region or KBLI code, an enum value, an id).' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Businesses in the group; null when grouped by worker type.' })
  businesses!: number | null;

  @Field(() => Int, { nullable: true, description: 'Businesses whose every worker is enrolled.' })
  coveredBusinesses!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed: a small group of another tenant’s data.' })
  workers!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed (see `suppressed`).' })
  enrolled!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed (see `suppressed`).' })
  lapsed!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'enrolled / workers, 0 when there are none; null when either count is suppressed.',
  })
  coverageRate!: number | null;

  @Field(() => Boolean, {
    description:
      'A count of this group was left out because it describes fewer than 5 people of another tenant (shown as "<5"; see docs/privacy.md).',
  })
  suppressed!: boolean;
}

@ObjectType('EnrolmentMonth')
export class EnrolmentMonthType {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Workers (still enrolled today) who enrolled that month; null when suppressed (fewer than 5).',
  })
  enrolled!: number | null;

  @Field(() => Int, { nullable: true, description: 'All of them enrolled up to the end of that month.' })
  cumulative!: number | null;
}

@ObjectType('ProgrammeFigure')
export class ProgrammeFigureType {
  @Field(() => String, { description: 'JKK, JKM, JHT, JP or JKP.' })
  programme!: string;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed (fewer than 5).' })
  workers!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the enrolled workers who have it.' })
  share!: number | null;
}

@ObjectType('AssigneeProgress', { description: 'Outreach task progress of one assignee.' })
export class AssigneeProgressType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  targetWorkers!: number;

  @Field(() => Int)
  registeredWorkers!: number;
}

@ObjectType('DashboardSource', { description: 'Whose data the figures include.' })
export class DashboardSourceType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'The caller’s own data (otherwise: through an agreement).' })
  own!: boolean;
}

@ObjectType('Dashboard', { description: 'Coverage and outreach figures over what the caller may see.' })
export class DashboardType {
  @Field(() => [DashboardSourceType])
  sources!: DashboardSourceType[];

  @Field(() => CoverageFigureType)
  totals!: CoverageFigureType;

  @Field(() => Boolean, {
    description:
      'The figures include another tenant’s data: counts of 1–4 people are suppressed and the others rounded to a multiple of 5 (docs/privacy.md).',
  })
  smallGroupsProtected!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Workers in the totals who work for more than one business. Each counts once in the totals; a breakdown by region, sector, size class or legal form counts them in each group of their employers, so its groups may add up to more than the totals.',
  })
  workersWithSeveralEmployers!: number | null;

  @Field(() => [CoverageFigureType])
  bySource!: CoverageFigureType[];

  @Field(() => [CoverageFigureType])
  byRegency!: CoverageFigureType[];

  @Field(() => [CoverageFigureType])
  byDistrict!: CoverageFigureType[];

  @Field(() => [CoverageFigureType])
  bySector!: CoverageFigureType[];

  @Field(() => [CoverageFigureType])
  bySizeClass!: CoverageFigureType[];

  @Field(() => [CoverageFigureType])
  byLegalForm!: CoverageFigureType[];

  @Field(() => [CoverageFigureType])
  byWorkerType!: CoverageFigureType[];

  @Field(() => [EnrolmentMonthType], { description: 'The last 24 months.' })
  enrolmentTrend!: EnrolmentMonthType[];

  @Field(() => [ProgrammeFigureType])
  programmeMix!: ProgrammeFigureType[];

  @Field(() => [AssigneeProgressType], { description: 'Tasks the caller’s organisation created or was given.' })
  taskProgress!: AssigneeProgressType[];
}
