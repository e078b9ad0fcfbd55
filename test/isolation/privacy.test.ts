import { MIN_GROUP_SIZE, PLATFORM, protectCount, ROUNDING_BASE } from '@jamsos/schema';
import { Organization } from '@jamsos/server/modules/organization/organization.entity';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAsAppRole } from '../helpers/database';
import { DEMO_PASSWORD, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * Personal data across tenant boundaries (docs/privacy.md). Small groups: every count of people a
 * partner reads of another tenant — partnerCoverage, a partner's directory, a dashboard with a
 * partner's data, whatever the filters — is 0, suppressed (null) or a multiple of 5, so no sum or
 * difference of published counts can equal a group of 1–4 people; the true small groups exist in
 * the world and come back suppressed; the tenant's own figures stay exact.
 */
let server: TestServer;
let orgs: Record<string, { id: string; globalId: string }>;
let owner: pg.Client;

beforeAll(async () => {
  server = await startServer({
    DEMO_REGISTRY_SCALE: '0.05',
    NIK_LOOKUP_LIMIT_PER_USER: '3',
    NIK_LOOKUP_LIMIT_PER_TENANT: '5',
    NIK_LOOKUP_WINDOW_MINUTES: '60',
  });
  const all = await server.portal.database.ownerOrm.em.fork().find(Organization, {});
  orgs = Object.fromEntries(
    all.map((o) => [o.code, { id: o.id, globalId: Buffer.from(`Organization:${o.id}`).toString('base64url') }]),
  );
  owner = new pg.Client({ connectionString: server.database.url });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.stop();
});

/** A count a partner may read: nobody, suppressed, or a multiple of the rounding base of at least 5. */
function expectPublishable(count: number | null | undefined, where: string) {
  if (count === null || count === 0) return;
  if (count === undefined) throw new Error(`${where}: no count`);
  expect(count % ROUNDING_BASE, where).toBe(0);
  expect(count, where).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
}

const COVERAGE = `query($grantor: ID!) { partnerCoverage(grantorId: $grantor) {
  regencyCode districtCode kbliSection sizeClass legalForm businesses workers enrolled suppressed } }`;
interface Group {
  regencyCode: string;
  districtCode: string;
  kbliSection: string;
  sizeClass: string;
  legalForm: string;
  businesses: number;
  workers: number | null;
  enrolled: number | null;
  suppressed: boolean;
}

const FIGURE = 'key workers enrolled lapsed coverageRate suppressed';
const DASHBOARD = `query($filter: DashboardFilter) { dashboard(filter: $filter) {
  smallGroupsProtected workersWithSeveralEmployers
  totals { ${FIGURE} } bySource { ${FIGURE} } byRegency { ${FIGURE} } byDistrict { ${FIGURE} }
  bySector { ${FIGURE} } bySizeClass { ${FIGURE} } byLegalForm { ${FIGURE} } byWorkerType { ${FIGURE} }
  enrolmentTrend { month enrolled cumulative } programmeMix { programme workers share } } }`;
interface Figure {
  key: string;
  workers: number | null;
  enrolled: number | null;
  lapsed: number | null;
  coverageRate: number | null;
  suppressed: boolean;
}
type Dashboard = {
  smallGroupsProtected: boolean;
  workersWithSeveralEmployers: number | null;
  totals: Figure;
  enrolmentTrend: { month: string; enrolled: number | null; cumulative: number | null }[];
  programmeMix: { programme: string; workers: number | null; share: number | null }[];
} & Record<
  'bySource' | 'byRegency' | 'byDistrict' | 'bySector' | 'bySizeClass' | 'byLegalForm' | 'byWorkerType',
  Figure[]
>;
const BREAKDOWNS = [
  'bySource',
  'byRegency',
  'byDistrict',
  'bySector',
  'bySizeClass',
  'byLegalForm',
  'byWorkerType',
] as const;

function expectDashboardPublishable(d: Dashboard, label: string) {
  expect(d.smallGroupsProtected, label).toBe(true);
  const figures = [d.totals, ...BREAKDOWNS.flatMap((b) => d[b])];
  for (const f of figures) {
    for (const count of [f.workers, f.enrolled, f.lapsed]) expectPublishable(count, `${label} ${f.key}`);
    expect(f.suppressed, `${label} ${f.key}`).toBe(f.workers === null || f.enrolled === null || f.lapsed === null);
    if (f.workers === null || f.enrolled === null) expect(f.coverageRate).toBeNull();
  }
  for (const m of d.enrolmentTrend) {
    expectPublishable(m.enrolled, `${label} ${m.month}`);
    expectPublishable(m.cumulative, `${label} ${m.month}`);
  }
  for (const p of d.programmeMix) expectPublishable(p.workers, `${label} ${p.programme}`);
  expectPublishable(d.workersWithSeveralEmployers, `${label} several`);
}

describe('small groups in shared statistics', () => {
  it('partnerCoverage suppresses every group of 1–4 workers and rounds the rest', async () => {
    const bpjs = await new GraphQLClient(server.url).loginAs('VIEWER', 'bpjs-yogyakarta');
    const result = await bpjs.request<{ partnerCoverage: Group[] }>(COVERAGE, { grantor: orgs.sleman?.globalId });
    expect(result.errors).toBeUndefined();
    const groups = result.data?.partnerCoverage ?? [];
    // The true counts, as the owner reads them (no RLS): the world has small groups to hide.
    const { rows } = await owner.query<{ key: string; workers: number; enrolled: number }>(
      `select concat_ws('|', b.district_code, b.kbli_section, b.size_class, b.legal_form) as key,
              coalesce(sum(c.worker_count), 0)::int as workers, coalesce(sum(c.enrolled_count), 0)::int as enrolled
         from business b left join business_counts c on c.business_id = b.id
        where b.organization_id = $1 and b.archived_at is null
        group by 1`,
      [orgs.sleman?.id],
    );
    const truth = new Map(rows.map((r) => [r.key, r]));
    const small = rows.filter((r) => r.workers > 0 && r.workers < MIN_GROUP_SIZE);
    expect(small.length).toBeGreaterThan(0);
    expect(groups.length).toBeGreaterThan(small.length);
    for (const g of groups) {
      expectPublishable(g.workers, 'workers');
      expectPublishable(g.enrolled, 'enrolled');
      expect(g.suppressed).toBe(g.workers === null || g.enrolled === null);
      const real = truth.get([g.districtCode, g.kbliSection, g.sizeClass, g.legalForm].join('|'));
      expect(real).toBeDefined();
      expect(g.workers).toBe(protectCount(real?.workers ?? -1));
      expect(g.enrolled).toBe(protectCount(real?.enrolled ?? -1));
    }
    const suppressed = groups.filter((g) => g.workers === null);
    expect(suppressed.length).toBe(small.length);
  });

  it('a partner’s directory shows a business of 1–4 workers as suppressed, the owner its exact count', async () => {
    const bpjs = await new GraphQLClient(server.url).loginAs('VIEWER', 'bpjs-yogyakarta');
    const PARTNER = `query($grantor: ID!, $after: String) { partnerBusinesses(grantorId: $grantor, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { id workerCount enrolledCount coverageRate countsSuppressed } } } }`;
    type Node = {
      id: string;
      workerCount: number | null;
      enrolledCount: number | null;
      coverageRate: number | null;
      countsSuppressed: boolean;
    };
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      type Page = {
        partnerBusinesses: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Node }[] };
      };
      const result: Awaited<ReturnType<typeof bpjs.request<Page>>> = await bpjs.request<Page>(PARTNER, {
        grantor: orgs.sleman?.globalId,
        after,
      });
      nodes.push(...(result.data?.partnerBusinesses.edges.map((e) => e.node) ?? []));
      if (!result.data?.partnerBusinesses.pageInfo.hasNextPage) break;
      after = result.data.partnerBusinesses.pageInfo.endCursor;
    }
    const { rows } = await owner.query<{ id: string; workers: number; enrolled: number }>(
      `select b.id::text, coalesce(c.worker_count, 0)::int as workers, coalesce(c.enrolled_count, 0)::int as enrolled
         from business b left join business_counts c on c.business_id = b.id
        where b.organization_id = $1 and b.archived_at is null`,
      [orgs.sleman?.id],
    );
    const truth = new Map(rows.map((r) => [Buffer.from(`Business:${r.id}`).toString('base64url'), r]));
    expect(nodes.length).toBe(rows.length);
    let small = 0;
    for (const node of nodes) {
      const real = truth.get(node.id);
      expect(node.workerCount).toBe(protectCount(real?.workers ?? -1));
      expect(node.enrolledCount).toBe(protectCount(real?.enrolled ?? -1));
      expect(node.countsSuppressed).toBe(node.workerCount === null || node.enrolledCount === null);
      if (node.workerCount === null) {
        small++;
        expect(node.coverageRate).toBeNull();
      }
    }
    expect(small).toBeGreaterThan(0);
    // The owner reads its own businesses exactly.
    const sleman = await new GraphQLClient(server.url).loginAs('VIEWER', 'sleman');
    const own = await sleman.request<{ businesses: { edges: { node: Node }[] } }>(
      '{ businesses(first: 100) { edges { node { id workerCount enrolledCount countsSuppressed } } } }',
    );
    for (const { node } of own.data?.businesses.edges ?? []) {
      expect(node.workerCount).toBe(truth.get(node.id)?.workers);
      expect(node.countsSuppressed).toBe(false);
    }
  });

  it('a dashboard with partners’ data publishes no group under 5, whatever the filters narrow it to', async () => {
    const bpjs = await new GraphQLClient(server.url).loginAs('VIEWER', 'bpjs-yogyakarta');
    const all = await bpjs.request<{ dashboard: Dashboard }>(DASHBOARD, { filter: {} });
    expect(all.errors).toBeUndefined();
    if (!all.data) throw new Error('no dashboard');
    expectDashboardPublishable(all.data.dashboard, 'all');
    // Narrow the filters to one small group of one source: its totals are the group, suppressed.
    const { rows } = await owner.query<{ district: string; sector: string; workers: number }>(
      `select b.district_code as district, b.kbli_section as sector, count(distinct w.id)::int as workers
         from business b join employment e on e.business_id = b.id
         join worker w on w.id = e.worker_id and w.archived_at is null
        where b.organization_id = $1 and b.archived_at is null
        group by 1, 2 having count(distinct w.id) between 1 and $2 - 1 limit 3`,
      [orgs.sleman?.id, MIN_GROUP_SIZE],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const narrowed = await bpjs.request<{ dashboard: Dashboard }>(DASHBOARD, {
        filter: { sourceId: orgs.sleman?.globalId, districtCode: row.district, kbliSection: row.sector },
      });
      expect(narrowed.errors).toBeUndefined();
      const d = narrowed.data?.dashboard;
      if (!d) throw new Error('no dashboard');
      expectDashboardPublishable(d, `${row.district}/${row.sector}`);
      expect(d.totals.workers).toBeNull();
      expect(d.totals.suppressed).toBe(true);
    }
  });

  it('leaves a tenant’s own figures exact', async () => {
    const sleman = await new GraphQLClient(server.url).loginAs('VIEWER', 'sleman');
    const own = await sleman.request<{ dashboard: Dashboard }>(DASHBOARD, { filter: {} });
    expect(own.data?.dashboard.smallGroupsProtected).toBe(false);
    const small = own.data?.dashboard.byDistrict.find((f) => (f.workers ?? 0) % ROUNDING_BASE !== 0);
    expect(small).toBeDefined();
    expect(own.data?.dashboard.byDistrict.every((f) => f.workers !== null && !f.suppressed)).toBe(true);
  });
});

