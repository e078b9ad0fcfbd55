import { createHash, randomBytes } from 'node:crypto';
import { normaliseEmail } from '@jamsos/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hash, verify } from '@node-rs/argon2';
import { AuditEntry } from '../audit/audit.entity';
import { enterTenant } from '../common/tenancy';
import type { Viewer, ViewerOrganization, ViewerUser } from '../common/viewer';
import type { IOrganization } from '../organization/organization.entity';
import { Session } from './session.entity';
import { type IUser, User } from './user.entity';

export const SESSION_COOKIE = 'jamsos_session';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 passes). */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A hash of a password nobody has, verified when the email is unknown so that a wrong email
 * costs as much time as a wrong password and timing does not reveal which accounts exist.
 */
const unknownUserHash = hashPassword(randomBytes(16).toString('hex'));

interface LoginCandidate {
  id: string;
  organization_id: string;
  password_hash: string | null;
  status: string;
}

/**
 * Checks the credentials; returns the user, or null for any failure (one generic answer).
 * Before the password is checked no tenant is known, so the one lookup allowed then goes
 * through the database function `auth_login_candidate`; after it, the request enters the
 * user's tenant and loads the user under row-level security like any other row.
 */
export async function authenticate(em: EntityManager, email: string, password: string): Promise<IUser | null> {
  const [candidate] = await em.execute<LoginCandidate[]>('select * from auth_login_candidate(?)', [
    normaliseEmail(email),
  ]);
  const ok = await verify(candidate?.password_hash ?? (await unknownUserHash), password).catch(() => false);
  if (!candidate || !ok || candidate.status !== 'ACTIVE') return null;
  await enterTenant(em, candidate.organization_id);
  return em.findOneOrFail(User, { id: candidate.id }, { populate: ['organization'] });
}

/** Seconds until this email or address may try again (0: now). */
export async function loginWait(em: EntityManager, email: string, ip: string): Promise<number> {
  const [row] = await em.execute<{ wait: number }[]>('select auth_login_wait(?, ?) as wait', [
    normaliseEmail(email),
    ip,
  ]);
  return Number(row?.wait ?? 0);
}

export async function loginSucceeded(em: EntityManager, email: string): Promise<void> {
  await em.execute('select auth_login_succeeded(?)', [normaliseEmail(email)]);
}

/**
 * Counts a failed login against the email and the address, in a transaction of its own (the
 * request's is rolled back), and audits it in the account's tenant when the account exists —
 * the audit log is per tenant, and an unknown email has none. `em` is a fresh fork of the request
 * pool's (not the request's own): the database layer stays below the features that use it.
 */
export async function recordLoginFailure(em: EntityManager, failure: { email: string; ip: string }): Promise<void> {
  await em.transactional(async (tx) => {
    const email = normaliseEmail(failure.email);
    const [row] = await tx.execute<{ wait: number }[]>('select auth_login_failed(?, ?) as wait', [email, failure.ip]);
    const [candidate] = await tx.execute<LoginCandidate[]>('select * from auth_login_candidate(?)', [email]);
    if (!candidate) return;
    await enterTenant(tx, candidate.organization_id);
    const wait = Number(row?.wait ?? 0);
    tx.create(AuditEntry, {
      organization: candidate.organization_id,
      actorId: null,
      actorEmail: email,
      action: wait > 0 ? 'session.locked' : 'session.loginFailed',
      objectType: 'User',
      objectId: candidate.id,
      changes: { ip: failure.ip, ...(wait > 0 ? { lockedForSeconds: wait } : {}) },
    });
  });
}

/** Opens a session for the user and returns the cookie token (only its hash is stored). */
export async function openSession(
  em: EntityManager,
  user: IUser,
  ttlHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  em.create(Session, { tokenHash: hashToken(token), user, organization: user.organization, expiresAt });
  await em.flush();
  return { token, expiresAt };
}

/** One row of auth_session_viewer, with the tenant it entered (set_config's result) and the date. */
interface SessionViewerRow {
  tenant: string;
  today: string;
  organization_id: string | null;
  user_id: string;
  email: string;
  display_name: string;
  role: IUser['role'];
  status: IUser['status'];
  user_created_at: Date;
  organization_code: string;
  organization_name: string;
  organization_kind: IOrganization['kind'];
  organization_regency_code: string | null;
  organization_adhoc_queries: boolean;
  organization_created_at: Date;
}

/**
 * The viewer a session token belongs to, or null for a missing, expired or forged token.
 * `auth_session_viewer` answers only for a live session, with its holder's own user and
 * organisation (row-level security hides both until the tenant is known).
 */
export async function viewerFromToken(em: EntityManager, token: string | undefined): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  // The session holder and row-level security entered for their tenant, in one statement (see
  // the session_viewer migration), with the transaction's date (current_date does not move
  // within a transaction: every later statement of the request sees this date). No session:
  // the setting is '' (app_current_tenant() reads that as none), so a pooled connection never
  // keeps an earlier request's tenant.
  const [row] = await em.execute<SessionViewerRow[]>(
    `select set_config('app.tenant_id', coalesce(v.organization_id::text, ''), true) as tenant,
            to_char(current_date, 'YYYY-MM-DD') as today, v.*
       from (select 1) as one left join auth_session_viewer(?) as v on true`,
    [tokenHash],
  );
  // The data layer's filter is entered by the request lifecycle, from the caller's scope.
  if (!row?.organization_id || row.status !== 'ACTIVE') return null;
  const organization: ViewerOrganization = {
    id: row.organization_id,
    code: row.organization_code,
    name: row.organization_name,
    kind: row.organization_kind,
    regencyCode: row.organization_regency_code,
    adhocQueries: row.organization_adhoc_queries,
    createdAt: row.organization_created_at,
  };
  const user: ViewerUser = {
    id: row.user_id,
    organization,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    status: row.status,
    createdAt: row.user_created_at,
  };
  return { user, organization, sessionTokenHash: tokenHash, today: row.today };
}

export async function closeSession(em: EntityManager, tokenHash: string): Promise<void> {
  await em.nativeDelete(Session, { tokenHash });
}
