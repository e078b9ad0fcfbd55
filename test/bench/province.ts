/**
 * pnpm bench:province — the province benchmark (issue 6). Against the DIY-scale data set (loaded
 * on first use), with the server as a process of its own in production mode and PostgreSQL on
 * this machine, it measures five operations of the web client at 1 and 20 concurrent clients,
 * the same work as hand-written SQL through `pg`, the SQL statements each operation sends, and
 * the server's peak memory. Figures go to test/bench/results/province.json and a markdown
 * table (printed, and written to test/bench/results/province.md for docs/benchmarks.md).
 *
 * BENCH_SECONDS (default 15) is the length of each measured run; BENCH_ONLY=businesses,node
 * narrows the operations.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@jamsos/server/config';
import pg from 'pg';
import { cpuMeter } from './harness/cpu';
import { fixtureOf } from './harness/fixture';
import { type Clients, type Fixture, OPERATIONS } from './harness/operations';
import { PortalClient } from './harness/portal-client';
import { type ProvinceDatabase, provinceDatabase } from './harness/province-db';
import { closedLoop, type RunFigures } from './harness/runner';
import { type ServerProcess, startServerProcess } from './harness/server-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? '15');
const WARM_UP_SECONDS = Math.min(3, SECONDS);
const CONCURRENCY = [1, 20] as const;
const only = process.env.BENCH_ONLY?.split(',');
const operations = OPERATIONS.filter((o) => !only || only.includes(o.key));
const log = (line: string) => console.log(line);

async function clientsOf(server: ServerProcess): Promise<Clients> {
  return {
    staff: await new PortalClient(server.url).login('STAFF', 'sleman'),
    bpjs: await new PortalClient(server.url).login('ADMIN', 'bpjs-yogyakarta'),
  };
}

/** SQL statements per operation, counted from the server's own SQL log by request id. */
async function countStatements(database: ProvinceDatabase, fixture: Fixture): Promise<Record<string, number>> {
  const server = await startServerProcess(database.url, { LOG_SQL: 'true' });
  try {
    const clients = await clientsOf(server);
    const counts: Record<string, number> = {};
    for (const operation of operations) {
      await operation.graphql(clients, fixture);
      const requestId = `bench-count-${operation.key}`;
      await operation.graphql(clients, fixture, requestId);
      // Give the log a moment to flush through the pipe.
      await new Promise((resolve) => setTimeout(resolve, 200));
      counts[operation.key] = server.output().split(`[request ${requestId}] [query]`).length - 1;
    }
    return counts;
  } finally {
    await server.stop();
  }
}

/** A run's figures, with the CPU each process spent per request (ms). */
type Measured = RunFigures & { cpuMsPerRequest: { server: number; postgres: number; client: number } };

/**
 * A warm-up at 20 clients, then a measured run at each concurrency, each with the CPU every
 * process spent on it. GraphQL and raw SQL go through this same path.
 */
async function measuredRuns(
  task: () => Promise<unknown>,
  warmUpSeconds: number,
  serverPid: number,
  onError: (error: unknown) => void,
): Promise<Measured[]> {
  const loop = (concurrency: number, seconds: number) =>
    closedLoop(() => task().then(() => {}), { concurrency, seconds, onError });
  await loop(20, warmUpSeconds);
  const runs: Measured[] = [];
  for (const concurrency of CONCURRENCY) {
    const meter = cpuMeter(serverPid);
    const figures = await loop(concurrency, SECONDS);
    const cpu = meter();
    const per = (seconds: number) => Number(((seconds * 1000) / Math.max(1, figures.requests)).toFixed(2));
    runs.push({
      ...figures,
      cpuMsPerRequest: { server: per(cpu.server), postgres: per(cpu.postgres), client: per(cpu.client) },
    });
  }
  return runs;
}

interface OperationFigures {
  key: string;
  list: boolean;
  title: string;
  statements: number;
  graphql: Measured[];
  raw: Measured[];
  /** GraphQL throughput / raw throughput, per concurrency. */
  ratio: Record<string, number>;
}

