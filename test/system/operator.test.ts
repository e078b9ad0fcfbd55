import { PLATFORM } from '@jamsos/schema';
import { Organization } from '@jamsos/server/modules/organization/organization.entity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let operator: GraphQLClient;

const PROVISION = `mutation($input: ProvisionTenantInput!) {
  provisionTenant(input: $input) { organization { id code name kind } invitationUrl } }`;
const COUNT = '{ organizations { totalCount } }';

async function loginOperator(): Promise<GraphQLClient> {
  const client = new GraphQLClient(server.url);
  const result = await client.request(
    'mutation($input: LoginInput!) { login(input: $input) { viewer { user { id } } } }',
    {
      input: { email: PLATFORM.operatorEmail, password: DEMO_PASSWORD },
    },
  );
  expect(result.errors).toBeUndefined();
  return client;
}

beforeAll(async () => {
  server = await startServer();
  operator = await loginOperator();
});
afterAll(async () => {
  await server?.stop();
});

describe('the platform operator', () => {
  it('is not a partner: the directory lists the eight tenants only', async () => {
    const result = await operator.request<{ organizations: { totalCount: number } }>(COUNT);
    expect(result.data?.organizations.totalCount).toBe(8);
  });

  it("reads no tenant's data", async () => {
    const bantul = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const bantulUser = await bantul.request<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }');
    const node = await operator.request('query($id: ID!) { node(id: $id) { id } }', {
      id: bantulUser.data?.viewer.user.id,
    });
    expect(node.data).toEqual({ node: null });
    const users = await operator.request<{ users: { edges: { node: { email: string } }[] } }>(
      '{ users { edges { node { email } } } }',
    );
    expect(users.data?.users.edges.map((edge) => edge.node.email)).toEqual([PLATFORM.operatorEmail]);
    const log = await operator.request<{ auditLog: { edges: { node: { actorEmail: string } }[] } }>(
      '{ auditLog(first: 100) { edges { node { actorEmail } } } }',
    );
    for (const edge of log.data?.auditLog.edges ?? []) expect(edge.node.actorEmail).toBe(PLATFORM.operatorEmail);
  });

  it('provisions a tenant whose first admin accepts the invitation, and then cannot see into it', async () => {
    const result = await operator.request<{
      provisionTenant: { organization: { id: string; code: string; kind: string }; invitationUrl: string };
    }>(PROVISION, {
      input: {
        code: 'Koperasi-Contoh',
        name: 'Forum Koperasi Contoh',
        kind: 'CHAMBER',
        adminEmail: 'ketua@forum-koperasi.example',
        adminName: 'Ketua Forum',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.provisionTenant.organization).toMatchObject({ code: 'koperasi-contoh', kind: 'CHAMBER' });
    const token = result.data?.provisionTenant.invitationUrl.split('/undangan/')[1];

    const firstAdmin = new GraphQLClient(server.url);
    const accepted = await firstAdmin.request<{
      acceptInvitation: { viewer: { user: { role: string }; organization: { code: string } } };
    }>(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { viewer { user { role } organization { code } } } }',
      { input: { token, password: 'rapat anggota tahunan 2026' } },
    );
    expect(accepted.data?.acceptInvitation.viewer).toEqual({
      user: { role: 'ADMIN' },
      organization: { code: 'koperasi-contoh' },
    });

    const theirLog = await firstAdmin.request<{ auditLog: { edges: { node: { action: string } }[] } }>(
      '{ auditLog { edges { node { action } } } }',
    );
    expect(theirLog.data?.auditLog.edges.map((edge) => edge.node.action)).not.toContain('organization.provision');
    const ourLog = await operator.request<{ auditLog: { edges: { node: { action: string } }[] } }>(
      '{ auditLog(action: "organization.provision") { edges { node { action } } } }',
    );
    expect(ourLog.data?.auditLog.edges).toHaveLength(1);
    const users = await operator.request<{ users: { totalCount: number } }>('{ users { totalCount } }');
    expect(users.data?.users.totalCount).toBe(1);
  });

  it.each([
    [{ code: 'Bad Code!' }, 'INVALID_CODE'],
    [{ kind: 'REGENCY' }, 'UNKNOWN_REGENCY'],
    [{ kind: 'REGENCY', regencyCode: '34.99' }, 'UNKNOWN_REGENCY'],
    [{ regencyCode: '34.02' }, 'REGENCY_NOT_ALLOWED'],
    [{ kind: 'PLATFORM' }, 'INVALID_KIND'],
    [{ code: 'bantul' }, 'TAKEN'],
    [{ adminEmail: 'admin@bantul.demo' }, 'TAKEN'],
    [{ adminEmail: 'nope' }, 'INVALID_EMAIL'],
  ])('refuses %j (%s) and creates nothing', async (change, reason) => {
    const before = await operator.request<{ organizations: { totalCount: number } }>(COUNT);
    const result = await operator.request(PROVISION, {
      input: {
        code: 'baru',
        name: 'Tenant Baru',
        kind: 'CHAMBER',
        adminEmail: 'a@baru.example',
        adminName: 'Admin',
        ...change,
      },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.reason).toBe(reason);
    const after = await operator.request<{ organizations: { totalCount: number } }>(COUNT);
    expect(after.data?.organizations.totalCount).toBe(before.data?.organizations.totalCount);
  });

  it('is the only one who provisions: a tenant admin is refused and told which rule refused', async () => {
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bpjs-yogyakarta');
    const result = await admin.request(PROVISION, {
      input: { code: 'x', name: 'Tenant X', kind: 'CHAMBER', adminEmail: 'a@x.example', adminName: 'Admin' },
    });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      rule: 'isOperator',
      requestId: expect.any(String),
    });
  });

  it('is refused by the database too, should the rule ever be skipped', async () => {
    const em = server.portal.database.orm.em.fork();
    await em.begin();
    try {
      const bantul = await server.portal.database.ownerOrm.em.fork().findOneOrFail(Organization, { code: 'bantul' });
      await em.execute(`select set_config('app.tenant_id', ?, true)`, [bantul.id]);
      await expect(
        em.execute(`select provision_tenant('x', 'X', 'CHAMBER', null, 'x@x.example', 'X', 'h', now())`),
      ).rejects.toThrow(/only the platform operator/);
    } finally {
      await em.rollback();
    }
  });
});
