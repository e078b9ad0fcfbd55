import { type BusinessDraft, type BusinessValues, checkBusiness, type LegalForm, type SizeClass } from '@jamsos/schema';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { setArchived } from '../audit/archive';
import { audit, diff } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import { checkVersion, flushVersioned } from '../common/optimistic';
import { invalidInput } from '../common/problems';
import { ownedBy, type RequestScope, sqlTenant } from '../common/scope';
import { keptRegistryTotal, pageWithTotal, SqlConditions, selectAs } from '../common/sql-page';
import type { Viewer } from '../common/viewer';
import { organizationEntity } from '../organization/organization.entity';
import { Business, type IBusiness } from './business.entity';

export const BUSINESS_COVERAGES = ['NO_WORKERS', 'NONE', 'PARTIAL', 'FULL'] as const;
export type BusinessCoverage = (typeof BUSINESS_COVERAGES)[number];
export const BUSINESS_SORTS = ['NAME', 'FOUNDED_YEAR', 'CREATED_AT', 'WORKER_COUNT', 'COVERAGE_RATE'] as const;
export type BusinessSort = (typeof BUSINESS_SORTS)[number];

/** The fields a business row `b` is filtered by, in the business list and the worker list alike. */
export interface BusinessFieldFilter {
  regencyCode?: string | null;
  districtCode?: string | null;
  villageCode?: string | null;
  kbliSection?: string | null;
  sizeClass?: SizeClass | null;
  legalForm?: LegalForm | null;
  kadinMember?: boolean | null;
}