async function main() {
  const database = await provinceDatabase(log);
  const rawPool = new pg.Pool({ connectionString: database.url, max: 20, idleTimeoutMillis: 0 });
  try {
    const fixture = await fixtureOf(database.url);
    log(`Province database: ${database.description}; ${SECONDS} s per run`);
    const statements = await countStatements(database, fixture);
    log(`SQL statements per operation: ${JSON.stringify(statements)}`);

    const server = await startServerProcess(database.url);
    const startedRss = server.memory().rss;
    const results: OperationFigures[] = [];
    let memory = { startedRss, rss: startedRss, peak: startedRss };
    try {
      const clients = await clientsOf(server);
      for (const operation of operations) {
        const pid = server.child.pid ?? 0;
        const onError = (error: unknown) => log(`  ${operation.key}: ${String(error)}`);
        const graphql = await measuredRuns(() => operation.graphql(clients, fixture), WARM_UP_SECONDS, pid, onError);
        const raw = await measuredRuns(() => operation.raw(rawPool, fixture), 1, pid, onError);
        const ratio = Object.fromEntries(
          CONCURRENCY.map((c, i) => [
            String(c),
            Number(((graphql[i]?.throughput ?? 0) / (raw[i]?.throughput || 1)).toFixed(2)),
          ]),
        );
        const figures = {
          key: operation.key,
          list: operation.list,
          title: operation.title,
          statements: statements[operation.key] ?? 0,
          graphql,
          raw,
          ratio,
        };
        results.push(figures);
        const at20 = graphql[1];
        log(
          `${operation.key}: GraphQL c=20 ${at20?.throughput}/s p95 ${at20?.p95} ms (raw ${raw[1]?.throughput}/s, ratio ${ratio['20']}), errors ${graphql.reduce((n, r) => n + r.errors, 0)}; RSS ${server.memory().rss} MB`,
        );
      }
    } finally {
      memory = { startedRss, ...server.memory() };
      await server.stop();
    }
    const report = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      database: database.description,
      postgres: (await rawPool.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v,
      secondsPerRun: SECONDS,
      server: { rssAtStartMb: memory.startedRss, rssAtEndMb: memory.rss, peakRssMb: memory.peak },
      operations: results,
      targets: targetsOf(results, memory.peak),
    };
    const dir = path.join(REPO_ROOT, 'test', 'bench', 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'province.json'), `${JSON.stringify(report, null, 2)}\n`);
    const table = markdown(report);
    await writeFile(path.join(dir, 'province.md'), table);
    log(`\n${table}`);
    for (const target of report.targets)
      log(`${target.met ? 'met    ' : 'NOT MET'}  ${target.target}: ${target.measured}`);
    const errors = results.flatMap((r) => [...r.graphql, ...r.raw]).reduce((n, r) => n + r.errors, 0);
    if (errors > 0) {
      log(`${errors} requests failed.`);
      process.exitCode = 1;
    }
  } finally {
    await rawPool.end();
    await database.stop();
  }
}

/** Issue 6's targets, at 20 clients, against what this run measured. */
function targetsOf(results: OperationFigures[], peakRssMb: number) {
  const at20 = (r: OperationFigures) => r.graphql.find((g) => g.concurrency === 20);
  const targets: { target: string; measured: string; met: boolean }[] = [];
  for (const r of results) {
    const p95 = at20(r)?.p95 ?? Number.POSITIVE_INFINITY;
    const limit = r.list ? 50 : r.key.startsWith('dashboard') ? 100 : null;
    if (limit !== null)
      targets.push({ target: `${r.key} p95 ≤ ${limit} ms`, measured: `${p95} ms`, met: p95 <= limit });
    if (r.list)
      targets.push({
        target: `${r.key} GraphQL ≥ half the raw-SQL throughput`,
        measured: `${r.ratio['20']}`,
        met: (r.ratio['20'] ?? 0) >= 0.5,
      });
  }
  targets.push({ target: 'server RSS ≤ 300 MB', measured: `peak ${peakRssMb} MB`, met: peakRssMb <= 300 });
  return targets;
}

function markdown(report: {
  measuredAt: string;
  postgres?: string;
  server: { peakRssMb: number };
  operations: OperationFigures[];
}): string {
  const lines = [
    `Measured ${report.measuredAt.slice(0, 10)}, PostgreSQL ${report.postgres}, server peak RSS ${report.server.peakRssMb} MB.`,
    '',
    '| operation | SQL statements | clients | GraphQL req/s | p50 ms | p95 ms | p99 ms | raw SQL req/s | raw p95 ms | GraphQL/raw | CPU ms/req: server + PostgreSQL + load generator |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const op of report.operations) {
    op.graphql.forEach((g, i) => {
      const r = op.raw[i];
      lines.push(
        `| ${i === 0 ? op.key : ''} | ${i === 0 ? op.statements : ''} | ${g.concurrency} | ${g.throughput} | ${g.p50} | ${g.p95} | ${g.p99} | ${r?.throughput} | ${r?.p95} | ${op.ratio[String(g.concurrency)]} | ${g.cpuMsPerRequest.server} + ${g.cpuMsPerRequest.postgres} + ${g.cpuMsPerRequest.client} |`,
      );
    });
  }
  return `${lines.join('\n')}\n`;
}

await main();
