import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';

/** Types without an id of their own: graphcache stores them inside their parent. */
const KEYLESS_TYPES = [
  'Viewer',
  'LoginPayload',
  'PageInfo',
  'OrganizationConnection',
  'OrganizationEdge',
  'UserConnection',
  'UserEdge',
  'AuditEntryConnection',
  'AuditEntryEdge',
  'InviteUserPayload',
  'ProvisionTenantPayload',
];

/**
 * The one urql client, with the normalised cache. Every cache update of the app lives here.
 */
export function createClient(): Client {
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'include' },
    // POST with a JSON body: the server's CSRF prevention refuses GETs without a preflight header.
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(KEYLESS_TYPES.map((type) => [type, () => null])),
        updates: {
          Mutation: {
            // Who is logged in changed: the viewer is fetched again, everything else follows it.
            login: (_result, _args, cache) => cache.invalidate('Query', 'viewer'),
            logout: (_result, _args, cache) => cache.invalidate('Query', 'viewer'),
            logoutEverywhere: (_result, _args, cache) => cache.invalidate('Query', 'viewer'),
            acceptInvitation: (_result, _args, cache) => cache.invalidate('Query', 'viewer'),
            // A new user may belong on any page of any filter: the lists are fetched again.
            inviteUser: (_result, _args, cache) => {
              for (const field of cache.inspectFields('Query').filter((f) => f.fieldName === 'users')) {
                cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
              }
            },
          },
        },
      }),
      fetchExchange,
    ],
  });
}