describe('whole-NIK look-ups', () => {
  const SEARCH = 'query($search: String) { workers(first: 5, filter: { search: $search }) { totalCount } }';
  async function niksOf(code: string, count: number): Promise<string[]> {
    const { rows } = await owner.query<{ nik: string }>(
      'select nik from worker where organization_id = $1 order by nik limit $2',
      [orgs[code]?.id, count],
    );
    return rows.map((r) => r.nik);
  }
  async function audits(
    code: string,
    action: string,
  ): Promise<{ actor_email: string; changes: Record<string, unknown> }[]> {
    const { rows } = await owner.query(
      'select actor_email, changes from audit_entry where organization_id = $1 and action = $2 order by created_at',
      [orgs[code]?.id, action],
    );
    return rows;
  }
  async function notices(code: string) {
    const { rows } = await owner.query<{ email: string; params: Record<string, string> }>(
      `select u.email, n.params from notification n join app_user u on u.id = n.user_id
        where n.organization_id = $1 and n.kind = 'NIK_LOOKUP_LIMIT'`,
      [orgs[code]?.id],
    );
    return rows;
  }

  it('answers within the limit, audits each look-up without the NIK, then refuses and tells the admins once', async () => {
    const niks = await niksOf('sleman', 5);
    const viewer = await new GraphQLClient(server.url).loginAs('VIEWER', 'sleman');
    for (const nik of niks.slice(0, 3)) {
      const found = await viewer.request<{ workers: { totalCount: number } }>(SEARCH, { search: nik });
      expect(found.errors).toBeUndefined();
      expect(found.data?.workers.totalCount).toBe(1);
    }
    // Prefixes and names are no whole-NIK look-ups: not counted.
    expect((await viewer.request(SEARCH, { search: 'a' })).errors).toBeUndefined();
    const looked = await audits('sleman', 'worker.lookupNik');
    expect(looked).toHaveLength(3);
    expect(looked.every((a) => a.actor_email === 'viewer@sleman.demo')).toBe(true);
    // The audit log holds the masked NIK, never the whole one.
    expect(JSON.stringify(looked)).not.toContain(niks[0]);
    expect(looked[0]?.changes.nik).toMatch(/^\d{4}•{8}\d{4}$/);

    const refused = await viewer.request(SEARCH, { search: niks[3] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NIK_LOOKUP_LIMIT',
      limit: 'USER',
    });
    expect(refused.data?.workers ?? null).toBeNull();
    const refusals = await audits('sleman', 'worker.lookupNikRefused');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.changes).toMatchObject({ limit: 'USER', perUser: 3, windowMinutes: 60 });
    // Every active admin of the tenant is told, once.
    const { rows: admins } = await owner.query<{ email: string }>(
      `select email from app_user where organization_id = $1 and role = 'ADMIN' and status = 'ACTIVE' order by email`,
      [orgs.sleman?.id],
    );
    expect(admins.length).toBeGreaterThan(0);
    expect((await notices('sleman')).map((n) => n.email).sort()).toEqual(admins.map((a) => a.email));
    expect((await notices('sleman'))[0]?.params.title).toContain('viewer@sleman.demo');
    expect((await viewer.request(SEARCH, { search: niks[4] })).errors?.[0]?.extensions?.reason).toBe(
      'NIK_LOOKUP_LIMIT',
    );
    expect(await audits('sleman', 'worker.lookupNikRefused')).toHaveLength(2);
    expect(await notices('sleman')).toHaveLength(admins.length);
    // The export is no way around it.
    const filter = encodeURIComponent(JSON.stringify({ search: niks[4] }));
    const exported = await fetch(`${server.url}/api/exports/workers?format=csv&filter=${filter}`, {
      headers: { cookie: viewer.sessionCookie ?? '' },
    });
    expect(exported.status).toBe(403);
    expect(await exported.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'NIK_LOOKUP_LIMIT' });
    expect(await audits('sleman', 'worker.lookupNikRefused')).toHaveLength(3);
    // The admin reads the notice through the API.
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
    const list = await admin.request<{ notifications: { edges: { node: { kind: string } }[] } }>(
      '{ notifications(first: 20) { edges { node { kind } } } }',
    );
    expect(list.data?.notifications.edges.some((e) => e.node.kind === 'NIK_LOOKUP_LIMIT')).toBe(true);
  });

  it('limits the tenant as a whole, and leaves another tenant’s counter untouched', async () => {
    const niks = await niksOf('sleman', 3);
    const staff = await new GraphQLClient(server.url).loginAs('STAFF', 'sleman');
    // Three of the tenant's five are spent by the viewer above: two more, then the tenant's limit.
    for (const nik of niks.slice(0, 2)) expect((await staff.request(SEARCH, { search: nik })).errors).toBeUndefined();
    const refused = await staff.request(SEARCH, { search: niks[2] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'NIK_LOOKUP_LIMIT', limit: 'TENANT' });

    const bantulBefore = await owner.query('select count(*)::int as n from nik_lookup where organization_id = $1', [
      orgs.bantul?.id,
    ]);
    expect(bantulBefore.rows[0].n).toBe(0);
    const bantul = await new GraphQLClient(server.url).loginAs('VIEWER', 'bantul');
    const [bantulNik] = await niksOf('bantul', 1);
    const found = await bantul.request<{ workers: { totalCount: number } }>(SEARCH, { search: bantulNik });
    expect(found.errors).toBeUndefined();
    expect(found.data?.workers.totalCount).toBe(1);
    // Sleman's NIK asked in Bantul: counted (and answered "no") in Bantul, nothing in Sleman.
    const slemanCount = await owner.query('select count(*)::int as n from nik_lookup where organization_id = $1', [
      orgs.sleman?.id,
    ]);
    const other = await bantul.request<{ workers: { totalCount: number } }>(SEARCH, { search: niks[0] });
    expect(other.data?.workers.totalCount).toBe(0);
    const after = await owner.query(
      'select organization_id::text as org, count(*)::int as n from nik_lookup group by 1 order by 1',
    );
    expect(after.rows.find((r) => r.org === orgs.bantul?.id)?.n).toBe(2);
    expect(after.rows.find((r) => r.org === orgs.sleman?.id)?.n).toBe(slemanCount.rows[0].n);
    expect(await notices('bantul')).toHaveLength(0);
    expect(await audits('bantul', 'worker.lookupNikRefused')).toHaveLength(0);
  });

  it('keeps the counters under row-level security', async () => {
    const app = await connectAsAppRole(server.database.url);
    try {
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [orgs.bantul?.id]);
      const seen = await app.query('select distinct organization_id::text as org from nik_lookup');
      expect(seen.rows.map((r) => r.org)).toEqual([orgs.bantul?.id]);
      const { rows: users } = await owner.query('select id from app_user where organization_id = $1 limit 1', [
        orgs.sleman?.id,
      ]);
      await expect(
        app.query('insert into nik_lookup (organization_id, user_id) values ($1, $2)', [orgs.sleman?.id, users[0]?.id]),
      ).rejects.toThrow(/row-level security/);
      await app.query('rollback');
      await expect(app.query('delete from nik_lookup')).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});