export interface BusinessFilter extends BusinessFieldFilter {
  coverage?: BusinessCoverage | null;
  /** A name fragment, or digits: the start of a NIB. */
  search?: string | null;
  /** Archived businesses instead of live ones. */
  archived?: boolean | null;
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A business's own columns, as lists and records read them. */
export type BusinessRecord = Pick<
  IBusiness,
  | 'id'
  | 'legalForm'
  | 'name'
  | 'nib'
  | 'cooperativeNumber'
  | 'kbliSection'
  | 'sizeClass'
  | 'regencyCode'
  | 'districtCode'
  | 'villageCode'
  | 'address'
  | 'contactName'
  | 'contactPhone'
  | 'foundedYear'
  | 'kadinMember'
  | 'archivedAt'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
>;

/** A row of a business list: the business and its worker counts (kept by triggers). */
export interface BusinessListRow extends BusinessRecord {
  workerCount: number;
  enrolledCount: number;
}

const RECORD_COLUMNS = {
  id: 'b.id',
  legalForm: 'b.legal_form',
  name: 'b.name',
  nib: 'b.nib',
  cooperativeNumber: 'b.cooperative_number',
  kbliSection: 'b.kbli_section',
  sizeClass: 'b.size_class',
  regencyCode: 'b.regency_code',
  districtCode: 'b.district_code',
  villageCode: 'b.village_code',
  address: 'b.address',
  contactName: 'b.contact_name',
  contactPhone: 'b.contact_phone',
  foundedYear: 'b.founded_year',
  kadinMember: 'b.kadin_member',
  archivedAt: 'b.archived_at',
  version: 'b.version',
  createdAt: 'b.created_at',
  updatedAt: 'b.updated_at',
} as const satisfies Record<keyof BusinessRecord, string>;

const WORKERS = 'coalesce(c.worker_count, 0)';
const ENROLLED = 'coalesce(c.enrolled_count, 0)';
/** A business row `b` as a BusinessRecord (for other modules' SQL that reads businesses). */
export const BUSINESS_RECORD_SELECT = selectAs(RECORD_COLUMNS);
const LIST_SELECT = `${BUSINESS_RECORD_SELECT}, ${WORKERS} as "workerCount", ${ENROLLED} as "enrolledCount"`;
/** Counts are readable wherever their business is (the tenant's own; a grantor's under a directory agreement). */
const JOIN_COUNTS = 'left join business_counts c on c.business_id = b.id and c.organization_id = b.organization_id';
const WITH_COUNTS = `business b ${JOIN_COUNTS}`;

const COVERAGE_CONDITIONS: Record<BusinessCoverage, string> = {
  NO_WORKERS: `${WORKERS} = 0`,
  NONE: `${WORKERS} > 0 and ${ENROLLED} = 0`,
  PARTIAL: `${ENROLLED} > 0 and ${ENROLLED} < ${WORKERS}`,
  FULL: `${WORKERS} > 0 and ${ENROLLED} = ${WORKERS}`,
};

export function addBusinessFieldConditions(where: SqlConditions, filter: BusinessFieldFilter): SqlConditions {
  if (filter.regencyCode) where.add('b.regency_code = ?', filter.regencyCode);
  if (filter.districtCode) where.add('b.district_code = ?', filter.districtCode);
  if (filter.villageCode) where.add('b.village_code = ?', filter.villageCode);
  if (filter.kbliSection) where.add('b.kbli_section = ?', filter.kbliSection);
  if (filter.sizeClass) where.add('b.size_class = ?', filter.sizeClass);
  if (filter.legalForm) where.add('b.legal_form = ?', filter.legalForm);
  if (typeof filter.kadinMember === 'boolean') where.add('b.kadin_member = ?', filter.kadinMember);
  return where;
}

/**
 * The list's conditions after the registry's, which `where` already holds: whose registry is read
 * is always the first condition (see listBusinesses and listRegistryBusinesses).
 */
function businessConditions(where: SqlConditions, filter: BusinessFilter): SqlConditions {
  where.add(filter.archived ? 'b.archived_at is not null' : 'b.archived_at is null');
  addBusinessFieldConditions(where, filter);
  const search = filter.search?.trim();
  if (search) {
    if (/^\d+$/.test(search)) where.add('b.nib like ?', `${search}%`);
    else where.add('b.name ilike ?', `%${likeEscape(search)}%`);
  }
  if (filter.coverage) where.add(`(${COVERAGE_CONDITIONS[filter.coverage]})`);
  return where;
}

/**
 * No condition but live or archived (a list's first view): its total is the registry's, which
 * the database keeps (see the registry_counts migration), so it is read rather than counted.
 */
export function isUnfiltered(filter: object): boolean {
  return Object.entries(filter).every(
    ([key, value]) =>
      key === 'archived' || value === null || value === undefined || (typeof value === 'string' && value.trim() === ''),
  );
}

export function businessOrder(sort: BusinessSort, descending: boolean): string {
  const direction = descending ? 'desc' : 'asc';
  const primary = {
    NAME: `b.name ${direction}`,
    FOUNDED_YEAR: `b.founded_year ${direction} nulls last`,
    CREATED_AT: `b.created_at ${direction}`,
    WORKER_COUNT: `${WORKERS} ${direction}`,
    COVERAGE_RATE: `(${ENROLLED}::float / nullif(${WORKERS}, 0)) ${direction} nulls last`,
  }[sort];
  // A unique tie-breaker, so pages never overlap or skip a row.
  return `${primary}, b.id asc`;
}

export interface BusinessOrder {
  sort: BusinessSort;
  descending: boolean;
}

/**
 * One page of the caller's own registry with its worker counts and the list's total. The tenant
 * is written into the conditions (row-level security enforces the same underneath), except when
 * the isolation tests switched layer 2 off to show that RLS holds alone (see sqlTenant).
 */
export function listBusinesses(
  scope: RequestScope,
  filter: BusinessFilter,
  order: BusinessOrder,
  window: { limit: number; offset: number },
): Promise<[BusinessListRow[], number]> {
  const where = new SqlConditions();
  const tenant = sqlTenant(scope);
  if (tenant) where.add('b.organization_id = ?', tenant);
  return pageOfBusinesses(scope.em, { where, id: tenant }, filter, order, window);
}

/**
 * One page of another tenant's registry, `registryOf`, read under an agreement it granted the
 * caller (see listPartnerBusinesses, which checks the agreement first). The grantor is named in
 * the conditions even with layer 2 switched off: it says whose directory, not who may read it;
 * row-level security lets the rows through only while the agreement is live.
 */
export function listRegistryBusinesses(
  scope: RequestScope,
  registryOf: string,
  filter: BusinessFilter,
  order: BusinessOrder,
  window: { limit: number; offset: number },
): Promise<[BusinessListRow[], number]> {
  const where = new SqlConditions().add('b.organization_id = ?', registryOf);
  return pageOfBusinesses(scope.em, { where, id: registryOf }, filter, order, window);
}

/**
 * One page of businesses and the list's total: one SQL statement, no ORM entities (a list page
 * only reads; see docs/benchmarks.md for what the ORM's query building and hydration cost per page).
 */
async function pageOfBusinesses(
  em: EntityManager,
  registry: { where: SqlConditions; id: string | null },
  filter: BusinessFilter,
  order: BusinessOrder,
  window: { limit: number; offset: number },
): Promise<[BusinessListRow[], number]> {
  const query = {
    select: LIST_SELECT,
    where: businessConditions(registry.where, filter),
    // The whole registry's total is kept (registry_count): one row read instead of a count.
    keptTotal:
      registry.id && isUnfiltered(filter)
        ? keptRegistryTotal(filter.archived ? 'archived_businesses' : 'businesses', registry.id)
        : undefined,
    orderBy: businessOrder(order.sort, order.descending),
    ...window,
  };
  // Counts are joined before the page is cut only when the filter or the order needs them;
  // otherwise for the page's rows alone (20 lookups instead of one per matching business).
  if (filter.coverage) return pageWithTotal<BusinessListRow>(em, { ...query, from: WITH_COUNTS });
  if (order.sort === 'WORKER_COUNT' || order.sort === 'COVERAGE_RATE')
    return pageWithTotal<BusinessListRow>(em, { ...query, from: WITH_COUNTS, countFrom: 'business b' });
  return pageWithTotal<BusinessListRow>(em, {
    ...query,
    from: 'business b',
    joinPage: { alias: 'b', join: JOIN_COUNTS },
  });
}

/** A business of the caller's registry; another tenant's is "not found", like one that does not exist. */
async function findOwnBusiness(scope: RequestScope, id: string): Promise<IBusiness> {
  const business = await scope.em.findOne(Business, { id, ...ownedBy(scope) });
  if (!business) throw appError(ErrorCode.NotFound, 'No such business.');
  return business;
}

function keeperOf(viewer: Viewer) {
  return { kind: viewer.organization.kind, regencyCode: viewer.organization.regencyCode ?? null };
}

function checked(draft: BusinessDraft, viewer: Viewer): BusinessValues {
  const result = checkBusiness(draft, keeperOf(viewer));
  if (!result.ok) throw invalidInput(result.problems);
  return result.values;
}

async function flushOrExplain(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    // NIBs are unique within the tenant only, so this never reveals another tenant's business.
    if (error instanceof UniqueConstraintViolationException) {
      throw invalidInput([{ field: 'nib', problem: 'DUPLICATE' }]);
    }
    throw error;
  }
}

