import type { EventArgs, EventSubscriber, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The role the server's requests run as: not the owner, not a superuser, no BYPASSRLS. */
export const APP_DB_ROLE = 'jamsos_app';

export const TENANT_FILTER = 'tenant';

interface TenantFilterParams {
  id?: string;
  /** Only the isolation tests set this, to show that row-level security holds on its own. */
  off?: boolean;
}

/**
 * Layer 2 of tenant isolation: every tenant-owned entity carries this filter. It is on by
 * default and needs the tenant as its argument, so a query made without a tenant fails loudly
 * instead of returning every tenant's rows. Code that must see across tenants (the seeder,
 * migrations) says so with `filters: false` and runs as the database owner.
 */
export const tenantFilter = {
  [TENANT_FILTER]: {
    name: TENANT_FILTER,
    cond: (args: TenantFilterParams): FilterQuery<{ organization: string }> =>
      args.off ? {} : { organization: args.id ?? '' },
    default: true,
  },
};

/**
 * Puts a request's EntityManager (already inside its transaction) in a tenant: the data-layer
 * filter gets the tenant, and the database session gets it for row-level security.
 * `set_config(…, true)` lasts until the transaction ends, so a pooled connection never carries
 * a tenant over to the next request.
 */
export async function enterTenant(em: EntityManager, tenantId: string): Promise<void> {
  await em.execute(`select set_config('app.tenant_id', ?, true)`, [tenantId]);
  enterTenantFilter(em, tenantId);
}

/**
 * Layer 2 only: for a caller that has already set `app.tenant_id` in the same statement that
 * found the tenant (one round trip less on every request; see viewerFromToken).
 */
export function enterTenantFilter(em: EntityManager, tenantId: string): void {
  const off = em.getFilterParams<TenantFilterParams>(TENANT_FILTER)?.off === true;
  em.setFilterParams(TENANT_FILTER, { id: tenantId, off });
}

/**
 * Switches layer 2 off for one EntityManager. Only the isolation tests call this (through
 * `startPortal`'s test options), to show that layer 3 alone keeps tenants apart.
 */
export function switchOffTenantFilterForTests(em: EntityManager): void {
  em.setFilterParams(TENANT_FILTER, { off: true });
}

/** The tenant an EntityManager is in, or null (also when layer 2 is switched off). */
export function currentTenant(em: EntityManager): string | null {
  const params = em.getFilterParams<TenantFilterParams>(TENANT_FILTER);
  return params?.off ? null : (params?.id ?? null);
}

interface TenantOwned {
  organization?: { id: string } | string | null;
  /** Rows of outreach tasks belong to two tenants: the creator (organization) and the assignee. */
  assigneeOrg?: { id: string } | string | null;
}

function idOf(value: { id: string } | string | null | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.id;
}

/**
 * Sets the tenant on every insert of a tenant-owned entity and refuses one that names another
 * tenant; row-level security would refuse it too, but this says why.
 */
export class TenantSubscriber implements EventSubscriber<TenantOwned> {
  async beforeCreate(args: EventArgs<TenantOwned>): Promise<void> {
    const meta = args.meta;
    if (!meta.filters?.[TENANT_FILTER]) return;
    const tenant = currentTenant(args.em as EntityManager);
    if (!tenant) return; // the owner's connection (seeding): no request tenant to enforce
    const entity = args.entity;
    const given = idOf(entity.organization);
    if (!given) {
      // The organisation's class from the relation's own metadata: the floor imports no feature.
      const owner = meta.properties.organization?.targetMeta?.class;
      if (!owner) throw new Error(`${meta.className}.organization is not a relation`);
      entity.organization = args.em.getReference(owner, tenant) as { id: string };
    } else if (given !== tenant && idOf(entity.assigneeOrg) !== tenant) {
      throw new Error(`Refusing to create a ${meta.className} for another tenant`);
    }
  }
}

/** Whether the isolation tests have switched layer 2 off for this EntityManager (see sqlTenant). */
export function layer2SwitchedOff(em: EntityManager): boolean {
  return em.getFilterParams<TenantFilterParams>(TENANT_FILTER)?.off === true;
}
