import {
  ENROLMENT_LINE_STATUSES,
  ENROLMENT_PAYERS,
  ENROLMENT_REQUEST_STATUSES,
  type EnrolmentLineStatus,
  type EnrolmentPayer,
  type EnrolmentRequestStatus,
  maskNik,
  PROGRAMMES,
  type Programme,
  REJECTION_REASONS,
  type RejectionReason,
} from '@jamsos/schema';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumOf } from '../business/business-fields.input';
import { ConnectionArgs, connectionType } from '../common/connection';
import { DateTimeScalar } from '../common/date-time';
import { Node, toGlobalId } from '../common/node';
import { OrganizationType } from '../organization/organization.type';
import { WorkerFilterInput, WorkerTypeEnum } from '../worker/worker.type';
import type { IAssistanceProgramme, IEnrolmentLine, IEnrolmentRequest } from './enrolment.entity';

export const ProgrammeEnum = enumOf(PROGRAMMES, 'Programme', 'BPJS Ketenagakerjaan programmes.');
export const EnrolmentRequestStatusEnum = enumOf(
  ENROLMENT_REQUEST_STATUSES,
  'EnrolmentRequestStatus',
  'DRAFT (the partner builds it), SENT (at BPJS), IN_PROGRESS (some lines processed), DONE.',
);
export const EnrolmentLineStatusEnum = enumOf(ENROLMENT_LINE_STATUSES, 'EnrolmentLineStatus');
export const PayerEnum = enumOf(ENROLMENT_PAYERS, 'Payer', 'Who pays a line’s contribution.');
export const RejectionReasonEnum = enumOf(REJECTION_REASONS, 'RejectionReason');
export const EnrolmentDirectionEnum = enumOf(
  ['OUTGOING', 'INCOMING'] as const,
  'EnrolmentDirection',
  'OUTGOING: requests the caller’s organisation made; INCOMING: requests sent to it (a BPJS office).',
);

const day = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

@ObjectType('ContributionPart', { description: 'One programme’s monthly contribution and who pays which share.' })
export class ContributionPartType {
  @Field(() => ProgrammeEnum)
  programme!: Programme;

  @Field(() => Float, {
    nullable: true,
    description: 'Percent of the wage or income (0.24 = 0.24%), or null for a flat amount (BPU JKM).',
  })
  rate!: number | null;

  @Field(() => Int, { description: 'Rupiah a month.' })
  amount!: number;

  @Field(() => Int)
  employerAmount!: number;

  @Field(() => Int)
  workerAmount!: number;

  @Field(() => Int)
  assistanceAmount!: number;

  @Field(() => String)
  rateVersion!: string;

  @Field(() => String, { description: 'The regulation the rate comes from.' })
  source!: string;
}

@ObjectType('PayerTotals', { description: 'Rupiah a month, by who pays.' })
export class PayerTotalsType {
  @Field(() => Int)
  employer!: number;

  @Field(() => Int)
  worker!: number;

  @Field(() => Int)
  assistance!: number;
}

@ObjectType('Contribution', { description: 'A monthly contribution, with the rates of the day it was calculated.' })
export class ContributionType {
  @Field(() => [ContributionPartType])
  parts!: ContributionPartType[];

  @Field(() => Int, { description: 'Rupiah a month.' })
  total!: number;

  @Field(() => PayerTotalsType)
  byPayer!: PayerTotalsType;

  @Field(() => String)
  rateVersion!: string;

  static fromJson(json: Record<string, unknown> | null | undefined): ContributionType | null {
    if (!json) return null;
    const parts = (json.parts as Record<string, unknown>[] | undefined) ?? [];
    const byPayer = (json.byPayer as Record<string, number> | undefined) ?? {};
    return Object.assign(new ContributionType(), {
      parts: parts.map((part) => Object.assign(new ContributionPartType(), part)),
      total: Number(json.total ?? 0),
      byPayer: Object.assign(new PayerTotalsType(), {
        employer: byPayer.EMPLOYER ?? 0,
        worker: byPayer.WORKER ?? 0,
        assistance: byPayer.ASSISTANCE ?? 0,
      }),
      rateVersion: String(json.rateVersion ?? ''),
    });
  }
}

@ObjectType('EnrolmentPersonalData', {
  description: 'What was shared of a line’s worker, in full. Every read is audited, on both sides.',
})
export class EnrolmentPersonalDataType {
  @Field(() => String)
  nik!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  birthDate!: string;

