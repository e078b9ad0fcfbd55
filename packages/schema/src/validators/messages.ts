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

export function validationMessage(problem: ValidationProblem, locale: 'id' | 'en'): string {
  return MESSAGES[problem][locale];
}
