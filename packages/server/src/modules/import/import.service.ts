import {
  BUSINESS_COLUMNS,
  type BusinessValues,
  businessDraftFromRow,
  checkBusiness,
  checkWorker,
  type FieldProblem,
  type ImportProblem,
  type SheetColumn,
  type SizeClass,
  sheetYesNo,
  WORKER_COLUMNS,
  type WorkerValues,
  workerDraftFromRow,
  YES_NO_COLUMNS,
} from '@jamsos/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.service';
import { makeScope } from '../common/scope';
import type { Viewer } from '../common/viewer';
import { readSheet, SheetError, type SheetLine } from './sheet';

export const IMPORT_KINDS = ['businesses', 'workers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * One problem of the file, as a code and parameters: the web says it in the user's language
 * (`importProblemMessage`), and offers the list as a CSV download with the cell's value.
 */
export interface RowProblem {
  line: number;
  /** The column heading as in the file, or null for a problem with the whole file. */
  column: string | null;
  /** The cell as written in the file, or null (a missing column, the whole file). */
  value: string | null;
  problem: ImportProblem;
  params: Record<string, number> | null;
}

export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  rows: number;
  validRows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
  /** True only when the rows were written; a dry run, or a file with problems, writes nothing. */
  committed: boolean;
}

export type Progress = (phase: 'read' | 'check' | 'write', done: number, total: number) => void;

const FIELD_TO_COLUMN: Record<string, string> = {
  regency: 'regency',
  district: 'district',
  businessIds: 'business',
};

function headingOf(layout: readonly SheetColumn<string>[], field: string): string {
  const key = FIELD_TO_COLUMN[field] ?? field;
  return layout.find((column) => column.key === key)?.heading ?? field;
}

function rowProblems(
  layout: readonly SheetColumn<string>[],
  line: SheetLine,
  problems: readonly { field: string; problem: ImportProblem }[],
): RowProblem[] {
  return problems.map((p) => ({
    line: line.line,
    column: headingOf(layout, p.field),
    value: line.cells[FIELD_TO_COLUMN[p.field] ?? p.field] ?? null,
    problem: p.problem,
    params: null,
  }));
}

/** Yes/no cells that say neither ("Mungkin"): saved as "no" before issue 15, now a problem of the row. */
function yesNoProblems(line: SheetLine): { field: string; problem: ImportProblem }[] {
  return YES_NO_COLUMNS.filter((key) => sheetYesNo(line.cells[key] ?? '') === null).map((field) => ({
    field,
    problem: 'NOT_YES_NO' as const,
  }));
}

interface Planned<V> {
  line: number;
  values: V;
  existing: { id: string; archived: boolean; same: boolean } | null;
}

const CHUNK = 2000;

/** Chunks of a list with a progress report after each. */
async function inChunks<T>(rows: readonly T[], progress: Progress, work: (chunk: T[]) => Promise<void>) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await work(rows.slice(i, i + CHUNK));
    progress('write', Math.min(rows.length, i + CHUNK), rows.length);
  }
}

/**
 * Imports a CSV/XLSX file of businesses or workers into the caller's tenant. Every row is
 * checked with the same validators as the API; a dry run (or any problem) reports every bad row
 * with its line, column and reason and writes nothing. A commit writes all rows in the request's
 * one transaction. Rows are matched to existing records (businesses by NIB, or by name and
 * district when they have none; workers by NIK), so importing the same file again changes nothing.
 * Everything runs as the request's database role in its tenant: row-level security applies.
 */
