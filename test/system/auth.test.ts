import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

const VIEWER = `query { viewer { user { id email role displayName } organization { id code name kind regencyName } } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { viewer { organization { name } } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('login and the viewer', () => {
  it('answers viewer null to an anonymous caller', async () => {
    const result = await new GraphQLClient(server.url).request(VIEWER);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ viewer: null });
  });

  it('logs in a demo admin and shows their tenant', async () => {
    const client = new GraphQLClient(server.url);
    const login = await client.request(LOGIN, { input: { email: 'Admin@Bantul.demo ', password: DEMO_PASSWORD } });
    expect(login.errors).toBeUndefined();
    expect(client.sessionCookie).toMatch(/^jamsos_session=/);
    const viewer = await client.request<{ viewer: { user: { role: string }; organization: Record<string, string> } }>(
      VIEWER,
    );
    expect(viewer.data?.viewer.user.role).toBe('ADMIN');
    expect(viewer.data?.viewer.organization).toMatchObject({
      code: 'bantul',
      kind: 'REGENCY',
      name: 'Pemerintah Kabupaten Bantul',
      regencyName: 'Kabupaten Bantul',
    });
  });

  it('gives one generic answer for a wrong password and for an unknown email', async () => {
    const client = new GraphQLClient(server.url);
    const wrongPassword = await client.request(LOGIN, {
      input: { email: 'admin@bantul.demo', password: 'salah-sandi' },
    });
    const unknownEmail = await client.request(LOGIN, {
      input: { email: 'nobody@bantul.demo', password: DEMO_PASSWORD },
    });
    expect(errorCodes(wrongPassword)).toEqual(['UNAUTHENTICATED']);
    expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
    expect(client.sessionCookie).toBeNull();
  });

  it('refuses empty credentials as bad input, field by field in the one shape (extensions.problems)', async () => {
    const result = await new GraphQLClient(server.url).request(LOGIN, { input: { email: ' ', password: '' } });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'email', problem: 'REQUIRED' },
      { field: 'password', problem: 'REQUIRED' },
    ]);
  });

  it('ends the session on logout, also for a replayed cookie', async () => {
    const client = await new GraphQLClient(server.url).loginAs('STAFF', 'sleman');
    const cookie = client.sessionCookie;
    const logout = await client.request('mutation { logout }');
    expect(logout.data).toEqual({ logout: true });
    expect(client.sessionCookie).toBeNull();
    const replayed = await new GraphQLClient(server.url).withCookie(cookie).request(VIEWER);
    expect(replayed.data).toEqual({ viewer: null });
  });

  it('treats a forged session cookie as no session', async () => {
    const forged = await new GraphQLClient(server.url).withCookie('jamsos_session=forged-token').request(VIEWER);
    expect(forged.data).toEqual({ viewer: null });
  });
});

describe('deny by default', () => {
  it('refuses the partner directory and node() to an anonymous caller', async () => {
    const client = new GraphQLClient(server.url);
    const list = await client.request('query { organizations { totalCount } }');
    expect(errorCodes(list)).toEqual(['UNAUTHENTICATED']);
    expect(list.data).toBeNull();
    const node = await client.request('query { node(id: "abc") { id } }');
    expect(errorCodes(node)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('Relay conventions', () => {
  it('pages through the organisations with cursors and a total count', async () => {
    const client = await new GraphQLClient(server.url).loginAs('VIEWER', 'kadin-diy');
    type Page = {
      organizations: {
        totalCount: number;
        edges: { cursor: string; node: { id: string; name: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
    };
    const query = `query Page($after: String) { organizations(first: 5, after: $after) {
      totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const first = await client.request<Page>(query);
    expect(first.data?.organizations.totalCount).toBe(8);
    expect(first.data?.organizations.edges).toHaveLength(5);
    expect(first.data?.organizations.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await client.request<Page>(query, { after: first.data?.organizations.pageInfo.endCursor });
    expect(second.data?.organizations.edges).toHaveLength(3);
    expect(second.data?.organizations.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const names = [...(first.data?.organizations.edges ?? []), ...(second.data?.organizations.edges ?? [])].map(
      (edge) => edge.node.name,
    );
    expect(new Set(names).size).toBe(8);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('refuses a page larger than the cap and a malformed cursor', async () => {
    const client = await new GraphQLClient(server.url).loginAs('VIEWER', 'kadin-diy');
    expect(errorCodes(await client.request('query { organizations(first: 101) { totalCount } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await client.request('query { organizations(after: "nonsense") { totalCount } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('fetches an object again by its opaque global id', async () => {
    const client = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const viewer = await client.request<{ viewer: { user: { id: string }; organization: { id: string } } }>(VIEWER);
    const orgId = viewer.data?.viewer.organization.id ?? '';
    const userId = viewer.data?.viewer.user.id ?? '';
    expect(orgId).not.toContain('-');
    const node = await client.request<{
      org: { __typename: string; name: string };
      user: { __typename: string; email: string };
    }>(
      `query($org: ID!, $user: ID!) { org: node(id: $org) { __typename ... on Organization { name } }
        user: node(id: $user) { __typename ... on User { email } } }`,
      { org: orgId, user: userId },
    );
    expect(node.data).toEqual({
      org: { __typename: 'Organization', name: 'Pemerintah Kabupaten Bantul' },
      user: { __typename: 'User', email: 'admin@bantul.demo' },
    });
  });

  it('answers null for a user of another tenant, exactly as for an id that does not exist', async () => {
    const bantul = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const bantulUser = await bantul.request<{ viewer: { user: { id: string } } }>(VIEWER);
    const sleman = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
    const query = 'query($id: ID!) { node(id: $id) { id } }';
    const foreign = await sleman.request(query, { id: bantulUser.data?.viewer.user.id });
    const missing = await sleman.request(query, {
      id: Buffer.from('User:00000000-0000-4000-8000-000000000000').toString('base64url'),
    });
    const garbage = await sleman.request(query, { id: 'not-a-global-id' });
    expect(foreign).toEqual({ status: 200, data: { node: null } });
    expect(missing).toEqual(foreign);
    expect(garbage).toEqual(foreign);
  });
});
