import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/** The registry over HTTP, as regency staff, viewers and other tenants use it. */
let server: TestServer;
let staff: GraphQLClient;
let viewer: GraphQLClient;

const BUSINESS_FIELDS = `id name nib legalForm kbliSection sizeClass regencyCode districtCode districtName address
  kadinMember version archivedAt workerCount enrolledCount coverageRate`;

interface BusinessNode {
  id: string;
  name: string;
  nib: string | null;
  version: number;
  archivedAt: string | null;
  workerCount: number;
  enrolledCount: number;
  coverageRate: number | null;
  districtName: string;
  kadinMember: boolean;
}

const CREATE_BUSINESS = `mutation($input: BusinessFields!) { createBusiness(input: $input) { ${BUSINESS_FIELDS} } }`;
const UPDATE_BUSINESS = `mutation($input: UpdateBusinessInput!) { updateBusiness(input: $input) { ${BUSINESS_FIELDS} } }`;
const CREATE_WORKER = `mutation($input: WorkerFields!) {
  createWorker(input: $input) { id nik fullName sex birthYear coverageStatus programmes version businesses { id } } }`;

function aBusiness(overrides: Record<string, unknown> = {}) {
  return {
    legalForm: 'UMKM',
    name: 'Bakpia Pak Tes',
    nib: '9120000000001',
    kbliSection: 'C',
    sizeClass: 'MIKRO',
    regency: 'Bantul',
    district: 'Banguntapan',
    address: 'Jl. Wonosari Km 8',
    contactPhone: '0812 2345 6789',
    foundedYear: 2015,
    ...overrides,
  };
}

/** A woman born 7 September 1985, registered in Banguntapan (340212). */
const NIK_WOMAN = '3402124709850012';

function aWorker(businessId: string, overrides: Record<string, unknown> = {}) {
  return {
    businessIds: [businessId],
    nik: NIK_WOMAN,
    fullName: 'Sri Lestari',
    workerType: 'PU',
    occupation: 'Pengrajin bakpia',
    monthlyIncome: 2_400_000,
    phone: '081234567890',
    coverageStatus: 'ENROLLED',
    kpj: '12345678901',
    programmes: ['JKK', 'JKM', 'JHT'],
    enrolledOn: '2020-03-01',
    ...overrides,
  };
}

async function createBusiness(client: GraphQLClient, input: Record<string, unknown>) {
  const result = await client.request<{ createBusiness: BusinessNode }>(CREATE_BUSINESS, { input });
  if (!result.data?.createBusiness) throw new Error(JSON.stringify(result.errors));
  return result.data.createBusiness;
}

async function businessCount(client: GraphQLClient): Promise<number> {
  const result = await client.request<{ businesses: { totalCount: number } }>('{ businesses { totalCount } }');
  return result.data?.businesses.totalCount ?? -1;
}

beforeAll(async () => {
  server = await startServer();
  staff = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
  viewer = await new GraphQLClient(server.url).loginAs('VIEWER', 'bantul');
});
afterAll(async () => {
  await server?.stop();
});

