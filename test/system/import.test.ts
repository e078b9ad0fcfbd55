import { type ImportOutcome, importProblemMessage } from '@jamsos/schema';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/** Import, templates and export of the registry over HTTP, as the web page uses them. */
let server: TestServer;
let staff: GraphQLClient;

async function upload(
  client: GraphQLClient,
  kind: string,
  body: string | Buffer,
  commit: boolean,
  fileName = 'data.csv',
) {
  const response = await fetch(`${server.url}/api/imports/${kind}?commit=${commit}`, {
    method: 'POST',
    headers: {
      cookie: client.sessionCookie ?? '',
      'x-jamsos-request': 'import',
      'x-file-name': fileName,
      'content-type': 'application/octet-stream',
    },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await response.text();
  if (response.status !== 200) return { status: response.status, lines: [JSON.parse(text)], report: null };
  const lines = text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; report?: ImportOutcome });
  return { status: response.status, lines, report: lines.find((l) => l.type === 'report')?.report ?? null };
}

async function count(client: GraphQLClient, list: 'businesses' | 'workers'): Promise<number> {
  const result = await client.request<Record<string, { totalCount: number }>>(`{ ${list} { totalCount } }`);
  return result.data?.[list]?.totalCount ?? -1;
}

const BUSINESS_CSV = [
  'Bentuk Usaha,Nama Usaha,NIB,Sektor KBLI,Skala Usaha,Kabupaten/Kota,Kapanewon/Kemantren,Alamat,Telepon Kontak,Anggota Kadin',
  'UMKM,Batik Imogiri Asri,9120000000501,C,MIKRO,Bantul,Imogiri,Jl. Imogiri Timur,081234567001,Ya',
  'KOPERASI,KSP Sido Rukun Pleret,9120000000502,K,KECIL,34.02,34.02.10,Jl. Pleret 5,,Tidak',
  'UMKM,Gudeg Bu Tes,,I,MIKRO,Bantul,Sewon,"Jl. Parangtritis Km 5, Sewon",,',
].join('\n');

beforeAll(async () => {
  server = await startServer();
  staff = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
});
afterAll(async () => {
  await server?.stop();
});

