import { maskNik, REGENCIES } from '@jamsos/schema';
import type { PortalClient } from '../harness/portal-client';

/**
 * The web client's list pages, each asked of three servers — the portal (its persisted
 * operation, as the web client sends it), PostGraphile 5 (the GraphQL a PostGraphile client
 * would write for the same page) and the raw-`pg` server — and each answer brought to one shape
 * (a `PeerPage`), so the benchmark can check the three return the same page before it measures.
 */

export interface PeerFixture {
  /** The regency whose staff read their registry (the issue's baseline: Bantul). */
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

const PAGE = 20;
const districtNames = new Map(REGENCIES.flatMap((r) => r.districts.map((d) => [d.code, d.name] as const)));
const regencyNames = new Map(REGENCIES.map((r) => [r.code, r.name] as const));
const globalId = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');

/** The uuid inside a portal global id ("Business:…", base64url). */
function uuidOf(id: unknown): string {
  const decoded = Buffer.from(String(id), 'base64url').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON read by field name, checked by the comparison.
type Json = any;

/** The fields of a business row all three must agree on (names as the portal's schema has them). */
function businessRow(b: {
  id: string;
  name: string;
  nib: string | null;
  legalForm: string;
  kbliSection: string;
  sizeClass: string;
  kadinMember?: boolean;
  regencyName: string | null;
  districtName: string | null;
  workerCount: number;
  enrolledCount: number;
  coverageRate: number | null;
}) {
  return {
    id: b.id,
    name: b.name,
    nib: b.nib,
    legalForm: b.legalForm,
    kbliSection: b.kbliSection,
    sizeClass: b.sizeClass,
    ...(b.kadinMember === undefined ? {} : { kadinMember: b.kadinMember }),
    regencyName: b.regencyName,
    districtName: b.districtName,
    workerCount: b.workerCount,
    enrolledCount: b.enrolledCount,
    coverageRate: b.coverageRate === null ? null : Number(b.coverageRate.toFixed(6)),
  };
}

const portalBusinessPage = (connection: Json, withKadin: boolean): PeerPage => ({
  totalCount: connection.totalCount,
  hasNextPage: connection.pageInfo.hasNextPage,
  rows: connection.edges.map(({ node }: Json) => {
    const row = businessRow({ ...node, id: uuidOf(node.id) });
    if (!withKadin) delete (row as { kadinMember?: boolean }).kadinMember;
    return row;
  }),
});

const rawBusinessPage = (page: Json, withKadin: boolean): PeerPage => ({
  totalCount: page.totalCount,
  hasNextPage: page.hasNextPage,
  rows: page.edges.map((b: Json) => {
    const row = businessRow({ ...b, id: uuidOf(b.id) });
    if (!withKadin) delete (row as { kadinMember?: boolean }).kadinMember;
    return row;
  }),
});

/**
 * PostGraphile answers codes and the counts row; the names and the rate are what a PostGraphile
 * client would derive from them (the portal derives them on the server).
 */
const postgraphileBusinessPage = (connection: Json, withKadin: boolean): PeerPage => ({
  totalCount: connection.totalCount,
  hasNextPage: connection.pageInfo.hasNextPage,
  rows: connection.nodes.map((b: Json) => {
    const counts = b.businessCountByBusinessId ?? { workerCount: 0, enrolledCount: 0 };
    const row = businessRow({
      ...b,
      id: b.rowId,
      regencyName: regencyNames.get(b.regencyCode) ?? null,
      districtName: districtNames.get(b.districtCode) ?? null,
      workerCount: counts.workerCount,
      enrolledCount: counts.enrolledCount,
      coverageRate: counts.workerCount > 0 ? counts.enrolledCount / counts.workerCount : null,
    });
    if (!withKadin) delete (row as { kadinMember?: boolean }).kadinMember;
    return row;
  }),
});

const BUSINESS_NODE = `rowId name nib legalForm kbliSection sizeClass kadinMember regencyCode districtCode
      businessCountByBusinessId { workerCount enrolledCount }`;

const POSTGRAPHILE_BUSINESSES = `query Businesses($first: Int!, $condition: BusinessCondition!) {
  allBusinesses(first: $first, orderBy: [NAME_ASC, ROW_ID_ASC], condition: $condition) {
    totalCount pageInfo { hasNextPage } nodes { ${BUSINESS_NODE} }
  }
}`;

/** The registry's businesses list, as the web client asks for it (sorted by name, ascending). */
function businessesOperation(key: string, title: string, filtered: boolean): PeerOperation {
  const filter = (f: PeerFixture) => (filtered ? { districtCode: f.districtCode, kbliSection: f.kbliSection } : {});
  return {
    key,
    title,
    portal: ({ staff }, f) =>
      staff.send('Businesses', { first: PAGE, sort: 'NAME', descending: false, filter: filter(f) }),
    postgraphile: (f) => ({
      tenant: f.regencyOrgId,
      query: POSTGRAPHILE_BUSINESSES,
      // The portal's list is the tenant's own live businesses; row-level security alone would
      // also let through a grantor's, so the condition names the tenant as the portal's does.
      body: { first: PAGE, condition: { organizationId: f.regencyOrgId, archivedAt: null, ...filter(f) } },
    }),
    raw: (f) => ({ tenant: f.regencyOrgId, path: 'businesses', body: { first: PAGE, ...filter(f) } }),
    normalise: {
      portal: (data: Json) => portalBusinessPage(data.businesses, true),
      postgraphile: (data: Json) => postgraphileBusinessPage(data.allBusinesses, true),
      raw: (data: Json) => rawBusinessPage(data, true),
    },
  };
}

interface WorkerRow {
  id: string;
  nik: string;
  fullName: string;
  kpj: string | null;
  sex: string;
  birthYear: number;
  occupation: string | null;
  workerType: string;
  coverageStatus: string;
  programmes: string[];
  businesses: { id: string; name: string }[];
}

/** The employers are a set on the page: compared in one order (name, then id) whatever each server sends. */
function workerRow(w: WorkerRow): WorkerRow {
  return {
    id: w.id,
    nik: w.nik,
    fullName: w.fullName,
    kpj: w.kpj,
    sex: w.sex,
    birthYear: w.birthYear,
    occupation: w.occupation,
    workerType: w.workerType,
    coverageStatus: w.coverageStatus,
    programmes: [...w.programmes],
    businesses: [...w.businesses].sort((a, b) =>
      a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1,
    ),
  };
}

const WORKER_NODE = `rowId nik fullName kpj sex birthDate occupation workerType coverageStatus programmes
      employmentsByOrganizationIdAndWorkerId { nodes { businessByOrganizationIdAndBusinessId { rowId name } } }`;

/**
 * PostGraphile hands out the full NIK and the birth date (the portal never does in a list); the
 * comparison masks and shortens them as a PostGraphile client would have to.
 */
const postgraphileWorkerRow = (w: Json): WorkerRow =>
  workerRow({
    ...w,
    id: w.rowId,
    nik: maskNik(w.nik),
    birthYear: Number(String(w.birthDate).slice(0, 4)),
    businesses: w.employmentsByOrganizationIdAndWorkerId.nodes
      .map((e: Json) => e.businessByOrganizationIdAndBusinessId)
      .filter(Boolean)
      .map((b: Json) => ({ id: b.rowId, name: b.name })),
  });

const portalWorkerRow = (w: Json): WorkerRow =>
  workerRow({
    ...w,
    id: uuidOf(w.id),
    businesses: w.businesses.map((b: Json) => ({ id: uuidOf(b.id), name: b.name })),
  });

function workersOperation(key: string, title: string, search: boolean): PeerOperation {
  const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    key,
    title,
    portal: ({ staff }, f) =>
      staff.send('Workers', {
        first: PAGE,
        sort: 'NAME',
        descending: false,
        filter: search ? { search: f.search } : {},
      }),
    postgraphile: (f) =>
      search
        ? {
            tenant: f.regencyOrgId,
            // The portal's own security-definer search function, exposed by PostGraphile (made
            // sortable and filterable by a smart tag in postgraphile-server.ts).
            query: `query Workers($first: Int!, $pattern: String!) {
  appWorkerNameSearch(pPattern: $pattern, first: $first, orderBy: [FULL_NAME_ASC, ROW_ID_ASC], condition: { archivedAt: null }) {
    totalCount pageInfo { hasNextPage } nodes { ${WORKER_NODE} }
  }
}`,
            body: { first: PAGE, pattern: contains(f.search) },
          }
        : {
            tenant: f.regencyOrgId,
            query: `query Workers($first: Int!, $tenant: UUID!) {
  allWorkers(first: $first, orderBy: [FULL_NAME_ASC, ROW_ID_ASC], condition: { organizationId: $tenant, archivedAt: null }) {
    totalCount pageInfo { hasNextPage } nodes { ${WORKER_NODE} }
  }
}`,
            body: { first: PAGE, tenant: f.regencyOrgId },
          },
    raw: (f) => ({
      tenant: f.regencyOrgId,
      path: 'workers',
      body: { first: PAGE, ...(search ? { search: f.search } : {}) },
    }),
    normalise: {
      portal: (data: Json) => ({
        totalCount: data.workers.totalCount,
        hasNextPage: data.workers.pageInfo.hasNextPage,
        rows: data.workers.edges.map(({ node }: Json) => portalWorkerRow(node)),
      }),
      postgraphile: (data: Json) => {
        const connection = search ? data.appWorkerNameSearch : data.allWorkers;
        return {
          totalCount: connection.totalCount,
          hasNextPage: connection.pageInfo.hasNextPage,
          rows: connection.nodes.map(postgraphileWorkerRow),
        };
      },
      raw: (data: Json) => ({
        totalCount: data.totalCount,
        hasNextPage: data.hasNextPage,
        rows: data.edges.map(portalWorkerRow),
      }),
    },
  };
}

interface TaskRow {
  id: string;
  title: string;
  status: string;
  priority: string;
  dueOn: string;
  overdue: boolean;
  targetWorkers: number;
  version: number;
  creator: { id: string; name: string };
  assignee: { id: string; name: string };
  assigneeUserName: string | null;
  registered: number;
  rate: number;
}

const OPEN = new Set(['OPEN', 'ACCEPTED', 'IN_PROGRESS']);

const portalTask = (t: Json): TaskRow => ({
  id: uuidOf(t.id),
  title: t.title,
  status: t.status,
  priority: t.priority,
  dueOn: t.dueOn,
  overdue: t.overdue,
  targetWorkers: t.targetWorkers,
  version: t.version,
  creator: { id: uuidOf(t.creator.id), name: t.creator.name },
  assignee: { id: uuidOf(t.assignee.id), name: t.assignee.name },
  assigneeUserName: t.assigneeUserName,
  registered: t.progress.registered,
  rate: Number(t.progress.rate.toFixed(6)),
});

const organizationsOf = (list: Json[]) =>
  list.map((o: Json) => ({ id: o.rowId ?? uuidOf(o.id), kind: o.kind, name: o.name }));

const tasksOperation: PeerOperation = {
  key: 'tasks',
  title: 'Task board: the BPJS office’s first page of tasks, with progress, and the organisations',
  portal: ({ bpjs }) => bpjs.send('OutreachTasks', { first: PAGE }),
  postgraphile: (f) => ({
    tenant: f.bpjsOrgId,
    // Row-level security (task_parties) keeps the tasks the office created or was given; no
    // condition needed. Progress is summed from the visits, as a PostGraphile client must.
    query: `query OutreachTasks($first: Int!) {
  allOrganizations(first: 100, orderBy: [NAME_ASC, ROW_ID_ASC]) { nodes { rowId kind name } }
  allOutreachTasks(first: $first, orderBy: [DUE_ON_ASC, ROW_ID_ASC]) {
    totalCount pageInfo { hasNextPage }
    nodes {
      rowId title status priority dueOn targetWorkers version
      organizationByOrganizationId { rowId name }
      organizationByAssigneeOrgId { rowId name }
      appUserByAssigneeUserId { displayName }
      visitReportsByTaskIdAndOrganizationIdAndAssigneeOrgId { nodes { workersRegistered } }
    }
  }
}`,
    body: { first: PAGE },
  }),
  raw: (f) => ({ tenant: f.bpjsOrgId, path: 'tasks', body: { first: PAGE } }),
  normalise: {
    portal: (data: Json) => ({
      totalCount: data.outreachTasks.totalCount,
      hasNextPage: data.outreachTasks.pageInfo.hasNextPage,
      rows: data.outreachTasks.edges.map(({ node }: Json) => portalTask(node)),
      extra: organizationsOf(data.organizations.edges.map(({ node }: Json) => node)),
    }),
    postgraphile: (data: Json, f) => ({
      totalCount: data.allOutreachTasks.totalCount,
      hasNextPage: data.allOutreachTasks.pageInfo.hasNextPage,
      rows: data.allOutreachTasks.nodes.map((t: Json): TaskRow => {
        const registered = (t.visitReportsByTaskIdAndOrganizationIdAndAssigneeOrgId.nodes as Json[]).reduce(
          (n, v) => n + v.workersRegistered,
          0,
        );
        return {
          id: t.rowId,
          title: t.title,
          status: t.status,
          priority: t.priority,
          dueOn: t.dueOn,
          overdue: OPEN.has(t.status) && t.dueOn < f.today,
          targetWorkers: t.targetWorkers,
          version: t.version,
          creator: { id: t.organizationByOrganizationId.rowId, name: t.organizationByOrganizationId.name },
          assignee: { id: t.organizationByAssigneeOrgId.rowId, name: t.organizationByAssigneeOrgId.name },
          assigneeUserName: t.appUserByAssigneeUserId?.displayName ?? null,
          registered,
          rate: Number(Math.min(1, registered / t.targetWorkers).toFixed(6)),
        };
      }),
      // The portal never lists the platform operator's own organisation; amber's conditions are
      // equalities only, so the PostGraphile client drops it itself.
      extra: organizationsOf(data.allOrganizations.nodes.filter((o: Json) => o.kind !== 'PLATFORM')),
    }),
    raw: (data: Json) => ({
      totalCount: data.totalCount,
      hasNextPage: data.hasNextPage,
      rows: data.edges.map(portalTask),
      extra: organizationsOf(data.organizations),
    }),
  },
};

const partnerOperation: PeerOperation = {
  key: 'partnerDirectory',
  title: 'A partner’s directory: the BPJS office reads a regency’s businesses under its agreement',
  portal: ({ bpjs }, f) =>
    bpjs.send('PartnerBusinesses', { first: PAGE, grantorId: globalId('Organization', f.grantorOrgId) }),
  postgraphile: (f) => ({
    tenant: f.bpjsOrgId,
    // Row-level security (directory_grant) lets the grantor's businesses through while the
    // agreement is live; the condition picks the grantor, as the portal's grantorId does.
    query: POSTGRAPHILE_BUSINESSES,
    body: { first: PAGE, condition: { organizationId: f.grantorOrgId, archivedAt: null } },
  }),
  raw: (f) => ({ tenant: f.bpjsOrgId, path: 'partnerBusinesses', body: { first: PAGE, grantorId: f.grantorOrgId } }),
  normalise: {
    // The partner page does not show KADIN membership.
    portal: (data: Json) => portalBusinessPage(data.partnerBusinesses, false),
    postgraphile: (data: Json) => postgraphileBusinessPage(data.allBusinesses, false),
    raw: (data: Json) => rawBusinessPage(data, false),
  },
};

export const PEER_OPERATIONS: readonly PeerOperation[] = [
  businessesOperation('businesses', 'Businesses: first page of 20 by name, with totalCount', false),
  businessesOperation('businessesFiltered', 'Businesses filtered by a district and a KBLI section', true),
  workersOperation('workers', 'Workers: first page of 20 by name, with their businesses and totalCount', false),
  workersOperation('workersSearch', 'Workers by name search (app_worker_name_search), first page', true),
  tasksOperation,
  partnerOperation,
];
