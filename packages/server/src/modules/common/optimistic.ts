import type { EntityManager } from '@mikro-orm/postgresql';
import { appError, ErrorCode } from './errors';

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
