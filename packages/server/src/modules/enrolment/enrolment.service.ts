import {
  coverageProblems,
  type EnrolmentPayer,
  type EnrolmentProblem,
  type FieldProblem,
  kpjProblem,
  OPEN_ENROLMENT_REQUEST_STATUSES,
  PAYERS_FOR,
  PROGRAMMES,
  type Programme,
  payerAllowed,
  type RegistryProblem,
  type RejectionReason,
} from '@jamsos/schema';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Agreement } from '../agreement/agreement.entity';
import { audit } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import { checkVersion, flushVersioned } from '../common/optimistic';
import { invalidInput } from '../common/problems';
import type { RequestScope } from '../common/scope';
import { Organization, organizationEntity } from '../organization/organization.entity';
import { OutreachTask } from '../outreach/outreach.entity';
import { listWorkers, type WorkerFilter } from '../worker/worker.service';
import { lineContribution } from './contribution';
import {
  AssistanceProgramme,
  EnrolmentLine,
  EnrolmentRequest,
  type IAssistanceProgramme,
  type IEnrolmentLine,
  type IEnrolmentRequest,
} from './enrolment.entity';
import { notifyEnrolment } from './enrolment.notify';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
/** The most workers one "add from filter" takes. */
export const MAX_LINES_PER_ADD = 1000;

export interface LineTerms {
  programmes: readonly Programme[];
  payer: EnrolmentPayer;
  jkkRiskClass?: number | null;
  monthlyWage?: number | null;
}

export interface RequestProblem {
  lineId: string | null;
  fullName: string | null;
  field: string;
  problem: RegistryProblem;
}

const populate = ['organization', 'recipient'] as const;

// ---------------------------------------------------------------------------------------------
// Reading

export async function listEnrolmentRequests(
  scope: RequestScope,
  direction: 'OUTGOING' | 'INCOMING' | null,
  status: IEnrolmentRequest['status'] | null,
  window: { limit: number; offset: number },
): Promise<[IEnrolmentRequest[], number]> {
  const tenant = scope.tenantId;
  const where: Record<string, unknown> =
    direction === 'OUTGOING'
      ? { organization: tenant }
      : direction === 'INCOMING'
        ? { recipient: tenant }
        : { $or: [{ organization: tenant }, { recipient: tenant }] };
  if (status) where.status = status;
  return scope.em.findAndCount(EnrolmentRequest, where, {
    populate,
    orderBy: { createdAt: 'desc', id: 'asc' },
    ...window,
  });
}

/** A request either party sees (row-level security shows the office no draft); else NOT_FOUND. */
export async function findRequest(scope: RequestScope, id: string): Promise<IEnrolmentRequest> {
  const request = await scope.em.findOne(EnrolmentRequest, { id }, { populate });
  if (!request) throw appError(ErrorCode.NotFound, 'No such enrolment request.');
  return request;
}

/** The caller's own draft; another tenant's request is "not found", a sent one NOT_DRAFT. */
async function findOwnDraft(scope: RequestScope, id: string): Promise<IEnrolmentRequest> {
  const request = await scope.em.findOne(EnrolmentRequest, { id, organization: scope.tenantId }, { populate });
  if (!request) throw appError(ErrorCode.NotFound, 'No such enrolment request.');
  if (request.status !== 'DRAFT') throw invalidInput([{ field: 'status', problem: 'NOT_DRAFT' }]);
  return request;
}

export async function listLines(
  scope: RequestScope,
  requestId: string,
  status: IEnrolmentLine['status'] | null,
  window: { limit: number; offset: number },
): Promise<[IEnrolmentLine[], number]> {
  return scope.em.findAndCount(
    EnrolmentLine,
    { request: requestId, ...(status ? { status } : {}) },
    { orderBy: { position: 'asc' }, ...window },
  );
}

/**
 * Records a read of shared personal data: in the reader's own audit log, and — when the reader is
 * the BPJS office — in the partner's log too (through `enrolment_audit_read`, which checks the
 * request is shared with the caller).
 */
export async function auditLineRead(
  scope: RequestScope,
  request: { id: string; ownerId: string },
  action: 'enrolment.viewLines' | 'enrolment.viewPersonalData' | 'enrolment.exportPersonalData',
  changes: Record<string, unknown>,
): Promise<void> {
  audit(scope, { action, objectType: 'EnrolmentRequest', objectId: request.id, changes });
  if (request.ownerId !== scope.tenantId) {
    await scope.em.execute('select enrolment_audit_read(?::uuid, ?, ?, ?::jsonb)', [
      request.id,
      scope.viewer.user.email,
      action,
      JSON.stringify(changes),
    ]);
  }
}