describe('importing businesses', () => {
  it('reports every bad row with its line, column and reason in a dry run, and writes nothing', async () => {
    const before = await count(staff, 'businesses');
    const bad = `${BUSINESS_CSV}\nUMKM,Salah Wilayah,912000000,C,MIKRO,Sleman,Depok,Jl. X,,\nUMKM,Batik Imogiri Asri,9120000000501,C,MIKRO,Bantul,Imogiri,Jl. Y,,`;
    const { report, lines } = await upload(staff, 'businesses', bad, false);
    expect(lines.some((line) => line.type === 'progress')).toBe(true);
    expect(report).toMatchObject({ rows: 5, validRows: 3, committed: false });
    expect(report?.problems.map((p) => [p.line, p.column, p.problem])).toEqual([
      [5, 'NIB', 'NIB_FORMAT'],
      [5, 'Kabupaten/Kota', 'REGION_OUTSIDE_TENANT'],
      [6, 'NIB', 'DUPLICATE_IN_FILE'],
    ]);
    // Codes, parameters and the cell as written; no sentence in one language (the web says it).
    expect(report?.problems[0]).toEqual({
      line: 5,
      column: 'NIB',
      value: '912000000',
      problem: 'NIB_FORMAT',
      params: null,
    });
    expect(importProblemMessage('NIB_FORMAT', null, 'id')).toBe('NIB harus 13 angka.');
    // A commit of a file with problems writes nothing either.
    expect((await upload(staff, 'businesses', bad, true)).report?.committed).toBe(false);
    expect(await count(staff, 'businesses')).toBe(before);
  });

  it('flags a yes/no cell that says neither ("Mungkin") as a problem of its row and column, instead of saving "no"', async () => {
    const before = await count(staff, 'businesses');
    const maybe = `${BUSINESS_CSV.split('\n')[0]}\nUMKM,Warung Mungkin,9120000000599,I,MIKRO,Bantul,Sewon,Jl. Z,,Mungkin`;
    const { report } = await upload(staff, 'businesses', maybe, true);
    expect(report).toMatchObject({ rows: 1, validRows: 0, committed: false });
    expect(report?.problems).toEqual([
      { line: 2, column: 'Anggota Kadin', value: 'Mungkin', problem: 'NOT_YES_NO', params: null },
    ]);
    expect(await count(staff, 'businesses')).toBe(before);
    // Yes and no in either language, and an empty cell (no), are fine.
    for (const word of ['ya', 'YA', 'Tidak', 'no', 'yes', '']) {
      const ok = await upload(staff, 'businesses', maybe.replace(',Mungkin', `,${word}`), false);
      expect(ok.report?.problems).toEqual([]);
    }
  });

  it('commits all rows at once, and importing the same file again changes nothing', async () => {
    const before = await count(staff, 'businesses');
    const first = await upload(staff, 'businesses', BUSINESS_CSV, true);
    expect(first.report).toMatchObject({ committed: true, created: 3, updated: 0, unchanged: 0 });
    expect(await count(staff, 'businesses')).toBe(before + 3);
    const again = await upload(staff, 'businesses', BUSINESS_CSV, true);
    expect(again.report).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 3 });
    const versions = await staff.request<{
      businesses: { edges: { node: { version: number; kadinMember: boolean } }[] };
    }>('{ businesses(filter: { search: "91200000005" }) { edges { node { version kadinMember } } } }');
    expect(versions.data?.businesses.edges.map((e) => e.node.version)).toEqual([1, 1]);
    const changed = BUSINESS_CSV.replace('Jl. Pleret 5', 'Jl. Pleret 7');
    expect((await upload(staff, 'businesses', changed, true)).report).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 2,
    });
  });

  it('reads semicolon CSV as Indonesian spreadsheets write it', async () => {
    const semicolons = BUSINESS_CSV.split('\n')
      .map((line) => line.replace(/"[^"]*"/, 'Sewon').replaceAll(',', ';'))
      .join('\n');
    expect((await upload(staff, 'businesses', semicolons, false)).report?.problems).toEqual([]);
  });

  it('refuses a file without the required columns, or one that is not a sheet', async () => {
    const missing = await upload(staff, 'businesses', 'Nama Usaha,NIB\nX,9120000000999', false);
    expect(missing.report?.problems.map((p) => p.column)).toEqual(
      expect.arrayContaining(['Bentuk Usaha', 'Sektor KBLI', 'Kapanewon/Kemantren']),
    );
    const garbage = await upload(staff, 'businesses', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), false, 'x.xlsx');
    expect(garbage.report?.problems.map((p) => p.problem)).toEqual(['NOT_XLSX']);
    expect(importProblemMessage('TOO_MANY_ROWS', { max: 100_000 }, 'id')).toBe(
      'Berkas ini berisi lebih dari 100.000 baris; bagi menjadi beberapa berkas.',
    );
  });

  it('is refused to viewers and to requests without the import header', async () => {
    const viewer = await new GraphQLClient(server.url).loginAs('VIEWER', 'bantul');
    expect((await upload(viewer, 'businesses', BUSINESS_CSV, true)).status).toBe(403);
    const anonymous = await fetch(`${server.url}/api/imports/businesses?commit=true`, {
      method: 'POST',
      body: BUSINESS_CSV,
    });
    expect(anonymous.status).toBe(401);
    const noHeader = await fetch(`${server.url}/api/imports/businesses?commit=true`, {
      method: 'POST',
      headers: { cookie: staff.sessionCookie ?? '' },
      body: BUSINESS_CSV,
    });
    expect(noHeader.status).toBe(400);
  });
});

