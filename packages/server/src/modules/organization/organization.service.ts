import { randomBytes } from 'node:crypto';
import { normaliseEmail, regencies, TENANT_KINDS, type TenantKind } from '@jamsos/schema';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { audit } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import type { RequestScope } from '../common/scope';
import { pageWithTotal, SqlConditions } from '../common/sql-page';
import { hashToken } from '../user/auth.service';
import { INVITATION_TTL_DAYS } from '../user/user.service';
import { type IOrganization, Organization } from './organization.entity';

/** An organisation as lists read it (every caller may read organisations: no tenant rows). */
export type OrganizationRecord = Pick<IOrganization, 'id' | 'code' | 'name' | 'kind'> & { regencyCode?: string | null };

/** An organisation row `alias` as an OrganizationRecord (as JSON, for joins that nest it). */
export function organizationJson(alias: string): string {
  return `json_build_object('id', ${alias}.id, 'code', ${alias}.code, 'name', ${alias}.name, 'kind', ${alias}.kind,
    'regencyCode', ${alias}.regency_code)`;
}

/**
 * The partner organisations (of one kind, or all but the platform's own), one statement a page.
 * Organisations are no tenant's rows: every caller reads the same list, whatever their scope.
 */
export function listOrganizations(
  scope: RequestScope,
  kind: IOrganization['kind'] | null,
  window: { limit: number; offset: number },
): Promise<[OrganizationRecord[], number]> {
  // The platform's own organisation is not a partner: it is never listed.
  const where = kind ? new SqlConditions().add('o.kind = ?', kind) : new SqlConditions().add(`o.kind <> 'PLATFORM'`);
  return pageWithTotal<OrganizationRecord>(scope.em, {
    select: `o.id, o.code, o.name, o.kind, o.regency_code as "regencyCode"`,
    from: 'organization o',
    where,
    orderBy: 'o.name asc, o.id asc',
    ...window,
  });
}

export interface ProvisionTenantInput {
  code: string;
  name: string;
  kind: TenantKind;
  regencyCode?: string | null;
  adminEmail: string;
  adminName: string;
}

function bad(field: string, reason: string, message: string) {
  return appError(ErrorCode.BadUserInput, message, { field, reason });
}

/**
 * Creates a tenant and invites its first admin. Only the operator gets here (rule isOperator),
 * and the database function checks it again; the operator never sees into the new tenant.
 */
export async function provisionTenant(
  scope: RequestScope,
  input: ProvisionTenantInput,
): Promise<{ organization: IOrganization; token: string }> {
  const { em } = scope;
  const code = input.code.trim().toLowerCase();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) || code.length > 64) {
    throw bad('code', 'INVALID_CODE', 'The code must be lower-case letters, digits and dashes.');
  }
  const name = input.name.trim();
  if (name.length < 3 || name.length > 200) throw bad('name', 'INVALID_NAME', 'The name must be 3 to 200 characters.');
  if (!TENANT_KINDS.includes(input.kind)) throw bad('kind', 'INVALID_KIND', 'Not a kind of tenant.');
  const regencyCode = input.regencyCode?.trim() || null;
  if (input.kind === 'REGENCY' && !regencies().some((regency) => regency.code === regencyCode)) {
    throw bad('regencyCode', 'UNKNOWN_REGENCY', 'A regency tenant needs one of the regencies of DIY.');
  }
  if (input.kind !== 'REGENCY' && regencyCode) {
    throw bad('regencyCode', 'REGENCY_NOT_ALLOWED', 'Only regency tenants have a regency.');
  }
  const adminEmail = normaliseEmail(input.adminEmail);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail) || adminEmail.length > 254) {
    throw bad('adminEmail', 'INVALID_EMAIL', 'The email address is not valid.');
  }
  const adminName = input.adminName.trim();
  if (adminName.length < 2 || adminName.length > 200) {
    throw bad('adminName', 'INVALID_NAME', 'The name must be 2 to 200 characters.');
  }
  const token = randomBytes(32).toString('base64url');
  let id: string;
  try {
    const [row] = await em.execute<{ id: string }[]>('select provision_tenant(?, ?, ?, ?, ?, ?, ?, ?) as id', [
      code,
      name,
      input.kind,
      regencyCode,
      adminEmail,
      adminName,
      hashToken(token),
      new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
    ]);
    id = row?.id ?? '';
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw bad('code', 'TAKEN', 'This code or the admin email is already in use.');
    }
    throw error;
  }
  const organization = await em.findOneOrFail(Organization, { id });
  audit(scope, {
    action: 'organization.provision',
    objectType: 'Organization',
    objectId: id,
    changes: { code, kind: input.kind, adminEmail },
  });
  await em.flush();
  return { organization, token };
}
