import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Portal, startPortal } from '@jamsos/server/app';
import { loadConfig, REPO_ROOT } from '@jamsos/server/config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@jamsos/server/database/embedded';
import pg from 'pg';
import { afterAll, beforeAll, describe, type ExpectStatic, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { FaultProxy } from '../helpers/fault-proxy';
import { GraphQLClient } from '../helpers/graphql-client';

/**
 * Eight clients create businesses without pause while PostgreSQL goes away under the portal and
 * comes back — for 1 s, 10 s and 60 s, in three ways at once, each against a portal of its own:
 *
 * - stopped: this file's own PostgreSQL cluster is shut down (sessions terminated, connections
 *   refused) and started again on the same port;
 * - blackhole: a TCP proxy between the portal and PostgreSQL stops passing bytes, so queries and
 *   new connections hang rather than fail;
 * - failover: the proxy resets every existing connection and refuses new ones.
 *
 * Asserted each time: refusals are 503 SERVICE_UNAVAILABLE with Retry-After and, once the outage
 * is known, answered at once; readiness goes red and then green by itself; writes resume within
 * seconds of the database's return, without restarting anything. At the end: every acknowledged
 * write is there exactly once, and no write refused as "nothing was saved" is.
 */

const OUTAGES_SECONDS = [1, 10, 60];
const CLIENTS = 8;
/** Generous, for a shared 2-core machine: the bug this guards against never recovered at all. */
const RECOVERY_BOUND_MS = 15_000;

interface Attempt {
  name: string;
  started: number;
  ended: number;
  status: number;
  code?: string;
  message?: string;
  retryAfter: string | null;
}

interface Scenario {
  readonly kind: 'stopped' | 'blackhole' | 'failover';
  portal: Portal;
  /** Reads the businesses written, directly, not through the portal or the proxy. */
  readonly directUrl: string;
  readonly logs: string[];
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

function portalConfig(databaseUrl: string) {
  return loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    DEMO_REGISTRY_SCALE: '0',
    WEB_DIST: path.join(REPO_ROOT, 'packages', 'web', 'dist'),
  });
}

