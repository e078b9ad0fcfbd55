import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema } from 'type-graphql';
import { features } from './features';
import { permissions } from './permissions';

/** Every feature's resolvers, from the registry. */
export const resolvers = features.flatMap((feature) => feature.resolvers);

/** The schema as type-graphql builds it from the resolvers, before the permission layer. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  const [first, ...rest] = resolvers;
  if (!first) throw new Error('No resolvers: the feature registry is empty.');
  return buildSchema({ resolvers: [first, ...rest], validate: false });
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
