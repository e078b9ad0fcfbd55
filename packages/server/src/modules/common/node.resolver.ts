import { Arg, type ClassType, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { Feature, NodeLoader } from './feature';
import { fromGlobalId, Node, uuidFromGlobalId } from './node';
import { isAuthenticated, type RuleMap } from './rules';

export const nodeRules: RuleMap = { Query: { node: isAuthenticated } };

/**
 * Every feature's node loaders in one table. Two features claiming one type name is a mistake
 * made at start-up, so it fails there.
 */
export function nodeLoaders(features: readonly Feature[]): Readonly<Record<string, NodeLoader>> {
  const loaders: Record<string, NodeLoader> = {};
  for (const feature of features) {
    for (const [type, loader] of Object.entries(feature.nodes ?? {})) {
      if (Object.hasOwn(loaders, type)) throw new Error(`Two node loaders for ${type} (${feature.name})`);
      loaders[type] = loader;
    }
  }
  return loaders;
}

/**
 * `node(id:)`, answered by the loaders the features registered: built from the registry's
 * table (src/features.ts), so this floor names no feature.
 */
export function nodeResolver(loaders: Readonly<Record<string, NodeLoader>>): ClassType {
  @Resolver()
  class NodeResolver {
    @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id.' })
    async node(@Arg('id', () => ID) globalId: string, @Ctx() ctx: Context): Promise<Node | null> {
      const type = fromGlobalId(globalId)?.type;
      // Only the table's own keys: a type part such as `constructor` or `__proto__` names something
      // every object has, which is no loader (issue 15: such ids answered INTERNAL_SERVER_ERROR).
      const loader = type && Object.hasOwn(loaders, type) ? loaders[type] : undefined;
      const id = type ? uuidFromGlobalId(globalId, type) : null;
      if (!loader || !id) return null;
      return loader(ctx, id);
    }
  }
  return NodeResolver;
}

/** The `node` feature itself, over the others' loaders. */
export function nodeFeature(features: readonly Feature[]): Feature {
  return { name: 'node', resolvers: [nodeResolver(nodeLoaders(features))], rules: [nodeRules] };
}
