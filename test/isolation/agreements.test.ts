import { Organization } from '@jamsos/server/modules/organization/organization.entity';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAsAppRole } from '../helpers/database';
import { errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * Data-sharing agreements: what crosses a tenant boundary, and only while an agreement is live —
 * over GraphQL (all layers) and in plain SQL as the request role (row-level security alone).
 */
let server: TestServer;
let orgs: Record<string, { id: string; globalId: string }>;
let app: pg.Client;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const GRANT = `mutation($input: GrantAgreementInput!) { grantAgreement(input: $input) { id version status scope } }`;
const PARTNER = `query($grantor: ID!) { partnerBusinesses(grantorId: $grantor, first: 100) {
  totalCount edges { node { id name workerCount enrolledCount } } } }`;
const COVERAGE = `query($grantor: ID!) { partnerCoverage(grantorId: $grantor) { businesses workers enrolled } }`;

type Partner = {
  partnerBusinesses: { totalCount: number; edges: { node: { id: string; name: string; workerCount: number } }[] };
};

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0.05' });
  const all = await server.portal.database.ownerOrm.em.fork().find(Organization, {});
  orgs = Object.fromEntries(
    all.map((o) => [o.code, { id: o.id, globalId: Buffer.from(`Organization:${o.id}`).toString('base64url') }]),
  );
  app = await connectAsAppRole(server.database.url);
});
afterAll(async () => {
  await app?.end();
  await server?.stop();
});

/** What row-level security alone lets tenant `code` read of the grantor's businesses and workers. */
async function rlsView(code: string, grantor: string) {
  await app.query('begin');
  try {
    await app.query(`select set_config('app.tenant_id', $1, true)`, [orgs[code]?.id]);
    const businesses = await app.query('select count(*)::int as n from business where organization_id = $1', [
      orgs[grantor]?.id,
    ]);
    const counts = await app.query('select count(*)::int as n from business_counts where organization_id = $1', [
      orgs[grantor]?.id,
    ]);
    const workers = await app.query('select count(*)::int as n from worker where organization_id = $1', [
      orgs[grantor]?.id,
    ]);
    const employment = await app.query('select count(*)::int as n from employment where organization_id = $1', [
      orgs[grantor]?.id,
    ]);
    const edited = await app.query(`update business set name = 'x' where organization_id = $1`, [orgs[grantor]?.id]);
    return {
      businesses: businesses.rows[0].n as number,
      counts: counts.rows[0].n as number,
      workers: workers.rows[0].n as number,
      employment: employment.rows[0].n as number,
      edited: edited.rowCount,
    };
  } finally {
    await app.query('rollback');
  }
}

