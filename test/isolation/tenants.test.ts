import { DEMO_TENANTS, demoEmail } from '@jamsos/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * The tenant-isolation suite over HTTP: every demo tenant's admin (the most powerful role a
 * tenant has) tries to read, list, change and deactivate every other tenant's objects — by
 * node(id:), by list filters, by guessed ids — and every attempt must fail or come back empty.
 * Each later type adds its objects to `collect` and its attempts to ATTEMPTS.
 */
const CODES = DEMO_TENANTS.map((tenant) => tenant.code);

interface Objects {
  users: string[];
  auditEntries: string[];
}

let server: TestServer;
const admins = new Map<string, GraphQLClient>();
const objects = new Map<string, Objects>();

async function collect(client: GraphQLClient): Promise<Objects> {
  const users = await client.request<{ users: { edges: { node: { id: string } }[] } }>(
    '{ users(first: 100) { edges { node { id } } } }',
  );
  const audit = await client.request<{ auditLog: { edges: { node: { id: string } }[] } }>(
    '{ auditLog(first: 100) { edges { node { id } } } }',
  );
  return {
    users: users.data?.users.edges.map((edge) => edge.node.id) ?? [],
    auditEntries: audit.data?.auditLog.edges.map((edge) => edge.node.id) ?? [],
  };
}

beforeAll(async () => {
  server = await startServer();
  for (const code of CODES) {
    const client = await new GraphQLClient(server.url).loginAs('ADMIN', code);
    admins.set(code, client);
    objects.set(code, await collect(client));
  }
});
afterAll(async () => {
  await server?.stop();
});

function guessedId(type: string): string {
  return Buffer.from(`${type}:${crypto.randomUUID()}`).toString('base64url');
}

type Attempt = (actor: GraphQLClient, victim: string, theirs: Objects) => Promise<void>;

const ATTEMPTS: Record<string, Attempt> = {
  'node(id:) of their users and audit entries, and of guessed ids': async (actor, _victim, theirs) => {
    for (const id of [...theirs.users, ...theirs.auditEntries, guessedId('User'), guessedId('AuditEntry')]) {
      const result = await actor.request('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(result).toEqual({ status: 200, data: { node: null } });
    }
  },
  'users list, whatever the filter': async (actor, _victim, theirs) => {
    for (const filter of ['', '(role: ADMIN)', '(status: ACTIVE)', '(first: 100)']) {
      const result = await actor.request<{ users: { edges: { node: { id: string } }[] } }>(
        `{ users${filter} { edges { node { id } } } }`,
      );
      const ids = result.data?.users.edges.map((edge) => edge.node.id) ?? [];
      expect(ids.filter((id) => theirs.users.includes(id))).toEqual([]);
    }
  },
  'audit log filtered by their people': async (actor, victim, theirs) => {
    const result = await actor.request<{ auditLog: { totalCount: number; edges: { node: { id: string } }[] } }>(
      'query($email: String) { auditLog(actorEmail: $email, first: 100) { totalCount edges { node { id } } } }',
      { email: demoEmail('ADMIN', victim) },
    );
    expect(result.data?.auditLog.totalCount).toBe(0);
    const all = await actor.request<{ auditLog: { edges: { node: { id: string } }[] } }>(
      '{ auditLog(first: 100) { edges { node { id } } } }',
    );
    const ids = all.data?.auditLog.edges.map((edge) => edge.node.id) ?? [];
    expect(ids.filter((id) => theirs.auditEntries.includes(id))).toEqual([]);
  },
  'change the role of, deactivate and reactivate their users': async (actor, _victim, theirs) => {
    for (const userId of [...theirs.users, guessedId('User')]) {
      for (const mutation of [
        'mutation($id: ID!) { changeUserRole(input: { userId: $id, role: ADMIN }) { id } }',
        'mutation($id: ID!) { deactivateUser(input: { userId: $id }) { id } }',
        'mutation($id: ID!) { reactivateUser(input: { userId: $id }) { id } }',
      ]) {
        const result = await actor.request(mutation, { id: userId });
        expect(result.data).toBeNull();
        expect(result.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
          ['NOT_FOUND', 'No such user.'],
        ]);
      }
    }
  },
};

describe.each(CODES)('the admin of %s', (actorCode) => {
  it.each(Object.keys(ATTEMPTS))("gets nothing of any other tenant's: %s", async (attempt) => {
    const actor = admins.get(actorCode);
    const run = ATTEMPTS[attempt];
    if (!actor || !run) throw new Error('setup');
    for (const victim of CODES.filter((code) => code !== actorCode)) {
      const theirs = objects.get(victim);
      if (!theirs) throw new Error('setup');
      expect(theirs.users.length).toBeGreaterThan(0);
      await run(actor, victim, theirs);
    }
  });
});

describe('after all those attempts', () => {
  it('every tenant still has exactly its own three users, unchanged', async () => {
    for (const code of CODES) {
      const result = await admins
        .get(code)
        ?.request<{ users: { edges: { node: { email: string; role: string; status: string } }[] } }>(
          '{ users { edges { node { email role status } } } }',
        );
      const users = result?.data?.users.edges.map((edge) => edge.node) ?? [];
      expect(users.map((user) => user.email).sort()).toEqual(
        (['ADMIN', 'STAFF', 'VIEWER'] as const).map((role) => demoEmail(role, code)).sort(),
      );
      for (const user of users) expect(user.status).toBe('ACTIVE');
      expect(users.find((user) => user.email === demoEmail('VIEWER', code))?.role).toBe('VIEWER');
    }
  });
});
