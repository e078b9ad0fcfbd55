import { regencies } from './reference/regions';

/** The kinds of organisation that are tenants of the portal (DESIGN.md, "Who uses it"). */
export const TENANT_KINDS = ['PROVINCE_AGENCY', 'REGENCY', 'CHAMBER', 'BPJS_OFFICE'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/**
 * Every organisation: the tenants, and the platform operator's own organisation. Operators are
 * users of that organisation, so row-level security gives them no tenant's data by construction.
 */
export const ORGANIZATION_KINDS = [...TENANT_KINDS, 'PLATFORM'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** The platform operator's organisation and demo login. */
export const PLATFORM = {
  code: 'platform',
  name: 'Operator Platform Portal Jamsos DIY',
  operatorEmail: 'operator@platform.demo',
} as const;

/** Roles inside a tenant. */
export const ROLES = ['ADMIN', 'STAFF', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const USER_STATUSES = ['ACTIVE', 'INVITED', 'DEACTIVATED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface DemoTenant {
  readonly code: string;
  readonly name: string;
  readonly kind: TenantKind;
  /** Kemendagri code of the regency a REGENCY tenant governs. */
  readonly regencyCode: string | null;
}

function regencyCode(name: string): string {
  const regency = regencies().find((r) => r.name === name);
  if (!regency) throw new Error(`unknown regency ${name}`);
  return regency.code;
}

/** The eight tenants of the demo province, with the codes the demo logins are built from. */
export const DEMO_TENANTS: readonly DemoTenant[] = [
  { code: 'dinkop-diy', name: 'Dinas Koperasi dan UKM DIY', kind: 'PROVINCE_AGENCY', regencyCode: null },
  {
    code: 'kota-yogyakarta',
    name: 'Pemerintah Kota Yogyakarta',
    kind: 'REGENCY',
    regencyCode: regencyCode('Kota Yogyakarta'),
  },
  {
    code: 'sleman',
    name: 'Pemerintah Kabupaten Sleman',
    kind: 'REGENCY',
    regencyCode: regencyCode('Kabupaten Sleman'),
  },
  {
    code: 'bantul',
    name: 'Pemerintah Kabupaten Bantul',
    kind: 'REGENCY',
    regencyCode: regencyCode('Kabupaten Bantul'),
  },
  {
    code: 'kulon-progo',
    name: 'Pemerintah Kabupaten Kulon Progo',
    kind: 'REGENCY',
    regencyCode: regencyCode('Kabupaten Kulon Progo'),
  },
  {
    code: 'gunungkidul',
    name: 'Pemerintah Kabupaten Gunungkidul',
    kind: 'REGENCY',
    regencyCode: regencyCode('Kabupaten Gunungkidul'),
  },
  { code: 'kadin-diy', name: 'Kadin DIY', kind: 'CHAMBER', regencyCode: null },
  {
    code: 'bpjs-yogyakarta',
    name: 'BPJS Ketenagakerjaan Kantor Cabang Yogyakarta',
    kind: 'BPJS_OFFICE',
    regencyCode: null,
  },
];

/** The demo login of a tenant's user of a role, e.g. `admin@bantul.demo`. */
export function demoEmail(role: Role, tenantCode: string): string {
  return `${role.toLowerCase()}@${tenantCode}.demo`;
}

/** Emails are compared lower-cased and trimmed everywhere. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
