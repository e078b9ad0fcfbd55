import { maskNik } from '@jamsos/schema';
import { type Json, PAGE, type PeerOperation, uuidOf } from './page';

/* The registry's workers list (plain and by name search), as peer operations. */

interface WorkerRow {
  id: string;
  nik: string;
  fullName: string;
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

const WORKER_NODE = `rowId nik fullName sex birthDate occupation workerType coverageStatus programmes
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

export function workersOperation(key: string, title: string, search: boolean): PeerOperation {
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
