import { checkWorker, SIZE_CLASSES, type SizeClass, type WorkerDraft, type WorkerValues } from '@jamsos/schema';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { setArchived } from '../audit/archive';
import { audit, diff } from '../audit/audit.service';
import { Business, type IBusiness } from '../business/business.entity';
import {
  addBusinessFieldConditions,
  type BusinessFieldFilter,
  isUnfiltered,
  likeEscape,
} from '../business/business.service';
import { appError, ErrorCode } from '../common/errors';
import { checkVersion, flushVersioned } from '../common/optimistic';
import { invalidInput } from '../common/problems';
import { ownedBy, type RequestScope, sqlTenant } from '../common/scope';
import { keptRegistryTotal, pageWithTotal, SqlConditions, selectAs } from '../common/sql-page';
import { organizationEntity } from '../organization/organization.entity';
import { Employment, type IWorker, Worker } from './worker.entity';
import { mayViewPersonalData } from './worker.rules';

export const WORKER_SORTS = ['NAME', 'CREATED_AT', 'ENROLLED_ON'] as const;
export type WorkerSort = (typeof WORKER_SORTS)[number];

/** The business fields filter by the worker's businesses: a worker matches when one of them does. */
export interface WorkerFilter extends BusinessFieldFilter {
  businessId?: string | null;
  coverageStatus?: IWorker['coverageStatus'] | null;
  workerType?: IWorker['workerType'] | null;
  /** A name fragment; or digits: a NIK or KPJ prefix (see `searchCondition`). */
  search?: string | null;
  archived?: boolean | null;
  /** Only workers marked as wanting to join BPJS (the enrolment request builder's pick). */
  enrolmentInterest?: boolean | null;
}

/** A worker's own columns, as lists and records read them. */
export type WorkerRecord = Pick<
  IWorker,
  | 'id'
  | 'nik'
  | 'fullName'
  | 'sex'
  | 'birthDate'
  | 'workerType'
  | 'occupation'
  | 'monthlyIncome'
  | 'phone'
  | 'kpj'
  | 'coverageStatus'
  | 'programmes'
  | 'enrolledOn'
  | 'archivedAt'
  | 'enrolmentInterestAt'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
>;

/** Dates as the entity reads them ('YYYY-MM-DD'). */
const RECORD_COLUMNS = {
  id: 'w.id',
  nik: 'w.nik',
  fullName: 'w.full_name',
  sex: 'w.sex',
  birthDate: 'w.birth_date::text',
  workerType: 'w.worker_type',
  occupation: 'w.occupation',
  monthlyIncome: 'w.monthly_income',
  phone: 'w.phone',
  kpj: 'w.kpj',
  coverageStatus: 'w.coverage_status',
  programmes: 'w.programmes',
  enrolledOn: 'w.enrolled_on::text',
  archivedAt: 'w.archived_at',
  enrolmentInterestAt: 'w.enrolment_interest_at',
  version: 'w.version',
  createdAt: 'w.created_at',
  updatedAt: 'w.updated_at',
} as const satisfies Record<keyof WorkerRecord, string>;
const LIST_SELECT = selectAs(RECORD_COLUMNS);

/**
 * Digits search NIK and KPJ. A prefix search would let someone who may see only masked NIKs
 * recover a whole NIK digit by digit, so for them digits must be a whole NIK or KPJ.
 */
function searchCondition(where: SqlConditions, search: string, scope: RequestScope): void {
  // Names are not a condition: their matches are the rows listed (see `listWorkers`).
  if (isNameSearch(search)) return;
  if (mayViewPersonalData(scope.viewer)) where.add('(w.nik like ? or w.kpj like ?)', `${search}%`, `${search}%`);
  else where.add('(w.nik = ? or w.kpj = ?)', search, search);
}

/**
 * The list's conditions, the caller's tenant first (row-level security enforces the same
 * underneath; left out only when the isolation tests switched layer 2 off, see sqlTenant).
 */
function workerConditions(scope: RequestScope, filter: WorkerFilter): SqlConditions {
  const where = new SqlConditions();
  const tenant = sqlTenant(scope);
  if (tenant) where.add('w.organization_id = ?', tenant);
  where.add(filter.archived ? 'w.archived_at is not null' : 'w.archived_at is null');
  const business = new SqlConditions();
  if (filter.businessId) business.add('b.id = ?', filter.businessId);
  addBusinessFieldConditions(business, filter);
  if (business.params.length > 0) {
    where.add(
      `exists (select 1 from employment e join business b on b.id = e.business_id
                where e.worker_id = w.id and e.organization_id = w.organization_id and ${business.sql})`,
      ...business.params,
    );
  }
  if (filter.coverageStatus) where.add('w.coverage_status = ?', filter.coverageStatus);
  if (filter.workerType) where.add('w.worker_type = ?', filter.workerType);
  if (filter.enrolmentInterest) where.add('w.enrolment_interest_at is not null');
  const search = filter.search?.trim();
  if (search) searchCondition(where, search, scope);
  return where;
}

