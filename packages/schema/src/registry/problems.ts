import { ENROLMENT_MESSAGES, type EnrolmentProblem, isEnrolmentProblem } from '../enrolment';
import { type RangeParams, type ValidationProblem, validationMessage } from '../validators/messages';

/**
 * Problems that depend on the registry around a record, not on the record alone: who keeps it,
 * what else is already there.
 */
export type PlacementProblem =
  | 'REGION_OUTSIDE_TENANT'
  | 'PROVINCE_KEEPS_KOPERASI'
  | 'TENANT_KEEPS_NO_REGISTRY'
  | 'DUPLICATE'
  | 'DUPLICATE_IN_FILE'
  | 'BUSINESS_UNKNOWN'
  | 'BUSINESS_AMBIGUOUS'
  | 'ARCHIVED';

export type RegistryProblem = ValidationProblem | PlacementProblem | EnrolmentProblem;

const PLACEMENT_MESSAGES = {
  REGION_OUTSIDE_TENANT: {
    id: 'Wilayah ini di luar kabupaten/kota Anda.',
    en: 'This region is outside your regency/city.',
  },
  PROVINCE_KEEPS_KOPERASI: {
    id: 'Dinas Koperasi dan UKM DIY hanya mencatat koperasi lintas kabupaten/kota.',
    en: 'The province agency keeps only cooperatives spanning regencies.',
  },
  TENANT_KEEPS_NO_REGISTRY: {
    id: 'Organisasi Anda tidak mengelola data usaha.',
    en: 'Your organisation does not keep a business registry.',
  },
  DUPLICATE: { id: 'Nilai ini sudah terdaftar di data Anda.', en: 'This value is already in your registry.' },
  DUPLICATE_IN_FILE: {
    id: 'Nilai ini muncul lebih dari sekali di berkas.',
    en: 'This value appears more than once in the file.',
  },
  BUSINESS_UNKNOWN: { id: 'Usaha ini tidak ditemukan di data Anda.', en: 'No such business in your registry.' },
  BUSINESS_AMBIGUOUS: {
    id: 'Lebih dari satu usaha bernama ini; gunakan NIB.',
    en: 'More than one business has this name; use the NIB.',
  },
  ARCHIVED: {
    id: 'Data ini sudah diarsipkan; pulihkan dulu.',
    en: 'This record is archived; restore it first.',
  },
} satisfies Record<PlacementProblem, { id: string; en: string }>;

function isPlacement(problem: RegistryProblem): problem is PlacementProblem {
  return problem in PLACEMENT_MESSAGES;
}

/** The message for any registry problem (or a field's problem, with its range), in the user's language. */
export function registryMessage(problem: RegistryProblem | FieldProblem, locale: 'id' | 'en'): string {
  const code = typeof problem === 'string' ? problem : problem.problem;
  const params = typeof problem === 'string' ? undefined : problem.params;
  if (isEnrolmentProblem(code)) return ENROLMENT_MESSAGES[code][locale];
  return isPlacement(code) ? PLACEMENT_MESSAGES[code][locale] : validationMessage(code, locale, params);
}

/**
 * Problems of a spreadsheet itself or of one of its cells as written (not of the record it
 * describes). `TOO_MANY_ROWS` takes `{ max }`.
 */
export type SheetProblem =
  | 'NOT_YES_NO'
  | 'MISSING_COLUMN'
  | 'NOT_XLSX'
  | 'NO_SHEET'
  | 'NOT_CSV'
  | 'CSV_UNREADABLE'
  | 'EMPTY_FILE'
  | 'TOO_MANY_ROWS';

export type ImportProblem = RegistryProblem | SheetProblem;

const SHEET_MESSAGES = {
  NOT_YES_NO: { id: 'Isi "Ya" atau "Tidak".', en: 'Write "Ya" (yes) or "Tidak" (no).' },
  MISSING_COLUMN: { id: 'Kolom wajib tidak ada.', en: 'A required column is missing.' },
  NOT_XLSX: {
    id: 'Berkas ini bukan buku kerja XLSX yang dapat dibaca.',
    en: 'The file is not a readable XLSX workbook.',
  },
  NO_SHEET: { id: 'Buku kerja ini tidak berisi lembar.', en: 'The workbook has no sheet.' },
  NOT_CSV: {
    id: 'Berkas ini bukan teks CSV maupun buku kerja XLSX.',
    en: 'The file is neither CSV text nor an XLSX workbook.',
  },
  CSV_UNREADABLE: {
    id: 'Berkas CSV ini tidak dapat dibaca (periksa tanda kutip dan pemisah kolom).',
    en: 'The CSV file cannot be read (check its quotes and column separators).',
  },
  EMPTY_FILE: { id: 'Berkas ini kosong.', en: 'The file is empty.' },
  TOO_MANY_ROWS: {
    id: 'Berkas ini berisi lebih dari {max} baris; bagi menjadi beberapa berkas.',
    en: 'The file has more than {max} rows; split it.',
  },
} satisfies Record<SheetProblem, { id: string; en: string }>;

/**
 * The message for any import problem in the user's language, from its code and parameters: the
 * server reports codes only, so what the user reads follows the language they chose.
 */
export function importProblemMessage(
  problem: ImportProblem,
  params: Readonly<Record<string, string | number>> | null | undefined,
  locale: 'id' | 'en',
): string {
  const template =
    problem in SHEET_MESSAGES
      ? SHEET_MESSAGES[problem as SheetProblem][locale]
      : registryMessage(problem as RegistryProblem, locale);
  const format = (value: string | number) =>
    typeof value === 'number' ? value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB') : value;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params?.[name] !== undefined ? format(params[name]) : whole,
  );
}

/**
 * One invalid field and why; the clients translate `problem` (see `registryMessage`). An
 * out-of-range value carries its bounds in `params`, so the message can say the range.
 */
export interface FieldProblem {
  readonly field: string;
  readonly problem: RegistryProblem;
  readonly params?: RangeParams;
}

/** An empty value is missing (REQUIRED), not unknown: `UNKNOWN_VALUE` is for a value given but not recognised. */
export function choiceProblem(field: string, raw: string, known: boolean): FieldProblem[] {
  if (!raw.trim()) return [{ field, problem: 'REQUIRED' }];
  return known ? [] : [{ field, problem: 'UNKNOWN_VALUE' }];
}

/** Required text: trimmed, non-empty, at most `max` characters. */
export function textProblem(field: string, value: string | null | undefined, max: number, required = true) {
  const text = value?.trim() ?? '';
  if (!text) return required ? [{ field, problem: 'REQUIRED' as const }] : [];
  if (text.length > max) return [{ field, problem: 'TOO_LONG' as const }];
  return [];
}

/** Empty strings from forms and spreadsheets mean "no value". */
export function blankToNull(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}
