import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
export function processCpu(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** CPU seconds of each PostgreSQL process on this machine (the server's backends included). */
function postgresCpu(): Map<string, number> {
  const byPid = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') byPid.set(entry, processCpu(entry));
    } catch {
      // gone
    }
  }
  return byPid;
}

/** CPU spent between two readings: by processes alive at both, and all of those started since. */
function spentSince(before: Map<string, number>, after: Map<string, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += Math.max(0, seconds - (before.get(pid) ?? 0));
  return total;
}

export interface CpuSplit {
  server: number;
  postgres: number;
  client: number;
}

/**
 * Where the machine's CPU went during a run: the portal's process, PostgreSQL, and this
 * (load-generating) process. On two cores all three compete, so this says which one to make
 * cheaper. A backend that exits during the run takes its share with it (pools here keep theirs).
 */
export function cpuMeter(serverPid: number): () => CpuSplit {
  const start = { server: processCpu(serverPid), postgres: postgresCpu(), client: process.cpuUsage() };
  return () => {
    const client = process.cpuUsage(start.client);
    return {
      server: processCpu(serverPid) - start.server,
      postgres: spentSince(start.postgres, postgresCpu()),
      client: (client.user + client.system) / 1e6,
    };
  };
}
