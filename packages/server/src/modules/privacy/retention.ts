import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';

/*
 * Keeping no longer than needed (UU 27/2022; docs/privacy.md, "How long"). Plain functions a
 * scheduled job calls: each takes the OWNER's EntityManager (the connection migrations use: it
 * crosses tenants, which no request may), the configuration and the moment it runs as; each runs
 * in one transaction of its own, writes what it removed to the audit log of the tenant it removed
 * it from (the platform's for rows of no tenant), and is idempotent: a second run at the same
 * moment removes nothing and writes nothing.
 */

/** Who the audit log names as the actor of a retention run. */
export const RETENTION_ACTOR = 'system:retention';

/** What one run removed: in total, and per tenant (organisation id → count). */
export interface RetentionOutcome {
  readonly removed: number;
  readonly byTenant: Readonly<Record<string, number>>;
}

export interface ExpiredAccessOutcome {
  readonly sessions: RetentionOutcome;
  readonly invitations: RetentionOutcome;
  readonly loginThrottle: RetentionOutcome;
  /** Whole-NIK look-up counters older than both their window and the grace period. */
  readonly nikLookups: RetentionOutcome;
}

const DAY_MS = 86_400_000;
const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

async function auditRun(
  tx: EntityManager,
  now: Date,
  organizationId: string,
  action: string,
  objectType: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await tx.execute(
    `insert into audit_entry (id, organization_id, actor_id, actor_email, action, object_type, object_id, changes, created_at)
     values (gen_random_uuid(), ?::uuid, null, ?, ?, ?, null, ?::jsonb, ?::timestamptz)`,
    [organizationId, RETENTION_ACTOR, action, objectType, JSON.stringify(changes), now.toISOString()],
  );
}

function outcomeOf(rows: { org: string; n: number | string }[]): RetentionOutcome {
  const byTenant = Object.fromEntries(rows.map((r) => [r.org, Number(r.n)]));
  return { removed: Object.values(byTenant).reduce((a, b) => a + b, 0), byTenant };
}

async function platformId(tx: EntityManager): Promise<string | null> {
  const [row] = await tx.execute<{ id: string }[]>(
    `select id::text from organization where kind = 'PLATFORM' order by created_at limit 1`,
  );
  return row?.id ?? null;
}

/**
 * Erases the personal data of workers archived more than RETENTION_ARCHIVED_WORKER_DAYS before
 * `now`, keeping what statistics need: the name becomes a placeholder, the NIK a `00…` placeholder,
 * the birth date its year (1 January), and phone, KPJ, income and occupation are cleared; sex, type,
 * coverage, programmes, enrolment date and employers stay. The dashboard never counts archived
 * workers, so no figure moves. One audit entry per tenant lists the workers erased.
 */
export async function runArchivedWorkerErasure(
  em: EntityManager,
  config: Config,
  now: Date,
): Promise<RetentionOutcome> {
  const cutoff = before(now, config.RETENTION_ARCHIVED_WORKER_DAYS);
  return em.fork().transactional(async (tx) => {
    const rows = await tx.execute<{ org: string; id: string }[]>(
      `update worker
          set full_name = 'Data pribadi dihapus',
              nik = '00' || lpad(nextval('worker_erased_nik')::text, 14, '0'),
              birth_date = date_trunc('year', birth_date)::date,
              phone = null, kpj = null, monthly_income = null, occupation = null,
              personal_data_erased_at = ?::timestamptz
        where archived_at is not null and archived_at < ?::timestamptz and personal_data_erased_at is null
        returning organization_id::text as org, id::text as id`,
      [now.toISOString(), cutoff.toISOString()],
    );
    const byOrg = new Map<string, string[]>();
    for (const row of rows) byOrg.set(row.org, [...(byOrg.get(row.org) ?? []), row.id]);
    for (const [org, ids] of byOrg) {
      await auditRun(tx, now, org, 'retention.eraseWorkers', 'Worker', {
        workers: ids,
        count: ids.length,
        archivedBefore: cutoff.toISOString(),
      });
    }
    return outcomeOf([...byOrg].map(([org, ids]) => ({ org, n: ids.length })));
  });
}

/**
 * Deletes sessions that expired, invitations that expired or were used, and login-throttle rows
 * whose window and lock are over, each more than RETENTION_EXPIRED_DAYS before `now`. Sessions and
 * invitations are audited in their user's tenant (counts), throttle rows (keyed by email or
 * address, of no tenant) in the platform's.
 */
