import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id email role status } invitationUrl } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { viewer { user { email role } organization { code } } } }`;
const VIEWER = '{ viewer { user { id email } } }';

type Invite = { inviteUser: { user: { id: string; email: string; status: string }; invitationUrl: string } };

async function invite(admin: GraphQLClient, email: string, role = 'STAFF') {
  const result = await admin.request<Invite>(INVITE, { input: { email, displayName: 'Siti Rahayu', role } });
  expect(result.errors).toBeUndefined();
  const invitation = result.data?.inviteUser;
  if (!invitation) throw new Error('no invitation');
  return { ...invitation, token: invitation.invitationUrl.split('/undangan/')[1] ?? '' };
}

describe('inviting people', () => {
  it('invites a user who sets a password once and is then logged in', async () => {
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const { user, token, invitationUrl } = await invite(admin, 'Siti@Bantul.demo');
    expect(user).toMatchObject({ email: 'siti@bantul.demo', status: 'INVITED' });
    expect(invitationUrl).toMatch(new RegExp(`^${server.url}/undangan/`));

    const newcomer = new GraphQLClient(server.url);
    const weak = await newcomer.request(ACCEPT, { input: { token, password: 'pendek' } });
    expect(errorCodes(weak)).toEqual(['BAD_USER_INPUT']);
    expect(weak.errors?.[0]?.extensions?.reason).toBe('TOO_SHORT');

    const accepted = await newcomer.request(ACCEPT, { input: { token, password: 'kopi joss tugu jogja' } });
    expect(accepted.data).toEqual({
      acceptInvitation: {
        viewer: { user: { email: 'siti@bantul.demo', role: 'STAFF' }, organization: { code: 'bantul' } },
      },
    });
    const again = await new GraphQLClient(server.url).request(ACCEPT, {
      input: { token, password: 'kopi joss tugu jogja' },
    });
    expect(again.errors?.[0]?.extensions?.reason).toBe('INVITATION_INVALID');
  });

  it('refuses an email that is taken, without saying where', async () => {
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
    const result = await admin.request(INVITE, {
      input: { email: 'admin@bantul.demo', displayName: 'Someone', role: 'STAFF' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMAIL_UNAVAILABLE' });
    expect(result.errors?.[0]?.message).not.toMatch(/bantul/i);
  });

  it('refuses a bad email and an empty name, and creates nothing', async () => {
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
    const bad = await admin.request(INVITE, { input: { email: 'not-an-email', displayName: 'X Y', role: 'STAFF' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const empty = await admin.request(INVITE, { input: { email: 'ok@sleman.demo', displayName: ' ', role: 'STAFF' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    const list = await admin.request<{ users: { totalCount: number } }>('{ users { totalCount } }');
    expect(list.data?.users.totalCount).toBe(3);
  });
});

describe('only admins manage users, and only their own', () => {
  it("refuses staff, tells the tenant's admins which rule refused, and audits the attempt", async () => {
    const staff = await new GraphQLClient(server.url).loginAs('STAFF', 'kulon-progo');
    const result = await staff.request(INVITE, {
      input: { email: 'x@kulon-progo.demo', displayName: 'X Y', role: 'ADMIN' },
    });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0]?.extensions?.rule).toBeUndefined();

    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'kulon-progo');
    const asAdmin = await admin.request('{ auditLog(first: 1, action: "nonexistent") { totalCount } }');
    expect(asAdmin.errors).toBeUndefined();
    const log = await admin.request<{ auditLog: { edges: { node: { actorEmail: string; changes: unknown } }[] } }>(
      '{ auditLog(action: "access.denied") { edges { node { actorEmail changes } } } }',
    );
    expect(log.data?.auditLog.edges.map((edge) => edge.node)).toEqual([
      { actorEmail: 'staff@kulon-progo.demo', changes: { rule: 'isAdmin', field: 'Mutation.inviteUser' } },
    ]);
  });

  it("answers another tenant's user id exactly like an id that does not exist", async () => {
    const bantul = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
    const bantulUser = await bantul.request<{ viewer: { user: { id: string } } }>(VIEWER);
    const slemanAdmin = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
    const change = 'mutation($id: ID!) { changeUserRole(input: { userId: $id, role: ADMIN }) { id } }';
    const foreign = await slemanAdmin.request(change, { id: bantulUser.data?.viewer.user.id });
    const missing = await slemanAdmin.request(change, {
      id: Buffer.from('User:00000000-0000-4000-8000-000000000000').toString('base64url'),
    });
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const deactivate = 'mutation($id: ID!) { deactivateUser(input: { userId: $id }) { id } }';
    expect(errorCodes(await slemanAdmin.request(deactivate, { id: bantulUser.data?.viewer.user.id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect((await bantul.request<{ viewer: unknown }>(VIEWER)).data?.viewer).not.toBeNull();
  });

  it('changes a role with before and after in the audit log', async () => {
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'gunungkidul');
    const users = await admin.request<{ users: { edges: { node: { id: string; email: string } }[] } }>(
      '{ users(role: VIEWER) { edges { node { id email } } } }',
    );
    const viewerUser = users.data?.users.edges[0]?.node;
    expect(viewerUser?.email).toBe('viewer@gunungkidul.demo');
    const changed = await admin.request(
      'mutation($id: ID!) { changeUserRole(input: { userId: $id, role: STAFF }) { role } }',
      {
        id: viewerUser?.id,
      },
    );
    expect(changed.data).toEqual({ changeUserRole: { role: 'STAFF' } });
    const log = await admin.request<{ auditLog: { edges: { node: { changes: unknown; actorEmail: string } }[] } }>(
      '{ auditLog(action: "user.changeRole") { edges { node { actorEmail changes } } } }',
    );
    expect(log.data?.auditLog.edges[0]?.node).toEqual({
      actorEmail: 'admin@gunungkidul.demo',
      changes: { role: { before: 'VIEWER', after: 'STAFF' } },
    });
  });

  it('lets no admin lock themselves out', async () => {
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'kadin-diy');
    const me = await admin.request<{ viewer: { user: { id: string } } }>(VIEWER);
    const result = await admin.request('mutation($id: ID!) { deactivateUser(input: { userId: $id }) { id } }', {
      id: me.data?.viewer.user.id,
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_CHANGE' });
  });
});

describe('sessions end when they should', () => {
  it('ends every session of a deactivated user, who then cannot log in; reactivation lets them in', async () => {
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'kota-yogyakarta');
    const staff = await new GraphQLClient(server.url).loginAs('STAFF', 'kota-yogyakarta');
    const staffId = (await staff.request<{ viewer: { user: { id: string } } }>(VIEWER)).data?.viewer.user.id;
    const off = await admin.request('mutation($id: ID!) { deactivateUser(input: { userId: $id }) { status } }', {
      id: staffId,
    });
    expect(off.data).toEqual({ deactivateUser: { status: 'DEACTIVATED' } });
    expect((await staff.request(VIEWER)).data).toEqual({ viewer: null });
    await expect(new GraphQLClient(server.url).loginAs('STAFF', 'kota-yogyakarta')).rejects.toThrow(/UNAUTHENTICATED/);
    await admin.request('mutation($id: ID!) { reactivateUser(input: { userId: $id }) { status } }', { id: staffId });
    await new GraphQLClient(server.url).loginAs('STAFF', 'kota-yogyakarta');
  });

  it('logs out everywhere', async () => {
    const phone = await new GraphQLClient(server.url).loginAs('VIEWER', 'dinkop-diy');
    const laptop = await new GraphQLClient(server.url).loginAs('VIEWER', 'dinkop-diy');
    expect((await phone.request('mutation { logoutEverywhere }')).data).toEqual({ logoutEverywhere: true });
    expect((await laptop.request(VIEWER)).data).toEqual({ viewer: null });
    expect((await phone.request(VIEWER)).data).toEqual({ viewer: null });
  });
});

describe('the audit log', () => {
  it('is for admins only', async () => {
    const staff = await new GraphQLClient(server.url).loginAs('STAFF', 'bpjs-yogyakarta');
    expect(errorCodes(await staff.request('{ auditLog { totalCount } }'))).toEqual(['FORBIDDEN']);
  });

  it('records logins and shows only its own tenant', async () => {
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bpjs-yogyakarta');
    const log = await admin.request<{ auditLog: { totalCount: number; edges: { node: { actorEmail: string } }[] } }>(
      '{ auditLog(first: 100) { totalCount edges { node { actorEmail } } } }',
    );
    const actors = new Set(log.data?.auditLog.edges.map((edge) => edge.node.actorEmail));
    expect(actors.has('admin@bpjs-yogyakarta.demo')).toBe(true);
    for (const actor of actors) expect(actor).toMatch(/@bpjs-yogyakarta\.demo$/);
  });

  it('cannot be changed, not even by the owner', async () => {
    const conn = server.portal.database.ownerOrm.em.getConnection();
    await expect(conn.execute(`update audit_entry set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(conn.execute('delete from audit_entry')).rejects.toThrow(/append-only/);
    await expect(conn.execute('truncate audit_entry')).rejects.toThrow(/append-only/);
  });
});