describe('businesses', () => {
  it('are created by staff, with the region resolved from names, and audited', async () => {
    const business = await createBusiness(staff, aBusiness());
    expect(business).toMatchObject({
      name: 'Bakpia Pak Tes',
      districtName: 'Banguntapan',
      version: 1,
      workerCount: 0,
      coverageRate: null,
      kadinMember: false,
    });
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const log = await admin.request<{ auditLog: { edges: { node: { action: string; objectId: string } }[] } }>(
      '{ auditLog(action: "business.create", first: 100) { edges { node { action objectId } } } }',
    );
    expect(log.data?.auditLog.edges.length).toBeGreaterThan(0);
  });

  it('refuses bad input with every problem named, and writes nothing', async () => {
    const before = await businessCount(staff);
    const result = await staff.request(CREATE_BUSINESS, {
      input: aBusiness({ nib: '123', district: 'Depok', kbliSection: 'Z', name: ' ', foundedYear: 3000 }),
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const problems = result.errors?.[0]?.extensions?.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'name', problem: 'REQUIRED' },
        { field: 'nib', problem: 'NIB_FORMAT' },
        { field: 'kbliSection', problem: 'UNKNOWN_VALUE' },
        { field: 'district', problem: 'DISTRICT_NOT_IN_REGENCY' },
        // The bounds travel with the problem, so the message can say the range.
        {
          field: 'foundedYear',
          problem: 'OUT_OF_RANGE',
          params: { min: '1900', max: String(new Date().getFullYear()) },
        },
      ]),
    );
    expect(await businessCount(staff)).toBe(before);
  });

  it('keeps a regency to its own regency, and the province agency to cooperatives', async () => {
    const outside = await staff.request(CREATE_BUSINESS, {
      input: aBusiness({ regency: 'Sleman', district: 'Depok', nib: null }),
    });
    expect(outside.errors?.[0]?.extensions?.problems).toEqual([{ field: 'regency', problem: 'REGION_OUTSIDE_TENANT' }]);
    const province = await new GraphQLClient(server.url).loginAs('STAFF', 'dinkop-diy');
    const umkm = await province.request(CREATE_BUSINESS, { input: aBusiness({ nib: null }) });
    expect(umkm.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'legalForm', problem: 'PROVINCE_KEEPS_KOPERASI' },
    ]);
    const koperasi = await province.request(CREATE_BUSINESS, {
      input: aBusiness({
        legalForm: 'KOPERASI',
        name: 'KSP Lintas Kabupaten',
        nib: null,
        regency: 'Sleman',
        district: 'Depok',
      }),
    });
    expect(koperasi.errors).toBeUndefined();
  });

  it("makes Kadin's businesses its members", async () => {
    const kadin = await new GraphQLClient(server.url).loginAs('STAFF', 'kadin-diy');
    const business = await createBusiness(kadin, aBusiness({ nib: null, kadinMember: false }));
    expect(business.kadinMember).toBe(true);
  });

  it('is not kept by the BPJS office, nor changed by viewers', async () => {
    const bpjs = await new GraphQLClient(server.url).loginAs('ADMIN', 'bpjs-yogyakarta');
    const refused = await bpjs.request(CREATE_BUSINESS, { input: aBusiness({ nib: null }) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'keepsRegistry' });
    const byViewer = await viewer.request(CREATE_BUSINESS, { input: aBusiness({ nib: null }) });
    expect(errorCodes(byViewer)).toEqual(['FORBIDDEN']);
  });

  it('refuses a duplicate NIB within the tenant, but not one another tenant also has', async () => {
    const duplicate = await staff.request(CREATE_BUSINESS, { input: aBusiness({ name: 'Lain' }) });
    expect(duplicate.errors?.[0]?.extensions?.problems).toEqual([{ field: 'nib', problem: 'DUPLICATE' }]);
    const kulonProgo = await new GraphQLClient(server.url).loginAs('STAFF', 'kulon-progo');
    const elsewhere = await kulonProgo.request(CREATE_BUSINESS, {
      input: aBusiness({ regency: 'Kulon Progo', district: 'Wates' }),
    });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('refuses an edit made on a stale version, says what changed, and overwrites nothing', async () => {
    const business = await createBusiness(staff, aBusiness({ nib: null, name: 'Gerabah Kasongan' }));
    const first = await staff.request<{ updateBusiness: BusinessNode }>(UPDATE_BUSINESS, {
      input: { id: business.id, expectedVersion: 1, fields: aBusiness({ nib: null, name: 'Gerabah Kasongan Jaya' }) },
    });
    expect(first.data?.updateBusiness).toMatchObject({ name: 'Gerabah Kasongan Jaya', version: 2 });
    const stale = await staff.request(UPDATE_BUSINESS, {
      input: { id: business.id, expectedVersion: 1, fields: aBusiness({ nib: null, name: 'Gerabah Lama' }) },
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      reason: 'STALE_VERSION',
      currentVersion: 2,
      changes: [expect.objectContaining({ field: 'name', after: 'Gerabah Kasongan Jaya', by: 'staff@bantul.demo' })],
    });
    const now = await staff.request<{ node: BusinessNode }>(
      'query($id: ID!) { node(id: $id) { ... on Business { name version } } }',
      {
        id: business.id,
      },
    );
    expect(now.data?.node).toEqual({ name: 'Gerabah Kasongan Jaya', version: 2 });
  });

  it('lets exactly one of many concurrent editors of the same version win; no update is lost', async () => {
    const business = await createBusiness(staff, aBusiness({ nib: null, name: 'Kopi Menoreh' }));
    const editors = await Promise.all(
      ['STAFF', 'ADMIN', 'STAFF', 'ADMIN', 'STAFF'].map((role) =>
        new GraphQLClient(server.url).loginAs(role as 'STAFF', 'bantul'),
      ),
    );
    const results = await Promise.all(
      editors.map((editor, i) =>
        editor.request<{ updateBusiness: BusinessNode }>(UPDATE_BUSINESS, {
          input: { id: business.id, expectedVersion: 1, fields: aBusiness({ nib: null, name: `Kopi Menoreh ${i}` }) },
        }),
      ),
    );
    const winners = results.filter((r) => r.data?.updateBusiness);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => errorCodes(r)[0] === 'CONFLICT')).toHaveLength(4);
    const now = await staff.request<{ node: BusinessNode }>(
      'query($id: ID!) { node(id: $id) { ... on Business { name version } } }',
      { id: business.id },
    );
    expect(now.data?.node).toEqual({ name: winners[0]?.data?.updateBusiness.name, version: 2 });
  });

  it('are archived out of the list and restored into it', async () => {
    const business = await createBusiness(staff, aBusiness({ nib: null, name: 'Warung Arsip' }));
    const search = '{ businesses(filter: { search: "Warung Arsip" }) { totalCount } }';
    const archived = await staff.request<{ archiveBusiness: BusinessNode }>(
      'mutation($id: ID!) { archiveBusiness(input: { id: $id, expectedVersion: 1 }) { archivedAt version } }',
      { id: business.id },
    );
    expect(archived.data?.archiveBusiness.archivedAt).toBeTruthy();
    expect((await staff.request<{ businesses: { totalCount: number } }>(search)).data?.businesses.totalCount).toBe(0);
    const inArchive = await staff.request<{ businesses: { totalCount: number } }>(
      '{ businesses(filter: { search: "Warung Arsip", archived: true }) { totalCount } }',
    );
    expect(inArchive.data?.businesses.totalCount).toBe(1);
    await staff.request('mutation($id: ID!) { restoreBusiness(input: { id: $id, expectedVersion: 2 }) { id } }', {
      id: business.id,
    });
    expect((await staff.request<{ businesses: { totalCount: number } }>(search)).data?.businesses.totalCount).toBe(1);
  });
});

