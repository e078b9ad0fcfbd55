import { DEMO_TENANTS, demoEmail, ROLES, type Role } from '@jamsos/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { Organization } from '../modules/organization/organization.entity';
import { hashPassword } from '../modules/user/auth.service';
import { User } from '../modules/user/user.entity';

const ROLE_TITLE: Record<Role, string> = { ADMIN: 'Admin', STAFF: 'Staf', VIEWER: 'Pemantau' };

/**
 * The demo province: the eight tenants of DESIGN.md, each with an admin, a staff member and a
 * viewer. Idempotent: tenants are matched by code and users by email, so running it again
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
    for (const tenant of DEMO_TENANTS) {
      const org =
        existing.get(tenant.code) ??
        em.create(Organization, {
          code: tenant.code,
          name: tenant.name,
          kind: tenant.kind,
          regencyCode: tenant.regencyCode,
        });
      for (const role of ROLES) {
        const email = demoEmail(role, tenant.code);
        if (existingEmails.has(email)) continue;
        passwordHash ??= hashPassword(this.password);
        em.create(User, {
          organization: org,
          email,
          role,
          passwordHash: await passwordHash,
          displayName: `${ROLE_TITLE[role]} ${tenant.name}`,
        });
      }
    }
    await em.flush();
  }
}
