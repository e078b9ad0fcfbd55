import type { KpjProblem, NibProblem, PhoneProblem } from './business-ids';
import type { CoverageProblem } from './coverage';
import type { NikProblem } from './nik';
import type { RegionProblem } from './region';

export type ValidationProblem =
  | NikProblem
  | NibProblem
  | KpjProblem
  | PhoneProblem
  | RegionProblem
  | CoverageProblem
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'NOT_A_NUMBER'
  | 'OUT_OF_RANGE'
  | 'UNKNOWN_VALUE';

/** One sentence per problem, in Indonesian first and English; a missing one is a type error. */
const MESSAGES = {
  NIK_FORMAT: { id: 'NIK harus 16 angka.', en: 'A NIK is 16 digits.' },
  NIK_BIRTH_DATE: {
    id: 'Tanggal lahir di dalam NIK tidak valid (perempuan: tanggal + 40).',
    en: 'The birth date inside the NIK is not valid (women: day + 40).',
  },
  NIK_SERIAL: { id: 'Nomor urut NIK tidak boleh 0000.', en: 'The serial part of a NIK cannot be 0000.' },
  NIB_FORMAT: { id: 'NIB harus 13 angka.', en: 'A NIB is 13 digits.' },
  KPJ_FORMAT: { id: 'Nomor KPJ harus 11 angka.', en: 'A KPJ number is 11 digits.' },
  PHONE_FORMAT: {
    id: 'Nomor telepon tidak valid (contoh: 0812 3456 7890).',
    en: 'Not a valid phone number (e.g. 0812 3456 7890).',
  },
  REGENCY_UNKNOWN: { id: 'Kabupaten/kota tidak dikenal di DIY.', en: 'No such regency/city in DIY.' },
  DISTRICT_UNKNOWN: { id: 'Kapanewon/kemantren tidak dikenal.', en: 'No such district.' },
  DISTRICT_NOT_IN_REGENCY: {
    id: 'Kapanewon/kemantren ini tidak ada di kabupaten/kota tersebut.',
    en: 'This district is not in that regency/city.',
  },
  VILLAGE_UNKNOWN: { id: 'Kalurahan/kelurahan tidak dikenal.', en: 'No such village.' },
  VILLAGE_NOT_IN_DISTRICT: {
    id: 'Kalurahan/kelurahan ini tidak ada di kapanewon/kemantren tersebut.',
    en: 'This village is not in that district.',
  },
  PROGRAMME_NOT_FOR_BPU: {
    id: 'Pekerja informal (BPU) tidak dapat mengikuti JP atau JKP.',
    en: 'Informal workers (BPU) cannot hold JP or JKP.',
  },
  PROGRAMMES_MISSING_BASE: {
    id: 'Peserta terdaftar setidaknya mengikuti JKK dan JKM.',
    en: 'An enrolled member holds at least JKK and JKM.',
  },
  JKP_NEEDS_BASE: {
    id: 'JKP mensyaratkan JKK, JKM dan JHT (usaha menengah: juga JP).',
    en: 'JKP requires JKK, JKM and JHT (medium businesses: JP too).',
  },
  JKP_AGE: {
    id: 'JKP hanya untuk pekerja di bawah 54 tahun saat mendaftar.',
    en: 'JKP is for workers under 54 at registration.',
  },
  KPJ_REQUIRED: { id: 'Nomor KPJ wajib diisi untuk peserta.', en: 'A member needs a KPJ number.' },
  ENROLMENT_DATE_REQUIRED: { id: 'Tanggal kepesertaan wajib diisi.', en: 'The enrolment date is required.' },
  NOT_ENROLLED_WITH_PROGRAMMES: {
    id: 'Pekerja yang belum terdaftar tidak memiliki program.',
    en: 'A worker who is not enrolled holds no programme.',
  },
  INCOME_TOO_LOW: {
    id: 'Penghasilan pekerja informal minimal Rp1.000.000 sebulan.',
    en: 'An informal worker declares at least Rp1,000,000 a month.',
  },
  ENROLMENT_BEFORE_BIRTH: {
    id: 'Tanggal kepesertaan sebelum tanggal lahir.',
    en: 'The enrolment date is before the birth date.',
  },
  ENROLMENT_IN_FUTURE: {
    id: 'Tanggal kepesertaan tidak boleh di masa depan.',
    en: 'The enrolment date cannot be in the future.',
  },
  REQUIRED: { id: 'Wajib diisi.', en: 'Required.' },
  TOO_LONG: { id: 'Terlalu panjang.', en: 'Too long.' },
  NOT_A_NUMBER: { id: 'Harus berupa angka.', en: 'Must be a number.' },
  OUT_OF_RANGE: { id: 'Nilai di luar batas yang wajar.', en: 'The value is out of range.' },
  UNKNOWN_VALUE: { id: 'Nilai tidak dikenal.', en: 'Unknown value.' },
} satisfies Record<ValidationProblem, { id: string; en: string }>;

/**
 * The bounds of an OUT_OF_RANGE problem, when the check knows them: numbers, years (as strings,
 * so `1900` is not grouped as `1.900`) or `YYYY-MM-DD` dates. Messages then say the range.
 */
export interface RangeParams {
  readonly min?: number | string;
  readonly max?: number | string;
}

const RANGE_MESSAGES = {
  between: { id: 'Harus antara {min} dan {max}.', en: 'Must be between {min} and {max}.' },
  atLeast: { id: 'Tidak boleh kurang dari {min}.', en: 'Must be at least {min}.' },
  atMost: { id: 'Tidak boleh lebih dari {max}.', en: 'Must be at most {max}.' },
  notBefore: { id: 'Tidak boleh sebelum {min}.', en: 'Cannot be before {min}.' },
  notAfter: { id: 'Tidak boleh sesudah {max}.', en: 'Cannot be after {max}.' },
} as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function bound(value: number | string, locale: 'id' | 'en'): string {
  const tag = locale === 'en' ? 'en-GB' : 'id-ID';
  if (typeof value === 'number') return new Intl.NumberFormat(tag).format(value);
  if (ISO_DAY.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric' }).format(
      new Date(y, m - 1, d),
    );
  }
  return value;
}

function rangeMessage(params: RangeParams, locale: 'id' | 'en'): string | null {
  const { min, max } = params;
  const dates = [min, max].some((v) => typeof v === 'string' && ISO_DAY.test(v));
  const key =
    min !== undefined && max !== undefined
      ? 'between'
      : min !== undefined
        ? dates
          ? 'notBefore'
          : 'atLeast'
        : max !== undefined
          ? dates
            ? 'notAfter'
            : 'atMost'
          : null;
  if (!key) return null;
  return RANGE_MESSAGES[key][locale]
    .replace('{min}', min === undefined ? '' : bound(min, locale))
    .replace('{max}', max === undefined ? '' : bound(max, locale));
}

export function validationMessage(problem: ValidationProblem, locale: 'id' | 'en', params?: RangeParams): string {
  if (problem === 'OUT_OF_RANGE' && params) return rangeMessage(params, locale) ?? MESSAGES[problem][locale];
  return MESSAGES[problem][locale];
}