export async function runImport(
  em: EntityManager,
  viewer: Viewer,
  kind: ImportKind,
  file: { name: string; bytes: Buffer },
  commit: boolean,
  progress: Progress = () => {},
): Promise<ImportReport> {
  const layout: readonly SheetColumn<string>[] = kind === 'businesses' ? BUSINESS_COLUMNS : WORKER_COLUMNS;
  const report: ImportReport = {
    kind,
    fileName: file.name,
    rows: 0,
    validRows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    problems: [],
    committed: false,
  };
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(file.bytes, layout);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    report.problems.push({ line: 0, column: null, value: null, problem: error.problem, params: error.params });
    return report;
  }
  report.rows = sheet.lines.length;
  progress('read', sheet.lines.length, sheet.lines.length);
  for (const key of sheet.missing) {
    report.problems.push({
      line: 1,
      column: headingOf(layout, key),
      value: null,
      problem: 'MISSING_COLUMN',
      params: null,
    });
  }
  if (sheet.missing.length > 0) return report;

  if (kind === 'businesses') {
    const planned = await planBusinesses(em, viewer, sheet.lines, layout, report, progress);
    if (commit && report.problems.length === 0) await writeBusinesses(em, viewer, planned, progress);
  } else {
    const planned = await planWorkers(em, sheet.lines, layout, report, progress);
    if (commit && report.problems.length === 0) await writeWorkers(em, viewer, planned, progress);
  }
  if (commit && report.problems.length === 0) {
    report.committed = true;
    audit(makeScope(em, viewer), {
      action: `${kind === 'businesses' ? 'business' : 'worker'}.import`,
      objectType: kind === 'businesses' ? 'Business' : 'Worker',
      changes: {
        file: file.name,
        rows: report.rows,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
      },
    });
  }
  return report;
}

function count<V>(report: ImportReport, planned: Planned<V>[]) {
  report.validRows = planned.length;
  report.created = planned.filter((p) => !p.existing).length;
  report.updated = planned.filter((p) => p.existing && !p.existing.same).length;
  report.unchanged = planned.filter((p) => p.existing?.same).length;
}

function sameValues(stored: Record<string, unknown>, values: Record<string, unknown>): boolean {
  return Object.entries(values).every(
    ([key, value]) => JSON.stringify(stored[key] ?? null) === JSON.stringify(value ?? null),
  );
}

interface StoredBusiness extends Record<string, unknown> {
  id: string;
  nib: string | null;
  name: string;
  districtCode: string;
  sizeClass: SizeClass;
  archived: boolean;
}

/** The tenant's businesses, for matching rows (RLS and the explicit tenant both scope it). */
async function storedBusinesses(em: EntityManager): Promise<StoredBusiness[]> {
  return em.execute<StoredBusiness[]>(
    `select id, legal_form as "legalForm", name, nib, cooperative_number as "cooperativeNumber",
            kbli_section as "kbliSection", size_class as "sizeClass", regency_code as "regencyCode",
            district_code as "districtCode", address, contact_name as "contactName", contact_phone as "contactPhone",
            founded_year as "foundedYear", kadin_member as "kadinMember", archived_at is not null as archived
       from business where organization_id = app_current_tenant()`,
  );
}

const nameKey = (name: string, district: string) => `${name.trim().toLowerCase()}|${district}`;

async function planBusinesses(
  em: EntityManager,
  viewer: Viewer,
  lines: SheetLine[],
  layout: readonly SheetColumn<string>[],
  report: ImportReport,
  progress: Progress,
): Promise<Planned<BusinessValues>[]> {
  const stored = await storedBusinesses(em);
  const byNib = new Map(stored.filter((b) => b.nib).map((b) => [b.nib, b]));
  const byName = new Map(stored.filter((b) => !b.nib).map((b) => [nameKey(b.name, b.districtCode), b]));
  const keeper = { kind: viewer.organization.kind, regencyCode: viewer.organization.regencyCode ?? null };
  const seen = new Set<string>();
  const planned: Planned<BusinessValues>[] = [];
  lines.forEach((line, index) => {
    if (index % 1000 === 0) progress('check', index, lines.length);
    const checked = checkBusiness(businessDraftFromRow(line.cells), keeper);
    const yesNo = yesNoProblems(line);
    if (!checked.ok || yesNo.length > 0) {
      report.problems.push(...rowProblems(layout, line, [...(checked.ok ? [] : checked.problems), ...yesNo]));
      return;
    }
    const values = checked.values;
    const key = values.nib ?? nameKey(values.name, values.districtCode);
    if (seen.has(key)) {
      report.problems.push(
        ...rowProblems(layout, line, [{ field: values.nib ? 'nib' : 'name', problem: 'DUPLICATE_IN_FILE' }]),
      );
      return;
    }
    seen.add(key);
    const match = values.nib ? byNib.get(values.nib) : byName.get(key);
    if (match?.archived) {
      report.problems.push(...rowProblems(layout, line, [{ field: values.nib ? 'nib' : 'name', problem: 'ARCHIVED' }]));
      return;
    }
    planned.push({
      line: line.line,
      values,
      existing: match ? { id: match.id, archived: false, same: sameValues(match, { ...values }) } : null,
    });
  });
  progress('check', lines.length, lines.length);
  count(report, planned);
  return planned;
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
    address: values.address,
    contact_name: values.contactName,
    contact_phone: values.contactPhone,
    founded_year: values.foundedYear,
    kadin_member: values.kadinMember,
  };
}

