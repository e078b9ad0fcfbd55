import { randomBytes } from 'node:crypto';
import { normaliseEmail as normalise, passwordProblem, type Role } from '@jamsos/schema';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit, auditAs } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import { ownedBy, type RequestScope } from '../common/scope';
import { enterTenant } from '../common/tenancy';
import { organizationEntity } from '../organization/organization.entity';
import { hashPassword, hashToken } from './auth.service';
import { Invitation } from './invitation.entity';
import { Session } from './session.entity';
import { type IUser, User } from './user.entity';

export const INVITATION_TTL_DAYS = 7;

/**
 * The tenant's users, as its admins manage them. Every function takes the request's scope, and
 * names its tenant: a user of another tenant is simply not found — the same answer as an id that
 * does not exist.
 */
async function findOwnUser(scope: RequestScope, id: string): Promise<IUser> {
  const user = await scope.em.findOne(User, { id, ...ownedBy(scope) }, { populate: ['organization'] });
  if (!user) throw appError(ErrorCode.NotFound, 'No such user.');
  return user;
}

export async function inviteUser(
  scope: RequestScope,
  input: { email: string; displayName: string; role: Role },
): Promise<{ user: IUser; token: string }> {
  const { em } = scope;
  const email = normalise(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    throw appError(ErrorCode.BadUserInput, 'The email address is not valid.', {
      field: 'email',
      reason: 'INVALID_EMAIL',
    });
  }
  const displayName = input.displayName.trim();
  if (displayName.length < 2 || displayName.length > 200) {
    throw appError(ErrorCode.BadUserInput, 'The name must be 2 to 200 characters.', {
      field: 'displayName',
      reason: 'INVALID_NAME',
    });
  }
  const organization = organizationEntity(em, scope.viewer);
  const user = em.create(User, {
    organization,
    email,
    displayName,
    role: input.role,
    status: 'INVITED',
    passwordHash: null,
  });
  const token = randomBytes(32).toString('base64url');
  em.create(Invitation, {
    tokenHash: hashToken(token),
    organization,
    user,
    expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
  });
  audit(scope, {
    action: 'user.invite',
    objectType: 'User',
    objectId: user.id,
    changes: { email, role: input.role },
  });
  try {
    await em.flush();
  } catch (error) {
    // Emails are unique across the portal. Say only that this one cannot be used, not where it is.
    if (error instanceof UniqueConstraintViolationException) {
      throw appError(ErrorCode.BadUserInput, 'This email address cannot be invited.', {
        field: 'email',
        reason: 'EMAIL_UNAVAILABLE',
      });
    }
    throw error;
  }
  return { user, token };
}

/**
 * Sets the password of an invited user and activates them; the token works once. The caller is
 * anonymous, so there is no request scope yet: the token names the tenant, entered here.
 */
export async function acceptInvitation(em: EntityManager, token: string, password: string): Promise<IUser> {
  const tokenHash = hashToken(token);
  const [row] = await em.execute<{ tenant: string | null }[]>('select auth_invitation_tenant(?) as tenant', [
    tokenHash,
  ]);
  if (!row?.tenant) {
    throw appError(ErrorCode.BadUserInput, 'This invitation is not valid any more.', { reason: 'INVITATION_INVALID' });
  }
  await enterTenant(em, row.tenant);
  const invitation = await em.findOneOrFail(Invitation, { tokenHash }, { populate: ['user', 'user.organization'] });
  const problem = passwordProblem(password, invitation.user.email);
  if (problem)
    throw appError(ErrorCode.BadUserInput, 'The password does not meet the policy.', {
      field: 'password',
      reason: problem,
    });
  const user = invitation.user;
  user.passwordHash = await hashPassword(password);
  user.status = 'ACTIVE';
  invitation.usedAt = new Date();
  auditAs(
    em,
    { user, organization: user.organization },
    { action: 'user.acceptInvitation', objectType: 'User', objectId: user.id },
  );
  await em.flush();
  return user;
}

export async function changeUserRole(scope: RequestScope, userId: string, role: Role): Promise<IUser> {
  const user = await findOwnUser(scope, userId);
  if (user.id === scope.viewer.user.id) {
    throw appError(ErrorCode.BadUserInput, 'Admins cannot change their own role.', { reason: 'SELF_CHANGE' });
  }
  if (user.role !== role) {
    audit(scope, {
      action: 'user.changeRole',
      objectType: 'User',
      objectId: user.id,
      changes: { role: { before: user.role, after: role } },
    });
    user.role = role;
    await scope.em.flush();
  }
  return user;
}

/** Deactivates a user and ends all their sessions at once; or lets them in again. */
export async function setUserActive(scope: RequestScope, userId: string, active: boolean): Promise<IUser> {
  const { em } = scope;
  const user = await findOwnUser(scope, userId);
  if (user.id === scope.viewer.user.id) {
    throw appError(ErrorCode.BadUserInput, 'Admins cannot deactivate themselves.', { reason: 'SELF_CHANGE' });
  }
  if (user.status === 'INVITED') {
    throw appError(ErrorCode.BadUserInput, 'This user has not accepted the invitation yet.', { reason: 'INVITED' });
  }
  const status = active ? 'ACTIVE' : 'DEACTIVATED';
  if (user.status !== status) {
    audit(scope, {
      action: active ? 'user.reactivate' : 'user.deactivate',
      objectType: 'User',
      objectId: user.id,
      changes: { status: { before: user.status, after: status } },
    });
    user.status = status;
    if (!active) await em.nativeDelete(Session, { user: user.id, ...ownedBy(scope) });
    await em.flush();
  }
  return user;
}

/** Ends every session of the caller, on every device. */
export async function logoutEverywhere(scope: RequestScope): Promise<number> {
  const { em, viewer } = scope;
  const ended = await em.nativeDelete(Session, { user: viewer.user.id, ...ownedBy(scope) });
  audit(scope, {
    action: 'session.logoutEverywhere',
    objectType: 'User',
    objectId: viewer.user.id,
    changes: { ended },
  });
  await em.flush();
  return ended;
}
