import { maskNik } from '@jamsos/schema';
import type { Config } from '../../config';
import { audit, auditAs } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import type { RequestScope } from '../common/scope';
import { enterTenant } from '../common/tenancy';

/** The limits of whole-NIK look-ups, from the configuration (config.ts). */
export interface NikLookupLimits {
  perUser: number;
  perTenant: number;
  windowMinutes: number;
}

export function nikLookupLimits(config: Config): NikLookupLimits {
  return {
    perUser: config.NIK_LOOKUP_LIMIT_PER_USER,
    perTenant: config.NIK_LOOKUP_LIMIT_PER_TENANT,
    windowMinutes: config.NIK_LOOKUP_WINDOW_MINUTES,
  };
}

/** A search that asks about one whole NIK (16 digits): it answers whether that person is in the registry. */
export function isWholeNikLookup(search: string | null | undefined): search is string {
  const value = search?.trim() ?? '';
  return /^\d{16}$/.test(value);
}

/** The notice kind the tenant's admins get when one of their users reaches the limit. */
export const NIK_LOOKUP_LIMIT_NOTICE = 'NIK_LOOKUP_LIMIT';

/**
 * Counts a whole-NIK look-up against the caller's and the tenant's limits, and audits it (the NIK
 * masked: the audit log holds no whole NIK). Within the limits the look-up is recorded in the
 * request's transaction and goes ahead. Beyond them it is refused: the refusal is audited, and the
 * tenant's active admins are told once per window, in a transaction of its own, so both stay
 * although the refused request rolls back. The counting is in the database (`nik_lookup`, under
 * RLS), serialised per tenant with a transaction lock, so several server processes count as one.
 */
export async function guardNikLookup(scope: RequestScope, search: string, limits: NikLookupLimits): Promise<void> {
  const { em, tenantId, viewer } = scope;
  const nik = search.trim();
  await em.execute(`select pg_advisory_xact_lock(hashtextextended('nik_lookup:' || ?, 0))`, [tenantId]);
  const [counts] = await em.execute<{ mine: string; tenant: string }[]>(
    `select count(*) filter (where user_id = ?::uuid) as mine, count(*) as tenant
       from nik_lookup
      where organization_id = ?::uuid and not refused and looked_up_at > now() - make_interval(mins => ?)`,
    [viewer.user.id, tenantId, limits.windowMinutes],
  );
  const mine = Number(counts?.mine ?? 0);
  const tenant = Number(counts?.tenant ?? 0);
  const over = mine >= limits.perUser ? 'USER' : tenant >= limits.perTenant ? 'TENANT' : null;
  const masked = maskNik(nik);
  if (over) {
    await recordRefusal(scope, { limit: over, nik: masked, limits });
    throw appError(
      ErrorCode.Forbidden,
      `Too many whole-NIK look-ups: at most ${over === 'USER' ? limits.perUser : limits.perTenant} in ${limits.windowMinutes} minutes.`,
      { reason: 'NIK_LOOKUP_LIMIT', limit: over, windowMinutes: limits.windowMinutes },
    );
  }
  await em.execute('insert into nik_lookup (organization_id, user_id) values (?::uuid, ?::uuid)', [
    tenantId,
    viewer.user.id,
  ]);
  audit(scope, {
    action: 'worker.lookupNik',
    objectType: 'Worker',
    changes: { nik: masked, lookups: { user: mine + 1, tenant: tenant + 1 } },
  });
}

/** The refusal's audit entry and, first time in the window, the admins' notice: committed on their own. */
async function recordRefusal(
  scope: RequestScope,
  refusal: { limit: 'USER' | 'TENANT'; nik: string; limits: NikLookupLimits },
): Promise<void> {
  const { tenantId, viewer } = scope;
  // A fork without the request's transaction: its own connection and commit.
  await scope.em.fork({ clear: true }).transactional(async (tx) => {
    await enterTenant(tx, tenantId);
    const [seen] = await tx.execute<{ refused: boolean }[]>(
      `select exists (select 1 from nik_lookup
                       where organization_id = ?::uuid and user_id = ?::uuid and refused
                         and looked_up_at > now() - make_interval(mins => ?)) as refused`,
      [tenantId, viewer.user.id, refusal.limits.windowMinutes],
    );
    await tx.execute('insert into nik_lookup (organization_id, user_id, refused) values (?::uuid, ?::uuid, true)', [
      tenantId,
      viewer.user.id,
    ]);
    auditAs(tx, viewer, {
      action: 'worker.lookupNikRefused',
      objectType: 'Worker',
      changes: {
        nik: refusal.nik,
        limit: refusal.limit,
        perUser: refusal.limits.perUser,
        perTenant: refusal.limits.perTenant,
        windowMinutes: refusal.limits.windowMinutes,
      },
    });
    if (seen?.refused) return;
    const who = `${viewer.user.displayName} (${viewer.user.email})`;
    const params = { title: who, limit: refusal.limit, windowMinutes: String(refusal.limits.windowMinutes) };
    await tx.execute(
      `insert into notification (id, organization_id, user_id, kind, task_id, message, params)
       select gen_random_uuid(), ?::uuid, u.id, ?, null, ?, ?::jsonb
         from app_user u
        where u.organization_id = ?::uuid and u.role = 'ADMIN' and u.status = 'ACTIVE'`,
      [
        tenantId,
        NIK_LOOKUP_LIMIT_NOTICE,
        `Batas pencarian NIK lengkap tercapai oleh ${who}; pencarian berikutnya ditolak sementara.`.slice(0, 500),
        JSON.stringify(params),
        tenantId,
      ],
    );
  });
}
