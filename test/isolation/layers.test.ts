import { enterTenant } from '@jamsos/server/modules/common/tenancy';
import { Organization } from '@jamsos/server/modules/organization/organization.entity';
import { User } from '@jamsos/server/modules/user/user.entity';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAsAppRole } from '../helpers/database';
import { startServer, type TestServer } from '../helpers/server';

/**
 * Each isolation layer on its own. Layer 1 (the permission rules) is covered over HTTP in the
 * isolation suite; here layer 3 (row-level security) is tested with layers 1 and 2 out of the
 * way — plain SQL as the server's database role — and layer 2 (the ORM's tenant filter) with
 * layer 3 out of the way (the owner's connection, which row-level security does not restrict).
 */
/** Every table that belongs to a tenant; a new one must be added here (and gets RLS). */
const TENANT_OWNED_TABLES = [
  'agreement',
  'app_user',
  'assistance_programme',
  'audit_entry',
  'business',
  'business_cell',
  'business_counts',
  'coverage_cell',
  'employment',
  'enrolment_cell',
  'enrolment_line',
  'enrolment_request',
  'invitation',
  'nik_lookup',
  'notification',
  'outreach_task',
  'outreach_task_event',
  'outreach_task_target',
  'password_reset',
  'registry_count',
  'session',
  'shared_cell',
  'task_comment',
  'visit_report',
  'visit_report_photo',
  'visit_report_worker',
  'worker',
];

let server: TestServer;
let tenants: Record<string, string>;
let app: pg.Client;

beforeAll(async () => {
  server = await startServer();
  const orgs = await server.portal.database.ownerOrm.em.fork().find(Organization, {});
  tenants = Object.fromEntries(orgs.map((org) => [org.code, org.id]));
  app = await connectAsAppRole(server.database.url);
});
afterAll(async () => {
  await app?.end();
  await server?.stop();
});

async function asTenant<T>(tenant: string | null, work: () => Promise<T>): Promise<T> {
  await app.query('begin');
  try {
    if (tenant) await app.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
    return await work();
  } finally {
    await app.query('rollback');
  }
}