// ---------------------------------------------------------------------------------------------
// The partner's draft

export interface RequestFields {
  title: string;
  note?: string | null;
  taskId?: string | null;
  assistanceProgrammeId?: string | null;
}

async function checkRequestFields(scope: RequestScope, input: RequestFields): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (!input.title.trim()) problems.push({ field: 'title', problem: 'REQUIRED' });
  if (input.title.length > 200) problems.push({ field: 'title', problem: 'TOO_LONG' });
  if ((input.note ?? '').length > 2000) problems.push({ field: 'note', problem: 'TOO_LONG' });
  if (input.taskId) {
    // A task the caller is a party to (the data layer's filter and the policy both say so).
    const task = await scope.em.findOne(OutreachTask, { id: input.taskId });
    if (!task) problems.push({ field: 'taskId', problem: 'TASK_UNKNOWN' });
  }
  if (input.assistanceProgrammeId) {
    const programme = await scope.em.findOne(AssistanceProgramme, {
      id: input.assistanceProgrammeId,
      organization: scope.tenantId,
    });
    if (!programme) problems.push({ field: 'assistanceProgrammeId', problem: 'UNKNOWN_VALUE' });
  }
  return problems;
}

export async function createEnrolmentRequest(
  scope: RequestScope,
  input: RequestFields & { recipientId: string },
): Promise<IEnrolmentRequest> {
  const { em } = scope;
  const problems = await checkRequestFields(scope, input);
  const recipient = input.recipientId ? await em.findOne(Organization, { id: input.recipientId }) : null;
  if (!recipient) problems.push({ field: 'recipientId', problem: 'REQUIRED' });
  else if (recipient.kind !== 'BPJS_OFFICE') problems.push({ field: 'recipientId', problem: 'NOT_A_BPJS_OFFICE' });
  if (problems.length > 0 || !recipient) throw invalidInput(problems);
  const request = em.create(EnrolmentRequest, {
    organization: organizationEntity(em, scope.viewer),
    recipient,
    title: input.title.trim(),
    note: (input.note ?? '').trim(),
    taskId: input.taskId ?? null,
    assistanceProgrammeId: input.assistanceProgrammeId ?? null,
    createdBy: scope.viewer.user.email,
  });
  audit(scope, {
    action: 'enrolment.create',
    objectType: 'EnrolmentRequest',
    objectId: request.id,
    changes: { recipient: recipient.code, title: request.title, task: request.taskId },
  });
  await em.flush();
  return findRequest(scope, request.id);
}

export async function updateEnrolmentRequest(
  scope: RequestScope,
  id: string,
  expectedVersion: number,
  input: RequestFields,
): Promise<IEnrolmentRequest> {
  const request = await findOwnDraft(scope, id);
  await checkVersion(scope, 'EnrolmentRequest', request, expectedVersion);
  const problems = await checkRequestFields(scope, input);
  if (problems.length > 0) throw invalidInput(problems);
  const programmeChanged = (input.assistanceProgrammeId ?? null) !== (request.assistanceProgrammeId ?? null);
  request.title = input.title.trim();
  request.note = (input.note ?? '').trim();
  request.taskId = input.taskId ?? null;
  request.assistanceProgrammeId = input.assistanceProgrammeId ?? null;
  request.updatedAt = new Date();
  audit(scope, {
    action: 'enrolment.update',
    objectType: 'EnrolmentRequest',
    objectId: id,
    changes: { title: request.title, task: request.taskId, programme: request.assistanceProgrammeId },
  });
  await flushVersioned(scope, 'EnrolmentRequest', id, expectedVersion);
  if (programmeChanged) await recalculate(scope, request, await allLines(scope, id));
  return request;
}

export async function deleteEnrolmentRequest(scope: RequestScope, id: string, expectedVersion: number): Promise<void> {
  const request = await findOwnDraft(scope, id);
  await checkVersion(scope, 'EnrolmentRequest', request, expectedVersion);
  await scope.em.nativeDelete(EnrolmentLine, { request: id });
  scope.em.remove(request);
  audit(scope, { action: 'enrolment.delete', objectType: 'EnrolmentRequest', objectId: id });
  await scope.em.flush();
}

