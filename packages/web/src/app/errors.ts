import type { CombinedError } from 'urql';

/** The error codes the server answers with, plus the ones the client adds. */
export type ErrorKey = 'UNAUTHENTICATED' | 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NETWORK' | 'UNKNOWN';

const KNOWN: readonly ErrorKey[] = ['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN'];

/** Maps a failed operation to the translation key of the message the user sees. */
export function errorKey(error: Pick<CombinedError, 'networkError' | 'graphQLErrors'>): ErrorKey {
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return KNOWN.find((known) => known === code) ?? 'UNKNOWN';
}
