import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { connectAsAppRole } from '../helpers/database';
import { startServer, type TestServer } from '../helpers/server';

/**
 * Layer 3 under random tenants, users and operations: whatever tenants and users exist, the
 * request role inside tenant T sees only T's rows and changes nobody else's. The world is made
 * as the owner; each operation runs as the request role in plain SQL, with the permission rules
 * and the ORM's tenant filter out of the picture. ISOLATION_RUNS sets the number of cases.
 */
const RUNS = Number(process.env.ISOLATION_RUNS ?? 1000);

let server: TestServer;
let owner: pg.Client;
let app: pg.Client;

beforeAll(async () => {
  server = await startServer({ SEED_DEMO: 'false' });
  owner = new pg.Client({ connectionString: server.database.url });
  [app] = await Promise.all([connectAsAppRole(server.database.url), owner.connect()]);
});
afterAll(async () => {
  await Promise.all([owner?.end(), app?.end()]);
  await server?.stop();
});

const OPERATIONS = [
  'list',
  'readById',
  'update',
  'delete',
  'insertForeign',
  'moveOut',
  'auditForeign',
  'listRegistry',
  'updateBusiness',
  'hireIntoForeign',
] as const;

const worlds = fc
  .record({
    tenants: fc.integer({ min: 2, max: 5 }),
    users: fc.array(fc.record({ tenant: fc.nat(), name: fc.string({ minLength: 1, maxLength: 30 }) }), {
      minLength: 1,
      maxLength: 10,
    }),
    actor: fc.nat(),
    target: fc.nat(),
    operation: fc.constantFrom(...OPERATIONS),
  })
  .map((w) => ({
    ...w,
    actor: w.actor % w.tenants,
    users: w.users.map((u) => ({ ...u, tenant: u.tenant % w.tenants })),
  }));

type World = typeof worlds extends fc.Arbitrary<infer W> ? W : never;

async function build(w: World) {
  const orgs = Array.from({ length: w.tenants }, () => randomUUID());
  // Each user also keeps a business and a worker in their tenant's registry.
  const users = w.users.map((user) => ({
    ...user,
    id: randomUUID(),
    org: orgs[user.tenant] ?? '',
    business: randomUUID(),
    worker: randomUUID(),
  }));
  await owner.query('begin');
  try {
    for (const id of orgs) {
      await owner.query(
        `insert into organization (id, code, name, kind, created_at) values ($1, $2, $2, 'REGENCY', now())`,
        [id, `t-${id}`],
      );
    }
    for (const user of users) {
      await owner.query(
        `insert into app_user (id, organization_id, email, display_name, role, status, created_at)
         values ($1, $2, $3, $4, 'STAFF', 'ACTIVE', now())`,
        [user.id, user.org, `${user.id}@test.example`, user.name],
      );
      await owner.query(
        `insert into business (id, organization_id, legal_form, name, kbli_section, size_class, regency_code,
           district_code, address) values ($1, $2, 'UMKM', $3, 'C', 'MIKRO', '34.02', '34.02.01', 'x')`,
        [user.business, user.org, user.name],
      );
      await owner.query(
        `insert into worker (id, organization_id, nik, full_name, sex, birth_date, worker_type)
         values ($1, $2, lpad((floor(random() * 1e15))::bigint::text, 16, '3'), $3, 'F', '1990-01-01', 'BPU')`,
        [user.worker, user.org, user.name],
      );
    }
    await owner.query('commit');
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
  return { orgs, users };
}

async function tearDown(orgs: string[]) {
  for (const table of ['employment', 'worker', 'business', 'app_user', 'registry_count']) {
    await owner.query(`delete from ${table} where organization_id = any($1)`, [orgs]);
  }
  await owner.query('delete from organization where id = any($1)', [orgs]);
}

/**
 * Runs `work` as the request role inside the tenant. Writes are committed, so that a write RLS
 * failed to stop would really land and be seen by the owner's check afterwards.
 */
async function asTenant<T>(tenant: string, work: () => Promise<T>): Promise<T> {
  await app.query('begin');
  try {
    await app.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
    const result = await work();
    await app.query('commit');
    return result;
  } catch (error) {
    await app.query('rollback');
    throw error;
  }
}

/** What the owner (not subject to RLS) sees of the world's users: id → organisation and name. */
async function ownerView(orgs: string[]): Promise<Map<string, string>> {
  const rows = await owner.query(
    'select id, organization_id, display_name from app_user where organization_id = any($1)',
    [orgs],
  );
  return new Map(rows.rows.map((row) => [row.id as string, `${row.organization_id}/${row.display_name}`]));
}

/** The owner's view of the world's businesses and employments. */
async function registryView(orgs: string[]): Promise<Map<string, string>> {
  const rows = await owner.query(
    `select 'b:' || id as key, organization_id || '/' || name as value from business where organization_id = any($1)
     union all
     select 'e:' || worker_id || ':' || business_id, organization_id || '/' from employment where organization_id = any($1)`,
    [orgs],
  );
  return new Map(rows.rows.map((row) => [row.key as string, row.value as string]));
}

/** True when nothing outside the actor's tenant differs between two owner views. */
function foreignUnchanged(before: Map<string, string>, after: Map<string, string>, actor: string): boolean {
  const foreign = (view: Map<string, string>) =>
    [...view].filter(([, value]) => !value.startsWith(`${actor}/`)).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(foreign(before)) === JSON.stringify(foreign(after));
}

async function refused(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return false;
  } catch (error) {
    return /row-level security|permission denied|foreign key/.test(String(error));
  }
}