describe('workers', () => {
  let business: BusinessNode;
  beforeAll(async () => {
    business = await createBusiness(staff, aBusiness({ nib: '9120000000099', name: 'Batik Tulis Giriloyo' }));
  });

  it('derive sex and birth year from the NIK and show it masked', async () => {
    const result = await staff.request<{ createWorker: Record<string, unknown> }>(CREATE_WORKER, {
      input: aWorker(business.id),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createWorker).toMatchObject({
      nik: '3402••••••••0012',
      sex: 'F',
      birthYear: 1985,
      coverageStatus: 'ENROLLED',
      programmes: ['JKK', 'JKM', 'JHT'],
      businesses: [{ id: business.id }],
    });
  });

  it('count into their business: workers, enrolled, coverage', async () => {
    await staff.request(CREATE_WORKER, {
      input: aWorker(business.id, {
        nik: '3402120101900003',
        fullName: 'Budi Santoso',
        coverageStatus: 'NOT_ENROLLED',
        kpj: null,
        programmes: [],
        enrolledOn: null,
      }),
    });
    const result = await staff.request<{ node: BusinessNode }>(
      'query($id: ID!) { node(id: $id) { ... on Business { workerCount enrolledCount coverageRate } } }',
      { id: business.id },
    );
    expect(result.data?.node).toEqual({ workerCount: 2, enrolledCount: 1, coverageRate: 0.5 });
    const partial = await staff.request<{ businesses: { edges: { node: { id: string } }[] } }>(
      '{ businesses(filter: { coverage: PARTIAL }, first: 100) { edges { node { id } } } }',
    );
    expect(partial.data?.businesses.edges.map((e) => e.node.id)).toContain(business.id);
  });

  it('refuse a bad NIK and coverage that breaks the programme rules, with every reason', async () => {
    const result = await staff.request(CREATE_WORKER, {
      input: aWorker(business.id, {
        nik: '3402123209850012',
        workerType: 'BPU',
        programmes: ['JKK', 'JKM', 'JP'],
        monthlyIncome: 500_000,
      }),
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = ((result.errors?.[0]?.extensions?.problems ?? []) as { field: string; problem: string }[]).map(
      (p) => p.problem,
    );
    expect(fields).toEqual(expect.arrayContaining(['NIK_BIRTH_DATE', 'PROGRAMME_NOT_FOR_BPU', 'INCOME_TOO_LOW']));
  });

  it('refuse a NIK already in the tenant; another tenant may hold the same NIK unknowingly', async () => {
    const again = await staff.request(CREATE_WORKER, { input: aWorker(business.id, { kpj: '12345678902' }) });
    expect(again.errors?.[0]?.extensions?.problems).toEqual([{ field: 'nik', problem: 'DUPLICATE' }]);
    const sleman = await new GraphQLClient(server.url).loginAs('STAFF', 'sleman');
    const theirs = await createBusiness(sleman, aBusiness({ regency: 'Sleman', district: 'Depok' }));
    const there = await sleman.request(CREATE_WORKER, { input: aWorker(theirs.id) });
    expect(there.errors).toBeUndefined();
  });

  it('show personal data in full only to admins and staff, and audit every full view', async () => {
    const query =
      '{ workers(filter: { search: "Sri Lestari" }) { edges { node { id personalData { nik birthDate monthlyIncome phone } } } } }';
    const full = await staff.request<{ workers: { edges: { node: { id: string; personalData: unknown } }[] } }>(query);
    expect(full.data?.workers.edges[0]?.node.personalData).toEqual({
      nik: NIK_WOMAN,
      birthDate: '1985-09-07',
      monthlyIncome: 2_400_000,
      phone: '081234567890',
    });
    const refused = await viewer.request(query);
    expect(errorCodes(refused)).toContain('FORBIDDEN');
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const log = await admin.request<{ auditLog: { edges: { node: { objectId: string; actorEmail: string } }[] } }>(
      '{ auditLog(action: "worker.viewPersonalData", first: 100) { edges { node { objectId actorEmail } } } }',
    );
    expect(log.data?.auditLog.edges.map((e) => e.node.actorEmail)).toEqual(['staff@bantul.demo']);
  });

  it('are found by NIK prefix by staff, but only by a whole NIK by viewers', async () => {
    const search = (term: string) => `{ workers(filter: { search: "${term}" }) { totalCount } }`;
    type Count = { workers: { totalCount: number } };
    expect((await staff.request<Count>(search('340212470985'))).data?.workers.totalCount).toBe(1);
    expect((await viewer.request<Count>(search('340212470985'))).data?.workers.totalCount).toBe(0);
    expect((await viewer.request<Count>(search(NIK_WOMAN))).data?.workers.totalCount).toBe(1);
  });
});
