import type { Request, Response, Router } from 'express';
import type { ClassType } from 'type-graphql';
import type { Config } from '../../config';
import type { Context } from '../../context';
import type { JobDefinition } from './jobs';
import type { Node } from './node';
import type { RuleMap } from './rules';
import type { RequestScope } from './scope';

/**
 * How `node(id:)` loads one type: the GraphQL object, or null. A loader applies the same
 * visibility as the type's own queries: what a caller may not see answers null, exactly like an
 * id that does not exist.
 */
export type NodeLoader = (ctx: Context, id: string) => Promise<Node | null>;

/**
 * Runs one plain-HTTP request in the request lifecycle (request/lifecycle.ts): its transaction,
 * its caller's session and tenant, commit or rollback, and the one mapping of errors to HTTP.
 * `work` gets the request's scope; it may commit itself before it streams its answer.
 */
export type RunHttpRequest = (
  req: Request,
  res: Response,
  work: (scope: RequestScope) => Promise<void>,
) => Promise<void>;

/** What the app lends a feature's HTTP routes: the lifecycle to run each request in. */
export interface RouteDeps {
  readonly run: RunHttpRequest;
  /** The server's configuration (limits a route applies, e.g. whole-NIK look-ups). */
  readonly config: Config;
}

/**
 * What one feature contributes to the app. Each module exports one of these from its
 * `index.ts`; `src/features.ts` lists them, and the schema, the permission layer, `node(id:)`
 * and the HTTP app read that list. The floor (this folder) knows the shape, never a feature.
 */
export interface Feature {
  /** The module's folder name, for messages. */
  readonly name: string;
  /** Its type-graphql resolver classes. */
  readonly resolvers: readonly ClassType[];
  /** Which rule guards each of its Query/Mutation fields (deny by default: a missing one fails a test). */
  readonly rules: readonly RuleMap[];
  /** Its types reachable through `node(id:)`, by GraphQL type name. */
  readonly nodes?: Readonly<Record<string, NodeLoader>>;
  /** Plain-HTTP routes (files, streams), mounted after /graphql. */
  readonly routes?: (deps: RouteDeps) => Router;
  /** Its jobs and schedules, one line each (`{ name: 'overdue-notices', cron: '0 6 * * *', run }`). */
  readonly jobs?: readonly JobDefinition[];
}
