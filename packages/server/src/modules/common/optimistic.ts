import { OptimisticLockError } from '@mikro-orm/core';
import { appError, ErrorCode } from './errors';
import type { RequestScope } from './scope';

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
  scope: RequestScope,
  objectType: string,
  id: string,
  expectedVersion: number,
  currentVersion: number,
) {
  const rows = await scope.em.execute<
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
export async function checkVersion(
  scope: RequestScope,
  objectType: string,
  entity: Versioned,
  expectedVersion: number,
) {
  if (entity.version !== expectedVersion) {
    throw await staleVersionError(scope, objectType, entity.id, expectedVersion, entity.version);
  }
}

/**
 * Flushes an update guarded by the version column. Two editors who loaded the same version race
 * here: PostgreSQL lets one `update … where version = n` through and the other then matches no
 * row, which MikroORM reports as an OptimisticLockError.
 */
export async function flushVersioned(
  scope: RequestScope,
  objectType: string,
  id: string,
  expectedVersion: number,
  flush: () => Promise<void> = () => scope.em.flush(),
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
