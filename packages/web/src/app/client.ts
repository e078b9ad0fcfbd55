import { type Cache, cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';
import { Client, fetchExchange } from 'urql';
import { KEYLESS_TYPES } from '../gql/keyless-types';

/**
 * Types graphcache stores inside their parent, not by key: those without an id of their own
 * (generated from the SDL), and the dashboard's sources, which carry an organisation's id but are
 * values of the dashboard they belong to (cached with it, keyed by its filter).
 */
const UNKEYED_TYPES: readonly string[] = [...KEYLESS_TYPES, 'DashboardSource'];

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

/** Everything the cache holds under Query: what another person may not see is fetched again. */
function invalidateAll(cache: Cache): void {
  for (const field of cache.inspectFields('Query'))
    cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
}

/**
 * One record changed as a whole: every query that shows any field of it is fetched again (a
 * mutation's answer selects a few fields, a page shows others, and those would stay old).
 */
function invalidateRecord(cache: Cache, typename: string, id: unknown): void {
  if (typeof id === 'string' && id) cache.invalidate({ __typename: typename, id });
}

type Args = { input?: Record<string, unknown> };
type Rule = (result: Record<string, unknown>, args: Args, cache: Cache) => void;

/** The id of the record a mutation answered with (`result.<field>.id`), or its input's `id`. */
function idOf(result: Record<string, unknown>, field: string, args: Args, inputKey = 'id'): unknown {
  const answered = result[field] as { id?: unknown } | null | undefined;
  return answered?.id ?? args.input?.[inputKey];
}

/** The lists whose rows, totals and figures a registry record feeds. */
const REGISTRY_VIEWS = [
  'businesses',
  'workers',
  'dashboard',
  'dashboardVillages',
  'partnerBusinesses',
  'partnerCoverage',
  'auditLog',
];
const TASK_VIEWS = ['outreachTasks', 'dashboard', 'auditLog'];
const USER_VIEWS = ['users', 'auditLog'];
const AGREEMENT_VIEWS = ['agreements', 'partnerBusinesses', 'partnerCoverage', 'dashboard', 'auditLog'];
/** The enrolment pages: requests, assistance programmes and their budgets, renewals. */
const ENROLMENT_VIEWS = [
  'enrolmentRequests',
  'assistanceProgrammes',
  'assistanceRenewals',
  'assistanceCoverage',
  'auditLog',
];
/** What BPJS's results move besides: the partner's workers, dashboard, task progress, a person's record. */
const ENROLMENT_RESULT_VIEWS = [...ENROLMENT_VIEWS, ...REGISTRY_VIEWS, 'outreachTasks', 'personRecord'];

const record =
  (typename: string, field: string, views: string[], inputKey = 'id'): Rule =>
  (result, args, cache) => {
    invalidateRecord(cache, typename, idOf(result, field, args, inputKey));
    invalidateLists(cache, ...views);
  };

const lists =
  (...views: string[]): Rule =>
  (_result, _args, cache) =>
    invalidateLists(cache, ...views);

/**
 * What each mutation of the schema changes in the cache. Every Mutation field has an entry
 * (client.test.ts holds the schema to this): a mutation without one left pages showing the old
 * values until a reload. `null` says, on purpose, that a mutation changes nothing cached.
 */
export const MUTATION_RULES: Record<string, Rule | null> = {
  // Who is logged in changed: nothing of the last person's may show for the next one.
  login: (_result, _args, cache) => invalidateAll(cache),
  acceptInvitation: (_result, _args, cache) => invalidateAll(cache),
  // After a logout the login page shows; the next login clears the rest.
  logout: (_result, _args, cache) => cache.invalidate('Query', 'viewer'),
  logoutEverywhere: (_result, _args, cache) => cache.invalidate('Query', 'viewer'),
  // A new or (un)archived record may belong on any page of any filter: lists are fetched again.
  createBusiness: lists(...REGISTRY_VIEWS),
  updateBusiness: record('Business', 'updateBusiness', [...REGISTRY_VIEWS, 'outreachTasks']),
  archiveBusiness: record('Business', 'archiveBusiness', REGISTRY_VIEWS),
  restoreBusiness: record('Business', 'restoreBusiness', REGISTRY_VIEWS),
  createWorker: lists(...REGISTRY_VIEWS),
  updateWorker: record('Worker', 'updateWorker', REGISTRY_VIEWS),
  updateWorkerDetails: record('Worker', 'updateWorkerDetails', REGISTRY_VIEWS),
  // A field officer's mark: the worker's page and the "interested" filter of the lists.
  markEnrolmentInterest: record('Worker', 'markEnrolmentInterest', REGISTRY_VIEWS),
  archiveWorker: record('Worker', 'archiveWorker', REGISTRY_VIEWS),
  restoreWorker: record('Worker', 'restoreWorker', REGISTRY_VIEWS),
  grantAgreement: lists(...AGREEMENT_VIEWS),
  revokeAgreement: record('Agreement', 'revokeAgreement', AGREEMENT_VIEWS),
  createOutreachTask: lists(...TASK_VIEWS),
  transitionOutreachTask: record('OutreachTask', 'transitionOutreachTask', TASK_VIEWS),
  assignOutreachTask: record('OutreachTask', 'assignOutreachTask', TASK_VIEWS),
  // The answer is the comment or the report; the task (its history, status, progress) is in the input.
  commentOnTask: record('OutreachTask', '', ['auditLog'], 'taskId'),
  reportVisit: record('OutreachTask', '', TASK_VIEWS, 'taskId'),
  inviteUser: lists(...USER_VIEWS),
  changeUserRole: record('User', 'changeUserRole', USER_VIEWS, 'userId'),
  deactivateUser: record('User', 'deactivateUser', USER_VIEWS, 'userId'),
  reactivateUser: record('User', 'reactivateUser', USER_VIEWS, 'userId'),
  provisionTenant: lists('organizations', 'auditLog'),
  // Asked and answered without a session: nothing cached is anyone's yet.
  requestPasswordReset: null,
  resetPassword: null,
  updateEmailPreferences: lists('emailPreferences'),
  retryBackgroundJob: lists('backgroundJobs'),
  // Enrolment. A draft's mutations answer with the request itself (normalised in place), and the
  // builder runs create → add lines → send in one handler: invalidating the request it is adding
  // to, or the builder's own choices, in between left the next step waiting forever. So a draft
  // touches the requests list only; sending also changes assistance budgets.
  createEnrolmentRequest: lists('enrolmentRequests'),
  updateEnrolmentRequest: lists('enrolmentRequests'),
  addEnrolmentLines: lists('enrolmentRequests'),
  updateEnrolmentLines: lists('enrolmentRequests'),
  removeEnrolmentLines: lists('enrolmentRequests'),
  sendEnrolmentRequest: lists(...ENROLMENT_VIEWS),
  deleteEnrolmentRequest: record('EnrolmentRequest', '', ['enrolmentRequests']),
  // A registered or rejected line changes the partner's worker, dashboard and task progress too.
  registerEnrolmentLines: lists(...ENROLMENT_RESULT_VIEWS),
  rejectEnrolmentLines: lists(...ENROLMENT_RESULT_VIEWS),
  createAssistanceProgramme: lists(...ENROLMENT_VIEWS),
  updateAssistanceProgramme: record('AssistanceProgramme', 'updateAssistanceProgramme', ENROLMENT_VIEWS),
  // The header's count drops, and a home page's unread list; the notifications page keeps
  // showing which were new (fetching it again here made the page mark, fetch and mark in a loop).
  markNotificationsRead: (_result, _args, cache) => {
    cache.invalidate('Query', 'unreadNotificationCount');
    for (const field of cache.inspectFields('Query')) {
      if (field.fieldName === 'notifications' && field.arguments?.unreadOnly === true)
        cache.invalidate('Query', field.fieldName, field.arguments);
    }
  },
};

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
        keys: Object.fromEntries(UNKEYED_TYPES.map((type) => [type, () => null])),
        updates: {
          Mutation: Object.fromEntries(
            Object.entries(MUTATION_RULES).flatMap(([field, rule]) =>
              rule
                ? [[field, (result: Record<string, unknown>, args: Args, cache: Cache) => rule(result, args, cache)]]
                : [],
            ),
          ),
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
