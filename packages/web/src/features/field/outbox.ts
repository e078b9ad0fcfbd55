import { ErrorCode, type FieldProblem } from '@jamsos/schema';
import { useSyncExternalStore } from 'react';
import type { Client, CombinedError } from 'urql';
import { graphql } from '../../gql';
import { dropPhoto, photoOf } from './photos';

/**
 * The phone's outbox: work done in the field, kept in this browser's storage (it survives the
 * app being closed and the phone restarting) until the server has answered it. Each change
 * carries an id made here (`clientId`), stored by the server unique per tenant, so sending one
 * again (the answer was lost, the page was closed mid-way) answers the first record instead of
 * making a second. Changes go one at a time, in the order they were made; a refusal is never
 * dropped: the change stays, marked as a conflict, until the officer decides (ConflictCard).
 *
 * Why not graphcache's own mutation queue: offlineExchange empties its queue when it re-sends
 * (before the server answers) and hands the answers of a replay after a restart to no one, so a
 * page closed mid-sync loses work and a refusal goes unseen. Its offline store keeps what the
 * pages read (client.ts); the outbox keeps what the officer wrote.
 */

export const VisitReportMutation = graphql(`
  mutation FieldReportVisit($input: VisitReportInput!) {
    reportVisit(input: $input) {
      id
    }
  }
`);

export const FieldCreateWorkerMutation = graphql(`
  mutation FieldCreateWorker($input: WorkerFields!, $clientId: ID) {
    createWorker(input: $input, clientId: $clientId) {
      id
    }
  }
`);

export const FieldMarkInterestMutation = graphql(`
  mutation FieldMarkInterest($input: MarkEnrolmentInterestInput!) {
    markEnrolmentInterest(input: $input) {
      id
      enrolmentInterestAt
    }
  }
`);

const ExistingWorkerQuery = graphql(`
  query FieldExistingWorker($search: String!) {
    workers(filter: { search: $search }, first: 1) {
      edges {
        node {
          id
          fullName
          nik
          occupation
          businesses {
            name
          }
        }
      }
    }
  }
`);

const TaskStateQuery = graphql(`
  query FieldTaskState($id: ID!) {
    node(id: $id) {
      id
      ... on OutreachTask {
        status
        closingReason
      }
    }
  }
`);

export interface VisitDraft {
  taskId: string;
  businessId: string | null;
  visitedOn: string;
  peopleReached: number;
  workersRegistered: number;
  notes: string;
  /** A photo of the signed attendance sheet waits in IndexedDB under this change's client id (photos.ts). */
  hasPhoto?: boolean;
  /** Only when the officer tapped "add my location", rounded to 0.01° on the phone already. */
  latitude?: number | null;
  longitude?: number | null;
}

export interface WorkerDraftInput {
  businessIds: string[];
  nik: string;
  fullName: string;
  workerType: string;
  occupation: string | null;
  phone: string | null;
  coverageStatus: string;
  programmes: string[];
}

/**
 * A worker who wants to join BPJS: one listed for the visit (`workerId`, the server's id) or one
 * added on this phone (`workerClientId`, the worker change's id, sent before it). The name is
 * only for the queue and the conflict card; no NIK is kept.
 */
export interface InterestDraft {
  workerId?: string;
  workerClientId?: string;
  name: string;
}

/** What the server holds that stands in the way: shown beside the officer's own version. */
export interface ServerVersion {
  fullName?: string;
  nik?: string;
  occupation?: string | null;
  businesses?: string[];
  /** A visit's task as the server has it now (cancelled or finished meanwhile, say). */
  taskStatus?: string;
  closingReason?: string | null;
}

export interface Conflict {
  /** NIK_EXISTS: a worker with this NIK is already in the registry; REFUSED: anything else. */
  kind: 'NIK_EXISTS' | 'REFUSED';
  code: string;
  reason: string | null;
  problems: FieldProblem[];
  server: ServerVersion | null;
}

interface ChangeBase {
  clientId: string;
  /** The task it was done for (its global id) and its title, to show in the queue. */
  taskId: string;
  taskTitle: string;
  madeAt: string;
  conflict?: Conflict;
}

export type Change =
  | (ChangeBase & { kind: 'visit'; input: VisitDraft })
  | (ChangeBase & { kind: 'worker'; input: WorkerDraftInput })
  | (ChangeBase & { kind: 'interest'; input: InterestDraft });

const KEY = 'jamsos.field.outbox';
type Listener = () => void;
const listeners = new Set<Listener>();
let changes: Change[] = read();
let online = typeof navigator === 'undefined' ? true : navigator.onLine;
let syncing = false;

function read(): Change[] {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as Change[]) : [];
  } catch {
    return [];
  }
}

function write(next: Change[]): void {
  changes = next;
  localStorage.setItem(KEY, JSON.stringify(next));
  for (const listener of listeners) listener();
}

function setOnline(value: boolean): void {
  online = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOutbox(): readonly Change[] {
  return useSyncExternalStore(subscribe, () => changes);
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => online);
}

