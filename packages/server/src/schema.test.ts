import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config';
import { permissions, rootRules } from './permissions';
import { buildBareSchema, printSdl } from './schema';

const committedSdl = path.join(REPO_ROOT, 'packages', 'schema', 'schema.graphql');

describe('the GraphQL contract', () => {
  // Vitest's transform emits no decorator metadata, so this also proves every field declares
  // its type explicitly: an inferred one would make buildSchema throw here.
  it('is the SDL committed in packages/schema (run `pnpm schema:emit` after changing the API)', async () => {
    const emitted = printSdl(await buildBareSchema());
    expect(emitted).toBe(await readFile(committedSdl, 'utf8'));
  });

  it('gives every Query and Mutation field an explicit permission rule', async () => {
    const schema = await buildBareSchema();
    const rules = rootRules();
    const roots = { Query: schema.getQueryType(), Mutation: schema.getMutationType() } as const;
    const missing = (['Query', 'Mutation'] as const).flatMap((root) =>
      Object.keys(roots[root]?.getFields() ?? {})
        .filter((field) => !rules[root][field])
        .map((field) => `${root}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('wraps only the entry points with permission rules, so list items cost no rule each', async () => {
    const middleware = permissions(await buildBareSchema());
    expect(Object.keys(middleware).sort()).toEqual(['Mutation', 'Query']);
  });
});
