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
  businesses: { id: string; nib: string | null; name: string; version: number }[];
  workers: { id: string; nik: string; kpj: string | null; fullName: string; version: number }[];
}

type Edges<T> = { edges: { node: T }[] };

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
  const businesses = await client.request<{ businesses: Edges<Objects['businesses'][number]> }>(
    '{ businesses(first: 100) { edges { node { id nib name version } } } }',
  );
  const workers = await client.request<{
    workers: Edges<{
      id: string;
      kpj: string | null;
      fullName: string;
      version: number;
      personalData: { nik: string };
    }>;
  }>('{ workers(first: 100) { edges { node { id kpj fullName version personalData { nik } } } } }');
  return {
    users: users.data?.users.edges.map((edge) => edge.node.id) ?? [],
    auditEntries: audit.data?.auditLog.edges.map((edge) => edge.node.id) ?? [],
    businesses: businesses.data?.businesses.edges.map((edge) => edge.node) ?? [],
    workers:
      workers.data?.workers.edges.map(({ node }) => ({
        id: node.id,
        kpj: node.kpj,
        fullName: node.fullName,
        version: node.version,
        nik: node.personalData.nik,
      })) ?? [],
  };
}

beforeAll(async () => {
  // Every admin searches every other tenant's NIKs here: the whole-NIK look-up limit (tested in
  // privacy.test.ts) is lifted so that the isolation, not the limit, answers.
  server = await startServer({ NIK_LOOKUP_LIMIT_PER_USER: '100000', NIK_LOOKUP_LIMIT_PER_TENANT: '1000000' });
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

type Attempt = (actor: GraphQLClient, victim: string, theirs: Objects, actorCode: string) => Promise<void>;

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

const REGISTRY_ATTEMPTS: Record<string, Attempt> = {
  'node(id:) of their businesses and workers, and of guessed ids': async (actor, _victim, theirs) => {
    const ids = [...theirs.businesses.map((b) => b.id), ...theirs.workers.map((w) => w.id)];
    for (const id of [...ids, guessedId('Business'), guessedId('Worker')]) {
      const result = await actor.request('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(result).toEqual({ status: 200, data: { node: null } });
    }
  },
  'business and worker lists, by every filter and by their NIB, name, NIK and KPJ': async (actor, _victim, theirs) => {
    const foreign = new Set([...theirs.businesses.map((b) => b.id), ...theirs.workers.map((w) => w.id)]);
    const searches = [
      ...theirs.businesses.slice(0, 3).flatMap((b) => [b.name, b.nib ?? b.name]),
      // Names go through the trigram search function, which applies the tenant by itself.
      ...theirs.workers.slice(0, 3).flatMap((w) => [w.nik, w.nik.slice(0, 8), w.kpj ?? w.nik, w.fullName]),
    ];
    const filters = [
      '',
      'filter: { archived: true }',
      'filter: { coverage: FULL }',
      'filter: { kadinMember: true }',
      ...searches.map((term) => `filter: { search: ${JSON.stringify(term)} }`),
    ];
    for (const filter of filters) {
      const result = await actor.request<{ businesses: Edges<{ id: string }> }>(
        `{ businesses(first: 100 ${filter}) { edges { node { id } } } }`,
      );
      expect(result.data?.businesses.edges.filter((e) => foreign.has(e.node.id))).toEqual([]);
    }
    const workerFilters = [
      ...filters.filter((f) => !f.includes('coverage')),
      ...theirs.businesses.slice(0, 3).map((b) => `filter: { businessId: "${b.id}" }`),
      'filter: { coverageStatus: ENROLLED }',
    ];
    for (const filter of workerFilters) {
      const result = await actor.request<{ workers: Edges<{ id: string }> }>(
        `{ workers(first: 100 ${filter}) { edges { node { id } } } }`,
      );
      expect(result.data?.workers.edges.filter((e) => foreign.has(e.node.id))).toEqual([]);
    }
  },
  'edit, archive and restore their businesses and workers, or hire their workers into theirs': async (
    actor,
    _victim,
    theirs,
    actorCode,
  ) => {
    // The BPJS office keeps no registry, so the rule refuses it before any lookup.
    const expected = actorCode === 'bpjs-yogyakarta' ? 'FORBIDDEN' : 'NOT_FOUND';
    const notFound = (result: { data?: unknown; errors?: { extensions?: { code?: string } }[] }) => {
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([expected]);
    };
    const fields = {
      legalForm: 'KOPERASI',
      name: 'Diambil alih',
      kbliSection: 'K',
      sizeClass: 'MIKRO',
      regency: '34.71',
      district: '34.71.01',
      address: 'x',
    };
    for (const business of [...theirs.businesses.slice(0, 3), { id: guessedId('Business'), version: 1 }]) {
      const input = { id: business.id, expectedVersion: business.version };
      notFound(
        await actor.request('mutation($input: UpdateBusinessInput!) { updateBusiness(input: $input) { id } }', {
          input: { ...input, fields },
        }),
      );
      notFound(
        await actor.request('mutation($input: VersionedIdInput!) { archiveBusiness(input: $input) { id } }', { input }),
      );
      notFound(
        await actor.request('mutation($input: VersionedIdInput!) { restoreBusiness(input: $input) { id } }', { input }),
      );
    }
    for (const worker of [...theirs.workers.slice(0, 3), { id: guessedId('Worker'), version: 1 }]) {
      const input = { id: worker.id, expectedVersion: worker.version };
      notFound(
        await actor.request(
          'mutation($input: UpdateWorkerDetailsInput!) { updateWorkerDetails(input: $input) { id } }',
          {
            input: {
              ...input,
              fields: {
                businessIds: theirs.businesses.slice(0, 1).map((b) => b.id),
                fullName: 'Diambil alih',
                workerType: 'BPU',
                occupation: 'x',
                coverageStatus: 'NOT_ENROLLED',
                programmes: [],
              },
            },
          },
        ),
      );
      notFound(
        await actor.request('mutation($input: VersionedIdInput!) { archiveWorker(input: $input) { id } }', { input }),
      );
      notFound(
        await actor.request('mutation($input: VersionedIdInput!) { restoreWorker(input: $input) { id } }', { input }),
      );
    }
    // A worker of ours placed in their business: their business is unknown here.
    const theirBusiness = theirs.businesses[0];
    if (theirBusiness) {
      const hire = await actor.request('mutation($input: WorkerFields!) { createWorker(input: $input) { id } }', {
        input: {
          businessIds: [theirBusiness.id],
          nik: '3471010101900001',
          fullName: 'Penyusup',
          workerType: 'BPU',
          coverageStatus: 'NOT_ENROLLED',
          programmes: [],
        },
      });
      if (expected === 'FORBIDDEN') expect(hire.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      else
        expect(hire.errors?.[0]?.extensions?.problems).toEqual([{ field: 'businessIds', problem: 'BUSINESS_UNKNOWN' }]);
    }
  },
};
Object.assign(ATTEMPTS, REGISTRY_ATTEMPTS);

describe.each(CODES)('the admin of %s', (actorCode) => {
  it.each(Object.keys(ATTEMPTS))("gets nothing of any other tenant's: %s", async (attempt) => {
    const actor = admins.get(actorCode);
    const run = ATTEMPTS[attempt];
    if (!actor || !run) throw new Error('setup');
    for (const victim of CODES.filter((code) => code !== actorCode)) {
      const theirs = objects.get(victim);
      if (!theirs) throw new Error('setup');
      expect(theirs.users.length).toBeGreaterThan(0);
      await run(actor, victim, theirs, actorCode);
    }
  });
});

describe('after all those attempts', () => {
  it('every tenant still has its registry exactly as it was', async () => {
    for (const code of CODES) {
      const client = admins.get(code);
      if (!client) throw new Error('setup');
      const now = await collect(client);
      const before = objects.get(code);
      expect(now.businesses).toEqual(before?.businesses);
      expect(now.workers).toEqual(before?.workers);
    }
    const withRegistry = CODES.filter((code) => (objects.get(code)?.businesses.length ?? 0) > 0);
    expect(withRegistry.sort()).toEqual(CODES.filter((code) => code !== 'bpjs-yogyakarta').sort());
  });

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
