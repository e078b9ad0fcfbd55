import path from 'node:path';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import pg from 'pg';
import { processCpu } from '../harness/cpu';
import { type StartedProcess, startArguments, startUntilReady } from '../harness/server-process';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface PeerProcess extends StartedProcess {
  readonly url: string;
}

/**
 * The Node flags `pnpm start` gives the portal (heap growth, semi-space), without its entry
 * point: the other two servers run with the same, so none is tuned and the others not.
 */
export function portalNodeFlags(): string[] {
  return startArguments().slice(0, -1);
}

/** Starts `file` (in this folder) as a process of its own and waits until it listens. */
export async function startPeerProcess(file: string, env: Record<string, string>): Promise<PeerProcess> {
  const port = await getPort();
  const started = await startUntilReady(
    file,
    [...portalNodeFlags(), '--import', 'tsx', path.join(HERE, file)],
    { cwd: HERE, env: { ...process.env, NODE_ENV: 'production', PORT: String(port), ...env } },
    'listening on',
  );
  return { url: `http://127.0.0.1:${port}`, ...started };
}

/**
 * The CPU of one server's PostgreSQL backends, told apart by the application_name each server
 * connects with (PGAPPNAME). Measuring every `postgres` process would count the other work on
 * this shared machine; this counts only the backends serving the system under test.
 */
export class BackendMeter {
  constructor(private readonly monitor: pg.Client) {}

  async backends(applicationName: string): Promise<Map<number, number>> {
    const { rows } = await this.monitor.query<{ pid: number }>(
      'select pid from pg_stat_activity where application_name = $1',
      [applicationName],
    );
    return new Map(rows.map((r) => [r.pid, processCpu(r.pid)]));
  }

  /**
   * Starts a reading; the function it returns gives the CPU seconds spent since by the backends
   * alive at the end, and how many of them started during the run: a new backend's first
   * statements fill its catalog caches, so a pool that closes idle connections pays that again.
   */
  async start(applicationName: string): Promise<() => Promise<{ seconds: number; started: number }>> {
    const before = await this.backends(applicationName);
    return async () => {
      const after = await this.backends(applicationName);
      let seconds = 0;
      let started = 0;
      for (const [pid, spent] of after) {
        seconds += Math.max(0, spent - (before.get(pid) ?? 0));
        if (!before.has(pid)) started++;
      }
      return { seconds, started };
    };
  }
}
