import type { Programme, WorkerType } from './validators/coverage';

/*
 * Enrolment requests (pengajuan kepesertaan), said once for server and web: the request's and the
 * line's lifecycle, the fixed list of rejection reasons, who may do what, the problems a request
 * can be refused with, and the spreadsheet layouts BPJS downloads and uploads.
 */

/** DRAFT (the partner builds it) → SENT (at BPJS) → IN_PROGRESS (some lines processed) → DONE. */
export const ENROLMENT_REQUEST_STATUSES = ['DRAFT', 'SENT', 'IN_PROGRESS', 'DONE'] as const;
export type EnrolmentRequestStatus = (typeof ENROLMENT_REQUEST_STATUSES)[number];
export const OPEN_ENROLMENT_REQUEST_STATUSES = ['DRAFT', 'SENT', 'IN_PROGRESS'] as const;

export const ENROLMENT_LINE_STATUSES = ['PENDING', 'REGISTERED', 'REJECTED'] as const;
export type EnrolmentLineStatus = (typeof ENROLMENT_LINE_STATUSES)[number];

/**
 * Why BPJS refuses a line. ALREADY_MEMBER carries the member's existing KPJ; OTHER a text.
 * NIK_MISMATCH: the NIK does not match the population records (Dukcapil).
 */
