/** Why a new password is refused; the web client translates each reason. */
export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | 'CONTAINS_EMAIL';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

const COMMON = new Set([
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'password12',
  'password123',
  'passw0rd12',
  'indonesia1',
  'indonesia123',
  'yogyakarta',
  'jogjakarta',
  'bismillah1',
  'jamsos-diy',
]);

/**
 * The password policy (NIST SP 800-63B style): long enough, not a well-known password, not the
 * email itself; no composition rules, which only make passwords harder to remember.
 */
export function passwordProblem(password: string, email = ''): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (password.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) return 'TOO_COMMON';
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) return 'CONTAINS_EMAIL';
  return null;
}
