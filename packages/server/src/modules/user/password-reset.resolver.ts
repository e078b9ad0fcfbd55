import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { email, publicUrl } from '../mail/mail.jobs';
import { PASSWORD_RESET_MINUTES, requestPasswordReset, resetPassword } from './password-reset.service';

@InputType('RequestPasswordResetInput')
export class RequestPasswordResetInput {
  @Field(() => String)
  email!: string;
}

@InputType('ResetPasswordInput')
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token of the emailed link.' })
  token!: string;

  @Field(() => String)
  password!: string;
}

/** "Forgot your password?": a link by email, then a new password with it (rules: auth.rules.ts). */
@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, {
    description:
      'Emails a single-use link to set a new password, if an active account has this address. Always answers true: the answer does not tell whether the address exists.',
  })
  async requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const requested = await requestPasswordReset(ctx.em, input.email, ctx.req.ip ?? 'unknown');
    if (requested) {
      const origin = ctx.config.PUBLIC_URL
        ? publicUrl(ctx.config)
        : `${ctx.req.protocol}://${ctx.req.get('host') ?? 'localhost'}`;
      await ctx.jobs.send(
        'send-email',
        email(requested.email, requested.language, 'passwordReset', {
          name: requested.name,
          url: `${origin}/atur-ulang-sandi/${requested.token}`,
          minutes: PASSWORD_RESET_MINUTES,
        }),
      );
    }
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with the emailed token; ends every session of the account.',
  })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await resetPassword(ctx.em, input.token, input.password);
    return true;
  }
}
