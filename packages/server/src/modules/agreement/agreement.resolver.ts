import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { businessPage } from '../business/business.resolver';
import { BusinessConnection, type BusinessType, VersionedIdInput } from '../business/business.type';
import { type ConnectionShape, pageOf } from '../common/connection';
import { appError, ErrorCode } from '../common/errors';
import { uuidFromGlobalId } from '../common/node';
import { scopeOf } from '../common/scope';
import { organizationUuidFrom } from '../organization/organization.type';
import {
  grantAgreement,
  listAgreements,
  listPartnerBusinesses,
  partnerCoverage,
  revokeAgreement,
} from './agreement.service';
import {
  AgreementConnection,
  AgreementsArgs,
  AgreementType,
  CoverageGroupType,
  GrantAgreementInput,
  PartnerBusinessesArgs,
} from './agreement.type';

@Resolver()
export class AgreementResolver {
  @Query(() => AgreementConnection, { description: 'Agreements the caller’s organisation granted or received.' })
  async agreements(
    @Args(() => AgreementsArgs) args: AgreementsArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<AgreementType>> {
    return pageOf(args, async (window) => {
      const [rows, total] = await listAgreements(scopeOf(ctx), args.direction ?? null, window);
      return [rows.map((row) => AgreementType.from(row)), total];
    });
  }

  @Query(() => BusinessConnection, {
    description: 'A partner’s business directory, under a live BUSINESS_DIRECTORY agreement it granted the caller.',
  })
  async partnerBusinesses(
    @Args(() => PartnerBusinessesArgs) args: PartnerBusinessesArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<BusinessType>> {
    return pageOf(args, async (window) => {
      const [rows, total] = await listPartnerBusinesses(
        scopeOf(ctx),
        organizationUuidFrom(args.grantorId),
        args.filter ?? {},
        { sort: args.sort, descending: args.descending },
        window,
      );
      return [businessPage(ctx, rows, { shared: true }), total];
    });
  }

  @Query(() => [CoverageGroupType], { description: 'A partner’s coverage statistics, under a live agreement.' })
  async partnerCoverage(
    @Arg('grantorId', () => ID) grantorId: string,
    @Ctx() ctx: Context,
  ): Promise<CoverageGroupType[]> {
    const groups = await partnerCoverage(scopeOf(ctx), organizationUuidFrom(grantorId));
    return groups.map((group) => Object.assign(new CoverageGroupType(), group));
  }

  @Mutation(() => AgreementType, { description: 'Shares a scope of the caller’s data with a partner for a period.' })
  async grantAgreement(@Arg('input', () => GrantAgreementInput) input: GrantAgreementInput, @Ctx() ctx: Context) {
    const agreement = await grantAgreement(scopeOf(ctx), {
      ...input,
      granteeId: input.granteeId.trim() ? organizationUuidFrom(input.granteeId) : '',
    });
    return AgreementType.from(agreement);
  }

  @Mutation(() => AgreementType, { description: 'Ends an agreement at once.' })
  async revokeAgreement(@Arg('input', () => VersionedIdInput) input: VersionedIdInput, @Ctx() ctx: Context) {
    const id = uuidFromGlobalId(input.id, AgreementType.typename);
    if (!id) throw appError(ErrorCode.NotFound, 'No such agreement.');
    return AgreementType.from(await revokeAgreement(scopeOf(ctx), id, input.expectedVersion));
  }
}
