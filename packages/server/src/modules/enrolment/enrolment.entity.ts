import {
  ENROLMENT_LINE_STATUSES,
  ENROLMENT_PAYERS,
  ENROLMENT_REQUEST_STATUSES,
  REJECTION_REASONS,
  WORKER_TYPES,
} from '@jamsos/schema';
import { defineEntity, type FilterQuery, type InferEntity, p } from '@mikro-orm/core';
import { createdAt, uuidKey, versionedRecord } from '../common/columns';
import { TENANT_FILTER, tenantFilter } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';

/**
 * A request and its lines belong to the partner that makes it (`organization`) and are read by
 * the BPJS office it is sent to (`recipient`): the data layer's filter says "either", the policies
 * say exactly what each may do (see the enrolment migration): the partner builds drafts, the
 * office sees a sent request and — only under a live ENROLMENT agreement and while the request is
 * open or recently done — its lines' personal data, and is the only one who may process a line.
 */
const partyFilter = {
  [TENANT_FILTER]: {
    name: TENANT_FILTER,
    cond: (args: { id?: string; off?: boolean }): FilterQuery<{ organization: string; recipient: string }> =>
      args.off ? {} : { $or: [{ organization: args.id ?? '' }, { recipient: args.id ?? '' }] },
    default: true,
  },
};

/** A regency's contribution-assistance programme (bantuan iuran, funded from its APBD). */
export const AssistanceProgramme = defineEntity({
  name: 'AssistanceProgramme',
  tableName: 'assistance_programme',
  filters: tenantFilter,
  properties: {
    id: uuidKey(),
    organization: () => p.manyToOne(Organization),
    name: p.string().length(200),
    /** E.g. "Peraturan Bupati Bantul Nomor 12 Tahun 2026". */
    legalBasis: p.string().length(300),
    /** Rupiah. */
    budget: p.bigint('number'),
    monthsOfCover: p.integer(),
    /** The programmes it pays (typically JKK and JKM). */
    programmes: p.array().default([]),
    bpuOnly: p.boolean().default(true),
    /** Highest declared monthly income it pays for, rupiah; null: no ceiling. */
    incomeCeiling: p.integer().nullable(),
    /** Districts (kapanewon/kemantren) whose workers it pays for; empty: the whole regency. */
    districtCodes: p.array().default([]),
    startsOn: p.date(),
    endsOn: p.date().nullable(),
    createdBy: p.string().length(254),
    ...versionedRecord(),
  },
});
export type IAssistanceProgramme = InferEntity<typeof AssistanceProgramme>;

export const EnrolmentRequest = defineEntity({
  name: 'EnrolmentRequest',
  tableName: 'enrolment_request',
  filters: partyFilter,
  properties: {
    id: uuidKey(),
    organization: () => p.manyToOne(Organization),
    recipient: () => p.manyToOne(Organization).fieldName('recipient_org_id'),
    title: p.string().length(200),
    note: p.string().length(2000).default(''),
    status: p.enum(ENROLMENT_REQUEST_STATUSES).default('DRAFT'),
    /** The outreach task it was made for (the partner is a party to it); a plain id: BPJS may not see the task. */
    taskId: p.uuid().nullable(),
    /** The partner's assistance programme its ASSISTANCE lines are charged to. */
    assistanceProgrammeId: p.uuid().nullable(),
    lineCount: p.integer().default(0),
    registeredCount: p.integer().default(0),
    rejectedCount: p.integer().default(0),
    /** Rupiah a month, every line together (snapshot of the rates when sent). */
    monthlyTotal: p.bigint('number').default(0),
    sentAt: p.datetime().nullable(),
    sentBy: p.string().length(254).nullable(),
    doneAt: p.datetime().nullable(),
    /** After this day the BPJS office no longer sees the lines (set when the request is done). */
    shareUntil: p.date().nullable(),
    createdBy: p.string().length(254),
    ...versionedRecord(),
  },
});
export type IEnrolmentRequest = InferEntity<typeof EnrolmentRequest>;

export const EnrolmentLine = defineEntity({
  name: 'EnrolmentLine',
  tableName: 'enrolment_line',
  filters: partyFilter,
  properties: {
    id: uuidKey(),
    request: () => p.manyToOne(EnrolmentRequest),
    organization: () => p.manyToOne(Organization),
    recipient: () => p.manyToOne(Organization).fieldName('recipient_org_id'),
    /** The partner's worker; a plain id (BPJS never reads the worker table). */
    workerId: p.uuid(),
    position: p.integer(),
    // What is shared with BPJS: copied from the registry when the line is added and again when sent.
    nik: p.string().length(16),
    fullName: p.string().length(200),
    birthDate: p.date(),
    workerType: p.enum(WORKER_TYPES),
    businessName: p.string().length(200).default(''),
    districtCode: p.string().length(11).nullable(),
    /** PU wage or BPU declared income, rupiah a month. */
    monthlyWage: p.integer().nullable(),
    programmes: p.array().default([]),
    payer: p.enum(ENROLMENT_PAYERS),
    jkkRiskClass: p.integer().nullable(),
    /** The contribution as calculated with the rates of the day (parts, totals, rate version). */
    contribution: p.json<Record<string, unknown>>().nullable(),
    monthlyTotal: p.integer().default(0),
    /** What an assistance programme pays for this line a month. */
    assistanceMonthly: p.integer().default(0),
    /** The programme's months of cover when sent: what the line costs it is monthly × months. */
    assistanceMonths: p.integer().nullable(),
    rateVersion: p.string().length(64).nullable(),
    status: p.enum(ENROLMENT_LINE_STATUSES).default('PENDING'),
    rejectionReason: p.enum(REJECTION_REASONS).nullable(),
    rejectionNote: p.string().length(500).nullable(),
    existingKpj: p.string().length(11).nullable(),
    kpj: p.string().length(11).nullable(),
    effectiveDate: p.date().nullable(),
    registeredProgrammes: p.array().default([]),
    /** Assistance cover paid until (effective date + the programme's months). */
    coverUntil: p.date().nullable(),
    processedAt: p.datetime().nullable(),
    processedBy: p.string().length(254).nullable(),
    createdAt: createdAt(),
  },
});
export type IEnrolmentLine = InferEntity<typeof EnrolmentLine>;
