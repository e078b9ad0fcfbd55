import type { BusinessDraft } from './business';
import type { WorkerDraft } from './worker';

/**
 * The spreadsheet layouts of the registry, with Indonesian headings as staff write them. The
 * import reads them, the export and the downloadable templates write them, and the web page
 * documents them — all from this one list.
 */
export interface SheetColumn<K extends string> {
  readonly key: K;
  readonly heading: string;
  readonly required: boolean;
  readonly example: string;
  readonly help: { readonly id: string; readonly en: string };
}

export type BusinessColumnKey = keyof BusinessDraft;
export type WorkerColumnKey = Exclude<keyof WorkerDraft, 'programmes'> | 'programmes' | 'business';

export const BUSINESS_COLUMNS: readonly SheetColumn<BusinessColumnKey>[] = [
  {
    key: 'legalForm',
    heading: 'Bentuk Usaha',
    required: true,
    example: 'UMKM',
    help: { id: 'KOPERASI atau UMKM', en: 'KOPERASI or UMKM' },
  },
  {
    key: 'name',
    heading: 'Nama Usaha',
    required: true,
    example: 'Bakpia Pathok Sari',
    help: { id: 'Nama usaha', en: 'Business name' },
  },
  {
    key: 'nib',
    heading: 'NIB',
    required: false,
    example: '9120001234567',
    help: { id: '13 angka; kosongkan bila belum ada', en: '13 digits; empty when none yet' },
  },
  {
    key: 'cooperativeNumber',
    heading: 'Nomor Induk Koperasi',
    required: false,
    example: '',
    help: { id: 'Khusus koperasi', en: 'Cooperatives only' },
  },
  {
    key: 'kbliSection',
    heading: 'Sektor KBLI',
    required: true,
    example: 'C',
    help: { id: 'Huruf seksi KBLI 2020 (A–U)', en: 'KBLI 2020 section letter (A–U)' },
  },
  {
    key: 'sizeClass',
    heading: 'Skala Usaha',
    required: true,
    example: 'MIKRO',
    help: { id: 'MIKRO, KECIL atau MENENGAH', en: 'MIKRO, KECIL or MENENGAH' },
  },
  {
    key: 'regency',
    heading: 'Kabupaten/Kota',
    required: true,
    example: 'Bantul',
    help: { id: 'Nama atau kode (34.02)', en: 'Name or code (34.02)' },
  },
  {
    key: 'district',
    heading: 'Kapanewon/Kemantren',
    required: true,
    example: 'Banguntapan',
    help: { id: 'Nama atau kode (34.02.12)', en: 'Name or code (34.02.12)' },
  },
  {
    key: 'village',
    heading: 'Kalurahan/Kelurahan',
    required: false,
    example: 'Jagalan',
    help: {
      id: 'Nama atau kode (34.02.12.2003), di kapanewon/kemantren tersebut; boleh kosong',
      en: 'Name or code (34.02.12.2003), within the district; may be empty',
    },
  },
  {
    key: 'address',
    heading: 'Alamat',
    required: true,
    example: 'Jl. Wonosari Km 8',
    help: { id: 'Alamat usaha', en: 'Address' },
  },
  {
    key: 'contactName',
    heading: 'Nama Kontak',
    required: false,
    example: 'Sri Lestari',
    help: { id: 'Penanggung jawab', en: 'Contact person' },
  },
  {
    key: 'contactPhone',
    heading: 'Telepon Kontak',
    required: false,
    example: '081234567890',
    help: { id: 'Nomor HP/telepon', en: 'Phone number' },
  },
  {
    key: 'foundedYear',
    heading: 'Tahun Berdiri',
    required: false,
    example: '2015',
    help: { id: 'Tahun, 4 angka', en: 'Year, 4 digits' },
  },
  {
    key: 'kadinMember',
    heading: 'Anggota Kadin',
    required: false,
    example: 'Tidak',
    help: { id: 'Ya atau Tidak', en: 'Ya (yes) or Tidak (no)' },
  },
];