function allLines(scope: RequestScope, requestId: string): Promise<IEnrolmentLine[]> {
  return scope.em.find(EnrolmentLine, { request: requestId }, { orderBy: { position: 'asc' } });
}

interface WorkerSnapshot {
  id: string;
  nik: string;
  full_name: string;
  birth_date: string;
  worker_type: 'PU' | 'BPU';
  monthly_income: number | null;
  coverage_status: string;
  archived: boolean;
  business_name: string | null;
  district_code: string | null;
  open_request: string | null;
}

/** What a line copies from the registry, for the caller's own workers (tenant written in). */
async function workerSnapshots(scope: RequestScope, ids: readonly string[], exceptRequest: string) {
  if (ids.length === 0) return [];
  return scope.em.execute<WorkerSnapshot[]>(
    `select w.id, w.nik, w.full_name, w.birth_date::text as birth_date, w.worker_type, w.monthly_income,
            w.coverage_status, w.archived_at is not null as archived,
            b.name as business_name, b.district_code,
            (select l.request_id from enrolment_line l join enrolment_request r on r.id = l.request_id
              where l.organization_id = w.organization_id and l.worker_id = w.id and l.status = 'PENDING'
                and r.status in (${OPEN_ENROLMENT_REQUEST_STATUSES.map(() => '?').join(', ')}) and r.id <> ?
              limit 1) as open_request
       from worker w
       left join lateral (select b.name, b.district_code from employment e
                            join business b on b.organization_id = e.organization_id and b.id = e.business_id
                           where e.organization_id = w.organization_id and e.worker_id = w.id
                           order by b.archived_at nulls first, b.name limit 1) b on true
      where w.organization_id = ? and w.id = any(?::uuid[])`,
    [...OPEN_ENROLMENT_REQUEST_STATUSES, exceptRequest, scope.tenantId, `{${ids.join(',')}}`],
  );
}

function termsProblems(terms: LineTerms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (terms.programmes.some((p) => !PROGRAMMES.includes(p)))
    problems.push({ field: 'programmes', problem: 'UNKNOWN_VALUE' });
  if (terms.jkkRiskClass != null && !(terms.jkkRiskClass >= 1 && terms.jkkRiskClass <= 5))
    problems.push({ field: 'jkkRiskClass', problem: 'UNKNOWN_VALUE' });
  if (terms.monthlyWage != null && !(Number.isInteger(terms.monthlyWage) && terms.monthlyWage > 0))
    problems.push({ field: 'monthlyWage', problem: 'UNKNOWN_VALUE' });
  return problems;
}

/** The line's contribution (payer ASSISTANCE: what the programme pays) with the rates of `on`. */
function priced(
  line: Pick<IEnrolmentLine, 'workerType' | 'programmes' | 'monthlyWage' | 'payer' | 'jkkRiskClass'>,
  programme: IAssistanceProgramme | null,
  on: string,
) {
  const c = lineContribution(line, programme, on);
  if (!c)
    return { contribution: null, monthlyTotal: 0, assistanceMonthly: 0, rateVersion: null, assistanceMonths: null };
  return {
    contribution: c as unknown as Record<string, unknown>,
    monthlyTotal: c.total,
    assistanceMonthly: line.payer === 'ASSISTANCE' ? c.byPayer.ASSISTANCE : 0,
    rateVersion: c.rateVersion,
    assistanceMonths: line.payer === 'ASSISTANCE' && programme ? programme.monthsOfCover : null,
  };
}

/** The payer asked for, where the worker type allows it; else the type's own (a PU worker's employer). */
function payerFor(workerType: 'PU' | 'BPU', payer: EnrolmentPayer): EnrolmentPayer {
  return payerAllowed(workerType, payer) ? payer : (PAYERS_FOR[workerType][0] ?? payer);
}

async function requestProgramme(scope: RequestScope, request: IEnrolmentRequest) {
  return request.assistanceProgrammeId
    ? scope.em.findOne(AssistanceProgramme, { id: request.assistanceProgrammeId, organization: scope.tenantId })
    : null;
}

