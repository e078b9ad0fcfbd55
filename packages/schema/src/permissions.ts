import { REGISTRY_KEEPERS } from './registry/business';
import type { OrganizationKind, Role, UserStatus } from './tenants';

/**
 * Who may do what, as plain predicates over the caller's role and organisation kind. The server's
 * rules and the web's route guards ask the same functions, so a page never offers a form the
 * server will refuse (and the page can say who could do it instead).
 */
export interface Caller {
  readonly role: Role;
  readonly kind: OrganizationKind;
}

/** Roles that change data; a viewer reads only. */
export const EDITOR_ROLES: readonly Role[] = ['ADMIN', 'STAFF'];

/** Tenants that plan outreach and assign it (create tasks): the BPJS office and the province agency. */
export const OUTREACH_PLANNERS: readonly OrganizationKind[] = ['BPJS_OFFICE', 'PROVINCE_AGENCY'];

/** Tenants that carry outreach out: a task is assigned only to one of these (never to the creator itself). */
export const OUTREACH_ASSIGNEES: readonly OrganizationKind[] = ['REGENCY', 'CHAMBER', 'PROVINCE_AGENCY'];

export function mayEdit(caller: Caller): boolean {
  return EDITOR_ROLES.includes(caller.role);
}

/** Adds, edits and imports businesses and workers: staff and admins of a registry keeper. */
export function mayEditRegistry(caller: Caller): boolean {
  return mayEdit(caller) && REGISTRY_KEEPERS.includes(caller.kind);
}

/**
 * Sees a worker's personal data in full (NIK, birth date, income, phone; every view audited) and
 * searches workers by the first digits of a NIK: the roles that change data, in any tenant.
 */
export function mayViewPersonalData(caller: Pick<Caller, 'role'>): boolean {
  return EDITOR_ROLES.includes(caller.role);
}

/** Creates outreach tasks: staff and admins of the BPJS office or the province agency. */
export function mayPlanOutreach(caller: Caller): boolean {
  return mayEdit(caller) && OUTREACH_PLANNERS.includes(caller.kind);
}

/** Manages the tenant's users and reads its audit trail. */
export function mayAdminister(caller: Caller): boolean {
  return caller.role === 'ADMIN';
}

/**
 * Who may be handed an outreach task: an active admin or staff member (someone who may change
 * data), never a viewer, a deactivated account or one not yet joined. The server refuses anyone
 * else; the web's picker offers only these.
 */
export function mayWorkTasks(user: { readonly role: Role; readonly status: UserStatus }): boolean {
  return user.status === 'ACTIVE' && EDITOR_ROLES.includes(user.role);
}
