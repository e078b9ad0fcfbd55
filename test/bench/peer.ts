/**
 * pnpm bench:peer — the portal beside the alternatives a user would pick instead (issue 19):
 * PostGraphile 5 (amber preset) on the same tables under the same row-level security, and a
 * raw-`pg` server with one hand-written statement per page, all three as processes of their own
 * against the province data set (test/bench/harness/province-db.ts). It first checks that the
 * three return the same page for every operation (rows, order, totals, field values) and stops
 * if they do not; then it measures each operation at 1 and 20 clients, interleaved in rounds
 * (portal, PostGraphile, raw, portal, …), with the CPU each server process and its PostgreSQL
 * backends spent per request. Results: test/bench/results/peer.json and peer.md.
 *
 * BENCH_SECONDS (default 15): each measured run. BENCH_ROUNDS (default 3). BENCH_ONLY=businesses,tasks
 * narrows the operations. BENCH_REGENCY (default bantul): whose staff read their registry.
 * BENCH_LABEL: a line written at the top of the results (say, "harness check, shared machine").
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { demoEmail } from '@jamsos/schema';
import { REPO_ROOT } from '@jamsos/server/config';
import pg from 'pg';
import { processCpu } from './harness/cpu';
import { PortalClient } from './harness/portal-client';
import { provinceDatabase } from './harness/province-db';
import { closedLoop, type RunFigures } from './harness/runner';
import { startServerProcess } from './harness/server-process';
import {
  PEER_OPERATIONS,
  type PeerFixture,
  type PeerOperation,
  type PeerPage,
  type PortalClients,
} from './peer/operations';
import { BackendMeter, type PeerProcess, startPeerProcess } from './peer/processes';

const SECONDS = Number(process.env.BENCH_SECONDS ?? '15');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? '3');
const WARM_UP_SECONDS = Math.min(3, SECONDS);
const CONCURRENCY = [1, 20] as const;
const REGENCY = process.env.BENCH_REGENCY ?? 'bantul';
const LABEL = process.env.BENCH_LABEL ?? '';
const only = process.env.BENCH_ONLY?.split(',');
const operations = PEER_OPERATIONS.filter((o) => !only || only.includes(o.key));
const SYSTEMS = ['portal', 'postgraphile', 'raw'] as const;
type System = (typeof SYSTEMS)[number];
const APPLICATION_NAMES: Record<System, string> = {
  portal: 'peer-bench-portal',
  postgraphile: 'peer-bench-postgraphile',
  raw: 'peer-bench-raw',
};
const log = (line: string) => console.log(line);

async function fixtureOf(url: string): Promise<PeerFixture> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
      const { rows } = await client.query(sql, params);
      if (!rows[0]) throw new Error(`The province data set lacks what the peer benchmark needs: ${sql}`);
      return rows[0] as T;
    };
    const regency = await one<{ id: string }>('select id from organization where code = $1', [REGENCY]);
    const bpjs = await one<{ id: string }>(`select id from organization where code = 'bpjs-yogyakarta'`);
    const cell = await one<{ district_code: string; kbli_section: string }>(
      `select district_code, kbli_section from business where organization_id = $1 and archived_at is null
        group by 1, 2 order by count(*) desc, 1, 2 limit 1`,
      [regency.id],
    );
    // The partner with the most businesses among those granting the office its directory today.
    const grantor = await one<{ id: string }>(
      `select a.organization_id as id from agreement a
        where a.grantee_id = $1 and a.scope = 'BUSINESS_DIRECTORY' and a.revoked_at is null
          and current_date between a.valid_from and a.valid_until
        order by (select count(*) from business b where b.organization_id = a.organization_id) desc, 1 limit 1`,
      [bpjs.id],
    );
    const today = await one<{ d: string }>(`select to_char(current_date, 'YYYY-MM-DD') as d`);
    return {
      regencyCode: REGENCY,
      regencyOrgId: regency.id,
      districtCode: cell.district_code,
      kbliSection: cell.kbli_section,
      search: 'budi',
      bpjsOrgId: bpjs.id,
      grantorOrgId: grantor.id,
      today: today.d,
    };
  } finally {
    await client.end();
  }
}

/** One request to PostGraphile: the document as text, the tenant as a header; any error throws. */
async function askPostGraphile(url: string, request: ReturnType<PeerOperation['postgraphile']>): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-tenant-id': request.tenant },
    body: JSON.stringify({ query: request.query, variables: request.body }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || body.errors || !body.data)
    throw new Error(`PostGraphile: HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

async function askRaw(url: string, request: ReturnType<PeerOperation['raw']>): Promise<unknown> {
  const response = await fetch(`${url}/page/${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant-id': request.tenant },
    body: JSON.stringify(request.body),
  });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`raw: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body;
}

interface Servers {
  portal: { url: string; pid: number; clients: PortalClients };
  postgraphile: PeerProcess;
  raw: PeerProcess;
}

/** The request each system's load loop sends for an operation. */
function taskOf(system: System, operation: PeerOperation, servers: Servers, f: PeerFixture): () => Promise<unknown> {
  if (system === 'portal') return () => operation.portal(servers.portal.clients, f);
  if (system === 'postgraphile') {
    const request = operation.postgraphile(f);
    return () => askPostGraphile(servers.postgraphile.url, request);
  }
  const request = operation.raw(f);
  return () => askRaw(servers.raw.url, request);
}

/** The first place two values differ, as a path, for the failure message. */
function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${at}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${at || '(page)'}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

/**
 * The three answers to each operation, brought to one shape, must be the same page — and a
 * page worth measuring (rows on it, a total). Otherwise the benchmark stops: a ratio between
 * servers answering different questions would mean nothing.
 */
async function checkSamePages(
  servers: Servers,
  f: PeerFixture,
): Promise<Record<string, { rows: number; totalCount: number }>> {
  const checked: Record<string, { rows: number; totalCount: number }> = {};
  const problems: string[] = [];
  for (const operation of operations) {
    const pages = {} as Record<System, PeerPage>;
    for (const system of SYSTEMS) {
      try {
        pages[system] = operation.normalise[system](await taskOf(system, operation, servers, f)(), f);
      } catch (error) {
        problems.push(`${operation.key}: ${system} failed: ${String(error).slice(0, 800)}`);
      }
    }
    if (!pages.portal || !pages.postgraphile || !pages.raw) continue;
    if (pages.portal.rows.length === 0 || pages.portal.totalCount === 0)
      problems.push(`${operation.key}: the portal's page is empty, nothing to compare`);
    for (const other of ['postgraphile', 'raw'] as const) {
      const difference = firstDifference(pages.portal, pages[other]);
      if (difference) problems.push(`${operation.key}: portal and ${other} differ at ${difference}`);
    }
    checked[operation.key] = { rows: pages.portal.rows.length, totalCount: pages.portal.totalCount };
    log(`  ${operation.key}: ${pages.portal.rows.length} rows of ${pages.portal.totalCount}, the same from all three`);
  }
  // The same row-level security: PostGraphile asked as no tenant (an unknown one) must see no
  // task and no business at all, whatever its query's conditions say.
  const stranger = await askPostGraphile(servers.postgraphile.url, {
    tenant: '00000000-0000-4000-8000-000000000000',
    query: '{ allOutreachTasks { totalCount } allBusinesses { totalCount } allWorkers { totalCount } }',
    body: {},
  });
  if (
    JSON.stringify(stranger) !==
    JSON.stringify({
      allOutreachTasks: { totalCount: 0 },
      allBusinesses: { totalCount: 0 },
      allWorkers: { totalCount: 0 },
    })
  )
    problems.push(
      `PostGraphile shows rows to a tenant that owns none: ${JSON.stringify(stranger)} (row-level security is not in force)`,
    );
  else
    log(
      '  PostGraphile, asked as a tenant that owns nothing, sees no task, business or worker (row-level security holds)',
    );
  if (problems.length > 0) {
    for (const problem of problems) log(`DIFFERENT PAGES  ${problem}`);
    throw new Error(`The three servers do not return the same pages (${problems.length} problems); nothing measured.`);
  }
  return checked;
}