/** Letters search names; digits, NIK and KPJ. */
function isNameSearch(search: string | undefined): search is string {
  return Boolean(search) && !/^\d+$/.test(search ?? '');
}

export function workerOrder(sort: WorkerSort, descending: boolean): string {
  const direction = descending ? 'desc' : 'asc';
  const primary = {
    NAME: `w.full_name ${direction}`,
    CREATED_AT: `w.created_at ${direction}`,
    ENROLLED_ON: `w.enrolled_on ${direction} nulls last`,
  }[sort];
  return `${primary}, w.id asc`;
}

/** One page of the tenant's workers and the list's total, in one SQL statement (see listBusinesses). */
export async function listWorkers(
  scope: RequestScope,
  filter: WorkerFilter,
  order: { sort: WorkerSort; descending: boolean },
  window: { limit: number; offset: number },
): Promise<[WorkerRecord[], number]> {
  const search = filter.search?.trim();
  // A name search reads the tenant's matching workers through the trigram index, inside a
  // function that applies the tenant itself (see the worker_name_search migration); the other
  // conditions then narrow those rows. Computed once for both the count and the page.
  const byName = isNameSearch(search);
  const tenant = sqlTenant(scope);
  return pageWithTotal<WorkerRecord>(scope.em, {
    // The tenant's whole registry: its total is kept (registry_count), not counted (82,000 rows in Bantul).
    keptTotal:
      tenant && isUnfiltered(filter)
        ? keptRegistryTotal(filter.archived ? 'archived_workers' : 'workers', tenant)
        : undefined,
    with: byName
      ? { sql: 'name_matches as (select * from app_worker_name_search(?))', params: [`%${likeEscape(search)}%`] }
      : undefined,
    select: LIST_SELECT,
    from: byName ? 'name_matches w' : 'worker w',
    where: workerConditions(scope, filter),
    orderBy: workerOrder(order.sort, order.descending),
    ...window,
  });
}

/** A worker of the caller's registry; another tenant's is "not found", like one that does not exist. */
export async function findOwnWorker(scope: RequestScope, id: string): Promise<IWorker> {
  const worker = await scope.em.findOne(Worker, { id, ...ownedBy(scope) });
  if (!worker) throw appError(ErrorCode.NotFound, 'No such worker.');
  return worker;
}

/** The worker's businesses, which must be live businesses of the caller's tenant. */
async function ownBusinesses(scope: RequestScope, ids: readonly string[]): Promise<IBusiness[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw invalidInput([{ field: 'businessIds', problem: 'REQUIRED' }]);
  const found = await scope.em.find(Business, { id: { $in: unique }, ...ownedBy(scope) });
  // Another tenant's business is "unknown", exactly like one that does not exist.
  if (found.length !== unique.length) throw invalidInput([{ field: 'businessIds', problem: 'BUSINESS_UNKNOWN' }]);
  if (found.some((b) => b.archivedAt)) throw invalidInput([{ field: 'businessIds', problem: 'ARCHIVED' }]);
  return found;
}

function largestSize(businesses: readonly IBusiness[]): SizeClass | null {
  let largest: SizeClass | null = null;
  // SIZE_CLASSES runs from the smallest to the largest.
  for (const b of businesses)
    if (!largest || SIZE_CLASSES.indexOf(b.sizeClass) > SIZE_CLASSES.indexOf(largest)) largest = b.sizeClass;
  return largest;
}

function checked(draft: WorkerDraft, businesses: readonly IBusiness[]): WorkerValues {
  const result = checkWorker(draft, { sizeClass: largestSize(businesses) });
  if (!result.ok) throw invalidInput(result.problems);
  return result.values;
}

async function flushWorker(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    // NIK and KPJ are unique within the tenant only: this never reveals another tenant's worker.
    if (error instanceof UniqueConstraintViolationException) {
      const field = String(error.message).includes('kpj') ? 'kpj' : 'nik';
      throw invalidInput([{ field, problem: 'DUPLICATE' }]);
    }
    throw error;
  }
}

/** Audit-friendly form: personal data is recorded as changed, never its values. */
const PERSONAL: readonly string[] = ['nik', 'birthDate', 'monthlyIncome', 'phone'];
function redacted(changes: Record<string, { before: unknown; after: unknown }>) {
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) => [
      field,
      PERSONAL.includes(field) ? { before: '•', after: '•' } : change,
    ]),
  );
}