/** Prices every line again and sums the request (drafts only: the policy lets nothing else change). */
async function recalculate(scope: RequestScope, request: IEnrolmentRequest, lines: IEnrolmentLine[]) {
  const programme = await requestProgramme(scope, request);
  for (const line of lines) Object.assign(line, priced(line, programme, scope.viewer.today));
  request.lineCount = lines.length;
  request.monthlyTotal = lines.reduce((sum, line) => sum + line.monthlyTotal, 0);
  await scope.em.flush();
}

export interface AddLinesInput {
  workerIds: readonly string[];
  filter: WorkerFilter | null;
  fromTask: boolean;
  terms: LineTerms;
}

/**
 * Adds workers to a draft: named ones, every not-enrolled worker matching a registry filter,
 * and/or the not-enrolled workers of the task's target businesses. A worker already in the
 * request is left as is; one in another open request, enrolled or archived is skipped and said why.
 */
export async function addEnrolmentLines(
  scope: RequestScope,
  requestId: string,
  input: AddLinesInput,
): Promise<{
  request: IEnrolmentRequest;
  added: number;
  skipped: { workerId: string; fullName: string; problem: EnrolmentProblem }[];
}> {
  const { em } = scope;
  const request = await findOwnDraft(scope, requestId);
  const problems = termsProblems(input.terms);
  if (problems.length > 0) throw invalidInput(problems);
  const ids = new Set(input.workerIds);
  const named = new Set(input.workerIds);
  if (input.filter) {
    const [rows] = await listWorkers(
      scope,
      { ...input.filter, archived: false },
      { sort: 'NAME', descending: false },
      { limit: MAX_LINES_PER_ADD, offset: 0 },
    );
    for (const row of rows) if (row.coverageStatus !== 'ENROLLED') ids.add(row.id);
  }
  if (input.fromTask) {
    if (!request.taskId) throw invalidInput([{ field: 'fromTask', problem: 'TASK_UNKNOWN' }]);
    const rows = await em.execute<{ worker_id: string }[]>(
      `select distinct e.worker_id from outreach_task_target t
         join employment e on e.organization_id = ? and e.business_id = t.business_id
         join worker w on w.organization_id = e.organization_id and w.id = e.worker_id
        where t.task_id = ? and w.archived_at is null and w.coverage_status <> 'ENROLLED'
        limit ${MAX_LINES_PER_ADD}`,
      [scope.tenantId, request.taskId],
    );
    for (const row of rows) ids.add(row.worker_id);
  }
  const existing = await allLines(scope, requestId);
  const inRequest = new Set(existing.map((line) => line.workerId));
  const snapshots = await workerSnapshots(
    scope,
    [...ids].filter((id) => !inRequest.has(id)),
    requestId,
  );
  const unknown = [...named].filter((id) => !inRequest.has(id) && !snapshots.some((s) => s.id === id));
  if (unknown.length > 0) throw invalidInput([{ field: 'workerIds', problem: 'UNKNOWN_VALUE' }]);
  const programme = await requestProgramme(scope, request);
  const skipped: { workerId: string; fullName: string; problem: EnrolmentProblem }[] = [];
  let position = existing.reduce((max, line) => Math.max(max, line.position), 0);
  let added = 0;
  const organization = organizationEntity(em, scope.viewer);
  for (const s of snapshots.sort((a, b) => a.full_name.localeCompare(b.full_name))) {
    const problem: EnrolmentProblem | null = s.archived
      ? 'WORKER_ARCHIVED'
      : s.coverage_status === 'ENROLLED'
        ? 'WORKER_ALREADY_ENROLLED'
        : s.open_request
          ? 'WORKER_IN_OPEN_REQUEST'
          : null;
    if (problem) {
      skipped.push({ workerId: s.id, fullName: s.full_name, problem });
      continue;
    }
    const line = {
      workerType: s.worker_type,
      programmes: [...input.terms.programmes],
      monthlyWage: input.terms.monthlyWage ?? s.monthly_income ?? null,
      payer: payerFor(s.worker_type, input.terms.payer),
      jkkRiskClass: s.worker_type === 'PU' ? (input.terms.jkkRiskClass ?? 1) : null,
    };
    position += 1;
    added += 1;
    em.create(EnrolmentLine, {
      request,
      organization,
      recipient: request.recipient,
      workerId: s.id,
      position,
      nik: s.nik,
      fullName: s.full_name,
      birthDate: s.birth_date,
      businessName: (s.business_name ?? '').slice(0, 200),
      districtCode: s.district_code,
      ...line,
      ...priced(line, programme, scope.viewer.today),
    });
  }
  await em.flush();
  await recalculate(scope, request, await allLines(scope, requestId));
  audit(scope, {
    action: 'enrolment.addLines',
    objectType: 'EnrolmentRequest',
    objectId: requestId,
    changes: { added, skipped: skipped.length },
  });
  request.updatedAt = new Date();
  await em.flush();
  return { request, added, skipped };
}

