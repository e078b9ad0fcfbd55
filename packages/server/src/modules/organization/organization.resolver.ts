import type { OrganizationKind } from '@jamsos/schema';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs, type ConnectionShape, pageOf } from '../common/connection';
import { appError, ErrorCode } from '../common/errors';
import { scopeOf } from '../common/scope';
import { email } from '../mail/mail.jobs';
import { INVITATION_TTL_DAYS } from '../user/user.service';
import { listOrganizations, provisionTenant } from './organization.service';
import {
  OrganizationConnection,
  OrganizationKindEnum,
  OrganizationType,
  ProvisionTenantInput,
  ProvisionTenantPayload,
} from './organization.type';

@Resolver()
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'The partner organisations (tenants) of the portal.' })
  async organizations(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('kind', () => OrganizationKindEnum, { nullable: true }) kind: OrganizationKind | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<OrganizationType>> {
    return pageOf(page, async (window) => {
      const [rows, total] = await listOrganizations(scopeOf(ctx), kind, window);
      return [rows.map(OrganizationType.from), total];
    });
  }

  @Mutation(() => ProvisionTenantPayload, { description: 'Creates a tenant and invites its first admin (operator).' })
  async provisionTenant(
    @Arg('input', () => ProvisionTenantInput) input: ProvisionTenantInput,
    @Ctx() ctx: Context,
  ): Promise<ProvisionTenantPayload> {
    const scope = scopeOf(ctx);
    if (input.kind === 'PLATFORM') {
      throw appError(ErrorCode.BadUserInput, 'Not a kind of tenant.', { field: 'kind', reason: 'INVALID_KIND' });
    }
    const { organization, token } = await provisionTenant(scope, { ...input, kind: input.kind });
    const origin = `${ctx.req.protocol}://${ctx.req.get('host') ?? 'localhost'}`;
    const invitationUrl = `${origin}/undangan/${token}`;
    await ctx.jobs.send(
      'send-email',
      email(input.adminEmail.trim().toLowerCase(), 'id', 'invitation', {
        organization: organization.name,
        url: invitationUrl,
        days: INVITATION_TTL_DAYS,
      }),
    );
    return Object.assign(new ProvisionTenantPayload(), {
      organization: OrganizationType.from(organization),
      invitationUrl,
    });
  }
}