  @Field(() => Int, { nullable: true, description: 'PU wage or BPU declared income, rupiah a month.' })
  monthlyWage!: number | null;
}

@ObjectType('EnrolmentLine', {
  implements: Node,
  description:
    'One worker in an enrolment request: what is asked (programmes, payer, contribution) and what BPJS answered.',
})
export class EnrolmentLineType implements Node {
  static readonly typename = 'EnrolmentLine';

  @Field(() => ID)
  id!: string;

  uuid!: string;
  requestUuid!: string;
  workerUuid!: string;
  /** The tenant that owns the line (the partner). */
  ownerUuid!: string;
  full!: EnrolmentPersonalDataType;

  @Field(() => ID)
  requestId!: string;

  @Field(() => ID, { nullable: true, description: 'The partner’s worker (null for the BPJS office).' })
  workerId!: string | null;

  @Field(() => Int)
  position!: number;

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { description: 'Masked NIK; see `personalData`.' })
  nik!: string;

  @Field(() => Int)
  birthYear!: number;

  @Field(() => WorkerTypeEnum)
  workerType!: 'PU' | 'BPU';

  @Field(() => String)
  businessName!: string;

  @Field(() => String, { nullable: true })
  districtCode!: string | null;

  @Field(() => [ProgrammeEnum])
  programmes!: Programme[];

  @Field(() => PayerEnum)
  payer!: EnrolmentPayer;

  @Field(() => Int, { nullable: true, description: 'JKK risk class 1–5 (PU only).' })
  jkkRiskClass!: number | null;

  @Field(() => ContributionType, { nullable: true, description: 'Null until a wage or income is known.' })
  contribution!: ContributionType | null;

  @Field(() => Int, { description: 'Rupiah a month.' })
  monthlyTotal!: number;

  @Field(() => Int, { description: 'What the assistance programme pays a month.' })
  assistanceMonthly!: number;

  @Field(() => EnrolmentLineStatusEnum)
  status!: EnrolmentLineStatus;

  @Field(() => RejectionReasonEnum, { nullable: true })
  rejectionReason!: RejectionReason | null;

  @Field(() => String, { nullable: true, description: 'The text of an OTHER rejection.' })
  rejectionNote!: string | null;

  @Field(() => String, { nullable: true, description: 'The member’s KPJ when rejected as ALREADY_MEMBER.' })
  existingKpj!: string | null;

  @Field(() => String, { nullable: true })
  kpj!: string | null;

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' })
  effectiveDate!: string | null;

  @Field(() => [ProgrammeEnum])
  registeredProgrammes!: Programme[];

  @Field(() => String, { nullable: true, description: 'Assistance cover paid until, `YYYY-MM-DD`.' })
  coverUntil!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  processedAt!: Date | null;

  @Field(() => String, { nullable: true })
  processedBy!: string | null;

  static from(line: IEnrolmentLine, viewerTenant: string): EnrolmentLineType {
    const requestUuid = typeof line.request === 'string' ? line.request : line.request.id;
    const owner = typeof line.organization === 'string' ? line.organization : line.organization.id;
    return Object.assign(new EnrolmentLineType(), {
      id: toGlobalId(EnrolmentLineType.typename, line.id),
      uuid: line.id,
      requestUuid,
      workerUuid: line.workerId,
      ownerUuid: owner,
      full: Object.assign(new EnrolmentPersonalDataType(), {
        nik: line.nik,
        birthDate: String(line.birthDate),
        monthlyWage: line.monthlyWage ?? null,
      }),
      requestId: toGlobalId('EnrolmentRequest', requestUuid),
      workerId: owner === viewerTenant ? toGlobalId('Worker', line.workerId) : null,
      position: line.position,
      fullName: line.fullName,
      nik: maskNik(line.nik),
      birthYear: Number(String(line.birthDate).slice(0, 4)),
      workerType: line.workerType,
      businessName: line.businessName,
      districtCode: line.districtCode ?? null,
      programmes: [...(line.programmes ?? [])] as Programme[],
      payer: line.payer,
      jkkRiskClass: line.jkkRiskClass ?? null,
      contribution: ContributionType.fromJson(line.contribution),
      monthlyTotal: line.monthlyTotal,
      assistanceMonthly: line.assistanceMonthly,
      status: line.status,
      rejectionReason: line.rejectionReason ?? null,
      rejectionNote: line.rejectionNote ?? null,
      existingKpj: line.existingKpj ?? null,
      kpj: line.kpj ?? null,
      effectiveDate: day(line.effectiveDate),
      registeredProgrammes: [...(line.registeredProgrammes ?? [])] as Programme[],
      coverUntil: day(line.coverUntil),
      processedAt: line.processedAt ?? null,
      processedBy: line.processedBy ?? null,
    });
  }
}