type Cpu = { server: number; postgres: number };
type Measured = RunFigures & {
  round: number;
  cpuMsPerRequest: Cpu;
  /** PostgreSQL backends the server's pool opened during the run (their start-up CPU is in the figure). */
  backendsStarted: number;
};

interface SystemFigures {
  /** Requests per second over all rounds (all requests / all seconds). */
  throughput: number;
  /** The median over rounds of each round's percentile. */
  p50: number;
  p95: number;
  p99: number;
  /** CPU per request over all rounds, ms: the server process and its PostgreSQL backends. */
  cpuMsPerRequest: Cpu & { total: number };
  errors: number;
  /** PostgreSQL backends opened during the measured runs, all rounds. */
  backendsStarted: number;
  rounds: Measured[];
}

interface OperationResult {
  key: string;
  title: string;
  rows: number;
  totalCount: number;
  byConcurrency: {
    concurrency: number;
    systems: Record<System, SystemFigures>;
    /** Throughput ratios: over all rounds, and the lowest and highest of the rounds' own ratios. */
    ratios: Record<'portalToPostgraphile' | 'portalToRaw', { overall: number; min: number; max: number }>;
  }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const round2 = (value: number) => Number(value.toFixed(2));
/** Requests per second over all of a server's rounds, unrounded (ratios are taken from these). */
const rateOf = (rounds: Measured[]) =>
  rounds.reduce((n, r) => n + r.requests, 0) /
  Math.max(
    1e-9,
    rounds.reduce((n, r) => n + r.seconds, 0),
  );

function summary(rounds: Measured[]): SystemFigures {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const cpu = (field: keyof Cpu) =>
    rounds.reduce((n, r) => n + r.cpuMsPerRequest[field] * r.requests, 0) / Math.max(1, requests);
  const server = round2(cpu('server'));
  const postgres = round2(cpu('postgres'));
  return {
    throughput: Number((requests / Math.max(seconds, 1e-9)).toFixed(1)),
    p50: round2(median(rounds.map((r) => r.p50))),
    p95: round2(median(rounds.map((r) => r.p95))),
    p99: round2(median(rounds.map((r) => r.p99))),
    cpuMsPerRequest: { server, postgres, total: round2(server + postgres) },
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    backendsStarted: rounds.reduce((n, r) => n + r.backendsStarted, 0),
    rounds,
  };
}

async function main() {
  const database = await provinceDatabase(log);
  const monitor = new pg.Client({ connectionString: database.url, application_name: 'peer-bench-monitor' });
  await monitor.connect();
  const started: { stop(): Promise<void> }[] = [];
  try {
    const fixture = await fixtureOf(database.url);
    log(`Province database: ${database.description}; ${SECONDS} s per run, ${ROUNDS} rounds; ${REGENCY}'s staff`);

    // The portal first: it creates (or updates) the request role the other GraphQL server uses.
    const portal = await startServerProcess(database.url, { PGAPPNAME: APPLICATION_NAMES.portal });
    started.push(portal);
    const appUrl = new URL(database.url);
    appUrl.username = 'jamsos_app';
    appUrl.password = process.env.DATABASE_APP_PASSWORD ?? 'jamsos-app-local';
    const postgraphile = await startPeerProcess('postgraphile-server.ts', {
      PEER_DATABASE_URL: appUrl.toString(),
      PGAPPNAME: APPLICATION_NAMES.postgraphile,
      // Production mode, said rather than left to the default (which prints a warning).
      GRAPHILE_ENV: 'production',
    });
    started.push(postgraphile);
    const raw = await startPeerProcess('raw-server.ts', {
      PEER_DATABASE_URL: database.url,
      PGAPPNAME: APPLICATION_NAMES.raw,
    });
    started.push(raw);
    const servers: Servers = {
      portal: {
        url: portal.url,
        pid: portal.child.pid ?? 0,
        clients: {
          staff: await new PortalClient(portal.url).login('STAFF', REGENCY),
          bpjs: await new PortalClient(portal.url).login('ADMIN', 'bpjs-yogyakarta'),
        },
      },
      postgraphile,
      raw,
    };
    log(`Servers: portal pid ${servers.portal.pid}, PostGraphile pid ${postgraphile.pid}, raw pid ${raw.pid}`);

    log('Checking that the three servers return the same pages…');
    const checked = await checkSamePages(servers, fixture);

    const meter = new BackendMeter(monitor);
    const pids: Record<System, number> = { portal: servers.portal.pid, postgraphile: postgraphile.pid, raw: raw.pid };
    const results: OperationResult[] = [];
    for (const operation of operations) {
      const onError = (system: System) => (error: unknown) => log(`  ${operation.key} ${system}: ${String(error)}`);
      const tasks = Object.fromEntries(SYSTEMS.map((s) => [s, taskOf(s, operation, servers, fixture)])) as Record<
        System,
        () => Promise<unknown>
      >;
      // Every server warms up on this operation before any is measured on it.
      for (const system of SYSTEMS)
        await closedLoop(() => tasks[system]().then(() => {}), {
          concurrency: 20,
          seconds: WARM_UP_SECONDS,
          onError: onError(system),
        });
      const byConcurrency: OperationResult['byConcurrency'] = [];
      for (const concurrency of CONCURRENCY) {
        const rounds: Record<System, Measured[]> = { portal: [], postgraphile: [], raw: [] };
        for (let round = 1; round <= ROUNDS; round++) {
          for (const system of SYSTEMS) {
            const serverBefore = processCpu(pids[system]);
            const backendsSpent = await meter.start(APPLICATION_NAMES[system]);
            const figures = await closedLoop(() => tasks[system]().then(() => {}), {
              concurrency,
              seconds: SECONDS,
              onError: onError(system),
            });
            const server = processCpu(pids[system]) - serverBefore;
            const postgres = await backendsSpent();
            const per = (seconds: number) => round2((seconds * 1000) / Math.max(1, figures.requests));
            rounds[system].push({
              ...figures,
              round,
              cpuMsPerRequest: { server: per(server), postgres: per(postgres.seconds) },
              backendsStarted: postgres.started,
            });
          }
        }
        const systems = Object.fromEntries(SYSTEMS.map((s) => [s, summary(rounds[s])])) as Record<
          System,
          SystemFigures
        >;
        const ratio = (other: System) => {
          const rate = (r: Measured | undefined) => (r ? r.requests / r.seconds : Number.NaN);
          const each = rounds.portal.map((r, i) => rate(r) / rate(rounds[other][i]));
          return {
            overall: round2(rateOf(rounds.portal) / rateOf(rounds[other])),
            min: round2(Math.min(...each)),
            max: round2(Math.max(...each)),
          };
        };
        byConcurrency.push({
          concurrency,
          systems,
          ratios: { portalToPostgraphile: ratio('postgraphile'), portalToRaw: ratio('raw') },
        });
        log(
          `${operation.key} c=${concurrency}: ${SYSTEMS.map((s) => `${s} ${systems[s].throughput}/s p95 ${systems[s].p95} ms cpu ${systems[s].cpuMsPerRequest.server}+${systems[s].cpuMsPerRequest.postgres} ms (${systems[s].backendsStarted} new backends)`).join('; ')}`,
        );
      }
      results.push({
        key: operation.key,
        title: operation.title,
        ...(checked[operation.key] ?? { rows: 0, totalCount: 0 }),
        byConcurrency,
      });
    }

    const report = {
      label: LABEL || undefined,
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverageAtEnd: os.loadavg().map((l) => round2(l)),
      },
      database: database.description,
      postgres: (await monitor.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v,
      postgraphile: await postgraphileVersion(),
      secondsPerRun: SECONDS,
      rounds: ROUNDS,
      fixture: {
        regency: REGENCY,
        districtCode: fixture.districtCode,
        kbliSection: fixture.kbliSection,
        search: fixture.search,
        staff: demoEmail('STAFF', REGENCY),
      },
      operations: results,
    };
    const dir = path.join(REPO_ROOT, 'test', 'bench', 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'peer.json'), `${JSON.stringify(report, null, 2)}\n`);
    const table = markdown(report);
    await writeFile(path.join(dir, 'peer.md'), table);
    log(`\n${table}`);
    const errors = results
      .flatMap((r) => r.byConcurrency.flatMap((c) => SYSTEMS.map((s) => c.systems[s].errors)))
      .reduce((n, e) => n + e, 0);
    if (errors > 0) {
      log(`${errors} requests failed.`);
      process.exitCode = 1;
    }
  } finally {
    for (const server of started.reverse()) await server.stop();
    await monitor.end();
    await database.stop();
  }
}

