import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUSINESS_COLUMNS, STATUS_HEADINGS, WORKER_COLUMNS } from '@jamsos/schema';
import { REPO_ROOT } from '@jamsos/server/config';
import { generateRegistry } from '@jamsos/server/seeders/registry-data';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * How long a 50,000-row worker import takes (dry run, commit, and the same file again), with the
 * server and PostgreSQL on this machine. Writes test/bench/results/import.json.
 */
const WORKERS = 50_000;
let server: TestServer;
let staff: GraphQLClient;

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0' });
  staff = await new GraphQLClient(server.url).loginAs('STAFF', 'kulon-progo');
});
afterAll(async () => {
  await server?.stop();
});

async function upload(kind: string, csv: string | Buffer, commit: boolean) {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/imports/${kind}?commit=${commit}`, {
    method: 'POST',
    headers: { cookie: staff.sessionCookie ?? '', 'x-jamsos-request': 'import', 'x-file-name': `${kind}.csv` },
    body: typeof csv === 'string' ? csv : new Blob([new Uint8Array(csv)]),
  });
  const lines = (await response.text()).trim().split('\n');
  const report = JSON.parse(lines.at(-1) ?? '{}').report;
  return { seconds: (performance.now() - started) / 1000, report };
}

it(`imports ${WORKERS} workers`, async () => {
  const registry = generateRegistry({
    seed: 7,
    prefix: 'bench',
    regencyCodes: ['34.01'],
    businessCount: 7000,
    legalForms: ['KOPERASI', 'UMKM'],
    allKadinMembers: false,
  });
  // Every business gets a NIB, so worker rows can name theirs unambiguously.
  const nibs = new Map(registry.businesses.map((b, i) => [b.key, b.nib ?? `8${String(i).padStart(12, '0')}`]));
  const businessCsv = stringify(
    registry.businesses.map((b) => [
      b.legalForm,
      b.name,
      nibs.get(b.key),
      b.kbliSection,
      b.sizeClass,
      b.regencyCode,
      b.districtCode,
      b.address,
    ]),
    {
      header: true,
      columns: ['legalForm', 'name', 'nib', 'kbliSection', 'sizeClass', 'regency', 'district', 'address'].map(
        (key) => BUSINESS_COLUMNS.find((c) => c.key === key)?.heading ?? key,
      ),
    },
  );
  const workers = registry.workers.slice(0, WORKERS);
  expect(workers.length).toBe(WORKERS);
  const workerCsv = stringify(
    workers.map((w) => [
      nibs.get(w.businessKeys[0] ?? ''),
      w.nik,
      w.fullName,
      w.workerType,
      w.occupation,
      w.monthlyIncome,
      w.phone ?? '',
      STATUS_HEADINGS[w.status],
      w.kpj ?? '',
      w.programmes.join(', '),
      w.enrolledOn ?? '',
    ]),
    { header: true, columns: WORKER_COLUMNS.map((c) => c.heading) },
  );

  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const businesses = await upload('businesses', businessCsv, true);
  expect(businesses.report.committed).toBe(true);
  const dryRun = await upload('workers', workerCsv, false);
  expect(dryRun.report.problems).toEqual([]);
  const commit = await upload('workers', workerCsv, true);
  expect(commit.report).toMatchObject({ committed: true, created: WORKERS });
  const again = await upload('workers', workerCsv, true);
  expect(again.report).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: WORKERS });
  // The same rows as an XLSX workbook, as staff more often have them.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('pekerja');
  for (const row of parseCsvRows(workerCsv)) sheet.addRow(row);
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  const xlsxDryRun = await upload('workers', xlsx, false);
  expect(xlsxDryRun.report).toMatchObject({ rows: WORKERS, unchanged: WORKERS, problems: [] });
  clearInterval(sampler);

  const results = {
    measuredAt: new Date().toISOString(),
    database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL',
    rows: WORKERS,
    fileMegabytes: Number((Buffer.byteLength(workerCsv) / 1e6).toFixed(1)),
    businessImportSeconds: { rows: registry.businesses.length, commit: Number(businesses.seconds.toFixed(2)) },
    workerImportSeconds: {
      dryRun: Number(dryRun.seconds.toFixed(2)),
      commit: Number(commit.seconds.toFixed(2)),
      sameFileAgain: Number(again.seconds.toFixed(2)),
      xlsxDryRun: Number(xlsxDryRun.seconds.toFixed(2)),
    },
    xlsxMegabytes: Number((xlsx.byteLength / 1e6).toFixed(1)),
    // The whole bench process: server, generator and the files in memory together.
    peakRssMegabytes: Math.round(peakRss / 1e6),
  };
  const dir = path.join(REPO_ROOT, 'test', 'bench', 'results');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'import.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
});

function parseCsvRows(csv: string): string[][] {
  return parse(csv) as string[][];
}