/** A new change goes to the end of the line; one made again from a conflict replaces it in place. */
export function enqueue(change: Change): void {
  const at = changes.findIndex((c) => c.clientId === change.clientId);
  if (at >= 0) write(changes.map((c, i) => (i === at ? change : c)));
  else write([...changes, change]);
}

export function discard(clientId: string): void {
  const change = changes.find((c) => c.clientId === clientId);
  write(changes.filter((c) => c.clientId !== clientId));
  if (change?.kind === 'visit' && change.input.hasPhoto) void dropPhoto(clientId);
}

export function newClientId(): string {
  return crypto.randomUUID();
}

function isOffline(error: CombinedError | undefined): boolean {
  return Boolean(error?.networkError) || (typeof navigator !== 'undefined' && !navigator.onLine);
}

async function conflictOf(client: Client, change: Change, error: CombinedError): Promise<Conflict> {
  const first = error.graphQLErrors[0]?.extensions ?? {};
  const problems = Array.isArray(first.problems) ? (first.problems as FieldProblem[]) : [];
  const base = {
    code: typeof first.code === 'string' ? first.code : 'UNKNOWN',
    reason: typeof first.reason === 'string' ? first.reason : null,
    problems,
  };
  if (change.kind === 'worker' && problems.some((p) => p.field === 'nik' && p.problem === 'DUPLICATE')) {
    const found = await client
      .query(ExistingWorkerQuery, { search: change.input.nik }, { requestPolicy: 'network-only' })
      .toPromise();
    const node = found.data?.workers.edges[0]?.node;
    return {
      ...base,
      kind: 'NIK_EXISTS',
      server: node
        ? {
            fullName: node.fullName,
            nik: node.nik,
            occupation: node.occupation ?? null,
            businesses: node.businesses.map((b) => b.name),
          }
        : null,
    };
  }
  if (change.kind === 'visit') {
    const found = await client
      .query(TaskStateQuery, { id: change.input.taskId }, { requestPolicy: 'network-only' })
      .toPromise();
    const node = found.data?.node;
    const server =
      node?.__typename === 'OutreachTask'
        ? { taskStatus: node.status, closingReason: node.closingReason ?? null }
        : null;
    return { ...base, kind: 'REFUSED', server };
  }
  return { ...base, kind: 'REFUSED', server: null };
}

async function send(client: Client, change: Change) {
  switch (change.kind) {
    case 'visit': {
      const { hasPhoto, ...input } = change.input;
      const photo = hasPhoto ? await photoOf(change.clientId) : undefined;
      return client
        .mutation(VisitReportMutation, {
          input: {
            ...input,
            clientId: change.clientId,
            photo: photo ? { mime: photo.mime, base64: photo.base64 } : null,
          },
        })
        .toPromise();
    }
    case 'worker':
      return client.mutation(FieldCreateWorkerMutation, { input: change.input, clientId: change.clientId }).toPromise();
    case 'interest': {
      const { workerId, workerClientId } = change.input;
      return client
        .mutation(FieldMarkInterestMutation, {
          input: { workerId: workerId ?? null, workerClientId: workerClientId ?? null, clientId: change.clientId },
        })
        .toPromise();
    }
  }
}

/**
 * Sends the waiting changes, oldest first, one at a time. Stops at the first one the network
 * does not carry (the rest wait for the next try); a refused change is kept as a conflict and
 * the line moves on, so one bad change does not hold back the others.
 */
export async function syncNow(client: Client): Promise<void> {
  if (syncing) return;
  syncing = true;
  try {
    for (const change of [...changes]) {
      if (change.conflict) continue;
      // A mark for a worker added on this phone waits while that worker does (sent or decided first).
      if (change.kind === 'interest' && changes.some((c) => c.clientId === change.input.workerClientId)) continue;
      const result = await send(client, change);
      if (result.error && isOffline(result.error)) {
        setOnline(false);
        return;
      }
      setOnline(true);
      if (!result.error) {
        // Confirmed: what the phone kept of it (a new worker's NIK among it) goes at once.
        discard(change.clientId);
        continue;
      }
      const conflict = await conflictOf(client, change, result.error);
      if (conflict.code === ErrorCode.Unauthenticated) return; // logged out: keep everything, try after login
      write(changes.map((c) => (c.clientId === change.clientId ? { ...c, conflict } : c)));
    }
  } finally {
    syncing = false;
  }
}

/** Tries now, whenever the browser says the network is back, and every half minute. */
export function startSync(client: Client): () => void {
  const run = () => void syncNow(client);
  const goOnline = () => {
    setOnline(true);
    run();
  };
  const goOffline = () => setOnline(false);
  window.addEventListener('online', goOnline);
  window.addEventListener('offline', goOffline);
  const timer = window.setInterval(run, 30_000);
  run();
  return () => {
    window.removeEventListener('online', goOnline);
    window.removeEventListener('offline', goOffline);
    window.clearInterval(timer);
  };
}
