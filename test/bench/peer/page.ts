import type { PortalClient } from '../harness/portal-client';

/**
 * The web client's list pages, each asked of three servers — the portal (its persisted
 * operation, as the web client sends it), PostGraphile 5 (the GraphQL a PostGraphile client
 * would write for the same page) and the raw-`pg` server — and each answer brought to one shape
 * (a `PeerPage`), so the benchmark can check the three return the same page before it measures.
 */

export interface PeerFixture {
  /** The regency whose staff read their registry (the baseline: Bantul). */
  readonly regencyCode: string;
  readonly regencyOrgId: string;
  /** The regency's busiest district × KBLI section: the filtered list's fullest first page. */
  readonly districtCode: string;
  readonly kbliSection: string;
  /** A name fragment for the worker search. */
  readonly search: string;
  readonly bpjsOrgId: string;
  /** A regency that grants the BPJS office a live directory agreement (the partner's directory). */
  readonly grantorOrgId: string;
  /** The database's date, which decides "overdue". */
  readonly today: string;
}

export interface PortalClients {
  readonly staff: PortalClient;
  readonly bpjs: PortalClient;
}

/** A page as the three servers must agree on it: rows in order, with the web client's fields. */
export interface PeerPage {
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly rows: readonly Record<string, unknown>[];
  /** Anything else the page shows (the task board's organisations). */
  readonly extra?: unknown;
}

/** What a request to PostGraphile or the raw server is: where, as which tenant, with what. */
export interface PeerRequest {
  readonly tenant: string;
  readonly body: Record<string, unknown>;
}

export interface PeerOperation {
  readonly key: string;
  readonly title: string;
  portal(clients: PortalClients, f: PeerFixture): Promise<unknown>;
  /** A GraphQL document and variables for PostGraphile (sent as text, with the tenant header). */
  postgraphile(f: PeerFixture): PeerRequest & { readonly query: string };
  /** `POST /page/<path>` on the raw server. */
  raw(f: PeerFixture): PeerRequest & { readonly path: string };
  normalise: {
    portal(data: unknown, f: PeerFixture): PeerPage;
    postgraphile(data: unknown, f: PeerFixture): PeerPage;
    raw(data: unknown, f: PeerFixture): PeerPage;
  };
}

/** The page size every list asks for. */
export const PAGE = 20;
// The raw server shapes its rows with these too; one copy, in the harness.
export { districtNames, globalId, regencyNames } from '../harness/business-row';

/** The uuid inside a portal global id ("Business:…", base64url). */
export function uuidOf(id: unknown): string {
  const decoded = Buffer.from(String(id), 'base64url').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON read by field name, checked by the comparison.
export type Json = any;