describe('layer 3 alone: row-level security', () => {
  it('runs requests as a role that is neither superuser nor BYPASSRLS nor owner of any table', async () => {
    const role = await app.query('select rolsuper, rolbypassrls from pg_roles where rolname = current_user');
    expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
    const owned = await app.query(`select count(*)::int as n from pg_tables where tableowner = current_user`);
    expect(owned.rows[0].n).toBe(0);
    const forced = await app.query(
      `select relname from pg_class where relkind = 'r' and relrowsecurity and relforcerowsecurity order by 1`,
    );
    expect(forced.rows.map((row) => row.relname)).toEqual(TENANT_OWNED_TABLES);
  });

  it('shows no tenant-owned row without a tenant', async () => {
    await asTenant(null, async () => {
      for (const table of TENANT_OWNED_TABLES) {
        expect((await app.query(`select count(*)::int as n from ${table}`)).rows[0].n).toBe(0);
      }
    });
  });

  it("shows a tenant its own rows and none of another's, even when asked for them by id", async () => {
    await asTenant(tenants.bantul ?? '', async () => {
      const own = await app.query('select distinct organization_id from app_user');
      expect(own.rows).toEqual([{ organization_id: tenants.bantul }]);
      const foreign = await app.query('select * from app_user where organization_id = $1', [tenants.sleman]);
      expect(foreign.rowCount).toBe(0);
    });
  });

  it("refuses every write to another tenant's rows", async () => {
    await asTenant(tenants.bantul ?? '', async () => {
      const update = await app.query(`update app_user set display_name = 'x' where organization_id = $1`, [
        tenants.sleman,
      ]);
      expect(update.rowCount).toBe(0);
      const remove = await app.query('delete from app_user where organization_id = $1', [tenants.sleman]);
      expect(remove.rowCount).toBe(0);
      // The registry: their businesses, workers and employments can be neither changed nor removed.
      for (const table of ['business', 'worker', 'employment']) {
        const touched = await app.query(`update ${table} set created_at = now() where organization_id = $1`, [
          tenants.sleman,
        ]);
        expect(touched.rowCount).toBe(0);
        expect((await app.query(`delete from ${table} where organization_id = $1`, [tenants.sleman])).rowCount).toBe(0);
      }
    });
    // Nor can a business be slipped into their registry, or a worker tied to their business.
    await expect(
      asTenant(tenants.bantul ?? '', () =>
        app.query(
          `insert into business (id, organization_id, legal_form, name, kbli_section, size_class, regency_code,
             district_code, address) values (gen_random_uuid(), $1, 'UMKM', 'Mole', 'C', 'MIKRO', '34.04', '34.04.01', 'x')`,
          [tenants.sleman],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asTenant(tenants.bantul ?? '', async () => {
        const [ours] = (await app.query('select id from worker limit 1')).rows;
        const theirs = await server.portal.database.ownerOrm.em
          .fork()
          .getConnection()
          .execute<{ id: string }[]>('select id from business where organization_id = ? limit 1', [tenants.sleman]);
        return app.query('insert into employment (worker_id, business_id, organization_id) values ($1, $2, $3)', [
          ours?.id,
          theirs[0]?.id,
          tenants.bantul,
        ]);
      }),
    ).rejects.toThrow(/foreign key|row-level security/);
    await expect(
      asTenant(tenants.bantul ?? '', () =>
        app.query(
          `insert into app_user (id, organization_id, email, display_name, role, password_hash, status, created_at)
           values (gen_random_uuid(), $1, 'mole@sleman.demo', 'Mole', 'ADMIN', 'x', 'ACTIVE', now())`,
          [tenants.sleman],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asTenant(tenants.bantul ?? '', () =>
        app.query(`update app_user set organization_id = $1 where email = 'staff@bantul.demo'`, [tenants.sleman]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets the audit log only grow: no update or delete for the request role', async () => {
    await expect(
      asTenant(tenants.bantul ?? '', () => app.query(`update audit_entry set action = 'x'`)),
    ).rejects.toThrow(/permission denied/);
    await expect(asTenant(tenants.bantul ?? '', () => app.query('delete from audit_entry'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('does not let a tenant outlive its transaction on a pooled connection', async () => {
    await app.query('begin');
    await app.query(`select set_config('app.tenant_id', $1, true)`, [tenants.bantul]);
    await app.query('commit');
    expect((await app.query(`select current_setting('app.tenant_id', true) as t`)).rows[0].t).toBe('');
    expect((await app.query('select count(*)::int as n from app_user')).rows[0].n).toBe(0);
  });

  it('keeps the worker name search (a SECURITY DEFINER function, so no RLS inside) to the tenant', async () => {
    // Every worker is matched by '%'; the function must still return only the caller's own.
    const all = await asTenant(tenants.bantul ?? '', () =>
      app.query<{ organization_id: string }>(`select distinct organization_id from app_worker_name_search('%')`),
    );
    expect(all.rows).toEqual([{ organization_id: tenants.bantul }]);
    const none = await asTenant(null, () => app.query(`select * from app_worker_name_search('%')`));
    expect(none.rowCount).toBe(0);
  });

  it('tells a request its caller only for a live session token (auth_session_viewer)', async () => {
    const owner = server.portal.database.ownerOrm.em.fork().getConnection();
    const [user] = await owner.execute<{ id: string; organization_id: string }[]>(
      `select id, organization_id from app_user where organization_id = ? and status = 'ACTIVE' limit 1`,
      [tenants.bantul],
    );
    if (!user) throw new Error('no active user in bantul');
    const hash = 'a'.repeat(64);
    const ask = () =>
      app.query<{ user_id: string; organization_id: string }>(
        'select user_id, organization_id from auth_session_viewer($1)',
        [hash],
      );
    await owner.execute(
      `insert into session (token_hash, user_id, organization_id, created_at, expires_at)
       values (?, ?, ?, now(), now() + interval '1 hour')`,
      [hash, user.id, user.organization_id],
    );
    try {
      expect((await ask()).rows).toEqual([{ user_id: user.id, organization_id: tenants.bantul }]);
      await owner.execute(`update session set expires_at = now() - interval '1 second' where token_hash = ?`, [hash]);
      expect((await ask()).rowCount).toBe(0);
    } finally {
      await owner.execute('delete from session where token_hash = ?', [hash]);
    }
    expect((await ask()).rowCount).toBe(0);
  });

  it('evaluates the tenant once per query (an InitPlan), not once per row', async () => {
    await asTenant(tenants.bantul ?? '', async () => {
      const plan = await app.query('explain select * from app_user');
      expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/InitPlan/);
    });
  });
});

describe('layer 2 alone: the tenant filter of the data layer', () => {
  it('refuses to query a tenant-owned entity without a tenant', async () => {
    const em = server.portal.database.ownerOrm.em.fork();
    await expect(em.find(User, {})).rejects.toThrow(/No arguments provided for filter 'tenant'/);
  });

  it("narrows every query to the tenant, even one asking for another tenant's rows", async () => {
    const em = server.portal.database.ownerOrm.em.fork();
    await em.begin();
    try {
      await enterTenant(em, tenants.bantul ?? '');
      expect(await em.find(User, { organization: tenants.sleman ?? '' })).toEqual([]);
      const own = await em.find(User, {}, { populate: ['organization'] });
      expect(new Set(own.map((user) => user.organization.code))).toEqual(new Set(['bantul']));
      expect(await em.count(User, {})).toBe(3);
    } finally {
      await em.rollback();
    }
  });

  it('sets the tenant on an insert itself, and refuses one for another tenant', async () => {
    const em = server.portal.database.ownerOrm.em.fork();
    await em.begin();
    try {
      await enterTenant(em, tenants.bantul ?? '');
      const user = em.create(
        User,
        {
          email: 'baru@bantul.demo',
          displayName: 'Baru',
          role: 'STAFF',
          passwordHash: 'x',
        },
        { partial: true },
      );
      await em.flush();
      expect(user.organization.id).toBe(tenants.bantul);
      em.create(User, {
        organization: tenants.sleman ?? '',
        email: 'mole@sleman.demo',
        displayName: 'Mole',
        role: 'ADMIN',
        passwordHash: 'x',
      });
      await expect(em.flush()).rejects.toThrow(/for another tenant/);
    } finally {
      await em.rollback();
    }
  });
});
