import { KBLI_SECTIONS } from '../reference/kbli';
import type { TenantKind } from '../tenants';
import { nibProblem, normalisePhone, phoneProblem } from '../validators/business-ids';
import { LEGAL_FORMS, type LegalForm } from '../validators/coverage';
import { findDistrict, findRegency, findVillage, villageProblem } from '../validators/region';
import { SIZE_CLASSES, type SizeClass } from '../validators/size-class';
import { blankToNull, choiceProblem, type FieldProblem, textProblem } from './problems';

/** A business as a form or a spreadsheet row gives it: loose strings, not yet checked. */
export interface BusinessDraft {
  legalForm: string;
  name: string;
  nib?: string | null;
  cooperativeNumber?: string | null;
  kbliSection: string;
  sizeClass: string;
  /** Code (`34.02`, `3402`) or name (`Bantul`). */
  regency: string;
  /** Code or name, within the regency. */
  district: string;
  /** Kalurahan/kelurahan: code (`34.02.12.2001`) or name, within the district; optional. */
  village?: string | null;
  address: string;
  contactName?: string | null;
  contactPhone?: string | null;
  foundedYear?: number | null;
  kadinMember?: boolean | null;
}

/** A business that passed every check, in the stored form. */
export interface BusinessValues {
  legalForm: LegalForm;
  name: string;
  nib: string | null;
  cooperativeNumber: string | null;
  kbliSection: string;
  sizeClass: SizeClass;
  regencyCode: string;
  districtCode: string;
  villageCode: string | null;
  address: string;
  contactName: string | null;
  contactPhone: string | null;
  foundedYear: number | null;
  kadinMember: boolean;
}

/** The tenant that keeps the record: where it may place businesses and of which form. */
export interface RegistryKeeper {
  kind: TenantKind | 'PLATFORM';
  regencyCode: string | null;
}

/** The earliest founding year the registry accepts. */
const FIRST_FOUNDING_YEAR = 1900;

/** Only these tenant kinds keep a registry; the BPJS office sees partners' data through agreements. */
export const REGISTRY_KEEPERS: readonly string[] = ['PROVINCE_AGENCY', 'REGENCY', 'CHAMBER'];

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/**
 * Checks a business draft for the tenant that will keep it and returns either every problem, or
 * the values to store. Used by the server (API and import) and by the web forms alike.
 */
export function checkBusiness(
  draft: BusinessDraft,
  keeper: RegistryKeeper,
  today = new Date(),
): { ok: true; values: BusinessValues } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!REGISTRY_KEEPERS.includes(keeper.kind))
    problems.push({ field: 'legalForm', problem: 'TENANT_KEEPS_NO_REGISTRY' });

  const legalForm = draft.legalForm.trim().toUpperCase();
  problems.push(...choiceProblem('legalForm', legalForm, oneOf(LEGAL_FORMS, legalForm)));
  if (oneOf(LEGAL_FORMS, legalForm) && keeper.kind === 'PROVINCE_AGENCY' && legalForm !== 'KOPERASI')
    problems.push({ field: 'legalForm', problem: 'PROVINCE_KEEPS_KOPERASI' });

  problems.push(...textProblem('name', draft.name, 200));
  const nib = blankToNull(draft.nib);
  if (nib && nibProblem(nib)) problems.push({ field: 'nib', problem: 'NIB_FORMAT' });
  problems.push(...textProblem('cooperativeNumber', draft.cooperativeNumber, 32, false));

  const kbliSection = draft.kbliSection.trim().toUpperCase();
  problems.push(...choiceProblem('kbliSection', kbliSection, kbliSection in KBLI_SECTIONS));
  const sizeClass = draft.sizeClass.trim().toUpperCase();
  problems.push(...choiceProblem('sizeClass', sizeClass, oneOf(SIZE_CLASSES, sizeClass)));

  const regency = draft.regency.trim() ? findRegency(draft.regency) : null;
  const district = regency && draft.district.trim() ? findDistrict(regency.code, draft.district) : null;
  if (!draft.regency.trim()) problems.push({ field: 'regency', problem: 'REQUIRED' });
  else if (!regency) problems.push({ field: 'regency', problem: 'REGENCY_UNKNOWN' });
  else if (keeper.kind === 'REGENCY' && keeper.regencyCode !== regency.code)
    problems.push({ field: 'regency', problem: 'REGION_OUTSIDE_TENANT' });
  if (!draft.district.trim()) problems.push({ field: 'district', problem: 'REQUIRED' });
  else if (regency && !district) problems.push({ field: 'district', problem: 'DISTRICT_NOT_IN_REGENCY' });
  const villageText = draft.village?.trim() ?? '';
  const village = district && villageText ? findVillage(district.code, villageText) : null;
  if (district && villageText && !village)
    problems.push({ field: 'village', problem: villageProblem(district.code, villageText) ?? 'VILLAGE_UNKNOWN' });

  problems.push(...textProblem('address', draft.address, 500));
  problems.push(...textProblem('contactName', draft.contactName, 200, false));
  const phone = blankToNull(draft.contactPhone);
  if (phone && phoneProblem(phone)) problems.push({ field: 'contactPhone', problem: 'PHONE_FORMAT' });
  const foundedYear = draft.foundedYear ?? null;
  if (foundedYear !== null && Number.isNaN(foundedYear))
    problems.push({ field: 'foundedYear', problem: 'NOT_A_NUMBER' });
  else if (
    foundedYear !== null &&
    (!Number.isInteger(foundedYear) || foundedYear < FIRST_FOUNDING_YEAR || foundedYear > today.getFullYear())
  )
    problems.push({
      field: 'foundedYear',
      problem: 'OUT_OF_RANGE',
      // Years as text: a year reads `1900`, not `1.900`.
      params: { min: String(FIRST_FOUNDING_YEAR), max: String(today.getFullYear()) },
    });

  if (problems.length > 0 || !regency || !district) return { ok: false, problems };
  return {
    ok: true,
    values: {
      legalForm: legalForm as LegalForm,
      name: draft.name.trim().replace(/\s+/g, ' '),
      nib,
      cooperativeNumber: blankToNull(draft.cooperativeNumber),
      kbliSection,
      sizeClass: sizeClass as SizeClass,
      regencyCode: regency.code,
      districtCode: district.code,
      villageCode: village?.code ?? null,
      address: draft.address.trim(),
      contactName: blankToNull(draft.contactName),
      contactPhone: phone ? normalisePhone(phone) : null,
      foundedYear,
      // Kadin's registry is its members; elsewhere membership is a fact about the business.
      kadinMember: keeper.kind === 'CHAMBER' ? true : (draft.kadinMember ?? false),
    },
  };
}