export async function createWorker(
  scope: RequestScope,
  businessIds: readonly string[],
  draft: WorkerDraft,
  clientId: string | null = null,
): Promise<IWorker> {
  const { em } = scope;
  if (clientId) {
    // Sent again by a phone that never saw the answer: the worker it already made, unchanged.
    const earlier = await em.findOne(Worker, { clientId, ...ownedBy(scope) });
    if (earlier) return earlier;
  }
  const businesses = await ownBusinesses(scope, businessIds);
  const values = checked(draft, businesses);
  const organization = organizationEntity(em, scope.viewer);
  const worker = em.create(Worker, { ...values, organization, clientId });
  for (const business of businesses) em.create(Employment, { worker, business, organization });
  const changes = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { before: null, after: v }]));
  audit(scope, {
    action: 'worker.create',
    objectType: 'Worker',
    objectId: worker.id,
    changes: { ...redacted(changes), businesses: businesses.map((b) => b.id) },
  });
  await flushWorker(em);
  return worker;
}

export async function updateWorker(
  scope: RequestScope,
  id: string,
  expectedVersion: number,
  businessIds: readonly string[],
  draft: WorkerDraft,
  note: { dataSubjectRequest?: string | null } = {},
): Promise<IWorker> {
  const { em } = scope;
  // A correction a person asked for carries their request's reference into the audit (docs/privacy.md).
  const request = note.dataSubjectRequest?.trim() || null;
  if (request && request.length > 100) throw invalidInput([{ field: 'dataSubjectRequest', problem: 'TOO_LONG' }]);
  const worker = await findOwnWorker(scope, id);
  await checkVersion(scope, 'Worker', worker, expectedVersion);
  const businesses = await ownBusinesses(scope, businessIds);
  const values = checked(draft, businesses);
  const changes: Record<string, unknown> = redacted(diff(worker, values));
  const current = await em.find(Employment, { worker: id, ...ownedBy(scope) });
  const before = new Set(current.map((e) => e.business.id));
  const after = new Set(businesses.map((b) => b.id));
  const sameBusinesses = before.size === after.size && [...before].every((b) => after.has(b));
  if (Object.keys(changes).length === 0 && sameBusinesses) return worker;
  if (!sameBusinesses) {
    for (const employment of current) if (!after.has(employment.business.id)) em.remove(employment);
    const organization = organizationEntity(em, scope.viewer);
    for (const business of businesses) {
      if (!before.has(business.id)) em.create(Employment, { worker, business, organization });
    }
    changes.businesses = { before: [...before], after: [...after] };
  }
  em.assign(worker, values);
  // Touching the row moves the version with every saved change, employment changes included.
  worker.updatedAt = new Date();
  audit(scope, {
    action: 'worker.update',
    objectType: 'Worker',
    objectId: id,
    changes: {
      ...changes,
      version: { before: worker.version, after: worker.version + 1 },
      ...(request ? { dataSubjectRequest: request } : {}),
    },
  });
  await flushVersioned(scope, 'Worker', id, expectedVersion, () => flushWorker(em));
  return worker;
}

/** A worker's fields that are not personal data: editable without showing (and auditing) the NIK, income or phone. */
export type WorkerDetails = Omit<WorkerDraft, 'nik' | 'monthlyIncome' | 'phone'>;

/**
 * Saves a worker's non-personal fields; the NIK, income and phone stay as stored and never reach
 * the browser, so an edit of the occupation or the programmes needs no (audited) reveal. The same
 * checks, version check and audit record as a full update.
 */
export async function updateWorkerDetails(
  scope: RequestScope,
  id: string,
  expectedVersion: number,
  businessIds: readonly string[],
  details: WorkerDetails,
): Promise<IWorker> {
  const worker = await findOwnWorker(scope, id);
  return updateWorker(scope, id, expectedVersion, businessIds, {
    ...details,
    nik: worker.nik,
    monthlyIncome: worker.monthlyIncome ?? null,
    phone: worker.phone ?? null,
  });
}

export async function setWorkerArchived(
  scope: RequestScope,
  id: string,
  expectedVersion: number,
  archived: boolean,
): Promise<IWorker> {
  const worker = await findOwnWorker(scope, id);
  return setArchived(scope, 'Worker', worker, expectedVersion, archived);
}

/** Records a full view of a worker's personal data (UU 27/2022: keep a record of access). */
export function auditPersonalDataView(scope: RequestScope, workerId: string): void {
  audit(scope, { action: 'worker.viewPersonalData', objectType: 'Worker', objectId: workerId });
}
