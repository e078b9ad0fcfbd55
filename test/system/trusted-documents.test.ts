import { loadTrustedDocuments } from '@jamsos/server/trusted-documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/** In production only the web client's operations (by hash) are accepted, plus opted-in tenants' ad-hoc ones. */
let server: TestServer;
const documents = loadTrustedDocuments();
const hashOf = (name: string) =>
  [...documents.byHash].find(([, text]) => new RegExp(`\\b(query|mutation) ${name}\\b`).test(text))?.[0];

async function persisted(client: GraphQLClient, hash: string | undefined, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: client.sessionCookie ?? '' },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  for (const header of response.headers.getSetCookie()) client.withCookie(header.split(';')[0] ?? null);
  return {
    status: response.status,
    ...((await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] }),
  };
}

beforeAll(async () => {
  server = await startServer({ NODE_ENV: 'production', DEMO_REGISTRY_SCALE: '0' });
});
afterAll(async () => {
  await server?.stop();
});

describe('trusted documents in production', () => {
  it('accept the web client’s operations by hash, login included', async () => {
    const client = new GraphQLClient(server.url);
    const login = await persisted(client, hashOf('Login'), {
      input: { email: 'staff@bantul.demo', password: DEMO_PASSWORD },
    });
    expect(login.errors).toBeUndefined();
    const viewer = await persisted(client, hashOf('Viewer'));
    expect(viewer.errors).toBeUndefined();
  });

  it('refuse any other operation, and an unknown hash', async () => {
    const anon = new GraphQLClient(server.url);
    await persisted(anon, hashOf('Login'), { input: { email: 'staff@bantul.demo', password: DEMO_PASSWORD } });
    const adhoc = await anon.request('{ workers(first: 100) { edges { node { id fullName } } } }');
    expect(adhoc.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'UNTRUSTED_DOCUMENT' });
    const unknown = await persisted(anon, 'sha256:0000');
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('let an organisation allowed ad-hoc queries send its own', async () => {
    await server.portal.database.ownerOrm.em
      .fork()
      .getConnection()
      .execute(`update organization set adhoc_queries = true where code = 'sleman'`);
    const client = new GraphQLClient(server.url);
    await persisted(client, hashOf('Login'), { input: { email: 'staff@sleman.demo', password: DEMO_PASSWORD } });
    const adhoc = await client.request<{ businesses: { totalCount: number } }>('{ businesses { totalCount } }');
    expect(adhoc.errors).toBeUndefined();
  });
});
