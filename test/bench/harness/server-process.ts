import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@jamsos/server/config';
import getPort from 'get-port';

/** The portal as a process of its own, so its memory is its own and measurable. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** Resident memory now and at its peak (VmHWM), in MB, from /proc. */
  memory(): { rss: number; peak: number };
  stop(): Promise<void>;
}

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/**
 * The arguments `pnpm start` gives Node (packages/server/package.json), read rather than copied:
 * its flags (the heap's growth, say) change what is measured.
 */
export function startArguments(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', 'server', 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const [command, ...args] = manifest.scripts.start.split(/\s+/);
  if (command !== 'node' || args.at(-1) !== 'dist/main.js')
    throw new Error(`The server's start script is no longer \`node … dist/main.js\`: ${manifest.scripts.start}`);
  return args;
}

let built = false;

/** Builds the compiled server (`pnpm --filter @jamsos/server build`, about a second) once per run. */
export function buildServer(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'packages', 'server', 'build.mjs')], { stdio: 'inherit' });
  built = true;
}

/** A Node process a benchmark started, once it said it is ready; its output is captured. */
export interface StartedProcess {
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** SIGTERM, and wait until it has exited (at once when it already has). */
  stop(): Promise<void>;
}

/**
 * Starts Node with `args` and waits (up to 60 s) until its output says `ready`: the portal and
 * the peer servers start, are watched and stopped alike. `label` names the process in errors.
 */
export async function startUntilReady(
  label: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  ready: string,
): Promise<StartedProcess> {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const deadline = Date.now() + 60_000;
  while (!out.includes(ready)) {
    if (child.exitCode !== null) throw new Error(`${label} exited while starting:\n${out}`);
    if (Date.now() > deadline) throw new Error(`${label} did not start in 60 s:\n${out}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${label} has no pid.`);
  return {
    pid,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Starts the compiled server the way `pnpm start` does, in production mode (trusted documents
 * enforced, errors masked), against `databaseUrl`, without demo seeding — as one process
 * (SERVER_PROCESSES=1: like for like with one PostGraphile process, and its CPU and memory are
 * this pid's) unless `env` says otherwise.
 */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  buildServer();
  const port = await getPort();
  // BENCH_SERVER_FLAGS: extra Node flags for the server (say `--cpu-prof`), to look inside a run.
  const flags = process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
  const started = await startUntilReady(
    'The server',
    [...flags, ...startArguments()],
    {
      cwd: path.join(REPO_ROOT, 'packages', 'server'),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        SEED_DEMO: 'false',
        // BENCH_SERVER_PROCESSES: the default start's cluster instead (CPU and memory are then the primary's only).
        SERVER_PROCESSES: process.env.BENCH_SERVER_PROCESSES ?? '1',
        ...env,
      },
    },
    'is running at',
  );
  return {
    url: `http://127.0.0.1:${port}`,
    child: started.child,
    output: started.output,
    memory: () => ({ rss: statusField(started.pid, 'VmRSS'), peak: statusField(started.pid, 'VmHWM') }),
    stop: started.stop,
  };
}
