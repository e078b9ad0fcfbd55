import { ASSISTANCE_RENEWAL_DAYS, type FieldProblem, findDistrict, PROGRAMMES, type Programme } from '@jamsos/schema';
import { audit, diff } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import type { JobContext } from '../common/jobs';
import { checkVersion, flushVersioned } from '../common/optimistic';
import { invalidInput } from '../common/problems';
import type { RequestScope } from '../common/scope';
import { enterTenant } from '../common/tenancy';
import { organizationEntity } from '../organization/organization.entity';
import { AssistanceProgramme, type IAssistanceProgramme } from './enrolment.entity';
import { notifyEnrolment } from './enrolment.notify';

export interface AssistanceFields {
  name: string;
  legalBasis: string;
  budget: number;
  monthsOfCover: number;
  programmes: readonly Programme[];
  bpuOnly: boolean;
  incomeCeiling?: number | null;
  districtCodes: readonly string[];
  startsOn: string;
  endsOn?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));

function checked(
  scope: RequestScope,
  input: AssistanceFields,
): Omit<IAssistanceProgramme, 'id' | 'organization' | 'createdBy' | 'version' | 'createdAt' | 'updatedAt'> {
  const problems: FieldProblem[] = [];
  for (const [field, max] of [
    ['name', 200],
    ['legalBasis', 300],
  ] as const) {
    if (!input[field].trim()) problems.push({ field, problem: 'REQUIRED' });
    else if (input[field].length > max) problems.push({ field, problem: 'TOO_LONG' });
  }
  if (!Number.isSafeInteger(input.budget) || input.budget < 0)
    problems.push({ field: 'budget', problem: 'OUT_OF_RANGE', params: { min: 0 } });
  if (!Number.isInteger(input.monthsOfCover) || input.monthsOfCover < 1 || input.monthsOfCover > 60)
    problems.push({ field: 'monthsOfCover', problem: 'OUT_OF_RANGE', params: { min: 1, max: 60 } });
  if (input.programmes.length === 0) problems.push({ field: 'programmes', problem: 'REQUIRED' });
  if (input.programmes.some((p) => !PROGRAMMES.includes(p)))
    problems.push({ field: 'programmes', problem: 'UNKNOWN_VALUE' });
  if (input.incomeCeiling != null && !(Number.isInteger(input.incomeCeiling) && input.incomeCeiling > 0))
    problems.push({ field: 'incomeCeiling', problem: 'OUT_OF_RANGE', params: { min: 1 } });
  // Districts of the regency itself.
  const regency = scope.viewer.organization.regencyCode;
  for (const code of input.districtCodes) {
    const district = regency ? findDistrict(regency, code) : null;
    if (!district || district.code !== code) {
      problems.push({ field: 'districtCodes', problem: 'UNKNOWN_VALUE' });
      break;
    }
  }
  if (!isDate(input.startsOn))
    problems.push({ field: 'startsOn', problem: input.startsOn ? 'UNKNOWN_VALUE' : 'REQUIRED' });
  if (input.endsOn && !isDate(input.endsOn)) problems.push({ field: 'endsOn', problem: 'UNKNOWN_VALUE' });
  if (input.endsOn && isDate(input.endsOn) && isDate(input.startsOn) && input.endsOn < input.startsOn)
    problems.push({ field: 'endsOn', problem: 'OUT_OF_RANGE' });
  if (problems.length > 0) throw invalidInput(problems);
  return {
    name: input.name.trim(),
    legalBasis: input.legalBasis.trim(),
    budget: input.budget,
    monthsOfCover: input.monthsOfCover,
    programmes: [...new Set(input.programmes)],
    bpuOnly: input.bpuOnly,
    incomeCeiling: input.incomeCeiling ?? null,
    districtCodes: [...new Set(input.districtCodes)],
    startsOn: input.startsOn,
    endsOn: input.endsOn || null,
  };
}

export async function createAssistanceProgramme(
  scope: RequestScope,
  input: AssistanceFields,
): Promise<IAssistanceProgramme> {
  const values = checked(scope, input);
  const programme = scope.em.create(AssistanceProgramme, {
    ...values,
    organization: organizationEntity(scope.em, scope.viewer),
    createdBy: scope.viewer.user.email,
  });
  audit(scope, {
    action: 'assistance.create',
    objectType: 'AssistanceProgramme',
    objectId: programme.id,
    changes: { ...values },
  });
  await scope.em.flush();
  return programme;
}

export async function findProgramme(scope: RequestScope, id: string): Promise<IAssistanceProgramme> {
  const programme = await scope.em.findOne(AssistanceProgramme, { id, organization: scope.tenantId });
  if (!programme) throw appError(ErrorCode.NotFound, 'No such assistance programme.');
  return programme;
}

