import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { BusinessLoaders } from '../business/business.loaders';
import { businessIdFrom } from '../business/business.resolver';
import { BusinessType, VersionedIdInput } from '../business/business.type';
import { clientIdFrom } from '../common/client-id';
import { type ConnectionShape, pageOf } from '../common/connection';
import { appError, ErrorCode } from '../common/errors';
import { uuidFromGlobalId } from '../common/node';
import { invalidInput } from '../common/problems';
import { denied } from '../common/rules';
import { scopeOf } from '../common/scope';
import { guardNikLookup, isWholeNikLookup, nikLookupLimits } from '../privacy/nik-lookup.service';
import { markEnrolmentInterest } from './enrolment-interest.service';
import { mayViewPersonalData } from './worker.rules';
import {
  auditPersonalDataView,
  createWorker,
  listWorkers,
  setWorkerArchived,
  updateWorker,
  updateWorkerDetails,
  type WorkerFilter,
} from './worker.service';
import {
  MarkEnrolmentInterestInput,
  UpdateWorkerDetailsInput,
  UpdateWorkerInput,
  WorkerConnection,
  WorkerFieldsInput,
  WorkerFilterInput,
  WorkerPersonalDataType,
  WorkersArgs,
  WorkerType,
} from './worker.type';

export function workerIdFrom(globalId: string): string {
  const id = uuidFromGlobalId(globalId, WorkerType.typename);
  if (!id) throw appError(ErrorCode.NotFound, 'No such worker.');
  return id;
}

function filterFrom(input: WorkerFilterInput | null | undefined): WorkerFilter {
  if (!input) return {};
  // An id that is not a business of ours filters to nothing, like a business without workers.
  const businessId = input.businessId
    ? (uuidFromGlobalId(input.businessId, BusinessType.typename) ?? '00000000-0000-0000-0000-000000000000')
    : null;
  return { ...input, businessId, enrolmentInterest: input.enrolmentInterest || null };
}

@Resolver(() => WorkerType)
export class WorkerResolver {
  @Query(() => WorkerConnection, { description: "The caller's organisation's workers." })
  async workers(@Args(() => WorkersArgs) args: WorkersArgs, @Ctx() ctx: Context): Promise<ConnectionShape<WorkerType>> {
    // A search by a whole NIK answers yes or no about a person: limited and audited.
    const search = args.filter?.search;
    if (isWholeNikLookup(search)) await guardNikLookup(scopeOf(ctx), search, nikLookupLimits(ctx.config));
    return pageOf(args, async (window) => {
      const [rows, total] = await listWorkers(
        scopeOf(ctx),
        filterFrom(args.filter),
        { sort: args.sort, descending: args.descending },
        window,
      );
      return [rows.map(WorkerType.from), total];
    });
  }

  @FieldResolver(() => [BusinessType], { description: 'The businesses the worker works for.' })
  async businesses(@Root() worker: WorkerType, @Ctx() ctx: Context): Promise<BusinessType[]> {
    return (await ctx.loaders.get(BusinessLoaders).workerBusinesses.load(worker.uuid)).map(BusinessType.from);
  }

  /**
   * The one way to personal data in full: an explicit request, allowed to the tenant's admins and
   * staff, and audited every time. Object fields carry no shield rule (see permissions.ts), so the
   * check is here; a viewer asking is refused like any rule refusal (and that is audited too).
   */
  @FieldResolver(() => WorkerPersonalDataType, { description: 'NIK, birth date, income and phone in full (audited).' })
  personalData(@Root() worker: WorkerType, @Ctx() ctx: Context): WorkerPersonalDataType {
    const scope = scopeOf(ctx);
    if (!mayViewPersonalData(scope.viewer)) throw denied(ctx, 'canViewPersonalData', 'Worker.personalData');
    auditPersonalDataView(scope, worker.uuid);
    return worker.full;
  }

  @Mutation(() => WorkerType)
  async createWorker(
    @Arg('input', () => WorkerFieldsInput) input: WorkerFieldsInput,
    @Ctx() ctx: Context,
    @Arg('clientId', () => ID, {
      nullable: true,
      description: 'A UUID the client made for this worker: sent again, the worker already made is answered.',
    })
    clientId?: string | null,
  ) {
    const businessIds = input.businessIds.map(businessIdFromInput);
    return WorkerType.from(await createWorker(scopeOf(ctx), businessIds, input, clientIdFrom(clientId)));
  }

  @Mutation(() => WorkerType, { description: 'Saves an edited worker; refused when made on a stale version.' })
  async updateWorker(@Arg('input', () => UpdateWorkerInput) input: UpdateWorkerInput, @Ctx() ctx: Context) {
    const businessIds = input.fields.businessIds.map(businessIdFromInput);
    const worker = await updateWorker(
      scopeOf(ctx),
      workerIdFrom(input.id),
      input.expectedVersion,
      businessIds,
      input.fields,
      { dataSubjectRequest: input.dataSubjectRequest ?? null },
    );
    return WorkerType.from(worker);
  }

  @Mutation(() => WorkerType, {
    description: 'Saves a worker’s fields that are not personal data, without the NIK, income or phone.',
  })
  async updateWorkerDetails(
    @Arg('input', () => UpdateWorkerDetailsInput) input: UpdateWorkerDetailsInput,
    @Ctx() ctx: Context,
  ) {
    const { businessIds, ...details } = input.fields;
    const worker = await updateWorkerDetails(
      scopeOf(ctx),
      workerIdFrom(input.id),
      input.expectedVersion,
      businessIds.map(businessIdFromInput),
      details,
    );
    return WorkerType.from(worker);
  }

  @Mutation(() => WorkerType, {
    description: 'Marks that a worker wants to join BPJS (idempotent by `clientId`; a marked worker stays as marked).',
  })
  async markEnrolmentInterest(
    @Arg('input', () => MarkEnrolmentInterestInput) input: MarkEnrolmentInterestInput,
    @Ctx() ctx: Context,
  ) {
    const clientId = clientIdFrom(input.clientId);
    if (!clientId) throw invalidInput([{ field: 'clientId', problem: 'REQUIRED' }]);
    const workerClientId = clientIdFrom(input.workerClientId);
    const target = input.workerId
      ? { workerId: workerIdFrom(input.workerId) }
      : workerClientId
        ? { workerClientId }
        : null;
    if (!target) throw invalidInput([{ field: 'workerId', problem: 'REQUIRED' }]);
    return WorkerType.from(await markEnrolmentInterest(scopeOf(ctx), target, clientId));
  }

  @Mutation(() => WorkerType)
  async archiveWorker(@Arg('input', () => VersionedIdInput) input: VersionedIdInput, @Ctx() ctx: Context) {
    return WorkerType.from(await setWorkerArchived(scopeOf(ctx), workerIdFrom(input.id), input.expectedVersion, true));
  }

  @Mutation(() => WorkerType)
  async restoreWorker(@Arg('input', () => VersionedIdInput) input: VersionedIdInput, @Ctx() ctx: Context) {
    return WorkerType.from(await setWorkerArchived(scopeOf(ctx), workerIdFrom(input.id), input.expectedVersion, false));
  }
}

/** A malformed business id is reported as an unknown business, with the field named. */
function businessIdFromInput(globalId: string): string {
  try {
    return businessIdFrom(globalId);
  } catch {
    return '00000000-0000-0000-0000-000000000000';
  }
}
