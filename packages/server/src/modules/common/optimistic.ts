import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.service';
import { appError, ErrorCode } from './errors';
import { makeScope } from './scope';
import type { Viewer } from './viewer';

/** A change made by someone else since the version an edit was based on. */
export interface LaterChange {
  field: string;
  after: unknown;
  by: string | null;
  at: string;
}

/**
 * The edit was made on a stale version: refuse it, overwrite nothing, and say what changed since.
 * The audit log already holds every change with its `version` before/after, so "what changed
 * since version N" is read from there (in the caller's tenant, like everything else).
 */
export async function staleVersionError(
  em: EntityManager,
  objectType: string,
  id: string,
  expectedVersion: number,
  currentVersion: number,
) {
  const rows = await em.execute<
    { changes: Record<string, { after?: unknown }>; actor_email: string | null; created_at: Date }[]
  >(
    `select changes, actor_email, created_at from audit_entry
      where object_type = ? and object_id = ? and (changes->'version'->>'after')::int > ?
      order by created_at, id`,
    [objectType, id, expectedVersion],
  );
  const latest = new Map<string, LaterChange>();
  for (const row of rows) {
    for (const [field, change] of Object.entries(row.changes)) {
      if (field === 'version') continue;
      latest.set(field, {
        field,
        after: change?.after ?? null,
        by: row.actor_email,
        at: new Date(row.created_at).toISOString(),
      });
    }
  }
  const changes = [...latest.values()];
  const fields = changes.map((c) => c.field).join(', ') || 'its state';
  return appError(
    ErrorCode.Conflict,
    `Someone else changed this record since you opened it (${fields}). Nothing was saved; reload and apply your edit again.`,
    { reason: 'STALE_VERSION', expectedVersion, currentVersion, changes },
  );
}

/** A record edited under optimistic locking, which can be archived and restored. */
export interface Versioned {
  id: string;
  version: number;
  archivedAt?: Date | null;
}

/** Refuses an edit made on another version than the record's current one. */
export async function checkVersion(em: EntityManager, objectType: string, entity: Versioned, expectedVersion: number) {
  if (entity.version !== expectedVersion) {
    throw await staleVersionError(em, objectType, entity.id, expectedVersion, entity.version);
  }
}

/**
 * Flushes an update guarded by the version column. Two editors who loaded the same version race
 * here: PostgreSQL lets one `update … where version = n` through and the other then matches no
 * row, which MikroORM reports as an OptimisticLockError.
 */
export async function flushVersioned(
  em: EntityManager,
  objectType: string,
  id: string,
  expectedVersion: number,
  flush: () => Promise<void> = () => em.flush(),
): Promise<void> {
  try {
    await flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw appError(ErrorCode.Conflict, 'Someone else changed this record at the same moment. Nothing was saved.', {
        reason: 'STALE_VERSION',
        expectedVersion,
        objectType,
        id,
      });
    }
    throw error;
  }
}

/**
 * Archives (hides from lists, keeps everything) or restores a record, as a versioned and audited
 * edit like any other: `<prefix>.archive` / `<prefix>.restore`.
 */
export async function setArchived<T extends Versioned>(
  em: EntityManager,
  viewer: Viewer,
  objectType: string,
  entity: T,
  expectedVersion: number,
  archived: boolean,
): Promise<T> {
  await checkVersion(em, objectType, entity, expectedVersion);
  if (Boolean(entity.archivedAt) === archived) return entity;
  const archivedAt = archived ? new Date() : null;
  const prefix = objectType.charAt(0).toLowerCase() + objectType.slice(1);
  audit(makeScope(em, viewer), {
    action: `${prefix}.${archived ? 'archive' : 'restore'}`,
    objectType,
    objectId: entity.id,
    changes: {
      archivedAt: { before: entity.archivedAt ?? null, after: archivedAt },
      version: { before: entity.version, after: entity.version + 1 },
    },
  });
  entity.archivedAt = archivedAt;
  await flushVersioned(em, objectType, entity.id, expectedVersion);
  return entity;
}
