import { checkWorker, type SizeClass, type WorkerDraft, type WorkerValues } from '@jamsos/schema';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { setArchived } from '../audit/archive';
import { audit, diff } from '../audit/audit.service';
import { Business, type IBusiness } from '../business/business.entity';
import { addBusinessFieldConditions, likeEscape } from '../business/business.service';
import { appError, ErrorCode } from '../common/errors';
import { checkVersion, flushVersioned } from '../common/optimistic';
import { invalidInput } from '../common/problems';
import { makeScope } from '../common/scope';
import { pageWithTotal, SqlConditions, selectAs } from '../common/sql-page';
import { tenantScope } from '../common/tenancy';
import type { Viewer } from '../common/viewer';
import { organizationEntity } from '../organization/organization.entity';
import { Employment, type IWorker, Worker } from './worker.entity';

export const WORKER_SORTS = ['NAME', 'CREATED_AT', 'ENROLLED_ON'] as const;
export type WorkerSort = (typeof WORKER_SORTS)[number];

export interface WorkerFilter {
  businessId?: string | null;
  regencyCode?: string | null;
  districtCode?: string | null;
  kbliSection?: string | null;
  kadinMember?: boolean | null;
  sizeClass?: IBusiness['sizeClass'] | null;
  legalForm?: IBusiness['legalForm'] | null;
  coverageStatus?: IWorker['coverageStatus'] | null;
  workerType?: IWorker['workerType'] | null;
  /** A name fragment; or digits: a NIK or KPJ prefix (see `searchCondition`). */
  search?: string | null;
  archived?: boolean | null;
}

/** Roles that may see workers' personal data in full (and search by NIK prefix). */
export function mayViewPersonalData(viewer: Viewer): boolean {
  return viewer.user.role === 'ADMIN' || viewer.user.role === 'STAFF';
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
  version: 'w.version',
  createdAt: 'w.created_at',
  updatedAt: 'w.updated_at',
} as const satisfies Record<keyof WorkerRecord, string>;
const LIST_SELECT = selectAs(RECORD_COLUMNS);

/**
 * Digits search NIK and KPJ. A prefix search would let someone who may see only masked NIKs
 * recover a whole NIK digit by digit, so for them digits must be a whole NIK or KPJ.
 */
function searchCondition(where: SqlConditions, search: string, viewer: Viewer): void {
  // Names are not a condition: their matches are the rows listed (see `listWorkers`).
  if (isNameSearch(search)) return;
  if (mayViewPersonalData(viewer)) where.add('(w.nik like ? or w.kpj like ?)', `${search}%`, `${search}%`);
  else where.add('(w.nik = ? or w.kpj = ?)', search, search);
}

/**
 * The list's conditions, tenant first (row-level security enforces the same underneath; null
 * only when the isolation tests switched the data layer's scoping off, see tenantScope).
 */
export function workerConditions(tenant: string | null, filter: WorkerFilter, viewer: Viewer): SqlConditions {
  const where = new SqlConditions();
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
  const search = filter.search?.trim();
  if (search) searchCondition(where, search, viewer);
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
  em: EntityManager,
  viewer: Viewer,
  filter: WorkerFilter,
  order: { sort: WorkerSort; descending: boolean },
  window: { limit: number; offset: number },
): Promise<[WorkerRecord[], number]> {
  const search = filter.search?.trim();
  // A name search reads the tenant's matching workers through the trigram index, inside a
  // function that applies the tenant itself (see the worker_name_search migration); the other
  // conditions then narrow those rows. Computed once for both the count and the page.
  const byName = isNameSearch(search);
  return pageWithTotal<WorkerRecord>(em, {
    with: byName
      ? { sql: 'name_matches as (select * from app_worker_name_search(?))', params: [`%${likeEscape(search)}%`] }
      : undefined,
    select: LIST_SELECT,
    from: byName ? 'name_matches w' : 'worker w',
    where: workerConditions(tenantScope(em), filter, viewer),
    orderBy: workerOrder(order.sort, order.descending),
    ...window,
  });
}

export async function findOwnWorker(em: EntityManager, id: string): Promise<IWorker> {
  const worker = await em.findOne(Worker, { id });
  if (!worker) throw appError(ErrorCode.NotFound, 'No such worker.');
  return worker;
}

