import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * SQL statements per GraphQL operation do not grow with the page size: counts per business and
 * businesses per worker come from one batched query per page, and the permission layer costs
 * no query per item. Query counts are deterministic, so this is asserted exactly; time is not.
 */
let server: TestServer;
let client: GraphQLClient;
let statements: string[] = [];

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0.6' });
  // Every statement the request role's connection sends passes through the ORM's query logger.
  const logger = server.portal.database.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (context) => {
    statements.push(context.query ?? '');
    original(context);
  };
  client = await new GraphQLClient(server.url).loginAs('STAFF', 'sleman');
});
afterAll(async () => {
  await server?.stop();
});

async function countStatements(query: string, first: number): Promise<number> {
  statements = [];
  const result = await client.request<Record<string, { edges: unknown[] }>>(query, { first });
  expect(result.errors).toBeUndefined();
  const list = Object.values(result.data ?? {})[0];
  expect(list?.edges.length).toBe(first);
  return statements.length;
}

describe('SQL statements per operation', () => {
  it('stay the same for 5 or 100 businesses with their coverage counts', async () => {
    const query = `query($first: Int!) { businesses(first: $first, sort: COVERAGE_RATE, descending: true) {
      totalCount edges { node { id name districtName workerCount enrolledCount coverageRate } } } }`;
    const small = await countStatements(query, 5);
    const large = await countStatements(query, 100);
    expect(large).toBe(small);
  });

  it('stay the same for 5 or 100 workers with their businesses', async () => {
    const query = `query($first: Int!) { workers(first: $first, filter: { coverageStatus: ENROLLED }) {
      totalCount edges { node { id nik fullName programmes businesses { id name workerCount } } } } }`;
    const small = await countStatements(query, 5);
    const large = await countStatements(query, 100);
    expect(large).toBe(small);
    // Session lookup, tenant, the page, the total, businesses, their counts; and the transaction.
    expect(large).toBeLessThanOrEqual(10);
  });
});
