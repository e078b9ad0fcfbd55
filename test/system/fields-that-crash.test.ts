import http from 'node:http';
import { PLATFORM } from '@jamsos/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * Regressions of issue 15, "Fields that crash": each was an INTERNAL_SERVER_ERROR (or a fault in
 * the log) that a person could meet by asking for an ordinary field or by closing a tab.
 */

let server: TestServer;
const logLines: string[] = [];
let staff: GraphQLClient;
let bpjs: GraphQLClient;

function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

beforeAll(async () => {
  server = await startServer({}, {}, (line) => logLines.push(line));
  staff = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
  bpjs = await new GraphQLClient(server.url).loginAs('ADMIN', 'bpjs-yogyakarta');
});
afterAll(async () => {
  await server?.stop();
});

describe('list timestamps (createdAt/updatedAt on list pages answered INTERNAL_SERVER_ERROR)', () => {
  const TIMES = 'createdAt updatedAt archivedAt';
  const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

  it('businesses answer createdAt and updatedAt on a page with rows', async () => {
    const result = await staff.request<{ businesses: { edges: { node: { createdAt: string; updatedAt: string } }[] } }>(
      `{ businesses(first: 5) { edges { node { ${TIMES} } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.businesses.edges.length).toBeGreaterThan(0);
    for (const { node } of result.data?.businesses.edges ?? []) {
      expect(node.createdAt).toMatch(ISO);
      expect(node.updatedAt).toMatch(ISO);
    }
  });

  it('workers answer createdAt and updatedAt on a page with rows', async () => {
    const result = await staff.request<{ workers: { edges: { node: { createdAt: string; updatedAt: string } }[] } }>(
      `{ workers(first: 5) { edges { node { ${TIMES} } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.workers.edges.length).toBeGreaterThan(0);
    for (const { node } of result.data?.workers.edges ?? []) expect(node.createdAt).toMatch(ISO);
  });

  it('outreachTasks answer createdAt on a page with rows', async () => {
    const orgs = await bpjs.request<{ organizations: { edges: { node: { id: string; code: string } }[] } }>(
      '{ organizations(first: 100) { edges { node { id code } } } }',
    );
    const bantul = orgs.data?.organizations.edges.find((e) => e.node.code === 'bantul')?.node;
    const task = await bpjs.request(
      'mutation($input: CreateOutreachTaskInput!) { createOutreachTask(input: $input) { id } }',
      {
        input: {
          assigneeId: bantul?.id,
          regencyCode: '34.02',
          title: 'Sosialisasi',
          dueOn: '2099-01-31',
          targetWorkers: 5,
        },
      },
    );
    expect(task.errors).toBeUndefined();
    const result = await bpjs.request<{ outreachTasks: { edges: { node: { createdAt: string } }[] } }>(
      '{ outreachTasks(first: 5) { edges { node { createdAt } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.outreachTasks.edges.length).toBeGreaterThan(0);
    for (const { node } of result.data?.outreachTasks.edges ?? []) expect(node.createdAt).toMatch(ISO);
  });

  it('partnerBusinesses answer createdAt and updatedAt on a page with rows', async () => {
    const agreements = await bpjs.request<{
      agreements: { edges: { node: { scope: string; status: string; grantor: { id: string } } }[] };
    }>('{ agreements(first: 50, direction: RECEIVED) { edges { node { scope status grantor { id } } } } }');
    expect(agreements.errors).toBeUndefined();
    const directory = agreements.data?.agreements.edges
      .map((e) => e.node)
      .find((a) => a.scope === 'BUSINESS_DIRECTORY' && a.status === 'ACTIVE');
    expect(directory).toBeDefined();
    const result = await bpjs.request<{ partnerBusinesses: { edges: { node: { createdAt: string } }[] } }>(
      `query($grantorId: ID!) { partnerBusinesses(grantorId: $grantorId, first: 5) { edges { node { ${TIMES} } } } }`,
      { grantorId: directory?.grantor.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.partnerBusinesses.edges.length).toBeGreaterThan(0);
    for (const { node } of result.data?.partnerBusinesses.edges ?? []) expect(node.createdAt).toMatch(ISO);
  });

  it('an archived page answers archivedAt', async () => {
    const page = await staff.request<{ businesses: { edges: { node: { id: string; version: number } }[] } }>(
      '{ businesses(first: 1) { edges { node { id version } } } }',
    );
    const business = page.data?.businesses.edges[0]?.node;
    const archive = await staff.request(
      'mutation($input: VersionedIdInput!) { archiveBusiness(input: $input) { version } }',
      { input: { id: business?.id, expectedVersion: business?.version } },
    );
    expect(archive.errors).toBeUndefined();
    const result = await staff.request<{ businesses: { edges: { node: { archivedAt: string | null } }[] } }>(
      `{ businesses(first: 5, filter: { archived: true }) { edges { node { ${TIMES} } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.businesses.edges[0]?.node.archivedAt).toMatch(ISO);
  });
});

describe('node(id:) with a type part that is no Node type', () => {
  const NAMES = [
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'isPrototypeOf',
    'propertyIsEnumerable',
    'toLocaleString',
    '__defineGetter__',
    '__lookupGetter__',
    'Nothing',
    'Viewer',
    'Dashboard',
  ];
  for (const name of NAMES) {
    it(`answers null for "${name}:<uuid>"`, async () => {
      const result = await staff.request<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', {
        id: globalId(name, '00000000-0000-4000-8000-000000000000'),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).toBeNull();
    });
  }
});

describe("the platform's own organisation through node(id:)", () => {
  it('is not readable by tenants, and is by its own operator', async () => {
    const operator = new GraphQLClient(server.url);
    const login = await operator.request<{ login: { viewer: { organization: { id: string } } } }>(
      'mutation($input: LoginInput!) { login(input: $input) { viewer { organization { id } } } }',
      { input: { email: PLATFORM.operatorEmail, password: DEMO_PASSWORD } },
    );
    const platformId = login.data?.login.viewer.organization.id;
    expect(platformId).toBeTruthy();
    const query = 'query($id: ID!) { node(id: $id) { id ... on Organization { code kind } } }';
    for (const tenant of [staff, bpjs]) {
      const result = await tenant.request<{ node: unknown }>(query, { id: platformId });
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).toBeNull();
    }
    const own = await operator.request<{ node: { code: string } | null }>(query, { id: platformId });
    expect(own.data?.node?.code).toBe(PLATFORM.code);
    // Tenants still read each other's organisation record (the partner directory shows them).
    const agreements = await bpjs.request<{ agreements: { edges: { node: { grantor: { id: string } } }[] } }>(
      '{ agreements(first: 1, direction: RECEIVED) { edges { node { grantor { id } } } } }',
    );
    const partner = await staff.request<{ node: { kind: string } | null }>(query, {
      id: agreements.data?.agreements.edges[0]?.node.grantor.id,
    });
    expect(partner.data?.node).not.toBeNull();
  });
});

/** Sends a login and closes the connection `afterMs` after the request went out, like a browser leaving. */
function abandonedLogin(afterMs: number): Promise<void> {
  const url = new URL(`${server.url}/graphql`);
  const body = JSON.stringify({
    query: 'mutation($input: LoginInput!) { login(input: $input) { viewer { user { id } } } }',
    variables: { input: { email: 'staff@bantul.demo', password: DEMO_PASSWORD } },
  });
  return new Promise((resolve) => {
    const request = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    request.on('error', () => resolve());
    request.on('response', () => resolve());
    request.end(body, () => {
      setTimeout(() => {
        request.destroy();
        resolve();
      }, afterMs);
    });
  });
}

describe('a login abandoned by its browser', () => {
  it('is not logged as an unexpected internal error', async () => {
    logLines.length = 0;
    // Password checking takes tens of milliseconds: leave at several moments inside it.
    for (const afterMs of [5, 15, 30, 50, 80, 120]) {
      await abandonedLogin(afterMs);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(logLines.filter((line) => /Unexpected error|INTERNAL_SERVER_ERROR/.test(line))).toEqual([]);
    // At least one of them left while the login was still running (else this test proves nothing).
    expect(logLines.some((line) => line.includes('closed the request'))).toBe(true);
    // The server is fine afterwards.
    const again = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
    const viewer = await again.request('{ viewer { user { id } } }');
    expect(errorCodes(viewer)).toEqual([]);
  });
});
