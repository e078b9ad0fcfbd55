import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@jamsos/server/config';
import getPort from 'get-port';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../helpers/graphql-client';

const MAIN = path.join(REPO_ROOT, 'packages', 'server', 'src', 'main.ts');

interface Run {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

/** Starts `src/main.ts` as `pnpm start` does, with only the given variables set by us. */
function runPortal(env: Record<string, string>): Run {
  const base = { ...process.env };
  for (const key of ['DATABASE_URL', 'PORT', 'EMBEDDED_PG_DIR', 'SEED_DEMO', 'NODE_ENV']) delete base[key];
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: path.dirname(path.dirname(MAIN)),
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => ({ stdout, stderr }), exited };
}

async function waitFor(run: Run, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!run.output().stdout.includes(text)) {
    if (run.child.exitCode !== null) throw new Error(`exited early: ${JSON.stringify(run.output())}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}": ${JSON.stringify(run.output())}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('bad configuration ends with one clear line', () => {
  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be a number \(got "abc"\)$/],
    [{ PORT: '70000' }, /^Invalid configuration: PORT must be between 0 and 65535 \(got "70000"\)$/],
    [{ DATABASE_URL: 'mysql://x@localhost/db' }, /^Invalid configuration: DATABASE_URL must start with postgres:\/\//],
    [{ SESSION_TTL_HOURS: '-1' }, /^Invalid configuration: SESSION_TTL_HOURS must be positive/],
    [
      { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nowhere', PORT: '0' },
      /^Cannot connect to the database at 127\.0\.0\.1:1\/nowhere: .+/,
    ],
  ])(
    '%j',
    async (env, message) => {
      const run = runPortal(env);
      expect(await run.exited).toBe(1);
      const lines = run.output().stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      // Under tsx a server process transpiles the whole server before it finds the database away
      // (with several processes, the first worker does): seconds on a quiet machine, more on a busy one.
    },
    60_000,
  );
});

describe('start-up without DATABASE_URL (embedded PostgreSQL)', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts its own PostgreSQL, migrates, seeds, serves, and stops it on SIGTERM', { timeout: 120_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'jamsos-embedded-'));
    await chmod(dir, 0o755); // PostgreSQL runs as `postgres` when we are root
    const port = await getPort();
    const run = runPortal({ PORT: String(port), EMBEDDED_PG_DIR: path.join(dir, 'pg') });
    try {
      await waitFor(run, 'is running at', 90_000);
      const { stdout } = run.output();
      expect(stdout).toContain(`http://localhost:${port}`);
      expect(stdout).toContain('admin@bantul.demo');
      expect(stdout).toContain(`password: ${DEMO_PASSWORD}`);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: LoginInput!) { login(input: $input) { viewer { organization { code } } } }',
          variables: { input: { email: 'viewer@gunungkidul.demo', password: DEMO_PASSWORD } },
        }),
      });
      expect(await login.json()).toEqual({ data: { login: { viewer: { organization: { code: 'gunungkidul' } } } } });
    } finally {
      run.child.kill('SIGTERM');
    }
    // Keep-alive connections from this process are open: the drain must close them, not wait.
    const code = await Promise.race([
      run.exited,
      new Promise((resolve) => setTimeout(() => resolve('still running'), 30_000)),
    ]);
    expect(code, JSON.stringify(run.output())).toBe(0);
  });
});
