import { loadConfig } from '@jamsos/server/config';
import { Organization } from '@jamsos/server/modules/organization/organization.entity';
import {
  RETENTION_ACTOR,
  runArchivedWorkerErasure,
  runAuditRetention,
  runExpiredAccessCleanup,
} from '@jamsos/server/modules/privacy/retention';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * Retention on real PostgreSQL (docs/privacy.md, "How long"): each function removes exactly what
 * is past its period, writes what it removed to the right tenant's audit log, and a second run at
 * the same moment changes nothing.
 */
let server: TestServer;
let orgs: Record<string, string>;
let owner: pg.Client;
const config = loadConfig({
  RETENTION_ARCHIVED_WORKER_DAYS: '30',
  RETENTION_EXPIRED_DAYS: '1',
  RETENTION_AUDIT_DAYS: '365',
});
const DAY = 86_400_000;
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY).toISOString();

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0.05' });
  const all = await server.portal.database.ownerOrm.em.fork().find(Organization, {});
  orgs = Object.fromEntries(all.map((o) => [o.code, o.id]));
  owner = new pg.Client({ connectionString: server.database.url });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.stop();
});

const em = () => server.portal.database.ownerOrm.em.fork();
async function retentionAudits(action: string) {
  const { rows } = await owner.query<{ org: string; changes: Record<string, unknown> }>(
    `select organization_id::text as org, changes from audit_entry
      where actor_email = $1 and action = $2 order by organization_id`,
    [RETENTION_ACTOR, action],
  );
  return rows;
}

