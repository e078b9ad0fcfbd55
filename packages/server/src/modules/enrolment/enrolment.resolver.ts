import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { VersionedIdInput } from '../business/business.type';
import { ConnectionArgs, type ConnectionShape, pageOf } from '../common/connection';
import { appError, ErrorCode } from '../common/errors';
import { toGlobalId, uuidFromGlobalId } from '../common/node';
import { denied } from '../common/rules';
import { scopeOf } from '../common/scope';
import { organizationUuidFrom } from '../organization/organization.type';
import { OutreachTaskType } from '../outreach/outreach.type';
import { mayViewPersonalData } from '../worker/worker.rules';
import { WorkerFilterInput, WorkerType } from '../worker/worker.type';
import {
  assistedWorkers,
  createAssistanceProgramme,
  findProgramme,
  listProgrammes,
  listRenewals,
  type RenewalRow,
  updateAssistanceProgramme,
} from './assistance.service';
import { EnrolmentLoaders } from './enrolment.loaders';
import {
  addEnrolmentLines,
  auditLineRead,
  createEnrolmentRequest,
  deleteEnrolmentRequest,
  findRequest,
  listEnrolmentRequests,
  listLines,
  programmeBudget,
  recordResults,
  removeEnrolmentLines,
  requestProblems,
  sendEnrolmentRequest,
  updateEnrolmentLines,
  updateEnrolmentRequest,
} from './enrolment.service';
import {
  AddEnrolmentLinesInput,
  AddEnrolmentLinesPayload,
  AssistanceBudgetType,
  AssistanceCoverageType,
  AssistanceProgrammeConnection,
  AssistanceProgrammeFieldsInput,
  AssistanceProgrammeType,
  AssistanceRenewalType,
  CreateEnrolmentRequestInput,
  EnrolmentLineConnection,
  EnrolmentLinesArgs,
  EnrolmentLineType,
  EnrolmentPersonalDataType,
  EnrolmentProblemType,
  EnrolmentRequestConnection,
  EnrolmentRequestsArgs,
  EnrolmentRequestType,
  RegisterEnrolmentLinesInput,
  RejectEnrolmentLinesInput,
  RemoveEnrolmentLinesInput,
  SkippedWorkerType,
  UpdateAssistanceProgrammeInput,
  UpdateEnrolmentLinesInput,
  UpdateEnrolmentRequestInput,
} from './enrolment.type';

const NONE = '00000000-0000-0000-0000-000000000000';

function idOf(globalId: string, typename: string, what: string): string {
  const id = uuidFromGlobalId(globalId, typename);
  if (!id) throw appError(ErrorCode.NotFound, `No such ${what}.`);
  return id;
}
/** An optional reference in an input: a malformed one is "unknown" (checked by the service). */
const refOf = (globalId: string | null | undefined, typename: string): string | null =>
  globalId ? (uuidFromGlobalId(globalId, typename) ?? NONE) : null;
const requestIdOf = (globalId: string) => idOf(globalId, EnrolmentRequestType.typename, 'enrolment request');
const lineIdOf = (globalId: string) => uuidFromGlobalId(globalId, EnrolmentLineType.typename) ?? NONE;
const viewerTenant = (ctx: Context) => scopeOf(ctx).tenantId;

function renewalOf(row: RenewalRow): AssistanceRenewalType {
  return Object.assign(new AssistanceRenewalType(), {
    lineId: toGlobalId(EnrolmentLineType.typename, row.line_id),
    workerId: toGlobalId(WorkerType.typename, row.worker_id),
    requestId: toGlobalId(EnrolmentRequestType.typename, row.request_id),
    programmeId: toGlobalId(AssistanceProgrammeType.typename, row.programme_id),
    fullName: row.full_name,
    kpj: row.kpj,
    coverUntil: row.cover_until,
  });
}

