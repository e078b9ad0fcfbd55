import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/** Operation limits (GraphQL Armor), batching, production masking and security headers. */
let server: TestServer;
let production: TestServer;
let staff: GraphQLClient;
const logLines: string[] = [];
let statements: string[] = [];

beforeAll(async () => {
  [server, production] = await Promise.all([
    startServer({ DEMO_REGISTRY_SCALE: '0' }, {}, (line) => logLines.push(line)),
    startServer({ NODE_ENV: 'production', DEMO_REGISTRY_SCALE: '0' }),
  ]);
  // Every statement sent to PostgreSQL passes through the ORM's query logger.
  const logger = server.portal.database.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (context) => {
    statements.push(context.query ?? '');
    original(context);
  };
  staff = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
});
afterAll(async () => {
  await Promise.all([server?.stop(), production?.stop()]);
});

describe('operation limits', () => {
  it('let the web client’s deepest operation through, and refuse one nested deeper than the limit', async () => {
    const deepest = await staff.request(
      '{ outreachTasks { edges { node { creator { id } progress { rate } } } } viewer { user { organization { id } } } }',
    );
    expect(deepest.errors).toBeUndefined();
    // The schema has no cycles, so a depth bomb is not even valid; the limit still refuses it
    // by its shape, with a message that says so.
    const bomb = await staff.request(`{ ${'viewer { '.repeat(12)} id ${'} '.repeat(12)} }`);
    expect(errorCodes(bomb)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(bomb.errors?.map((e) => e.message).join(' ')).toMatch(/depth/i);
  });

  it('refuse too many aliases, and too many tokens', async () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: viewer { user { id } }`).join(' ');
    const many = await staff.request(`{ ${aliases} }`);
    expect(errorCodes(many)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(many.errors?.[0]?.message).toMatch(/alias/i);
    const tokens = await staff.request(`{ viewer { user { ${'id '.repeat(2100)} } } }`);
    expect(errorCodes(tokens)[0]).toMatch(/GRAPHQL_(VALIDATION|PARSE)_FAILED/);
  });

  it('refuse batched requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: staff.sessionCookie ?? '' },
      body: JSON.stringify([{ query: '{ viewer { user { id } } }' }, { query: '{ viewer { user { id } } }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('refused operations', () => {
  it('never reach the database: no statement at all, not even the session lookup', async () => {
    statements = [];
    const fine = await staff.request('{ viewer { user { id } } }');
    expect(fine.errors).toBeUndefined();
    // The same caller, the same cookie: what differs is only that these fail validation.
    expect(statements.length).toBeGreaterThan(0);
    statements = [];
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: viewer { user { id } }`).join(' ');
    for (const query of [
      `{ ${aliases} }`,
      `{ ${'viewer { '.repeat(12)} id ${'} '.repeat(12)} }`,
      '{ viewer { user { nosuchfield } } }',
      '{ viewer { ',
    ]) {
      const refused = await staff.request(query);
      expect(errorCodes(refused)[0]).toMatch(/GRAPHQL_(VALIDATION|PARSE)_FAILED/);
    }
    expect(statements).toEqual([]);
  });

  it('answer with a request id that the server’s log line carries too', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: staff.sessionCookie ?? '' },
      body: JSON.stringify({ query: 'query Greedy { viewer { user { nosuchfield } } }' }),
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as { errors: { extensions: { requestId?: string } }[] };
    expect(body.errors[0]?.extensions.requestId).toBe(requestId);
    expect(logLines).toContainEqual(`[request ${requestId}] Greedy → GRAPHQL_VALIDATION_FAILED`);
    // A proxy's own id is kept; a hostile one is replaced.
    const kept = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'proxy-1234abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-1234abcd');
    const replaced = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': '<script>alert(1)</script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('production mode', () => {
  it('has no introspection and no field suggestions', async () => {
    const client = new GraphQLClient(production.url);
    const introspection = await client.request('{ __schema { types { name } } }');
    expect(errorCodes(introspection)).toContain('GRAPHQL_VALIDATION_FAILED');
    const typo = await client.request('{ viewr { user { id } } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/did you mean/i);
    const dev = await new GraphQLClient(server.url).request('{ viewr { user { id } } }');
    expect(dev.errors?.[0]?.message).toMatch(/did you mean/i);
  });
});

describe('security headers', () => {
  it('give the web client a strict content security policy, and the API the rest of the headers', async () => {
    const page = await fetch(`${server.url}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const api = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { user { id } } }' }),
    });
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('x-powered-by')).toBeNull();
  });
});
