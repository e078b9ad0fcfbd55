import type { OrganizationKind, Role, UserStatus } from '@jamsos/schema';

/** The caller's organisation, as its session lookup read it. */
export interface ViewerOrganization {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly regencyCode?: string | null;
  readonly adhocQueries: boolean;
  readonly createdAt: Date;
}

/** The caller, as its session lookup read it, with their organisation. */
export interface ViewerUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly status: UserStatus;
  readonly createdAt: Date;
  readonly organization: ViewerOrganization;
}

/**
 * Who is calling: the logged-in user and the tenant they act in. Plain data, not entities of the
 * request's EntityManager: mapped into its identity map they cost 10–15% of the server's CPU on
 * every request (hydration and snapshots, then a change-set comparison of both at every commit),
 * for a caller no request edits. A write whose new row refers to the caller's organisation maps it
 * then (`organizationEntity` in modules/organization).
 */
export interface Viewer {
  readonly user: ViewerUser;
  readonly organization: ViewerOrganization;
  readonly sessionTokenHash: string;
  /** The database's date when the request's transaction began (`YYYY-MM-DD`): "overdue" is against it. */
  readonly today: string;
}
