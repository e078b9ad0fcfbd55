import type { Role, UserStatus } from '@jamsos/schema';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs, type ConnectionShape, pageOf } from '../common/connection';
import { appError, ErrorCode } from '../common/errors';
import { uuidFromGlobalId } from '../common/node';
import { scopeOf } from '../common/scope';
import { email } from '../mail/mail.jobs';
import { setSessionCookie } from './auth.resolver';
import { openSession } from './auth.service';
import { User } from './user.entity';
import {
  acceptInvitation,
  changeUserRole,
  INVITATION_TTL_DAYS,
  inviteUser,
  logoutEverywhere,
  setUserActive,
} from './user.service';
import {
  AcceptInvitationInput,
  ChangeUserRoleInput,
  InviteUserInput,
  InviteUserPayload,
  LoginPayload,
  RoleEnum,
  UserConnection,
  UserIdInput,
  UserStatusEnum,
  UserType,
  ViewerType,
} from './user.type';

function userIdFrom(globalId: string): string {
  const id = uuidFromGlobalId(globalId, UserType.typename);
  if (!id) throw appError(ErrorCode.NotFound, 'No such user.');
  return id;
}

@Resolver()
export class UserResolver {
  @Query(() => UserConnection, { description: "The users of the caller's organisation (admins)." })
  async users(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('role', () => RoleEnum, { nullable: true }) role: Role | null,
    @Arg('status', () => UserStatusEnum, { nullable: true }) status: UserStatus | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<UserType>> {
    // No request scope here, on purpose: the tenant filter and row-level security alone decide
    // whose users these are, so the isolation tests can show an anonymous caller (with the rules
    // switched off) gets none (test/isolation/layer3-alone.test.ts).
    return pageOf(page, async (window) => {
      const [rows, total] = await ctx.em.findAndCount(
        User,
        { ...(role ? { role } : {}), ...(status ? { status } : {}) },
        { populate: ['organization'], orderBy: { displayName: 'asc', id: 'asc' }, ...window },
      );
      return [rows.map(UserType.from), total];
    });
  }

  @Mutation(() => InviteUserPayload, { description: 'Invites a person into the caller’s organisation.' })
  async inviteUser(
    @Arg('input', () => InviteUserInput) input: InviteUserInput,
    @Ctx() ctx: Context,
  ): Promise<InviteUserPayload> {
    const scope = scopeOf(ctx);
    const { user, token } = await inviteUser(scope, input);
    const origin = `${ctx.req.protocol}://${ctx.req.get('host') ?? 'localhost'}`;
    const invitationUrl = `${origin}/undangan/${token}`;
    // The link also goes by email (a job, retried); the admin still sees it, to hand over by hand.
    await ctx.jobs.send(
      'send-email',
      email(user.email, user.language, 'invitation', {
        organization: scope.viewer.organization.name,
        url: invitationUrl,
        days: INVITATION_TTL_DAYS,
      }),
    );
    return Object.assign(new InviteUserPayload(), { user: UserType.from(user), invitationUrl });
  }

  @Mutation(() => LoginPayload, { description: 'Sets the password of an invited user and logs them in.' })
  async acceptInvitation(
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const user = await acceptInvitation(ctx.em, input.token, input.password);
    const session = await openSession(ctx.em, user, ctx.config.SESSION_TTL_HOURS);
    setSessionCookie(ctx, session.token, session.expiresAt);
    return Object.assign(new LoginPayload(), { viewer: ViewerType.from({ user, organization: user.organization }) });
  }

  @Mutation(() => UserType)
  async changeUserRole(
    @Arg('input', () => ChangeUserRoleInput) input: ChangeUserRoleInput,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return UserType.from(await changeUserRole(scopeOf(ctx), userIdFrom(input.userId), input.role));
  }

  @Mutation(() => UserType, { description: 'Deactivates a user and ends all their sessions.' })
  async deactivateUser(@Arg('input', () => UserIdInput) input: UserIdInput, @Ctx() ctx: Context): Promise<UserType> {
    return UserType.from(await setUserActive(scopeOf(ctx), userIdFrom(input.userId), false));
  }

  @Mutation(() => UserType)
  async reactivateUser(@Arg('input', () => UserIdInput) input: UserIdInput, @Ctx() ctx: Context): Promise<UserType> {
    return UserType.from(await setUserActive(scopeOf(ctx), userIdFrom(input.userId), true));
  }

  @Mutation(() => Boolean, { description: "Ends every session of the caller's, on every device." })
  async logoutEverywhere(@Ctx() ctx: Context): Promise<boolean> {
    await logoutEverywhere(scopeOf(ctx));
    return true;
  }
}