export async function updateEnrolmentLines(
  scope: RequestScope,
  requestId: string,
  lineIds: readonly string[],
  terms: LineTerms,
): Promise<IEnrolmentRequest> {
  const request = await findOwnDraft(scope, requestId);
  const problems = termsProblems(terms);
  if (problems.length > 0) throw invalidInput(problems);
  const lines = await allLines(scope, requestId);
  const chosen = new Set(lineIds);
  if (lineIds.some((id) => !lines.some((line) => line.id === id)))
    throw invalidInput([{ field: 'lineIds', problem: 'UNKNOWN_VALUE' }]);
  for (const line of lines) {
    if (!chosen.has(line.id)) continue;
    line.programmes = [...terms.programmes];
    line.payer = payerFor(line.workerType, terms.payer);
    line.jkkRiskClass = line.workerType === 'PU' ? (terms.jkkRiskClass ?? line.jkkRiskClass ?? 1) : null;
    if (terms.monthlyWage != null) line.monthlyWage = terms.monthlyWage;
  }
  await recalculate(scope, request, lines);
  audit(scope, {
    action: 'enrolment.updateLines',
    objectType: 'EnrolmentRequest',
    objectId: requestId,
    changes: { lines: lineIds.length, programmes: terms.programmes, payer: terms.payer },
  });
  request.updatedAt = new Date();
  await scope.em.flush();
  return request;
}

export async function removeEnrolmentLines(
  scope: RequestScope,
  requestId: string,
  lineIds: readonly string[],
): Promise<IEnrolmentRequest> {
  const request = await findOwnDraft(scope, requestId);
  await scope.em.nativeDelete(EnrolmentLine, { request: requestId, id: { $in: [...lineIds] } });
  await recalculate(scope, request, await allLines(scope, requestId));
  audit(scope, {
    action: 'enrolment.removeLines',
    objectType: 'EnrolmentRequest',
    objectId: requestId,
    changes: { lines: lineIds.length },
  });
  request.updatedAt = new Date();
  await scope.em.flush();
  return request;
}

// ---------------------------------------------------------------------------------------------
// Checks and sending

/** Committed (sent, not yet processed) and spent (registered) rupiah of a programme, and people covered. */
export async function programmeBudget(scope: RequestScope, programmeId: string) {
  const [row] = await scope.em.execute<{ committed: string; spent: string; covered: string }[]>(
    `select coalesce(sum(l.assistance_monthly::bigint * coalesce(l.assistance_months, 0))
                       filter (where r.status in ('SENT', 'IN_PROGRESS') and l.status = 'PENDING'), 0) as committed,
            coalesce(sum(l.assistance_monthly::bigint * coalesce(l.assistance_months, 0))
                       filter (where l.status = 'REGISTERED'), 0) as spent,
            count(distinct l.worker_id) filter (where l.status = 'REGISTERED' and l.effective_date <= current_date
                                                  and l.cover_until >= current_date) as covered
       from enrolment_request r join enrolment_line l on l.request_id = r.id
      where r.organization_id = ? and r.assistance_programme_id = ? and l.payer = 'ASSISTANCE'`,
    [scope.tenantId, programmeId],
  );
  return { committed: Number(row?.committed ?? 0), spent: Number(row?.spent ?? 0), covered: Number(row?.covered ?? 0) };
}

