import { Arg, Args, Ctx, FieldResolver, Float, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { type ConnectionShape, pageOf } from '../common/connection';
import { appError, ErrorCode } from '../common/errors';
import { uuidFromGlobalId } from '../common/node';
import { tenantScope } from '../common/tenancy';
import { viewerOf } from '../common/viewer';
import {
  type BusinessListRow,
  createBusiness,
  listBusinesses,
  setBusinessArchived,
  updateBusiness,
} from './business.service';
import {
  BusinessConnection,
  BusinessesArgs,
  BusinessFieldsInput,
  BusinessType,
  UpdateBusinessInput,
  VersionedIdInput,
} from './business.type';

export function businessIdFrom(globalId: string): string {
  const id = uuidFromGlobalId(globalId, BusinessType.typename);
  if (!id) throw appError(ErrorCode.NotFound, 'No such business.');
  return id;
}

/** A list page's businesses; the counts read with them answer the count fields (no second query). */
export function businessPage(ctx: Context, rows: BusinessListRow[]): BusinessType[] {
  for (const row of rows) {
    ctx.loaders.businessCounts.prime(row.id, { workers: row.workerCount, enrolled: row.enrolledCount });
  }
  return rows.map(BusinessType.from);
}

@Resolver(() => BusinessType)
export class BusinessResolver {
  // Counts come with a list page's own statement (primed into Loaders.businessCounts by
  // businessPage) or, for a single record, from one batched query: never one query per row.
  @FieldResolver(() => Int, { description: 'Live workers of the business.' })
  async workerCount(@Root() business: BusinessType, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.businessCounts.load(business.uuid)).workers;
  }

  @FieldResolver(() => Int, { description: 'Of those, enrolled in BPJS Ketenagakerjaan.' })
  async enrolledCount(@Root() business: BusinessType, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.businessCounts.load(business.uuid)).enrolled;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'enrolledCount / workerCount; null without workers.' })
  async coverageRate(@Root() business: BusinessType, @Ctx() ctx: Context): Promise<number | null> {
    const counts = await ctx.loaders.businessCounts.load(business.uuid);
    return counts.workers > 0 ? counts.enrolled / counts.workers : null;
  }

  @Query(() => BusinessConnection, { description: "The caller's organisation's cooperatives and UMKM." })
  async businesses(
    @Args(() => BusinessesArgs) args: BusinessesArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<BusinessType>> {
    return pageOf(args, async (window) => {
      const [rows, total] = await listBusinesses(
        ctx.em,
        tenantScope(ctx.em),
        args.filter ?? {},
        { sort: args.sort, descending: args.descending },
        window,
      );
      return [businessPage(ctx, rows), total];
    });
  }

  @Mutation(() => BusinessType)
  async createBusiness(
    @Arg('input', () => BusinessFieldsInput) input: BusinessFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<BusinessType> {
    return BusinessType.from(await createBusiness(ctx.em, viewerOf(ctx), input));
  }

  @Mutation(() => BusinessType, { description: 'Saves an edited business; refused when made on a stale version.' })
  async updateBusiness(
    @Arg('input', () => UpdateBusinessInput) input: UpdateBusinessInput,
    @Ctx() ctx: Context,
  ): Promise<BusinessType> {
    const id = businessIdFrom(input.id);
    return BusinessType.from(await updateBusiness(ctx.em, viewerOf(ctx), id, input.expectedVersion, input.fields));
  }

  @Mutation(() => BusinessType, { description: 'Hides a business from lists; it can be restored.' })
  async archiveBusiness(@Arg('input', () => VersionedIdInput) input: VersionedIdInput, @Ctx() ctx: Context) {
    const id = businessIdFrom(input.id);
    return BusinessType.from(await setBusinessArchived(ctx.em, viewerOf(ctx), id, input.expectedVersion, true));
  }

  @Mutation(() => BusinessType)
  async restoreBusiness(@Arg('input', () => VersionedIdInput) input: VersionedIdInput, @Ctx() ctx: Context) {
    const id = businessIdFrom(input.id);
    return BusinessType.from(await setBusinessArchived(ctx.em, viewerOf(ctx), id, input.expectedVersion, false));
  }
}