const SIZE_ORDER: readonly SizeClass[] = ['MIKRO', 'KECIL', 'MENENGAH'];

/** The worker's businesses, which must be live businesses of the caller's tenant. */
async function ownBusinesses(em: EntityManager, ids: readonly string[]): Promise<IBusiness[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw invalidInput([{ field: 'businessIds', problem: 'REQUIRED' }]);
  const found = await em.find(Business, { id: { $in: unique } });
  // Another tenant's business is "unknown", exactly like one that does not exist.
  if (found.length !== unique.length) throw invalidInput([{ field: 'businessIds', problem: 'BUSINESS_UNKNOWN' }]);
  if (found.some((b) => b.archivedAt)) throw invalidInput([{ field: 'businessIds', problem: 'ARCHIVED' }]);
  return found;
}

function largestSize(businesses: readonly IBusiness[]): SizeClass | null {
  let largest: SizeClass | null = null;
  for (const b of businesses)
    if (!largest || SIZE_ORDER.indexOf(b.sizeClass) > SIZE_ORDER.indexOf(largest)) largest = b.sizeClass;
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
  em: EntityManager,
  viewer: Viewer,
  businessIds: readonly string[],
  draft: WorkerDraft,
): Promise<IWorker> {
  const businesses = await ownBusinesses(em, businessIds);
  const values = checked(draft, businesses);
  const organization = organizationEntity(em, viewer);
  const worker = em.create(Worker, { ...values, organization });
  for (const business of businesses) em.create(Employment, { worker, business, organization });
  const changes = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { before: null, after: v }]));
  audit(em, viewer, {
    action: 'worker.create',
    objectType: 'Worker',
    objectId: worker.id,
    changes: { ...redacted(changes), businesses: businesses.map((b) => b.id) },
  });
  await flushWorker(em);
  return worker;
}

export async function updateWorker(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  businessIds: readonly string[],
  draft: WorkerDraft,
): Promise<IWorker> {
  const worker = await findOwnWorker(em, id);
  await checkVersion(makeScope(em, viewer), 'Worker', worker, expectedVersion);
  const businesses = await ownBusinesses(em, businessIds);
  const values = checked(draft, businesses);
  const changes: Record<string, unknown> = redacted(diff(worker, values));
  const current = await em.find(Employment, { worker: id });
  const before = new Set(current.map((e) => e.business.id));
  const after = new Set(businesses.map((b) => b.id));
  const sameBusinesses = before.size === after.size && [...before].every((b) => after.has(b));
  if (Object.keys(changes).length === 0 && sameBusinesses) return worker;
  if (!sameBusinesses) {
    for (const employment of current) if (!after.has(employment.business.id)) em.remove(employment);
    const organization = organizationEntity(em, viewer);
    for (const business of businesses) {
      if (!before.has(business.id)) em.create(Employment, { worker, business, organization });
    }
    changes.businesses = { before: [...before], after: [...after] };
  }
  em.assign(worker, values);
  // Touching the row moves the version with every saved change, employment changes included.
  worker.updatedAt = new Date();
  audit(em, viewer, {
    action: 'worker.update',
    objectType: 'Worker',
    objectId: id,
    changes: { ...changes, version: { before: worker.version, after: worker.version + 1 } },
  });
  await flushVersioned(makeScope(em, viewer), 'Worker', id, expectedVersion, () => flushWorker(em));
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
  em: EntityManager,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  businessIds: readonly string[],
  details: WorkerDetails,
): Promise<IWorker> {
  const worker = await findOwnWorker(em, id);
  return updateWorker(em, viewer, id, expectedVersion, businessIds, {
    ...details,
    nik: worker.nik,
    monthlyIncome: worker.monthlyIncome ?? null,
    phone: worker.phone ?? null,
  });
}

export async function setWorkerArchived(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  archived: boolean,
): Promise<IWorker> {
  return setArchived(makeScope(em, viewer), 'Worker', await findOwnWorker(em, id), expectedVersion, archived);
}

/** Records a full view of a worker's personal data (UU 27/2022: keep a record of access). */
export function auditPersonalDataView(em: EntityManager, viewer: Viewer, workerId: string): void {
  audit(em, viewer, { action: 'worker.viewPersonalData', objectType: 'Worker', objectId: workerId });
}