async function stoppedScenario(): Promise<Scenario> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jamsos-outage-'));
  await chmod(dir, 0o755);
  let cluster: EmbeddedDatabase = await startEmbeddedPostgres(path.join(dir, 'data'), () => {});
  const port = Number(new URL(cluster.url).port);
  const logs: string[] = [];
  const portal = await startPortal(portalConfig(cluster.url), (line) => logs.push(line));
  return {
    kind: 'stopped',
    portal,
    directUrl: cluster.url,
    logs,
    cut: () => cluster.stop(),
    async restore() {
      cluster = await startEmbeddedPostgres(path.join(dir, 'data'), () => {}, { port });
    },
    async close() {
      await bounded(portal.stop());
      await bounded(cluster.stop());
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function proxiedScenario(kind: 'blackhole' | 'failover'): Promise<Scenario> {
  const database: TestDatabase = await createTestDatabase();
  const proxy = await FaultProxy.start(database.url);
  const logs: string[] = [];
  const portal = await startPortal(portalConfig(proxy.urlFor(database.url)), (line) => logs.push(line));
  return {
    kind,
    portal,
    directUrl: database.url,
    logs,
    cut: async () => (kind === 'blackhole' ? proxy.blackhole() : proxy.failover()),
    restore: () => proxy.heal(),
    async close() {
      await proxy.heal();
      await bounded(portal.stop());
      await proxy.close();
      await database.drop();
    },
  };
}

/** Cleanup after deliberate outages is bounded, so a stuck close cannot hang the run. */
function bounded(work: Promise<unknown>): Promise<unknown> {
  return Promise.race([work.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CREATE = 'mutation($input: BusinessFields!) { createBusiness(input: $input) { id } }';

/** Eight clients writing until told to stop; each attempt has a name of its own. */
function startLoad(portal: Portal, cookie: string, kind: string) {
  const attempts: Attempt[] = [];
  let running = true;
  const client = async (n: number) => {
    for (let seq = 0; running; seq++) {
      const name = `${kind}-${n}-${seq}`;
      const started = Date.now();
      let attempt: Attempt;
      try {
        const response = await fetch(`${portal.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({
            query: CREATE,
            variables: {
              input: {
                legalForm: 'UMKM',
                name,
                kbliSection: 'C',
                sizeClass: 'MIKRO',
                regency: 'Bantul',
                district: 'Sewon',
                address: 'Jl. Parangtritis',
              },
            },
          }),
          signal: AbortSignal.timeout(120_000),
        });
        const body = (await response.json()) as {
          data?: { createBusiness?: { id: string } } | null;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        attempt = {
          name,
          started,
          ended: Date.now(),
          status: response.status,
          code: body.errors?.[0]?.extensions?.code,
          message: body.errors?.[0]?.message,
          retryAfter: response.headers.get('retry-after'),
        };
        if (response.status === 200 && !body.data?.createBusiness?.id) attempt.status = -1;
      } catch (error) {
        attempt = { name, started, ended: Date.now(), status: 0, message: String(error), retryAfter: null };
      }
      attempts.push(attempt);
      // A refused client waits a moment, as the web client does; a served one goes on at once.
      if (attempt.status !== 200) await sleep(150);
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
  return {
    attempts,
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

async function readiness(portal: Portal): Promise<number> {
  try {
    return (await fetch(`${portal.url}/readyz`, { signal: AbortSignal.timeout(10_000) })).status;
  } catch {
    return 0;
  }
}

async function run(scenario: Scenario, expect: ExpectStatic) {
  const { portal } = scenario;
  const staff = await new GraphQLClient(portal.url).loginAs('STAFF', 'bantul');
  const load = startLoad(portal, staff.sessionCookie ?? '', scenario.kind);
  const outages: { seconds: number; cutAt: number; restoredAt: number; readinessRed: boolean }[] = [];
  await sleep(2_000);
  for (const seconds of OUTAGES_SECONDS) {
    const cutAt = Date.now();
    await scenario.cut();
    let readinessRed = false;
    while (Date.now() - cutAt < seconds * 1000) {
      if ((await readiness(portal)) === 503) readinessRed = true;
      await sleep(250);
    }
    await scenario.restore();
    const restoredAt = Date.now();
    outages.push({ seconds, cutAt, restoredAt, readinessRed });
    // Back by itself: readiness green and writes acknowledged again, without touching the portal.
    await expect.poll(() => readiness(portal), { timeout: RECOVERY_BOUND_MS, interval: 200 }).toBe(200);
    await expect
      .poll(() => load.attempts.some((a) => a.started >= restoredAt && a.status === 200), {
        timeout: RECOVERY_BOUND_MS,
        interval: 200,
      })
      .toBe(true);
    await sleep(2_000);
  }
  await load.stop();
  return { attempts: load.attempts, outages };
}

async function namesInDatabase(url: string, kind: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ name: string }>('select name from business where name like $1', [`${kind}-%`]);
    return result.rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

function check(expect: ExpectStatic, scenario: Scenario, result: Awaited<ReturnType<typeof run>>, stored: string[]) {
  const { attempts, outages } = result;
  const acknowledged = attempts.filter((a) => a.status === 200);
  const refused = attempts.filter((a) => a.status !== 200);
  // Few on a busy shared machine (a write can take a second there); the point is that there are some.
  expect(acknowledged.length).toBeGreaterThan(outages.length);
  expect(refused.length).toBeGreaterThan(0);

  // Every refusal is an honest 503 with Retry-After — no 500, no hung request, no empty answer.
  const unexpected = refused.filter((a) => a.status !== 503 || a.code !== 'SERVICE_UNAVAILABLE' || !a.retryAfter);
  expect(unexpected.slice(0, 5)).toEqual([]);

  // Zero acknowledged writes lost, none twice, and nothing kept of a write refused as unsaved.
  const counts = new Map<string, number>();
  for (const name of stored) counts.set(name, (counts.get(name) ?? 0) + 1);
  expect([...counts].filter(([, count]) => count > 1)).toEqual([]);
  expect(acknowledged.filter((a) => !counts.has(a.name)).map((a) => a.name)).toEqual([]);
  const refusedAsUnsaved = refused.filter((a) => /Nothing was saved/.test(a.message ?? ''));
  expect(refusedAsUnsaved.filter((a) => counts.has(a.name)).map((a) => a.name)).toEqual([]);

  for (const outage of outages) {
    // Refusals started once the outage was a few seconds old are answered at once, not after a
    // pool or query timeout each. (Not measured for the 1-second outage: it is over by then, and
    // a 1-second blackhole is rightly ridden out: requests wait a second and succeed.)
    if (outage.seconds >= 10) {
      const settled = refused.filter((a) => a.started >= outage.cutAt + 7_000 && a.ended <= outage.restoredAt);
      expect(settled.length).toBeGreaterThan(10);
      const durations = settled.map((a) => a.ended - a.started).sort((a, b) => a - b);
      const median = durations[Math.floor(durations.length / 2)] ?? Number.POSITIVE_INFINITY;
      // One process runs three portals and 24 clients here, so its event loop, not the database,
      // sets the pace (medians of 0.6–0.8 s seen on a busy machine, 10–100 ms alone); what must
      // not happen is a wait for the pool, which is DATABASE_CONNECT_TIMEOUT_MS (5 s) per refusal.
      expect(median, `${scenario.kind} ${outage.seconds}s: median refusal`).toBeLessThan(2_000);
      expect(outage.readinessRed, `${scenario.kind} ${outage.seconds}s: readiness red`).toBe(true);
    }
  }

  // The log tells the story: the database went away and came back, once per long outage at least.
  const long = outages.filter((outage) => outage.seconds >= 10).length;
  expect(scenario.logs.filter((line) => /^database unavailable: /.test(line)).length).toBeGreaterThanOrEqual(long);
  expect(scenario.logs.filter((line) => /^database available again after /.test(line)).length).toBeGreaterThanOrEqual(
    long,
  );
}

const scenarios: Partial<Record<Scenario['kind'], Scenario>> = {};

beforeAll(async () => {
  const [stopped, blackhole, failover] = await Promise.all([
    stoppedScenario(),
    proxiedScenario('blackhole'),
    proxiedScenario('failover'),
  ]);
  Object.assign(scenarios, { stopped, blackhole, failover });
}, 180_000);

afterAll(async () => {
  await Promise.all(Object.values(scenarios).map((scenario) => scenario.close()));
}, 120_000);

describe.concurrent('writes under database outages of 1 s, 10 s and 60 s', () => {
  for (const kind of ['stopped', 'blackhole', 'failover'] as const) {
    it(`recover by themselves when PostgreSQL is ${kind === 'stopped' ? 'stopped' : kind === 'blackhole' ? 'blackholed' : 'failed over'}`, async ({
      expect,
    }) => {
      const scenario = scenarios[kind];
      if (!scenario) throw new Error(`no ${kind} scenario`);
      const result = await run(scenario, expect);
      // What was measured, for the record (CI's log): how soon writes came back, how fast refusals were.
      for (const outage of result.outages) {
        const back = result.attempts.filter((a) => a.started >= outage.restoredAt && a.status === 200);
        const during = result.attempts
          .filter((a) => a.status === 503 && a.started >= outage.cutAt && a.ended <= outage.restoredAt)
          .map((a) => a.ended - a.started)
          .sort((a, b) => a - b);
        console.log(
          `${kind} ${outage.seconds} s: first write acknowledged ${Math.min(...back.map((a) => a.ended)) - outage.restoredAt} ms after the return; ${during.length} refusals during it, median ${during[Math.floor(during.length / 2)] ?? '-'} ms`,
        );
      }
      const stored = await namesInDatabase(scenario.directUrl, kind);
      check(expect, scenario, result, stored);
    }, 300_000);
  }
});