/** Every problem of a draft, as sending would find them (the builder shows them before sending). */
export async function requestProblems(scope: RequestScope, request: IEnrolmentRequest): Promise<RequestProblem[]> {
  const lines = await allLines(scope, request.id);
  const problems: RequestProblem[] = [];
  const whole = (field: string, problem: RegistryProblem) =>
    problems.push({ lineId: null, fullName: null, field, problem });
  if (lines.length === 0) whole('lines', 'NO_LINES');
  const programme = await requestProgramme(scope, request);
  const snapshots = new Map(
    (
      await workerSnapshots(
        scope,
        lines.map((l) => l.workerId),
        request.id,
      )
    ).map((s) => [s.id, s]),
  );
  const today = scope.viewer.today;
  if (lines.some((l) => l.payer === 'ASSISTANCE')) {
    if (!programme) whole('assistanceProgrammeId', 'ASSISTANCE_PROGRAMME_REQUIRED');
    else if (String(programme.startsOn) > today || (programme.endsOn && String(programme.endsOn) < today))
      whole('assistanceProgrammeId', 'ASSISTANCE_ENDED');
  }
  for (const line of lines) {
    const add = (field: string, problem: RegistryProblem) =>
      problems.push({ lineId: line.id, fullName: line.fullName, field, problem });
    const s = snapshots.get(line.workerId);
    if (!s || s.archived) add('worker', 'WORKER_ARCHIVED');
    else if (s.coverage_status === 'ENROLLED') add('worker', 'WORKER_ALREADY_ENROLLED');
    else if (s.open_request) add('worker', 'WORKER_IN_OPEN_REQUEST');
    const programmes = (line.programmes ?? []) as Programme[];
    if (line.monthlyWage == null) add('monthlyWage', 'INCOME_REQUIRED');
    // The programme rules of packages/schema, as for a member enrolled today.
    for (const p of coverageProblems({
      workerType: line.workerType,
      status: 'ENROLLED',
      programmes,
      kpj: '00000000000',
      enrolledOn: today,
      birthDate: String(line.birthDate),
      monthlyIncome: line.monthlyWage ?? null,
      today: new Date(`${today}T12:00:00Z`),
    })) {
      if (p.field === 'programmes' || p.field === 'monthlyIncome')
        add(p.field === 'monthlyIncome' ? 'monthlyWage' : p.field, p.problem);
    }
    if (!payerAllowed(line.workerType, line.payer)) add('payer', 'PAYER_NOT_FOR_TYPE');
    if (line.payer === 'ASSISTANCE' && programme) {
      if (programme.bpuOnly && line.workerType !== 'BPU') add('payer', 'ASSISTANCE_NOT_ELIGIBLE_TYPE');
      if (programme.incomeCeiling != null && (line.monthlyWage ?? 0) > programme.incomeCeiling)
        add('monthlyWage', 'ASSISTANCE_INCOME_ABOVE_CEILING');
      const districts = programme.districtCodes ?? [];
      if (districts.length > 0 && !districts.includes(line.districtCode ?? '')) add('payer', 'ASSISTANCE_DISTRICT');
      // Programmes it does not pay stay with the worker (the calculator splits them).
      if (!programmes.some((p) => (programme.programmes ?? []).includes(p)))
        add('programmes', 'ASSISTANCE_PROGRAMME_NOT_PAID');
    }
  }
  if (programme && lines.some((l) => l.payer === 'ASSISTANCE')) {
    const { committed, spent } = await programmeBudget(scope, programme.id);
    const cost = lines.reduce(
      (sum, l) => sum + (l.payer === 'ASSISTANCE' ? l.assistanceMonthly * programme.monthsOfCover : 0),
      0,
    );
    if (committed + spent + cost > Number(programme.budget)) whole('assistanceProgrammeId', 'ASSISTANCE_OVER_BUDGET');
  }
  return problems;
}

/**
 * Sends a draft to its BPJS office: copies the workers' data again, prices every line with the
 * day's rates, checks the whole request (refused whole, every problem listed) and the partner's
 * live ENROLMENT agreement, and notifies the office. Budget checks hold the programme's row lock,
 * so two requests charged to one programme cannot both pass on the same remaining budget.
 */
