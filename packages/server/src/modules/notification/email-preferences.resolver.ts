import { EMAIL_LANGUAGES, EMAIL_NOTICE_CHOICES, isEmailNoticeChoice } from '@jamsos/schema';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { audit } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import { ownedBy, scopeOf } from '../common/scope';
import { User } from '../user/user.entity';

@ObjectType('EmailPreferences', {
  description: 'Which notices also come to the caller by email, and in which language.',
})
export class EmailPreferencesType {
  @Field(() => String, { description: '`id` or `en`.' })
  language!: string;

  @Field(() => [String], { description: `Chosen from ${EMAIL_NOTICE_CHOICES.join(', ')}.` })
  notices!: string[];

  @Field(() => [String], { description: 'Every choice there is, for the form.' })
  choices!: string[];
}

@InputType('EmailPreferencesInput')
export class EmailPreferencesInput {
  @Field(() => String)
  language!: string;

  @Field(() => [String])
  notices!: string[];
}

function preferences(user: { language: string; emailNotices: string[] }): EmailPreferencesType {
  return Object.assign(new EmailPreferencesType(), {
    language: user.language,
    notices: user.emailNotices.filter(isEmailNoticeChoice),
    choices: [...EMAIL_NOTICE_CHOICES],
  });
}

/** Each person's own email choices (rules: notification.rules.ts). */
@Resolver()
export class EmailPreferencesResolver {
  @Query(() => EmailPreferencesType, { description: 'The caller’s email choices.' })
  async emailPreferences(@Ctx() ctx: Context): Promise<EmailPreferencesType> {
    const scope = scopeOf(ctx);
    return preferences(await scope.em.findOneOrFail(User, { id: scope.viewer.user.id, ...ownedBy(scope) }));
  }

  @Mutation(() => EmailPreferencesType, { description: 'Sets the caller’s email choices (their own only).' })
  async updateEmailPreferences(
    @Arg('input', () => EmailPreferencesInput) input: EmailPreferencesInput,
    @Ctx() ctx: Context,
  ): Promise<EmailPreferencesType> {
    const scope = scopeOf(ctx);
    if (!(EMAIL_LANGUAGES as readonly string[]).includes(input.language)) {
      throw appError(ErrorCode.BadUserInput, 'Not a language of the portal.', {
        field: 'language',
        reason: 'INVALID_LANGUAGE',
      });
    }
    const unknown = input.notices.filter((n) => !isEmailNoticeChoice(n));
    if (unknown.length > 0) {
      throw appError(ErrorCode.BadUserInput, 'Not a kind of notice.', { field: 'notices', reason: 'INVALID_NOTICE' });
    }
    const user = await scope.em.findOneOrFail(User, { id: scope.viewer.user.id, ...ownedBy(scope) });
    const notices = EMAIL_NOTICE_CHOICES.filter((c) => input.notices.includes(c));
    audit(scope, {
      action: 'user.emailPreferences',
      objectType: 'User',
      objectId: user.id,
      changes: {
        language: { before: user.language, after: input.language },
        notices: { before: user.emailNotices, after: notices },
      },
    });
    user.language = input.language;
    user.emailNotices = [...notices];
    await scope.em.flush();
    return preferences(user);
  }
}
