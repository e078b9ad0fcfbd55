import { graphqlArmor, OPERATION_LIMITS } from '@jamsos/server/limits';
import { buildBareSchema } from '@jamsos/server/schema';
import * as generated from '@jamsos/web/gql';
import { type DocumentNode, Kind, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * Every operation the web client sends (as generated from its sources) passes the server's
 * operation limits, with room to spare: a limit tightened, or a page's query grown, past what
 * the other allows fails here rather than in a user's browser.
 */
const documents = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    typeof entry[1] === 'object' && entry[1] !== null && (entry[1] as { kind?: string }).kind === Kind.DOCUMENT,
);

describe('the web client’s operations', () => {
  it('are all found', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it('all pass the operation limits', async () => {
    const schema = await buildBareSchema();
    const costs: Record<string, number> = {};
    const armor = graphqlArmor({ NODE_ENV: 'production' } as Parameters<typeof graphqlArmor>[0], {
      onCost: (name, cost) => (costs[name] = cost),
    });
    for (const [name, document] of documents) {
      const errors = validate(schema, document, armor.validationRules);
      expect([name, errors.map((e) => e.message)]).toEqual([name, []]);
    }
    const highest = Math.max(...Object.values(costs));
    expect(highest).toBeLessThanOrEqual(OPERATION_LIMITS.maxCost / 2);
  });
});
