import { protectCount, protectedRate } from '@jamsos/schema';
import { Arg, Args, Ctx, FieldResolver, Float, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { type ConnectionShape, pageOf } from '../common/connection';
import { appError, ErrorCode } from '../common/errors';
import { uuidFromGlobalId } from '../common/node';
import { scopeOf } from '../common/scope';
import { BusinessLoaders, type WorkerCounts } from './business.loaders';
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

/**
 * A list page's businesses. The counts read with them answer the count fields (no second query),
 * and are primed into the loader for any other field of the request that asks for them.
 */
export function businessPage(ctx: Context, rows: BusinessListRow[], options = { shared: false }): BusinessType[] {
  return rows.map((row) => {
    const counts = { workers: row.workerCount, enrolled: row.enrolledCount };
    // A partner's business: its counts are another tenant's people, answered protected only.
    if (options.shared) return Object.assign(BusinessType.from(row), { counts, shared: true });
    ctx.loaders.get(BusinessLoaders).businessCounts.prime(row.id, counts);
    return Object.assign(BusinessType.from(row), { counts });
  });
}

/** A count as the caller may see it: exact for the tenant's own, small groups suppressed for a partner's. */
const seen = (business: BusinessType, count: number): number | null => (business.shared ? protectCount(count) : count);

/**
 * `pick` of a business's counts: at once from those read with it, else from one batched query for
 * all the businesses asked together.
 */
function fromCounts<T>(business: BusinessType, ctx: Context, pick: (counts: WorkerCounts) => T): T | Promise<T> {
  const counts = business.counts ?? ctx.loaders.get(BusinessLoaders).businessCounts.load(business.uuid);
  return counts instanceof Promise ? counts.then(pick) : pick(counts);
}

@Resolver(() => BusinessType)
export class BusinessResolver {
  // Counts come with a list page's own statement or, for a single record, from one batched
  // query: never one query per row. A list page's are answered synchronously: an asynchronous
  // field makes graphql-js complete every item of the list through promises.
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Live workers of the business. In a partner’s directory: rounded to a multiple of 5, null for 1–4 (docs/privacy.md).',
  })
  workerCount(@Root() business: BusinessType, @Ctx() ctx: Context): number | null | Promise<number | null> {
    return fromCounts(business, ctx, (c) => seen(business, c.workers));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Of those, enrolled in BPJS Ketenagakerjaan (protected like workerCount).',
  })
  enrolledCount(@Root() business: BusinessType, @Ctx() ctx: Context): number | null | Promise<number | null> {
    return fromCounts(business, ctx, (c) => seen(business, c.enrolled));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'enrolledCount / workerCount; null without workers, or when either is suppressed.',
  })
  coverageRate(@Root() business: BusinessType, @Ctx() ctx: Context): number | null | Promise<number | null> {
    return fromCounts(business, ctx, (c) => {
      if (!business.shared) return c.workers > 0 ? c.enrolled / c.workers : null;
      return protectedRate(seen(business, c.enrolled), seen(business, c.workers));
    });
  }

  @FieldResolver(() => Boolean, {
    description: 'A count of this partner’s business was suppressed: it has 1–4 (enrolled) workers.',
  })
  countsSuppressed(@Root() business: BusinessType, @Ctx() ctx: Context): boolean | Promise<boolean> {
    return fromCounts(
      business,
      ctx,
      (c) => business.shared === true && (protectCount(c.workers) === null || protectCount(c.enrolled) === null),
    );
  }

  @Query(() => BusinessConnection, { description: "The caller's organisation's cooperatives and UMKM." })
  async businesses(
    @Args(() => BusinessesArgs) args: BusinessesArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<BusinessType>> {
    return pageOf(args, async (window) => {
      const [rows, total] = await listBusinesses(
        scopeOf(ctx),
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
    return BusinessType.from(await createBusiness(scopeOf(ctx), input));
  }

  @Mutation(() => BusinessType, { description: 'Saves an edited business; refused when made on a stale version.' })
  async updateBusiness(
    @Arg('input', () => UpdateBusinessInput) input: UpdateBusinessInput,
    @Ctx() ctx: Context,
  ): Promise<BusinessType> {
    const id = businessIdFrom(input.id);
    return BusinessType.from(await updateBusiness(scopeOf(ctx), id, input.expectedVersion, input.fields));
  }

  @Mutation(() => BusinessType, { description: 'Hides a business from lists; it can be restored.' })
  async archiveBusiness(@Arg('input', () => VersionedIdInput) input: VersionedIdInput, @Ctx() ctx: Context) {
    const id = businessIdFrom(input.id);
    return BusinessType.from(await setBusinessArchived(scopeOf(ctx), id, input.expectedVersion, true));
  }

  @Mutation(() => BusinessType)
  async restoreBusiness(@Arg('input', () => VersionedIdInput) input: VersionedIdInput, @Ctx() ctx: Context) {
    const id = businessIdFrom(input.id);
    return BusinessType.from(await setBusinessArchived(scopeOf(ctx), id, input.expectedVersion, false));
  }
}