describe('a person’s record', () => {
  const RECORD = `query($id: ID!, $purpose: PersonRecordPurpose) { personRecord(workerId: $id, purpose: $purpose) {
    worker { id fullName nik version occupation workerType coverageStatus kpj programmes enrolledOn businesses { id } }
    personalData { nik birthDate monthlyIncome phone }
    visits { visitedOn taskTitle }
    history { at action actorEmail changes dataSubjectRequest bulk } } }`;
  interface Entry {
    action: string;
    actorEmail: string | null;
    dataSubjectRequest: string | null;
    changes: string | null;
  }
  interface Record {
    personRecord: {
      worker: {
        id: string;
        fullName: string;
        nik: string;
        version: number;
        occupation: string | null;
        workerType: string;
        coverageStatus: string;
        kpj: string | null;
        programmes: string[];
        enrolledOn: string | null;
        businesses: { id: string }[];
      };
      personalData: { nik: string; monthlyIncome: number | null; phone: string | null };
      history: Entry[];
    };
  }
  async function slemanWorkerId(): Promise<{ id: string; globalId: string }> {
    const { rows } = await owner.query<{ id: string }>(
      `select id::text from worker where organization_id = $1 and archived_at is null order by id desc limit 1`,
      [orgs.sleman?.id],
    );
    const id = rows[0]?.id ?? '';
    return { id, globalId: Buffer.from(`Worker:${id}`).toString('base64url') };
  }

  it('shows staff everything held about the person, every access and change, and notes a correction’s request', async () => {
    const { id, globalId } = await slemanWorkerId();
    const staff = await new GraphQLClient(server.url).loginAs('STAFF', 'sleman');
    const first = await staff.request<Record>(RECORD, { id: globalId });
    expect(first.errors).toBeUndefined();
    const record = first.data?.personRecord;
    if (!record) throw new Error('no record');
    const { rows } = await owner.query('select nik from worker where id = $1', [id]);
    expect(record.personalData.nik).toBe(rows[0].nik);
    expect(record.worker.nik).not.toBe(rows[0].nik);
    // The read lists itself.
    expect(record.history.at(-1)).toMatchObject({ action: 'worker.viewPersonRecord', actorEmail: 'staff@sleman.demo' });

    // A correction through the normal edit, naming the request it answers.
    const w = record.worker;
    const edited = await staff.request(
      `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { id version } }`,
      {
        input: {
          id: globalId,
          expectedVersion: w.version,
          dataSubjectRequest: 'PDP-2026-017',
          fields: {
            businessIds: w.businesses.map((b) => b.id),
            fullName: w.fullName,
            workerType: w.workerType,
            occupation: 'Penjahit (dikoreksi)',
            coverageStatus: w.coverageStatus,
            kpj: w.kpj,
            programmes: w.programmes,
            enrolledOn: w.enrolledOn,
            nik: record.personalData.nik,
            monthlyIncome: record.personalData.monthlyIncome,
            phone: record.personalData.phone,
          },
        },
      },
    );
    expect(edited.errors).toBeUndefined();
    const exported = await staff.request<Record>(RECORD, { id: globalId, purpose: 'EXPORT' });
    const history = exported.data?.personRecord.history ?? [];
    const correction = history.find((h) => h.action === 'worker.update');
    expect(correction).toMatchObject({ actorEmail: 'staff@sleman.demo', dataSubjectRequest: 'PDP-2026-017' });
    expect(correction?.changes).toContain('occupation');
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['worker.viewPersonRecord', 'worker.update', 'worker.exportPersonRecord']),
    );
    // Too long a reference is refused, field named, nothing saved.
    const tooLong = await staff.request(`mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { id } }`, {
      input: {
        id: globalId,
        expectedVersion: w.version + 1,
        dataSubjectRequest: 'x'.repeat(101),
        fields: {
          businessIds: w.businesses.map((b) => b.id),
          fullName: w.fullName,
          workerType: w.workerType,
          coverageStatus: w.coverageStatus,
          programmes: w.programmes,
          nik: record.personalData.nik,
        },
      },
    });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is refused to viewers and the operator, and is “not found” for another tenant, which leaves no trace', async () => {
    const { id, globalId } = await slemanWorkerId();
    const count = async () =>
      (
        await owner.query(
          `select count(*)::int as n from audit_entry where object_id = $1 and action like 'worker.%PersonRecord'`,
          [id],
        )
      ).rows[0].n as number;
    const before = await count();
    const viewer = await new GraphQLClient(server.url).loginAs('VIEWER', 'sleman');
    expect((await viewer.request(RECORD, { id: globalId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const code of ['bantul', 'kadin-diy', 'bpjs-yogyakarta']) {
      const admin = await new GraphQLClient(server.url).loginAs('ADMIN', code);
      const foreign = await admin.request(RECORD, { id: globalId });
      expect(foreign.errors?.[0]?.extensions?.code, code).toBe('NOT_FOUND');
      expect(foreign.data ?? null).toBeNull();
    }
    const operator = new GraphQLClient(server.url);
    await operator.request('mutation($input: LoginInput!) { login(input: $input) { viewer { user { id } } } }', {
      input: { email: PLATFORM.operatorEmail, password: DEMO_PASSWORD },
    });
    expect((await operator.request(RECORD, { id: globalId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });
});
