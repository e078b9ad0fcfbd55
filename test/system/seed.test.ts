import { DEMO_TENANTS, PLATFORM } from '@jamsos/schema';
import { Organization } from '@jamsos/server/modules/organization/organization.entity';
import { User } from '@jamsos/server/modules/user/user.entity';
import { seedDemoAgreements } from '@jamsos/server/seeders/agreements.seeder';
import { DemoSeeder } from '@jamsos/server/seeders/demo.seeder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('the demo province', () => {
  it('has the eight tenants of DESIGN.md, each with an admin, a staff member and a viewer, and the operator', async () => {
    const em = server.portal.database.ownerOrm.em.fork();
    const orgs = await em.find(Organization, {}, { orderBy: { code: 'asc' } });
    // The seeder's view: the owner's connection, across tenants on purpose.
    expect(orgs.map((org) => org.code)).toEqual([...DEMO_TENANTS.map((tenant) => tenant.code), PLATFORM.code].sort());
    const users = await em.find(User, {}, { populate: ['organization'], filters: false });
    expect(users).toHaveLength(25);
    expect(users.find((user) => user.email === PLATFORM.operatorEmail)?.organization.kind).toBe('PLATFORM');
    expect(users.find((user) => user.email === 'staff@kulon-progo.demo')).toMatchObject({
      role: 'STAFF',
      organization: { code: 'kulon-progo', regencyCode: '34.01' },
    });
  });

  it('can be loaded again without changing anything', async () => {
    const em = server.portal.database.ownerOrm.em.fork();
    const before = await em.find(User, {}, { fields: ['id', 'email'], orderBy: { email: 'asc' }, filters: false });
    const agreements = () =>
      server.portal.database.ownerOrm.em
        .fork()
        .getConnection()
        .execute<{ scope: string; n: number }[]>(
          'select scope, count(*)::int as n from agreement group by scope order by scope',
        );
    const agreementsBefore = await agreements();
    // The loop of issue 17 works from the start: each regency lets the BPJS office receive its requests.
    expect(agreementsBefore.find((row) => row.scope === 'ENROLMENT')?.n).toBe(
      DEMO_TENANTS.filter((tenant) => tenant.kind === 'REGENCY').length,
    );
    await new DemoSeeder('another-password').run(server.portal.database.ownerOrm.em.fork());
    await seedDemoAgreements(server.portal.database.ownerOrm.em.fork());
    const after = await server.portal.database.ownerOrm.em
      .fork()
      .find(User, {}, { fields: ['id', 'email'], orderBy: { email: 'asc' }, filters: false });
    expect(after.map((user) => [user.id, user.email])).toEqual(before.map((user) => [user.id, user.email]));
    expect(await em.count(Organization, {})).toBe(9);
    expect(await agreements()).toEqual(agreementsBefore);
  });
});
