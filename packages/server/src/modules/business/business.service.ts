import { type BusinessDraft, type BusinessValues, checkBusiness } from '@jamsos/schema';
import { type FilterQuery, type QueryOrderMap, raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../context';
import { audit, diff } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import { checkVersion, flushVersioned, setArchived } from '../common/optimistic';
import { invalidInput } from '../common/problems';
import { Business, type IBusiness } from './business.entity';

export const BUSINESS_COVERAGES = ['NO_WORKERS', 'NONE', 'PARTIAL', 'FULL'] as const;
export type BusinessCoverage = (typeof BUSINESS_COVERAGES)[number];
export const BUSINESS_SORTS = ['NAME', 'FOUNDED_YEAR', 'CREATED_AT', 'WORKER_COUNT', 'COVERAGE_RATE'] as const;
export type BusinessSort = (typeof BUSINESS_SORTS)[number];

export interface BusinessFilter {
  regencyCode?: string | null;
  districtCode?: string | null;
  kbliSection?: string | null;
  sizeClass?: IBusiness['sizeClass'] | null;
  legalForm?: IBusiness['legalForm'] | null;
  kadinMember?: boolean | null;
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

/**
 * Live (and enrolled) workers of the business row `alias`, from `business_counts` (kept by
 * triggers in the same transaction as every change). Raw SQL, so the tenant is written in.
 */
const COUNT = (alias: string, enrolledOnly: boolean) =>
  `coalesce((select c."${enrolledOnly ? 'enrolled_count' : 'worker_count'}" from "business_counts" c
    where c."business_id" = ${alias}."id" and c."organization_id" = ${alias}."organization_id"), 0)`;

/**
 * The list's conditions. Tenant scoping is not here on purpose: the tenant filter adds it to
 * every query of the entity, and row-level security enforces it underneath.
 */
export function businessWhere(filter: BusinessFilter): FilterQuery<IBusiness> {
  const and: FilterQuery<IBusiness>[] = [{ archivedAt: filter.archived ? { $ne: null } : null }];
  if (filter.regencyCode) and.push({ regencyCode: filter.regencyCode });
  if (filter.districtCode) and.push({ districtCode: filter.districtCode });
  if (filter.kbliSection) and.push({ kbliSection: filter.kbliSection });
  if (filter.sizeClass) and.push({ sizeClass: filter.sizeClass });
  if (filter.legalForm) and.push({ legalForm: filter.legalForm });
  if (filter.kadinMember !== null && filter.kadinMember !== undefined) and.push({ kadinMember: filter.kadinMember });
  const search = filter.search?.trim();
  if (search) {
    and.push(/^\d+$/.test(search) ? { nib: { $like: `${search}%` } } : { name: { $ilike: `%${likeEscape(search)}%` } });
  }
  if (filter.coverage) {
    const all = COUNT('b0', false);
    const enrolled = COUNT('b0', true);
    const condition = {
      NO_WORKERS: `${all} = 0`,
      NONE: `${all} > 0 and ${enrolled} = 0`,
      PARTIAL: `${enrolled} > 0 and ${enrolled} < ${all}`,
      FULL: `${all} > 0 and ${enrolled} = ${all}`,
    }[filter.coverage];
    and.push({ [raw((alias) => `(${condition.replaceAll('b0', alias)})`)]: true } as FilterQuery<IBusiness>);
  }
  return { $and: and };
}

export function businessOrder(sort: BusinessSort, descending: boolean): QueryOrderMap<IBusiness>[] {
  const direction = descending ? 'desc' : 'asc';
  const nulls = descending ? 'desc nulls last' : 'asc nulls last';
  const primary: QueryOrderMap<IBusiness> = {
    NAME: { name: direction },
    FOUNDED_YEAR: { foundedYear: nulls },
    CREATED_AT: { createdAt: direction },
    WORKER_COUNT: { [raw((alias) => COUNT(alias, false))]: direction },
    COVERAGE_RATE: {
      [raw((alias) => `(${COUNT(alias, true)}::float / nullif(${COUNT(alias, false)}, 0))`)]: nulls,
    },
  }[sort] as QueryOrderMap<IBusiness>;
  // A unique tie-breaker, so pages never overlap or skip a row.
  return [primary, { id: 'asc' }];
}

export async function listBusinesses(
  em: EntityManager,
  filter: BusinessFilter,
  order: { sort: BusinessSort; descending: boolean },
  window: { limit: number; offset: number },
): Promise<[IBusiness[], number]> {
  return em.findAndCount(Business, businessWhere(filter), {
    orderBy: businessOrder(order.sort, order.descending),
    ...window,
  });
}

async function findOwnBusiness(em: EntityManager, id: string): Promise<IBusiness> {
  const business = await em.findOne(Business, { id });
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

export async function createBusiness(em: EntityManager, viewer: Viewer, draft: BusinessDraft): Promise<IBusiness> {
  const values = checked(draft, viewer);
  const business = em.create(Business, { ...values, organization: viewer.organization });
  audit(em, viewer, {
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
  em: EntityManager,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  draft: BusinessDraft,
): Promise<IBusiness> {
  const business = await findOwnBusiness(em, id);
  await checkVersion(em, 'Business', business, expectedVersion);
  const values = checked(draft, viewer);
  const changes = diff(business, values);
  if (Object.keys(changes).length === 0) return business;
  em.assign(business, values);
  audit(em, viewer, {
    action: 'business.update',
    objectType: 'Business',
    objectId: id,
    changes: { ...changes, version: { before: business.version, after: business.version + 1 } },
  });
  await flushVersioned(em, 'Business', id, expectedVersion, () => flushOrExplain(em));
  return business;
}

export async function setBusinessArchived(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  archived: boolean,
): Promise<IBusiness> {
  return setArchived(em, viewer, 'Business', await findOwnBusiness(em, id), expectedVersion, archived);
}
