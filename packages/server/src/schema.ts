import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema } from 'type-graphql';
import { AgreementResolver } from './modules/agreement/agreement.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { BusinessResolver } from './modules/business/business.resolver';
import { NodeResolver } from './modules/common/node.resolver';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver';
import { NotificationResolver } from './modules/notification/notification.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { OutreachResolver } from './modules/outreach/outreach.resolver';
import { AuthResolver } from './modules/user/auth.resolver';
import { UserResolver } from './modules/user/user.resolver';
import { WorkerResolver } from './modules/worker/worker.resolver';
import { permissions } from './permissions';

export const resolvers = [
  AgreementResolver,
  AuditResolver,
  AuthResolver,
  BusinessResolver,
  DashboardResolver,
  NodeResolver,
  NotificationResolver,
  OrganizationResolver,
  OutreachResolver,
  UserResolver,
  WorkerResolver,
] as const;

/** The schema as type-graphql builds it from the resolvers, before the permission layer. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/** The executable schema: resolvers wrapped by the deny-by-default permission layer. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildBareSchema();
  return applyMiddleware(schema, permissions(schema));
}

/** The SDL committed as packages/schema/schema.graphql, sorted so diffs stay readable. */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
