import { randomBytes } from 'node:crypto';
import { normaliseEmail, passwordProblem } from '@jamsos/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditAs } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import { enterTenant } from '../common/tenancy';
import { hashPassword, hashToken } from './auth.service';
import { PasswordReset } from './password-reset.entity';
import { Session } from './session.entity';
import type { IUser } from './user.entity';

/** How long a reset link works. */
export const PASSWORD_RESET_MINUTES = 30;

export interface ResetRequested {
  readonly token: string;
  readonly email: string;
  readonly name: string;
  readonly language: string;
}

/**
 * Records a reset for an active account with this address and returns what the email needs; null
 * for an unknown, inactive or too-often-asked address. The caller answers the same either way.
 * Only the token's hash is stored; the token itself travels once, in the email.
 */
export async function requestPasswordReset(
  em: EntityManager,
  rawEmail: string,
  ip: string,
): Promise<ResetRequested | null> {
  const email = normaliseEmail(rawEmail);
  if (email.length === 0 || email.length > 254) return null;
  const token = randomBytes(32).toString('base64url');
  const [row] = await em.execute<{ display_name: string; language: string }[]>(
    'select display_name, language from auth_password_reset_request(?, ?, ?, ?)',
    [email, hashToken(token), ip.slice(0, 64), PASSWORD_RESET_MINUTES],
  );
  return row ? { token, email, name: row.display_name, language: row.language } : null;
}

/**
 * Sets a new password with a valid reset token: single use (the token is spent), every session of
 * the account ended (whoever knew the old password is logged out), audited in the tenant.
 */
export async function resetPassword(em: EntityManager, token: string, password: string): Promise<IUser> {
  const tokenHash = hashToken(token);
  const [row] = await em.execute<{ tenant: string | null }[]>('select auth_password_reset_tenant(?) as tenant', [
    tokenHash,
  ]);
  if (!row?.tenant) {
    throw appError(ErrorCode.BadUserInput, 'This reset link is not valid any more.', { reason: 'RESET_INVALID' });
  }
  await enterTenant(em, row.tenant);
  const reset = await em.findOneOrFail(PasswordReset, { tokenHash }, { populate: ['user', 'user.organization'] });
  const user = reset.user;
  const problem = passwordProblem(password, user.email);
  if (problem) {
    throw appError(ErrorCode.BadUserInput, 'The password does not meet the policy.', {
      field: 'password',
      reason: problem,
    });
  }
  user.passwordHash = await hashPassword(password);
  reset.usedAt = new Date();
  await em.flush();
  const ended = await em.nativeDelete(Session, { user: user.id, organization: row.tenant });
  auditAs(
    em,
    { user, organization: user.organization },
    { action: 'user.resetPassword', objectType: 'User', objectId: user.id, changes: { sessionsEnded: ended } },
  );
  await em.flush();
  return user;
}
