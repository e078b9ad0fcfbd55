import type { FieldProblem } from '@jamsos/schema';
import type { CookieOptions } from 'express';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { audit, auditAs } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import { makeScope } from '../common/scope';
import { authenticate, closeSession, loginSucceeded, loginWait, openSession, SESSION_COOKIE } from './auth.service';
import { LoginInput, LoginPayload, ViewerType } from './user.type';

const loginInput = z.object({
  email: z.string().trim().min(1, 'Email is required.').max(254, 'Email is too long.'),
  password: z.string().min(1, 'Password is required.').max(1024, 'Password is too long.'),
});

/** A refused login field as a `FieldProblem`: empty (REQUIRED) or longer than its bound (TOO_LONG). */
function loginProblem(issue: z.core.$ZodIssue): FieldProblem {
  const field = issue.path.join('.');
  if (issue.code === 'too_big') return { field, problem: 'TOO_LONG', params: { max: Number(issue.maximum) } };
  return { field, problem: 'REQUIRED' };
}

function cookieOptions(ctx: Context, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: ctx.req.secure, path: '/', ...(expires ? { expires } : {}) };
}

export function setSessionCookie(ctx: Context, token: string, expires: Date): void {
  ctx.res.cookie(SESSION_COOKIE, token, cookieOptions(ctx, expires));
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The logged-in user, or null.' })
  viewer(@Ctx() ctx: Context): ViewerType | null {
    return ctx.viewer ? ViewerType.from(ctx.viewer) : null;
  }

  @Mutation(() => LoginPayload)
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const parsed = loginInput.safeParse(input);
    if (!parsed.success) {
      // Field problems in the one shape every refusal of input uses (`extensions.problems`).
      throw appError(ErrorCode.BadUserInput, parsed.error.issues.map((issue) => issue.message).join(' '), {
        problems: parsed.error.issues.map(loginProblem),
      });
    }
    const ip = ctx.req.ip ?? 'unknown';
    // A locked email answers the same whether or not the account exists: the lock is on the email as typed.
    const wait = await loginWait(ctx.em, parsed.data.email, ip);
    if (wait > 0) {
      throw appError(ErrorCode.Unauthenticated, 'Too many failed logins. Try again later.', {
        reason: 'TOO_MANY_ATTEMPTS',
        retryAfterSeconds: wait,
      });
    }
    const user = await authenticate(ctx.em, parsed.data.email, parsed.data.password);
    // One answer for unknown email, wrong password and deactivated user alike.
    if (!user) {
      ctx.loginFailures.push({ email: parsed.data.email, ip });
      throw appError(ErrorCode.Unauthenticated, 'Wrong email or password.');
    }
    await loginSucceeded(ctx.em, parsed.data.email);
    const session = await openSession(ctx.em, user, ctx.config.SESSION_TTL_HOURS);
    auditAs(
      ctx.em,
      { user, organization: user.organization },
      { action: 'session.login', objectType: 'User', objectId: user.id },
    );
    await ctx.em.flush();
    setSessionCookie(ctx, session.token, session.expiresAt);
    return Object.assign(new LoginPayload(), { viewer: ViewerType.from({ user, organization: user.organization }) });
  }

  @Mutation(() => Boolean, { description: 'Ends the current session. True also when there was none.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer) {
      await closeSession(ctx.em, ctx.viewer.sessionTokenHash);
      audit(makeScope(ctx.em, ctx.viewer), {
        action: 'session.logout',
        objectType: 'User',
        objectId: ctx.viewer.user.id,
      });
      await ctx.em.flush();
    }
    ctx.res.clearCookie(SESSION_COOKIE, cookieOptions(ctx));
    return true;
  }
}
