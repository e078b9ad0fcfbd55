import { KBLI_SECTIONS, regencies } from '@jamsos/schema';

/**
 * A business list row as hand-written SQL reads it and as the web client wants it: the harness's
 * raw side (operations.ts) and the peer benchmark's raw server (peer/raw-server.ts) answer the
 * same page, so they read and shape it with the same code.
 */
export const globalId = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');
export const districtNames = new Map(regencies().flatMap((r) => r.districts.map((d) => [d.code, d.name] as const)));
export const regencyNames = new Map(regencies().map((r) => [r.code, r.name] as const));

export interface BusinessRow {
  id: string;
  name: string;
  nib: string | null;
  legal_form: string;
  kbli_section: string;
  size_class: string;
  kadin_member: boolean;
  regency_code: string;
  district_code: string;
  worker_count: number;
  enrolled_count: number;
}

/** The select list of a `BusinessRow`: `business b` left-joined to `business_counts c`. */
export const BUSINESS_COLUMNS = `b.id, b.name, b.nib, b.legal_form, b.kbli_section, b.size_class, b.kadin_member, b.regency_code,
  b.district_code, coalesce(c.worker_count, 0) as worker_count, coalesce(c.enrolled_count, 0) as enrolled_count`;

/** The row as the portal answers it: global id, names for the codes, the counts and the rate. */
export function businessJson(row: BusinessRow) {
  return {
    id: globalId('Business', row.id),
    name: row.name,
    nib: row.nib,
    legalForm: row.legal_form,
    kbliSection: row.kbli_section,
    kbliTitle: KBLI_SECTIONS[row.kbli_section as keyof typeof KBLI_SECTIONS],
    sizeClass: row.size_class,
    kadinMember: row.kadin_member,
    regencyName: regencyNames.get(row.regency_code) ?? null,
    districtName: districtNames.get(row.district_code) ?? null,
    workerCount: row.worker_count,
    enrolledCount: row.enrolled_count,
    coverageRate: row.worker_count > 0 ? row.enrolled_count / row.worker_count : null,
  };
}