@Resolver(() => EnrolmentRequestType)
export class EnrolmentRequestResolver {
  @Query(() => EnrolmentRequestConnection, {
    description: 'Enrolment requests the caller’s organisation made, or (a BPJS office) received.',
  })
  async enrolmentRequests(
    @Args(() => EnrolmentRequestsArgs) args: EnrolmentRequestsArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<EnrolmentRequestType>> {
    const scope = scopeOf(ctx);
    return pageOf(args, async (window) => {
      const [rows, total] = await listEnrolmentRequests(scope, args.direction ?? null, args.status ?? null, window);
      return [rows.map((r) => EnrolmentRequestType.from(r, scope.tenantId)), total];
    });
  }

  @FieldResolver(() => EnrolmentLineConnection, {
    description:
      'The lines. The BPJS office sees them only while the partner’s ENROLMENT agreement is live and until `shareUntil`; each of its reads is audited on both sides.',
  })
  async lines(
    @Root() request: EnrolmentRequestType,
    @Args(() => EnrolmentLinesArgs) args: EnrolmentLinesArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<EnrolmentLineType>> {
    const scope = scopeOf(ctx);
    return pageOf(args, async (window) => {
      const [rows, total] = await listLines(scope, request.uuid, args.status ?? null, window);
      if (rows.length > 0 && request.ownerUuid !== scope.tenantId) {
        await auditLineRead(scope, { id: request.uuid, ownerId: request.ownerUuid }, 'enrolment.viewLines', {
          lines: rows.length,
          offset: window.offset,
        });
      }
      return [rows.map((l) => EnrolmentLineType.from(l, scope.tenantId)), total];
    });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the BPJS office sees the lines’ personal data now.' })
  async linesShared(@Root() request: EnrolmentRequestType, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.get(EnrolmentLoaders).linesShared.load(request.uuid);
  }

  @FieldResolver(() => [EnrolmentProblemType], {
    description:
      'What would stop the draft being sent (partner only; empty once sent). Ask it of one request, not across a list.',
  })
  async problems(@Root() request: EnrolmentRequestType, @Ctx() ctx: Context): Promise<EnrolmentProblemType[]> {
    const scope = scopeOf(ctx);
    if (request.ownerUuid !== scope.tenantId || request.status !== 'DRAFT') return [];
    const entity = await findRequest(scope, request.uuid);
    return (await requestProblems(scope, entity)).map((p) =>
      Object.assign(new EnrolmentProblemType(), {
        lineId: p.lineId ? toGlobalId(EnrolmentLineType.typename, p.lineId) : null,
        fullName: p.fullName,
        field: p.field,
        problem: p.problem,
      }),
    );
  }

  @FieldResolver(() => AssistanceProgrammeType, { nullable: true, description: 'Partner only.' })
  async assistanceProgramme(
    @Root() request: EnrolmentRequestType,
    @Ctx() ctx: Context,
  ): Promise<AssistanceProgrammeType | null> {
    if (!request.programmeUuid) return null;
    return AssistanceProgrammeType.from(await findProgramme(scopeOf(ctx), request.programmeUuid));
  }

  @Mutation(() => EnrolmentRequestType, { description: 'Starts a draft request to a BPJS office.' })
  async createEnrolmentRequest(
    @Arg('input', () => CreateEnrolmentRequestInput) input: CreateEnrolmentRequestInput,
    @Ctx() ctx: Context,
  ) {
    const request = await createEnrolmentRequest(scopeOf(ctx), {
      ...input,
      recipientId: input.recipientId.trim() ? safeOrg(input.recipientId) : '',
      taskId: refOf(input.taskId, OutreachTaskType.typename),
      assistanceProgrammeId: refOf(input.assistanceProgrammeId, AssistanceProgrammeType.typename),
    });
    return EnrolmentRequestType.from(request, viewerTenant(ctx));
  }

  @Mutation(() => EnrolmentRequestType, { description: 'Edits a draft; refused on a stale version.' })
  async updateEnrolmentRequest(
    @Arg('input', () => UpdateEnrolmentRequestInput) input: UpdateEnrolmentRequestInput,
    @Ctx() ctx: Context,
  ) {
    const request = await updateEnrolmentRequest(scopeOf(ctx), requestIdOf(input.id), input.expectedVersion, {
      ...input,
      taskId: refOf(input.taskId, OutreachTaskType.typename),
      assistanceProgrammeId: refOf(input.assistanceProgrammeId, AssistanceProgrammeType.typename),
    });
    return EnrolmentRequestType.from(request, viewerTenant(ctx));
  }

  @Mutation(() => ID, { description: 'Discards a draft; answers its id.' })
  async deleteEnrolmentRequest(@Arg('input', () => VersionedIdInput) input: VersionedIdInput, @Ctx() ctx: Context) {
    await deleteEnrolmentRequest(scopeOf(ctx), requestIdOf(input.id), input.expectedVersion);
    return input.id;
  }

  @Mutation(() => AddEnrolmentLinesPayload)
  async addEnrolmentLines(
    @Arg('input', () => AddEnrolmentLinesInput) input: AddEnrolmentLinesInput,
    @Ctx() ctx: Context,
  ): Promise<AddEnrolmentLinesPayload> {
    const scope = scopeOf(ctx);
    const result = await addEnrolmentLines(scope, requestIdOf(input.requestId), {
      workerIds: (input.workerIds ?? []).map((id) => uuidFromGlobalId(id, WorkerType.typename) ?? NONE),
      filter: input.filter ? workerFilterOf(input.filter) : null,
      fromTask: input.fromTask ?? false,
      terms: input.terms,
    });
    return Object.assign(new AddEnrolmentLinesPayload(), {
      request: EnrolmentRequestType.from(result.request, scope.tenantId),
      added: result.added,
      skipped: result.skipped.map((s) =>
        Object.assign(new SkippedWorkerType(), {
          workerId: toGlobalId(WorkerType.typename, s.workerId),
          fullName: s.fullName,
          problem: s.problem,
        }),
      ),
    });
  }

  @Mutation(() => EnrolmentRequestType, {
    description: 'Sets the programmes, payer, risk class or wage of draft lines.',
  })
  async updateEnrolmentLines(
    @Arg('input', () => UpdateEnrolmentLinesInput) input: UpdateEnrolmentLinesInput,
    @Ctx() ctx: Context,
  ) {
    const request = await updateEnrolmentLines(
      scopeOf(ctx),
      requestIdOf(input.requestId),
      input.lineIds.map(lineIdOf),
      input.terms,
    );
    return EnrolmentRequestType.from(request, viewerTenant(ctx));
  }

  @Mutation(() => EnrolmentRequestType)
  async removeEnrolmentLines(
    @Arg('input', () => RemoveEnrolmentLinesInput) input: RemoveEnrolmentLinesInput,
    @Ctx() ctx: Context,
  ) {
    const request = await removeEnrolmentLines(scopeOf(ctx), requestIdOf(input.requestId), input.lineIds.map(lineIdOf));
    return EnrolmentRequestType.from(request, viewerTenant(ctx));
  }

  @Mutation(() => EnrolmentRequestType, {
    description:
      'Sends a draft to its BPJS office, sharing its workers’ personal data under the ENROLMENT agreement. Refused whole (BAD_USER_INPUT, every problem in extensions.requestProblems) when any line is invalid.',
  })
  async sendEnrolmentRequest(@Arg('input', () => VersionedIdInput) input: VersionedIdInput, @Ctx() ctx: Context) {
    const request = await sendEnrolmentRequest(scopeOf(ctx), requestIdOf(input.id), input.expectedVersion);
    return EnrolmentRequestType.from(request, viewerTenant(ctx));
  }

  @Mutation(() => [EnrolmentLineType], {
    description: 'BPJS: registers lines (KPJ, effective date, programmes). All or nothing.',
  })
  async registerEnrolmentLines(
    @Arg('input', () => RegisterEnrolmentLinesInput) input: RegisterEnrolmentLinesInput,
    @Ctx() ctx: Context,
  ) {
    const scope = scopeOf(ctx);
    const lines = await recordResults(
      scope,
      input.lines.map((l) => ({ kind: 'REGISTERED' as const, ...l, id: lineIdOf(l.id) })),
    );
    return lines.map((l) => EnrolmentLineType.from(l, scope.tenantId));
  }

  @Mutation(() => [EnrolmentLineType], { description: 'BPJS: rejects lines with a reason. All or nothing.' })
  async rejectEnrolmentLines(
    @Arg('input', () => RejectEnrolmentLinesInput) input: RejectEnrolmentLinesInput,
    @Ctx() ctx: Context,
  ) {
    const scope = scopeOf(ctx);
    const lines = await recordResults(
      scope,
      input.lines.map((l) => ({ kind: 'REJECTED' as const, ...l, id: lineIdOf(l.id) })),
    );
    return lines.map((l) => EnrolmentLineType.from(l, scope.tenantId));
  }
}

function safeOrg(globalId: string): string {
  try {
    return organizationUuidFrom(globalId);
  } catch {
    return NONE;
  }
}

function workerFilterOf(input: WorkerFilterInput) {
  const businessId = input.businessId ? (uuidFromGlobalId(input.businessId, 'Business') ?? NONE) : null;
  return { ...input, businessId };
}

@Resolver(() => EnrolmentLineType)
export class EnrolmentLineResolver {
  /**
   * The shared personal data in full: for the partner's admins and staff, and the office's while
   * the request is shared (row-level security has shown it the line at all). Audited on both sides.
   */
  @FieldResolver(() => EnrolmentPersonalDataType, { description: 'NIK, birth date and income in full (audited).' })
  async personalData(@Root() line: EnrolmentLineType, @Ctx() ctx: Context): Promise<EnrolmentPersonalDataType> {
    const scope = scopeOf(ctx);
    if (!mayViewPersonalData(scope.viewer)) throw denied(ctx, 'canViewPersonalData', 'EnrolmentLine.personalData');
    await auditLineRead(scope, { id: line.requestUuid, ownerId: line.ownerUuid }, 'enrolment.viewPersonalData', {
      line: line.uuid,
    });
    return line.full;
  }
}

@Resolver(() => WorkerType)
export class WorkerEnrolmentResolver {
  @FieldResolver(() => [EnrolmentLineType], {
    description: 'The worker’s enrolment lines, newest first: a rejected one says why.',
  })
  async enrolmentLines(@Root() worker: WorkerType, @Ctx() ctx: Context): Promise<EnrolmentLineType[]> {
    const scope = scopeOf(ctx);
    const lines = await ctx.loaders.get(EnrolmentLoaders).workerLines.load(worker.uuid);
    return lines.map((l) => EnrolmentLineType.from(l, scope.tenantId));
  }
}

@Resolver(() => AssistanceProgrammeType)
export class AssistanceProgrammeResolver {
  @Query(() => AssistanceProgrammeConnection, { description: 'The caller’s organisation’s assistance programmes.' })
  async assistanceProgrammes(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<AssistanceProgrammeType>> {
    return pageOf(args, async (window) => {
      const [rows, total] = await listProgrammes(scopeOf(ctx), window);
      return [rows.map(AssistanceProgrammeType.from), total];
    });
  }

  @Query(() => [AssistanceRenewalType], {
    description:
      'Workers whose assistance-paid cover ends within 30 days (the daily assistance-renewals job notifies the admins).',
  })
  async assistanceRenewals(
    @Arg('programmeId', () => ID, { nullable: true }) programmeId: string | null,
    @Ctx() ctx: Context,
  ): Promise<AssistanceRenewalType[]> {
    const scope = scopeOf(ctx);
    return (await listRenewals(scope, refOf(programmeId, AssistanceProgrammeType.typename))).map(renewalOf);
  }

  @Query(() => AssistanceCoverageType, { description: 'Workers covered by assistance, for the dashboard.' })
  async assistanceCoverage(@Ctx() ctx: Context): Promise<AssistanceCoverageType> {
    const scope = scopeOf(ctx);
    return Object.assign(new AssistanceCoverageType(), {
      workersCovered: await assistedWorkers(scope),
      renewalsDue: (await listRenewals(scope, null)).length,
    });
  }

  @FieldResolver(() => AssistanceBudgetType)
  async budgetUse(@Root() programme: AssistanceProgrammeType, @Ctx() ctx: Context): Promise<AssistanceBudgetType> {
    const { committed, spent, covered } = await programmeBudget(scopeOf(ctx), programme.uuid);
    return Object.assign(new AssistanceBudgetType(), {
      committed,
      spent,
      remaining: programme.budget - committed - spent,
      peopleCovered: covered,
    });
  }

  @FieldResolver(() => [AssistanceRenewalType], { description: 'Its workers whose cover ends within 30 days.' })
  async renewals(@Root() programme: AssistanceProgrammeType, @Ctx() ctx: Context): Promise<AssistanceRenewalType[]> {
    return (await listRenewals(scopeOf(ctx), programme.uuid)).map(renewalOf);
  }

  @Mutation(() => AssistanceProgrammeType)
  async createAssistanceProgramme(
    @Arg('input', () => AssistanceProgrammeFieldsInput) input: AssistanceProgrammeFieldsInput,
    @Ctx() ctx: Context,
  ) {
    return AssistanceProgrammeType.from(await createAssistanceProgramme(scopeOf(ctx), input));
  }

  @Mutation(() => AssistanceProgrammeType, { description: 'Refused on a stale version.' })
  async updateAssistanceProgramme(
    @Arg('input', () => UpdateAssistanceProgrammeInput) input: UpdateAssistanceProgrammeInput,
    @Ctx() ctx: Context,
  ) {
    const id = idOf(input.id, AssistanceProgrammeType.typename, 'assistance programme');
    return AssistanceProgrammeType.from(
      await updateAssistanceProgramme(scopeOf(ctx), id, input.expectedVersion, input.fields),
    );
  }
}