export async function createBusiness(scope: RequestScope, draft: BusinessDraft): Promise<IBusiness> {
  const { em, viewer } = scope;
  const values = checked(draft, viewer);
  const business = em.create(Business, { ...values, organization: organizationEntity(em, viewer) });
  audit(scope, {
    action: 'business.create',
    objectType: 'Business',
    objectId: business.id,
    changes: { ...values },
  });
  await flushOrExplain(em);
  return business;
}

/** Applies a whole edited form, refusing it when it was made on a stale version. */
export async function updateBusiness(
  scope: RequestScope,
  id: string,
  expectedVersion: number,
  draft: BusinessDraft,
): Promise<IBusiness> {
  const { em } = scope;
  const business = await findOwnBusiness(scope, id);
  await checkVersion(scope, 'Business', business, expectedVersion);
  const checkedValues = checked(draft, scope.viewer);
  // A client that sends no village at all (one from before villages) keeps the stored one, as an import does.
  const keepsVillage = draft.village === undefined && checkedValues.districtCode === business.districtCode;
  const values = keepsVillage ? { ...checkedValues, villageCode: business.villageCode ?? null } : checkedValues;
  const changes = diff(business, values);
  if (Object.keys(changes).length === 0) return business;
  em.assign(business, values);
  audit(scope, {
    action: 'business.update',
    objectType: 'Business',
    objectId: id,
    changes: { ...changes, version: { before: business.version, after: business.version + 1 } },
  });
  await flushVersioned(scope, 'Business', id, expectedVersion, () => flushOrExplain(em));
  return business;
}

export async function setBusinessArchived(
  scope: RequestScope,
  id: string,
  expectedVersion: number,
  archived: boolean,
): Promise<IBusiness> {
  const business = await findOwnBusiness(scope, id);
  return setArchived(scope, 'Business', business, expectedVersion, archived);
}