export async function runExpiredAccessCleanup(
  em: EntityManager,
  config: Config,
  now: Date,
): Promise<ExpiredAccessOutcome> {
  const cutoff = before(now, config.RETENTION_EXPIRED_DAYS).toISOString();
  return em.fork().transactional(async (tx) => {
    const sessions = await tx.execute<{ org: string; n: string }[]>(
      `with gone as (delete from session s where s.expires_at < ?::timestamptz returning s.organization_id)
       select organization_id::text as org, count(*) as n from gone group by 1`,
      [cutoff],
    );
    const invitations = await tx.execute<{ org: string; n: string }[]>(
      `with gone as (delete from invitation i
                      where i.expires_at < ?::timestamptz or (i.used_at is not null and i.used_at < ?::timestamptz)
                      returning i.organization_id)
       select organization_id::text as org, count(*) as n from gone group by 1`,
      [cutoff, cutoff],
    );
    const [throttle] = await tx.execute<{ n: string }[]>(
      `with gone as (delete from login_throttle
                      where window_start < ?::timestamptz and coalesce(locked_until, '-infinity') < ?::timestamptz
                      returning 1)
       select count(*) as n from gone`,
      [cutoff, now.toISOString()],
    );
    const lookupCutoff = new Date(
      Math.min(Date.parse(cutoff), now.getTime() - config.NIK_LOOKUP_WINDOW_MINUTES * 60_000),
    ).toISOString();
    const lookups = await tx.execute<{ org: string; n: string }[]>(
      `with gone as (delete from nik_lookup where looked_up_at < ?::timestamptz returning organization_id)
       select organization_id::text as org, count(*) as n from gone group by 1`,
      [lookupCutoff],
    );
    const orgs = new Set([...sessions, ...invitations, ...lookups].map((r) => r.org));
    for (const org of orgs) {
      await auditRun(tx, now, org, 'retention.deleteExpiredAccess', 'Session', {
        sessions: Number(sessions.find((r) => r.org === org)?.n ?? 0),
        invitations: Number(invitations.find((r) => r.org === org)?.n ?? 0),
        nikLookups: Number(lookups.find((r) => r.org === org)?.n ?? 0),
        expiredBefore: cutoff,
      });
    }
    const throttled = Number(throttle?.n ?? 0);
    const platform = throttled > 0 ? await platformId(tx) : null;
    if (platform) {
      await auditRun(tx, now, platform, 'retention.deleteLoginThrottle', 'LoginThrottle', {
        rows: throttled,
        before: cutoff,
      });
    }
    return {
      sessions: outcomeOf(sessions),
      invitations: outcomeOf(invitations),
      loginThrottle: { removed: throttled, byTenant: platform ? { [platform]: throttled } : {} },
      nikLookups: outcomeOf(lookups),
    };
  });
}

/**
 * Deletes audit entries older than RETENTION_AUDIT_DAYS before `now` (the append-only trigger lets
 * exactly those go, for this transaction only), and writes one entry per tenant saying how many
 * went and up to when: that entry is new, so it stays for its own period.
 */
export async function runAuditRetention(em: EntityManager, config: Config, now: Date): Promise<RetentionOutcome> {
  const cutoff = before(now, config.RETENTION_AUDIT_DAYS).toISOString();
  return em.fork().transactional(async (tx) => {
    await tx.execute(`select set_config('app.audit_retention_before', ?, true)`, [cutoff]);
    const rows = await tx.execute<{ org: string; n: string }[]>(
      `with gone as (delete from audit_entry where created_at < ?::timestamptz returning organization_id)
       select organization_id::text as org, count(*) as n from gone group by 1`,
      [cutoff],
    );
    await tx.execute(`select set_config('app.audit_retention_before', '', true)`);
    for (const row of rows) {
      await auditRun(tx, now, row.org, 'retention.deleteAudit', 'AuditEntry', {
        entries: Number(row.n),
        createdBefore: cutoff,
      });
    }
    return outcomeOf(rows);
  });
}

/** Every retention step in turn, as one daily job may call them. */
export async function runRetention(
  em: EntityManager,
  config: Config,
  now: Date,
): Promise<{ workers: RetentionOutcome; access: ExpiredAccessOutcome; audit: RetentionOutcome }> {
  const workers = await runArchivedWorkerErasure(em, config, now);
  const access = await runExpiredAccessCleanup(em, config, now);
  const audit = await runAuditRetention(em, config, now);
  return { workers, access, audit };
}