export async function updateAssistanceProgramme(
  scope: RequestScope,
  id: string,
  expectedVersion: number,
  input: AssistanceFields,
): Promise<IAssistanceProgramme> {
  const programme = await findProgramme(scope, id);
  await checkVersion(scope, 'AssistanceProgramme', programme, expectedVersion);
  const values = checked(scope, input);
  const changes = diff(programme, values);
  if (Object.keys(changes).length === 0) return programme;
  scope.em.assign(programme, values);
  programme.updatedAt = new Date();
  audit(scope, {
    action: 'assistance.update',
    objectType: 'AssistanceProgramme',
    objectId: id,
    changes: { ...changes, version: { before: programme.version, after: programme.version + 1 } },
  });
  await flushVersioned(scope, 'AssistanceProgramme', id, expectedVersion);
  return programme;
}

export function listProgrammes(scope: RequestScope, window: { limit: number; offset: number }) {
  return scope.em.findAndCount(
    AssistanceProgramme,
    { organization: scope.tenantId },
    { orderBy: { startsOn: 'desc', id: 'asc' }, ...window },
  );
}

/** What the renewal functions need of a scope: a request's, or a job's after it entered the tenant. */
export type TenantScope = Pick<RequestScope, 'em' | 'tenantId'>;

export interface RenewalRow {
  line_id: string;
  worker_id: string;
  request_id: string;
  programme_id: string;
  request_title: string;
  full_name: string;
  kpj: string | null;
  cover_until: string;
}

/**
 * Workers whose assistance-paid cover ends within ASSISTANCE_RENEWAL_DAYS days (and has not
 * ended), the caller's own, soonest first; optionally of one programme.
 */
export function listRenewals(scope: TenantScope, programmeId: string | null): Promise<RenewalRow[]> {
  return scope.em.execute<RenewalRow[]>(
    `select l.id as line_id, l.worker_id, l.request_id, r.assistance_programme_id as programme_id,
            r.title as request_title, l.full_name, l.kpj, l.cover_until::text as cover_until
       from enrolment_line l join enrolment_request r on r.id = l.request_id
      where l.organization_id = ? and l.status = 'REGISTERED' and l.payer = 'ASSISTANCE'
        and l.cover_until between current_date and current_date + ${ASSISTANCE_RENEWAL_DAYS}
        and (?::uuid is null or r.assistance_programme_id = ?::uuid)
        and not exists (select 1 from enrolment_line n join enrolment_request nr on nr.id = n.request_id
                         where n.organization_id = l.organization_id and n.worker_id = l.worker_id
                           and n.created_at > l.created_at and nr.status <> 'DONE')
      order by l.cover_until, l.full_name`,
    [scope.tenantId, programmeId, programmeId],
  );
}

/**
 * Notifies the tenant's admins (and whoever sent the request) of cover ending within 30 days, once
 * per request: a function a scheduled job calls for each regency (in its tenant), or anyone may
 * call when the renewal list is read. Returns how many requests were newly noticed.
 */
export async function noticeAssistanceRenewals(scope: TenantScope): Promise<number> {
  const rows = await listRenewals(scope, null);
  const byRequest = new Map<string, { title: string; count: number }>();
  for (const row of rows) {
    const entry = byRequest.get(row.request_id) ?? { title: row.request_title, count: 0 };
    entry.count += 1;
    byRequest.set(row.request_id, entry);
  }
  for (const [id, { title, count }] of byRequest) {
    // notify_enrolment skips people already told about this request (one renewal notice each).
    await notifyEnrolment(scope, { id, title }, scope.tenantId, 'ASSISTANCE_RENEWAL', { count: String(count) });
  }
  return byRequest.size;
}

/**
 * The daily `assistance-renewals` job: for each regency (the tenants that run assistance
 * programmes), entered in a transaction of its own as a request would be, notifies its admins of
 * cover ending within 30 days. Idempotent: `notify_enrolment` tells nobody twice about one
 * request (the `notification_renewal_once` index), so a retry or a second run adds nothing.
 * Returns how many requests have cover ending.
 */
export async function noticeRenewalsOfRegencies(job: JobContext): Promise<number> {
  const regencies = await job.em
    .getConnection()
    .execute<{ id: string }[]>(`select id from organization where kind = 'REGENCY' order by id`);
  let requests = 0;
  for (const { id } of regencies) {
    requests += await job.em.fork().transactional(async (em) => {
      await enterTenant(em, id);
      return noticeAssistanceRenewals({ em, tenantId: id });
    });
  }
  if (requests > 0)
    job.log.info({ event: 'notices.renewal', requests }, `${requests} request(s) with assistance cover ending`);
  return requests;
}

/** The dashboard's figure: the caller's workers whose cover an assistance programme pays today. */
export async function assistedWorkers(scope: RequestScope): Promise<number> {
  const [row] = await scope.em.execute<{ n: string }[]>(
    `select count(distinct l.worker_id) as n from enrolment_line l
      where l.organization_id = ? and l.status = 'REGISTERED' and l.payer = 'ASSISTANCE'
        and l.effective_date <= current_date and l.cover_until >= current_date`,
    [scope.tenantId],
  );
  return Number(row?.n ?? 0);
}
