import {
  type BusinessValues,
  businessDraftFromRow,
  checkBusiness,
  checkWorker,
  type FieldProblem,
  type ImportProblem,
  type SheetColumn,
  type SizeClass,
  sheetYesNo,
  type WorkerValues,
  workerDraftFromRow,
  YES_NO_COLUMNS,
} from '@jamsos/schema';
import type { RequestScope } from '../common/scope';
import type { ImportReport, Progress, RowProblem } from './import.report';
import type { SheetLine } from './sheet';

/*
 * An import's check: every row read with the same validators as the API, matched to the tenant's
 * records (businesses by NIB, or by name and district when they have none; workers by NIK), and
 * planned as a create, an update or nothing. Nothing is written here (see import.write.ts).
 */

const FIELD_TO_COLUMN: Record<string, string> = {
  regency: 'regency',
  district: 'district',
  village: 'village',
  businessIds: 'business',
};

export function headingOf(layout: readonly SheetColumn<string>[], field: string): string {
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

/** A row that passed its checks, and the record it will create or update (or leave as it is). */
export interface Planned<V> {
  line: number;
  values: V;
  existing: { id: string; archived: boolean; same: boolean } | null;
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
  villageCode: string | null;
  sizeClass: SizeClass;
  archived: boolean;
}

/** The tenant's businesses, for matching rows (RLS and the explicit tenant both scope it). */
async function storedBusinesses(scope: RequestScope): Promise<StoredBusiness[]> {
  return scope.em.execute<StoredBusiness[]>(
    `select id, legal_form as "legalForm", name, nib, cooperative_number as "cooperativeNumber",
            kbli_section as "kbliSection", size_class as "sizeClass", regency_code as "regencyCode",
            district_code as "districtCode", village_code as "villageCode", address, contact_name as "contactName", contact_phone as "contactPhone",
            founded_year as "foundedYear", kadin_member as "kadinMember", archived_at is not null as archived
       from business where organization_id = app_current_tenant()`,
  );
}

const nameKey = (name: string, district: string) => `${name.trim().toLowerCase()}|${district}`;

/**
 * A file from before the village column (no such column at all, not an empty cell) says nothing
 * about villages: a matched business keeps its stored village while it stays in the same district.
 */
function keepVillage(values: BusinessValues, line: SheetLine, match: StoredBusiness | undefined): BusinessValues {
  if ('village' in line.cells || !match || match.districtCode !== values.districtCode) return values;
  return { ...values, villageCode: match.villageCode };
}

export async function planBusinesses(
  scope: RequestScope,
  lines: SheetLine[],
  layout: readonly SheetColumn<string>[],
  report: ImportReport,
  progress: Progress,
): Promise<Planned<BusinessValues>[]> {
  const stored = await storedBusinesses(scope);
  const byNib = new Map(stored.filter((b) => b.nib).map((b) => [b.nib, b]));
  const byName = new Map(stored.filter((b) => !b.nib).map((b) => [nameKey(b.name, b.districtCode), b]));
  const keeper = { kind: scope.viewer.organization.kind, regencyCode: scope.viewer.organization.regencyCode ?? null };
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
    const found = checked.values.nib
      ? byNib.get(checked.values.nib)
      : byName.get(nameKey(checked.values.name, checked.values.districtCode));
    const values = keepVillage(checked.values, line, found);
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

interface StoredWorker extends Record<string, unknown> {
  id: string;
  nik: string;
  archived: boolean;
  businesses: string[];
}

export async function planWorkers(
  scope: RequestScope,
  lines: SheetLine[],
  layout: readonly SheetColumn<string>[],
  report: ImportReport,
  progress: Progress,
): Promise<Planned<WorkerValues & { businessId: string }>[]> {
  const businesses = await storedBusinesses(scope);
  const byNib = new Map(businesses.filter((b) => b.nib).map((b) => [b.nib, b]));
  const byName = new Map<string, StoredBusiness[]>();
  for (const b of businesses) byName.set(b.name.toLowerCase(), [...(byName.get(b.name.toLowerCase()) ?? []), b]);
  const stored = await scope.em.execute<StoredWorker[]>(
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
