import { COVERAGE_STATUSES, WORKER_TYPES } from '@jamsos/schema';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Business } from '../business/business.entity';
import { createdAt, uuidKey, versionedRecord } from '../common/columns';
import { tenantFilter } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';

/**
 * A person working for one or more of a tenant's businesses, with their BPJS Ketenagakerjaan
 * membership. NIK, birth date, income and phone are personal data (UU 27/2022): the API masks
 * them unless a full view is asked for and allowed, and audits every full view.
 */
export const Worker = defineEntity({
  name: 'Worker',
  tableName: 'worker',
  filters: tenantFilter,
  properties: {
    id: uuidKey(),
    organization: () => p.manyToOne(Organization),
    /** Unique within the tenant (not across tenants: another tenant's NIK is never revealed). */
    nik: p.string().length(16),
    fullName: p.string().length(200),
    /** Derived from the NIK when it is written. */
    sex: p.string().length(1),
    birthDate: p.date(),
    workerType: p.enum(WORKER_TYPES),
    occupation: p.string().length(120).nullable(),
    /** Monthly wage (PU) or declared income (BPU), in rupiah. */
    monthlyIncome: p.integer().nullable(),
    phone: p.string().length(20).nullable(),
    /** Nomor KPJ on the member card. */
    kpj: p.string().length(11).nullable(),
    coverageStatus: p.enum(COVERAGE_STATUSES).default('NOT_ENROLLED'),
    programmes: p.array().default([]),
    enrolledOn: p.date().nullable(),
    /** Where the worker works; lists filter workers by their businesses' region and sector. */
    employments: () => p.oneToMany(Employment).mappedBy('worker'),
    archivedAt: p.datetime().nullable(),
    /** The id the phone gave a worker added in the field (sent again until answered): unique per tenant. */
    clientId: p.uuid().nullable(),
    /** Since when the worker wants to join BPJS (marked by an officer, often in the field). */
    enrolmentInterestAt: p.datetime().nullable(),
    /** The id the phone gave that mark (sent again until answered): unique per tenant. */
    enrolmentInterestClientId: p.uuid().nullable(),
    ...versionedRecord(),
  },
});

export type IWorker = InferEntity<typeof Worker>;

/**
 * That a worker works for a business (a person may work for two of the tenant's). Written
 * explicitly, not through a many-to-many collection, so the tenant subscriber sees every insert. Carries the tenant itself, so row-level security guards it
 * like every other tenant-owned row, and composite keys tie both ends to that same tenant.
 */
export const Employment = defineEntity({
  name: 'Employment',
  tableName: 'employment',
  filters: tenantFilter,
  properties: {
    worker: () => p.manyToOne(Worker).primary(),
    business: () => p.manyToOne(Business).primary(),
    organization: () => p.manyToOne(Organization),
    createdAt: createdAt(),
  },
});

export type IEmployment = InferEntity<typeof Employment>;
