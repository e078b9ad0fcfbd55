import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITABLE_BUSINESS_FIELDS, type EditableBusiness, updateBusinessInput } from '../helpers/business-edit';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * SQL statements per GraphQL operation do not grow with the page size: counts per business and
 * businesses per worker come from one batched query per page, and the permission layer costs
 * no query per item. Query counts are deterministic, so this is asserted exactly; time is not.
 */
let server: TestServer;
let client: GraphQLClient;
let statements: string[] = [];

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0.6' });
  // Every statement the request role's connection sends passes through the ORM's query logger.
  const logger = server.portal.database.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (context) => {
    statements.push(context.query ?? '');
    original(context);
  };
  client = await new GraphQLClient(server.url).loginAs('STAFF', 'sleman');
});
afterAll(async () => {
  await server?.stop();
});

async function countStatements(query: string, first: number): Promise<number> {
  statements = [];
  const result = await client.request<Record<string, { edges: unknown[] }>>(query, { first });
  expect(result.errors).toBeUndefined();
  const list = Object.values(result.data ?? {})[0];
  expect(list?.edges.length).toBe(first);
  return statements.length;
}

describe('SQL statements per operation', () => {
  it('stay the same for 5 or 100 businesses with their coverage counts', async () => {
    const query = `query($first: Int!) { businesses(first: $first, sort: COVERAGE_RATE, descending: true) {
      totalCount edges { node { id name districtName workerCount enrolledCount coverageRate } } } }`;
    const small = await countStatements(query, 5);
    const large = await countStatements(query, 100);
    expect(large).toBe(small);
  });

  it('stay the same for 5 or 100 workers with their businesses', async () => {
    const query = `query($first: Int!) { workers(first: $first, filter: { coverageStatus: ENROLLED }) {
      totalCount edges { node { id nik fullName programmes businesses { id name workerCount } } } } }`;
    const small = await countStatements(query, 5);
    const large = await countStatements(query, 100);
    expect(large).toBe(small);
    // Session lookup, tenant, the page, the total, businesses, their counts; and the transaction.
    expect(large).toBeLessThanOrEqual(10);
  });
});

describe('the fewest statements per page (issue 19)', () => {
  const isTransaction = (sql: string) => /^(begin|commit|rollback)\b/i.test(sql.trim());

  it('an unfiltered list reads its kept total: the transaction, the caller and one statement', async () => {
    for (const query of [
      'query($first: Int!) { workers(first: $first) { totalCount edges { node { id fullName } } } }',
      'query($first: Int!) { businesses(first: $first) { totalCount edges { node { id name workerCount } } } }',
    ]) {
      const count = await countStatements(query, 20);
      // begin, the session lookup (which enters the tenant), the page with its total, commit.
      expect(count, query).toBe(4);
      expect(statements.filter((sql) => !isTransaction(sql))).toHaveLength(2);
      // The total is the kept one (registry_count), not a count over the tenant's rows.
      expect(statements.some((sql) => /count\(\*\) from (worker|business)\b/i.test(sql))).toBe(false);
      expect(statements.some((sql) => sql.includes('registry_count'))).toBe(true);
    }
    // A filtered list still counts what matches.
    await countStatements(
      'query($first: Int!) { workers(first: $first, filter: { workerType: PU }) { totalCount edges { node { id } } } }',
      5,
    );
    expect(statements.some((sql) => /count\(\*\) from worker\b/i.test(sql))).toBe(true);
  });

  it("a partner's directory: the grant check on the caller's date, no statement asking for it", async () => {
    const bpjs = await new GraphQLClient(server.url).loginAs('STAFF', 'bpjs-yogyakarta');
    const orgs = await bpjs.request<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
      '{ organizations(first: 100) { edges { node { id name } } } }',
    );
    const sleman = orgs.data?.organizations.edges.find((e) => e.node.name.includes('Sleman'))?.node;
    statements = [];
    const page = await bpjs.request<{ partnerBusinesses: { totalCount: number; edges: unknown[] } }>(
      'query($grantor: ID!) { partnerBusinesses(grantorId: $grantor, first: 20) { totalCount edges { node { id name workerCount } } } }',
      { grantor: sleman?.id },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data?.partnerBusinesses.edges).toHaveLength(20);
    // begin, the caller, the grant, the page with its kept total, commit (was six: and today's date).
    expect(statements).toHaveLength(5);
    // The database's date comes with the caller (the session lookup), in no statement of its own.
    const dated = statements.filter((sql) => /current_date/i.test(sql));
    expect(dated.every((sql) => sql.includes('auth_session_viewer'))).toBe(true);
  });
});

