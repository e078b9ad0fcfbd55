/** Why a NIK is refused; the clients translate each code (see messages.ts). */
export type NikProblem = 'NIK_FORMAT' | 'NIK_BIRTH_DATE' | 'NIK_SERIAL';

/** What a NIK (`PPKKCC DDMMYY SSSS`) encodes. */
export interface NikInfo {
  nik: string;
  /** Where the NIK was first registered, `PP.KK.CC`; not necessarily an existing district today. */
  regionCode: string;
  sex: 'M' | 'F';
  /** `YYYY-MM-DD`. */
  birthDate: string;
  serial: string;
}

function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a NIK by its structure (domain-facts.md): 16 digits, a real birth date with 40 added to
 * the day for women, a serial from 0001. The two-digit year takes the century that puts the
 * birth date in the past. The region part is not checked against today's districts: a worker
 * may hold a NIK from any province, or from a district that has since been split.
 */
export function parseNik(
  value: string,
  today: Date = new Date(),
): { ok: true; info: NikInfo } | { ok: false; problem: NikProblem } {
  const nik = value.trim();
  if (!/^\d{16}$/.test(nik)) return { ok: false, problem: 'NIK_FORMAT' };
  const province = Number(nik.slice(0, 2));
  if (province < 11) return { ok: false, problem: 'NIK_FORMAT' };
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const female = rawDay > 40;
  const day = female ? rawDay - 40 : rawDay;
  if (day < 1 || day > 31 || month < 1 || month > 12) return { ok: false, problem: 'NIK_BIRTH_DATE' };
  const todayIso = iso(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
  const recent = 2000 + yy;
  const year = iso(recent, month, day) <= todayIso ? recent : 1900 + yy;
  if (!realDate(year, month, day)) return { ok: false, problem: 'NIK_BIRTH_DATE' };
  const serial = nik.slice(12);
  if (serial === '0000') return { ok: false, problem: 'NIK_SERIAL' };
  return {
    ok: true,
    info: {
      nik,
      regionCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
      sex: female ? 'F' : 'M',
      birthDate: iso(year, month, day),
      serial,
    },
  };
}

/** `3402••••••••0012`: the region's first four digits and the serial, never the birth date. */
export function maskNik(nik: string): string {
  if (nik.length !== 16) return `${'•'.repeat(Math.max(0, nik.length - 4))}${nik.slice(-4)}`;
  return `${nik.slice(0, 4)}${'•'.repeat(8)}${nik.slice(12)}`;
}

/** Whole years from `birthDate` (`YYYY-MM-DD`) to `on`. */
export function ageOn(birthDate: string, on: Date): number {
  const [year = 0, month = 1, day = 1] = birthDate.split('-').map(Number);
  let age = on.getUTCFullYear() - year;
  if (on.getUTCMonth() + 1 < month || (on.getUTCMonth() + 1 === month && on.getUTCDate() < day)) age -= 1;
  return age;
}
