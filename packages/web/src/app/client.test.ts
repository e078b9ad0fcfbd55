import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MUTATION_RULES } from './client';

const sdl = readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8');

describe('the cache rules', () => {
  it('name every mutation of the schema (a rule, or null for “changes nothing cached”)', () => {
    const mutations = Object.keys(buildSchema(sdl).getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.length).toBeGreaterThan(0);
    expect(Object.keys(MUTATION_RULES).sort()).toEqual(mutations);
  });
});