describe('the dashboard', () => {
  const DASHBOARD = `{ dashboard { totals { workers enrolled businesses } byDistrict { key workers }
    taskProgress { key open targetWorkers } } }`;
  type Figures = {
    dashboard: {
      totals: { businesses: number; workers: number };
      taskProgress: { key: string; open: number; targetWorkers: number }[];
    };
  };
  const read = async () => {
    statements = [];
    const result = await client.request<Figures>(DASHBOARD);
    expect(result.errors).toBeUndefined();
    return { figures: result.data?.dashboard, statements: statements.length };
  };

  it('is computed once and served again until a source changes: registry edits and tasks alike', async () => {
    const first = await read();
    const again = await read();
    expect(again.figures).toEqual(first.figures);
    // Session and tenant, the sources with their versions, and the transaction: nothing else.
    expect(again.statements).toBeLessThan(first.statements);
    expect(again.statements).toBeLessThanOrEqual(5);

    // A registry edit bumps the version in its own transaction; the next read computes anew.
    const list = await client.request<{ businesses: { edges: { node: { id: string; version: number } }[] } }>(
      '{ businesses(first: 1, sort: WORKER_COUNT, descending: true) { edges { node { id version } } } }',
    );
    const business = list.data?.businesses.edges[0]?.node;
    const archive = await client.request<{ archiveBusiness: { version: number } }>(
      'mutation($input: VersionedIdInput!) { archiveBusiness(input: $input) { version } }',
      { input: { id: business?.id, expectedVersion: business?.version } },
    );
    expect(archive.errors).toBeUndefined();
    const afterEdit = await read();
    expect(afterEdit.statements).toBe(first.statements);
    expect(afterEdit.figures?.totals.businesses).toBe((first.figures?.totals.businesses ?? 0) - 1);
    await client.request('mutation($input: VersionedIdInput!) { restoreBusiness(input: $input) { version } }', {
      input: { id: business?.id, expectedVersion: archive.data?.archiveBusiness.version },
    });

    // A task given to Sleman by another tenant moves Sleman's task progress.
    const settled = await read();
    const bpjs = await new GraphQLClient(server.url).loginAs('STAFF', 'bpjs-yogyakarta');
    const orgs = await bpjs.request<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
      '{ organizations(first: 100) { edges { node { id name } } } }',
    );
    const sleman = orgs.data?.organizations.edges.find((e) => e.node.name.includes('Sleman'))?.node;
    const task = await bpjs.request(
      'mutation($input: CreateOutreachTaskInput!) { createOutreachTask(input: $input) { id } }',
      {
        input: {
          assigneeId: sleman?.id,
          regencyCode: '34.04',
          title: 'Sosialisasi pasar',
          dueOn: '2099-01-31',
          targetWorkers: 37,
        },
      },
    );
    expect(task.errors).toBeUndefined();
    const afterTask = await read();
    const target = (f: typeof settled.figures) => f?.taskProgress.reduce((sum, p) => sum + p.targetWorkers, 0) ?? 0;
    expect(target(afterTask.figures)).toBe(target(settled.figures) + 37);
  });

  it('is not recomputed for an edit that moves no figure, and is for one that does', async () => {
    const before = await read();
    const served = await read();
    expect(served.statements).toBeLessThanOrEqual(5);
    // A new contact name: the business stays in its cells, so neither cells nor versions change.
    const { data } = await client.request<{ businesses: { edges: { node: EditableBusiness }[] } }>(
      `{ businesses(first: 1) { edges { node { ${EDITABLE_BUSINESS_FIELDS} } } } }`,
    );
    const business = data?.businesses.edges[0]?.node;
    if (!business) throw new Error('no business to edit');
    const edit = await client.request(
      'mutation($input: UpdateBusinessInput!) { updateBusiness(input: $input) { version } }',
      {
        input: updateBusinessInput(business, { contactName: 'Bu Sri Rahayu' }),
      },
    );
    expect(edit.errors).toBeUndefined();
    const afterContact = await read();
    expect(afterContact.statements).toBe(served.statements);
    expect(afterContact.figures).toEqual(before.figures);

    // An archived worker leaves the figures: recomputed, with fewer workers.
    const workers = await client.request<{ workers: { edges: { node: { id: string; version: number } }[] } }>(
      '{ workers(first: 1, filter: { coverageStatus: ENROLLED }) { edges { node { id version } } } }',
    );
    const worker = workers.data?.workers.edges[0]?.node;
    const archived = await client.request(
      'mutation($input: VersionedIdInput!) { archiveWorker(input: $input) { id } }',
      {
        input: { id: worker?.id, expectedVersion: worker?.version },
      },
    );
    expect(archived.errors).toBeUndefined();
    const afterArchive = await read();
    expect(afterArchive.statements).toBeGreaterThan(served.statements);
    expect(afterArchive.figures?.totals.workers).toBeLessThan(before.figures?.totals.workers ?? 0);
  });
});

describe('the functions every request and every policy calls', () => {
  it('are PL/pgSQL, planned once per connection rather than on every call', async () => {
    // A SQL-language function that is not inlined (a `set search_path` clause, or a call in a
    // select list as the row-level security policies make) plans its body on every call before
    // PostgreSQL 18: 0.57 ms on every request for the session lookup, 5 of 7 ms for a dashboard
    // statement's six grant checks (see Migration20261202090000_session_viewer_plan and
    // Migration20261202091000_granted_tenants_plan). Statement counts cannot show that; this can.
    const owner = server.portal.database.ownerOrm.em.fork().getConnection();
    const rows = await owner.execute<{ name: string; language: string }[]>(
      `select p.proname as name, l.lanname as language from pg_proc p join pg_language l on l.oid = p.prolang
        where p.oid in ('auth_session_viewer(text)'::regprocedure, 'app_granted_tenants(text)'::regprocedure)
        order by 1`,
    );
    expect(rows).toEqual([
      { name: 'app_granted_tenants', language: 'plpgsql' },
      { name: 'auth_session_viewer', language: 'plpgsql' },
    ]);
  });
});