export const EnrolmentLineConnection = connectionType('EnrolmentLine', EnrolmentLineType);

@ObjectType('EnrolmentProblem', {
  description: 'Why a request cannot be sent: one line’s (or the whole request’s) problem.',
})
export class EnrolmentProblemType {
  @Field(() => ID, { nullable: true, description: 'The line, or null for the request as a whole.' })
  lineId!: string | null;

  @Field(() => String, { nullable: true })
  fullName!: string | null;

  @Field(() => String, {
    description: 'The field: programmes, monthlyWage, payer, worker, assistanceProgrammeId, lines…',
  })
  field!: string;

  @Field(() => String, { description: 'A problem code (registryMessage in packages/schema words it).' })
  problem!: string;
}

@ObjectType('EnrolmentRequest', {
  implements: Node,
  description: 'A partner’s request to a BPJS office to register workers (pengajuan kepesertaan).',
})
export class EnrolmentRequestType implements Node {
  static readonly typename = 'EnrolmentRequest';

  @Field(() => ID)
  id!: string;

  uuid!: string;
  ownerUuid!: string;
  taskUuid!: string | null;
  programmeUuid!: string | null;

  @Field(() => OrganizationType, { description: 'Who asks.' })
  partner!: OrganizationType;

  @Field(() => OrganizationType, { description: 'The BPJS office asked.' })
  recipient!: OrganizationType;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  note!: string;

  @Field(() => EnrolmentRequestStatusEnum)
  status!: EnrolmentRequestStatus;

  @Field(() => ID, { nullable: true, description: 'The outreach task it was made for (partner only).' })
  taskId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The assistance programme its ASSISTANCE lines are charged to (partner only).',
  })
  assistanceProgrammeId!: string | null;

  @Field(() => Int)
  lineCount!: number;

  @Field(() => Int)
  registeredCount!: number;

  @Field(() => Int)
  rejectedCount!: number;

  @Field(() => Int)
  pendingCount!: number;

  @Field(() => Float, { description: 'Rupiah a month, all lines.' })
  monthlyTotal!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true })
  sentBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  doneAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The last day the BPJS office sees the lines’ personal data (set when done), `YYYY-MM-DD`.',
  })
  shareUntil!: string | null;

  @Field(() => String)
  createdBy!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => Int)
  version!: number;

  /** Organisations must be loaded. */
  static from(r: IEnrolmentRequest, viewerTenant: string): EnrolmentRequestType {
    const owner = r.organization.id;
    const mine = owner === viewerTenant;
    const pending = r.status === 'DRAFT' ? r.lineCount : r.lineCount - r.registeredCount - r.rejectedCount;
    return Object.assign(new EnrolmentRequestType(), {
      id: toGlobalId(EnrolmentRequestType.typename, r.id),
      uuid: r.id,
      ownerUuid: owner,
      taskUuid: mine ? (r.taskId ?? null) : null,
      programmeUuid: mine ? (r.assistanceProgrammeId ?? null) : null,
      partner: OrganizationType.from(r.organization),
      recipient: OrganizationType.from(r.recipient),
      title: r.title,
      note: r.note,
      status: r.status,
      taskId: mine && r.taskId ? toGlobalId('OutreachTask', r.taskId) : null,
      assistanceProgrammeId:
        mine && r.assistanceProgrammeId ? toGlobalId('AssistanceProgramme', r.assistanceProgrammeId) : null,
      lineCount: r.lineCount,
      registeredCount: r.registeredCount,
      rejectedCount: r.rejectedCount,
      pendingCount: pending,
      monthlyTotal: Number(r.monthlyTotal),
      sentAt: r.sentAt ?? null,
      sentBy: r.sentBy ?? null,
      doneAt: r.doneAt ?? null,
      shareUntil: day(r.shareUntil),
      createdBy: r.createdBy,
      createdAt: r.createdAt,
      version: r.version,
    });
  }
}

export const EnrolmentRequestConnection = connectionType('EnrolmentRequest', EnrolmentRequestType);