export async function sendEnrolmentRequest(
  scope: RequestScope,
  id: string,
  expectedVersion: number,
): Promise<IEnrolmentRequest> {
  const { em } = scope;
  const request = await findOwnDraft(scope, id);
  await checkVersion(scope, 'EnrolmentRequest', request, expectedVersion);
  if (request.assistanceProgrammeId) {
    await em.execute('select 1 from assistance_programme where id = ? for update', [request.assistanceProgrammeId]);
  }
  const lines = await allLines(scope, id);
  const snapshots = new Map(
    (
      await workerSnapshots(
        scope,
        lines.map((l) => l.workerId),
        id,
      )
    ).map((s) => [s.id, s]),
  );
  for (const line of lines) {
    const s = snapshots.get(line.workerId);
    if (!s) continue;
    Object.assign(line, {
      nik: s.nik,
      fullName: s.full_name,
      birthDate: s.birth_date,
      workerType: s.worker_type,
      businessName: (s.business_name ?? '').slice(0, 200),
      districtCode: s.district_code,
    });
  }
  await recalculate(scope, request, lines);
  const problems = await requestProblems(scope, request);
  const live = await em.count(Agreement, {
    organization: scope.tenantId,
    grantee: request.recipient.id,
    scope: 'ENROLMENT',
    revokedAt: null,
    validFrom: { $lte: scope.viewer.today },
    validUntil: { $gte: scope.viewer.today },
  });
  if (live === 0)
    problems.push({ lineId: null, fullName: null, field: 'recipientId', problem: 'NO_ENROLMENT_AGREEMENT' });
  if (problems.length > 0) {
    throw appError(ErrorCode.BadUserInput, `The request has ${problems.length} problem(s); nothing was sent.`, {
      problems: problems.map((p) => ({
        field: p.lineId ? `lines.${lines.findIndex((l) => l.id === p.lineId)}.${p.field}` : p.field,
        problem: p.problem,
      })),
      requestProblems: problems,
    });
  }
  request.status = 'SENT';
  request.sentAt = new Date();
  request.sentBy = scope.viewer.user.email;
  request.updatedAt = new Date();
  audit(scope, {
    action: 'enrolment.send',
    objectType: 'EnrolmentRequest',
    objectId: id,
    // Sending shares these workers' personal data with the office: recorded as such.
    changes: { recipient: request.recipient.code, lines: lines.length, workers: lines.map((l) => l.workerId) },
  });
  await flushVersioned(scope, 'EnrolmentRequest', id, expectedVersion);
  await notifyEnrolment(scope, request, request.recipient.id, 'ENROLMENT_RECEIVED', {
    organization: request.organization.name,
    count: String(lines.length),
  });
  return request;
}

// ---------------------------------------------------------------------------------------------
// The BPJS office

export interface RegisterItem {
  id: string;
  kpj: string;
  effectiveDate: string;
  programmes?: readonly Programme[] | null;
}

export interface RejectItem {
  id: string;
  reason: RejectionReason;
  existingKpj?: string | null;
  note?: string | null;
}

export type LineResult = ({ kind: 'REGISTERED' } & RegisterItem) | ({ kind: 'REJECTED' } & RejectItem);

/** The problems of one result, before anything is written (the import reports them by row). */
export function resultProblems(line: IEnrolmentLine | undefined, result: LineResult, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!line) return [{ field: 'id', problem: 'NIK_NOT_IN_REQUEST' }];
  if (line.status !== 'PENDING') problems.push({ field: 'id', problem: 'LINE_NOT_PENDING' });
  if (result.kind === 'REGISTERED') {
    const kpj = kpjProblem(result.kpj);
    if (!result.kpj.trim()) problems.push({ field: 'kpj', problem: 'KPJ_REQUIRED' });
    else if (kpj) problems.push({ field: 'kpj', problem: kpj });
    if (!result.effectiveDate.trim()) problems.push({ field: 'effectiveDate', problem: 'ENROLMENT_DATE_REQUIRED' });
    else if (!isDate(result.effectiveDate)) problems.push({ field: 'effectiveDate', problem: 'UNKNOWN_VALUE' });
    const programmes = (result.programmes?.length ? result.programmes : line.programmes) as Programme[];
    if (programmes.some((p) => !PROGRAMMES.includes(p)))
      problems.push({ field: 'programmes', problem: 'UNKNOWN_VALUE' });
    else if (isDate(result.effectiveDate)) {
      for (const p of coverageProblems({
        workerType: line.workerType,
        status: 'ENROLLED',
        programmes,
        kpj: result.kpj,
        enrolledOn: result.effectiveDate,
        birthDate: String(line.birthDate),
        today: new Date(`${today}T23:59:59Z`),
      }))
        if (p.field !== 'kpj' && p.field !== 'monthlyIncome') problems.push({ field: p.field, problem: p.problem });
    }
  } else {
    if (result.reason === 'ALREADY_MEMBER') {
      if (!result.existingKpj?.trim()) problems.push({ field: 'existingKpj', problem: 'EXISTING_KPJ_REQUIRED' });
      else {
        const kpj = kpjProblem(result.existingKpj);
        if (kpj) problems.push({ field: 'existingKpj', problem: kpj });
      }
    }
    if (result.reason === 'OTHER' && !result.note?.trim())
      problems.push({ field: 'note', problem: 'REASON_TEXT_REQUIRED' });
    if ((result.note ?? '').length > 500) problems.push({ field: 'note', problem: 'TOO_LONG' });
  }
  return problems;
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()));
  target.setUTCDate(target.getUTCDate() - 1);
  return target.toISOString().slice(0, 10);
}

