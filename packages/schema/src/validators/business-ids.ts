export type NibProblem = 'NIB_FORMAT';
export type KpjProblem = 'KPJ_FORMAT';
export type PhoneProblem = 'PHONE_FORMAT';

/** NIB (OSS): 13 digits, no inner structure to check. */
export function nibProblem(value: string): NibProblem | null {
  return /^\d{13}$/.test(value.trim()) ? null : 'NIB_FORMAT';
}

/** KPJ, the BPJS Ketenagakerjaan member card number: 11 digits. */
export function kpjProblem(value: string): KpjProblem | null {
  return /^\d{11}$/.test(value.trim()) ? null : 'KPJ_FORMAT';
}

function phoneDigits(value: string): string | null {
  const compact = value.trim().replace(/[\s-]/g, '');
  const match = /^(?:\+62|62|0)(\d{8,13})$/.exec(compact);
  return match?.[1] ?? null;
}

/** Indonesian numbers: `0812…`, `62812…` or `+62 812-…`, 8 to 13 digits after the prefix. */
export function phoneProblem(value: string): PhoneProblem | null {
  return phoneDigits(value) ? null : 'PHONE_FORMAT';
}

/** The `08…` form everyone in Indonesia reads; input that is not a phone number is returned as is. */
export function normalisePhone(value: string): string {
  const digits = phoneDigits(value);
  return digits ? `0${digits}` : value.trim();
}

/** `0812••••••90`: enough to recognise, not enough to call. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 6) return '•'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'•'.repeat(digits.length - 6)}${digits.slice(-2)}`;
}