describe('the demo MoUs', () => {
  it('let the BPJS office read each regency’s directory and counts, and never a worker', async () => {
    const bpjs = await new GraphQLClient(server.url).loginAs('STAFF', 'bpjs-yogyakarta');
    const received = await bpjs.request<{ agreements: { totalCount: number } }>(
      '{ agreements(direction: RECEIVED) { totalCount } }',
    );
    // 13 MoUs of 2020 and an ENROLMENT agreement from each of the five regencies.
    expect(received.data?.agreements.totalCount).toBe(18);
    const bantul = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const own = await bantul.request<{ businesses: { totalCount: number } }>('{ businesses { totalCount } }');
    const shared = await bpjs.request<Partner>(PARTNER, { grantor: orgs.bantul?.globalId });
    expect(shared.errors).toBeUndefined();
    expect(shared.data?.partnerBusinesses.totalCount).toBe(own.data?.businesses.totalCount);
    expect(shared.data?.partnerBusinesses.edges.some((e) => e.node.workerCount > 0)).toBe(true);
    // Directory only: the businesses are not the BPJS office's own, and no worker is visible.
    const firstId = shared.data?.partnerBusinesses.edges[0]?.node.id;
    expect((await bpjs.request('query($id: ID!) { node(id: $id) { id } }', { id: firstId })).data).toEqual({
      node: null,
    });
    expect(
      (await bpjs.request<{ workers: { totalCount: number } }>('{ workers { totalCount } }')).data?.workers.totalCount,
    ).toBe(0);
    expect(await rlsView('bpjs-yogyakarta', 'bantul')).toMatchObject({ workers: 0, employment: 0, edited: 0 });
    const edit = await bpjs.request(
      'mutation($id: ID!) { archiveBusiness(input: { id: $id, expectedVersion: 1 }) { id } }',
      { id: firstId },
    );
    expect(errorCodes(edit)).toEqual(['FORBIDDEN']);
  });

  it('give aggregates that add up to the directory', async () => {
    const bpjs = await new GraphQLClient(server.url).loginAs('VIEWER', 'bpjs-yogyakarta');
    const groups = await bpjs.request<{ partnerCoverage: { businesses: number; workers: number }[] }>(COVERAGE, {
      grantor: orgs.sleman?.globalId,
    });
    const directory = await bpjs.request<Partner>(PARTNER, { grantor: orgs.sleman?.globalId });
    const sum = (groups.data?.partnerCoverage ?? []).reduce((total, g) => total + g.businesses, 0);
    expect(sum).toBe(directory.data?.partnerBusinesses.totalCount);
  });

  it('open nothing to a third tenant', async () => {
    const sleman = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
    expect(errorCodes(await sleman.request(PARTNER, { grantor: orgs.bantul?.globalId }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sleman.request(COVERAGE, { grantor: orgs.bantul?.globalId }))).toEqual(['FORBIDDEN']);
    expect(await rlsView('sleman', 'bantul')).toEqual({
      businesses: 0,
      counts: 0,
      workers: 0,
      employment: 0,
      edited: 0,
    });
  });
});

describe('the edges of an agreement', () => {
  let gunungkidul: GraphQLClient;
  let kulonProgo: GraphQLClient;
  const grant = (input: Record<string, unknown>) =>
    gunungkidul.request<{ grantAgreement: { id: string; version: number; status: string } }>(GRANT, {
      input: {
        granteeId: orgs['kulon-progo']?.globalId,
        scope: 'BUSINESS_DIRECTORY',
        title: 'PKS uji',
        number: '001/UJI',
        signedOn: day(-400),
        validFrom: day(-30),
        validUntil: day(30),
        ...input,
      },
    });
  beforeAll(async () => {
    gunungkidul = await new GraphQLClient(server.url).loginAs('ADMIN', 'gunungkidul');
    kulonProgo = await new GraphQLClient(server.url).loginAs('STAFF', 'kulon-progo');
  });

  it('shares nothing before it starts, after it ends, or in another scope', async () => {
    for (const input of [
      { validFrom: day(1), validUntil: day(60) },
      { validFrom: day(-60), validUntil: day(-1) },
      { scope: 'AGGREGATES' },
    ]) {
      const granted = await grant(input);
      expect(granted.errors).toBeUndefined();
      expect(errorCodes(await kulonProgo.request(PARTNER, { grantor: orgs.gunungkidul?.globalId }))).toEqual([
        'FORBIDDEN',
      ]);
      expect((await rlsView('kulon-progo', 'gunungkidul')).businesses).toBe(0);
    }
    // Aggregates, though, are exactly what the AGGREGATES agreement gives.
    const stats = await kulonProgo.request<{ partnerCoverage: unknown[] }>(COVERAGE, {
      grantor: orgs.gunungkidul?.globalId,
    });
    expect(stats.data?.partnerCoverage.length).toBeGreaterThan(0);
  });

  it('shares the directory while live, and nothing from the moment it is revoked', async () => {
    const granted = await grant({});
    expect(granted.data?.grantAgreement.status).toBe('ACTIVE');
    const open = await kulonProgo.request<Partner>(PARTNER, { grantor: orgs.gunungkidul?.globalId });
    expect(open.data?.partnerBusinesses.totalCount).toBeGreaterThan(0);
    expect((await rlsView('kulon-progo', 'gunungkidul')).businesses).toBeGreaterThan(0);

    // The grantee can neither revoke nor alter it.
    const byGrantee = await new GraphQLClient(server.url).loginAs('ADMIN', 'kulon-progo');
    const id = granted.data?.grantAgreement.id;
    expect(
      errorCodes(
        await byGrantee.request(
          'mutation($id: ID!) { revokeAgreement(input: { id: $id, expectedVersion: 1 }) { id } }',
          { id },
        ),
      ),
    ).toEqual(['NOT_FOUND']);

    const revoked = await gunungkidul.request<{ revokeAgreement: { status: string } }>(
      'mutation($id: ID!) { revokeAgreement(input: { id: $id, expectedVersion: 1 }) { status } }',
      { id },
    );
    expect(revoked.data?.revokeAgreement.status).toBe('REVOKED');
    expect(errorCodes(await kulonProgo.request(PARTNER, { grantor: orgs.gunungkidul?.globalId }))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await rlsView('kulon-progo', 'gunungkidul')).businesses).toBe(0);

    const log = await gunungkidul.request<{ auditLog: { edges: { node: { action: string } }[] } }>(
      '{ auditLog(first: 100) { edges { node { action } } } }',
    );
    const actions = log.data?.auditLog.edges.map((e) => e.node.action) ?? [];
    expect(actions.filter((a) => a === 'agreement.grant').length).toBe(4);
    expect(actions).toContain('agreement.revoke');
  });

  it('is granted only by admins, to a partner, with dates in order', async () => {
    const staff = await new GraphQLClient(server.url).loginAs('STAFF', 'gunungkidul');
    expect(
      errorCodes(
        await staff.request(GRANT, {
          input: {
            granteeId: orgs.sleman?.globalId,
            scope: 'AGGREGATES',
            title: 'x',
            number: 'x',
            signedOn: day(0),
            validFrom: day(0),
            validUntil: day(1),
          },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const self = await grant({ granteeId: orgs.gunungkidul?.globalId });
    expect(self.errors?.[0]?.extensions?.problems).toEqual([{ field: 'granteeId', problem: 'UNKNOWN_VALUE' }]);
    const platform = await grant({ granteeId: orgs.platform?.globalId });
    expect(platform.errors?.[0]?.extensions?.problems).toEqual([{ field: 'granteeId', problem: 'UNKNOWN_VALUE' }]);
    const backwards = await grant({ validFrom: day(10), validUntil: day(5) });
    expect(backwards.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'validUntil', problem: 'OUT_OF_RANGE', params: { min: day(10) } },
    ]);
    // Empty is missing, not unknown: the form says the field is required.
    const missing = await grant({ granteeId: '', validUntil: '' });
    expect(missing.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'validUntil', problem: 'REQUIRED' },
      { field: 'granteeId', problem: 'REQUIRED' },
    ]);
  });
});
