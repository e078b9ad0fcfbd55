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
import { demoEmail } from '@jamsos/schema';
import { REPO_ROOT } from '@jamsos/server/config';
import pg from 'pg';
import { processCpu } from './harness/cpu';
import { PortalClient } from './harness/portal-client';
import { provinceDatabase } from './harness/province-db';
import { closedLoop } from './harness/runner';
import { startServerProcess } from './harness/server-process';
import {
  type Measured,
  markdown,
  type OperationResult,
  rateOf,
  round2,
  type SystemFigures,
  summary,
} from './peer/figures';
import { PEER_OPERATIONS, type PeerFixture } from './peer/operations';
import { BackendMeter, startPeerProcess } from './peer/processes';
import { APPLICATION_NAMES, checkSamePages, type Servers, SYSTEMS, type System, taskOf } from './peer/systems';

const SECONDS = Number(process.env.BENCH_SECONDS ?? '15');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? '3');
const WARM_UP_SECONDS = Math.min(3, SECONDS);
const CONCURRENCY = [1, 20] as const;
const REGENCY = process.env.BENCH_REGENCY ?? 'bantul';
const LABEL = process.env.BENCH_LABEL ?? '';
const only = process.env.BENCH_ONLY?.split(',');
const operations = PEER_OPERATIONS.filter((o) => !only || only.includes(o.key));
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
    const checked = await checkSamePages(servers, fixture, operations, log);

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

await main();
