import { checkWorker, type SizeClass, type WorkerDraft, type WorkerValues } from '@jamsos/schema';
import { type FilterQuery, type QueryOrderMap, raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../context';
import { audit, diff } from '../audit/audit.service';
import { Business, type IBusiness } from '../business/business.entity';
import { likeEscape } from '../business/business.service';
import { appError, ErrorCode } from '../common/errors';
import { checkVersion, flushVersioned, setArchived } from '../common/optimistic';
import { invalidInput } from '../common/problems';
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

/**
 * Digits search NIK and KPJ. A prefix search would let someone who may see only masked NIKs
 * recover a whole NIK digit by digit, so for them digits must be a whole NIK or KPJ.
 */
function searchCondition(search: string, viewer: Viewer): FilterQuery<IWorker> {
  if (!/^\d+$/.test(search)) {
    // Through the trigram index, in the caller's tenant only (see the search_and_speed migration).
    const pattern = `%${likeEscape(search)}%`;
    return { [raw((alias) => `${alias}.id = any(array(select app_worker_name_matches(?)))`, [pattern])]: true };
  }
  if (mayViewPersonalData(viewer)) return { $or: [{ nik: { $like: `${search}%` } }, { kpj: { $like: `${search}%` } }] };
  return { $or: [{ nik: search }, { kpj: search }] };
}

export function workerWhere(filter: WorkerFilter, viewer: Viewer): FilterQuery<IWorker> {
  const and: FilterQuery<IWorker>[] = [{ archivedAt: filter.archived ? { $ne: null } : null }];
  const business: FilterQuery<IBusiness> = {
    ...(filter.businessId ? { id: filter.businessId } : {}),
    ...(filter.regencyCode ? { regencyCode: filter.regencyCode } : {}),
    ...(filter.districtCode ? { districtCode: filter.districtCode } : {}),
    ...(filter.kbliSection ? { kbliSection: filter.kbliSection } : {}),
    ...(typeof filter.kadinMember === 'boolean' ? { kadinMember: filter.kadinMember } : {}),
    ...(filter.sizeClass ? { sizeClass: filter.sizeClass } : {}),
    ...(filter.legalForm ? { legalForm: filter.legalForm } : {}),
  };
  if (Object.keys(business).length > 0) and.push({ employments: { business } });
  if (filter.coverageStatus) and.push({ coverageStatus: filter.coverageStatus });
  if (filter.workerType) and.push({ workerType: filter.workerType });
  const search = filter.search?.trim();
  if (search) and.push(searchCondition(search, viewer));
  return { $and: and };
}

export function workerOrder(sort: WorkerSort, descending: boolean): QueryOrderMap<IWorker>[] {
  const direction = descending ? 'desc' : 'asc';
  const primary: QueryOrderMap<IWorker> = {
    NAME: { fullName: direction },
    CREATED_AT: { createdAt: direction },
    ENROLLED_ON: { enrolledOn: descending ? 'desc nulls last' : 'asc nulls last' },
  }[sort] as QueryOrderMap<IWorker>;
  return [primary, { id: 'asc' }];
}

export async function listWorkers(
  em: EntityManager,
  viewer: Viewer,
  filter: WorkerFilter,
  order: { sort: WorkerSort; descending: boolean },
  window: { limit: number; offset: number },
): Promise<[IWorker[], number]> {
  return em.findAndCount(Worker, workerWhere(filter, viewer), {
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
  const worker = em.create(Worker, { ...values, organization: viewer.organization });
  for (const business of businesses) {
    em.create(Employment, { worker, business, organization: viewer.organization });
  }
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
  await checkVersion(em, 'Worker', worker, expectedVersion);
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
    for (const business of businesses) {
      if (!before.has(business.id)) em.create(Employment, { worker, business, organization: viewer.organization });
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
  await flushVersioned(em, 'Worker', id, expectedVersion, () => flushWorker(em));
  return worker;
}

export async function setWorkerArchived(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  archived: boolean,
): Promise<IWorker> {
  return setArchived(em, viewer, 'Worker', await findOwnWorker(em, id), expectedVersion, archived);
}

/** Records a full view of a worker's personal data (UU 27/2022: keep a record of access). */
export function auditPersonalDataView(em: EntityManager, viewer: Viewer, workerId: string): void {
  audit(em, viewer, { action: 'worker.viewPersonalData', objectType: 'Worker', objectId: workerId });
}