export const REJECTION_REASONS = ['ALREADY_MEMBER', 'NIK_MISMATCH', 'INCOMPLETE', 'OTHER'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTION_REASON_LABELS: Readonly<Record<RejectionReason, { id: string; en: string }>> = {
  ALREADY_MEMBER: { id: 'Sudah menjadi peserta', en: 'Already a member' },
  NIK_MISMATCH: { id: 'NIK tidak sesuai data kependudukan', en: 'NIK does not match population records' },
  INCOMPLETE: { id: 'Data tidak lengkap', en: 'Incomplete data' },
  OTHER: { id: 'Lainnya', en: 'Other' },
};

/**
 * How long after a request is done the BPJS office still sees its lines' personal data (days).
 * While it is SENT or IN_PROGRESS it sees them (under a live ENROLMENT agreement); after this
 * period, only the request's counts.
 */
export const ENROLMENT_SHARE_DAYS_AFTER_DONE = 30;

/** Cover paid by an assistance programme that ends within this many days puts the worker on the renewal list. */
export const ASSISTANCE_RENEWAL_DAYS = 30;

/** Who pays a line's contribution (same list as the contribution calculator's `PAYERS`). */
export const ENROLMENT_PAYERS = ['EMPLOYER', 'WORKER', 'ASSISTANCE'] as const;
export type EnrolmentPayer = (typeof ENROLMENT_PAYERS)[number];

/** JKK risk classes of PP 44/2015 (PU only). */
export const JKK_RISK_CLASSES = [1, 2, 3, 4, 5] as const;

/** What a request can be refused with when sent (or a line when added), beside the coverage rules. */
export type EnrolmentProblem =
  | 'NO_LINES'
  | 'WORKER_IN_OPEN_REQUEST'
  | 'WORKER_ALREADY_ENROLLED'
  | 'WORKER_ARCHIVED'
  | 'INCOME_REQUIRED'
  | 'PAYER_NOT_FOR_TYPE'
  | 'ASSISTANCE_PROGRAMME_REQUIRED'
  | 'ASSISTANCE_NOT_ELIGIBLE_TYPE'
  | 'ASSISTANCE_INCOME_ABOVE_CEILING'
  | 'ASSISTANCE_DISTRICT'
  | 'ASSISTANCE_PROGRAMME_NOT_PAID'
  | 'ASSISTANCE_OVER_BUDGET'
  | 'ASSISTANCE_ENDED'
  | 'NO_ENROLMENT_AGREEMENT'
  | 'NOT_A_BPJS_OFFICE'
  | 'TASK_UNKNOWN'
  | 'NOT_DRAFT'
  | 'LINE_NOT_PENDING'
  | 'NIK_NOT_IN_REQUEST'
  | 'RESULT_UNKNOWN'
  | 'REASON_TEXT_REQUIRED'
  | 'EXISTING_KPJ_REQUIRED';

export const ENROLMENT_MESSAGES = {
  NO_LINES: { id: 'Pengajuan belum berisi pekerja.', en: 'The request has no workers yet.' },
  WORKER_IN_OPEN_REQUEST: {
    id: 'Pekerja ini sudah ada di pengajuan lain yang belum selesai.',
    en: 'This worker is already in another open request.',
  },
  WORKER_ALREADY_ENROLLED: { id: 'Pekerja ini sudah terdaftar.', en: 'This worker is already enrolled.' },
  WORKER_ARCHIVED: { id: 'Pekerja ini sudah diarsipkan.', en: 'This worker is archived.' },
  INCOME_REQUIRED: {
    id: 'Isi upah (PU) atau penghasilan (BPU) per bulan.',
    en: 'Enter the monthly wage (PU) or income (BPU).',
  },
  PAYER_NOT_FOR_TYPE: {
    id: 'Pekerja BPU tidak memiliki pemberi kerja yang membayar iuran.',
    en: 'A BPU worker has no employer to pay the contribution.',
  },
  ASSISTANCE_PROGRAMME_REQUIRED: {
    id: 'Pilih program bantuan iuran untuk pengajuan ini.',
    en: 'Choose the contribution-assistance programme for this request.',
  },
  ASSISTANCE_NOT_ELIGIBLE_TYPE: {
    id: 'Program bantuan ini hanya untuk pekerja BPU.',
    en: 'This assistance programme is for BPU workers only.',
  },
  ASSISTANCE_INCOME_ABOVE_CEILING: {
    id: 'Penghasilan melebihi batas program bantuan.',
    en: 'Income is above the programme’s ceiling.',
  },
  ASSISTANCE_DISTRICT: {
    id: 'Usaha pekerja di luar kapanewon/kemantren program bantuan.',
    en: 'The worker’s business is outside the programme’s districts.',
  },
  ASSISTANCE_PROGRAMME_NOT_PAID: {
    id: 'Program bantuan tidak membayar program jaminan ini.',
    en: 'The assistance programme does not pay for this social-security programme.',
  },
  ASSISTANCE_OVER_BUDGET: {
    id: 'Anggaran program bantuan tidak cukup.',
    en: 'The assistance programme’s remaining budget is not enough.',
  },
  ASSISTANCE_ENDED: { id: 'Program bantuan ini sudah tidak aktif.', en: 'This assistance programme is not active.' },
  NO_ENROLMENT_AGREEMENT: {
    id: 'Belum ada perjanjian berbagi data kepesertaan (ENROLMENT) yang berlaku dengan kantor ini.',
    en: 'No live ENROLMENT data-sharing agreement with this office.',
  },
  NOT_A_BPJS_OFFICE: { id: 'Pilih kantor BPJS Ketenagakerjaan.', en: 'Choose a BPJS Ketenagakerjaan office.' },
  TASK_UNKNOWN: { id: 'Tugas ini tidak ditemukan.', en: 'No such task.' },
  NOT_DRAFT: { id: 'Pengajuan ini sudah dikirim.', en: 'This request has already been sent.' },
  LINE_NOT_PENDING: { id: 'Baris ini sudah diproses.', en: 'This line has already been processed.' },
  NIK_NOT_IN_REQUEST: { id: 'NIK ini tidak ada di pengajuan.', en: 'This NIK is not in the request.' },
  RESULT_UNKNOWN: {
    id: 'Isi hasil "TERDAFTAR" atau "DITOLAK" (atau kosongkan).',
    en: 'Write "TERDAFTAR" or "DITOLAK" (or leave empty).',
  },
  REASON_TEXT_REQUIRED: { id: 'Tuliskan alasan penolakan.', en: 'Write the reason for rejection.' },
  EXISTING_KPJ_REQUIRED: { id: 'Isi KPJ yang sudah ada.', en: 'Enter the existing KPJ.' },
} satisfies Record<EnrolmentProblem, { id: string; en: string }>;

export function isEnrolmentProblem(code: string): code is EnrolmentProblem {
  return code in ENROLMENT_MESSAGES;
}

/* Building enrolment requests is editing the registry: `mayEditRegistry` (permissions.ts). */

/** Processes enrolment requests sent to it: staff and admins of a BPJS office. */
export function mayProcessEnrolment(caller: { readonly role: string; readonly kind: string }): boolean {
  return (caller.role === 'ADMIN' || caller.role === 'STAFF') && caller.kind === 'BPJS_OFFICE';
}

/** Defines contribution-assistance programmes: admins of a regency (APBD kabupaten/kota). */
export function mayManageAssistance(caller: { readonly role: string; readonly kind: string }): boolean {
  return caller.role === 'ADMIN' && caller.kind === 'REGENCY';
}

/** The file BPJS downloads for bulk entry: what the line says, then the result columns to fill in. */
export type EnrolmentSheetKey =
  | 'nik'
  | 'fullName'
  | 'birthDate'
  | 'workerType'
  | 'business'
  | 'monthlyWage'
  | 'programmes'
  | 'payer'
  | 'monthlyContribution'
  | 'result'
  | 'kpj'
  | 'effectiveDate'
  | 'registeredProgrammes'
  | 'rejectionReason'
  | 'existingKpj'
  | 'note';

type Col = {
  key: EnrolmentSheetKey;
  heading: string;
  required: boolean;
  example: string;
  help: { id: string; en: string };
};

/** Results: TERDAFTAR (registered) or DITOLAK (rejected); an empty result leaves the line pending. */
export const RESULT_WORDS = { TERDAFTAR: 'REGISTERED', DITOLAK: 'REJECTED' } as const;

export const ENROLMENT_SHEET_COLUMNS: readonly Col[] = [
  {
    key: 'nik',
    heading: 'NIK',
    required: true,
    example: '3402124501900012',
    help: { id: '16 angka', en: '16 digits' },
  },
  { key: 'fullName', heading: 'Nama', required: false, example: 'Siti Aminah', help: { id: 'Nama', en: 'Name' } },
  {
    key: 'birthDate',
    heading: 'Tanggal Lahir',
    required: false,
    example: '1990-01-05',
    help: { id: 'TTTT-BB-HH', en: 'YYYY-MM-DD' },
  },
  { key: 'workerType', heading: 'Jenis', required: false, example: 'BPU', help: { id: 'PU/BPU', en: 'PU/BPU' } },
  {
    key: 'business',
    heading: 'Usaha',
    required: false,
    example: 'Bakpia Pathok Sari',
    help: { id: 'Usaha', en: 'Business' },
  },
  {
    key: 'monthlyWage',
    heading: 'Upah/Penghasilan',
    required: false,
    example: '1000000',
    help: { id: 'Rupiah per bulan', en: 'Rupiah a month' },
  },
  {
    key: 'programmes',
    heading: 'Program',
    required: false,
    example: 'JKK, JKM',
    help: { id: 'Program', en: 'Programmes' },
  },
  { key: 'payer', heading: 'Pembayar', required: false, example: 'ASSISTANCE', help: { id: 'Pembayar', en: 'Payer' } },
  {
    key: 'monthlyContribution',
    heading: 'Iuran per Bulan',
    required: false,
    example: '16800',
    help: { id: 'Rupiah', en: 'Rupiah' },
  },
  {
    key: 'result',
    heading: 'Hasil',
    required: true,
    example: 'TERDAFTAR',
    help: { id: 'TERDAFTAR, DITOLAK, atau kosong', en: 'TERDAFTAR (registered), DITOLAK (rejected), or empty' },
  },
  { key: 'kpj', heading: 'KPJ', required: false, example: '12345678901', help: { id: '11 angka', en: '11 digits' } },
  {
    key: 'effectiveDate',
    heading: 'Tanggal Efektif',
    required: false,
    example: '2026-12-01',
    help: { id: 'TTTT-BB-HH', en: 'YYYY-MM-DD' },
  },
  {
    key: 'registeredProgrammes',
    heading: 'Program Terdaftar',
    required: false,
    example: 'JKK, JKM',
    help: { id: 'Kosong = seperti diajukan', en: 'Empty = as requested' },
  },
  {
    key: 'rejectionReason',
    heading: 'Alasan Penolakan',
    required: false,
    example: '',
    help: { id: REJECTION_REASONS.join(', '), en: REJECTION_REASONS.join(', ') },
  },
  {
    key: 'existingKpj',
    heading: 'KPJ Lama',
    required: false,
    example: '',
    help: { id: 'ALREADY_MEMBER', en: 'ALREADY_MEMBER' },
  },
  { key: 'note', heading: 'Keterangan', required: false, example: '', help: { id: 'Untuk OTHER', en: 'For OTHER' } },
];

/** The line as the contribution calculator reads it (see contributions.ts). */
export interface EnrolmentLineTerms {
  workerType: WorkerType;
  programmes: readonly Programme[];
  monthlyWage: number;
  payer: EnrolmentPayer;
  jkkRiskClass?: 1 | 2 | 3 | 4 | 5;
}