export const WORKER_COLUMNS: readonly SheetColumn<WorkerColumnKey>[] = [
  {
    key: 'business',
    heading: 'NIB atau Nama Usaha',
    required: true,
    example: '9120001234567',
    help: { id: 'Usaha tempat bekerja, yang sudah ada di data Anda', en: 'The business, already in your registry' },
  },
  {
    key: 'nik',
    heading: 'NIK',
    required: true,
    example: '3402124709850012',
    help: { id: '16 angka', en: '16 digits' },
  },
  {
    key: 'fullName',
    heading: 'Nama Lengkap',
    required: true,
    example: 'Sri Lestari',
    help: { id: 'Sesuai KTP', en: 'As on the ID card' },
  },
  {
    key: 'workerType',
    heading: 'Jenis Pekerja',
    required: true,
    example: 'PU',
    help: { id: 'PU (penerima upah) atau BPU (bukan penerima upah)', en: 'PU (wage) or BPU (informal)' },
  },
  {
    key: 'occupation',
    heading: 'Pekerjaan',
    required: false,
    example: 'Pengrajin bakpia',
    help: { id: 'Jabatan/pekerjaan', en: 'Occupation' },
  },
  {
    key: 'monthlyIncome',
    heading: 'Upah/Penghasilan per Bulan',
    required: false,
    example: '2400000',
    help: { id: 'Rupiah, tanpa titik', en: 'Rupiah' },
  },
  {
    key: 'phone',
    heading: 'Telepon',
    required: false,
    example: '081234567890',
    help: { id: 'Nomor HP', en: 'Phone number' },
  },
  {
    key: 'coverageStatus',
    heading: 'Status Kepesertaan',
    required: true,
    example: 'TERDAFTAR',
    help: {
      id: 'TERDAFTAR, BELUM TERDAFTAR atau TIDAK AKTIF',
      en: 'TERDAFTAR (enrolled), BELUM TERDAFTAR (not enrolled) or TIDAK AKTIF (lapsed)',
    },
  },
  {
    key: 'kpj',
    heading: 'Nomor KPJ',
    required: false,
    example: '12345678901',
    help: { id: '11 angka; wajib bila terdaftar', en: '11 digits; required when enrolled' },
  },
  {
    key: 'programmes',
    heading: 'Program',
    required: false,
    example: 'JKK, JKM, JHT',
    help: { id: 'JKK, JKM, JHT, JP, JKP dipisah koma', en: 'JKK, JKM, JHT, JP, JKP, comma-separated' },
  },
  {
    key: 'enrolledOn',
    heading: 'Tanggal Kepesertaan',
    required: false,
    example: '2020-03-01',
    help: { id: 'TTTT-BB-HH atau HH/BB/TTTT', en: 'YYYY-MM-DD or DD/MM/YYYY' },
  },
];

const STATUS_WORDS: Record<string, string> = {
  TERDAFTAR: 'ENROLLED',
  'BELUM TERDAFTAR': 'NOT_ENROLLED',
  'TIDAK AKTIF': 'LAPSED',
  AKTIF: 'ENROLLED',
  ENROLLED: 'ENROLLED',
  NOT_ENROLLED: 'NOT_ENROLLED',
  LAPSED: 'LAPSED',
};

/** The status codes as the sheets write them (TERDAFTAR …). */
export const STATUS_HEADINGS: Record<string, string> = {
  ENROLLED: 'TERDAFTAR',
  NOT_ENROLLED: 'BELUM TERDAFTAR',
  LAPSED: 'TIDAK AKTIF',
};

/** `2.400.000`, `2,400,000`, `Rp 2.400.000` → 2400000; anything else stays as NaN for the checks to refuse. */
export function sheetNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const digits = trimmed.replace(/^rp\.?\s*/i, '').replace(/[.,\s](?=\d{3}(\D|$))/g, '');
  return /^-?\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

/** `2020-03-01` or `01/03/2020` → `2020-03-01`; other text is returned for the checks to refuse. */
export function sheetDate(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (dmy) return `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
  return trimmed;
}

const YES_WORDS = ['ya', 'y', 'yes', 'true', '1', 'anggota'];
const NO_WORDS = ['', 'tidak', 't', 'no', 'n', 'false', '0', 'bukan', 'bukan anggota'];

/** A yes/no cell: true, false (also when empty), or null for anything else ("Mungkin"). */
export function sheetYesNo(text: string): boolean | null {
  const word = text.trim().toLowerCase();
  if (YES_WORDS.includes(word)) return true;
  if (NO_WORDS.includes(word)) return false;
  return null;
}

/** The yes/no columns of a layout whose cell in this row is neither (see `sheetYesNo`). */
export const YES_NO_COLUMNS = ['kadinMember'] as const;

function yes(text: string): boolean {
  return sheetYesNo(text) === true;
}

export type SheetRow = Readonly<Record<string, string>>;

export function businessDraftFromRow(row: SheetRow): BusinessDraft {
  const cell = (key: BusinessColumnKey) => row[key] ?? '';
  return {
    legalForm: cell('legalForm'),
    name: cell('name'),
    nib: cell('nib'),
    cooperativeNumber: cell('cooperativeNumber'),
    kbliSection: cell('kbliSection'),
    sizeClass: cell('sizeClass'),
    regency: cell('regency'),
    district: cell('district'),
    // A file from before the village column has none: undefined, so an import keeps the stored village.
    village: 'village' in row ? cell('village') : undefined,
    address: cell('address'),
    contactName: cell('contactName'),
    contactPhone: cell('contactPhone'),
    foundedYear: sheetNumber(cell('foundedYear')),
    kadinMember: yes(cell('kadinMember')),
  };
}

export function workerDraftFromRow(row: SheetRow): WorkerDraft {
  const cell = (key: WorkerColumnKey) => row[key] ?? '';
  const status = cell('coverageStatus').trim().toUpperCase().replace(/\s+/g, ' ');
  return {
    nik: cell('nik').replace(/[\s']/g, ''),
    fullName: cell('fullName'),
    workerType: cell('workerType'),
    occupation: cell('occupation'),
    monthlyIncome: sheetNumber(cell('monthlyIncome')),
    phone: cell('phone'),
    coverageStatus: STATUS_WORDS[status] ?? status,
    kpj: cell('kpj').replace(/[\s']/g, ''),
    programmes: cell('programmes')
      .split(/[,;/\s]+/)
      .filter(Boolean),
    enrolledOn: sheetDate(cell('enrolledOn')),
  };
}