/**
 * Records results for lines the caller's office may see (row-level security shows it only lines
 * of requests sent to it and shared under a live agreement). The database applies each result to
 * the partner's registry, request and task in the same statement (`enrolment_lines_processed`).
 * All or nothing: any problem refuses every result, each problem named by its line.
 */
export async function recordResults(scope: RequestScope, results: readonly LineResult[]): Promise<IEnrolmentLine[]> {
  const { em } = scope;
  const ids = [...new Set(results.map((r) => r.id))];
  const lines = await em.find(EnrolmentLine, { id: { $in: ids }, recipient: scope.tenantId });
  const byId = new Map(lines.map((l) => [l.id, l]));
  const problems: FieldProblem[] = [];
  results.forEach((result, index) => {
    for (const p of resultProblems(byId.get(result.id), result, scope.viewer.today)) {
      problems.push({
        field: `lines.${index}.${p.field}`,
        problem: p.problem === 'NIK_NOT_IN_REQUEST' ? 'UNKNOWN_VALUE' : p.problem,
      });
    }
  });
  if (results.length !== ids.length) problems.push({ field: 'lines', problem: 'DUPLICATE' });
  if (problems.length > 0) throw invalidInput(problems);
  const now = new Date();
  for (const result of results) {
    const line = byId.get(result.id);
    if (!line) continue;
    line.processedAt = now;
    line.processedBy = scope.viewer.user.email;
    if (result.kind === 'REGISTERED') {
      line.status = 'REGISTERED';
      line.kpj = result.kpj.trim();
      line.effectiveDate = result.effectiveDate;
      line.registeredProgrammes = [...(result.programmes?.length ? result.programmes : line.programmes)];
      line.coverUntil =
        line.payer === 'ASSISTANCE' && line.assistanceMonths
          ? addMonths(result.effectiveDate, line.assistanceMonths)
          : null;
    } else {
      line.status = 'REJECTED';
      line.rejectionReason = result.reason;
      line.existingKpj = result.reason === 'ALREADY_MEMBER' ? (result.existingKpj?.trim() ?? null) : null;
      line.rejectionNote = result.note?.trim() || null;
    }
  }
  try {
    await em.flush();
  } catch (error) {
    // KPJ numbers are unique within the partner's registry (the trigger writes them there).
    if (error instanceof UniqueConstraintViolationException)
      throw invalidInput([{ field: 'kpj', problem: 'DUPLICATE' }]);
    throw error;
  }
  // Someone else recorded a result for one of these lines meanwhile: the update policy (PENDING
  // only) made that line's update touch nothing. Refused whole (the transaction rolls back).
  const [written] = await em.execute<{ n: string }[]>(
    'select count(*) as n from enrolment_line where id = any(?::uuid[]) and processed_at = ?::timestamptz and processed_by = ?',
    [`{${ids.join(',')}}`, now.toISOString(), scope.viewer.user.email],
  );
  if (Number(written?.n ?? 0) !== ids.length) {
    throw appError(ErrorCode.Conflict, 'Some of these lines were processed by someone else meanwhile.');
  }
  const requests = [...new Set(lines.map((l) => (typeof l.request === 'string' ? l.request : l.request.id)))];
  for (const requestId of requests) {
    const mine = results.filter((r) => byId.get(r.id)?.request.id === requestId);
    const registered = mine.filter((r) => r.kind === 'REGISTERED').length;
    audit(scope, {
      action: 'enrolment.process',
      objectType: 'EnrolmentRequest',
      objectId: requestId,
      changes: { registered, rejected: mine.length - registered },
    });
    const request = await em.findOne(EnrolmentRequest, { id: requestId }, { populate, refresh: true });
    if (request) {
      await notifyEnrolment(scope, request, request.organization.id, 'ENROLMENT_PROCESSED', {
        organization: request.recipient.name,
        registered: String(registered),
        rejected: String(mine.length - registered),
      });
    }
  }
  for (const line of lines) await em.refresh(line);
  return lines;
}
