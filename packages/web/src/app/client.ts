import { type Cache, cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';
import { Client, fetchExchange } from 'urql';

/** Types without an id of their own: graphcache stores them inside their parent. */
const KEYLESS_TYPES = [
  'Viewer',
  // Figures are values, cached inside the dashboard they belong to (keyed by its filter).
  'Dashboard',
  'DashboardSource',
  'CoverageFigure',
  'EnrolmentMonth',
  'ProgrammeFigure',
  'AssigneeProgress',
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

/** The hash GraphQL Code Generator embedded in each document (see codegen.ts). */
function hashOf(document: DocumentNode): string {
  const meta = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__;
  if (typeof meta?.hash !== 'string') throw new Error('An operation without a persisted hash: run pnpm codegen.');
  return meta.hash;
}

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
            createBusiness: (_result, _args, cache) => invalidateLists(cache, 'businesses', 'dashboard'),
            archiveBusiness: (_result, _args, cache) => invalidateLists(cache, 'businesses', 'dashboard'),
            restoreBusiness: (_result, _args, cache) => invalidateLists(cache, 'businesses', 'dashboard'),
            createWorker: (_result, _args, cache) => invalidateLists(cache, 'workers', 'businesses', 'dashboard'),
            updateWorker: (_result, _args, cache) => invalidateLists(cache, 'workers', 'businesses', 'dashboard'),
            archiveWorker: (_result, _args, cache) => invalidateLists(cache, 'workers', 'businesses', 'dashboard'),
            restoreWorker: (_result, _args, cache) => invalidateLists(cache, 'workers', 'businesses', 'dashboard'),
            grantAgreement: (_result, _args, cache) => invalidateLists(cache, 'agreements'),
            createOutreachTask: (_result, _args, cache) => invalidateLists(cache, 'outreachTasks'),
            transitionOutreachTask: (_result, _args, cache) => invalidateLists(cache, 'outreachTasks'),
            reportVisit: (_result, _args, cache) => invalidateLists(cache, 'outreachTasks', 'dashboard'),
            markNotificationsRead: (_result, _args, cache) =>
              invalidateLists(cache, 'unreadNotificationCount', 'notifications'),
          },
        },
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