describe('importing workers from XLSX', () => {
  async function workbook(rows: (string | number)[][]): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('pekerja');
    sheet.addRow([
      'NIB atau Nama Usaha',
      'NIK',
      'Nama Lengkap',
      'Jenis Pekerja',
      'Status Kepesertaan',
      'Nomor KPJ',
      'Program',
      'Tanggal Kepesertaan',
      'Upah/Penghasilan per Bulan',
    ]);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('links each worker to a business of the tenant and upserts by NIK', async () => {
    const file = await workbook([
      [
        '9120000000501',
        '3402125203910002',
        'Ratna Wulandari',
        'PU',
        'TERDAFTAR',
        '22345678901',
        'JKK, JKM, JHT',
        '15/06/2021',
        '2.500.000',
      ],
      ['Gudeg Bu Tes', '3402120505880004', 'Joko Santoso', 'BPU', 'BELUM TERDAFTAR', '', '', '', '1500000'],
    ]);
    const dry = await upload(staff, 'workers', file, false, 'pekerja.xlsx');
    expect(dry.report).toMatchObject({ rows: 2, validRows: 2, created: 2, committed: false, problems: [] });
    const before = await count(staff, 'workers');
    expect((await upload(staff, 'workers', file, true, 'pekerja.xlsx')).report).toMatchObject({
      committed: true,
      created: 2,
    });
    expect(await count(staff, 'workers')).toBe(before + 2);
    expect((await upload(staff, 'workers', file, true, 'pekerja.xlsx')).report).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const ratna = await staff.request<{
      workers: { edges: { node: { enrolledOn: string; businesses: { nib: string }[] } }[] };
    }>('{ workers(filter: { search: "Ratna Wulandari" }) { edges { node { enrolledOn businesses { nib } } } } }');
    expect(ratna.data?.workers.edges[0]?.node).toEqual({
      enrolledOn: '2021-06-15',
      businesses: [{ nib: '9120000000501' }],
    });
  });

  it("never finds another tenant's business, and names bad rows precisely", async () => {
    const sleman = await new GraphQLClient(server.url).loginAs('STAFF', 'sleman');
    const file = await workbook([
      ['9120000000501', '3404015203910002', 'Penyusup', 'PU', 'BELUM TERDAFTAR', '', '', '', ''],
      ['9120000000501', '3404013203910002', 'Tanggal Salah', 'BPU', 'TERDAFTAR', '', 'JP', '', ''],
    ]);
    const { report } = await upload(sleman, 'workers', file, true, 'pekerja.xlsx');
    expect(report?.committed).toBe(false);
    expect(report?.problems.map((p) => [p.line, p.column, p.problem])).toEqual(
      expect.arrayContaining([
        [2, 'NIB atau Nama Usaha', 'BUSINESS_UNKNOWN'],
        [3, 'NIK', 'NIK_BIRTH_DATE'],
        [3, 'Program', 'PROGRAMME_NOT_FOR_BPU'],
        [3, 'Nomor KPJ', 'KPJ_REQUIRED'],
      ]),
    );
  });
});

describe('templates and export', () => {
  async function download(client: GraphQLClient, path: string) {
    const response = await fetch(`${server.url}${path}`, { headers: { cookie: client.sessionCookie ?? '' } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  it('offers templates with the documented headings, as CSV and XLSX', async () => {
    const csv = await download(staff, '/api/templates/workers?format=csv');
    expect(csv.body.toString('utf8')).toContain('NIB atau Nama Usaha,NIK,Nama Lengkap');
    const xlsx = await download(staff, '/api/templates/businesses?format=xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.getRow(1).getCell(1).value).toBe('Bentuk Usaha');
  });

  it('exports what the filter shows, masked unless a full export is allowed, and audits it', async () => {
    const filter = encodeURIComponent(JSON.stringify({ search: 'Ratna' }));
    const masked = await download(staff, `/api/exports/workers?format=csv&filter=${filter}`);
    const text = masked.body.toString('utf8');
    expect(text.trim().split('\n')).toHaveLength(2);
    expect(text).toContain('3402••••••••0002');
    expect(text).not.toContain('3402125203910002');
    const full = await download(staff, `/api/exports/workers?format=csv&full=true&filter=${filter}`);
    expect(full.body.toString('utf8')).toContain('3402125203910002');
    const viewer = await new GraphQLClient(server.url).loginAs('VIEWER', 'bantul');
    expect((await download(viewer, `/api/exports/workers?full=true`)).status).toBe(403);
    expect((await download(viewer, `/api/exports/businesses?format=xlsx`)).status).toBe(200);
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const log = await admin.request<{ auditLog: { totalCount: number } }>(
      '{ auditLog(action: "worker.exportPersonalData") { totalCount } }',
    );
    expect(log.data?.auditLog.totalCount).toBe(1);
  });

  it("exports nothing of another tenant's", async () => {
    const sleman = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
    const csv = await download(
      sleman,
      `/api/exports/businesses?filter=${encodeURIComponent(JSON.stringify({ search: '91200000005' }))}`,
    );
    expect(csv.body.toString('utf8').trim().split('\n')).toHaveLength(1);
  });
});
