import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from './config';
import type { Loaders } from './modules/common/loaders';
import type { IOrganization } from './modules/organization/organization.entity';
import type { IUser } from './modules/user/user.entity';

/** The caller's organisation, as its session lookup read it. */
export type ViewerOrganization = Readonly<
  Pick<IOrganization, 'id' | 'code' | 'name' | 'kind' | 'regencyCode' | 'adhocQueries' | 'createdAt'>
>;

/** The caller, as its session lookup read it, with their organisation. */
export type ViewerUser = Readonly<
  Pick<IUser, 'id' | 'email' | 'displayName' | 'role' | 'status' | 'createdAt'> & { organization: ViewerOrganization }
>;

/**
 * Who is calling: the logged-in user and the tenant they act in. Plain data, not entities of the
 * request's EntityManager: mapped into its identity map they cost 10–15% of the server's CPU on
 * every request (hydration and snapshots, then a change-set comparison of both at every commit),
 * for a caller no request edits. A write whose new row refers to the caller's organisation maps it
 * then (`organizationEntity` in modules/common/viewer.ts).
 */
export interface Viewer {
  readonly user: ViewerUser;
  readonly organization: ViewerOrganization;
  readonly sessionTokenHash: string;
  /** The database's date when the request's transaction began (`YYYY-MM-DD`): "overdue" is against it. */
  readonly today: string;
}

/** The typed context of one GraphQL request; `em` is this request's own fork. */
export interface Context {
  readonly em: EntityManager;
  /** Set once the operation has passed validation (see requestTransaction in app.ts). */
  viewer: Viewer | null;
  readonly config: Config;
  readonly req: Request;
  readonly res: Response;
  /** Refusals met by this request, audited after it (its own transaction is rolled back). */
  readonly denials: { rule: string; field: string }[];
  /** Failed logins of this request, recorded after it (its own transaction is rolled back). */
  readonly loginFailures: { email: string; ip: string }[];
  /** Batch loaders of this request (see Loaders). */
  readonly loaders: Loaders;
}