@ArgsType()
export class EnrolmentRequestsArgs extends ConnectionArgs {
  @Field(() => EnrolmentDirectionEnum, { nullable: true, description: 'Default: both.' })
  direction?: 'OUTGOING' | 'INCOMING' | null;

  @Field(() => EnrolmentRequestStatusEnum, { nullable: true })
  status?: EnrolmentRequestStatus | null;
}

@ArgsType()
export class EnrolmentLinesArgs extends ConnectionArgs {
  @Field(() => EnrolmentLineStatusEnum, { nullable: true })
  status?: EnrolmentLineStatus | null;
}

@InputType('CreateEnrolmentRequestInput')
export class CreateEnrolmentRequestInput {
  @Field(() => ID, { description: 'The BPJS office (see `organizations`).' })
  recipientId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'An outreach task the caller’s organisation is a party to.' })
  taskId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The caller’s assistance programme, for ASSISTANCE lines.' })
  assistanceProgrammeId?: string | null;
}

@InputType('UpdateEnrolmentRequestInput')
export class UpdateEnrolmentRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true })
  taskId?: string | null;

  @Field(() => ID, { nullable: true })
  assistanceProgrammeId?: string | null;
}

@InputType('EnrolmentLineTermsInput', { description: 'What is asked for the workers of the lines.' })
export class EnrolmentLineTermsInput {
  @Field(() => [ProgrammeEnum])
  programmes!: Programme[];

  @Field(() => PayerEnum, {
    description: 'Applied where the worker type allows it (PAYERS_FOR); a PU worker’s payer is always the employer.',
  })
  payer!: EnrolmentPayer;

  @Field(() => Int, { nullable: true, description: 'PU only; default 1.' })
  jkkRiskClass?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Rupiah a month; null keeps each worker’s income as in the registry (or the line’s).',
  })
  monthlyWage?: number | null;
}

@InputType('AddEnrolmentLinesInput', {
  description:
    'Adds workers to a draft: by id, by registry filter, and/or the not-enrolled workers of the task’s businesses.',
})
export class AddEnrolmentLinesInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => [ID], { nullable: true })
  workerIds?: string[] | null;

  @Field(() => WorkerFilterInput, {
    nullable: true,
    description: 'Every not-enrolled (or lapsed) worker matching it (at most 1,000).',
  })
  filter?: WorkerFilterInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The not-enrolled workers of the request’s outreach task’s target businesses.',
  })
  fromTask?: boolean | null;

  @Field(() => EnrolmentLineTermsInput)
  terms!: EnrolmentLineTermsInput;
}

@ObjectType('SkippedWorker', { description: 'A worker not added, and why.' })
export class SkippedWorkerType {
  @Field(() => ID)
  workerId!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { description: 'WORKER_IN_OPEN_REQUEST, WORKER_ALREADY_ENROLLED, WORKER_ARCHIVED.' })
  problem!: string;
}

@ObjectType('AddEnrolmentLinesPayload')
export class AddEnrolmentLinesPayload {
  @Field(() => EnrolmentRequestType)
  request!: EnrolmentRequestType;

  @Field(() => Int)
  added!: number;

  @Field(() => [SkippedWorkerType])
  skipped!: SkippedWorkerType[];
}

@InputType('UpdateEnrolmentLinesInput')
export class UpdateEnrolmentLinesInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => [ID])
  lineIds!: string[];

  @Field(() => EnrolmentLineTermsInput)
  terms!: EnrolmentLineTermsInput;
}

@InputType('RemoveEnrolmentLinesInput')
export class RemoveEnrolmentLinesInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => [ID])
  lineIds!: string[];
}

@InputType('RegisterEnrolmentLineInput')
export class RegisterEnrolmentLineInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '11 digits.' })
  kpj!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  effectiveDate!: string;

  @Field(() => [ProgrammeEnum], { nullable: true, description: 'Default: as requested.' })
  programmes?: Programme[] | null;
}

@InputType('RegisterEnrolmentLinesInput')
export class RegisterEnrolmentLinesInput {
  @Field(() => [RegisterEnrolmentLineInput])
  lines!: RegisterEnrolmentLineInput[];
}

@InputType('RejectEnrolmentLineInput')
export class RejectEnrolmentLineInput {
  @Field(() => ID)
  id!: string;

  @Field(() => RejectionReasonEnum)
  reason!: RejectionReason;

  @Field(() => String, { nullable: true, description: 'Required for ALREADY_MEMBER.' })
  existingKpj?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for OTHER.' })
  note?: string | null;
}