const BUSINESS_RECORD = `t(id uuid, legal_form text, name text, nib text, cooperative_number text, kbli_section text,
  size_class text, regency_code text, district_code text, address text, contact_name text, contact_phone text,
  founded_year int, kadin_member boolean)`;

async function writeBusinesses(
  em: EntityManager,
  viewer: Viewer,
  planned: Planned<BusinessValues>[],
  progress: Progress,
) {
  const inserts = planned.filter((p) => !p.existing).map((p) => businessJson(p.values, crypto.randomUUID()));
  const updates = planned
    .filter((p) => p.existing && !p.existing.same)
    .map((p) => businessJson(p.values, p.existing?.id ?? ''));
  await inChunks(inserts, progress, async (chunk) => {
    await em.execute(
      `insert into business (id, organization_id, legal_form, name, nib, cooperative_number, kbli_section, size_class,
         regency_code, district_code, address, contact_name, contact_phone, founded_year, kadin_member)
       select id, ?::uuid, legal_form, name, nib, cooperative_number, kbli_section, size_class, regency_code,
              district_code, address, contact_name, contact_phone, founded_year, kadin_member
         from jsonb_to_recordset(?::jsonb) as ${BUSINESS_RECORD}`,
      [viewer.organization.id, JSON.stringify(chunk)],
    );
  });
  await inChunks(updates, progress, async (chunk) => {
    await em.execute(
      `update business b set legal_form = t.legal_form, name = t.name, nib = t.nib,
         cooperative_number = t.cooperative_number, kbli_section = t.kbli_section, size_class = t.size_class,
         regency_code = t.regency_code, district_code = t.district_code, address = t.address,
         contact_name = t.contact_name, contact_phone = t.contact_phone, founded_year = t.founded_year,
         kadin_member = t.kadin_member, version = b.version + 1, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as ${BUSINESS_RECORD}
        where b.id = t.id and b.organization_id = ?::uuid`,
      [JSON.stringify(chunk), viewer.organization.id],
    );
  });
}

interface StoredWorker extends Record<string, unknown> {
  id: string;
  nik: string;
  archived: boolean;
  businesses: string[];
}

