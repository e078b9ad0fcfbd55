import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/** A business's kalurahan/kelurahan over the API and in the spreadsheet import and export. */
let server: TestServer;
let staff: GraphQLClient;

const FIELDS = 'id version districtCode districtName villageCode villageName';
const CREATE = `mutation($input: BusinessFields!) { createBusiness(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateBusinessInput!) { updateBusiness(input: $input) { ${FIELDS} } }`;

interface Place {
  id: string;
  version: number;
  districtCode: string;
  districtName: string;
  villageCode: string | null;
  villageName: string | null;
}

function fields(overrides: Record<string, unknown> = {}) {
  return {
    legalForm: 'UMKM',
    name: 'Bakpia Jagalan',
    kbliSection: 'C',
    sizeClass: 'MIKRO',
    regency: 'Bantul',
    district: 'Banguntapan',
    village: 'Jagalan',
    address: 'Jl. Jagalan 3',
    ...overrides,
  };
}

async function upload(body: string, commit: boolean) {
  const response = await fetch(`${server.url}/api/imports/businesses?commit=${commit}`, {
    method: 'POST',
    headers: {
      cookie: staff.sessionCookie ?? '',
      'x-jamsos-request': 'import',
      'x-file-name': 'usaha.csv',
      'content-type': 'application/octet-stream',
    },
    body,
  });
  const lines = (await response.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  return lines.find((line) => line.type === 'report')?.report;
}

async function byName(name: string): Promise<Place | undefined> {
  const result = await staff.request<{ businesses: { edges: { node: Place }[] } }>(
    `query($search: String) { businesses(filter: { search: $search }) { edges { node { ${FIELDS} } } } }`,
    { search: name },
  );
  return result.data?.businesses.edges[0]?.node;
}

beforeAll(async () => {
  server = await startServer();
  staff = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
});
afterAll(async () => {
  await server?.stop();
});

describe('a business’s village', () => {
  it('is kept by code, named by name, and filtered by', async () => {
    const result = await staff.request<{ createBusiness: Place }>(CREATE, { input: fields() });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createBusiness).toMatchObject({
      districtCode: '34.02.12',
      districtName: 'Banguntapan',
      villageCode: '34.02.12.2003',
      villageName: 'Jagalan',
    });
    const filtered = await staff.request<{ businesses: { edges: { node: Place }[] } }>(
      `{ businesses(filter: { villageCode: "34.02.12.2003" }) { edges { node { villageName } } } }`,
    );
    expect(filtered.data?.businesses.edges.length).toBeGreaterThan(0);
    expect(new Set(filtered.data?.businesses.edges.map((e) => e.node.villageName))).toEqual(new Set(['Jagalan']));
  });

  it('must lie in the district: an unknown village and one of another district are refused', async () => {
    const unknown = await staff.request(CREATE, { input: fields({ name: 'Salah Desa', village: 'Atlantis' }) });
    expect(unknown.errors?.[0]?.extensions?.problems).toEqual([{ field: 'village', problem: 'VILLAGE_UNKNOWN' }]);
    // Bendungan is a kalurahan of Wates (Kulon Progo), not of Banguntapan.
    const elsewhere = await staff.request(CREATE, { input: fields({ name: 'Salah Desa', village: '34.01.02.2005' }) });
    expect(elsewhere.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'village', problem: 'VILLAGE_NOT_IN_DISTRICT' },
    ]);
  });

  it('may be empty, and an edit that leaves it out keeps it', async () => {
    const none = await staff.request<{ createBusiness: Place }>(CREATE, {
      input: fields({ name: 'Tanpa Desa', village: '' }),
    });
    expect(none.data?.createBusiness).toMatchObject({ villageCode: null, villageName: null });
    const created = await byName('Bakpia Jagalan');
    if (!created) throw new Error('not created');
    const { village: _left, ...withoutVillage } = fields({ address: 'Jl. Jagalan 4' });
    const edited = await staff.request<{ updateBusiness: Place }>(UPDATE, {
      input: { id: created.id, expectedVersion: created.version, fields: withoutVillage },
    });
    expect(edited.data?.updateBusiness.villageCode).toBe('34.02.12.2003');
  });
});

describe('the village column of the spreadsheets', () => {
  const HEAD = 'Bentuk Usaha,Nama Usaha,NIB,Sektor KBLI,Skala Usaha,Kabupaten/Kota,Kapanewon/Kemantren';

  it('is read by name or code, refused outside the district, and written by the export', async () => {
    const csv = [
      `${HEAD},Kalurahan/Kelurahan,Alamat`,
      'UMKM,Gerabah Kasongan Baru,9120000007001,C,MIKRO,Bantul,Kasihan,Bangunjiwo,Jl. Kasongan',
      'UMKM,Batik Wukirsari,9120000007002,C,MIKRO,34.02,34.02.10,34.02.10.2003,Jl. Imogiri',
      'UMKM,Salah Tempat,9120000007003,C,MIKRO,Bantul,Kasihan,Jagalan,Jl. X',
    ].join('\n');
    const dry = await upload(csv, false);
    expect(
      dry.problems.map((p: { line: number; column: string; problem: string }) => [p.line, p.column, p.problem]),
    ).toEqual([[4, 'Kalurahan/Kelurahan', 'VILLAGE_NOT_IN_DISTRICT']]);
    const report = await upload(csv.split('\n').slice(0, 3).join('\n'), true);
    expect(report).toMatchObject({ committed: true, created: 2 });
    expect(await byName('Gerabah Kasongan Baru')).toMatchObject({ villageName: 'Bangunjiwo' });
    expect(await byName('Batik Wukirsari')).toMatchObject({ villageName: 'Wukirsari' });

    const exported = await fetch(`${server.url}/api/exports/businesses?format=csv`, {
      headers: { cookie: staff.sessionCookie ?? '', 'x-jamsos-request': 'export' },
    });
    const text = await exported.text();
    expect(text.split('\n')[0]).toContain('Kalurahan/Kelurahan');
    expect(text).toContain('34.02.10.2003');
  });

  it('may be missing from an older file: rows import, and a matched business keeps its village', async () => {
    const old = [
      `${HEAD},Alamat`,
      'UMKM,Gerabah Kasongan Baru,9120000007001,C,KECIL,Bantul,Kasihan,Jl. Kasongan',
      'UMKM,Lama Tanpa Kolom,9120000007004,C,MIKRO,Bantul,Sewon,Jl. Lama',
    ].join('\n');
    const report = await upload(old, true);
    expect(report).toMatchObject({ committed: true, created: 1, updated: 1, problems: [] });
    expect(await byName('Gerabah Kasongan Baru')).toMatchObject({ villageName: 'Bangunjiwo' });
    expect(await byName('Lama Tanpa Kolom')).toMatchObject({ villageCode: null });
  });
});
