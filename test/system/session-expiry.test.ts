import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  // About 1.8 seconds: short enough to wait for in a test.
  server = await startServer({ SESSION_TTL_HOURS: '0.0005' });
});
afterAll(async () => {
  await server?.stop();
});

describe('session expiry', () => {
  it('ends a session when its time is up, even with the cookie still sent', async () => {
    const client = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
    expect((await client.request<{ viewer: unknown }>('{ viewer { user { id } } }')).data?.viewer).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await client.request('{ viewer { user { id } } }')).toEqual({ status: 200, data: { viewer: null } });
    const list = await client.request('{ organizations { totalCount } }');
    expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
