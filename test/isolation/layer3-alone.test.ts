import { DEMO_TENANTS } from '@jamsos/schema';
import { switchOffTenantFilterForTests } from '@jamsos/server/modules/common/tenancy';
import { User } from '@jamsos/server/modules/user/user.entity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * The whole API with layer 1 (permission rules) and layer 2 (the ORM's tenant filter) switched
 * off: row-level security alone must still keep every tenant to itself.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startServer({}, { switchOff: { rules: true, tenantFilter: true } });
});
afterAll(async () => {
  await server?.stop();
});

describe('the switches really switch the other layers off', () => {
  it('lets an anonymous caller reach an admin-only query (no rules) and get no row (RLS)', async () => {
    const result = await new GraphQLClient(server.url).request('{ users { totalCount } auditLog { totalCount } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ users: { totalCount: 0 }, auditLog: { totalCount: 0 } });
  });

  it('makes the ORM return every tenant’s users where RLS does not apply (the owner)', async () => {
    const em = server.portal.database.ownerOrm.em.fork();
    switchOffTenantFilterForTests(em);
    expect(await em.count(User, {})).toBeGreaterThanOrEqual(24);
  });
});

describe('layer 3 alone, over GraphQL', () => {
  it('shows each tenant only its own users and audit entries, and refuses every foreign change', async () => {
    const ids = new Map<string, string[]>();
    const clients = new Map<string, GraphQLClient>();
    for (const { code } of DEMO_TENANTS) {
      const client = await new GraphQLClient(server.url).loginAs('STAFF', code);
      clients.set(code, client);
      const users = await client.request<{ users: { edges: { node: { id: string; email: string } }[] } }>(
        '{ users { edges { node { id email } } } }',
      );
      const emails = users.data?.users.edges.map((edge) => edge.node.email) ?? [];
      expect(emails.length).toBe(3);
      for (const email of emails) expect(email).toMatch(new RegExp(`@${code}\\.demo$`));
      ids.set(code, users.data?.users.edges.map((edge) => edge.node.id) ?? []);
      const log = await client.request<{ auditLog: { edges: { node: { actorEmail: string } }[] } }>(
        '{ auditLog(first: 100) { edges { node { actorEmail } } } }',
      );
      for (const edge of log.data?.auditLog.edges ?? [])
        expect(edge.node.actorEmail).toMatch(new RegExp(`@${code}\\.demo$`));
    }
    for (const [code, client] of clients) {
      for (const [victim, victimIds] of ids) {
        if (victim === code) continue;
        for (const id of victimIds) {
          expect((await client.request('query($id: ID!) { node(id: $id) { id } }', { id })).data).toEqual({
            node: null,
          });
          const change = await client.request(
            'mutation($id: ID!) { changeUserRole(input: { userId: $id, role: ADMIN }) { id } }',
            {
              id,
            },
          );
          expect(change.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        }
      }
    }
  });
});

describe('layer 3 alone keeps the registry apart too', () => {
  it('shows a tenant no business but its own and its grantors’, no worker but its own, and refuses every foreign edit', async () => {
    type Edges = { edges: { node: { id: string; version: number } }[] };
    const owner = server.portal.database.ownerOrm.em.fork().getConnection();
    const rows = await owner.execute<{ id: string; org: string; kind: string }[]>(
      `select b.id, o.code as org, 'business' as kind from business b join organization o on o.id = b.organization_id
       union all select w.id, o.code, 'worker' from worker w join organization o on o.id = w.organization_id`,
    );
    const ownerOf = new Map(rows.map((r) => [r.id, r.org]));
    const grants = await owner.execute<{ grantor: string; grantee: string }[]>(
      `select g.code as grantor, r.code as grantee from agreement a
         join organization g on g.id = a.organization_id join organization r on r.id = a.grantee_id
        where a.scope = 'BUSINESS_DIRECTORY' and a.revoked_at is null and current_date between a.valid_from and a.valid_until`,
    );
    const uuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';
    const registry = new Map<string, { businesses: Edges; workers: Edges }>();
    const clients = new Map<string, GraphQLClient>();
    for (const { code } of DEMO_TENANTS) {
      const client = await new GraphQLClient(server.url).loginAs('STAFF', code);
      clients.set(code, client);
      const result = await client.request<{ businesses: Edges; workers: Edges }>(
        '{ businesses(first: 100) { edges { node { id version } } } workers(first: 100) { edges { node { id version } } } }',
      );
      expect(result.errors).toBeUndefined();
      if (!result.data) continue;
      registry.set(code, result.data);
      // With the data layer off, RLS alone answers: own rows, plus the directories granted to us.
      const allowed = new Set([code, ...grants.filter((g) => g.grantee === code).map((g) => g.grantor)]);
      for (const { node } of result.data.businesses.edges)
        expect(allowed.has(ownerOf.get(uuid(node.id)) ?? '')).toBe(true);
      for (const { node } of result.data.workers.edges) expect(ownerOf.get(uuid(node.id))).toBe(code);
    }
    for (const [code, client] of clients) {
      for (const [victim, theirs] of registry) {
        if (victim === code) continue;
        for (const { node } of theirs.businesses.edges.slice(0, 2)) {
          if (ownerOf.get(uuid(node.id)) === code) continue;
          const archive = await client.request(
            'mutation($input: VersionedIdInput!) { archiveBusiness(input: $input) { id } }',
            { input: { id: node.id, expectedVersion: node.version } },
          );
          // Not found; or, for a directory the tenant may read, an UPDATE that RLS let match no row.
          expect(['NOT_FOUND', 'CONFLICT']).toContain(archive.errors?.[0]?.extensions?.code);
        }
      }
    }
    const archived = await owner.execute<{ n: string }[]>(
      'select count(*) as n from business where archived_at is not null',
    );
    expect(Number(archived[0]?.n)).toBe(0);
  });
});
