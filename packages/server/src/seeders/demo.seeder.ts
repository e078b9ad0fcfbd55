import { DEMO_TENANTS, demoEmail, type OrganizationKind, PLATFORM, ROLES, type Role } from '@jamsos/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { Organization } from '../modules/organization/organization.entity';
import { hashPassword } from '../modules/user/auth.service';
import { User } from '../modules/user/user.entity';

const ROLE_TITLE: Record<Role, string> = { ADMIN: 'Admin', STAFF: 'Staf', VIEWER: 'Pemantau' };

interface SeedOrganization {
  code: string;
  name: string;
  kind: OrganizationKind;
  regencyCode: string | null;
  users: { email: string; role: Role; displayName: string }[];
}

/** The eight tenants, each with an admin, a staff member and a viewer; and the platform operator. */
function demoOrganizations(): SeedOrganization[] {
  const tenants = DEMO_TENANTS.map((tenant) => ({
    ...tenant,
    users: ROLES.map((role) => ({
      email: demoEmail(role, tenant.code),
      role,
      displayName: `${ROLE_TITLE[role]} ${tenant.name}`,
    })),
  }));
  const platform: SeedOrganization = {
    code: PLATFORM.code,
    name: PLATFORM.name,
    kind: 'PLATFORM',
    regencyCode: null,
    users: [{ email: PLATFORM.operatorEmail, role: 'ADMIN', displayName: 'Operator Platform' }],
  };
  return [...tenants, platform];
}

/**
 * The demo province: the eight tenants of DESIGN.md, each with an admin, a staff member and a
 * viewer, and the platform operator. Idempotent: tenants are matched by code and users by email, so running it again
 * changes nothing (and never resets a password someone has changed).
 */
export class DemoSeeder extends Seeder {
  constructor(private readonly password: string) {
    super();
  }

  async run(em: EntityManager): Promise<void> {
    const existing = new Map((await em.find(Organization, {})).map((org) => [org.code, org]));
    const existingEmails = new Set(
      (await em.find(User, {}, { fields: ['email'], filters: false })).map((user) => user.email),
    );
    // Hashed once and only when a user is missing: argon2 is slow on purpose.
    let passwordHash: Promise<string> | null = null;
    for (const spec of demoOrganizations()) {
      const org =
        existing.get(spec.code) ??
        em.create(Organization, { code: spec.code, name: spec.name, kind: spec.kind, regencyCode: spec.regencyCode });
      for (const user of spec.users) {
        if (existingEmails.has(user.email)) continue;
        passwordHash ??= hashPassword(this.password);
        em.create(User, { ...user, organization: org, passwordHash: await passwordHash });
      }
    }
    await em.flush();
  }
}
