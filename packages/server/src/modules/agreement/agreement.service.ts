import { type FieldProblem, protectCount } from '@jamsos/schema';
import { audit } from '../audit/audit.service';
import {
  type BusinessFilter,
  type BusinessListRow,
  type BusinessOrder,
  listRegistryBusinesses,
} from '../business/business.service';
import { appError, ErrorCode } from '../common/errors';
import { checkVersion, flushVersioned } from '../common/optimistic';
import { invalidInput } from '../common/problems';
import type { RequestScope } from '../common/scope';
import { Organization, organizationEntity } from '../organization/organization.entity';
import { Agreement, type AgreementScope, type IAgreement } from './agreement.entity';

/** Today in the database's terms (dates, not instants), so the service and the policies agree. */
/** The agreements the caller's tenant granted, received, or both (the only ones RLS shows it). */
export async function listAgreements(
  scope: RequestScope,
  direction: 'GRANTED' | 'RECEIVED' | null,
  window: { limit: number; offset: number },
): Promise<[IAgreement[], number]> {
  const tenant = scope.tenantId;
  const where =
    direction === 'GRANTED'
      ? { organization: tenant }
      : direction === 'RECEIVED'
        ? { grantee: tenant }
        : { $or: [{ organization: tenant }, { grantee: tenant }] };
  return scope.em.findAndCount(Agreement, where, {
    populate: ['organization', 'grantee'],
    orderBy: { validUntil: 'desc', id: 'asc' },
    ...window,
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface GrantInput {
  granteeId: string;
  scope: AgreementScope;
  title: string;
  number: string;
  signedOn: string;
  validFrom: string;
  validUntil: string;
}

/** A grantor's admin opens a scope of the tenant's data to a partner, citing the agreement. */
export async function grantAgreement(scope: RequestScope, input: GrantInput): Promise<IAgreement> {
  const { em, viewer } = scope;
  const problems: FieldProblem[] = [];
  if (!input.title.trim()) problems.push({ field: 'title', problem: 'REQUIRED' });
  if (input.title.length > 300) problems.push({ field: 'title', problem: 'TOO_LONG' });
  if (!input.number.trim()) problems.push({ field: 'number', problem: 'REQUIRED' });
  if (input.number.length > 100) problems.push({ field: 'number', problem: 'TOO_LONG' });
  for (const field of ['signedOn', 'validFrom', 'validUntil'] as const) {
    // An empty date is missing, not unknown: the form says it is required.
    if (!input[field].trim()) problems.push({ field, problem: 'REQUIRED' });
    else if (!ISO_DATE.test(input[field]) || Number.isNaN(Date.parse(input[field])))
      problems.push({ field, problem: 'UNKNOWN_VALUE' });
  }
  // Out-of-range dates carry the bound they crossed, so the message can say it.
  if (ISO_DATE.test(input.validFrom) && ISO_DATE.test(input.validUntil) && input.validUntil < input.validFrom)
    problems.push({ field: 'validUntil', problem: 'OUT_OF_RANGE', params: { min: input.validFrom } });
  if (ISO_DATE.test(input.signedOn) && ISO_DATE.test(input.validUntil) && input.validUntil < input.signedOn)
    problems.push({ field: 'signedOn', problem: 'OUT_OF_RANGE', params: { max: input.validUntil } });
  const grantee = input.granteeId.trim()
    ? await em.findOne(Organization, { id: input.granteeId, kind: { $ne: 'PLATFORM' } })
    : null;
  if (!input.granteeId.trim()) problems.push({ field: 'granteeId', problem: 'REQUIRED' });
  else if (!grantee || grantee.id === scope.tenantId) problems.push({ field: 'granteeId', problem: 'UNKNOWN_VALUE' });
  if (problems.length > 0 || !grantee) throw invalidInput(problems);
  const agreement = em.create(Agreement, {
    organization: organizationEntity(em, viewer),
    grantee,
    scope: input.scope,
    title: input.title.trim(),
    number: input.number.trim(),
    signedOn: input.signedOn,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
  });
  audit(scope, {
    action: 'agreement.grant',
    objectType: 'Agreement',
    objectId: agreement.id,
    changes: {
      grantee: grantee.code,
      scope: input.scope,
      number: agreement.number,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
    },
  });
  await em.flush();
  return agreement;
}

/** Revoking takes effect at once: the policies read `revoked_at` on every query. */
export async function revokeAgreement(scope: RequestScope, id: string, expectedVersion: number): Promise<IAgreement> {
  const { em } = scope;
  // Only the grantor may revoke: the grantee sees the agreement but does not own it.
  // The grantor's own: a business rule, not only tenant scoping, so it stays with layer 2 off.
  const agreement = await em.findOne(
    Agreement,
    { id, organization: scope.tenantId },
    { populate: ['organization', 'grantee'] },
  );
  if (!agreement) throw appError(ErrorCode.NotFound, 'No such agreement.');
  await checkVersion(scope, 'Agreement', agreement, expectedVersion);
  if (agreement.revokedAt) return agreement;
  agreement.revokedAt = new Date();
  agreement.revokedBy = scope.viewer.user.email;
  audit(scope, {
    action: 'agreement.revoke',
    objectType: 'Agreement',
    objectId: id,
    changes: {
      revokedAt: { before: null, after: agreement.revokedAt },
      version: { before: agreement.version, after: agreement.version + 1 },
    },
  });
  await flushVersioned(scope, 'Agreement', id, expectedVersion);
  return agreement;
}

/**
 * Refuses unless the caller holds a live agreement of the scope from the grantor (another tenant,
 * named apart from the caller's scope). The same question the database asks in its policy, asked
 * first so the caller hears why.
 */
export async function requireGrant(scope: RequestScope, grantorId: string, scopes: readonly AgreementScope[]) {
  // One statement, on the date the session lookup already brought (the database's, fixed for the
  // transaction): the partner directory was six statements, one of them asking for today's date.
  const [live] = await scope.em.execute<{ n: number }[]>(
    `select count(*)::int as n from agreement
      where organization_id = ? and grantee_id = ? and scope = any(?::text[]) and revoked_at is null
        and valid_from <= ?::date and valid_until >= ?::date`,
    [grantorId, scope.tenantId, `{${scopes.join(',')}}`, scope.viewer.today, scope.viewer.today],
  );
  if (!live || live.n === 0) {
    throw appError(ErrorCode.Forbidden, 'No active data-sharing agreement gives you this partner’s data.', {
      reason: 'NO_ACTIVE_AGREEMENT',
    });
  }
}

/**
 * A grantor's business directory, for a grantee with a live BUSINESS_DIRECTORY agreement. The
 * data layer scopes this one query to the grantor (written into its conditions), and row-level
 * security lets the rows through only while the agreement is live: both layers still decide.
 */
export async function listPartnerBusinesses(
  scope: RequestScope,
  grantorId: string,
  filter: BusinessFilter,
  order: BusinessOrder,
  window: { limit: number; offset: number },
): Promise<[BusinessListRow[], number]> {
  await requireGrant(scope, grantorId, ['BUSINESS_DIRECTORY']);
  return listRegistryBusinesses(scope, grantorId, { ...filter, archived: false }, order, window);
}

export interface CoverageGroup {
  regencyCode: string;
  districtCode: string;
  kbliSection: string;
  sizeClass: string;
  legalForm: string;
  businesses: number;
  workers: number | null;
  enrolled: number | null;
  suppressed: boolean;
}

/** Statistics only, for AGGREGATES (or DIRECTORY) grantees: grouped counts, no rows. */
export async function partnerCoverage(scope: RequestScope, grantorId: string): Promise<CoverageGroup[]> {
  await requireGrant(scope, grantorId, ['AGGREGATES', 'BUSINESS_DIRECTORY']);
  const rows = await scope.em.execute<
    {
      regency_code: string;
      district_code: string;
      kbli_section: string;
      size_class: string;
      legal_form: string;
      businesses: string;
      workers: string;
      enrolled: string;
    }[]
  >('select * from partner_coverage(?::uuid) order by 1, 2, 3, 4, 5', [grantorId]);
  // Another tenant's people: small groups suppressed, the rest rounded (docs/privacy.md).
  return rows.map((r) => {
    const workers = protectCount(Number(r.workers));
    const enrolled = protectCount(Number(r.enrolled));
    return {
      regencyCode: r.regency_code,
      districtCode: r.district_code,
      kbliSection: r.kbli_section,
      sizeClass: r.size_class,
      legalForm: r.legal_form,
      businesses: Number(r.businesses),
      workers,
      enrolled,
      suppressed: workers === null || enrolled === null,
    };
  });
}