async function planWorkers(
  em: EntityManager,
  lines: SheetLine[],
  layout: readonly SheetColumn<string>[],
  report: ImportReport,
  progress: Progress,
): Promise<Planned<WorkerValues & { businessId: string }>[]> {
  const businesses = await storedBusinesses(em);
  const byNib = new Map(businesses.filter((b) => b.nib).map((b) => [b.nib, b]));
  const byName = new Map<string, StoredBusiness[]>();
  for (const b of businesses) byName.set(b.name.toLowerCase(), [...(byName.get(b.name.toLowerCase()) ?? []), b]);
  const stored = await em.execute<StoredWorker[]>(
    `select w.id, w.nik, w.full_name as "fullName", w.sex, to_char(w.birth_date, 'YYYY-MM-DD') as "birthDate",
            w.worker_type as "workerType", w.occupation, w.monthly_income as "monthlyIncome", w.phone, w.kpj,
            w.coverage_status as "coverageStatus", w.programmes, to_char(w.enrolled_on, 'YYYY-MM-DD') as "enrolledOn",
            w.archived_at is not null as archived,
            coalesce(array_agg(e.business_id) filter (where e.business_id is not null), '{}') as businesses
       from worker w left join employment e on e.worker_id = w.id and e.organization_id = w.organization_id
      where w.organization_id = app_current_tenant()
      group by w.id`,
  );
  const byNik = new Map(stored.map((w) => [w.nik, w]));
  const seen = new Set<string>();
  const planned: Planned<WorkerValues & { businessId: string }>[] = [];
  lines.forEach((line, index) => {
    if (index % 1000 === 0) progress('check', index, lines.length);
    const reference = (line.cells.business ?? '').trim();
    const candidates = /^\d{13}$/.test(reference)
      ? [byNib.get(reference)].filter((b): b is StoredBusiness => b !== undefined)
      : (byName.get(reference.toLowerCase()) ?? []);
    const problems: FieldProblem[] = [];
    if (!reference) problems.push({ field: 'businessIds', problem: 'REQUIRED' });
    else if (candidates.length === 0) problems.push({ field: 'businessIds', problem: 'BUSINESS_UNKNOWN' });
    else if (candidates.length > 1) problems.push({ field: 'businessIds', problem: 'BUSINESS_AMBIGUOUS' });
    else if (candidates[0]?.archived) problems.push({ field: 'businessIds', problem: 'ARCHIVED' });
    const business = candidates.length === 1 ? candidates[0] : undefined;
    const checked = checkWorker(workerDraftFromRow(line.cells), { sizeClass: business?.sizeClass ?? null });
    if (!checked.ok) problems.push(...checked.problems);
    if (problems.length > 0 || !checked.ok || !business) {
      report.problems.push(...rowProblems(layout, line, problems));
      return;
    }
    const values = checked.values;
    if (seen.has(values.nik)) {
      report.problems.push(...rowProblems(layout, line, [{ field: 'nik', problem: 'DUPLICATE_IN_FILE' }]));
      return;
    }
    seen.add(values.nik);
    const match = byNik.get(values.nik);
    if (match?.archived) {
      report.problems.push(...rowProblems(layout, line, [{ field: 'nik', problem: 'ARCHIVED' }]));
      return;
    }
    const same = match ? sameValues(match, { ...values }) && match.businesses.includes(business.id) : false;
    planned.push({
      line: line.line,
      values: { ...values, businessId: business.id },
      existing: match ? { id: match.id, archived: false, same } : null,
    });
  });
  progress('check', lines.length, lines.length);
  count(report, planned);
  return planned;
}

const WORKER_RECORD = `t(id uuid, business_id uuid, nik text, full_name text, sex text, birth_date date, worker_type text,
  occupation text, monthly_income int, phone text, kpj text, coverage_status text, programmes text[], enrolled_on date)`;

async function writeWorkers(
  em: EntityManager,
  viewer: Viewer,
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
  const tenant = viewer.organization.id;
  await inChunks(inserts, progress, async (chunk) => {
    await em.execute(
      `insert into worker (id, organization_id, nik, full_name, sex, birth_date, worker_type, occupation,
         monthly_income, phone, kpj, coverage_status, programmes, enrolled_on)
       select id, ?::uuid, nik, full_name, sex, birth_date, worker_type, occupation, monthly_income, phone, kpj,
              coverage_status, programmes, enrolled_on
         from jsonb_to_recordset(?::jsonb) as ${WORKER_RECORD}`,
      [tenant, JSON.stringify(chunk)],
    );
  });
  await inChunks(updates, progress, async (chunk) => {
    await em.execute(
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
    await em.execute(
      `insert into employment (worker_id, business_id, organization_id)
       select worker_id, business_id, ?::uuid from jsonb_to_recordset(?::jsonb) as t(worker_id uuid, business_id uuid)
       on conflict do nothing`,
      [tenant, JSON.stringify(chunk)],
    );
  });
}
