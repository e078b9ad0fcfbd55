import { type Cache, cacheExchange } from '@urql/exchange-graphcache';
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
  'BusinessConnection',
  'BusinessEdge',
  'WorkerConnection',
  'WorkerEdge',
  'WorkerPersonalData',
  'AgreementConnection',
  'AgreementEdge',
  'CoverageGroup',
  'OutreachTaskConnection',
  'OutreachTaskEdge',
  'NotificationConnection',
  'NotificationEdge',
  'TaskEvent',
  'TaskProgress',
  'ProvisionTenantPayload',
];

function invalidateLists(cache: Cache, ...lists: string[]): void {
  for (const field of cache.inspectFields('Query').filter((f) => lists.includes(f.fieldName))) {
    cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

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
            // A new or (un)archived record may belong on any page of any filter: lists are fetched again.
            inviteUser: (_result, _args, cache) => invalidateLists(cache, 'users'),
            createBusiness: (_result, _args, cache) => invalidateLists(cache, 'businesses'),
            archiveBusiness: (_result, _args, cache) => invalidateLists(cache, 'businesses'),
            restoreBusiness: (_result, _args, cache) => invalidateLists(cache, 'businesses'),
            createWorker: (_result, _args, cache) => invalidateLists(cache, 'workers', 'businesses'),
            updateWorker: (_result, _args, cache) => invalidateLists(cache, 'workers', 'businesses'),
            archiveWorker: (_result, _args, cache) => invalidateLists(cache, 'workers', 'businesses'),
            restoreWorker: (_result, _args, cache) => invalidateLists(cache, 'workers', 'businesses'),
            grantAgreement: (_result, _args, cache) => invalidateLists(cache, 'agreements'),
            createOutreachTask: (_result, _args, cache) => invalidateLists(cache, 'outreachTasks'),
            transitionOutreachTask: (_result, _args, cache) => invalidateLists(cache, 'outreachTasks'),
            reportVisit: (_result, _args, cache) => invalidateLists(cache, 'outreachTasks'),
            markNotificationsRead: (_result, _args, cache) =>
              invalidateLists(cache, 'unreadNotificationCount', 'notifications'),
          },
        },
      }),
      fetchExchange,
    ],
  });
}
