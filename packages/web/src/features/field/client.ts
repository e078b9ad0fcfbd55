import { offlineExchange } from '@urql/exchange-graphcache';
import { makeDefaultStorage } from '@urql/exchange-graphcache/default-storage';
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';
import { Client, fetchExchange } from 'urql';
import { KEYLESS_TYPES } from '../../gql/keyless-types';

/**
 * How long what the field pages read stays on the phone without being fetched again: two days
 * (graphcache's storage drops entries older than this when the app starts). It holds the
 * officer's tasks and their target businesses (name, address, contact, worker counts), never a
 * worker's personal data. README "Aplikasi di ponsel" says so to the officer.
 */
export const FIELD_CACHE_DAYS = 2;

/**
 * The field mode's own urql client: graphcache's offlineExchange keeps what the field pages
 * read in IndexedDB (`jamsos-field`), so "my visits" opens without signal. Only the field pages
 * use it, so nothing the rest of the portal shows (worker lists, personal data) is ever stored.
 */
export const fieldStorage = makeDefaultStorage({ idbName: 'jamsos-field', maxAge: FIELD_CACHE_DAYS });

function hashOf(document: DocumentNode): string {
  const meta = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__;
  if (typeof meta?.hash !== 'string') throw new Error('An operation without a persisted hash: run pnpm codegen.');
  return meta.hash;
}

export function createFieldClient(): Client {
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'include' },
    preferGetMethod: false,
    exchanges: [
      offlineExchange({
        storage: fieldStorage,
        keys: Object.fromEntries(KEYLESS_TYPES.map((type) => [type, () => null])),
      }),
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => hashOf(document),
      }),
      fetchExchange,
    ],
  });
}