/** The installed PostGraphile's version (its package exports no package.json: read from beside its entry). */
async function postgraphileVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('postgraphile');
  const manifest = JSON.parse(await readFile(path.join(path.dirname(entry), '..', 'package.json'), 'utf8'));
  return (manifest as { version: string }).version;
}

function markdown(report: {
  label?: string;
  measuredAt: string;
  postgres?: string;
  postgraphile: string;
  secondsPerRun: number;
  rounds: number;
  machine: { cpus: number; loadAverageAtEnd: number[] };
  fixture: { regency: string };
  operations: OperationResult[];
}): string {
  const lines = [
    ...(report.label ? [`**${report.label}**`, ''] : []),
    `Measured ${report.measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${report.machine.cpus} cores (load average at the end ${report.machine.loadAverageAtEnd.join(' / ')}), PostgreSQL ${report.postgres}, PostGraphile ${report.postgraphile}; ${report.rounds} interleaved rounds of ${report.secondsPerRun} s per server, operation and concurrency; ${report.fixture.regency}'s staff and the BPJS office.`,
    '',
    '| operation | clients | portal req/s | PostGraphile req/s | raw req/s | portal / PostGraphile (rounds) | portal / raw (rounds) | p50 / p95 / p99 ms: portal · PostGraphile · raw | CPU ms/req server + PostgreSQL: portal · PostGraphile · raw |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const op of report.operations) {
    op.byConcurrency.forEach((c, i) => {
      const s = c.systems;
      const r = c.ratios;
      const latency = (f: SystemFigures) => `${f.p50} / ${f.p95} / ${f.p99}`;
      const cpu = (f: SystemFigures) => `${f.cpuMsPerRequest.server} + ${f.cpuMsPerRequest.postgres}`;
      lines.push(
        `| ${i === 0 ? op.key : ''} | ${c.concurrency} | ${s.portal.throughput} | ${s.postgraphile.throughput} | ${s.raw.throughput} | ${r.portalToPostgraphile.overall} (${r.portalToPostgraphile.min}–${r.portalToPostgraphile.max}) | ${r.portalToRaw.overall} (${r.portalToRaw.min}–${r.portalToRaw.max}) | ${latency(s.portal)} · ${latency(s.postgraphile)} · ${latency(s.raw)} | ${cpu(s.portal)} · ${cpu(s.postgraphile)} · ${cpu(s.raw)} |`,
      );
    });
  }
  return `${lines.join('\n')}\n`;
}

await main();
