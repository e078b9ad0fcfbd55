import { protectCount, protectedRate } from '@jamsos/schema';
import {
  districtNames,
  globalId,
  type Json,
  PAGE,
  type PeerFixture,
  type PeerOperation,
  type PeerPage,
  regencyNames,
  uuidOf,
} from './page';

/* The registry's businesses list (plain and filtered) and a partner's directory, as peer operations. */

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
export function businessesOperation(key: string, title: string, filtered: boolean): PeerOperation {
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

/**
 * A partner reads another tenant's people only through the small-group rule (issue 20,
 * packages/schema/src/privacy.ts): counts of 1–4 suppressed, the others rounded to 5, rates from
 * the rounded counts. The portal applies it on the server; the peers answer raw counts, so the
 * comparison applies the same rule to theirs, as their client would have to.
 */
function asShared(page: PeerPage): PeerPage {
  return {
    ...page,
    rows: page.rows.map((row) => {
      const r = row as { workerCount: number; enrolledCount: number };
      const workerCount = protectCount(r.workerCount);
      const enrolledCount = protectCount(r.enrolledCount);
      const rate = protectedRate(enrolledCount, workerCount);
      return { ...row, workerCount, enrolledCount, coverageRate: rate === null ? null : Number(rate.toFixed(6)) };
    }),
  };
}

export const partnerOperation: PeerOperation = {
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
    postgraphile: (data: Json) => asShared(postgraphileBusinessPage(data.allBusinesses, false)),
    raw: (data: Json) => asShared(rawBusinessPage(data, false)),
  },
};
