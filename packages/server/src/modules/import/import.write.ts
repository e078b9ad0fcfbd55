import type { BusinessValues, WorkerValues } from '@jamsos/schema';
import type { RequestScope } from '../common/scope';
import type { Planned } from './import.plan';
import type { Progress } from './import.report';

/*
 * An import's writes: the planned rows as set-based statements (jsonb_to_recordset) in chunks,
 * in the caller's tenant, as the request's database role (row-level security applies).
 */

const CHUNK = 2000;

/** Chunks of a list with a progress report after each. */
async function inChunks<T>(rows: readonly T[], progress: Progress, work: (chunk: T[]) => Promise<void>) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await work(rows.slice(i, i + CHUNK));
    progress('write', Math.min(rows.length, i + CHUNK), rows.length);
  }
}

function businessJson(values: BusinessValues, id: string) {
  return {
    id,
    legal_form: values.legalForm,
    name: values.name,
    nib: values.nib,
    cooperative_number: values.cooperativeNumber,
    kbli_section: values.kbliSection,
    size_class: values.sizeClass,
    regency_code: values.regencyCode,
    district_code: values.districtCode,
    village_code: values.villageCode,
    address: values.address,
    contact_name: values.contactName,
    contact_phone: values.contactPhone,
    founded_year: values.foundedYear,
    kadin_member: values.kadinMember,
  };
}

const BUSINESS_RECORD = `t(id uuid, legal_form text, name text, nib text, cooperative_number text, kbli_section text,
  size_class text, regency_code text, district_code text, village_code text, address text, contact_name text, contact_phone text,
  founded_year int, kadin_member boolean)`;

export async function writeBusinesses(scope: RequestScope, planned: Planned<BusinessValues>[], progress: Progress) {
  const inserts = planned.filter((p) => !p.existing).map((p) => businessJson(p.values, crypto.randomUUID()));
  const updates = planned
    .filter((p) => p.existing && !p.existing.same)
    .map((p) => businessJson(p.values, p.existing?.id ?? ''));
  await inChunks(inserts, progress, async (chunk) => {
    await scope.em.execute(
      `insert into business (id, organization_id, legal_form, name, nib, cooperative_number, kbli_section, size_class,
         regency_code, district_code, village_code, address, contact_name, contact_phone, founded_year, kadin_member)
       select id, ?::uuid, legal_form, name, nib, cooperative_number, kbli_section, size_class, regency_code,
              district_code, village_code, address, contact_name, contact_phone, founded_year, kadin_member
         from jsonb_to_recordset(?::jsonb) as ${BUSINESS_RECORD}`,
      [scope.tenantId, JSON.stringify(chunk)],
    );
  });
  await inChunks(updates, progress, async (chunk) => {
    await scope.em.execute(
      `update business b set legal_form = t.legal_form, name = t.name, nib = t.nib,
         cooperative_number = t.cooperative_number, kbli_section = t.kbli_section, size_class = t.size_class,
         regency_code = t.regency_code, district_code = t.district_code, village_code = t.village_code,
         address = t.address,
         contact_name = t.contact_name, contact_phone = t.contact_phone, founded_year = t.founded_year,
         kadin_member = t.kadin_member, version = b.version + 1, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as ${BUSINESS_RECORD}
        where b.id = t.id and b.organization_id = ?::uuid`,
      [JSON.stringify(chunk), scope.tenantId],
    );
  });
}

const WORKER_RECORD = `t(id uuid, business_id uuid, nik text, full_name text, sex text, birth_date date, worker_type text,
  occupation text, monthly_income int, phone text, kpj text, coverage_status text, programmes text[], enrolled_on date)`;

export async function writeWorkers(
  scope: RequestScope,
  planned: Planned<WorkerValues & { businessId: string }>[],
  progress: Progress,
) {
  const json = (p: Planned<WorkerValues & { businessId: string }>, id: string) => ({
    id,
    business_id: p.values.businessId,
    nik: p.values.nik,
    full_name: p.values.fullName,
    sex: p.values.sex,
    birth_date: p.values.birthDate,
    worker_type: p.values.workerType,
    occupation: p.values.occupation,
    monthly_income: p.values.monthlyIncome,
    phone: p.values.phone,
    kpj: p.values.kpj,
    coverage_status: p.values.coverageStatus,
    programmes: p.values.programmes,
    enrolled_on: p.values.enrolledOn,
  });
  const inserts = planned.filter((p) => !p.existing).map((p) => json(p, crypto.randomUUID()));
  const updates = planned.filter((p) => p.existing && !p.existing.same).map((p) => json(p, p.existing?.id ?? ''));
  const tenant = scope.tenantId;
  await inChunks(inserts, progress, async (chunk) => {
    await scope.em.execute(
      `insert into worker (id, organization_id, nik, full_name, sex, birth_date, worker_type, occupation,
         monthly_income, phone, kpj, coverage_status, programmes, enrolled_on)
       select id, ?::uuid, nik, full_name, sex, birth_date, worker_type, occupation, monthly_income, phone, kpj,
              coverage_status, programmes, enrolled_on
         from jsonb_to_recordset(?::jsonb) as ${WORKER_RECORD}`,
      [tenant, JSON.stringify(chunk)],
    );
  });
  await inChunks(updates, progress, async (chunk) => {
    await scope.em.execute(
      `update worker w set full_name = t.full_name, worker_type = t.worker_type, occupation = t.occupation,
         monthly_income = t.monthly_income, phone = t.phone, kpj = t.kpj, coverage_status = t.coverage_status,
         programmes = t.programmes, enrolled_on = t.enrolled_on, version = w.version + 1, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as ${WORKER_RECORD}
        where w.id = t.id and w.organization_id = ?::uuid`,
      [JSON.stringify(chunk), tenant],
    );
  });
  // A row ties its worker to its business; other employments of the worker are left as they are.
  const employments = [...inserts, ...updates].map((w) => ({ worker_id: w.id, business_id: w.business_id }));
  await inChunks(employments, progress, async (chunk) => {
    await scope.em.execute(
      `insert into employment (worker_id, business_id, organization_id)
       select worker_id, business_id, ?::uuid from jsonb_to_recordset(?::jsonb) as t(worker_id uuid, business_id uuid)
       on conflict do nothing`,
      [tenant, JSON.stringify(chunk)],
    );
  });
}