describe('row-level security, property-based', () => {
  it(`holds for ${RUNS} random worlds of tenants, users and operations`, { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(worlds, async (w) => {
        const { orgs, users } = await build(w);
        try {
          const actor = orgs[w.actor] ?? '';
          const other = orgs[(w.actor + 1) % w.tenants] ?? '';
          const own = users.filter((user) => user.org === actor);
          const target = users[w.target % users.length];
          if (!target) return true;
          const visible = target.org === actor ? 1 : 0;
          const before = await ownerView(orgs);
          switch (w.operation) {
            case 'list': {
              const rows = await asTenant(actor, () => app.query('select id, organization_id from app_user'));
              return rows.rowCount === own.length && rows.rows.every((row) => row.organization_id === actor);
            }
            case 'readById': {
              const rows = await asTenant(actor, () => app.query('select * from app_user where id = $1', [target.id]));
              return rows.rowCount === visible;
            }
            case 'update': {
              const result = await asTenant(actor, () =>
                app.query(`update app_user set display_name = 'diubah' where id = $1`, [target.id]),
              );
              return result.rowCount === visible && foreignUnchanged(before, await ownerView(orgs), actor);
            }
            case 'delete': {
              const result = await asTenant(actor, () => app.query('delete from app_user where id = $1', [target.id]));
              return result.rowCount === visible && foreignUnchanged(before, await ownerView(orgs), actor);
            }
            case 'insertForeign': {
              const wasRefused = await refused(() =>
                asTenant(actor, () =>
                  app.query(
                    `insert into app_user (id, organization_id, email, display_name, role, status, created_at)
                     values (gen_random_uuid(), $1, gen_random_uuid() || '@x.example', 'x', 'ADMIN', 'ACTIVE', now())`,
                    [other],
                  ),
                ),
              );
              return wasRefused && foreignUnchanged(before, await ownerView(orgs), actor);
            }
            case 'moveOut': {
              const mover = own[0];
              if (!mover) return true;
              await refused(() =>
                asTenant(actor, () =>
                  app.query('update app_user set organization_id = $1 where id = $2', [other, mover.id]),
                ),
              );
              // Refused, or matched nothing: either way the user is still at home and no one moved.
              const after = await ownerView(orgs);
              return after.get(mover.id)?.startsWith(`${actor}/`) === true && foreignUnchanged(before, after, actor);
            }
            case 'listRegistry': {
              const rows = await asTenant(actor, () =>
                app.query('select organization_id from business union all select organization_id from worker'),
              );
              return rows.rowCount === own.length * 2 && rows.rows.every((row) => row.organization_id === actor);
            }
            case 'updateBusiness': {
              const registryBefore = await registryView(orgs);
              const result = await asTenant(actor, () =>
                app.query(`update business set name = 'diubah' where id = $1`, [target.business]),
              );
              return result.rowCount === visible && foreignUnchanged(registryBefore, await registryView(orgs), actor);
            }
            case 'hireIntoForeign': {
              const hirer = own[0];
              if (!hirer) return true;
              const registryBefore = await registryView(orgs);
              const wasRefused = await refused(() =>
                asTenant(actor, () =>
                  app.query('insert into employment (worker_id, business_id, organization_id) values ($1, $2, $3)', [
                    hirer.worker,
                    target.business,
                    actor,
                  ]),
                ),
              );
              // Into one's own business it may land; into another tenant's it never does.
              return (visible === 1 || wasRefused) && foreignUnchanged(registryBefore, await registryView(orgs), actor);
            }
            case 'auditForeign': {
              const wasRefused = await refused(() =>
                asTenant(actor, () =>
                  app.query(
                    `insert into audit_entry (id, organization_id, action, object_type, created_at)
                     values (gen_random_uuid(), $1, 'forged', 'User', now())`,
                    [other],
                  ),
                ),
              );
              const forged = await owner.query(`select count(*)::int as n from audit_entry where action = 'forged'`);
              return wasRefused && forged.rows[0].n === 0;
            }
          }
        } finally {
          await tearDown(orgs);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
