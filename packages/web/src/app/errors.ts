import type { CombinedError } from 'urql';

/** The error codes the server answers with, plus the ones the client adds. */
export type ErrorKey = 'UNAUTHENTICATED' | 'BAD_USER_INPUT' | 'FORBIDDEN' | 'CONFLICT' | 'NETWORK' | 'UNKNOWN';

const KNOWN: readonly ErrorKey[] = ['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN', 'CONFLICT'];

/** Maps a failed operation to the translation key of the message the user sees. */
export function errorKey(error: Pick<CombinedError, 'networkError' | 'graphQLErrors'>): ErrorKey {
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return KNOWN.find((known) => known === code) ?? 'UNKNOWN';
}

/**
 * The translation key of a bad-input reason (`extensions.reason`, e.g. `EMAIL_UNAVAILABLE`), or
 * null when the server gave none.
 */
export function reasonKey(error: Pick<CombinedError, 'graphQLErrors'>): string | null {
  const reason = error.graphQLErrors[0]?.extensions?.reason;
  return typeof reason === 'string' && /^[A-Z_]+$/.test(reason) ? `reasons.${reason}` : null;
}
