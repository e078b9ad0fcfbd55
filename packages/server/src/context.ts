import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from './config';
import type { Loaders } from './modules/common/loaders';
import type { Viewer } from './modules/common/viewer';

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