@InputType('RejectEnrolmentLinesInput')
export class RejectEnrolmentLinesInput {
  @Field(() => [RejectEnrolmentLineInput])
  lines!: RejectEnrolmentLineInput[];
}

@ObjectType('AssistanceRenewal', { description: 'A worker whose assistance-paid cover ends soon.' })
export class AssistanceRenewalType {
  @Field(() => ID)
  lineId!: string;

  @Field(() => ID)
  workerId!: string;

  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { nullable: true })
  kpj!: string | null;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  coverUntil!: string;
}

@ObjectType('AssistanceProgramme', {
  implements: Node,
  description: 'A regency’s contribution-assistance programme (bantuan iuran), with its budget.',
})
export class AssistanceProgrammeType implements Node {
  static readonly typename = 'AssistanceProgramme';

  @Field(() => ID)
  id!: string;

  uuid!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'E.g. a Perbup number.' })
  legalBasis!: string;

  @Field(() => Float, { description: 'Rupiah.' })
  budget!: number;

  @Field(() => Int)
  monthsOfCover!: number;

  @Field(() => [ProgrammeEnum], { description: 'The programmes it pays.' })
  programmes!: Programme[];

  @Field(() => Boolean)
  bpuOnly!: boolean;

  @Field(() => Int, { nullable: true })
  incomeCeiling!: number | null;

  @Field(() => [String], { description: 'District codes; empty: the whole regency.' })
  districtCodes!: string[];

  @Field(() => String)
  startsOn!: string;

  @Field(() => String, { nullable: true })
  endsOn!: string | null;

  @Field(() => String)
  createdBy!: string;

  @Field(() => Int)
  version!: number;

  static from(e: IAssistanceProgramme): AssistanceProgrammeType {
    return Object.assign(new AssistanceProgrammeType(), {
      id: toGlobalId(AssistanceProgrammeType.typename, e.id),
      uuid: e.id,
      name: e.name,
      legalBasis: e.legalBasis,
      budget: Number(e.budget),
      monthsOfCover: e.monthsOfCover,
      programmes: [...(e.programmes ?? [])] as Programme[],
      bpuOnly: e.bpuOnly,
      incomeCeiling: e.incomeCeiling ?? null,
      districtCodes: [...(e.districtCodes ?? [])],
      startsOn: String(e.startsOn),
      endsOn: day(e.endsOn),
      createdBy: e.createdBy,
      version: e.version,
    });
  }
}

export const AssistanceProgrammeConnection = connectionType('AssistanceProgramme', AssistanceProgrammeType);

@ObjectType('AssistanceBudget', { description: 'Where a programme’s budget stands, rupiah.' })
export class AssistanceBudgetType {
  @Field(() => Float, { description: 'Lines sent and not yet processed: monthly cost × months.' })
  committed!: number;

  @Field(() => Float, { description: 'Lines registered: monthly cost × months.' })
  spent!: number;

  @Field(() => Float)
  remaining!: number;

  @Field(() => Int, { description: 'Workers whose paid cover runs today.' })
  peopleCovered!: number;
}

@InputType('AssistanceProgrammeFields')
export class AssistanceProgrammeFieldsInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  legalBasis!: string;

  @Field(() => Float, { description: 'Rupiah.' })
  budget!: number;

  @Field(() => Int)
  monthsOfCover!: number;

  @Field(() => [ProgrammeEnum])
  programmes!: Programme[];

  @Field(() => Boolean, { defaultValue: true })
  bpuOnly!: boolean;

  @Field(() => Int, { nullable: true })
  incomeCeiling?: number | null;

  @Field(() => [String], { defaultValue: [] })
  districtCodes!: string[];

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  startsOn!: string;

  @Field(() => String, { nullable: true })
  endsOn?: string | null;
}

@InputType('UpdateAssistanceProgrammeInput')
export class UpdateAssistanceProgrammeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => AssistanceProgrammeFieldsInput)
  fields!: AssistanceProgrammeFieldsInput;
}

@ObjectType('AssistanceCoverage', { description: 'The dashboard’s assistance figures for the caller’s organisation.' })
export class AssistanceCoverageType {
  @Field(() => Int, { description: 'Workers whose cover an assistance programme pays today.' })
  workersCovered!: number;

  @Field(() => Int, { description: 'Of them, those whose cover ends within 30 days.' })
  renewalsDue!: number;
}
