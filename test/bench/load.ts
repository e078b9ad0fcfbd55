/**
 * pnpm bench:load — the bounded load test (issue 7). Twenty clients on loopback drive the
 * province data set for LOAD_SECONDS (default 180) with the web client's own operations —
 * lists, searches, the task board, the dashboard, records and optimistic-locked edits — against
 * the server in production mode, sampling its memory every two seconds. It fails (exit 1) on any
 * failed request or when the server's memory keeps growing; figures go to
 * test/bench/results/load.json. The memory check wants minutes: in a run of a few seconds the heap
 * is still growing to its working size, and the check fails.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '@jamsos/server/config';
import pg from 'pg';
import { type EditableBusiness, updateBusinessInput } from '../helpers/business-edit';
import { fixtureOf } from './harness/fixture';
import { type Clients, type Fixture, OPERATIONS } from './harness/operations';
import { PortalClient } from './harness/portal-client';
import { provinceDatabase } from './harness/province-db';
import { closedLoop } from './harness/runner';
import { startServerProcess } from './harness/server-process';

const SECONDS = Number(process.env.LOAD_SECONDS ?? '180');
const CLIENTS = 20;
const log = (line: string) => console.log(line);

/** Reads one business and saves it back with a new contact name, on the version it read. */
async function editBusiness(client: PortalClient, id: string, round: number): Promise<void> {
  const { node } = await client.send<{ node: EditableBusiness }>('Business', { id });
  await client.send('UpdateBusiness', { input: updateBusinessInput(node, { contactName: `Narahubung ${round}` }) });
}

/** Which operation the n-th request of a client is: mostly reads, one in ten an edit. */
const MIX = [
  'businesses',
  'workers',
  'businesses',
  'node',
  'tasks',
  'edit',
  'businesses',
  'dashboard',
  'workers',
  'node',
];

async function main() {
  const database = await provinceDatabase(log);
  const fixture: Fixture = await fixtureOf(database.url);
  const owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
  // Each client edits a business of its own, so edits conflict only if locking were broken.
  const editable = (
    await owner.query<{ id: string }>(
      `select id from business where organization_id = $1 and archived_at is null order by id limit ${CLIENTS}`,
      [fixture.regencyOrgId],
    )
  ).rows.map((r) => Buffer.from(`Business:${r.id}`).toString('base64url'));
  await owner.end();

  const server = await startServerProcess(database.url);
  const samples: { second: number; rssMb: number }[] = [];
  const started = performance.now();
  const sampler = setInterval(() => {
    samples.push({ second: Math.round((performance.now() - started) / 1000), rssMb: server.memory().rss });
  }, 2000);
  const failures: string[] = [];
  try {
    const clientSets: Clients[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      clientSets.push({
        staff: await new PortalClient(server.url).login('STAFF', 'sleman'),
        bpjs: await new PortalClient(server.url).login('ADMIN', 'bpjs-yogyakarta'),
      });
    }
    log(`Load: ${CLIENTS} clients for ${SECONDS} s against ${database.description}`);
    const rounds = new Array<number>(CLIENTS).fill(0);
    const counts = new Map<string, number>();
    const figures = await closedLoop(
      async (client) => {
        // Each client goes round the mix, starting at a different place than its neighbours.
        const round = rounds[client] ?? 0;
        rounds[client] = round + 1;
        const n = round * CLIENTS + client;
        const clients = clientSets[client] as Clients;
        const kind = MIX[(round + client) % MIX.length] as string;
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        if (kind === 'edit') await editBusiness(clients.staff, editable[client] as string, n);
        else await OPERATIONS.find((o) => o.key === kind)?.graphql(clients, fixture);
      },
      { concurrency: CLIENTS, seconds: SECONDS, onError: (error) => failures.push(String(error)) },
    );
    clearInterval(sampler);
    // Memory after warm-up: the middle third against the last third of the run.
    const steady = samples.filter((s) => s.second > SECONDS / 3);
    const mean = (list: typeof samples) => list.reduce((sum, s) => sum + s.rssMb, 0) / Math.max(1, list.length);
    const middle = mean(steady.filter((s) => s.second <= (2 * SECONDS) / 3));
    const last = mean(steady.filter((s) => s.second > (2 * SECONDS) / 3));
    const growth = (last - middle) / middle;
    const report = {
      measuredAt: new Date().toISOString(),
      database: database.description,
      clients: CLIENTS,
      seconds: figures.seconds,
      requests: figures.requests,
      errors: figures.errors,
      firstErrors: failures.slice(0, 3),
      byKind: Object.fromEntries(counts),
      throughput: figures.throughput,
      latencyMs: { p50: figures.p50, p95: figures.p95, p99: figures.p99, max: figures.max },
      memory: {
        peakRssMb: server.memory().peak,
        middleThirdMeanRssMb: Math.round(middle),
        lastThirdMeanRssMb: Math.round(last),
        growth: Number(growth.toFixed(3)),
        samples,
      },
    };
    const dir = path.join(REPO_ROOT, 'test', 'bench', 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
    log(
      `${figures.requests} requests (${figures.throughput}/s), ${figures.errors} errors, p95 ${figures.p95} ms; ` +
        `RSS ${Math.round(middle)} → ${Math.round(last)} MB (${(growth * 100).toFixed(1)}%), peak ${report.memory.peakRssMb} MB`,
    );
    if (figures.errors > 0) {
      log(`FAILED: ${figures.errors} requests failed, e.g. ${failures[0]}`);
      process.exitCode = 1;
    }
    // A leak grows steadily; a healthy heap settles. 10% between the thirds is the allowance.
    if (growth > 0.1) {
      log('FAILED: the server’s memory kept growing under steady load.');
      process.exitCode = 1;
    }
  } finally {
    clearInterval(sampler);
    await server.stop();
    await database.stop();
  }
}

await main();
