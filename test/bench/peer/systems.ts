import { isDeepStrictEqual } from 'node:util';
import type { PeerFixture, PeerOperation, PeerPage, PortalClients } from './operations';
import type { PeerProcess } from './processes';

/*
 * The three systems the peer benchmark asks (the portal, PostGraphile, the raw-`pg` server): how
 * each is asked, and the check that they answer every operation with the same page.
 */

export const SYSTEMS = ['portal', 'postgraphile', 'raw'] as const;
export type System = (typeof SYSTEMS)[number];
export const APPLICATION_NAMES: Record<System, string> = {
  portal: 'peer-bench-portal',
  postgraphile: 'peer-bench-postgraphile',
  raw: 'peer-bench-raw',
};
/** One request to PostGraphile: the document as text, the tenant as a header; any error throws. */
export async function askPostGraphile(
  url: string,
  request: ReturnType<PeerOperation['postgraphile']>,
): Promise<unknown> {
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

export interface Servers {
  portal: { url: string; pid: number; clients: PortalClients };
  postgraphile: PeerProcess;
  raw: PeerProcess;
}

/** The request each system's load loop sends for an operation. */
export function taskOf(
  system: System,
  operation: PeerOperation,
  servers: Servers,
  f: PeerFixture,
): () => Promise<unknown> {
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
export async function checkSamePages(
  servers: Servers,
  f: PeerFixture,
  operations: readonly PeerOperation[],
  log: (line: string) => void,
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
