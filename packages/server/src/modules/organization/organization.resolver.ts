import type { OrganizationKind } from '@jamsos/schema';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  ConnectionArgs,
  type ConnectionShape,
  checkPageSize,
  offsetFromCursor,
  toConnection,
} from '../common/connection';
import { Organization } from './organization.entity';
import { OrganizationConnection, OrganizationKindEnum, OrganizationType } from './organization.type';

@Resolver()
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'The partner organisations (tenants) of the portal.' })
  async organizations(
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
    @Arg('kind', () => OrganizationKindEnum, { nullable: true }) kind: OrganizationKind | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<OrganizationType>> {
    const limit = checkPageSize(first);
    const offset = offsetFromCursor(after);
    const [rows, total] = await ctx.em.findAndCount(Organization, kind ? { kind } : {}, {
      orderBy: { name: 'asc', id: 'asc' },
      limit,
      offset,
    });
    return toConnection(rows.map(OrganizationType.from), offset, total);
  }
}
