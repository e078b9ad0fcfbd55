import { ErrorCode } from '@jamsos/schema';
import type { CombinedError } from 'urql';

/**
 * The server's codes (from the shared vocabulary in packages/schema) that the user reads in words
 * of their own; any other code reads as UNKNOWN.
 */
const TRANSLATED = [
  ErrorCode.Unauthenticated,
  ErrorCode.BadUserInput,
  ErrorCode.Forbidden,
  ErrorCode.Conflict,
] as const;

/** The translation key of a failure: one of the translated server codes, or one the client adds. */
export type ErrorKey = (typeof TRANSLATED)[number] | 'NETWORK' | 'UNKNOWN';

/** Maps a failed operation to the translation key of the message the user sees. */
export function errorKey(error: Pick<CombinedError, 'networkError' | 'graphQLErrors'>): ErrorKey {
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return TRANSLATED.find((known) => known === code) ?? 'UNKNOWN';
}

/**
 * The translation key of a bad-input reason (`extensions.reason`, e.g. `EMAIL_UNAVAILABLE`), or
 * null when the server gave none.
 */
export function reasonKey(error: Pick<CombinedError, 'graphQLErrors'>): string | null {
  const reason = error.graphQLErrors[0]?.extensions?.reason;
  return typeof reason === 'string' && /^[A-Z_]+$/.test(reason) ? `reasons.${reason}` : null;
}
