import { COVERAGE_STATUSES, type LegalForm, maskNik, maskPhone, type SizeClass, WORKER_TYPES } from '@jamsos/schema';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { BusinessFieldsFilterInput, enumOf, LegalFormEnum, SizeClassEnum } from '../business/business-fields.input';
import { RegistryRecordType, registryRecordOf, VersionedIdInput } from '../business/registry-record.type';
import { ConnectionArgs, connectionType } from '../common/connection';
import { DateTimeScalar } from '../common/date-time';
import { Node, toGlobalId } from '../common/node';
import type { IWorker } from './worker.entity';
import { WORKER_SORTS, type WorkerRecord, type WorkerSort } from './worker.service';

export const WorkerTypeEnum = enumOf(WORKER_TYPES, 'WorkerType', 'PU: formal wage worker; BPU: informal.');
export const CoverageStatusEnum = enumOf(COVERAGE_STATUSES, 'CoverageStatus');
export const WorkerSortEnum = enumOf(WORKER_SORTS, 'WorkerSort');

@ObjectType('WorkerPersonalData', { description: 'A worker’s personal data in full. Every read is audited.' })
export class WorkerPersonalDataType {
  @Field(() => String)
  nik!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  birthDate!: string;

  @Field(() => Int, { nullable: true, description: 'Monthly wage (PU) or declared income (BPU), rupiah.' })
  monthlyIncome!: number | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType('Worker', {
  implements: Node,
  description: 'A worker and their BPJS Ketenagakerjaan membership. Personal data is masked; see `personalData`.',
})
export class WorkerType extends RegistryRecordType implements Node {
  static readonly typename = 'Worker';

  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Masked NIK, e.g. `3402••••••••0012`.' })
  nik!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { description: '`M` or `F`, from the NIK.' })
  sex!: string;

  @Field(() => Int, { description: 'Birth year only; the full date is personal data.' })
  birthYear!: number;

  @Field(() => WorkerTypeEnum)
  workerType!: IWorker['workerType'];

  @Field(() => String, { nullable: true })
  occupation!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked phone number.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'BPJS Ketenagakerjaan membership (KPJ) number.' })
  kpj!: string | null;

  @Field(() => CoverageStatusEnum)
  coverageStatus!: IWorker['coverageStatus'];

  @Field(() => [String], { description: 'JKK, JKM, JHT, JP, JKP.' })
  programmes!: string[];

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' })
  enrolledOn!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Since when the worker wants to join BPJS (marked by an officer, often on a visit).',
  })
  enrolmentInterestAt!: Date | null;

  @Field(() => Int)
  version!: number;

  /** The unmasked values, kept off the schema: only `personalData` hands them out. */
  full!: WorkerPersonalDataType;

  static from(entity: WorkerRecord): WorkerType {
    return Object.assign(new WorkerType(), {
      ...registryRecordOf(entity),
      full: Object.assign(new WorkerPersonalDataType(), {
        nik: entity.nik,
        birthDate: String(entity.birthDate),
        monthlyIncome: entity.monthlyIncome ?? null,
        phone: entity.phone ?? null,
      }),
      id: toGlobalId(WorkerType.typename, entity.id),
      nik: maskNik(entity.nik),
      fullName: entity.fullName,
      sex: entity.sex,
      birthYear: Number(String(entity.birthDate).slice(0, 4)),
      workerType: entity.workerType,
      occupation: entity.occupation ?? null,
      phone: entity.phone ? maskPhone(entity.phone) : null,
      kpj: entity.kpj ?? null,
      coverageStatus: entity.coverageStatus,
      programmes: [...(entity.programmes ?? [])],
      enrolledOn: entity.enrolledOn ?? null,
      enrolmentInterestAt: entity.enrolmentInterestAt ?? null,
    });
  }
}

export const WorkerConnection = connectionType('Worker', WorkerType);

/** The business fields match a worker when one of the worker's businesses matches. */
@InputType('WorkerFilter')
export class WorkerFilterInput extends BusinessFieldsFilterInput {
  @Field(() => ID, { nullable: true })
  businessId?: string | null;

  // Redeclared only to say whose size and form they are (the schema's descriptions).
  @Field(() => SizeClassEnum, { nullable: true, description: "Of the worker's businesses." })
  declare sizeClass?: SizeClass | null;

  @Field(() => LegalFormEnum, { nullable: true, description: "Of the worker's businesses." })
  declare legalForm?: LegalForm | null;

  @Field(() => CoverageStatusEnum, { nullable: true })
  coverageStatus?: IWorker['coverageStatus'] | null;

  @Field(() => WorkerTypeEnum, { nullable: true })
  workerType?: IWorker['workerType'] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A name fragment; or digits: the start of a NIK or KPJ (a whole one for viewers).',
  })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  archived?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only workers marked as wanting to join BPJS.' })
  enrolmentInterest?: boolean | null;
}

@InputType('MarkEnrolmentInterestInput', {
  description:
    'A worker who wants to join BPJS: one on the server (`workerId`) or one this client added (`workerClientId`).',
})
export class MarkEnrolmentInterestInput {
  @Field(() => ID, { nullable: true })
  workerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The `clientId` the worker was created with.' })
  workerClientId?: string | null;

  @Field(() => ID, { description: 'A UUID the client made for this mark: sent again, the first mark is answered.' })
  clientId!: string;
}

@ArgsType()
export class WorkersArgs extends ConnectionArgs {
  @Field(() => WorkerFilterInput, { nullable: true })
  filter?: WorkerFilterInput | null;

  @Field(() => WorkerSortEnum, { defaultValue: 'NAME' })
  sort!: WorkerSort;

  @Field(() => Boolean, { defaultValue: false })
  descending!: boolean;
}

@InputType('WorkerDetailsFields', {
  description: 'A worker’s fields that are not personal data (the NIK, income and phone stay as stored).',
})
export class WorkerDetailsFieldsInput {
  @Field(() => [ID], { description: 'The businesses the worker works for (at least one).' })
  businessIds!: string[];

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { description: '`PU` or `BPU`.' })
  workerType!: string;

  @Field(() => String, { nullable: true })
  occupation?: string | null;

  @Field(() => String, { description: '`NOT_ENROLLED`, `ENROLLED` or `LAPSED`.' })
  coverageStatus!: string;

  @Field(() => String, { nullable: true })
  kpj?: string | null;

  @Field(() => [String])
  programmes!: string[];

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' })
  enrolledOn?: string | null;
}

/** The details and the personal data: what a full edit (and creating a worker) sends. */
@InputType('WorkerFields', { description: 'Every field of a worker, as a form holds it.' })
export class WorkerFieldsInput extends WorkerDetailsFieldsInput {
  @Field(() => String)
  nik!: string;

  @Field(() => Int, { nullable: true })
  monthlyIncome?: number | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

/** An edit is the object, the version it was made on, and the fields. */
@InputType('UpdateWorkerDetailsInput')
export class UpdateWorkerDetailsInput extends VersionedIdInput {
  @Field(() => WorkerDetailsFieldsInput)
  fields!: WorkerDetailsFieldsInput;
}

@InputType('UpdateWorkerInput')
export class UpdateWorkerInput extends VersionedIdInput {
  @Field(() => WorkerFieldsInput)
  fields!: WorkerFieldsInput;

  @Field(() => String, {
    nullable: true,
    description:
      'The data subject request this correction answers (a reference, at most 100 characters), noted in the audit log.',
  })
  dataSubjectRequest?: string | null;
}
