import { Field, ObjectType } from 'type-graphql';
import { enumOf } from '../business/business.type';
import { DateTimeScalar } from '../common/date-time';
import { WorkerPersonalDataType, WorkerType } from '../worker/worker.type';

export const PERSON_RECORD_PURPOSES = ['VIEW', 'EXPORT'] as const;
export type PersonRecordPurpose = (typeof PERSON_RECORD_PURPOSES)[number];
export const PersonRecordPurposeEnum = enumOf(
  PERSON_RECORD_PURPOSES,
  'PersonRecordPurpose',
  'VIEW: the page; EXPORT: the download. Each is audited under its own action.',
);

@ObjectType('PersonVisit', { description: 'A visit report that names the person as registered.' })
export class PersonVisitType {
  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  visitedOn!: string;

  @Field(() => String)
  taskTitle!: string;

  @Field(() => String, { description: 'Who reported the visit (email).' })
  reportedBy!: string;
}

@ObjectType('PersonRecordEntry', { description: 'One access to, or change of, the person’s data, from the audit log.' })
export class PersonRecordEntryType {
  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => String, { description: 'e.g. `worker.update`, `worker.viewPersonalData`, `worker.exportPersonalData`.' })
  action!: string;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'The changed fields (never personal values), as JSON.' })
  changes!: string | null;

  @Field(() => String, { nullable: true, description: 'The data subject request an edit answered, when noted.' })
  dataSubjectRequest!: string | null;

  @Field(() => Boolean, {
    description: 'A full export of many workers’ personal data, which may have included this person.',
  })
  bulk!: boolean;
}

@ObjectType('PersonRecord', {
  description:
    'Everything the tenant holds about one worker, and every access and change (UU 27/2022: a person’s right to see their data).',
})
export class PersonRecordType {
  @Field(() => WorkerType)
  worker!: WorkerType;

  @Field(() => WorkerPersonalDataType, { description: 'In full: reading the record is audited.' })
  personalData!: WorkerPersonalDataType;

  @Field(() => [PersonVisitType])
  visits!: PersonVisitType[];

  @Field(() => [PersonRecordEntryType], { description: 'Oldest first.' })
  history!: PersonRecordEntryType[];
}
