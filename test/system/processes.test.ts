import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { demoEmail } from '@jamsos/schema';
import { REPO_ROOT } from '@jamsos/server/config';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, startArguments } from '../bench/harness/server-process';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { DEMO_PASSWORD } from '../helpers/graphql-client';

/**
 * Both cores (issue 19): `pnpm start` runs one server process per core (node:cluster). Two
 * processes serve one database here, every request on a new connection, which the cluster hands
 * to the processes in turn — so a session made by one is used by the other, and a dashboard one
 * process computed and kept is not served stale by it after the other changed the registry.
 * Everything a request relies on lives in the database (sessions, login throttle, dashboard
 * versions); this shows it, with the compiled server `pnpm start` runs.
 */
let database: TestDatabase;
let child: ChildProcess;
let output = '';
let port = 0;

interface Answer {
  cookie: string | null;
  body: { data?: Record<string, unknown>; errors?: unknown[] };
}

/** One GraphQL request on a connection of its own (no keep-alive: the cluster picks a process per connection). */
function post(query: string, variables: Record<string, unknown>, cookie: string | null): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
        });
        response.on('end', () => {
          const set = response.headers['set-cookie']?.[0]?.split(';')[0] ?? null;
          resolve({ cookie: set ?? cookie, body: JSON.parse(text) });
        });
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ query, variables }));
  });
}

beforeAll(async () => {
  buildServer();
  database = await createTestDatabase();
  port = await getPort();
  child = spawn(process.execPath, startArguments(), {
    cwd: path.join(REPO_ROOT, 'packages', 'server'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: database.url,
      DEMO_REGISTRY_SCALE: '0.02',
      SERVER_PROCESSES: '2',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const deadline = Date.now() + 90_000;
  while (!output.includes('is running at')) {
    if (child.exitCode !== null) throw new Error(`the portal exited while starting:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the portal did not start in 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await database?.drop();
});

describe('two server processes on one database', () => {
  it('share sessions and never serve a dashboard the other process made stale; each stops cleanly', async () => {
    expect(output).toContain('(2 server processes)');
    const login = await post(
      'mutation($input: LoginInput!) { login(input: $input) { viewer { user { id } } } }',
      { input: { email: demoEmail('STAFF', 'bantul'), password: DEMO_PASSWORD } },
      null,
    );
    expect(login.body.errors).toBeUndefined();
    const cookie = login.cookie;
    const DASHBOARD = '{ dashboard { totals { businesses } } }';
    const businesses = async () => {
      const answer = await post(DASHBOARD, {}, cookie);
      expect(answer.body.errors).toBeUndefined();
      const dashboard = answer.body.data?.dashboard as { totals: { businesses: number } } | undefined;
      return dashboard?.totals.businesses ?? -1;
    };
    // Four views: both processes compute and keep the dashboard.
    const before = await Promise.all([businesses(), businesses(), businesses(), businesses()]);
    expect(new Set(before).size).toBe(1);
    const created = await post(
      'mutation($input: BusinessFields!) { createBusiness(input: $input) { id } }',
      {
        input: {
          legalForm: 'UMKM',
          name: 'Warung Dua Proses',
          kbliSection: 'C',
          sizeClass: 'MIKRO',
          regency: 'Bantul',
          district: 'Banguntapan',
          address: 'Jl. Imogiri',
          contactPhone: '0812 2345 6789',
        },
      },
      cookie,
    );
    expect(created.body.errors).toBeUndefined();
    // Whichever process answers, and whichever made the change, the new business counts.
    for (let i = 0; i < 6; i++) expect(await businesses()).toBe((before[0] ?? 0) + 1);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Each process says what it served when it stops: both served requests.
    const served = [...output.matchAll(/"event":"portal\.stopped".*?"requests":(\d+)/g)].map((m) => Number(m[1]));
    expect(served).toHaveLength(2);
    for (const n of served) expect(n).toBeGreaterThan(0);
  }, 60_000);
});
