import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from './config';
import type { JobQueue } from './modules/common/jobs';
import type { RequestLoaders } from './modules/common/loaders';
import type { Viewer } from './modules/common/viewer';

/**
 * The typed context of one GraphQL request; `em` is this request's own fork. Part of the floor:
 * it names no feature (the features' loaders are reached through `loaders.get(…)`).
 */
export interface Context {
  readonly em: EntityManager;
  /** Set once the operation has passed validation (see request/lifecycle.ts). */
  viewer: Viewer | null;
  readonly config: Config;
  readonly req: Request;
  readonly res: Response;
  /** Refusals met by this request, audited after it (its own transaction is rolled back). */
  readonly denials: { rule: string; field: string }[];
  /** Failed logins of this request, recorded after it (its own transaction is rolled back). */
  readonly loginFailures: { email: string; ip: string }[];
  /** Batch loaders of this request, each feature's made on first use (see RequestLoaders). */
  readonly loaders: RequestLoaders;
  /** The job queue (modules/jobs): to queue work, and the operator's view of it. */
  readonly jobs: JobQueue;
}