describe('retention', () => {
  it('erases archived workers’ personal data after their period, keeps what statistics need, audits it, once', async () => {
    const now = new Date();
    const pick = async (code: string, n: number) =>
      (
        await owner.query<{ id: string }>(
          'select id::text from worker where organization_id = $1 and archived_at is null order by id limit $2',
          [orgs[code], n],
        )
      ).rows.map((r) => r.id);
    const [old1, old2, recent] = await pick('sleman', 3);
    const [bantulOld] = await pick('bantul', 1);
    await owner.query('update worker set archived_at = $2 where id = any($1)', [
      [old1, old2, bantulOld],
      daysAgo(now, 40),
    ]);
    await owner.query('update worker set archived_at = $2 where id = $1', [recent, daysAgo(now, 10)]);
    const { rows: before } = await owner.query(
      'select id::text, sex, worker_type, coverage_status, programmes, birth_date::text from worker where id = any($1) order by id',
      [[old1, old2, bantulOld, recent]],
    );
    const sleman = await new GraphQLClient(server.url).loginAs('VIEWER', 'sleman');
    const DASHBOARD = '{ dashboard { totals { workers enrolled } } }';
    const figuresBefore = (await sleman.request(DASHBOARD)).data;

    const outcome = await runArchivedWorkerErasure(em(), config, now);
    expect(outcome.removed).toBe(3);
    expect(outcome.byTenant).toEqual({ [orgs.sleman as string]: 2, [orgs.bantul as string]: 1 });
    const { rows: after } = await owner.query(
      `select id::text, full_name, nik, phone, kpj, monthly_income, occupation, birth_date::text, sex, worker_type,
              coverage_status, programmes, personal_data_erased_at is not null as erased
         from worker where id = any($1) order by id`,
      [[old1, old2, bantulOld, recent]],
    );
    for (const row of after) {
      const was = before.find((b) => b.id === row.id);
      // What statistics need stays.
      expect({ sex: row.sex, type: row.worker_type, status: row.coverage_status, programmes: row.programmes }).toEqual({
        sex: was.sex,
        type: was.worker_type,
        status: was.coverage_status,
        programmes: was.programmes,
      });
      if (row.id === recent) {
        expect(row.erased).toBe(false);
        expect(row.nik).toMatch(/^[1-9]/);
        continue;
      }
      expect(row).toMatchObject({ erased: true, phone: null, kpj: null, monthly_income: null, occupation: null });
      expect(row.full_name).toBe('Data pribadi dihapus');
      expect(row.nik).toMatch(/^00\d{14}$/);
      expect(row.birth_date).toBe(`${String(was.birth_date).slice(0, 4)}-01-01`);
    }
    const audits = await retentionAudits('retention.eraseWorkers');
    expect(audits.map((a) => a.org).sort()).toEqual([orgs.sleman, orgs.bantul].sort());
    expect([...((audits.find((a) => a.org === orgs.sleman)?.changes.workers ?? []) as string[])].sort()).toEqual(
      [old1, old2].sort(),
    );
    // Archived workers are not in the dashboard: no figure moved.
    expect((await sleman.request(DASHBOARD)).data).toEqual(figuresBefore);
    // Idempotent: nothing more, no new entry.
    expect((await runArchivedWorkerErasure(em(), config, now)).removed).toBe(0);
    expect(await retentionAudits('retention.eraseWorkers')).toHaveLength(2);
  });

  it('deletes expired sessions, invitations and login-throttle rows, and only those', async () => {
    const now = new Date();
    const { rows: users } = await owner.query<{ id: string; org: string }>(
      `select id::text, organization_id::text as org from app_user where organization_id = any($1) order by email`,
      [[orgs.sleman, orgs.bantul]],
    );
    const slemanUser = users.find((u) => u.org === orgs.sleman);
    const bantulUser = users.find((u) => u.org === orgs.bantul);
    const session = (hash: string, user: typeof slemanUser, expires: string) =>
      owner.query(
        'insert into session (token_hash, organization_id, user_id, created_at, expires_at) values ($1, $2, $3, $4, $4)',
        [hash.padEnd(64, '0'), user?.org, user?.id, expires],
      );
    await session('aa', slemanUser, daysAgo(now, 3));
    await session('ab', slemanUser, daysAgo(now, 2));
    await session('ac', bantulUser, daysAgo(now, 5));
    await session('ad', slemanUser, daysAgo(now, -1)); // live
    await session('ae', slemanUser, daysAgo(now, 0.5)); // expired, but within the grace day
    const invitation = (hash: string, user: typeof slemanUser, expires: string, used: string | null) =>
      owner.query(
        'insert into invitation (token_hash, organization_id, user_id, created_at, expires_at, used_at) values ($1, $2, $3, $4, $4, $5)',
        [hash.padEnd(64, '0'), user?.org, user?.id, expires, used],
      );
    await invitation('ba', slemanUser, daysAgo(now, 3), null);
    await invitation('bb', bantulUser, daysAgo(now, -5), daysAgo(now, 4)); // used long ago
    await invitation('bc', bantulUser, daysAgo(now, -5), null); // still open
    await owner.query(
      `insert into login_throttle (key, failures, window_start, locked_until) values
        ('email:old@example.test', 3, $1, null), ('ip:203.0.113.9', 25, $1, $2), ('email:now@example.test', 1, $3, null)`,
      [daysAgo(now, 3), daysAgo(now, -1), now.toISOString()],
    );
    await owner.query(
      `insert into nik_lookup (organization_id, user_id, looked_up_at) values ($1, $2, $3), ($1, $2, $4)`,
      [slemanUser?.org, slemanUser?.id, daysAgo(now, 2), now.toISOString()],
    );
    const { rows: sessionsBefore } = await owner.query('select count(*)::int as n from session');
    const { rows: throttleBefore } = await owner.query('select key from login_throttle order by key');

    const outcome = await runExpiredAccessCleanup(em(), config, now);
    expect(outcome.sessions.byTenant).toEqual({ [orgs.sleman as string]: 2, [orgs.bantul as string]: 1 });
    expect(outcome.invitations.byTenant).toEqual({ [orgs.sleman as string]: 1, [orgs.bantul as string]: 1 });
    expect(outcome.loginThrottle.removed).toBe(1);
    // Look-up counters past their window and the grace day go; the current one stays.
    expect(outcome.nikLookups.byTenant).toEqual({ [orgs.sleman as string]: 1 });
    const { rows: lookups } = await owner.query('select count(*)::int as n from nik_lookup');
    expect(lookups[0].n).toBe(1);
    const { rows: sessionsAfter } = await owner.query('select count(*)::int as n from session');
    expect(sessionsAfter[0].n).toBe(sessionsBefore[0].n - 3);
    const { rows: kept } = await owner.query<{ token_hash: string }>(
      `select token_hash from session where token_hash like 'a%' order by 1`,
    );
    expect(kept.map((k) => k.token_hash.slice(0, 2))).toEqual(['ad', 'ae']);
    const { rows: invitations } = await owner.query<{ token_hash: string }>(
      `select token_hash from invitation where token_hash like 'b%' order by 1`,
    );
    expect(invitations.map((k) => k.token_hash.slice(0, 2))).toEqual(['bc']);
    const { rows: throttle } = await owner.query<{ key: string }>('select key from login_throttle order by key');
    expect(throttle.map((r) => r.key)).toEqual(
      throttleBefore.map((r) => r.key).filter((k) => k !== 'email:old@example.test'),
    );
    const audits = await retentionAudits('retention.deleteExpiredAccess');
    expect(audits.find((a) => a.org === orgs.sleman)?.changes).toMatchObject({
      sessions: 2,
      invitations: 1,
      nikLookups: 1,
    });
    expect(audits.find((a) => a.org === orgs.bantul)?.changes).toMatchObject({ sessions: 1, invitations: 1 });
    expect((await retentionAudits('retention.deleteLoginThrottle'))[0]?.changes).toMatchObject({ rows: 1 });
    // The logged-in users' live sessions still work.
    expect(
      (await new GraphQLClient(server.url).loginAs('VIEWER', 'sleman')).request('{ viewer { email } }'),
    ).toBeTruthy();
    const again = await runExpiredAccessCleanup(em(), config, now);
    expect([
      again.sessions.removed,
      again.invitations.removed,
      again.loginThrottle.removed,
      again.nikLookups.removed,
    ]).toEqual([0, 0, 0, 0]);
    expect(await retentionAudits('retention.deleteExpiredAccess')).toHaveLength(2);
  });

  it('deletes audit entries older than their period, and nothing else can delete one', async () => {
    const now = new Date();
    await owner.query(
      `insert into audit_entry (id, organization_id, actor_email, action, object_type, created_at) values
        (gen_random_uuid(), $1, 'x@test', 'old.one', 'Test', $3), (gen_random_uuid(), $1, 'x@test', 'old.two', 'Test', $3),
        (gen_random_uuid(), $2, 'x@test', 'old.three', 'Test', $3), (gen_random_uuid(), $1, 'x@test', 'young', 'Test', $4)`,
      [orgs.sleman, orgs.bantul, daysAgo(now, 400), daysAgo(now, 300)],
    );
    // Append-only still, the owner included, outside a retention run.
    await expect(owner.query(`delete from audit_entry where action = 'old.one'`)).rejects.toThrow(/append-only/);
    const { rows: total } = await owner.query('select count(*)::int as n from audit_entry');
    const outcome = await runAuditRetention(em(), config, now);
    expect(outcome.byTenant).toEqual({ [orgs.sleman as string]: 2, [orgs.bantul as string]: 1 });
    const { rows: left } = await owner.query<{ action: string }>(
      `select action from audit_entry where actor_email = 'x@test' order by action`,
    );
    expect(left.map((r) => r.action)).toEqual(['young']);
    const audits = await retentionAudits('retention.deleteAudit');
    expect(audits.map((a) => [a.org, a.changes.entries])).toEqual(
      [
        [orgs.sleman, 2],
        [orgs.bantul, 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const { rows: totalAfter } = await owner.query('select count(*)::int as n from audit_entry');
    expect(totalAfter[0].n).toBe(total[0].n - 3 + 2);
    // The window closes with the run: the owner is refused again.
    await expect(owner.query(`delete from audit_entry where action = 'young'`)).rejects.toThrow(/append-only/);
    expect((await runAuditRetention(em(), config, now)).removed).toBe(0);
  });
  it('runs on the job queue by itself: the three sweeps are scheduled, and a run through the queue removes what is past its period', async () => {
    const names = (await server.portal.jobs.schedules()).map((schedule) => schedule.name);
    expect(names).toEqual(
      expect.arrayContaining(['retention-archived-workers', 'retention-expired-access', 'retention-audit']),
    );
    const { rows: users } = await owner.query<{ id: string; org: string }>(
      'select id::text, organization_id::text as org from app_user where organization_id = $1 limit 1',
      [orgs['kulon-progo']],
    );
    const user = users[0];
    await owner.query(
      'insert into session (token_hash, organization_id, user_id, created_at, expires_at) values ($1, $2, $3, $4, $4)',
      ['queued'.padEnd(64, '0'), user?.org, user?.id, daysAgo(new Date(), 10)],
    );
    expect((await server.portal.jobs.runNow('retention-expired-access')).state).toBe('completed');
    const { rows } = await owner.query(`select 1 from session where token_hash = $1`, ['queued'.padEnd(64, '0')]);
    expect(rows).toEqual([]);
  });
});
